import type { TrainingSet } from './dataset.js';
import type { LogisticRegressionParams } from './trainer-params.js';

/**
 * Binary logistic regression minimising scikit-learn's objective
 *   C · Σ log-loss(yᵢ, σ(w·xᵢ + b)) + ½‖w‖²      (the intercept is not penalised)
 * with Newton's method and step halving: no randomness, so the same data and params give the same bytes.
 * Coefficients are float32-rounded at the end because that is what the ONNX model computes with.
 */
export interface LogisticRegressionModel {
  kind: 'logistic-regression';
  featureNames: string[];
  coefficients: number[];
  intercept: number;
  iterations: number;
  converged: boolean;
}

export function trainLogisticRegression(data: TrainingSet, params: LogisticRegressionParams): LogisticRegressionModel {
  const width = data.featureNames.length + 1; // last slot: intercept
  let theta: Float64Array = new Float64Array(width);
  let loss = objective(data, theta, params.C);
  let iterations = 0;
  let converged = false;
  while (iterations < params.maxIter && !converged) {
    iterations += 1;
    const { gradient, hessian } = derivatives(data, theta, params.C);
    const step = solveCholesky(hessian, gradient, width);
    // Step halving keeps Newton monotone on badly scaled data, where a full step can overshoot.
    let scale = 1;
    let next = subtractScaled(theta, step, scale);
    let nextLoss = objective(data, next, params.C);
    while (nextLoss > loss && scale > 1e-10) {
      scale /= 2;
      next = subtractScaled(theta, step, scale);
      nextLoss = objective(data, next, params.C);
    }
    converged = maxAbs(step) * scale <= params.tol;
    theta = next;
    loss = nextLoss;
  }
  const rounded = Array.from(theta, (v) => Math.fround(v));
  return {
    kind: 'logistic-regression',
    featureNames: [...data.featureNames],
    coefficients: rounded.slice(0, -1),
    intercept: rounded[width - 1] ?? 0,
    iterations,
    converged,
  };
}

export function logisticLogits(model: LogisticRegressionModel, features: Float32Array, rows: number): Float64Array {
  const width = model.coefficients.length;
  const out = new Float64Array(rows);
  for (let r = 0; r < rows; r++) {
    let z = model.intercept;
    for (let f = 0; f < width; f++) z += (model.coefficients[f] ?? 0) * (features[r * width + f] ?? 0);
    out[r] = z;
  }
  return out;
}

function linear(data: TrainingSet, theta: Float64Array, row: number): number {
  const width = data.featureNames.length;
  let z = theta[width] ?? 0;
  for (let f = 0; f < width; f++) z += (theta[f] ?? 0) * (data.features[row * width + f] ?? 0);
  return z;
}

function objective(data: TrainingSet, theta: Float64Array, C: number): number {
  let loss = 0;
  for (let r = 0; r < data.rows; r++) {
    const z = linear(data, theta, r);
    // log(1 + e^z) - y z, computed without overflow.
    loss += (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z))) - (data.labels[r] ?? 0) * z;
  }
  let penalty = 0;
  for (let f = 0; f < data.featureNames.length; f++) penalty += (theta[f] ?? 0) ** 2;
  return C * loss + 0.5 * penalty;
}

function derivatives(data: TrainingSet, theta: Float64Array, C: number): { gradient: Float64Array; hessian: Float64Array } {
  const features = data.featureNames.length;
  const width = features + 1;
  const gradient = new Float64Array(width);
  const hessian = new Float64Array(width * width);
  const x = new Float64Array(width);
  for (let r = 0; r < data.rows; r++) {
    for (let f = 0; f < features; f++) x[f] = data.features[r * features + f] ?? 0;
    x[features] = 1;
    const p = sigmoid(linear(data, theta, r));
    const residual = C * (p - (data.labels[r] ?? 0));
    const weight = C * p * (1 - p);
    for (let i = 0; i < width; i++) {
      gradient[i]! += residual * x[i]!;
      for (let j = 0; j <= i; j++) hessian[i * width + j]! += weight * x[i]! * x[j]!;
    }
  }
  for (let f = 0; f < features; f++) {
    gradient[f]! += theta[f]!;
    hessian[f * width + f]! += 1;
  }
  return { gradient, hessian };
}

/** Solves H x = g for symmetric positive definite H (lower triangle filled). */
function solveCholesky(h: Float64Array, g: Float64Array, n: number): Float64Array {
  const l = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = h[i * n + j]!;
      for (let k = 0; k < j; k++) sum -= l[i * n + k]! * l[j * n + k]!;
      // A tiny ridge keeps a degenerate column (constant feature, C huge) from dividing by zero.
      l[i * n + j] = i === j ? Math.sqrt(Math.max(sum, 1e-12)) : sum / l[j * n + j]!;
    }
  }
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let sum = g[i]!;
    for (let k = 0; k < i; k++) sum -= l[i * n + k]! * y[k]!;
    y[i] = sum / l[i * n + i]!;
  }
  const x = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    let sum = y[i]!;
    for (let k = i + 1; k < n; k++) sum -= l[k * n + i]! * x[k]!;
    x[i] = sum / l[i * n + i]!;
  }
  return x;
}

export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

function subtractScaled(a: Float64Array, b: Float64Array, scale: number): Float64Array {
  return a.map((v, i) => v - scale * (b[i] ?? 0));
}

function maxAbs(values: Float64Array): number {
  return values.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
}

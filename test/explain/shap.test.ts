import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { shapValues, type FeatureMatrix } from '../../shared/explain/index.js';
import { fixturePath, onnxPredict, toMatrix } from './onnx-predict.js';

interface ShapFixture {
  mlp: { background: number[][]; cases: { x: number[]; phi: number[]; expected: number; fx: number }[] };
  linear12: { weights: number[]; bias: number; background: number[][]; rows: number[][] };
}
interface PiFixture {
  features: string[];
  X: number[][];
  coef: number[];
}

const shapFixture = JSON.parse(readFileSync(fixturePath('shap.json'), 'utf8')) as ShapFixture;
const piFixture = JSON.parse(readFileSync(fixturePath('permutation-importance.json'), 'utf8')) as PiFixture;

function matrixOf(rows: number[][], float32 = false): FeatureMatrix {
  const featureCount = rows[0]!.length;
  const values = float32 ? Float32Array.from(rows.flat()) : toMatrix(rows);
  return { values, rows: rows.length, featureCount, names: Array.from({ length: featureCount }, (_, j) => `x${j}`) };
}

function backgroundMeans(rows: number[][]): number[] {
  return rows[0]!.map((_, j) => rows.reduce((sum, r) => sum + r[j]!, 0) / rows.length);
}

describe('permutation SHAP', () => {
  it('exact path: φ = w·(x − mean(background)) for the logistic model on its margin output', async () => {
    const predict = await onnxPredict('logistic.onnx', 'margin');
    const background = piFixture.X.slice(0, 100);
    const explained = piFixture.X.slice(100, 110);
    const result = await shapValues({ predict, matrix: matrixOf(explained), background: matrixOf(background) });
    expect(result.method).toBe('exact');
    const means = backgroundMeans(background);
    explained.forEach((x, r) => {
      x.forEach((value, j) => {
        const expected = piFixture.coef[j]! * (value - means[j]!);
        expect(Math.abs(result.values[r * 5 + j]! - expected)).toBeLessThan(1e-9);
      });
    });
  });

  it('sampled antithetic path (12 features > 10): φ = w·(x − mean(background)) for a float32 linear model', async () => {
    const predict = await onnxPredict('linear12.onnx', 'margin');
    const { weights, background, rows } = shapFixture.linear12;
    const result = await shapValues({ predict, matrix: matrixOf(rows, true), background: matrixOf(background, true), seed: 5, permutations: 3 });
    expect(result.method).toBe('antithetic-permutation');
    expect(result.permutations).toBe(3);
    const means = backgroundMeans(background);
    rows.forEach((x, r) => {
      x.forEach((value, j) => {
        const expected = weights[j]! * (value - means[j]!);
        // float32 model: inference rounds at ~1e-7 relative to the margin.
        expect(Math.abs(result.values[r * 12 + j]! - expected)).toBeLessThan(2e-5);
      });
    });
  });

  it('exact path matches brute-force interventional Shapley values of a nonlinear MLP (numpy reference)', async () => {
    const predict = await onnxPredict('mlp.onnx', 'probability');
    const { background, cases } = shapFixture.mlp;
    const result = await shapValues({ predict, matrix: matrixOf(cases.map((c) => c.x)), background: matrixOf(background) });
    cases.forEach((c, r) => {
      c.phi.forEach((phi, j) => expect(Math.abs(result.values[r * 5 + j]! - phi)).toBeLessThan(1e-9));
      expect(Math.abs(result.predictions[r]! - c.fx)).toBeLessThan(1e-9);
      expect(Math.abs(result.expectedValue - c.expected)).toBeLessThan(1e-9);
    });
  });

  it('efficiency holds on the sampled path for a nonlinear model: Σφ + E[f] = f(x)', async () => {
    const predict = await onnxPredict('bench-mlp.onnx', 'probability');
    // bench-mlp has 8 features; force the sampled path to check telescoping on a nonlinear model.
    const rows = piFixture.X.slice(0, 6).map((x) => [...x, ...x.slice(0, 3)]);
    const background = piFixture.X.slice(200, 230).map((x) => [...x, ...x.slice(0, 3)]);
    const result = await shapValues({ predict, matrix: matrixOf(rows, true), background: matrixOf(background, true), exactMaxFeatures: 4, permutations: 4, seed: 1 });
    expect(result.method).toBe('antithetic-permutation');
    for (let r = 0; r < rows.length; r++) {
      let sum = result.expectedValue;
      for (let j = 0; j < 8; j++) sum += result.values[r * 8 + j]!;
      expect(Math.abs(sum - result.predictions[r]!)).toBeLessThan(1e-5);
    }
    expect(result.maxEfficiencyGap).toBeLessThan(1e-5);
  });

  it('fails loudly when the model is not a function of its input (efficiency cannot hold)', async () => {
    let call = 0;
    // A "model" whose output drifts between calls: Σφ + E[f] no longer equals f(x).
    const drifting = async (_f: Float32Array | Float64Array, rows: number) => Float64Array.from({ length: rows }, (_, i) => (i === rows - 1 ? ++call : 0));
    const matrix = matrixOf([[1, 2]]);
    await expect(shapValues({ predict: drifting, matrix, background: matrixOf([[0, 0]]) })).rejects.toThrow(/efficiency violated/);
  });

  it('summarizes mean |φ| with its standard error (sample std / √n)', async () => {
    const predict = await onnxPredict('logistic.onnx', 'margin');
    const explained = piFixture.X.slice(0, 8);
    const result = await shapValues({ predict, matrix: matrixOf(explained), background: matrixOf(piFixture.X.slice(300, 340)) });
    const j = 2;
    const abs = explained.map((_, r) => Math.abs(result.values[r * 5 + j]!));
    const mean = abs.reduce((a, b) => a + b, 0) / abs.length;
    const sd = Math.sqrt(abs.reduce((a, b) => a + (b - mean) ** 2, 0) / (abs.length - 1));
    expect(result.features[j]!.meanAbs).toBeCloseTo(mean, 12);
    expect(result.features[j]!.stdError).toBeCloseTo(sd / Math.sqrt(abs.length), 12);
    const one = await shapValues({ predict, matrix: matrixOf(explained.slice(0, 1)), background: matrixOf(piFixture.X.slice(300, 340)) });
    expect(one.features[0]!.stdError).toEqual({ undefined: expect.stringContaining('one explained row') });
  });
});

/**
 * Regression metrics with scikit-learn 1.2.1 semantics (single output, no sample weights), with two
 * documented divergences where scikit-learn returns a number for something undefined:
 *
 * - R² of a constant target (total sum of squares 0): scikit-learn returns 1.0 for a perfect prediction
 *   (kept) and 0.0 otherwise (here undefined); with fewer than two rows it returns NaN (here undefined).
 *   "Constant" is decided exactly (every y equal), not from a rounded mean.
 * - MAPE with a zero target: scikit-learn divides by machine epsilon and returns a huge number (about
 *   4.5e15 × |error|); here undefined, naming how many targets are 0.
 */
import type { MetricValue, MetricsResult, RegressionInput } from './types.js';
import { validateRegression } from './validate.js';
import { EMPTY_SET } from './values.js';

/** Additive sums every regression metric derives from; the bootstrap resamples these. */
export interface RegressionSums {
  n: number;
  absError: number;
  sqError: number;
  /** Σ |error| / |y| over rows with y ≠ 0. */
  relError: number;
  zeroTargets: number;
}

export function regressionSums(input: RegressionInput): RegressionSums {
  const s: RegressionSums = { n: input.yTrue.length, absError: 0, sqError: 0, relError: 0, zeroTargets: 0 };
  for (let i = 0; i < s.n; i++) {
    const y = input.yTrue[i] as number;
    const e = (input.yPred[i] as number) - y;
    s.absError += Math.abs(e);
    s.sqError += e * e;
    if (y === 0) s.zeroTargets++;
    else s.relError += Math.abs(e) / Math.abs(y);
  }
  return s;
}

export function maeFromSums(s: RegressionSums): MetricValue {
  return s.n === 0 ? { undefined: EMPTY_SET } : s.absError / s.n;
}
export function mseFromSums(s: RegressionSums): MetricValue {
  return s.n === 0 ? { undefined: EMPTY_SET } : s.sqError / s.n;
}
export function rmseFromSums(s: RegressionSums): MetricValue {
  return s.n === 0 ? { undefined: EMPTY_SET } : Math.sqrt(s.sqError / s.n);
}
export function mapeFromSums(s: RegressionSums): MetricValue {
  if (s.n === 0) return { undefined: EMPTY_SET };
  if (s.zeroTargets > 0) return { undefined: `${s.zeroTargets} target value(s) are 0; percentage error is undefined (scikit-learn divides by machine epsilon)` };
  return s.relError / s.n;
}

/** R² = 1 − SSE / SST; `totalSquares` is SST computed around the exact mean (see `totalSumOfSquares`). */
export function r2FromParts(n: number, sqError: number, totalSquares: number, constant: boolean): MetricValue {
  if (n < 2) return { undefined: 'R² needs at least two rows (scikit-learn returns NaN)' };
  if (constant || totalSquares === 0) {
    return sqError === 0 ? 1 : { undefined: 'the target is constant, so R² is undefined (scikit-learn reports 0)' };
  }
  return 1 - sqError / totalSquares;
}

/** Σ (y − ȳ)² with the two-pass mean scikit-learn uses, and whether every y is the same. */
export function totalSumOfSquares(yTrue: Float64Array): { totalSquares: number; constant: boolean } {
  const n = yTrue.length;
  let sum = 0;
  let constant = true;
  const first = yTrue[0];
  for (let i = 0; i < n; i++) {
    const y = yTrue[i] as number;
    sum += y;
    if (y !== first) constant = false;
  }
  const mean = sum / n;
  let total = 0;
  for (let i = 0; i < n; i++) {
    const d = (yTrue[i] as number) - mean;
    total += d * d;
  }
  return { totalSquares: total, constant };
}

export function meanAbsoluteError(input: RegressionInput): MetricValue {
  return maeFromSums(regressionSums(input));
}
export function meanSquaredError(input: RegressionInput): MetricValue {
  return mseFromSums(regressionSums(input));
}
export function rootMeanSquaredError(input: RegressionInput): MetricValue {
  return rmseFromSums(regressionSums(input));
}
export function meanAbsolutePercentageError(input: RegressionInput): MetricValue {
  return mapeFromSums(regressionSums(input));
}
export function r2Score(input: RegressionInput): MetricValue {
  const s = regressionSums(input);
  const { totalSquares, constant } = totalSumOfSquares(input.yTrue);
  return r2FromParts(s.n, s.sqError, totalSquares, constant);
}

export function regressionMetrics(input: RegressionInput): MetricsResult {
  validateRegression(input);
  const s = regressionSums(input);
  const { totalSquares, constant } = totalSumOfSquares(input.yTrue);
  return {
    task: 'regression',
    n: s.n,
    metrics: {
      mae: maeFromSums(s),
      mse: mseFromSums(s),
      rmse: rmseFromSums(s),
      r2: r2FromParts(s.n, s.sqError, totalSquares, constant),
      mape: mapeFromSums(s),
    },
  };
}

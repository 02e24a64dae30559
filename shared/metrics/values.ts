/** Small helpers shared by the metric modules: division that says why it cannot divide. */
import type { MetricValue } from './types.js';

/** `num / den`, or `{ undefined: reason }` where scikit-learn would warn and substitute 0. */
export function ratio(num: number, den: number, reason: string): MetricValue {
  return den === 0 ? { undefined: reason } : num / den;
}

export function isNumber(value: MetricValue): value is number {
  return typeof value === 'number';
}

/** The reason of the first undefined value, for derived metrics (RMSE from MSE, deltas). */
export function firstUndefined(...values: MetricValue[]): MetricValue | undefined {
  return values.find((v) => typeof v !== 'number');
}

export const EMPTY_SET = 'the evaluation set has no rows';

/** `np.finfo(dtype).eps`, the clip scikit-learn 1.2.1's log loss applies by default (`eps="auto"`). */
export const DTYPE_EPS = { float64: 2.220446049250313e-16, float32: 1.1920928955078125e-7 } as const;

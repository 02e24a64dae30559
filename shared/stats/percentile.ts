/**
 * Turning bootstrap deltas into an interval: percentile method, quantiles with linear interpolation
 * between order statistics (numpy's default `np.percentile(..., method='linear')`), standard error as the
 * sample standard deviation of the deltas, and the minimum detectable effect (z_{1−α/2} + z_{1−β})·SE.
 */
import type { MetricValue } from '../metrics/types.js';
import { normalQuantile } from './distributions.js';

export interface IntervalSummary {
  ci: [number, number] | { undefined: string };
  se: MetricValue;
  significant: boolean;
  mde: MetricValue;
}

/** Quantile q of ascending-sorted `sorted` with numpy's linear interpolation. */
export function quantileSorted(sorted: Float64Array, q: number): number {
  const position = (sorted.length - 1) * q;
  const lo = Math.floor(position);
  const hi = Math.min(lo + 1, sorted.length - 1);
  const fraction = position - lo;
  return (sorted[lo] as number) + fraction * ((sorted[hi] as number) - (sorted[lo] as number));
}

/**
 * `deltas` holds the defined resample deltas; `undefinedCount` resamples had no value (e.g. no positive
 * prediction in the resample). Any undefined resample makes the interval undefined: dropping them would
 * bias the interval towards resamples where the metric exists, and the user should know the metric is
 * fragile at this size.
 */
export function summarizeDeltas(deltas: Float64Array, undefinedCount: number, undefinedReason: string, alpha: number, power: number): IntervalSummary {
  const total = deltas.length + undefinedCount;
  if (undefinedCount > 0 || deltas.length < 2) {
    const reason =
      deltas.length < 2 && undefinedCount === 0
        ? 'fewer than two bootstrap resamples'
        : `the metric is undefined in ${undefinedCount} of ${total} bootstrap resamples (${undefinedReason})`;
    return { ci: { undefined: reason }, se: { undefined: reason }, significant: false, mde: { undefined: reason } };
  }
  const sorted = Float64Array.from(deltas).sort();
  const ci: [number, number] = [quantileSorted(sorted, alpha / 2), quantileSorted(sorted, 1 - alpha / 2)];
  const se = standardDeviation(deltas);
  return { ci, se, significant: ci[0] > 0 || ci[1] < 0, mde: (normalQuantile(1 - alpha / 2) + normalQuantile(power)) * se };
}

function standardDeviation(values: Float64Array): number {
  let mean = 0;
  for (let i = 0; i < values.length; i++) mean += values[i] as number;
  mean /= values.length;
  let ss = 0;
  for (let i = 0; i < values.length; i++) {
    const d = (values[i] as number) - mean;
    ss += d * d;
  }
  return Math.sqrt(ss / (values.length - 1));
}

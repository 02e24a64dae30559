import { SeededRandom } from '../explain/random.js';
import { difference } from './binary.js';
import { PoissonSampler, percentileInterval, type BootstrapOptions } from './bootstrap.js';
import type { Grouping } from './groups.js';
import {
  REGRESSION_GAPS,
  type ExcludedGroup,
  type FairnessValue,
  type GapValue,
  type RegressionFairnessFeature,
  type RegressionGap,
  type RegressionGroup,
  type RegressionGroupMetrics,
} from './schema.js';

/**
 * Regression fairness: per group MAE, RMSE, mean prediction and mean label (Fairlearn's MetricFrame over
 * sklearn's mean_absolute_error / root of mean_squared_error / fairlearn's mean_prediction), and the
 * largest gap of each (`difference(method='between_groups')` = max − min) with the groups at either end.
 *
 * With a baseline model the gap changes get a Poisson-bootstrap interval. Per-row weights for millions of
 * rows would cost resamples × rows, so each group's rows are dealt at random (seeded) into at most
 * BUCKETS buckets and the buckets get the Poisson(1) weights: bucket sums are i.i.d. within a group, so
 * the resampled group means have the right spread, at resamples × groups × BUCKETS cost.
 */

export interface RegressionInputs {
  yTrue: ArrayLike<number>;
  yPred: ArrayLike<number>;
  baselinePred?: ArrayLike<number>;
}

const BUCKETS = 100;
// Sufficient statistics per bucket: n, Σy, then per model Σ|e|, Σe², Σŷ.
const STATS = 8;
const [N, SUM_Y, ABS_C, SQ_C, PRED_C, ABS_B, SQ_B, PRED_B] = [0, 1, 2, 3, 4, 5, 6, 7] as const;

export function regressionFeature(grouping: Grouping, inputs: RegressionInputs, minGroup: number, bootstrap: BootstrapOptions | undefined): RegressionFairnessFeature {
  const groupCount = grouping.levels.length;
  const stats = bucketStats(grouping, inputs, bootstrap?.seed ?? 0);
  const groupSums = sumBuckets(stats, groupCount, null);
  const kept = Array.from({ length: groupCount }, (_, g) => g).filter((g) => groupSums[g * STATS + N]! >= minGroup);
  const candidate = (g: number) => metricsOf(groupSums, g, 0);
  const gaps = gapsOf(kept, candidate, grouping);
  const groups: RegressionGroup[] = kept.map((g) => ({ values: grouping.levels[g]!, n: groupSums[g * STATS + N]!, metrics: candidate(g) }));
  if (inputs.baselinePred) {
    const baseline = (g: number) => metricsOf(groupSums, g, 1);
    kept.forEach((g, k) => (groups[k]!.baselineMetrics = baseline(g)));
    const baselineGaps = gapsOf(kept, baseline, grouping);
    const deltas = bootstrap ? bootstrapGapDeltas(stats, groupCount, kept, bootstrap) : undefined;
    REGRESSION_GAPS.forEach((name, d) => {
      gaps[name].baseline = baselineGaps[name].value;
      gaps[name].delta = difference(gaps[name].value, baselineGaps[name].value);
      if (deltas) gaps[name].ci = percentileInterval(deltas[d]!, bootstrap!.confidence);
    });
  }
  const overallSums = sumBuckets(stats, 1, new Uint32Array(groupCount));
  return {
    columns: grouping.columns,
    overall: { n: overallSums[N]!, metrics: metricsOf(overallSums, 0, 0) },
    groups,
    excluded: excludedOf(grouping, groupSums, kept, minGroup),
    gaps,
    ...(kept.length < 2 ? { note: `${kept.length === 0 ? 'no group' : 'only one group'} of ${groupCount} has at least ${minGroup} rows (fairness-min-group): gaps cannot be computed` } : {}),
  };
}

/** stats[(g * BUCKETS + k) * STATS + s]: one pass over the rows. */
function bucketStats(grouping: Grouping, inputs: RegressionInputs, seed: number): Float64Array {
  const stats = new Float64Array(grouping.levels.length * BUCKETS * STATS);
  const random = new SeededRandom(seed);
  const { yTrue, yPred, baselinePred } = inputs;
  for (let i = 0; i < grouping.codes.length; i++) {
    const at = (grouping.codes[i]! * BUCKETS + random.nextInt(BUCKETS)) * STATS;
    const y = yTrue[i]!;
    const e = yPred[i]! - y;
    stats[at + N]! += 1;
    stats[at + SUM_Y]! += y;
    stats[at + ABS_C]! += Math.abs(e);
    stats[at + SQ_C]! += e * e;
    stats[at + PRED_C]! += yPred[i]!;
    if (baselinePred) {
      const eb = baselinePred[i]! - y;
      stats[at + ABS_B]! += Math.abs(eb);
      stats[at + SQ_B]! += eb * eb;
      stats[at + PRED_B]! += baselinePred[i]!;
    }
  }
  return stats;
}

/**
 * Per-group sums over buckets, optionally weighted (weights[g * BUCKETS + k]); `target` maps a group to
 * an output slot (all to 0 for the overall sums), null for the identity.
 */
function sumBuckets(stats: Float64Array, outputs: number, target: Uint32Array | null, weights?: Float64Array): Float64Array {
  const groupCount = stats.length / (BUCKETS * STATS);
  const sums = new Float64Array(outputs * STATS);
  for (let g = 0; g < groupCount; g++) {
    const out = (target ? target[g]! : g) * STATS;
    for (let k = 0; k < BUCKETS; k++) {
      const w = weights ? weights[g * BUCKETS + k]! : 1;
      if (w === 0) continue;
      const at = (g * BUCKETS + k) * STATS;
      for (let s = 0; s < STATS; s++) sums[out + s]! += w * stats[at + s]!;
    }
  }
  return sums;
}

function metricsOf(sums: Float64Array, g: number, model: 0 | 1): RegressionGroupMetrics {
  const at = g * STATS;
  const n = sums[at + N]!;
  if (n === 0) {
    const none = { undefined: 'no rows' };
    return { mae: none, rmse: none, mean_prediction: none, mean_label: none };
  }
  return {
    mae: sums[at + (model === 0 ? ABS_C : ABS_B)]! / n,
    rmse: Math.sqrt(sums[at + (model === 0 ? SQ_C : SQ_B)]! / n),
    mean_prediction: sums[at + (model === 0 ? PRED_C : PRED_B)]! / n,
    mean_label: sums[at + SUM_Y]! / n,
  };
}

const GAP_METRIC: Record<RegressionGap, 'mae' | 'rmse' | 'mean_prediction'> = { mae_gap: 'mae', rmse_gap: 'rmse', mean_prediction_gap: 'mean_prediction' };

function gapsOf(kept: number[], metrics: (g: number) => RegressionGroupMetrics, grouping: Grouping): Record<RegressionGap, GapValue> {
  const all = kept.map(metrics);
  return Object.fromEntries(
    REGRESSION_GAPS.map((name) => {
      const values = all.map((m) => m[GAP_METRIC[name]]).filter((v): v is number => typeof v === 'number');
      if (values.length < 2) return [name, { value: { undefined: `${values.length === 0 ? 'no group' : 'only one group'} qualifies, nothing to compare` } }];
      const high = values.indexOf(Math.max(...values));
      const low = values.indexOf(Math.min(...values));
      return [name, { value: values[high]! - values[low]!, highest: grouping.levels[kept[high]!]!, lowest: grouping.levels[kept[low]!]! }];
    }),
  ) as Record<RegressionGap, GapValue>;
}

function bootstrapGapDeltas(stats: Float64Array, groupCount: number, kept: number[], options: BootstrapOptions): Float64Array[] {
  const poisson = new PoissonSampler(new SeededRandom(options.seed + 1));
  const deltas = REGRESSION_GAPS.map(() => new Float64Array(options.resamples));
  const weights = new Float64Array(groupCount * BUCKETS);
  for (let b = 0; b < options.resamples; b++) {
    for (let k = 0; k < weights.length; k++) weights[k] = poisson.next(1);
    const sums = sumBuckets(stats, groupCount, null, weights);
    REGRESSION_GAPS.forEach((name, d) => {
      const c = gapValue(kept.map((g) => metricsOf(sums, g, 0)[GAP_METRIC[name]]));
      const p = gapValue(kept.map((g) => metricsOf(sums, g, 1)[GAP_METRIC[name]]));
      deltas[d]![b] = c - p;
    });
  }
  return deltas;
}

function gapValue(values: FairnessValue[]): number {
  const defined = values.filter((v): v is number => typeof v === 'number');
  return defined.length < 2 ? Number.NaN : Math.max(...defined) - Math.min(...defined);
}

function excludedOf(grouping: Grouping, sums: Float64Array, kept: number[], minGroup: number): ExcludedGroup[] {
  const keep = new Set(kept);
  return grouping.levels.flatMap((values, g) => {
    const n = sums[g * STATS + N]!;
    return keep.has(g) ? [] : [{ values, n, reason: `${n} rows, fewer than the minimum ${minGroup}` }];
  });
}

/**
 * Ranking metrics from one sorted pass: ROC AUC exactly as scikit-learn's `roc_curve` + `auc` (tied scores
 * form one threshold, the curve joins thresholds with straight segments, so ties count one half) and
 * average precision exactly as `average_precision_score` (step-wise: Σ (R_k − R_{k−1}) · P_k over distinct
 * thresholds, no interpolation). `drop_intermediate` only removes collinear ROC points, which does not
 * change the trapezoid area.
 *
 * The unweighted AUC is accumulated in integers (twice the area in units of one positive × one negative),
 * exact up to 2^53, and divided once at the end.
 */
import { sortScores, type SortedScores } from './sort.js';
import type { MetricValue } from './types.js';

export const NO_POSITIVES = 'no positive rows: the metric needs both classes in y_true';
export const NO_NEGATIVES = 'no negative rows: the metric needs both classes in y_true';

export interface RankingResult {
  positives: number;
  negatives: number;
  rocAuc: MetricValue;
  averagePrecision: MetricValue;
}

/** Both ranking metrics with one sort; pass `sorted` when the caller already sorted `score`. */
export function rankingMetrics(isPositive: Uint8Array, score: Float64Array | Float32Array, sorted: SortedScores = sortScores(score, isPositive)): RankingResult {
  const { sorted: values } = sorted;
  const labels = sortedLabels(isPositive, sorted);
  let tp = 0;
  let all = 0;
  let area2 = 0;
  let apSum = 0;
  let i = values.length - 1;
  while (i >= 0) {
    const value = values[i] as number;
    const tpBefore = tp;
    const fpBefore = all - tp;
    // One threshold per distinct score, walked from the highest down (branch-free: labels are random).
    for (; i >= 0 && values[i] === value; i--) {
      tp += labels[i] as number;
      all++;
    }
    const fp = all - tp;
    area2 += (fp - fpBefore) * (tp + tpBefore);
    if (tp > tpBefore) apSum += (tp - tpBefore) * (tp / all);
  }
  return finishRanking(tp, all - tp, area2, apSum);
}

/** Rows in score order with their label and resampling unit, laid out for sequential bootstrap passes. */
export interface WeightedRankingRows {
  sorted: Float64Array | Float32Array;
  label: Uint8Array;
  unit: Uint32Array;
}

export function prepareWeightedRanking(isPositive: Uint8Array, sorted: SortedScores, unitOf: Uint32Array): WeightedRankingRows {
  const n = sorted.order.length;
  const unit = new Uint32Array(n);
  for (let i = 0; i < n; i++) unit[i] = unitOf[sorted.order[i] as number] as number;
  return { sorted: sorted.sorted, label: sortedLabels(isPositive, sorted), unit };
}

/** Labels in score order: the ones carried through the sort, else gathered (one random-access pass). */
export function sortedLabels(isPositive: Uint8Array, sorted: SortedScores): Uint8Array {
  if (sorted.labels) return sorted.labels;
  const labels = new Uint8Array(sorted.order.length);
  for (let i = 0; i < labels.length; i++) labels[i] = isPositive[sorted.order[i] as number] as number;
  return labels;
}

/**
 * The same pass with each row counted `weights[unit]` times: a bootstrap resample expressed as
 * multiplicities, so the order computed once serves every resample.
 */
export function weightedRankingMetrics(rows: WeightedRankingRows, weights: Float64Array): RankingResult {
  const { sorted, label, unit } = rows;
  let tp = 0;
  let all = 0;
  let area2 = 0;
  let apSum = 0;
  let i = sorted.length - 1;
  while (i >= 0) {
    const value = sorted[i] as number;
    const tpBefore = tp;
    const fpBefore = all - tp;
    // Branch-free accumulation: labels are unpredictable, and weights are integer draw counts, so
    // fp = all − tp is exact.
    for (; i >= 0 && sorted[i] === value; i--) {
      const w = weights[unit[i] as number] as number;
      tp += w * (label[i] as number);
      all += w;
    }
    const fp = all - tp;
    area2 += (fp - fpBefore) * (tp + tpBefore);
    if (tp > tpBefore) apSum += (tp - tpBefore) * (tp / all);
  }
  return finishRanking(tp, all - tp, area2, apSum);
}

export function finishRanking(positives: number, negatives: number, area2: number, apSum: number): RankingResult {
  const rocAuc: MetricValue =
    positives === 0 ? { undefined: NO_POSITIVES } : negatives === 0 ? { undefined: NO_NEGATIVES } : area2 / (2 * positives * negatives);
  // AP with only positive rows is 1 in scikit-learn (precision is 1 at every threshold); kept.
  const averagePrecision: MetricValue = positives === 0 ? { undefined: NO_POSITIVES } : apSum / positives;
  return { positives, negatives, rocAuc, averagePrecision };
}

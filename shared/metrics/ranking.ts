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
import { argsortFloat64 } from './sort.js';
import type { MetricValue } from './types.js';

export const NO_POSITIVES = 'no positive rows: the metric needs both classes in y_true';
export const NO_NEGATIVES = 'no negative rows: the metric needs both classes in y_true';

export interface RankingResult {
  positives: number;
  negatives: number;
  rocAuc: MetricValue;
  averagePrecision: MetricValue;
}

/** Both ranking metrics with one sort. `order` may be passed when the caller already sorted `score`. */
export function rankingMetrics(isPositive: Uint8Array, score: Float64Array, order: Uint32Array = argsortFloat64(score)): RankingResult {
  let tp = 0;
  let fp = 0;
  let area2 = 0;
  let apSum = 0;
  let i = order.length - 1;
  while (i >= 0) {
    const value = score[order[i] as number] as number;
    const tpBefore = tp;
    const fpBefore = fp;
    // One threshold per distinct score, walked from the highest down.
    while (i >= 0 && score[order[i] as number] === value) {
      if (isPositive[order[i] as number]) tp++;
      else fp++;
      i--;
    }
    area2 += (fp - fpBefore) * (tp + tpBefore);
    apSum += (tp - tpBefore) * (tp / (tp + fp));
  }
  return finishRanking(tp, fp, area2, apSum);
}

/**
 * The same pass with each row counted `weights[group[row]]` times: a bootstrap resample expressed as
 * multiplicities, so the order computed once serves every resample.
 */
export function weightedRankingMetrics(
  isPositive: Uint8Array,
  score: Float64Array,
  order: Uint32Array,
  group: Uint32Array,
  weights: Float64Array,
): RankingResult {
  let tp = 0;
  let fp = 0;
  let area2 = 0;
  let apSum = 0;
  let i = order.length - 1;
  while (i >= 0) {
    const value = score[order[i] as number] as number;
    const tpBefore = tp;
    const fpBefore = fp;
    while (i >= 0) {
      const row = order[i] as number;
      if (score[row] !== value) break;
      const w = weights[group[row] as number] as number;
      if (isPositive[row]) tp += w;
      else fp += w;
      i--;
    }
    area2 += (fp - fpBefore) * (tp + tpBefore);
    if (tp > tpBefore) apSum += (tp - tpBefore) * (tp / (tp + fp));
  }
  return finishRanking(tp, fp, area2, apSum);
}

function finishRanking(positives: number, negatives: number, area2: number, apSum: number): RankingResult {
  const rocAuc: MetricValue =
    positives === 0 ? { undefined: NO_POSITIVES } : negatives === 0 ? { undefined: NO_NEGATIVES } : area2 / (2 * positives * negatives);
  // AP with only positive rows is 1 in scikit-learn (precision is 1 at every threshold); kept.
  const averagePrecision: MetricValue = positives === 0 ? { undefined: NO_POSITIVES } : apSum / positives;
  return { positives, negatives, rocAuc, averagePrecision };
}

import type { BinaryGroupMetrics, ConfusionCounts, FairnessValue } from './schema.js';

/**
 * Per-group rates with Fairlearn's (and scikit-learn's) definitions:
 *   base rate      = P(Y=1)            = (TP + FN) / n
 *   selection rate = P(Ŷ=1)            = (TP + FP) / n          (fairlearn.metrics.selection_rate)
 *   TPR            = TP / (TP + FN)                              (fairlearn.metrics.true_positive_rate)
 *   FPR            = FP / (FP + TN)                              (fairlearn.metrics.false_positive_rate)
 *   FNR            = FN / (TP + FN)                              (fairlearn.metrics.false_negative_rate)
 *   precision      = TP / (TP + FP)                              (sklearn.metrics.precision_score)
 *   accuracy       = (TP + TN) / n                               (sklearn.metrics.accuracy_score)
 * Where Fairlearn/scikit-learn return 0 for a zero denominator (with at most a warning), the value here is
 * undefined with the reason. TPR/FNR also need `minPositives` positives and FPR `minNegatives` negatives:
 * a rate from 2 positives is noise that would dominate a max − min disparity.
 */
export interface RateMinimums {
  minPositives: number;
  minNegatives: number;
}

export function binaryRates(c: ConfusionCounts, minimums: RateMinimums): BinaryGroupMetrics {
  const n = c.tp + c.fp + c.tn + c.fn;
  const positives = c.tp + c.fn;
  const negatives = c.fp + c.tn;
  const predictedPositive = c.tp + c.fp;
  const tooFewPositives = positives < minimums.minPositives
    ? { undefined: `${positives} positive${positives === 1 ? '' : 's'} in the group, fewer than the minimum ${minimums.minPositives}` }
    : undefined;
  const tooFewNegatives = negatives < minimums.minNegatives
    ? { undefined: `${negatives} negative${negatives === 1 ? '' : 's'} in the group, fewer than the minimum ${minimums.minNegatives}` }
    : undefined;
  return {
    base_rate: ratio(positives, n, 'no rows'),
    selection_rate: ratio(predictedPositive, n, 'no rows'),
    tpr: tooFewPositives ?? ratio(c.tp, positives, 'no positive labels'),
    fpr: tooFewNegatives ?? ratio(c.fp, negatives, 'no negative labels'),
    fnr: tooFewPositives ?? ratio(c.fn, positives, 'no positive labels'),
    precision: ratio(c.tp, predictedPositive, 'no positive predictions'),
    accuracy: ratio(c.tp + c.tn, n, 'no rows'),
  };
}

function ratio(numerator: number, denominator: number, reason: string): FairnessValue {
  return denominator === 0 ? { undefined: reason } : numerator / denominator;
}

/** Counts of cell (label, candidate decision, baseline decision) per group, in one pass over the rows. */
export const CELLS = 8;
export function cellIndex(label: number, candidate: number, baseline: number): number {
  return (label ? 4 : 0) + (candidate ? 2 : 0) + (baseline ? 1 : 0);
}

/** Confusion counts of one model from a group's 8 cells (`model` 0 = candidate, 1 = baseline). */
export function confusionFromCells(cells: Float64Array, offset: number, model: 0 | 1): ConfusionCounts {
  const c: ConfusionCounts = { tp: 0, fp: 0, tn: 0, fn: 0 };
  for (let cell = 0; cell < CELLS; cell++) {
    const count = cells[offset + cell]!;
    const label = cell >= 4;
    const predicted = model === 0 ? (cell & 2) !== 0 : (cell & 1) !== 0;
    if (label && predicted) c.tp += count;
    else if (label) c.fn += count;
    else if (predicted) c.fp += count;
    else c.tn += count;
  }
  return c;
}

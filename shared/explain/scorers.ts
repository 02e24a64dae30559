import { binaryLogLossTerm } from '../metrics/binary.js';
import { DTYPE_EPS } from '../metrics/values.js';
import type { Scorer, ScoreArray } from './types.js';

/**
 * The scorers permutation importance can use, with scikit-learn 1.2.1's semantics for 0/1 labels and the
 * positive-class score (binary) or the prediction (regression). Higher is better: losses are negated, as
 * in scikit-learn's scorer names (`neg_log_loss`). They live here, not in shared/metrics, because they run
 * (1 + repeats × features) times per explanation on raw score arrays and must not allocate per row.
 *
 * Where scikit-learn refuses to score (ROC AUC of one class) or returns a number that says nothing about
 * the model (average precision or F1 without positives: 0 whatever the model), `undefinedReason` says
 * so, and the explanation records that reason instead of importances.
 */

/** Decisions `score >= threshold`, the evaluation record's convention (scikit-learn's `predict` at 0.5). */
interface Confusion {
  tp: number;
  fp: number;
  tn: number;
  fn: number;
}

function confusion(labels: Float64Array, predictions: ScoreArray, threshold: number): Confusion {
  let tp = 0;
  let fp = 0;
  let positives = 0;
  for (let i = 0; i < labels.length; i++) {
    const positive = labels[i] === 1;
    if (positive) positives++;
    if (predictions[i]! >= threshold) {
      if (positive) tp++;
      else fp++;
    }
  }
  const negatives = labels.length - positives;
  return { tp, fp, fn: positives - tp, tn: negatives - fp };
}

function countPositives(labels: Float64Array): number {
  let positives = 0;
  for (let i = 0; i < labels.length; i++) if (labels[i] === 1) positives++;
  return positives;
}

const NO_POSITIVES = 'the explained rows have no positive labels';
const ONE_CLASS = 'the explained rows hold one class only';

function needsPositives(labels: Float64Array): string | undefined {
  return countPositives(labels) === 0 ? NO_POSITIVES : undefined;
}

function needsBothClasses(labels: Float64Array): string | undefined {
  const positives = countPositives(labels);
  return positives === 0 || positives === labels.length ? ONE_CLASS : undefined;
}

/** `accuracy_score`: the share of rows whose decision matches the label (scikit-learn's `estimator.score`). */
export function accuracyScorer(threshold = 0.5): Scorer {
  return {
    name: 'accuracy',
    score(labels, predictions) {
      const c = confusion(labels, predictions, threshold);
      return (c.tp + c.tn) / labels.length;
    },
  };
}

/** `balanced_accuracy_score`: mean recall over the classes present in the labels (scikit-learn drops the others). */
export function balancedAccuracyScorer(threshold = 0.5): Scorer {
  return {
    name: 'balanced_accuracy',
    score(labels, predictions) {
      const c = confusion(labels, predictions, threshold);
      const recalls: number[] = [];
      if (c.tn + c.fp > 0) recalls.push(c.tn / (c.tn + c.fp));
      if (c.tp + c.fn > 0) recalls.push(c.tp / (c.tp + c.fn));
      return recalls.reduce((a, b) => a + b, 0) / recalls.length;
    },
  };
}

/** `f1_score` of the positive class: 2TP / (2TP + FP + FN); 0 without true positives, as scikit-learn. */
export function f1Scorer(threshold = 0.5): Scorer {
  return {
    name: 'f1',
    undefinedReason: needsPositives,
    score(labels, predictions) {
      const c = confusion(labels, predictions, threshold);
      return c.tp === 0 ? 0 : (2 * c.tp) / (2 * c.tp + c.fp + c.fn);
    },
  };
}

/**
 * Scores of the positive and of the negative rows, each sorted ascending, in buffers kept between calls.
 * Two native numeric sorts (no comparator) and a merge cost a fifth of one index sort with a comparator,
 * which matters at (1 + repeats × features) scores per explanation. NaN sorts as +∞ so that every tie
 * group is well defined (evaluate has already refused NaN in the unpermuted predictions).
 */
class ClassScores {
  private positives = new Float64Array(0);
  private negatives = new Float64Array(0);

  split(labels: Float64Array, predictions: ScoreArray): { pos: Float64Array; neg: Float64Array } {
    if (this.positives.length < labels.length) {
      this.positives = new Float64Array(labels.length);
      this.negatives = new Float64Array(labels.length);
    }
    let p = 0;
    let n = 0;
    for (let i = 0; i < labels.length; i++) {
      const value = predictions[i]!;
      const score = value === value ? value : Infinity;
      if (labels[i] === 1) this.positives[p++] = score;
      else this.negatives[n++] = score;
    }
    return { pos: this.positives.subarray(0, p).sort(), neg: this.negatives.subarray(0, n).sort() };
  }
}

/**
 * `roc_auc_score`: the Mann–Whitney statistic with tied scores counting one half, which is what the
 * trapezoids over scikit-learn's ROC curve (one point per distinct score) add up to.
 */
export function rocAucScorer(): Scorer {
  const buffers = new ClassScores();
  return {
    name: 'roc_auc',
    undefinedReason: needsBothClasses,
    score(labels, predictions) {
      const { pos, neg } = buffers.split(labels, predictions);
      let j = 0;
      let twiceArea = 0;
      for (let i = 0; i < pos.length; ) {
        const value = pos[i]!;
        while (j < neg.length && neg[j]! < value) j++;
        let tied = 0;
        while (j + tied < neg.length && neg[j + tied] === value) tied++;
        let positives = 0;
        for (; i < pos.length && pos[i] === value; i++) positives++;
        twiceArea += positives * (2 * j + tied);
      }
      return twiceArea / (2 * pos.length * neg.length);
    },
  };
}

/**
 * `average_precision_score`: Σ (R_k − R_{k−1}) P_k over the distinct scores from the highest down, tied
 * scores entering together (scikit-learn 1.2.1's uninterpolated step sum over `precision_recall_curve`).
 * Only scores held by a positive move recall, so the sum runs over the positives' distinct scores.
 */
export function averagePrecisionScorer(): Scorer {
  const buffers = new ClassScores();
  return {
    name: 'average_precision',
    undefinedReason: needsPositives,
    score(labels, predictions) {
      const { pos, neg } = buffers.split(labels, predictions);
      let j = neg.length - 1;
      let tp = 0;
      let fp = 0;
      let sum = 0;
      for (let i = pos.length - 1; i >= 0; ) {
        const value = pos[i]!;
        let positives = 0;
        for (; i >= 0 && pos[i] === value; i--) positives++;
        for (; j >= 0 && neg[j]! >= value; j--) fp++;
        tp += positives;
        sum += (positives / pos.length) * (tp / (tp + fp));
      }
      return sum;
    },
  };
}

/**
 * `neg_log_loss`: the negated mean log loss of the positive-class probability, clipped at the eps of the
 * model output's dtype and renormalised as scikit-learn 1.2.1 does (shared/metrics' `binaryLogLossTerm`).
 * Computed on a one-class set too (scikit-learn's `log_loss` with `labels=[0, 1]`); scores outside [0, 1]
 * are not probabilities, so the score is undefined for them.
 */
export function negLogLossScorer(dtype: 'float32' | 'float64' = 'float64'): Scorer {
  const eps = DTYPE_EPS[dtype];
  return {
    name: 'neg_log_loss',
    undefinedReason(_labels, predictions) {
      for (let i = 0; i < predictions.length; i++) {
        if (!(predictions[i]! >= 0 && predictions[i]! <= 1)) return `the model's scores are not probabilities (row ${i} scores ${predictions[i]})`;
      }
      return undefined;
    },
    score(labels, predictions) {
      let loss = 0;
      for (let i = 0; i < labels.length; i++) loss += binaryLogLossTerm(labels[i]!, predictions[i]!, eps);
      return -loss / labels.length;
    },
  };
}

/** `r2_score`: 1 − SSres/SStot; a constant target gives 1 for a perfect fit and 0 otherwise, as scikit-learn. */
export function r2Scorer(): Scorer {
  return {
    name: 'r2',
    score(labels, predictions) {
      let mean = 0;
      for (let i = 0; i < labels.length; i++) mean += labels[i]!;
      mean /= labels.length;
      let residual = 0;
      let total = 0;
      for (let i = 0; i < labels.length; i++) {
        residual += (labels[i]! - predictions[i]!) ** 2;
        total += (labels[i]! - mean) ** 2;
      }
      if (total === 0) return residual === 0 ? 1 : 0;
      return 1 - residual / total;
    },
  };
}

function meanError(labels: Float64Array, predictions: ScoreArray, power: 1 | 2): number {
  let sum = 0;
  for (let i = 0; i < labels.length; i++) {
    const error = Math.abs(labels[i]! - predictions[i]!);
    sum += power === 1 ? error : error * error;
  }
  return sum / labels.length;
}

/** `neg_mean_absolute_error`. */
export function negMeanAbsoluteErrorScorer(): Scorer {
  return { name: 'neg_mean_absolute_error', score: (labels, predictions) => -meanError(labels, predictions, 1) };
}

/** `neg_mean_squared_error`. */
export function negMeanSquaredErrorScorer(): Scorer {
  return { name: 'neg_mean_squared_error', score: (labels, predictions) => -meanError(labels, predictions, 2) };
}

/** `neg_root_mean_squared_error` (scikit-learn 1.2.1: `mean_squared_error(squared=False)`, the root of the MSE). */
export function negRootMeanSquaredErrorScorer(): Scorer {
  return { name: 'neg_root_mean_squared_error', score: (labels, predictions) => -Math.sqrt(meanError(labels, predictions, 2)) };
}

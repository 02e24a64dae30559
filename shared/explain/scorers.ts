import type { Scorer } from './types.js';


/**
 * The scorers permutation importance needs, with scikit-learn's semantics: `estimator.score` is accuracy
 * for classifiers and R² for regressors; `neg_log_loss` is the negated mean log loss. They live here (not
 * in shared/metrics) because they run (1 + repeats × features) times per explanation on raw score arrays.
 */

/** Accuracy of `score >= threshold` against 0/1 labels (the evaluation record's threshold convention). */
export function accuracyScorer(threshold = 0.5): Scorer {
  return {
    name: 'accuracy',
    score(labels, predictions) {
      let correct = 0;
      for (let i = 0; i < labels.length; i++) {
        if ((predictions[i]! >= threshold ? 1 : 0) === labels[i]) correct++;
      }
      return correct / labels.length;
    },
  };
}

/** R² (coefficient of determination); scikit-learn's `r2_score` is 1 - SSres/SStot, and 0/0 → 1, x/0 → 0. */
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

/** Negated binary log loss of positive-class probabilities, clipped at float64 eps as scikit-learn 1.2 does. */
export function negLogLossScorer(): Scorer {
  const eps = Number.EPSILON;
  return {
    name: 'neg_log_loss',
    score(labels, predictions) {
      let loss = 0;
      for (let i = 0; i < labels.length; i++) {
        const p = Math.min(Math.max(predictions[i]!, eps), 1 - eps);
        loss -= labels[i] === 1 ? Math.log(p) : Math.log(1 - p);
      }
      return -loss / labels.length;
    },
  };
}

/**
 * `explain-scoring`: which scikit-learn scorer permutation importance uses, by scikit-learn's name. Only
 * tasks that have explanations have scorers (multiclass models are not explained). The default is
 * scikit-learn's own (`estimator.score`: accuracy for classifiers, R² for regressors), so records keep
 * the figures they had before the input existed and match `permutation_importance(scoring=None)`.
 */

export type ExplainTask = 'binary' | 'regression';

export const SCORING_NAMES = {
  binary: ['accuracy', 'balanced_accuracy', 'f1', 'roc_auc', 'average_precision', 'neg_log_loss'],
  regression: ['r2', 'neg_mean_absolute_error', 'neg_mean_squared_error', 'neg_root_mean_squared_error'],
} as const;

export type BinaryScoring = (typeof SCORING_NAMES.binary)[number];
export type RegressionScoring = (typeof SCORING_NAMES.regression)[number];
export type ScoringName = BinaryScoring | RegressionScoring;

export const DEFAULT_SCORING: { binary: BinaryScoring; regression: RegressionScoring } = { binary: 'accuracy', regression: 'r2' };

/** Every scorer name of every task, in a stable order (for schemas and messages). */
export const ALL_SCORING_NAMES: readonly ScoringName[] = [...SCORING_NAMES.binary, ...SCORING_NAMES.regression];

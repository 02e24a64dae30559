/** Model-agnostic explanations: permutation importance (scikit-learn's algorithm) and permutation SHAP. */
export type { FeatureArray, FeatureMatrix, PredictFn, ScoreArray, Scorer, Clock } from './types.js';
export { explainModel, EXPLAIN_DEFAULTS, type ExplainOptions } from './explain.js';
export { permutationImportance, seededPermutations, ScoreUndefinedError } from './permutation-importance.js';
export type { PermutationImportanceOptions, PermutationImportanceResult, PermutationSource, FeatureImportance } from './permutation-importance.js';
export { shapValues, shapRowsPerExplainedRow, MAX_BACKGROUND_ROWS } from './shap.js';
export type { ShapOptions, ShapResult, ShapMethod, ShapFeatureSummary } from './shap.js';
export { planExplanations, permutationCost, type BudgetPlan, type BudgetRequest, type ExplainMethod } from './budget.js';
export { rankChanges, rankFeatures, type RankChange, type RankedFeature } from './rank-change.js';
export { assertNumericFeatures, isNumericType, type FeatureColumnType } from './numeric.js';
export {
  accuracyScorer,
  averagePrecisionScorer,
  balancedAccuracyScorer,
  f1Scorer,
  negLogLossScorer,
  negMeanAbsoluteErrorScorer,
  negMeanSquaredErrorScorer,
  negRootMeanSquaredErrorScorer,
  r2Scorer,
  rocAucScorer,
} from './scorers.js';
export { checkScoring, scorerFor, type ScorerSettings } from './scoring.js';
export { ALL_SCORING_NAMES, DEFAULT_SCORING, SCORING_NAMES, type BinaryScoring, type ExplainTask, type RegressionScoring, type ScoringName } from './scoring-names.js';
export { SeededRandom } from './random.js';
export { explanationsSchema, type ExplanationsSection, type PermutationSection, type ShapSection } from './schema.js';

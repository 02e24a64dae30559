import { UserError } from '../errors.js';
import { planExplanations, type BudgetPlan, type ExplainMethod } from './budget.js';
import { selectRows, selectValues } from './matrix.js';
import { assertNumericFeatures, type FeatureColumnType } from './numeric.js';
import { permutationImportance, ScoreUndefinedError, type PermutationImportanceResult } from './permutation-importance.js';
import { SeededRandom } from './random.js';
import { rankChanges } from './rank-change.js';
import type { ExplanationsSection, PermutationSection, ShapSection } from './schema.js';
import { checkScoring, scorerFor } from './scoring.js';
import { DEFAULT_EXACT_MAX_FEATURES, DEFAULT_SHAP_PERMUTATIONS, MAX_BACKGROUND_ROWS, shapValues, type ShapResult } from './shap.js';
import type { Clock, FeatureMatrix, PredictFn, Scorer } from './types.js';

/**
 * The `evaluate` use case's entry to explanations: plan the inference cost, subsample within the budget,
 * run permutation importance and/or SHAP for the candidate (and the baseline model, for rank changes),
 * and return the record section. Everything is seeded by `seed`, so a rerun gives the same figures.
 */
export interface ExplainOptions {
  method: ExplainMethod;
  task: 'binary' | 'regression';
  predict: PredictFn;
  baselinePredict?: PredictFn;
  /** The evaluation set's features, numeric, row-major. */
  matrix: FeatureMatrix;
  /** Column types for the check that every feature is numeric (omit when the matrix came from a float tensor). */
  featureTypes?: readonly FeatureColumnType[];
  /** Labels (0/1 for binary), one per row. */
  labels: Float64Array;
  /** Binary decision threshold for the accuracy, balanced accuracy and F1 scorers. */
  threshold?: number;
  /** dtype of the model's probabilities (log loss clips at its eps); default float64. */
  probabilityDtype?: 'float32' | 'float64';
  /**
   * explain-scoring: a scikit-learn scorer name valid for the task (shared/explain/scoring.ts). Default:
   * accuracy (binary) or R² (regression), scikit-learn's `estimator.score`.
   */
  scoring?: string;
  /** A custom scorer instead of `scoring` (tests, library use). */
  scorer?: Scorer;
  /** explain-rows: rows for permutation importance (default 10,000). */
  rows?: number;
  /** Rows SHAP explains (default 200). */
  shapRows?: number;
  /** explain-background (default and maximum 100). */
  backgroundRows?: number;
  /** explain-seed (default 0). */
  seed?: number;
  repeats?: number;
  shapPermutations?: number;
  /** explain-budget-rows (default 5,000,000). */
  budgetRows?: number;
  topFeatures?: number;
  clock?: Clock;
}

export const EXPLAIN_DEFAULTS = { rows: 10_000, shapRows: 200, backgroundRows: 100, seed: 0, repeats: 5, budgetRows: 5_000_000, topFeatures: 10 };

export async function explainModel(options: ExplainOptions): Promise<ExplanationsSection | undefined> {
  if (options.method === 'none') return undefined;
  validate(options);
  const clock = options.clock ?? (() => performance.now());
  const started = clock();
  const seed = options.seed ?? EXPLAIN_DEFAULTS.seed;
  const plan = planFor(options);
  const notes: string[] = [];
  let permutationRows = 0;
  const section: ExplanationsSection = {
    method: options.method,
    seed,
    features: [...options.matrix.names],
    budget: { limitRows: options.budgetRows ?? EXPLAIN_DEFAULTS.budgetRows, requestedRows: plan.requestedRows, plannedRows: plan.plannedRows, usedRows: 0, subsampled: plan.subsampled, notes: plan.notes },
    timings: { totalMs: 0 },
  };
  if (plan.permutationRows > 0) {
    const t = clock();
    const permutation = await permutationSection(options, plan.permutationRows, seed, notes);
    if (permutation.section) section.permutation = permutation.section;
    permutationRows = permutation.inferenceRows;
    section.timings.permutationMs = clock() - t;
  }
  if (plan.shapRows > 0) {
    const t = clock();
    section.shap = await shapSection(options, plan.shapRows, seed);
    section.timings.shapMs = clock() - t;
  }
  if (notes.length > 0) section.notes = notes;
  section.budget.usedRows = permutationRows + (section.shap?.inferenceRows ?? 0);
  section.timings.totalMs = clock() - started;
  return section;
}

function validate(options: ExplainOptions): void {
  if (options.featureTypes) assertNumericFeatures(options.featureTypes);
  checkScoring(options.scoring, options.task);
  const background = options.backgroundRows ?? EXPLAIN_DEFAULTS.backgroundRows;
  if (!Number.isInteger(background) || background < 1 || background > MAX_BACKGROUND_ROWS) {
    throw new UserError(`explain-background must be an integer from 1 to ${MAX_BACKGROUND_ROWS}, got ${background}.`, {
      input: 'explain-background',
      fix: `Use at most ${MAX_BACKGROUND_ROWS} background rows; more costs inference without changing the values much.`,
    });
  }
  if (options.matrix.rows === 0) {
    throw new UserError('there are no rows to explain.', { input: 'data', fix: 'Evaluate on a non-empty data set, or set explain to none.' });
  }
}

function planFor(options: ExplainOptions): BudgetPlan {
  const { matrix } = options;
  return planExplanations({
    method: options.method,
    availableRows: matrix.rows,
    features: matrix.featureCount,
    permutationRows: options.rows ?? EXPLAIN_DEFAULTS.rows,
    repeats: options.repeats ?? EXPLAIN_DEFAULTS.repeats,
    shapRows: options.shapRows ?? EXPLAIN_DEFAULTS.shapRows,
    backgroundRows: Math.min(options.backgroundRows ?? EXPLAIN_DEFAULTS.backgroundRows, matrix.rows),
    shapPermutations: options.shapPermutations ?? DEFAULT_SHAP_PERMUTATIONS,
    exactMaxFeatures: DEFAULT_EXACT_MAX_FEATURES,
    models: options.baselinePredict ? 2 : 1,
    budgetRows: options.budgetRows ?? EXPLAIN_DEFAULTS.budgetRows,
  });
}

/** Seeded subsample of `count` rows (all rows, in order, when count covers them). */
function sampleRows(total: number, count: number, seed: number): Uint32Array {
  return new SeededRandom(seed).sampleWithoutReplacement(total, count);
}

/** A model's importances, or why the scorer cannot score its rows (which were still predicted once). */
type Scored = PermutationImportanceResult | { reason: string; inferenceRows: number };

async function importanceOrReason(run: () => Promise<PermutationImportanceResult>, rows: number): Promise<Scored> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof ScoreUndefinedError)) throw error;
    return { reason: error.reason, inferenceRows: rows };
  }
}

/**
 * Importances of the candidate (and the baseline model) on the same rows and shuffles. A scorer that
 * cannot score the rows (ROC AUC of one class) leaves the section out and says why in `notes`: the rest
 * of the evaluation stands, as a metric that cannot be computed does.
 */
async function permutationSection(options: ExplainOptions, rows: number, seed: number, notes: string[]): Promise<{ section?: PermutationSection; inferenceRows: number }> {
  const picked = sampleRows(options.matrix.rows, rows, seed);
  const matrix = selectRows(options.matrix, picked);
  const labels = selectValues(options.labels, picked);
  const scorer = options.scorer ?? scorerFor(options.task, options.scoring, { threshold: options.threshold ?? 0.5, probabilityDtype: options.probabilityDtype ?? 'float64' });
  const run = (predict: PredictFn) => () => permutationImportance({ predict, matrix, labels, scorer, repeats: options.repeats ?? EXPLAIN_DEFAULTS.repeats, seed: seed + 1 });
  const candidate = await importanceOrReason(run(options.predict), rows);
  if ('reason' in candidate) {
    notes.push(`permutation importance not computed: ${scorer.name} cannot score the ${rows} explained rows (${candidate.reason})`);
    return { inferenceRows: candidate.inferenceRows };
  }
  const section: PermutationSection = {
    scoring: candidate.scoring,
    rows: candidate.rows,
    repeats: candidate.repeats,
    baselineScore: candidate.baselineScore,
    features: candidate.features,
    inferenceRows: candidate.inferenceRows,
  };
  if (options.baselinePredict) {
    const baseline = await importanceOrReason(run(options.baselinePredict), rows);
    section.inferenceRows += baseline.inferenceRows;
    if ('reason' in baseline) {
      notes.push(`the baseline model's permutation importance not computed: ${scorer.name} cannot score its predictions (${baseline.reason})`);
    } else {
      section.baselineModel = { baselineScore: baseline.baselineScore, features: baseline.features };
      section.rankChange = rankChanges(byMean(candidate), byMean(baseline), options.topFeatures ?? EXPLAIN_DEFAULTS.topFeatures);
    }
  }
  return { section, inferenceRows: section.inferenceRows };
}

function byMean(result: PermutationImportanceResult): { feature: string; value: number }[] {
  return result.features.map((f) => ({ feature: f.feature, value: f.mean }));
}

async function shapSection(options: ExplainOptions, rows: number, seed: number): Promise<ShapSection> {
  const backgroundCount = Math.min(options.backgroundRows ?? EXPLAIN_DEFAULTS.backgroundRows, options.matrix.rows);
  const matrix = selectRows(options.matrix, sampleRows(options.matrix.rows, rows, seed + 2));
  const background = selectRows(options.matrix, sampleRows(options.matrix.rows, backgroundCount, seed + 3));
  const run = (predict: PredictFn): Promise<ShapResult> =>
    shapValues({ predict, matrix, background, seed: seed + 4, permutations: options.shapPermutations ?? DEFAULT_SHAP_PERMUTATIONS });
  const candidate = await run(options.predict);
  const section: ShapSection = {
    method: candidate.method,
    rows: candidate.rows,
    backgroundRows: candidate.backgroundRows,
    ...(candidate.permutations === undefined ? {} : { permutations: candidate.permutations }),
    expectedValue: candidate.expectedValue,
    maxEfficiencyGap: candidate.maxEfficiencyGap,
    features: candidate.features,
    inferenceRows: candidate.inferenceRows,
  };
  if (options.baselinePredict) {
    const baseline = await run(options.baselinePredict);
    section.baselineModel = { expectedValue: baseline.expectedValue, features: baseline.features };
    section.inferenceRows += baseline.inferenceRows;
    const rank = (r: ShapResult) => r.features.map((f) => ({ feature: f.feature, value: f.meanAbs }));
    section.rankChange = rankChanges(rank(candidate), rank(baseline), options.topFeatures ?? EXPLAIN_DEFAULTS.topFeatures);
  }
  return section;
}

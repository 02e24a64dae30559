import { checkScoring, explainModel } from '../explain/index.js';
import type { ExplanationsSection, Task } from '../schemas/evaluation-record.js';
import type { InputBinding } from '../model/inputs.js';
import type { Model } from '../model/model.js';
import { matrixPredictor } from '../model/predict.js';
import { getColumn } from '../tabular/table.js';
import type { NumericColumn, Table } from '../tabular/types.js';
import { EVALUATE_DEFAULTS, type EvaluateOptions } from './options.js';

export interface ExplainSource {
  table: Table;
  yTrue: Float64Array;
  model: Model;
  binding: InputBinding;
  baseline?: { model: Model; binding: InputBinding };
  positiveIndex?: number;
  threshold: number;
  log: (line: string) => void;
}

/**
 * `explain-scoring` against the model's task, before any inference: `checkOptions` can only check it
 * against a task given as an input. Multiclass models are not explained, so any known name passes there.
 */
export function checkExplainScoring(options: EvaluateOptions, task: Task): void {
  checkScoring(options.explainScoring, task === 'multiclass' ? undefined : task);
}

/**
 * Explanations over the whole evaluation set (shared/explain subsamples within the budget, seeded), so
 * an unsharded run and shard 1 of a sharded run compute the same section. Multiclass models are not
 * explained yet (shared/explain scores one number per row); the log says so.
 */
export async function explainIfAsked(options: EvaluateOptions, source: ExplainSource): Promise<ExplanationsSection | undefined> {
  const method = options.explain ?? EVALUATE_DEFAULTS.explain;
  if (method === 'none') return undefined;
  // explain-scoring was checked against this task when the model loaded (evaluate.ts, loadModels).
  const task = source.model.task;
  if (task === 'multiclass') {
    source.log(`Explanations skipped: '${method}' explains binary and regression models; this model is multiclass.`);
    return undefined;
  }
  const features = source.binding.features;
  const scoreColumn = source.positiveIndex ?? 1;
  const sameFeatures = source.baseline && source.baseline.binding.features.join('\u0000') === features.join('\u0000');
  if (source.baseline && !sameFeatures) source.log('Baseline explanations skipped: the baseline model takes different features.');
  const section = await explainModel({
    method,
    task,
    predict: matrixPredictor(source.model, source.binding, scoreColumn),
    ...(source.baseline && sameFeatures ? { baselinePredict: matrixPredictor(source.baseline.model, source.baseline.binding, scoreColumn) } : {}),
    matrix: { values: featureMatrix(source.table, features), rows: source.table.rowCount, featureCount: features.length, names: features },
    featureTypes: features.map((name) => ({ name, type: getColumn(source.table, name).type })),
    labels: source.yTrue,
    threshold: source.threshold,
    ...(options.explainScoring === undefined ? {} : { scoring: options.explainScoring }),
    probabilityDtype: source.model.plan.dtype,
    ...defined('rows', options.explainRows),
    ...defined('backgroundRows', options.explainBackground),
    seed: options.explainSeed ?? options.seed ?? EVALUATE_DEFAULTS.seed,
    ...defined('budgetRows', options.explainBudgetRows),
  });
  // What was asked and not computed (e.g. ROC AUC on rows of one class) is in the record; say it here too.
  for (const note of section?.notes ?? []) source.log(`Explanations: ${note}.`);
  return section;
}

function defined<K extends string>(key: K, value: number | undefined): Partial<Record<K, number>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, number>);
}

function featureMatrix(table: Table, features: readonly string[]): Float64Array {
  const width = features.length;
  const matrix = new Float64Array(table.rowCount * width);
  features.forEach((name, j) => {
    const values = (getColumn(table, name) as NumericColumn).values;
    for (let row = 0; row < table.rowCount; row += 1) matrix[row * width + j] = values[row]!;
  });
  return matrix;
}

import { UserError } from '../errors.js';
import { describeRow } from '../tabular/table.js';
import type { Table } from '../tabular/types.js';
import { buildFeeds, FeedBuffers, feedsFromMatrix, type InputBinding } from './inputs.js';
import type { Model, OutputPlan } from './model.js';
import type { FeedTensor, OutputTensor } from './types.js';

/**
 * Batched inference and output decoding. Outputs land in one array per model, of the output's own
 * precision (a float32 model's outputs in a Float32Array: half the fresh memory, no widening pass):
 * `probabilities` row-major N×C, or one score/value per row (C = 1).
 */
export interface Predictions {
  kind: OutputPlan['kind'];
  rows: number;
  width: number;
  values: PredictionValues;
  dtype: 'float32' | 'float64';
}

export type PredictionValues = Float32Array | Float64Array;

/** A fresh array for `length` outputs of the model, of its output's precision. */
export function predictionArray(model: Model, length: number): PredictionValues {
  return model.plan.dtype === 'float32' ? new Float32Array(length) : new Float64Array(length);
}

/**
 * Rows per session.run. Measured with onnxruntime-node 1.30 on the flights MLP (4-64-1): 16-32 k rows
 * run 3 M rows fastest (181 ms warm, 276 ms cold at 32 k) and 262 k rows slowest (331 / 848 ms), because
 * each intermediate tensor is rows × width floats and large ones fall out of cache and fault in fresh
 * pages. So: about one million input values per batch, between 1,024 and 32,768 rows.
 */
export function batchRowsFor(featureCount: number): number {
  return Math.min(32_768, Math.max(1024, Math.floor(1_048_576 / Math.max(1, featureCount))));
}

export interface PredictOptions {
  batchRows?: number;
  /** Rows [start, end) of the table; default all. */
  start?: number;
  end?: number;
}

export async function predictTable(model: Model, binding: InputBinding, table: Table, options: PredictOptions = {}): Promise<Predictions> {
  const start = options.start ?? 0;
  const end = options.end ?? table.rowCount;
  const rows = end - start;
  const batch = options.batchRows ?? batchRowsFor(binding.features.length);
  const values = predictionArray(model, rows * model.plan.width);
  const buffers = new FeedBuffers();
  for (let from = start; from < end; from += batch) {
    const to = Math.min(end, from + batch);
    const output = await runBatch(model, buildFeeds(binding, table, from, to, buffers), to - from);
    storeOutput(output, values, (from - start) * model.plan.width, model, (row) => describeRow(table, from + row));
  }
  return { kind: model.plan.kind, rows, width: model.plan.width, values, dtype: model.plan.dtype };
}

/**
 * A batched predict function over row-major feature matrices (binding feature order), returning one
 * number per row: P(class `scoreColumn`) for classifiers, the prediction for regression. This is the
 * `PredictFn` shared/explain and shared/fairness run models through.
 */
export function matrixPredictor(model: Model, binding: InputBinding, scoreColumn = 1): (features: Float32Array | Float64Array, rows: number, featureCount: number) => Promise<Float64Array> {
  const width = model.plan.width;
  const column = width === 1 ? 0 : scoreColumn;
  return async (features, rows, featureCount) => {
    if (featureCount !== binding.features.length) throw new Error(`expected ${binding.features.length} features per row, got ${featureCount}`);
    const scores = new Float64Array(rows);
    const batch = batchRowsFor(featureCount);
    const buffers = new FeedBuffers();
    for (let from = 0; from < rows; from += batch) {
      const to = Math.min(rows, from + batch);
      const slice = features.subarray(from * featureCount, to * featureCount);
      const output = await runBatch(model, feedsFromMatrix(binding, slice, to - from, buffers), to - from);
      const values = new Float64Array((to - from) * width);
      storeOutput(output, values, 0, model, (row) => ({ text: `matrix row ${from + row + 1}` }));
      for (let r = 0; r < to - from; r += 1) scores[from + r] = values[r * width + column]!;
    }
    return scores;
  };
}

/** One session.run over `rows` rows: the planned output, checked to hold `width` values per row. */
export async function runBatch(model: Model, feeds: Record<string, FeedTensor>, rows: number): Promise<OutputTensor> {
  const results = await model.session.run(feeds, [model.plan.output]);
  const output = results[model.plan.output];
  if (!output) throw new Error(`the runtime returned no '${model.plan.output}' output`);
  if (output.data.length !== rows * model.plan.width) {
    throw new UserError(`output '${model.plan.output}' of ${model.path} has ${output.data.length} values for ${rows} rows; expected ${model.plan.width} per row.`, {
      file: model.path,
      input: 'model',
      fix: 'Export the model so that its output has one row per input row.',
    });
  }
  return output;
}

/**
 * A batch's output into the predictions from value `offset` on, in their precision; a non-finite
 * prediction is a UserError naming its row (`where`, by row of the batch).
 */
export function storeOutput(output: OutputTensor, target: PredictionValues, offset: number, model: Model, where: (row: number) => { text: string; line?: number }): void {
  const data = output.data;
  if (data instanceof Float32Array || data instanceof Float64Array) target.set(data, offset);
  else for (let i = 0; i < data.length; i += 1) target[offset + i] = Number(data[i]);
  for (let i = 0; i < data.length; i += 1) {
    const value = target[offset + i]!;
    if (value - value !== 0) throw nonFinitePrediction(model, value, where(Math.floor(i / model.plan.width)));
  }
}

function nonFinitePrediction(model: Model, value: number, place: { text: string; line?: number }): UserError {
  return new UserError(`model ${model.name} predicted ${String(value)} for ${place.text}; evaluation needs finite predictions.`, {
    file: model.path,
    input: 'model',
    ...(place.line === undefined ? {} : { line: place.line }),
    fix: "Check that row's features against the ranges the model was trained on, or fix the model's numerics.",
  });
}

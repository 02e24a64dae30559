import { type BinaryInput, type MulticlassInput, type RegressionInput, type TaskInput } from '../metrics/index.js';
import type { Task } from '../schemas/evaluation-record.js';

/**
 * Everything the figures of an evaluation are computed from: labels, each model's outputs and the
 * grouping columns, row by row. An unsharded run builds it from inference; a merge concatenates the
 * shards' sets; both then go through the same `summarize`, which is why they agree in every figure.
 */
export interface PredictionSet {
  rows: number;
  /** Binary: 1 = positive; multiclass: class index; regression: target. */
  yTrue: Float64Array;
  candidate: ModelOutputs;
  baseline?: ModelOutputs;
  /** Slice and sensitive columns, codes into `categories` (-1 = missing). */
  groups: GroupColumn[];
}

export interface ModelOutputs {
  /** Row-major N × width: probabilities, or one score/value per row (width 1); Float32Array from float32 models. */
  values: Float32Array | Float64Array;
  width: number;
  dtype: 'float32' | 'float64';
}

export interface GroupColumn {
  name: string;
  codes: Int32Array;
  categories: string[];
}

/** What is fixed for the whole evaluation (and must be equal across shards). */
export interface SetContext {
  task: Task;
  threshold: number;
  /** Binary with a probability output: the column holding P(positive). */
  positiveIndex?: number;
  classCount?: number;
}

/** Rows dealt to groups: `of[row]` in 0 … sizes.length − 1, or −1 for a row in no group. */
export interface Grouping {
  of: Int32Array;
  sizes: Int32Array;
}

/** The metrics library's input for one model over all rows. */
export function metricInput(set: PredictionSet, outputs: ModelOutputs, context: SetContext): TaskInput {
  return context.task === 'binary' ? binaryInput(set, outputs, context) : metricInputs(set, outputs, context)[0]!;
}

/** Binary labels as the metrics take them (1 = positive), one byte per row. */
export function binaryLabels(set: Pick<PredictionSet, 'rows' | 'yTrue'>): Uint8Array {
  const labels = new Uint8Array(set.rows);
  for (let row = 0; row < set.rows; row += 1) labels[row] = set.yTrue[row]!;
  return labels;
}

/**
 * A binary model's input over all rows. A single-score output is the score column itself (no copy); a
 * probability column of a float32 model is copied into a Float32Array (exact: the values are float32
 * values, checked while copying), half the fresh memory of a Float64Array. `yTrue` may be passed when
 * the caller already has the labels (both models share them).
 */
export function binaryInput(set: PredictionSet, outputs: ModelOutputs, context: SetContext, yTrue: Uint8Array = binaryLabels(set)): BinaryInput {
  const { values, width } = outputs;
  const input = (score: Float64Array | Float32Array): BinaryInput => ({ yTrue, score, threshold: context.threshold, probabilityDtype: outputs.dtype });
  if (width === 1) return input(values.length === set.rows ? values : values.subarray(0, set.rows));
  if (outputs.dtype === 'float32') {
    const narrow = new Float32Array(set.rows);
    if (copyScores(outputs, context, narrow, 0, set.rows)) return input(narrow);
  }
  const score = new Float64Array(set.rows);
  copyScores(outputs, context, score, 0, set.rows);
  return input(score);
}

/**
 * Rows [from, to) of a binary probability output's positive column into `score`; whether every value
 * was kept exactly (a float32 column holds a float64 output's values only when they are float32 values).
 */
export function copyScores(outputs: Pick<ModelOutputs, 'values' | 'width'>, context: SetContext, score: Float32Array | Float64Array, from: number, to: number): boolean {
  const { values, width } = outputs;
  const column = context.positiveIndex ?? 1;
  let exact = true;
  for (let row = from; row < to; row += 1) {
    const value = values[row * width + column]!;
    score[row] = value;
    exact &&= score[row] === value;
  }
  return exact;
}

/**
 * The metrics library's inputs for one model per group (one group of all rows by default), each group's
 * rows in row order. One sequential pass deals the rows to their groups; gathering each group's rows
 * instead reads the outputs scattered across memory, group after group.
 */
export function metricInputs(set: PredictionSet, outputs: ModelOutputs, context: SetContext, grouping?: Grouping): TaskInput[] {
  const sizes = grouping?.sizes ?? Int32Array.of(set.rows);
  // Without a grouping every row is in group 0 (no per-row group array to allocate and fill).
  const of = grouping?.of;
  const at = new Int32Array(sizes.length);
  const width = outputs.width;
  const values = outputs.values;
  if (context.task === 'regression') {
    const inputs: RegressionInput[] = Array.from(sizes, (n) => ({ yTrue: new Float64Array(n), yPred: new Float64Array(n) }));
    for (let row = 0; row < set.rows; row += 1) {
      const g = of ? of[row]! : 0;
      if (g < 0) continue;
      const i = at[g]!++;
      inputs[g]!.yTrue[i] = set.yTrue[row]!;
      inputs[g]!.yPred[i] = values[row]!;
    }
    return inputs;
  }
  if (context.task === 'binary') {
    const column = width === 1 ? 0 : context.positiveIndex ?? 1;
    const inputs: BinaryInput[] = Array.from(sizes, (n) => ({ yTrue: new Uint8Array(n), score: new Float64Array(n), threshold: context.threshold, probabilityDtype: outputs.dtype }));
    for (let row = 0; row < set.rows; row += 1) {
      const g = of ? of[row]! : 0;
      if (g < 0) continue;
      const i = at[g]!++;
      inputs[g]!.yTrue[i] = set.yTrue[row]!;
      inputs[g]!.score[i] = values[row * width + column]!;
    }
    return inputs;
  }
  const inputs: MulticlassInput[] = Array.from(sizes, (n) => ({ yTrue: new Int32Array(n), proba: new Float64Array(n * width), classes: width, probabilityDtype: outputs.dtype }));
  for (let row = 0; row < set.rows; row += 1) {
    const g = of ? of[row]! : 0;
    if (g < 0) continue;
    const i = at[g]!++;
    inputs[g]!.yTrue[i] = set.yTrue[row]!;
    inputs[g]!.proba.set(values.subarray(row * width, (row + 1) * width), i * width);
  }
  return inputs;
}

/** Binary: 1 where the model predicts the positive label (score ≥ threshold), as the metrics do. */
export function binaryDecisions(outputs: ModelOutputs, context: SetContext, rows: number): Uint8Array {
  const column = outputs.width === 1 ? 0 : context.positiveIndex ?? 1;
  const decisions = new Uint8Array(rows);
  for (let i = 0; i < rows; i += 1) decisions[i] = outputs.values[i * outputs.width + column]! >= context.threshold ? 1 : 0;
  return decisions;
}

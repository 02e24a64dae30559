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
  /** Row-major N × width: probabilities, or one score/value per row (width 1). */
  values: Float64Array;
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

/** The metrics library's input for one model over the given rows (all rows when `rows` is absent). */
export function metricInput(set: PredictionSet, outputs: ModelOutputs, context: SetContext, rows?: Int32Array): TaskInput {
  const n = rows ? rows.length : set.rows;
  const index = rows ?? identity(n);
  if (context.task === 'regression') {
    const input: RegressionInput = { yTrue: new Float64Array(n), yPred: new Float64Array(n) };
    for (let i = 0; i < n; i += 1) {
      input.yTrue[i] = set.yTrue[index[i]!]!;
      input.yPred[i] = outputs.values[index[i]!]!;
    }
    return input;
  }
  if (context.task === 'binary') {
    const width = outputs.width;
    const column = width === 1 ? 0 : context.positiveIndex ?? 1;
    const input: BinaryInput = { yTrue: new Uint8Array(n), score: new Float64Array(n), threshold: context.threshold, probabilityDtype: outputs.dtype };
    for (let i = 0; i < n; i += 1) {
      const row = index[i]!;
      input.yTrue[i] = set.yTrue[row]!;
      input.score[i] = outputs.values[row * width + column]!;
    }
    return input;
  }
  const width = outputs.width;
  const input: MulticlassInput = { yTrue: new Int32Array(n), proba: new Float64Array(n * width), classes: width, probabilityDtype: outputs.dtype };
  for (let i = 0; i < n; i += 1) {
    const row = index[i]!;
    input.yTrue[i] = set.yTrue[row]!;
    input.proba.set(outputs.values.subarray(row * width, (row + 1) * width), i * width);
  }
  return input;
}

/** 0 … n-1: all rows, so one indexed loop serves the whole set and its slices. */
function identity(n: number): Int32Array {
  const rows = new Int32Array(n);
  for (let i = 0; i < n; i += 1) rows[i] = i;
  return rows;
}

/** Binary: 1 where the model predicts the positive label (score ≥ threshold), as the metrics do. */
export function binaryDecisions(outputs: ModelOutputs, context: SetContext, rows: number): Float64Array {
  const column = outputs.width === 1 ? 0 : context.positiveIndex ?? 1;
  const decisions = new Float64Array(rows);
  for (let i = 0; i < rows; i += 1) decisions[i] = outputs.values[i * outputs.width + column]! >= context.threshold ? 1 : 0;
  return decisions;
}

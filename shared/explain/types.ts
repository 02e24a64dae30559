/**
 * Contracts between the explanation core and whoever runs the model (the evaluate use case wraps an ONNX
 * session in a `PredictFn`). The core never sees the model: it only asks for scores of feature rows, so
 * every method here is model-agnostic and testable with any real model.
 */

/** Row-major feature values: row r, feature j is `values[r * featureCount + j]`. */
export type FeatureArray = Float32Array | Float64Array;

/**
 * Scores for `rows` rows of `featureCount` features, row-major, one score per row (binary: probability of
 * the positive class; regression: the prediction; or a margin). The callee may batch internally. The
 * caller reuses `features` after the promise resolves, so the callee must not keep a reference to it.
 */
export type PredictFn = (features: FeatureArray, rows: number, featureCount: number) => Promise<ScoreArray>;

/** Scores as the model produced them: float32 models need no conversion (it would cost as much as a cheap model). */
export type ScoreArray = Float32Array | Float64Array;

/** A feature matrix with its column names. */
export interface FeatureMatrix {
  values: FeatureArray;
  rows: number;
  featureCount: number;
  names: readonly string[];
}

/** scikit-learn's scorer convention: higher is better (losses are negated). */
export interface Scorer {
  /** scikit-learn scoring name this scorer reproduces, e.g. `accuracy`, `r2`, `neg_log_loss`. */
  name: string;
  score(labels: Float64Array, predictions: ScoreArray): number;
  /**
   * Why the score cannot be computed (or would say nothing) for these labels and the unpermuted
   * predictions, e.g. ROC AUC of one class; undefined when it can. Checked once before any permuting.
   */
  undefinedReason?(labels: Float64Array, predictions: ScoreArray): string | undefined;
}

/** A value that cannot be computed says why (same shape as the evaluation record's). */
export interface UndefinedValue {
  undefined: string;
}

/** Milliseconds since an arbitrary origin; injectable so tests and records do not depend on the wall clock. */
export type Clock = () => number;

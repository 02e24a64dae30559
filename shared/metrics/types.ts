/**
 * Input and output shapes of the metrics library. The value types come from the evaluation record schema
 * so that what the metrics compute is exactly what the record stores (one source of truth).
 *
 * Inputs are columnar typed arrays: the evaluate bench runs 3 million rows, and per-row objects would
 * dominate the run time and memory.
 */
import type { MetricMap, MetricValue, Task, UndefinedValue } from '../schemas/evaluation-record.js';

export type { MetricMap, MetricValue, Task, UndefinedValue };

/**
 * Binary classification. `yTrue[i]` is 1 when row i has the positive label, else 0 (the caller maps
 * `positive-label` to 1). `score[i]` is the model's probability (or any monotone score) of the positive
 * class. A row is predicted positive when `score >= threshold` (as the record's `threshold` documents),
 * unless `yPred` is given (e.g. the model's own label output), which then wins.
 */
export interface BinaryInput {
  yTrue: Uint8Array;
  /** A Float32Array holds float32 model outputs exactly, in half the memory. */
  score: Float64Array | Float32Array;
  threshold: number;
  yPred?: Uint8Array;
  /**
   * The dtype the model produced the probabilities in; it picks log loss's clipping eps the way
   * scikit-learn 1.2.1's `eps="auto"` does (`np.finfo(dtype).eps`). Default `float64`.
   */
  probabilityDtype?: ProbabilityDtype;
}

/**
 * Multiclass classification with `classes` classes (C). `yTrue[i]` is the class index in [0, C).
 * `proba` is row-major N×C: `proba[i * C + c]` is P(class c | row i). The predicted class is the first
 * argmax of the row (numpy's `argmax`), unless `yPred` is given.
 */
export interface MulticlassInput {
  yTrue: Int32Array;
  proba: Float64Array;
  classes: number;
  yPred?: Int32Array;
  probabilityDtype?: ProbabilityDtype;
}

export interface RegressionInput {
  yTrue: Float64Array;
  yPred: Float64Array;
}

export type ProbabilityDtype = 'float32' | 'float64';

export interface TaskInputs {
  binary: BinaryInput;
  multiclass: MulticlassInput;
  regression: RegressionInput;
}
export type TaskInput = TaskInputs[Task];

/** Binary confusion counts (true label × predicted label). */
export interface BinaryConfusion {
  tn: number;
  fp: number;
  fn: number;
  tp: number;
}

/**
 * What `computeMetrics` returns. `metrics` maps scikit-learn-style names (see `METRIC_NAMES`) to values;
 * `confusionMatrix.counts[i][j]` counts rows with true class i predicted as j (binary: 0 = negative,
 * 1 = positive), the caller attaches label strings.
 */
export interface MetricsResult {
  task: Task;
  n: number;
  metrics: MetricMap;
  confusionMatrix?: number[][];
}

/** Metric names per task, in display order. */
export const METRIC_NAMES = {
  binary: ['accuracy', 'precision', 'recall', 'f1', 'roc_auc', 'average_precision', 'log_loss', 'brier', 'ece'],
  multiclass: [
    'accuracy',
    'precision_macro',
    'precision_micro',
    'precision_weighted',
    'recall_macro',
    'recall_micro',
    'recall_weighted',
    'f1_macro',
    'f1_micro',
    'f1_weighted',
    'log_loss',
    'roc_auc_ovr',
    'roc_auc_ovr_weighted',
    'ece',
  ],
  regression: ['mae', 'mse', 'rmse', 'r2', 'mape'],
} as const satisfies Record<Task, readonly string[]>;

export type BinaryMetricName = (typeof METRIC_NAMES.binary)[number];
export type MulticlassMetricName = (typeof METRIC_NAMES.multiclass)[number];
export type RegressionMetricName = (typeof METRIC_NAMES.regression)[number];
export type MetricName = BinaryMetricName | MulticlassMetricName | RegressionMetricName;

/** Losses and errors improve downward; everything else upward. Report and gate read this. */
const LOWER_IS_BETTER: ReadonlySet<string> = new Set(['log_loss', 'brier', 'ece', 'mae', 'mse', 'rmse', 'mape']);

export function higherIsBetter(metric: string): boolean {
  return !LOWER_IS_BETTER.has(metric);
}

export function undefinedValue(reason: string): UndefinedValue {
  return { undefined: reason };
}

import type { Digest } from '../digest.js';
import { explanationsSchema, type ExplanationsSection } from '../explain/schema.js';
import { fairnessSchema, type FairnessSection } from '../fairness/schema.js';
import { RecordType } from './record-type.js';

export type { ExplanationsSection, FairnessSection };

/**
 * The evaluation record: everything `evaluate` measured about one candidate model (and optionally the
 * baseline it replaces) on one evaluation set. The report and the gate read only this record, so every
 * figure they show is traceable to model and data digests.
 *
 * A shard of a sharded evaluation writes an `evaluation-shard` record instead (per-row predictions,
 * compressed); `evaluate` with `merge` turns the shards into one `evaluation-record` identical in every
 * figure to an unsharded run.
 */

export type Task = 'binary' | 'multiclass' | 'regression';

/** A value that cannot be computed says why, never 0 or NaN. */
export interface UndefinedValue {
  undefined: string;
}
export type MetricValue = number | UndefinedValue;
/** Metric name (scikit-learn style, e.g. `accuracy`, `f1_macro`, `roc_auc`, `rmse`) → value. */
export type MetricMap = Record<string, MetricValue>;

export function isUndefinedValue(value: unknown): value is UndefinedValue {
  return typeof value === 'object' && value !== null && typeof (value as UndefinedValue).undefined === 'string';
}

/** One model input or output as the ONNX graph declares it; dims are numbers or symbolic names. */
export interface TensorInfo {
  name: string;
  type: string;
  shape?: Array<number | string>;
}

export interface ModelRef {
  /** sha256 of the .onnx file's bytes. */
  digest: Digest;
  /** File name (or registry name) shown in reports. */
  name: string;
  path?: string;
  inputs: TensorInfo[];
  outputs: TensorInfo[];
}

export interface DataRef {
  /** sha256 of the data file's bytes. */
  digest: Digest;
  /** What the user passed: a path or `name@version`. */
  source: string;
  format: 'csv' | 'jsonl' | 'parquet';
  /** `name@version` when the data came from the store. */
  version?: string;
  /** Digest of the dataset manifest when the data came from the store. */
  manifest?: Digest;
}

export interface ConfusionMatrix {
  /** Row/column order: true label i, predicted label j. */
  labels: string[];
  counts: number[][];
}

export interface SliceGroup {
  value: string;
  n: number;
  metrics: MetricMap;
}

export interface SliceColumn {
  column: string;
  minSize: number;
  groups: SliceGroup[];
  /** Groups smaller than `minSize`, listed so nobody wonders where they went. */
  excluded: Array<{ value: string; n: number }>;
}

export type ComparisonMethod = 'mcnemar-exact' | 'delong' | 'paired-bootstrap';

export interface MetricComparison {
  candidate: MetricValue;
  baseline: MetricValue;
  /** candidate - baseline. */
  delta: MetricValue;
  /** 95% interval of the delta; undefined with a reason when it cannot be computed. */
  ci: [number, number] | UndefinedValue;
  method: ComparisonMethod;
  pValue?: number;
  /** The interval excludes 0 (or p < 0.05 for the exact tests). */
  significant: boolean;
  /** Minimum detectable effect at this set's size (80% power, alpha 0.05). */
  mde: MetricValue;
  higherIsBetter: boolean;
}

export interface ComparisonSection {
  confidence: number;
  bootstrap: { resamples: number; seed: number };
  metrics: Record<string, MetricComparison>;
}

/** Wall-clock milliseconds per phase. Not part of the figures (a merge differs here). */
export type Timings = Record<string, number>;

export interface RuntimeVersions {
  node: string;
  onnxruntime: string;
  mlci: string;
}

export interface ShardSummary {
  count: number;
  /** Digests of the shard records that were merged, in shard order. */
  partials: Digest[];
}

export interface EvaluationRecord {
  kind: 'evaluation-record';
  schemaVersion: 1;
  createdAt: string;
  task: Task;
  model: ModelRef;
  baseline?: ModelRef;
  data: DataRef;
  rows: number;
  label: string;
  features: string[];
  /** Binary: the label value counted as positive. */
  positiveLabel?: string;
  /** Binary: score ≥ threshold predicts the positive label. */
  threshold?: number;
  /** Classification: class labels in the model's output order. */
  classes?: string[];
  metrics: MetricMap;
  confusionMatrix?: ConfusionMatrix;
  baselineMetrics?: MetricMap;
  slices: SliceColumn[];
  comparison?: ComparisonSection;
  fairness?: FairnessSection;
  explanations?: ExplanationsSection;
  timings: Timings;
  runtime: RuntimeVersions;
  seed: number;
  shards?: ShardSummary;
}

/** The `metrics` output of the action: small enough for a step output and a gate expression. */
export interface CompactMetrics {
  task: Task;
  rows: number;
  model: Digest;
  baseline?: Digest;
  metrics: MetricMap;
  deltas?: Record<string, { delta: MetricValue; ci: [number, number] | UndefinedValue; significant: boolean }>;
}

export function compactMetrics(record: EvaluationRecord): CompactMetrics {
  const compact: CompactMetrics = { task: record.task, rows: record.rows, model: record.model.digest, metrics: record.metrics };
  if (record.baseline) compact.baseline = record.baseline.digest;
  if (record.comparison) {
    compact.deltas = Object.fromEntries(
      Object.entries(record.comparison.metrics).map(([name, c]) => [name, { delta: c.delta, ci: c.ci, significant: c.significant }]),
    );
  }
  return compact;
}

// ---------------------------------------------------------------------------------------------------
// Shard records

/** Columnar per-row data, gzip-compressed and base64-encoded (little-endian typed arrays, concatenated). */
export interface EncodedColumns {
  encoding: 'gzip-base64';
  rows: number;
  columns: Array<{ name: string; type: 'float64' | 'int32' | 'uint8'; width: number; categories?: string[] }>;
  data: string;
}

export interface ShardPosition {
  /** 1-based, as in a matrix `shard: [1, 2, 3]`. */
  index: number;
  count: number;
  rowStart: number;
  rowEnd: number;
  totalRows: number;
}

export interface EvaluationShard {
  kind: 'evaluation-shard';
  schemaVersion: 1;
  createdAt: string;
  shard: ShardPosition;
  task: Task;
  model: ModelRef;
  baseline?: ModelRef;
  data: DataRef;
  label: string;
  features: string[];
  positiveLabel?: string;
  threshold?: number;
  classes?: string[];
  /** The settings every shard must share so the merge equals an unsharded run. */
  settings: Record<string, unknown>;
  predictions: EncodedColumns;
  /** Sections computed once over the whole set (shard 1 only). */
  explanations?: ExplanationsSection;
  timings: Timings;
  runtime: RuntimeVersions;
  seed: number;
}

// ---------------------------------------------------------------------------------------------------
// JSON Schemas

const digest = { $ref: 'defs.json#/$defs/digest' };
const timestamp = { $ref: 'defs.json#/$defs/timestamp' };
const metricValue = { anyOf: [{ type: 'number' }, { $ref: 'defs.json#/$defs/undefinedValue' }] };
const metricMap = { type: 'object', additionalProperties: metricValue };
const nonNegativeInt = { type: 'integer', minimum: 0 };
const stringList = { type: 'array', items: { type: 'string' } };
const task = { enum: ['binary', 'multiclass', 'regression'] };
const interval = {
  anyOf: [
    { type: 'array', prefixItems: [{ type: 'number' }, { type: 'number' }], items: false, minItems: 2, maxItems: 2 },
    { $ref: 'defs.json#/$defs/undefinedValue' },
  ],
};

const tensorInfo = {
  type: 'object',
  required: ['name', 'type'],
  properties: {
    name: { type: 'string' },
    type: { type: 'string' },
    shape: { type: 'array', items: { type: ['number', 'string'] } },
  },
  additionalProperties: false,
};

const modelRef = {
  type: 'object',
  required: ['digest', 'name', 'inputs', 'outputs'],
  properties: {
    digest,
    name: { type: 'string', minLength: 1 },
    path: { type: 'string' },
    inputs: { type: 'array', items: tensorInfo },
    outputs: { type: 'array', items: tensorInfo },
  },
  additionalProperties: false,
};

const dataRef = {
  type: 'object',
  required: ['digest', 'source', 'format'],
  properties: {
    digest,
    source: { type: 'string', minLength: 1 },
    format: { enum: ['csv', 'jsonl', 'parquet'] },
    version: { type: 'string' },
    manifest: digest,
  },
  additionalProperties: false,
};

const confusionMatrix = {
  type: 'object',
  required: ['labels', 'counts'],
  properties: { labels: stringList, counts: { type: 'array', items: { type: 'array', items: nonNegativeInt } } },
  additionalProperties: false,
};

const sliceColumn = {
  type: 'object',
  required: ['column', 'minSize', 'groups', 'excluded'],
  properties: {
    column: { type: 'string' },
    minSize: nonNegativeInt,
    groups: {
      type: 'array',
      items: {
        type: 'object',
        required: ['value', 'n', 'metrics'],
        properties: { value: { type: 'string' }, n: nonNegativeInt, metrics: metricMap },
        additionalProperties: false,
      },
    },
    excluded: {
      type: 'array',
      items: {
        type: 'object',
        required: ['value', 'n'],
        properties: { value: { type: 'string' }, n: nonNegativeInt },
        additionalProperties: false,
      },
    },
  },
  additionalProperties: false,
};

const metricComparison = {
  type: 'object',
  required: ['candidate', 'baseline', 'delta', 'ci', 'method', 'significant', 'mde', 'higherIsBetter'],
  properties: {
    candidate: metricValue,
    baseline: metricValue,
    delta: metricValue,
    ci: interval,
    method: { enum: ['mcnemar-exact', 'delong', 'paired-bootstrap'] },
    pValue: { type: 'number', minimum: 0, maximum: 1 },
    significant: { type: 'boolean' },
    mde: metricValue,
    higherIsBetter: { type: 'boolean' },
  },
  additionalProperties: false,
};

const comparison = {
  type: 'object',
  required: ['confidence', 'bootstrap', 'metrics'],
  properties: {
    confidence: { type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 1 },
    bootstrap: {
      type: 'object',
      required: ['resamples', 'seed'],
      properties: { resamples: nonNegativeInt, seed: { type: 'integer' } },
      additionalProperties: false,
    },
    metrics: { type: 'object', additionalProperties: metricComparison },
  },
  additionalProperties: false,
};

const runtime = {
  type: 'object',
  required: ['node', 'onnxruntime', 'mlci'],
  properties: { node: { type: 'string' }, onnxruntime: { type: 'string' }, mlci: { type: 'string' } },
  additionalProperties: false,
};

const timings = { type: 'object', additionalProperties: { type: 'number', minimum: 0 } };

/** Members shared by full records and shard records. */
const commonProperties = {
  createdAt: timestamp,
  task,
  model: modelRef,
  baseline: modelRef,
  data: dataRef,
  label: { type: 'string', minLength: 1 },
  features: stringList,
  positiveLabel: { type: 'string' },
  threshold: { type: 'number', minimum: 0, maximum: 1 },
  classes: stringList,
  explanations: explanationsSchema,
  timings,
  runtime,
  seed: { type: 'integer' },
};

export const evaluationRecordSchema = {
  type: 'object',
  required: ['kind', 'schemaVersion', 'createdAt', 'task', 'model', 'data', 'rows', 'label', 'features', 'metrics', 'slices', 'timings', 'runtime', 'seed'],
  properties: {
    kind: { const: 'evaluation-record' },
    schemaVersion: { const: 1 },
    ...commonProperties,
    rows: nonNegativeInt,
    metrics: metricMap,
    confusionMatrix,
    baselineMetrics: metricMap,
    slices: { type: 'array', items: sliceColumn },
    comparison,
    fairness: fairnessSchema,
    shards: {
      type: 'object',
      required: ['count', 'partials'],
      properties: { count: { type: 'integer', minimum: 1 }, partials: { type: 'array', items: digest } },
      additionalProperties: false,
    },
  },
  additionalProperties: false,
};

const encodedColumns = {
  type: 'object',
  required: ['encoding', 'rows', 'columns', 'data'],
  properties: {
    encoding: { const: 'gzip-base64' },
    rows: nonNegativeInt,
    columns: {
      type: 'array',
      items: {
        type: 'object',
        required: ['name', 'type', 'width'],
        properties: {
          name: { type: 'string' },
          type: { enum: ['float64', 'int32', 'uint8'] },
          width: { type: 'integer', minimum: 1 },
          categories: stringList,
        },
        additionalProperties: false,
      },
    },
    data: { type: 'string' },
  },
  additionalProperties: false,
};

export const evaluationShardSchema = {
  type: 'object',
  required: ['kind', 'schemaVersion', 'createdAt', 'shard', 'task', 'model', 'data', 'label', 'features', 'settings', 'predictions', 'timings', 'runtime', 'seed'],
  properties: {
    kind: { const: 'evaluation-shard' },
    schemaVersion: { const: 1 },
    ...commonProperties,
    shard: {
      type: 'object',
      required: ['index', 'count', 'rowStart', 'rowEnd', 'totalRows'],
      properties: {
        index: { type: 'integer', minimum: 1 },
        count: { type: 'integer', minimum: 1 },
        rowStart: nonNegativeInt,
        rowEnd: nonNegativeInt,
        totalRows: nonNegativeInt,
      },
      additionalProperties: false,
    },
    settings: { type: 'object' },
    predictions: encodedColumns,
  },
  additionalProperties: false,
};

export const evaluationRecordType = new RecordType<EvaluationRecord>('evaluation-record', 1, evaluationRecordSchema, { deferred: { fairness: fairnessSchema, explanations: explanationsSchema } });
export const evaluationShardType = new RecordType<EvaluationShard>('evaluation-shard', 1, evaluationShardSchema, { deferred: { explanations: explanationsSchema } });

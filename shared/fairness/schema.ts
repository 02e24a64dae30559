/**
 * The `fairness` section of the evaluation record: TypeScript types and the JSON Schema fragment the
 * evaluation record embeds (`properties.fairness = fairnessSchema`). Shared `$defs` come from `defs.json`
 * (see shared/schemas/record-type.ts). Group values are untrusted text from the data, kept verbatim; the
 * report escapes them.
 */

export interface UndefinedValue {
  undefined: string;
}
export type FairnessValue = number | UndefinedValue;

export interface ConfusionCounts {
  tp: number;
  fp: number;
  tn: number;
  fn: number;
}

export const BINARY_GROUP_METRICS = ['base_rate', 'selection_rate', 'tpr', 'fpr', 'fnr', 'precision', 'accuracy'] as const;
export type BinaryGroupMetric = (typeof BINARY_GROUP_METRICS)[number];
export type BinaryGroupMetrics = Record<BinaryGroupMetric, FairnessValue>;

export const REGRESSION_GROUP_METRICS = ['mae', 'rmse', 'mean_prediction', 'mean_label'] as const;
export type RegressionGroupMetric = (typeof REGRESSION_GROUP_METRICS)[number];
export type RegressionGroupMetrics = Record<RegressionGroupMetric, FairnessValue>;

/** Disparities in Fairlearn's names; `_to_overall` marks method='to_overall' (the others are between_groups). */
export const BINARY_DISPARITIES = [
  'demographic_parity_difference', 'demographic_parity_ratio',
  'equalized_odds_difference', 'equalized_odds_ratio',
  'equal_opportunity_difference', 'equal_opportunity_ratio',
  'demographic_parity_difference_to_overall', 'demographic_parity_ratio_to_overall',
  'equalized_odds_difference_to_overall', 'equalized_odds_ratio_to_overall',
  'equal_opportunity_difference_to_overall', 'equal_opportunity_ratio_to_overall',
] as const;
export type BinaryDisparity = (typeof BINARY_DISPARITIES)[number];

/** Largest gap (max − min over groups) of each regression metric. */
export const REGRESSION_GAPS = ['mae_gap', 'rmse_gap', 'mean_prediction_gap'] as const;
export type RegressionGap = (typeof REGRESSION_GAPS)[number];

/** Group values in the order of `columns`; null = the value is missing in the data. */
export type GroupKey = (string | null)[];

/** A disparity of the candidate, and with a baseline model its value, the change and a 95% interval. */
export interface DisparityValue {
  value: FairnessValue;
  baseline?: FairnessValue;
  /** candidate − baseline. */
  delta?: FairnessValue;
  ci?: [number, number] | UndefinedValue;
}

export interface GapValue extends DisparityValue {
  /** The groups with the highest and lowest value (absent when the gap is undefined). */
  highest?: GroupKey;
  lowest?: GroupKey;
}

export interface ExcludedGroup {
  values: GroupKey;
  n: number;
  positives?: number;
  negatives?: number;
  reason: string;
}

export interface BinaryGroup {
  values: GroupKey;
  n: number;
  positives: number;
  negatives: number;
  counts: ConfusionCounts;
  metrics: BinaryGroupMetrics;
  baselineMetrics?: BinaryGroupMetrics;
}

export interface RegressionGroup {
  values: GroupKey;
  n: number;
  metrics: RegressionGroupMetrics;
  baselineMetrics?: RegressionGroupMetrics;
}

interface FeatureBase {
  /** One sensitive column, or several for their intersection. */
  columns: string[];
  /** Groups under `minGroup` rows: left out of every disparity, listed with their counts. */
  excluded: ExcludedGroup[];
  /** Set when no group (or one) is large enough: the disparities are undefined, and this says why. */
  note?: string;
}

export interface BinaryFairnessFeature extends FeatureBase {
  overall: { n: number; counts: ConfusionCounts; metrics: BinaryGroupMetrics };
  groups: BinaryGroup[];
  /** Groups kept for selection rate but left out of TPR/FNR (too few positives) or FPR (too few negatives). */
  excludedFromRates: ExcludedGroup[];
  disparities: Record<BinaryDisparity, DisparityValue>;
  /** The four-fifths rule on demographic_parity_ratio (between groups): flagged when < 0.8. */
  fourFifths: { ratio: FairnessValue; flagged: boolean };
}

export interface RegressionFairnessFeature extends FeatureBase {
  overall: { n: number; metrics: RegressionGroupMetrics };
  groups: RegressionGroup[];
  gaps: Record<RegressionGap, GapValue>;
}

export interface FairnessComparison {
  method: 'poisson-bootstrap';
  resamples: number;
  seed: number;
  confidence: number;
}

export interface BinaryFairnessSection {
  task: 'binary';
  minGroup: number;
  minPositives: number;
  minNegatives: number;
  features: BinaryFairnessFeature[];
  comparison?: FairnessComparison;
}

export interface RegressionFairnessSection {
  task: 'regression';
  minGroup: number;
  features: RegressionFairnessFeature[];
  comparison?: FairnessComparison;
}

export type FairnessSection = BinaryFairnessSection | RegressionFairnessSection;

const undefinedValue = { $ref: 'defs.json#/$defs/undefinedValue' };
const value = { oneOf: [{ type: 'number' }, undefinedValue] };
const count = { type: 'integer', minimum: 0 };
const groupKey = { type: 'array', minItems: 1, items: { type: ['string', 'null'] } };
const metricsOf = (names: readonly string[]) => ({
  type: 'object',
  required: [...names],
  additionalProperties: false,
  properties: Object.fromEntries(names.map((n) => [n, value])),
});
const counts = {
  type: 'object',
  required: ['tp', 'fp', 'tn', 'fn'],
  additionalProperties: false,
  properties: { tp: count, fp: count, tn: count, fn: count },
};
const disparityProperties = {
  value,
  baseline: value,
  delta: value,
  ci: { oneOf: [{ type: 'array', items: { type: 'number' }, minItems: 2, maxItems: 2 }, undefinedValue] },
};
const disparity = { type: 'object', required: ['value'], additionalProperties: false, properties: disparityProperties };
const gap = {
  type: 'object',
  required: ['value'],
  additionalProperties: false,
  properties: { ...disparityProperties, highest: groupKey, lowest: groupKey },
};
const excludedGroups = {
  type: 'array',
  items: {
    type: 'object',
    required: ['values', 'n', 'reason'],
    additionalProperties: false,
    properties: { values: groupKey, n: count, positives: count, negatives: count, reason: { type: 'string' } },
  },
};
const recordOf = (names: readonly string[], item: object) => ({
  type: 'object',
  required: [...names],
  additionalProperties: false,
  properties: Object.fromEntries(names.map((n) => [n, item])),
});
const featureBase = { columns: { type: 'array', minItems: 1, items: { type: 'string' } }, excluded: excludedGroups, note: { type: 'string' } };
const binaryMetrics = metricsOf(BINARY_GROUP_METRICS);
const regressionMetrics = metricsOf(REGRESSION_GROUP_METRICS);

const binaryFeature = {
  type: 'object',
  required: ['columns', 'overall', 'groups', 'excluded', 'excludedFromRates', 'disparities', 'fourFifths'],
  additionalProperties: false,
  properties: {
    ...featureBase,
    overall: { type: 'object', required: ['n', 'counts', 'metrics'], additionalProperties: false, properties: { n: count, counts, metrics: binaryMetrics } },
    groups: {
      type: 'array',
      items: {
        type: 'object',
        required: ['values', 'n', 'positives', 'negatives', 'counts', 'metrics'],
        additionalProperties: false,
        properties: { values: groupKey, n: count, positives: count, negatives: count, counts, metrics: binaryMetrics, baselineMetrics: binaryMetrics },
      },
    },
    excludedFromRates: excludedGroups,
    disparities: recordOf(BINARY_DISPARITIES, disparity),
    fourFifths: { type: 'object', required: ['ratio', 'flagged'], additionalProperties: false, properties: { ratio: value, flagged: { type: 'boolean' } } },
  },
};

const regressionFeature = {
  type: 'object',
  required: ['columns', 'overall', 'groups', 'excluded', 'gaps'],
  additionalProperties: false,
  properties: {
    ...featureBase,
    overall: { type: 'object', required: ['n', 'metrics'], additionalProperties: false, properties: { n: count, metrics: regressionMetrics } },
    groups: {
      type: 'array',
      items: {
        type: 'object',
        required: ['values', 'n', 'metrics'],
        additionalProperties: false,
        properties: { values: groupKey, n: count, metrics: regressionMetrics, baselineMetrics: regressionMetrics },
      },
    },
    gaps: recordOf(REGRESSION_GAPS, gap),
  },
};

const comparison = {
  type: 'object',
  required: ['method', 'resamples', 'seed', 'confidence'],
  additionalProperties: false,
  properties: { method: { const: 'poisson-bootstrap' }, resamples: { type: 'integer', minimum: 1 }, seed: { type: 'integer' }, confidence: { type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 1 } },
};

/** JSON Schema (2020-12) of `FairnessSection`. */
export const fairnessSchema = {
  oneOf: [
    {
      type: 'object',
      required: ['task', 'minGroup', 'minPositives', 'minNegatives', 'features'],
      additionalProperties: false,
      properties: {
        task: { const: 'binary' },
        minGroup: { type: 'integer', minimum: 1 },
        minPositives: count,
        minNegatives: count,
        features: { type: 'array', items: binaryFeature },
        comparison,
      },
    },
    {
      type: 'object',
      required: ['task', 'minGroup', 'features'],
      additionalProperties: false,
      properties: { task: { const: 'regression' }, minGroup: { type: 'integer', minimum: 1 }, features: { type: 'array', items: regressionFeature }, comparison },
    },
  ],
};

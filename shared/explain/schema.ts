import type { RankChange } from './rank-change.js';
import { ALL_SCORING_NAMES } from './scoring-names.js';
import type { FeatureImportance } from './permutation-importance.js';
import type { ShapFeatureSummary, ShapMethod } from './shap.js';

/**
 * The `explanations` section of the evaluation record: TypeScript types and the JSON Schema fragment the
 * evaluation record embeds (`properties.explanations = explanationsSchema`). Shared `$defs` come from
 * `defs.json` (see shared/schemas/record-type.ts).
 */

export interface PermutationSection {
  /**
   * The scikit-learn scorer the importances are drops of (`explain-scoring`, or the task's default:
   * `accuracy` or `r2`); one of `ALL_SCORING_NAMES`. Typed as a string so records stay plain data.
   */
  scoring: string;
  rows: number;
  repeats: number;
  /** Score of the unpermuted rows. */
  baselineScore: number;
  features: FeatureImportance[];
  /** The baseline (production) model's importances on the same rows and permutations. */
  baselineModel?: { baselineScore: number; features: FeatureImportance[] };
  rankChange?: RankChange[];
  inferenceRows: number;
}

export interface ShapSection {
  method: ShapMethod;
  rows: number;
  backgroundRows: number;
  permutations?: number;
  expectedValue: number;
  /** Largest |Σφ + E[f] − f(x)| over explained rows (checked ≤ 1e-5 of the output scale). */
  maxEfficiencyGap: number;
  features: ShapFeatureSummary[];
  baselineModel?: { expectedValue: number; features: ShapFeatureSummary[] };
  rankChange?: RankChange[];
  inferenceRows: number;
}

export interface ExplanationsSection {
  method: 'permutation' | 'shap' | 'all';
  seed: number;
  features: string[];
  budget: {
    limitRows: number;
    requestedRows: number;
    plannedRows: number;
    usedRows: number;
    subsampled: boolean;
    notes: string[];
  };
  /** Wall-clock milliseconds (not a figure: differs between runs). */
  timings: { permutationMs?: number; shapMs?: number; totalMs: number };
  permutation?: PermutationSection;
  shap?: ShapSection;
  /** What was asked and not computed, and why (e.g. ROC AUC on rows of one class). Absent when empty. */
  notes?: string[];
}

const undefinedValue = { $ref: 'defs.json#/$defs/undefinedValue' };
const count = { type: 'integer', minimum: 0 };
const numberOrUndefined = { oneOf: [{ type: 'number' }, undefinedValue] };

const featureImportance = {
  type: 'object',
  required: ['feature', 'importances', 'mean', 'std'],
  additionalProperties: false,
  properties: {
    feature: { type: 'string' },
    importances: { type: 'array', items: { type: 'number' } },
    mean: { type: 'number' },
    std: { type: 'number', minimum: 0 },
  },
};

const shapFeature = {
  type: 'object',
  required: ['feature', 'meanAbs', 'stdError'],
  additionalProperties: false,
  properties: { feature: { type: 'string' }, meanAbs: { type: 'number', minimum: 0 }, stdError: numberOrUndefined },
};

const rankChange = {
  type: 'array',
  items: {
    type: 'object',
    required: ['feature', 'candidateRank', 'baselineRank', 'change'],
    additionalProperties: false,
    properties: {
      feature: { type: 'string' },
      candidateRank: { type: 'integer', minimum: 1 },
      baselineRank: { oneOf: [{ type: 'integer', minimum: 1 }, undefinedValue] },
      change: { oneOf: [{ type: 'integer' }, undefinedValue] },
    },
  },
};

const permutationSchema = {
  type: 'object',
  required: ['scoring', 'rows', 'repeats', 'baselineScore', 'features', 'inferenceRows'],
  additionalProperties: false,
  properties: {
    // Records written before explain-scoring existed hold accuracy or r2, both in this list.
    scoring: { enum: [...ALL_SCORING_NAMES] },
    rows: count,
    repeats: { type: 'integer', minimum: 1 },
    baselineScore: { type: 'number' },
    features: { type: 'array', items: featureImportance },
    baselineModel: {
      type: 'object',
      required: ['baselineScore', 'features'],
      additionalProperties: false,
      properties: { baselineScore: { type: 'number' }, features: { type: 'array', items: featureImportance } },
    },
    rankChange,
    inferenceRows: count,
  },
};

const shapSchema = {
  type: 'object',
  required: ['method', 'rows', 'backgroundRows', 'expectedValue', 'maxEfficiencyGap', 'features', 'inferenceRows'],
  additionalProperties: false,
  properties: {
    method: { enum: ['exact', 'antithetic-permutation'] },
    rows: count,
    backgroundRows: { type: 'integer', minimum: 1, maximum: 100 },
    permutations: { type: 'integer', minimum: 1 },
    expectedValue: { type: 'number' },
    maxEfficiencyGap: { type: 'number', minimum: 0 },
    features: { type: 'array', items: shapFeature },
    baselineModel: {
      type: 'object',
      required: ['expectedValue', 'features'],
      additionalProperties: false,
      properties: { expectedValue: { type: 'number' }, features: { type: 'array', items: shapFeature } },
    },
    rankChange,
    inferenceRows: count,
  },
};

/** JSON Schema (2020-12) of `ExplanationsSection`. */
export const explanationsSchema = {
  type: 'object',
  required: ['method', 'seed', 'features', 'budget', 'timings'],
  additionalProperties: false,
  properties: {
    method: { enum: ['permutation', 'shap', 'all'] },
    seed: { type: 'integer' },
    features: { type: 'array', items: { type: 'string' } },
    budget: {
      type: 'object',
      required: ['limitRows', 'requestedRows', 'plannedRows', 'usedRows', 'subsampled', 'notes'],
      additionalProperties: false,
      properties: {
        limitRows: count,
        requestedRows: count,
        plannedRows: count,
        usedRows: count,
        subsampled: { type: 'boolean' },
        notes: { type: 'array', items: { type: 'string' } },
      },
    },
    timings: {
      type: 'object',
      required: ['totalMs'],
      additionalProperties: false,
      properties: { permutationMs: { type: 'number', minimum: 0 }, shapMs: { type: 'number', minimum: 0 }, totalMs: { type: 'number', minimum: 0 } },
    },
    permutation: permutationSchema,
    shap: shapSchema,
    notes: { type: 'array', items: { type: 'string' } },
  },
} as const;

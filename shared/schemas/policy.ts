/**
 * The gate policy file (YAML or JSON), written by users. Keys are snake_case, like workflow YAML. Every
 * rule is an entry in a list so that a failing rule has a line to annotate.
 *
 * ```yaml
 * version: 1
 * not_run: fail            # a rule that could not run counts as: fail (default) | warn | pass
 * rows: { min: 1000 }
 * metrics:
 *   - metric: roc_auc
 *     min: 0.80            # absolute floor on the candidate
 *     margin: 0.01         # non-inferiority: block when the CI lower bound of the delta is below -0.01
 *   - metric: log_loss
 *     max: 0.45            # absolute ceiling
 *     severity: warn       # a failing warn-rule warns instead of blocking (unless fail-on: warn)
 * fairness:
 *   - feature: gender      # the sensitive column (a list for an intersection)
 *     metric: demographic_parity_ratio
 *     min: 0.8
 *   - feature: gender
 *     metric: equalized_odds_difference
 *     max_increase: 0.02   # block a confident worsening by more than 0.02 against the baseline
 * data:
 *   max_null_share: 0.05   # any column of the evaluated data
 *   schema: unchanged      # no added, removed or retyped column against the previous data version
 * ```
 */

export type Severity = 'fail' | 'warn';

export interface MetricRule {
  metric: string;
  min?: number;
  max?: number;
  margin?: number;
  severity?: Severity;
}

export interface FairnessRule {
  feature: string | string[];
  metric: string;
  min?: number;
  max?: number;
  max_increase?: number;
  severity?: Severity;
}

export interface DataRules {
  max_null_share?: number;
  /** Limit the null-share rule to these columns (default: every column). */
  columns?: string[];
  schema?: 'unchanged';
  severity?: Severity;
}

export interface PolicyFile {
  version: 1;
  not_run?: 'fail' | 'warn' | 'pass';
  rows?: { min: number; severity?: Severity };
  metrics?: MetricRule[];
  fairness?: FairnessRule[];
  data?: DataRules;
}

const severity = { enum: ['fail', 'warn'] };
const finite = { type: 'number' };
const nonNegative = { type: 'number', minimum: 0 };

export const policySchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://mlci.dev/schemas/policy-v1.json',
  type: 'object',
  required: ['version'],
  additionalProperties: false,
  properties: {
    version: { const: 1 },
    not_run: { enum: ['fail', 'warn', 'pass'] },
    rows: {
      type: 'object',
      required: ['min'],
      additionalProperties: false,
      properties: { min: { type: 'integer', minimum: 1 }, severity },
    },
    metrics: {
      type: 'array',
      items: {
        type: 'object',
        required: ['metric'],
        anyOf: [{ required: ['min'] }, { required: ['max'] }, { required: ['margin'] }],
        additionalProperties: false,
        properties: {
          metric: { type: 'string', minLength: 1 },
          min: finite,
          max: finite,
          margin: { type: 'number', exclusiveMinimum: 0 },
          severity,
        },
      },
    },
    fairness: {
      type: 'array',
      items: {
        type: 'object',
        required: ['feature', 'metric'],
        anyOf: [{ required: ['min'] }, { required: ['max'] }, { required: ['max_increase'] }],
        additionalProperties: false,
        properties: {
          feature: {
            anyOf: [{ type: 'string', minLength: 1 }, { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } }],
          },
          metric: { type: 'string', minLength: 1 },
          min: finite,
          max: finite,
          max_increase: nonNegative,
          severity,
        },
      },
    },
    data: {
      type: 'object',
      additionalProperties: false,
      properties: {
        max_null_share: { type: 'number', minimum: 0, maximum: 1 },
        columns: { type: 'array', items: { type: 'string', minLength: 1 } },
        schema: { const: 'unchanged' },
        severity,
      },
    },
  },
} as const;

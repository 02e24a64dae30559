import type { Digest } from '../digest.js';
import { RecordType } from './record-type.js';

/**
 * The gate decision record: which rules of which policy passed or failed for which model, and whether the
 * merge was blocked. It names the candidate model, the evaluation records and the policy by digest, so a
 * decision can never be shown next to (or reused for) a different model.
 */

export type RuleStatus = 'pass' | 'warn' | 'fail' | 'error' | 'not-run';

export type RuleKind =
  | 'min-rows'
  | 'metric-floor'
  | 'metric-ceiling'
  | 'non-inferiority'
  | 'fairness-floor'
  | 'fairness-ceiling'
  | 'fairness-worsening'
  | 'null-share'
  | 'schema-unchanged';

export interface RuleResult {
  /** Stable id: the JSON pointer of the rule's threshold in the policy file, e.g. `/metrics/0/margin`. */
  id: string;
  kind: RuleKind;
  /** What the rule is about: a metric, `gender` fairness metric, a column. Untrusted text: escape it. */
  subject: string;
  status: RuleStatus;
  severity: 'fail' | 'warn';
  /** One sentence a reviewer can act on. */
  message: string;
  /** The figure judged (a value or a confidence bound), when there was one. */
  observed?: number;
  threshold?: number;
  /** Which evaluation set, when the gate judged several. */
  evaluation?: string;
  /** Where the rule is in the policy file, for annotations. */
  line?: number;
  column?: number;
}

export interface GateOverride {
  label: string;
  /** Who applied the label, from the pull request's events; undefined when GitHub kept no event. */
  appliedBy?: string;
  appliedAt?: string;
}

export interface GateDecision {
  kind: 'gate-decision';
  schemaVersion: 1;
  createdAt: string;
  /** The candidate model every evaluation record is about. */
  model: Digest;
  baseline?: Digest;
  /** Digests of the evaluation records judged (canonical JSON). */
  evaluations: Digest[];
  policy: { digest: Digest; source: string };
  failOn: 'fail' | 'warn';
  /** How a not-run rule counts. */
  notRun: 'fail' | 'warn' | 'pass';
  rules: RuleResult[];
  counts: Record<RuleStatus, number>;
  /** The verdict of the rules alone. */
  outcome: 'pass' | 'block';
  override?: GateOverride;
  /** The check-run conclusion: `failure` on a block without override (never `neutral`). */
  conclusion: 'success' | 'failure';
  /** Commit the check run is about (the PR head, not the merge commit). */
  headSha?: string;
}

const digest = { $ref: 'defs.json#/$defs/digest' };
const status = { enum: ['pass', 'warn', 'fail', 'error', 'not-run'] };
const count = { type: 'integer', minimum: 0 };

const ruleResult = {
  type: 'object',
  required: ['id', 'kind', 'subject', 'status', 'severity', 'message'],
  additionalProperties: false,
  properties: {
    id: { type: 'string' },
    kind: {
      enum: ['min-rows', 'metric-floor', 'metric-ceiling', 'non-inferiority', 'fairness-floor', 'fairness-ceiling', 'fairness-worsening', 'null-share', 'schema-unchanged'],
    },
    subject: { type: 'string' },
    status,
    severity: { enum: ['fail', 'warn'] },
    message: { type: 'string' },
    observed: { type: 'number' },
    threshold: { type: 'number' },
    evaluation: { type: 'string' },
    line: { type: 'integer', minimum: 1 },
    column: { type: 'integer', minimum: 1 },
  },
};

export const gateDecisionSchema = {
  type: 'object',
  required: ['kind', 'schemaVersion', 'createdAt', 'model', 'evaluations', 'policy', 'failOn', 'notRun', 'rules', 'counts', 'outcome', 'conclusion'],
  additionalProperties: false,
  properties: {
    kind: { const: 'gate-decision' },
    schemaVersion: { const: 1 },
    createdAt: { $ref: 'defs.json#/$defs/timestamp' },
    model: digest,
    baseline: digest,
    evaluations: { type: 'array', minItems: 1, items: digest },
    policy: {
      type: 'object',
      required: ['digest', 'source'],
      additionalProperties: false,
      properties: { digest, source: { type: 'string' } },
    },
    failOn: { enum: ['fail', 'warn'] },
    notRun: { enum: ['fail', 'warn', 'pass'] },
    rules: { type: 'array', items: ruleResult },
    counts: {
      type: 'object',
      required: ['pass', 'warn', 'fail', 'error', 'not-run'],
      additionalProperties: false,
      properties: { pass: count, warn: count, fail: count, error: count, 'not-run': count },
    },
    outcome: { enum: ['pass', 'block'] },
    override: {
      type: 'object',
      required: ['label'],
      additionalProperties: false,
      properties: { label: { type: 'string' }, appliedBy: { type: 'string' }, appliedAt: { type: 'string' } },
    },
    conclusion: { enum: ['success', 'failure'] },
    headSha: { type: 'string', pattern: '^[0-9a-f]{40}$' },
  },
};

export const gateDecisionType = new RecordType<GateDecision>('gate-decision', 1, gateDecisionSchema);

import { digestOfJson, type Digest } from '../digest.js';
import { UserError } from '../errors.js';
import type { DataSummary } from '../report/data-summary.js';
import type { EvaluationRecord } from '../schemas/evaluation-record.js';
import { gateDecisionType, type GateDecision, type GateOverride, type RuleResult, type RuleStatus } from '../schemas/gate-decision.js';
import { evaluatePolicy } from './evaluate-policy.js';
import type { Policy } from './load-policy.js';

/**
 * The gate's decision: rules → outcome → conclusion. A block concludes `failure` (required checks pass on
 * `neutral`), unless the override label is on the PR, in which case the decision still records the
 * block and who overrode it, so the pass is visible and attributable.
 */

export interface GateRequest {
  policy: Policy;
  evaluations: Array<{ record: EvaluationRecord; source: string }>;
  data?: DataSummary;
  /** `warn`: warnings block too. */
  failOn: 'fail' | 'warn';
  override?: GateOverride;
  /** The model the check is about, when the caller knows it: a record about another model is refused. */
  expectedModel?: Digest;
  headSha?: string;
  now?: Date;
}

export function decideGate(request: GateRequest): GateDecision {
  const model = commonModel(request);
  const rules = evaluatePolicy(request.policy, { evaluations: request.evaluations, ...(request.data ? { data: request.data } : {}) });
  const notRun = request.policy.file.not_run ?? 'fail';
  const counts = countStatuses(rules);
  const outcome = rules.some((rule) => blocks(rule.status, request.failOn, notRun)) ? 'block' : 'pass';
  const baseline = request.evaluations[0]?.record.baseline?.digest;
  const decision: GateDecision = {
    kind: 'gate-decision',
    schemaVersion: 1,
    createdAt: (request.now ?? new Date()).toISOString(),
    model,
    ...(baseline ? { baseline } : {}),
    evaluations: request.evaluations.map(({ record }) => digestOfJson(record)),
    policy: { digest: request.policy.digest, source: request.policy.source },
    failOn: request.failOn,
    notRun,
    rules,
    counts,
    outcome,
    ...(request.override ? { override: request.override } : {}),
    conclusion: outcome === 'pass' || request.override ? 'success' : 'failure',
    ...(request.headSha ? { headSha: request.headSha } : {}),
  };
  return gateDecisionType.validate(decision, 'gate decision');
}

export function blocks(status: RuleStatus, failOn: 'fail' | 'warn', notRun: 'fail' | 'warn' | 'pass'): boolean {
  const effective = status === 'not-run' ? notRun : status;
  if (effective === 'fail' || effective === 'error') return true;
  return effective === 'warn' && failOn === 'warn';
}

function countStatuses(rules: RuleResult[]): Record<RuleStatus, number> {
  const counts: Record<RuleStatus, number> = { pass: 0, warn: 0, fail: 0, error: 0, 'not-run': 0 };
  for (const rule of rules) counts[rule.status] += 1;
  return counts;
}

function commonModel(request: GateRequest): Digest {
  const [first, ...rest] = request.evaluations;
  if (!first) throw new UserError('No evaluation record was given.', { input: 'evaluation', fix: 'Pass the evaluation record(s) written by the evaluate action.' });
  const model = first.record.model.digest;
  for (const other of rest) {
    if (other.record.model.digest !== model) {
      throw new UserError(
        `${other.source} is about model ${other.record.model.digest.slice(0, 19)}…, but ${first.source} is about ${model.slice(0, 19)}…: one gate judges one model.`,
        { input: 'evaluation', file: other.source, field: '/model/digest', fix: 'Pass only the evaluation records of the candidate model this check is about.' },
      );
    }
  }
  if (request.expectedModel && request.expectedModel !== model) {
    throw new UserError(`${first.source} is about model ${model}, but this check is about ${request.expectedModel}.`, {
      input: 'evaluation',
      file: first.source,
      field: '/model/digest',
      fix: 'Download the evaluation record of the same run (same model digest) that this check is for.',
    });
  }
  return model;
}

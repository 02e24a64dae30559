import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../shared/errors.js';
import { blocks, decideGate } from '../../shared/policy/decide-gate.js';
import { evaluatePolicy } from '../../shared/policy/evaluate-policy.js';
import { parsePolicy } from '../../shared/policy/load-policy.js';
import type { DataSummary } from '../../shared/report/data-summary.js';
import { gateDecisionType } from '../../shared/schemas/gate-decision.js';
import { buildRecord, CANDIDATE_DIGEST } from '../report/records.js';
import { digestBytes } from '../../shared/digest.js';

const YAML_POLICY = readFileSync('test/fixtures/policy/churn-policy.yml', 'utf8');

function policyError(text: string, source = 'policy.yml'): UserError {
  try {
    parsePolicy(text, source);
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error('expected a UserError');
}

describe('parsePolicy', () => {
  it('reads YAML and JSON and locates every rule by line', () => {
    const policy = parsePolicy(YAML_POLICY, 'churn-policy.yml');
    expect(policy.file.metrics).toHaveLength(3);
    expect(policy.locate('/metrics/0/margin')).toEqual({ line: 9, column: 5 });
    expect(policy.locate('/fairness/1/max_increase')).toEqual({ line: 21, column: 5 });
    const json = parsePolicy(readFileSync('test/fixtures/policy/churn-policy.json', 'utf8'), 'churn-policy.json');
    expect(json.locate('/metrics/0/margin')).toEqual({ line: 5, column: 40 });
    expect(json.digest).toBe(digestBytes(readFileSync('test/fixtures/policy/churn-policy.json')));
  });

  it('names the line and field of an unknown key', () => {
    const error = policyError('version: 1\nmetrics:\n  - metric: roc_auc\n    minimum: 0.8\n');
    expect(error.location).toMatchObject({ file: 'policy.yml', line: 4, column: 5, field: '/metrics/0/minimum' });
    expect(error.message).toContain("unknown field 'minimum'");
  });

  it('names the line of a wrong type', () => {
    const error = policyError('version: 1\nrows:\n  min: lots\n');
    expect(error.location).toMatchObject({ line: 3, field: '/rows/min' });
    expect(error.message).toMatch(/must be integer/);
  });

  it('explains a rule without any threshold', () => {
    const error = policyError('version: 1\nfairness:\n  - feature: gender\n    metric: demographic_parity_ratio\n');
    expect(error.message).toMatch(/no threshold/);
    expect(error.location).toMatchObject({ line: 3, field: '/fairness/0' });
  });

  it('rejects a missing or unknown version and bad severities', () => {
    expect(policyError('rows: { min: 5 }\n').message).toMatch(/missing field 'version'/);
    expect(policyError('version: 2\n').message).toMatch(/must be 1/);
    expect(policyError('version: 1\nmetrics:\n  - { metric: f1, min: 0.5, severity: maybe }\n').location).toMatchObject({ line: 3, field: '/metrics/0/severity' });
  });

  it('reports YAML syntax errors and duplicate keys with their position', () => {
    const duplicate = policyError('version: 1\nversion: 1\n');
    expect(duplicate.location.line).toBe(2);
    const broken = policyError('{ "version": 1, "rows": { "min": 5 }', 'policy.json');
    expect(broken.message).toMatch(/not valid YAML\/JSON/);
    expect(broken.location.file).toBe('policy.json');
  });
});

describe('evaluatePolicy', () => {
  const policy = parsePolicy(YAML_POLICY, 'churn-policy.yml');

  it('passes an improved model', () => {
    const results = evaluatePolicy(policy, { evaluations: [{ record: buildRecord('improved'), source: 'eval.json' }] });
    expect(results.map((r) => [r.id, r.status])).toEqual([
      ['/rows/min', 'pass'],
      ['/metrics/0/min', 'pass'],
      ['/metrics/0/margin', 'pass'],
      ['/metrics/1/margin', 'pass'],
      ['/metrics/2/max', 'pass'],
      ['/fairness/0/min', 'pass'],
      ['/fairness/1/max_increase', 'pass'],
    ]);
  });

  it('fails a regression on the confidence bound, warns for a warn rule, and flags fairness', () => {
    const results = evaluatePolicy(policy, { evaluations: [{ record: buildRecord('regressed'), source: 'eval.json' }] });
    const byId = new Map(results.map((r) => [r.id, r]));
    expect(byId.get('/metrics/0/min')!.status).toBe('pass');
    expect(byId.get('/metrics/0/margin')).toMatchObject({ status: 'fail', observed: -0.034, threshold: 0.02, line: 9 });
    // accuracy's lower bound −0.031 is below −0.02, but the rule is severity warn.
    expect(byId.get('/metrics/1/margin')).toMatchObject({ status: 'warn', observed: -0.031 });
    expect(byId.get('/fairness/0/min')).toMatchObject({ status: 'fail', observed: 0.74 });
    expect(byId.get('/fairness/1/max_increase')).toMatchObject({ status: 'fail', observed: 0.025 });
  });

  it('judges a loss metric on the upper bound of its delta', () => {
    const lossPolicy = parsePolicy('version: 1\nmetrics:\n  - { metric: log_loss, margin: 0.02 }\n', 'p.yml');
    const worse = evaluatePolicy(lossPolicy, { evaluations: [{ record: buildRecord('regressed'), source: 'e' }] })[0]!;
    expect(worse).toMatchObject({ status: 'fail', observed: 0.058 });
    const better = evaluatePolicy(lossPolicy, { evaluations: [{ record: buildRecord('improved'), source: 'e' }] })[0]!;
    expect(better).toMatchObject({ status: 'pass', observed: -0.008 });
  });

  it('does not block when the interval only touches the margin side within it', () => {
    // Delta interval [-0.015, 0.01] with margin 0.02: inconclusive about improvement but non-inferior.
    const record = buildRecord('improved');
    record.comparison!.metrics.roc_auc!.ci = [-0.015, 0.01];
    const rule = parsePolicy('version: 1\nmetrics:\n  - { metric: roc_auc, margin: 0.02 }\n', 'p.yml');
    expect(evaluatePolicy(rule, { evaluations: [{ record, source: 'e' }] })[0]!.status).toBe('pass');
  });

  it('calls a margin below the minimum detectable effect a configuration error', () => {
    const tight = parsePolicy('version: 1\nmetrics:\n  - metric: roc_auc\n    margin: 0.005\n', 'tight.yml');
    const [rule] = evaluatePolicy(tight, { evaluations: [{ record: buildRecord('improved'), source: 'e' }] });
    expect(rule).toMatchObject({ status: 'error', line: 4, observed: 0.011 });
    expect(rule!.message).toMatch(/minimum detectable effect 0\.011/);
  });

  it('marks rules without their inputs not-run and undefined metrics error', () => {
    const record = buildRecord('improved');
    delete record.comparison;
    delete record.baseline;
    delete record.fairness;
    record.metrics.roc_auc = { undefined: 'only one class present in y_true' };
    const results = evaluatePolicy(policy, { evaluations: [{ record, source: 'e' }] });
    const byId = new Map(results.map((r) => [r.id, r.status]));
    expect(byId.get('/metrics/0/min')).toBe('error');
    expect(byId.get('/metrics/0/margin')).toBe('not-run');
    expect(byId.get('/fairness/0/min')).toBe('not-run');
    const unknown = evaluatePolicy(parsePolicy('version: 1\nmetrics:\n  - { metric: auc_typo, min: 0.5 }\n', 'p'), { evaluations: [{ record, source: 'e' }] })[0]!;
    expect(unknown).toMatchObject({ status: 'not-run' });
    expect(unknown.message).toMatch(/it has: accuracy, roc_auc/);
  });

  it('checks null shares and schema changes from the data summary', () => {
    const dataPolicy = parsePolicy('version: 1\ndata:\n  max_null_share: 0.05\n  schema: unchanged\n', 'p.yml');
    const digest = digestBytes('f');
    const data: DataSummary = {
      manifest: {
        kind: 'dataset-manifest', schemaVersion: 1, name: 'churn-eval', number: 4, parent: null, fileCount: 1, totalBytes: 10,
        files: [{ path: 'eval.csv', digest, size: 10, profile: { format: 'csv', rows: 100, columns: [
          { name: 'tenure', type: 'number', nullShare: 0.01, distinct: 50 },
          { name: 'region', type: 'string', nullShare: 0.2, distinct: 4 },
        ] } }],
        provenance: { createdAt: '2026-11-30T00:00:00Z', tool: 'mlci' },
      },
      diff: {
        from: { name: 'churn-eval', number: 3 }, to: { name: 'churn-eval', number: 4 }, unchanged: 0, bytesBefore: 9, bytesAfter: 10,
        files: [{ path: 'eval.csv', change: 'modified', table: { rowsBefore: 90, rowsAfter: 100, columns: [{ name: 'region', change: 'type' }] } }],
      },
    };
    const results = evaluatePolicy(dataPolicy, { evaluations: [], data });
    expect(results.map((r) => [r.subject, r.status])).toEqual([['tenure', 'pass'], ['region', 'fail'], ['schema', 'fail']]);
    expect(results[2]!.message).toContain('region retyped');
    expect(evaluatePolicy(dataPolicy, { evaluations: [] }).map((r) => r.status)).toEqual(['not-run', 'not-run']);
  });
});

describe('decideGate', () => {
  const policy = parsePolicy(YAML_POLICY, 'churn-policy.yml');
  const evaluations = (scenario: 'improved' | 'regressed') => [{ record: buildRecord(scenario), source: 'eval.json' }];

  it('blocks a regression with conclusion failure, bound to the model digest', () => {
    const decision = decideGate({ policy, evaluations: evaluations('regressed'), failOn: 'fail' });
    expect(decision).toMatchObject({ outcome: 'block', conclusion: 'failure', model: CANDIDATE_DIGEST, policy: { digest: policy.digest } });
    expect(decision.counts).toEqual({ pass: 3, warn: 1, fail: 3, error: 0, 'not-run': 0 });
    expect(() => gateDecisionType.serialize(decision)).not.toThrow();
  });

  it('passes an improvement; fail-on warn blocks on warnings too', () => {
    expect(decideGate({ policy, evaluations: evaluations('improved'), failOn: 'fail' }).conclusion).toBe('success');
    const warnOnly = parsePolicy('version: 1\nmetrics:\n  - { metric: roc_auc, min: 0.99, severity: warn }\n', 'p');
    expect(decideGate({ policy: warnOnly, evaluations: evaluations('improved'), failOn: 'fail' }).conclusion).toBe('success');
    expect(decideGate({ policy: warnOnly, evaluations: evaluations('improved'), failOn: 'warn' }).conclusion).toBe('failure');
  });

  it('lets the override label pass a block, keeping the block and who overrode it', () => {
    const decision = decideGate({ policy, evaluations: evaluations('regressed'), failOn: 'fail', override: { label: 'mlci:override', appliedBy: 'lead' } });
    expect(decision).toMatchObject({ outcome: 'block', conclusion: 'success', override: { appliedBy: 'lead' } });
  });

  it('counts not-run as fail by default, as the policy says otherwise', () => {
    expect(blocks('not-run', 'fail', 'fail')).toBe(true);
    expect(blocks('not-run', 'fail', 'pass')).toBe(false);
    expect(blocks('not-run', 'warn', 'warn')).toBe(true);
    expect(blocks('error', 'fail', 'pass')).toBe(true);
  });

  it('refuses records about different models, or not the model the check is about', () => {
    const other = buildRecord('improved', { model: { ...buildRecord().model, digest: digestBytes('another model') } });
    expect(() => decideGate({ policy, evaluations: [...evaluations('improved'), { record: other, source: 'other.json' }], failOn: 'fail' })).toThrow(
      /one gate judges one model/,
    );
    expect(() => decideGate({ policy, evaluations: evaluations('improved'), failOn: 'fail', expectedModel: digestBytes('x') })).toThrow(UserError);
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run as runGate } from '../../actions/gate/src/main.js';
import { digestBytes } from '../../shared/digest.js';
import { evaluationRecordType } from '../../shared/schemas/evaluation-record.js';
import { gateDecisionType } from '../../shared/schemas/gate-decision.js';
import { GITHUB_ACTIONS_BOT, GitHubServer, openPull } from '../helpers/github-server.js';
import { runAction, webhookExample } from '../report/action-runner.js';
import { buildRecord } from '../report/records.js';

const HEAD = '0123456789abcdef0123456789abcdef01234567';
let server: GitHubServer;
let dir: string;

beforeEach(async () => {
  server = await GitHubServer.start();
  server.addToken('ghs_all', { user: GITHUB_ACTIONS_BOT });
  server.addToken('ghs_nochecks', { user: GITHUB_ACTIONS_BOT, write: new Set(['pull-requests']) });
  openPull(server, { owner: 'acme', repo: 'churn', number: 5, headSha: HEAD });
  dir = mkdtempSync(join(tmpdir(), 'mlci-gate-'));
  writeFileSync(join(dir, 'improved.json'), evaluationRecordType.serialize(buildRecord('improved')));
  writeFileSync(join(dir, 'regressed.json'), evaluationRecordType.serialize(buildRecord('regressed')));
  writeFileSync(join(dir, 'policy.yml'), 'version: 1\nmetrics:\n  - metric: roc_auc\n    margin: 0.02\n  - metric: accuracy\n    min: 0.99\n    severity: warn\n');
});

afterEach(async () => {
  await server.close();
});

function env(eventName: string, sha = 'f'.repeat(40)): Record<string, string> {
  return { GITHUB_API_URL: server.url, GITHUB_REPOSITORY: 'acme/churn', GITHUB_EVENT_NAME: eventName, GITHUB_SHA: sha, GITHUB_RUN_ID: '3', GITHUB_WORKSPACE: dir };
}

function prPayload(): Record<string, unknown> {
  const payload = webhookExample('pull_request', 'opened');
  Object.assign(payload.pull_request as object, { number: 5, head: { ...(payload.pull_request as { head: object }).head, sha: HEAD } });
  return payload;
}

function errorOf(run: { commands: string[] }): string {
  return run.commands.filter((c) => c.startsWith('::error')).join('\n').replace(/%0A/g, '\n');
}

const inputs = (evaluation: string, extra: Record<string, string> = {}) => ({ evaluation, policy: 'policy.yml', token: 'ghs_all', ...extra });

describe('gate action: events', () => {
  it('merge_group: no pull_request payload; the check goes on the merge group head and no label is read', async () => {
    const payload = webhookExample('merge_group');
    const group = payload.merge_group as { head_sha: string };
    const result = await runAction(runGate, inputs('improved.json'), env('merge_group'), payload);
    expect(result.exitCode).toBeUndefined();
    expect(server.state.checkRuns.map((c) => [c.headSha, c.conclusion])).toEqual([[group.head_sha, 'success']]);
    expect(server.calls('GET', '/repos/{owner}/{repo}/issues/{issue_number}/labels')).toHaveLength(0);
  });

  it('push: the check goes on GITHUB_SHA', async () => {
    const sha = 'a'.repeat(40);
    const result = await runAction(runGate, inputs('regressed.json'), env('push', sha), webhookExample('push'));
    expect(result.exitCode).toBe(1);
    expect(server.state.checkRuns.map((c) => [c.headSha, c.conclusion])).toEqual([[sha, 'failure']]);
  });

  it('warnings pass with fail-on fail and block with fail-on warn', async () => {
    const lenient = await runAction(runGate, inputs('improved.json'), env('pull_request'), prPayload());
    expect(lenient.outputs.conclusion).toBe('success');
    expect(gateDecisionType.parse(lenient.outputs.decision!, 'decision').counts.warn).toBe(1);
    const strict = await runAction(runGate, inputs('improved.json', { 'fail-on': 'warn' }), env('pull_request'), prPayload());
    expect(strict.outputs.conclusion).toBe('failure');
    expect(strict.exitCode).toBe(1);
    expect(server.state.checkRuns).toHaveLength(1);
    expect(server.state.checkRuns[0]!.annotations.map((a) => [a.start_line, a.annotation_level])).toEqual([[6, 'warning'], [6, 'failure']]);
  });

  it('a margin below the minimum detectable effect fails as a configuration error with an annotation', async () => {
    writeFileSync(join(dir, 'policy.yml'), 'version: 1\nmetrics:\n  - metric: roc_auc\n    margin: 0.001\n');
    const result = await runAction(runGate, inputs('improved.json'), env('pull_request'), prPayload());
    expect(result.outputs.conclusion).toBe('failure');
    const check = server.state.checkRuns[0]!;
    expect(check.annotations).toEqual([expect.objectContaining({ start_line: 4, message: expect.stringMatching(/smaller than the minimum detectable effect/) })]);
  });


  it('data rules read the data-summary input (JSON text from a data-version step output)', async () => {
    writeFileSync(join(dir, 'policy.yml'), 'version: 1\ndata:\n  max_null_share: 0.05\n');
    const manifest = {
      kind: 'dataset-manifest', schemaVersion: 1, name: 'churn-eval', number: 4, parent: null, fileCount: 1, totalBytes: 10,
      files: [{ path: 'eval.csv', digest: digestBytes('eval'), size: 10, profile: { format: 'csv', rows: 100, columns: [{ name: 'region', type: 'string', nullShare: 0.3, distinct: 4 }] } }],
      provenance: { createdAt: '2026-11-30T00:00:00Z', tool: 'mlci' },
    };
    const result = await runAction(runGate, inputs('improved.json', { 'data-summary': JSON.stringify(manifest) }), env('pull_request'), prPayload());
    expect(result.outputs.conclusion).toBe('failure');
    const decision = gateDecisionType.parse(result.outputs.decision!, 'decision');
    expect(decision.rules).toEqual([expect.objectContaining({ kind: 'null-share', subject: 'region', status: 'fail', observed: 0.3, line: 3 })]);
  });
});

describe('gate action: bad inputs', () => {
  it('an invalid policy: names file, line and field, and creates no check', async () => {
    writeFileSync(join(dir, 'policy.yml'), 'version: 1\nmetrics:\n  - metric: roc_auc\n    margn: 0.02\n');
    const result = await runAction(runGate, inputs('improved.json'), env('pull_request'), prPayload());
    expect(result.exitCode).toBe(1);
    expect(errorOf(result)).toMatch(/file=policy\.yml,line=4,col=5/);
    expect(errorOf(result)).toMatch(/unknown field 'margn' at \/metrics\/0/);
    expect(server.state.checkRuns).toHaveLength(0);
  });

  it('a token without checks: write names the permission', async () => {
    const result = await runAction(runGate, inputs('improved.json', { token: 'ghs_nochecks' }), env('pull_request'), prPayload());
    expect(result.exitCode).toBe(1);
    expect(errorOf(result)).toContain('Add `checks: write` under `permissions:`');
  });

  it('records about different models are refused', async () => {
    writeFileSync(join(dir, 'other.json'), evaluationRecordType.serialize(buildRecord('improved', { model: { ...buildRecord().model, digest: digestBytes('x') } })));
    const result = await runAction(runGate, inputs('improved.json\nother.json'), env('pull_request'), prPayload());
    expect(result.exitCode).toBe(1);
    expect(errorOf(result)).toMatch(/one gate judges one model/);
    expect(server.state.checkRuns).toHaveLength(0);
  });

  it('a missing policy file and an invalid fail-on', async () => {
    const missing = await runAction(runGate, inputs('improved.json', { policy: 'nope.yml' }), env('pull_request'), prPayload());
    expect(errorOf(missing)).toMatch(/Policy file nope\.yml does not exist/);
    const failOn = await runAction(runGate, inputs('improved.json', { 'fail-on': 'sometimes' }), env('pull_request'), prPayload());
    expect(failOn.exitCode).toBe(1);
    expect(errorOf(failOn)).toMatch(/fail-on/);
  });
});

describe('gate action: check-author (a GitHub App token)', () => {
  const APP_BOT = { login: 'mlci-gate[bot]', id: 5101, type: 'Bot' as const };
  const checkWrites = () => server.exchanges.filter((e) => e.method !== 'GET' && (e.template ?? '').includes('check-runs')).map((e) => `${e.method} ${e.template}`);

  it('with check-author, a rerun updates the check run its app made, and leaves another app’s run of that name alone', async () => {
    server.addToken('ghs_app', { user: APP_BOT });
    // GITHUB_TOKEN's app made a check of the same name earlier: not ours to update.
    const first = await runAction(runGate, inputs('improved.json'), env('pull_request'), prPayload());
    expect(first.exitCode).toBeUndefined();
    const withApp = inputs('improved.json', { token: 'ghs_app', 'check-author': 'mlci-gate[bot]' });
    const ours = await runAction(runGate, withApp, env('pull_request'), prPayload());
    expect(ours.exitCode).toBeUndefined();
    server.exchanges.length = 0;
    const rerun = await runAction(runGate, { ...withApp, evaluation: 'regressed.json' }, env('pull_request'), prPayload());
    expect(rerun.exitCode).toBe(1);
    expect(rerun.outputs['check-run-id']).toBe(ours.outputs['check-run-id']);
    expect(checkWrites()).toEqual(['PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}']);
    expect(server.state.checkRuns.map((c) => [c.appSlug, c.conclusion])).toEqual([
      ['github-actions', 'success'],
      ['mlci-gate', 'failure'],
    ]);
  });

  it('without it, an App token cannot recognise its earlier run and adds another', async () => {
    server.addToken('ghs_app', { user: APP_BOT });
    await runAction(runGate, inputs('improved.json', { token: 'ghs_app' }), env('pull_request'), prPayload());
    await runAction(runGate, inputs('improved.json', { token: 'ghs_app' }), env('pull_request'), prPayload());
    expect(server.state.checkRuns.map((c) => c.appSlug)).toEqual(['mlci-gate', 'mlci-gate']);
  });

  it('a check-author that is not a login: a clear error naming the input, and no check run', async () => {
    const result = await runAction(runGate, inputs('improved.json', { 'check-author': 'mlci gate' }), env('pull_request'), prPayload());
    expect(result.exitCode).toBe(1);
    expect(errorOf(result)).toMatch(/input 'check-author': check-author "mlci gate" is not a GitHub login/);
    expect(server.state.checkRuns).toHaveLength(0);
  });
});

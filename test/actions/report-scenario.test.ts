import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run as runGate } from '../../actions/gate/src/main.js';
import { run as runReport } from '../../actions/report/src/main.js';
import { commentMarker } from '../../shared/github/sticky-comment.js';
import { gateDecisionType } from '../../shared/schemas/gate-decision.js';
import { evaluationRecordType } from '../../shared/schemas/evaluation-record.js';
import { applyLabel, GITHUB_ACTIONS_BOT, GitHubServer, openPull, type StoredPull } from '../helpers/github-server.js';
import { runAction, webhookExample } from '../report/action-runner.js';
import { buildRecord, CANDIDATE_DIGEST } from '../report/records.js';

/**
 * The whole pull-request story against the local GitHub server: the first run creates one comment, a
 * rerun updates it, a regression gives a failing check (and a failing step), the override label gives
 * success with a note naming who applied it.
 */
const HEAD = '3a1f0c5d9e8b7a6f5e4d3c2b1a0f9e8d7c6b5a49';
let server: GitHubServer;
let pull: StoredPull;
let workspace: string;
let payload: Record<string, unknown>;

function env(): Record<string, string> {
  return {
    GITHUB_API_URL: server.url,
    GITHUB_REPOSITORY: 'acme/churn',
    GITHUB_EVENT_NAME: 'pull_request',
    // On pull_request GITHUB_SHA is the merge commit: the check must not go there.
    GITHUB_SHA: 'f'.repeat(40),
    GITHUB_RUN_ID: '4242',
    GITHUB_WORKSPACE: workspace,
  };
}

function writeRecord(name: string, scenario: 'improved' | 'regressed'): string {
  const path = join(workspace, name);
  writeFileSync(path, evaluationRecordType.serialize(buildRecord(scenario)));
  return path;
}

beforeAll(async () => {
  server = await GitHubServer.start();
  server.addToken('ghs_workflow', { user: GITHUB_ACTIONS_BOT });
  pull = openPull(server, { owner: 'acme', repo: 'churn', number: 12, headSha: HEAD });
  workspace = mkdtempSync(join(tmpdir(), 'mlci-scenario-'));
  writeFileSync(join(workspace, 'model-policy.yml'), 'version: 1\nrows:\n  min: 1000\nmetrics:\n  - metric: roc_auc\n    min: 0.8\n    margin: 0.02\n');
  payload = webhookExample('pull_request', 'opened');
  const pr = payload.pull_request as { number: number; head: { sha: string } };
  pr.number = 12;
  pr.head.sha = HEAD;
});

afterAll(async () => {
  await server.close();
});

describe('a pull request, run after run', () => {
  let commentId: string;

  it('first run: creates exactly one comment', async () => {
    const result = await runAction(runReport, { evaluation: writeRecord('eval-1.json', 'improved'), token: 'ghs_workflow', 'comment-tag': 'churn' }, env(), payload);
    expect(result.exitCode).toBeUndefined();
    expect(server.state.comments).toHaveLength(1);
    const [comment] = server.state.comments;
    expect(comment!.body.startsWith(commentMarker('churn'))).toBe(true);
    expect(comment!.body).toContain('🟢 **Significant improvement**');
    commentId = result.outputs['comment-id']!;
    expect(commentId).toBe(String(comment!.id));
    expect(result.outputs['comment-url']).toBe(`https://github.com/acme/churn/pull/12#issuecomment-${commentId}`);
    expect(result.outputs.body).toBe(comment!.body.slice(commentMarker('churn').length + 1));
  });

  it('rerun with new results: updates the same comment', async () => {
    const result = await runAction(runReport, { evaluation: writeRecord('eval-2.json', 'regressed'), token: 'ghs_workflow', 'comment-tag': 'churn' }, env(), payload);
    expect(result.outputs['comment-id']).toBe(commentId);
    expect(server.state.comments).toHaveLength(1);
    expect(server.state.comments[0]!.body).toContain('🔴 **Significant regression**');
    expect(server.calls('POST', '/repos/{owner}/{repo}/issues/{issue_number}/comments')).toHaveLength(1);
  });

  it('regression: the gate concludes failure on the PR head SHA and fails the step', async () => {
    const result = await runAction(runGate, { evaluation: join(workspace, 'eval-2.json'), policy: 'model-policy.yml', token: 'ghs_workflow', 'override-label': 'mlci:override' }, env(), payload);
    expect(result.exitCode).toBe(1);
    expect(result.outputs.conclusion).toBe('failure');
    expect(server.state.checkRuns).toHaveLength(1);
    const check = server.state.checkRuns[0]!;
    expect(check).toMatchObject({ headSha: HEAD, name: 'model-gate', conclusion: 'failure', status: 'completed' });
    expect(check.summary).toContain('❌ **Gate blocked**');
    expect(check.annotations).toEqual([expect.objectContaining({ path: 'model-policy.yml', start_line: 7, annotation_level: 'failure' })]);
    const decision = gateDecisionType.parse(result.outputs.decision!, 'decision output');
    expect(decision.model).toBe(CANDIDATE_DIGEST);
    expect(result.commands.some((c) => c.startsWith('::error') && c.includes('blocked'))).toBe(true);
    expect(result.summary).toContain('❌ **Gate blocked**');
  });

  it('override label: the same check turns success with a note naming who applied it', async () => {
    applyLabel(server, pull, 'mlci:override', { login: 'release-lead', id: 77, type: 'User' });
    const gate = await runAction(runGate, { evaluation: join(workspace, 'eval-2.json'), policy: 'model-policy.yml', token: 'ghs_workflow', 'override-label': 'mlci:override' }, env(), payload);
    expect(gate.exitCode).toBeUndefined();
    expect(gate.outputs.conclusion).toBe('success');
    expect(server.state.checkRuns).toHaveLength(1);
    expect(server.state.checkRuns[0]!).toMatchObject({ conclusion: 'success', title: expect.stringContaining('release-lead') });
    const report = await runAction(
      runReport,
      { evaluation: join(workspace, 'eval-2.json'), decision: gate.outputs.decision!, token: 'ghs_workflow', 'comment-tag': 'churn' },
      env(),
      payload,
    );
    expect(report.outputs['comment-id']).toBe(commentId);
    expect(server.state.comments).toHaveLength(1);
    expect(server.state.comments[0]!.body).toContain('⚠️ **Gate overridden**');
    expect(server.state.comments[0]!.body).toContain('applied by @\u200Drelease\\-lead');
  });
});

import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run as runReport } from '../../actions/report/src/main.js';
import { digestBytes } from '../../shared/digest.js';
import { decideGate } from '../../shared/policy/decide-gate.js';
import { parsePolicy } from '../../shared/policy/load-policy.js';
import { evaluationRecordType } from '../../shared/schemas/evaluation-record.js';
import { gateDecisionType } from '../../shared/schemas/gate-decision.js';
import { faults, GITHUB_ACTIONS_BOT, GitHubServer, openPull, pushCommit, type StoredPull } from '../helpers/github-server.js';
import { runAction, webhookExample } from '../report/action-runner.js';
import { buildRecord } from '../report/records.js';

const HEAD = '9c1b2a3d4e5f60718293a4b5c6d7e8f901234567';
let server: GitHubServer;
let pull: StoredPull;
let dir: string;
let record: string;

beforeEach(async () => {
  server = await GitHubServer.start();
  server.addToken('ghs_all', { user: GITHUB_ACTIONS_BOT });
  server.addToken('ghs_readonly', { user: GITHUB_ACTIONS_BOT, write: new Set() });
  pull = openPull(server, { owner: 'acme', repo: 'churn', number: 31, headSha: HEAD });
  dir = mkdtempSync(join(tmpdir(), 'mlci-report-'));
  record = join(dir, 'evaluation.json');
  writeFileSync(record, evaluationRecordType.serialize(buildRecord('improved')));
});

afterEach(async () => {
  await server.close();
});

function env(eventName: string): Record<string, string> {
  return { GITHUB_API_URL: server.url, GITHUB_REPOSITORY: 'acme/churn', GITHUB_EVENT_NAME: eventName, GITHUB_SHA: HEAD, GITHUB_RUN_ID: '9', GITHUB_WORKSPACE: dir };
}

function pullRequestPayload(): Record<string, unknown> {
  const payload = webhookExample('pull_request', 'synchronize');
  Object.assign(payload.pull_request as object, { number: 31, head: { ...(payload.pull_request as { head: object }).head, sha: HEAD } });
  return payload;
}

function workflowRunPayload(): Record<string, unknown> {
  const payload = webhookExample('workflow_run', 'completed');
  Object.assign(payload.workflow_run as object, { head_sha: HEAD, pull_requests: [], event: 'pull_request' });
  return payload;
}

function errorOf(run: { commands: string[] }): string {
  return decodeURIComponent(run.commands.filter((c) => c.startsWith('::error')).join('\n').replace(/%0A/g, '\n'));
}

describe('report action: events', () => {
  it('workflow_run (fork-safe pattern): finds the PR from the head SHA and posts', async () => {
    const result = await runAction(runReport, { evaluation: dir, token: 'ghs_all' }, env('workflow_run'), workflowRunPayload());
    expect(result.exitCode).toBeUndefined();
    expect(server.state.comments.map((c) => c.issueNumber)).toEqual([31]);
    expect(server.calls('GET', '/repos/{owner}/{repo}/commits/{commit_sha}/pulls')).toHaveLength(1);
  });

  it('workflow_run: refuses to post when the PR head moved on', async () => {
    pushCommit(server, pull, 'e'.repeat(40));
    const result = await runAction(runReport, { evaluation: record, token: 'ghs_all' }, env('workflow_run'), workflowRunPayload());
    expect(result.exitCode).toBe(1);
    expect(errorOf(result)).toMatch(/moved on/);
    expect(server.state.comments).toHaveLength(0);
  });

  it('workflow_run without a pull request: a clear error', async () => {
    server.state.pulls = [];
    const result = await runAction(runReport, { evaluation: record, token: 'ghs_all' }, env('workflow_run'), workflowRunPayload());
    expect(result.exitCode).toBe(1);
    expect(errorOf(result)).toMatch(/No open pull request has head commit 9c1b2a3d4e5f/);
    expect(errorOf(result)).toMatch(/workflow_run.event == 'pull_request'/);
  });

  it('pull_request_target: posts on the PR from the payload (same shape as pull_request)', async () => {
    const result = await runAction(runReport, { evaluation: record, token: 'ghs_all' }, env('pull_request_target'), pullRequestPayload());
    expect(result.exitCode).toBeUndefined();
    expect(server.state.comments.map((c) => c.issueNumber)).toEqual([31]);
  });

  it('merge_group and push: job summary only, no comment, no crash', async () => {
    for (const [event, payload] of [['merge_group', webhookExample('merge_group')], ['push', webhookExample('push')]] as const) {
      const result = await runAction(runReport, { evaluation: record, token: 'ghs_all' }, env(event), payload);
      expect(result.exitCode).toBeUndefined();
      expect(result.summary).toContain('## Model report');
      expect(result.outputs['comment-id']).toBeUndefined();
    }
    expect(server.state.comments).toHaveLength(0);
    expect(server.exchanges.filter((e) => e.method !== 'GET')).toHaveLength(0);
  });

  it('body-only renders without a token or any API call; summary mode writes the full report', async () => {
    const body = await runAction(runReport, { evaluation: record, mode: 'body-only' }, env('pull_request'), pullRequestPayload());
    expect(body.outputs.body).toContain('🟢 **Significant improvement**');
    const summary = await runAction(runReport, { evaluation: record, mode: 'summary' }, env('pull_request'), pullRequestPayload());
    expect(summary.summary).toContain('| `roc_auc` |');
    expect(server.exchanges).toHaveLength(0);
  });
});

describe('report action: bad inputs', () => {
  it('an invalid evaluation record: names the file and the field', async () => {
    const broken = JSON.parse(readFileSync(record, 'utf8')) as Record<string, unknown>;
    delete broken.rows;
    writeFileSync(record, JSON.stringify(broken));
    const result = await runAction(runReport, { evaluation: record, mode: 'body-only' }, env('pull_request'), pullRequestPayload());
    expect(result.exitCode).toBe(1);
    expect(errorOf(result)).toContain(record);
    expect(errorOf(result)).toMatch(/must have required property 'rows'/);
    expect(errorOf(result)).toContain("input 'evaluation'");
  });

  it('a record of another schema version or kind: says which', async () => {
    writeFileSync(record, JSON.stringify({ ...buildRecord(), schemaVersion: 2 }));
    const version = await runAction(runReport, { evaluation: record, mode: 'body-only' }, env('pull_request'), pullRequestPayload());
    expect(errorOf(version)).toMatch(/schemaVersion 2, this suite reads evaluation-record schemaVersion 1/);
    writeFileSync(record, JSON.stringify({ kind: 'gate-decision', schemaVersion: 1 }));
    const kind = await runAction(runReport, { evaluation: record, mode: 'body-only' }, env('pull_request'), pullRequestPayload());
    expect(errorOf(kind)).toMatch(/is a 'gate-decision' record, expected 'evaluation-record'/);
  });

  it('an oversized (untrusted) record is refused before reading', async () => {
    truncateSync(record, 40 * 1024 * 1024);
    const result = await runAction(runReport, { evaluation: record, mode: 'body-only' }, env('pull_request'), pullRequestPayload());
    expect(errorOf(result)).toMatch(/40\.0 MiB, more than the 32\.0 MiB a record may be/);
  });

  it('a token without permission: names the permission to add', async () => {
    const result = await runAction(runReport, { evaluation: record, token: 'ghs_readonly' }, env('pull_request'), pullRequestPayload());
    expect(result.exitCode).toBe(1);
    expect(errorOf(result)).toMatch(/403: Resource not accessible by integration/);
    expect(errorOf(result)).toContain('Add `pull-requests: write` under `permissions:`');
  });

  it('a gate decision about another model than the evaluation', async () => {
    const policy = parsePolicy('version: 1\nrows: { min: 10 }\n', 'p.yml');
    const other = buildRecord('improved', { model: { ...buildRecord().model, digest: digestBytes('some other model') } });
    const decision = decideGate({ policy, evaluations: [{ record: other, source: 'o.json' }], failOn: 'fail' });
    const result = await runAction(runReport, { evaluation: record, decision: gateDecisionType.serialize(decision), mode: 'body-only' }, env('pull_request'), pullRequestPayload());
    expect(result.exitCode).toBe(1);
    expect(errorOf(result)).toMatch(/gate decision is about model sha256:\w+, but the evaluation is about/);
  });

  it('GitHub refusing the body (422) and a 5xx storm surface as errors, nothing half-posted', async () => {
    server.fault({ method: 'POST', path: '/repos/{owner}/{repo}/issues/{issue_number}/comments' }, {
      status: 422, body: { message: 'Validation Failed', errors: [{ resource: 'IssueComment', code: 'custom', field: 'body', message: 'body is too long (maximum is 65536 characters)' }], documentation_url: 'https://docs.github.com/rest' },
    });
    const result = await runAction(runReport, { evaluation: record, token: 'ghs_all' }, env('pull_request'), pullRequestPayload());
    expect(result.exitCode).toBe(1);
    expect(errorOf(result)).toMatch(/422: Validation Failed: body is too long/);
    expect(server.state.comments).toHaveLength(0);
  });

  it('a mode that posts without a token, and a bad comment tag', async () => {
    const noToken = await runAction(runReport, { evaluation: record, mode: 'comment' }, env('pull_request'), pullRequestPayload());
    expect(errorOf(noToken)).toMatch(/input 'token'.*needs a token/);
    const badTag = await runAction(runReport, { evaluation: record, mode: 'body-only', 'comment-tag': 'a b' }, env('pull_request'), pullRequestPayload());
    expect(errorOf(badTag)).toMatch(/comment-tag 'a b' is not a valid tag/);
    const badMode = await runAction(runReport, { evaluation: record, mode: 'loud' }, env('pull_request'), pullRequestPayload());
    expect(badMode.exitCode).toBe(1);
  });

  it('survives a secondary rate limit while posting', async () => {
    server.fault({ method: 'GET', path: '/repos/{owner}/{repo}/issues/{issue_number}/comments' }, faults.secondaryRateLimit(1));
    const result = await runAction(runReport, { evaluation: record, token: 'ghs_all' }, env('pull_request'), pullRequestPayload());
    expect(result.exitCode).toBeUndefined();
    expect(server.state.comments).toHaveLength(1);
  });
});

describe('report action: comment-author (a GitHub App or personal token)', () => {
  const APP_BOT = { login: 'mlci-reporter[bot]', id: 5001, type: 'Bot' as const };
  const pasteMarker = (): number => {
    // A user pasting the marker of our comment into their own (older, so "oldest wins" would pick it).
    const now = server.state.now();
    const id = server.state.nextId();
    server.state.comments.push({ id, owner: 'acme', repo: 'churn', issueNumber: 31, body: '<!-- mlci:report:default -->\nlooks official', user: { login: 'mallory', id: 666, type: 'User' }, createdAt: now, updatedAt: now });
    return id;
  };
  const writes = () => server.exchanges.filter((e) => e.method !== 'GET').map((e) => `${e.method} ${e.template}`);
  const warningsOf = (run: { commands: string[] }) => decodeURIComponent(run.commands.filter((c) => c.startsWith('::warning')).join('\n'));

  it('with comment-author set, reruns update one comment in place and never edit a pasted marker', async () => {
    server.addToken('ghs_app', { user: APP_BOT });
    const pasted = pasteMarker();
    const inputs = { evaluation: record, token: 'ghs_app', 'comment-author': 'mlci-reporter[bot]' };
    const first = await runAction(runReport, inputs, env('pull_request'), pullRequestPayload());
    expect(first.exitCode).toBeUndefined();
    server.exchanges.length = 0;
    writeFileSync(record, evaluationRecordType.serialize(buildRecord('regressed')));
    const second = await runAction(runReport, inputs, env('pull_request'), pullRequestPayload());
    expect(second.exitCode).toBeUndefined();
    expect(second.outputs['comment-id']).toBe(first.outputs['comment-id']);
    expect(writes()).toEqual(['PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}']);
    expect(server.exchanges.find((e) => e.method === 'PATCH')!.path).toBe(`/repos/acme/churn/issues/comments/${first.outputs['comment-id']}`);
    expect(warningsOf(second)).toBe('');
    const byId = new Map(server.state.comments.map((c) => [c.id, c]));
    expect(byId.get(pasted)!.body).toBe('<!-- mlci:report:default -->\nlooks official');
    expect(byId.get(Number(first.outputs['comment-id']))!.body).toContain('🔴 **Significant regression**');
    expect(server.state.comments).toHaveLength(2);
  });

  it('with a personal token and comment-author, reruns update in place', async () => {
    server.addToken('ghp_machine', { user: { login: 'ml-ops-bot', id: 5002, type: 'User' }, installation: false });
    const inputs = { evaluation: record, token: 'ghp_machine', 'comment-author': 'ml-ops-bot' };
    const first = await runAction(runReport, inputs, env('pull_request'), pullRequestPayload());
    writeFileSync(record, evaluationRecordType.serialize(buildRecord('regressed')));
    const second = await runAction(runReport, inputs, env('pull_request'), pullRequestPayload());
    expect(second.outputs['comment-id']).toBe(first.outputs['comment-id']);
    expect(server.calls('POST', '/repos/{owner}/{repo}/issues/{issue_number}/comments')).toHaveLength(1);
    expect(server.calls('DELETE', '/repos/{owner}/{repo}/issues/comments/{comment_id}')).toHaveLength(0);
  });

  it('without it, an App token still ends with one comment, and a warning names the input to set', async () => {
    server.addToken('ghs_app', { user: APP_BOT });
    await runAction(runReport, { evaluation: record, token: 'ghs_app' }, env('pull_request'), pullRequestPayload());
    const rerun = await runAction(runReport, { evaluation: record, token: 'ghs_app' }, env('pull_request'), pullRequestPayload());
    expect(rerun.exitCode).toBeUndefined();
    expect(server.state.comments).toHaveLength(1);
    expect(server.calls('DELETE', '/repos/{owner}/{repo}/issues/comments/{comment_id}')).toHaveLength(1);
    expect(warningsOf(rerun)).toContain('set `comment-author: mlci-reporter[bot]`');
  });

  it('a comment-author that is not a login, or not the token: a clear error and nothing posted', async () => {
    server.addToken('ghp_machine', { user: { login: 'ml-ops-bot', id: 5002, type: 'User' }, installation: false });
    const invalid = await runAction(runReport, { evaluation: record, token: 'ghp_machine', 'comment-author': '@ml-ops-bot' }, env('pull_request'), pullRequestPayload());
    expect(invalid.exitCode).toBe(1);
    expect(errorOf(invalid)).toMatch(/input 'comment-author': comment-author "@ml-ops-bot" is not a GitHub login/);
    expect(server.exchanges).toHaveLength(0);
    const someoneElse = await runAction(runReport, { evaluation: record, token: 'ghp_machine', 'comment-author': 'mallory' }, env('pull_request'), pullRequestPayload());
    expect(someoneElse.exitCode).toBe(1);
    expect(errorOf(someoneElse)).toMatch(/comment-author is 'mallory', but the token belongs to 'ml-ops-bot'/);
    expect(server.exchanges.filter((e) => e.method !== 'GET')).toHaveLength(0);
    expect(server.state.comments).toHaveLength(0);
  });
});

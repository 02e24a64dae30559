import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { createOctokit, type Octokit } from '../../shared/action/octokit.js';
import { UserError } from '../../shared/errors.js';
import { publishCheckRun, type CheckAnnotation } from '../../shared/github/check-run.js';
import { findLabel } from '../../shared/github/labels.js';
import { resolveTarget } from '../../shared/github/pull-request.js';
import { commentMarker, upsertStickyComment } from '../../shared/github/sticky-comment.js';
import { applyLabel, faults, GITHUB_ACTIONS_BOT, GitHubServer, openPull, removeLabel, type StoredPull } from '../helpers/github-server.js';

const HEAD = 'a'.repeat(40);
let server: GitHubServer;
let octokit: Octokit;
let pull: StoredPull;

beforeEach(async () => {
  server = await GitHubServer.start();
  server.addToken('ghs_bot', { user: GITHUB_ACTIONS_BOT });
  octokit = createOctokit('ghs_bot', { baseUrl: server.url });
  pull = openPull(server, { owner: 'acme', repo: 'churn', number: 12, headSha: HEAD });
});

afterEach(async () => {
  await server.close();
});

const request = { owner: 'acme', repo: 'churn', issueNumber: 12, tag: 'churn' };

function seedComment(body: string, user = GITHUB_ACTIONS_BOT): number {
  const now = server.state.now();
  const id = server.state.nextId();
  server.state.comments.push({ id, owner: 'acme', repo: 'churn', issueNumber: 12, body, user, createdAt: now, updatedAt: now });
  return id;
}

describe('upsertStickyComment', () => {
  it('creates one comment, then updates it in place, and leaves an identical body alone', async () => {
    const first = await upsertStickyComment(octokit, { ...request, body: 'run 1' });
    expect(first.action).toBe('created');
    expect(first.warning).toBeUndefined();
    const second = await upsertStickyComment(octokit, { ...request, body: 'run 2' });
    expect(second).toMatchObject({ id: first.id, action: 'updated' });
    const third = await upsertStickyComment(octokit, { ...request, body: 'run 2' });
    expect(third).toMatchObject({ id: first.id, action: 'unchanged' });
    expect(server.state.comments).toHaveLength(1);
    expect(server.state.comments[0]!.body).toBe(`${commentMarker('churn')}\nrun 2`);
    expect(second.url).toBe(`https://github.com/acme/churn/pull/12#issuecomment-${first.id}`);
  });

  it('ignores a marker pasted by someone else, and other tags', async () => {
    const foreign = seedComment(`${commentMarker('churn')}\nfake report`, { login: 'mallory', id: 666, type: 'User' });
    const otherTag = seedComment(`${commentMarker('fraud')}\nother model`);
    const result = await upsertStickyComment(octokit, { ...request, body: 'real' });
    expect(result.action).toBe('created');
    expect(result.id).not.toBe(foreign);
    expect(server.state.comments.find((c) => c.id === foreign)!.body).toContain('fake report');
    expect(server.state.comments.find((c) => c.id === otherTag)!.body).toContain('other model');
  });

  it('finds its comment on a later page', async () => {
    for (let i = 0; i < 130; i++) seedComment(`chatter ${i}`, { login: 'reviewer', id: 9, type: 'User' });
    const ours = seedComment(`${commentMarker('churn')}\nold`);
    const result = await upsertStickyComment(octokit, { ...request, body: 'new' });
    expect(result).toMatchObject({ id: ours, action: 'updated' });
    expect(server.calls('GET', '/repos/{owner}/{repo}/issues/{issue_number}/comments').length).toBeGreaterThanOrEqual(2);
  });

  it('keeps the oldest and deletes duplicates left by concurrent runs', async () => {
    const oldest = seedComment(`${commentMarker('churn')}\nA`);
    const newer = seedComment(`${commentMarker('churn')}\nB`);
    const result = await upsertStickyComment(octokit, { ...request, body: 'C' });
    expect(result).toMatchObject({ id: oldest, deleted: [newer] });
    expect(server.state.comments.map((c) => c.id)).toEqual([oldest]);
  });

  it('converges on one comment when two runs post at the same time', async () => {
    const [a, b] = await Promise.all([
      upsertStickyComment(octokit, { ...request, body: 'run A' }),
      upsertStickyComment(octokit, { ...request, body: 'run B' }),
    ]);
    expect(server.state.comments).toHaveLength(1);
    expect(a.id).toBe(b.id);
    expect(server.state.comments[0]!.id).toBe(a.id);
  });

  it('names the permission to add when the token may not comment', async () => {
    server.addToken('ghs_read', { user: GITHUB_ACTIONS_BOT, write: new Set() });
    const reader = createOctokit('ghs_read', { baseUrl: server.url });
    const error = await upsertStickyComment(reader, { ...request, body: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).fix).toContain('pull-requests: write');
    expect((error as UserError).message).toContain('403');
    expect(server.state.comments).toHaveLength(0);
  });

  it('uses the login GET /user reports for a personal token', async () => {
    server.addToken('ghp_user', { user: { login: 'octocat', id: 1, type: 'User' }, installation: false });
    const personal = createOctokit('ghp_user', { baseUrl: server.url });
    const botComment = seedComment(`${commentMarker('churn')}\nbot's`);
    const result = await upsertStickyComment(personal, { ...request, body: 'mine' });
    expect(result.action).toBe('created');
    expect(result.id).not.toBe(botComment);
  });

  it('rejects a tag that could break the marker', async () => {
    await expect(upsertStickyComment(octokit, { ...request, tag: 'x --> <script>', body: 'b' })).rejects.toThrow(/comment-tag/);
  });
});

describe('upsertStickyComment with another identity than GITHUB_TOKEN', () => {
  const APP_BOT = { login: 'mlci-reporter[bot]', id: 5001, type: 'Bot' as const };
  const MACHINE_USER = { login: 'ml-ops-bot', id: 5002, type: 'User' as const };
  const MALLORY = { login: 'mallory', id: 666, type: 'User' as const };
  const writes = () => server.exchanges.filter((e) => e.method !== 'GET').map((e) => `${e.method} ${e.template}`);

  function appClient(): Octokit {
    server.addToken('ghs_app', { user: APP_BOT });
    return createOctokit('ghs_app', { baseUrl: server.url });
  }

  it('without comment-author, an App token creates and deletes a duplicate on every rerun, and says what to set', async () => {
    const app = appClient();
    const first = await upsertStickyComment(app, { ...request, body: 'run 1' });
    // Already the first run can tell: GitHub recorded the comment under another login than assumed.
    expect(first.warning).toContain("posts as 'mlci-reporter[bot]', not 'github-actions[bot]'");
    server.exchanges.length = 0;
    const second = await upsertStickyComment(app, { ...request, body: 'run 2' });
    // The old behaviour, kept as the default: it converges on one comment, but noisily.
    expect(writes()).toEqual([
      'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
      'DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}',
      'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}',
    ]);
    expect(second).toMatchObject({ id: first.id, action: 'updated' });
    expect(second.warning).toContain('comment-author: mlci-reporter[bot]');
    expect(server.state.comments).toHaveLength(1);
  });

  it('with comment-author, an App token updates one comment in place on reruns and never touches a pasted marker', async () => {
    const app = appClient();
    // Older than ours (lower id), with our exact marker: the oldest-wins rule must not pick it.
    const pasted = seedComment(`${commentMarker('churn')}\nfake report`, MALLORY);
    const author = { author: 'mlci-reporter[bot]' };
    const first = await upsertStickyComment(app, { ...request, ...author, body: 'run 1' });
    expect(first).toMatchObject({ action: 'created', deleted: [] });
    server.exchanges.length = 0;
    const second = await upsertStickyComment(app, { ...request, ...author, body: 'run 2' });
    const third = await upsertStickyComment(app, { ...request, ...author, body: 'run 2' });
    expect(second).toMatchObject({ id: first.id, action: 'updated', deleted: [] });
    expect(third).toMatchObject({ id: first.id, action: 'unchanged' });
    expect(writes()).toEqual(['PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}']);
    expect(server.calls('PATCH', '/repos/{owner}/{repo}/issues/comments/{comment_id}').map((e) => e.path)).toEqual([
      `/repos/acme/churn/issues/comments/${first.id}`,
    ]);
    expect(server.state.comments.find((c) => c.id === pasted)!.body).toBe(`${commentMarker('churn')}\nfake report`);
    expect(server.state.comments.map((c) => c.user.login).sort()).toEqual(['mallory', 'mlci-reporter[bot]']);
  });

  it('with a personal token and comment-author (any letter case), reruns update in place', async () => {
    server.addToken('ghp_machine', { user: MACHINE_USER, installation: false });
    const personal = createOctokit('ghp_machine', { baseUrl: server.url });
    const pasted = seedComment(`${commentMarker('churn')}\nfake`, MALLORY);
    const first = await upsertStickyComment(personal, { ...request, author: 'ML-Ops-Bot', body: 'run 1' });
    const second = await upsertStickyComment(personal, { ...request, author: 'ML-Ops-Bot', body: 'run 2' });
    expect(second).toMatchObject({ id: first.id, action: 'updated', deleted: [] });
    expect(server.calls('POST', '/repos/{owner}/{repo}/issues/{issue_number}/comments')).toHaveLength(1);
    expect(server.calls('DELETE', '/repos/{owner}/{repo}/issues/comments/{comment_id}')).toHaveLength(0);
    expect(server.state.comments.find((c) => c.id === pasted)!.body).toContain('fake');
  });

  it("refuses a comment-author that is not the personal token's login, before writing anything", async () => {
    server.addToken('ghp_machine', { user: MACHINE_USER, installation: false });
    const personal = createOctokit('ghp_machine', { baseUrl: server.url });
    seedComment(`${commentMarker('churn')}\nfake`, MALLORY);
    const error = await upsertStickyComment(personal, { ...request, author: 'mallory', body: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).location.input).toBe('comment-author');
    expect((error as UserError).message).toContain("belongs to 'ml-ops-bot'");
    expect((error as UserError).fix).toContain('comment-author: ml-ops-bot');
    expect(writes()).toEqual([]);
  });

  it('refuses a user login as comment-author for an installation token, before writing anything', async () => {
    const app = appClient();
    seedComment(`${commentMarker('churn')}\nfake`, MALLORY);
    const error = await upsertStickyComment(app, { ...request, author: 'mallory', body: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toMatch(/installation token .* '\[bot\]' account/);
    expect(writes()).toEqual([]);
  });

  it('a wrong bot as comment-author: the comment is still posted once, and the error names the real author', async () => {
    const app = appClient();
    const error = await upsertStickyComment(app, { ...request, author: 'other-app[bot]', body: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toContain("recorded the report comment as by 'mlci-reporter[bot]'");
    expect((error as UserError).fix).toContain('comment-author: mlci-reporter[bot]');
    expect(server.state.comments.map((c) => c.user.login)).toEqual(['mlci-reporter[bot]']);
  });

  it('rejects a comment-author that is not a login, quoting it without its control characters', async () => {
    for (const bad of ['', 'two words', '-leading', 'x]bot[', '@mallory', `bot\u202E]tob[\n::warning::x`, 'a'.repeat(50)]) {
      const error = await upsertStickyComment(octokit, { ...request, author: bad, body: 'x' }).catch((e: unknown) => e);
      expect(error, bad).toBeInstanceOf(UserError);
      expect((error as UserError).location.input).toBe('comment-author');
      expect((error as UserError).message).toMatch(/is not a GitHub login/);
      expect((error as UserError).message).not.toMatch(/[\u202E\n]/);
    }
    expect(server.exchanges).toEqual([]);
  });
});

describe('publishCheckRun', () => {
  const annotations = (n: number): CheckAnnotation[] =>
    Array.from({ length: n }, (_, i) => ({ path: 'policy.yml', startLine: i + 1, level: 'failure' as const, message: `rule ${i}` }));

  it('creates a failing check on the head SHA with annotations in batches of 50', async () => {
    const result = await publishCheckRun(octokit, {
      owner: 'acme', repo: 'churn', headSha: HEAD, name: 'model-gate', conclusion: 'failure', title: 'Blocked', summary: '| rule |', annotations: annotations(120),
    });
    expect(result).toMatchObject({ action: 'created', requests: 3 });
    const run = server.state.checkRuns[0]!;
    expect(run).toMatchObject({ headSha: HEAD, conclusion: 'failure', status: 'completed', summary: '| rule |' });
    expect(run.annotations).toHaveLength(120);
    expect(run.annotations.map((a) => a.start_line)).toEqual(Array.from({ length: 120 }, (_, i) => i + 1));
  });

  it('updates its own check run on a rerun instead of adding another', async () => {
    const first = await publishCheckRun(octokit, { owner: 'acme', repo: 'churn', headSha: HEAD, name: 'model-gate', conclusion: 'failure', title: 't', summary: 's' });
    const second = await publishCheckRun(octokit, { owner: 'acme', repo: 'churn', headSha: HEAD, name: 'model-gate', conclusion: 'success', title: 't', summary: 's2' });
    expect(second).toMatchObject({ id: first.id, action: 'updated' });
    expect(server.state.checkRuns).toHaveLength(1);
    expect(server.state.checkRuns[0]!.conclusion).toBe('success');
  });

  it('cuts a summary to 65,535 bytes on a character boundary', async () => {
    await publishCheckRun(octokit, { owner: 'acme', repo: 'churn', headSha: HEAD, name: 'g', conclusion: 'success', title: 't', summary: '€'.repeat(30_000) });
    const summary = server.state.checkRuns[0]!.summary!;
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(65_535);
    expect(summary).toContain('65,535-byte limit');
    expect(summary).not.toContain('\uFFFD');
  });

  it('names checks: write when the token lacks it', async () => {
    server.addToken('ghs_nochecks', { user: GITHUB_ACTIONS_BOT, write: new Set(['pull-requests']) });
    const limited = createOctokit('ghs_nochecks', { baseUrl: server.url });
    const error = await publishCheckRun(limited, { owner: 'acme', repo: 'churn', headSha: HEAD, name: 'g', conclusion: 'failure', title: 't', summary: 's' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).fix).toContain('checks: write');
  });

  it('survives a secondary rate limit and a 5xx', async () => {
    server.fault({ method: 'POST', path: '/repos/{owner}/{repo}/check-runs' }, faults.secondaryRateLimit(1));
    server.fault({ method: 'GET', path: '/repos/{owner}/{repo}/commits/{ref}/check-runs' }, faults.serverError(503));
    const result = await publishCheckRun(octokit, { owner: 'acme', repo: 'churn', headSha: HEAD, name: 'g', conclusion: 'failure', title: 't', summary: 's' });
    expect(result.action).toBe('created');
    expect(server.state.checkRuns).toHaveLength(1);
  });
});

const examples = createRequire(import.meta.url)('@octokit/webhooks-examples') as Array<{ name: string; examples: Array<Record<string, unknown>> }>;
function example(name: string, index = 0): Record<string, unknown> {
  return structuredClone(examples.find((e) => e.name === name)!.examples[index]!);
}

describe('resolveTarget', () => {
  it('takes the PR head SHA on pull_request, not the merge commit', async () => {
    const payload = example('pull_request');
    const pr = payload.pull_request as { number: number; head: { sha: string } };
    const target = await resolveTarget(octokit, { eventName: 'pull_request', payload, owner: 'acme', repo: 'churn', sha: 'f'.repeat(40) });
    expect(target).toEqual(expect.objectContaining({ kind: 'pull-request', number: pr.number, headSha: pr.head.sha }));
  });

  it('finds the PR of a workflow_run from its head SHA and checks the head still matches', async () => {
    const payload = example('workflow_run');
    const run = payload.workflow_run as { head_sha: string; pull_requests: unknown[] };
    run.pull_requests = [];
    pull.headSha = run.head_sha;
    const target = await resolveTarget(octokit, { eventName: 'workflow_run', payload, owner: 'acme', repo: 'churn', sha: run.head_sha });
    expect(target).toMatchObject({ kind: 'pull-request', number: 12, headSha: run.head_sha });
  });

  it('refuses to post when the PR moved on after the evaluated commit', async () => {
    const payload = example('workflow_run');
    const run = payload.workflow_run as { head_sha: string; pull_requests: unknown[] };
    run.pull_requests = [{ number: 12, head: { sha: run.head_sha } }];
    pull.headSha = 'c'.repeat(40);
    await expect(resolveTarget(octokit, { eventName: 'workflow_run', payload, owner: 'acme', repo: 'churn', sha: run.head_sha })).rejects.toThrow(
      /moved on/,
    );
  });

  it('says so clearly when no PR belongs to a workflow_run', async () => {
    const payload = example('workflow_run');
    (payload.workflow_run as { pull_requests: unknown[] }).pull_requests = [];
    const error = await resolveTarget(octokit, { eventName: 'workflow_run', payload, owner: 'acme', repo: 'churn', sha: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toMatch(/No open pull request/);
  });

  it('finds a fork PR by owner:branch when the commit API knows nothing', async () => {
    const payload = example('workflow_run');
    const run = payload.workflow_run as { head_sha: string; head_branch: string; pull_requests: unknown[]; head_repository: { owner: { login: string } } };
    run.pull_requests = [];
    pull.headSha = run.head_sha;
    pull.headOwner = run.head_repository.owner.login;
    pull.headRef = run.head_branch;
    server.route('GET', '/repos/{owner}/{repo}/commits/{commit_sha}/pulls', (req) => server.paginate(req, []));
    const target = await resolveTarget(octokit, { eventName: 'workflow_run', payload, owner: 'acme', repo: 'churn', sha: run.head_sha });
    expect(target).toMatchObject({ kind: 'pull-request', number: 12 });
    expect(server.calls('GET', '/repos/{owner}/{repo}/pulls')).toHaveLength(1);
  });

  it('handles merge_group without a pull_request payload, and push', async () => {
    const payload = example('merge_group');
    const group = payload.merge_group as { head_sha: string; base_sha: string };
    await expect(resolveTarget(octokit, { eventName: 'merge_group', payload, owner: 'acme', repo: 'churn', sha: 'x' })).resolves.toEqual({
      kind: 'merge-group', headSha: group.head_sha, baseSha: group.base_sha,
    });
    await expect(resolveTarget(undefined, { eventName: 'push', payload: example('push'), owner: 'acme', repo: 'churn', sha: HEAD })).resolves.toEqual({
      kind: 'commit', sha: HEAD,
    });
  });
});

describe('findLabel', () => {
  it('names who applied the label last, and ignores a removed label', async () => {
    const query = { owner: 'acme', repo: 'churn', issueNumber: 12, label: 'mlci:override' };
    await expect(findLabel(octokit, query)).resolves.toBeUndefined();
    applyLabel(server, pull, 'mlci:override', { login: 'alice', id: 11, type: 'User' });
    removeLabel(server, pull, 'mlci:override', { login: 'bob', id: 12, type: 'User' });
    await expect(findLabel(octokit, query)).resolves.toBeUndefined();
    applyLabel(server, pull, 'mlci:override', { login: 'carol', id: 13, type: 'User' });
    await expect(findLabel(octokit, query)).resolves.toMatchObject({ appliedBy: 'carol' });
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createOctokit, type Octokit } from '../../shared/action/octokit.js';
import { applyLabel, faults, GITHUB_ACTIONS_BOT, GitHubServer, openPull } from '../helpers/github-server.js';

let server: GitHubServer;
let octokit: Octokit;

beforeEach(async () => {
  server = await GitHubServer.start();
  server.addToken('ghs_test', { user: GITHUB_ACTIONS_BOT });
  octokit = createOctokit('ghs_test', { baseUrl: server.url });
  openPull(server, { owner: 'acme', repo: 'churn', number: 7, headSha: 'a'.repeat(40) });
});

afterEach(async () => {
  await server.close();
});

describe('local GitHub server', () => {
  it('paginates comments with Link headers that Octokit follows', async () => {
    // Seeded directly: 65 comments through the API would test the client, not pagination.
    for (let i = 0; i < 65; i++) {
      const now = server.state.now();
      server.state.comments.push({ id: server.state.nextId(), owner: 'acme', repo: 'churn', issueNumber: 7, body: `c${i}`, user: GITHUB_ACTIONS_BOT, createdAt: now, updatedAt: now });
    }
    const first = await octokit.rest.issues.listComments({ owner: 'acme', repo: 'churn', issue_number: 7, per_page: 30 });
    expect(first.data).toHaveLength(30);
    expect(first.headers.link).toMatch(/rel="next"/);
    const all = await octokit.paginate(octokit.rest.issues.listComments, { owner: 'acme', repo: 'churn', issue_number: 7, per_page: 30 });
    expect(all.map((c) => c.body)).toEqual(Array.from({ length: 65 }, (_, i) => `c${i}`));
    expect(server.calls('GET', '/repos/{owner}/{repo}/issues/{issue_number}/comments')).toHaveLength(4);
  });

  it('answers a secondary rate limit with Retry-After, which the client waits out', async () => {
    server.fault({ method: 'POST', path: '/repos/{owner}/{repo}/issues/{issue_number}/comments' }, faults.secondaryRateLimit(2));
    const created = await octokit.rest.issues.createComment({ owner: 'acme', repo: 'churn', issue_number: 7, body: 'x' });
    expect(created.status).toBe(201);
    const posts = server.calls('POST', '/repos/{owner}/{repo}/issues/{issue_number}/comments');
    expect(posts.map((p) => p.status)).toEqual([403, 201]);
    expect(server.state.comments).toHaveLength(1);
  });

  it('retries a 5xx', async () => {
    server.fault({ method: 'GET', path: '/repos/{owner}/{repo}/pulls/{pull_number}', times: 2 }, faults.serverError(502));
    const pull = await octokit.rest.pulls.get({ owner: 'acme', repo: 'churn', pull_number: 7 });
    expect(pull.data.head.sha).toBe('a'.repeat(40));
    expect(server.calls('GET', '/repos/{owner}/{repo}/pulls/{pull_number}').map((c) => c.status)).toEqual([502, 502, 200]);
  });

  it('answers 404 for a missing pull request and 422 for a comment body over 65,536 characters', async () => {
    await expect(octokit.rest.pulls.get({ owner: 'acme', repo: 'churn', pull_number: 99 })).rejects.toMatchObject({ status: 404 });
    await expect(
      octokit.rest.issues.createComment({ owner: 'acme', repo: 'churn', issue_number: 7, body: 'x'.repeat(65_537) }),
    ).rejects.toMatchObject({ status: 422 });
  });

  it('answers 403 to GET /user for an installation token, and to writes without the permission', async () => {
    await expect(octokit.rest.users.getAuthenticated()).rejects.toMatchObject({ status: 403 });
    server.addToken('ghs_read', { user: GITHUB_ACTIONS_BOT, write: new Set() });
    const reader = createOctokit('ghs_read', { baseUrl: server.url });
    await expect(
      reader.rest.checks.create({ owner: 'acme', repo: 'churn', name: 'gate', head_sha: 'a'.repeat(40) }),
    ).rejects.toMatchObject({ status: 403 });
  });

  it('records who applied a label', async () => {
    applyLabel(server, server.state.pulls[0]!, 'mlci:override', { login: 'lead', id: 5, type: 'User' });
    const events = await octokit.rest.issues.listEvents({ owner: 'acme', repo: 'churn', issue_number: 7 });
    expect(events.data[0]).toMatchObject({ event: 'labeled', actor: { login: 'lead' } });
  });

  it('records a request GitHub would reject as a contract violation', async () => {
    await octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
      owner: 'acme', repo: 'churn', issue_number: 7, not_a_parameter: 'x',
    }).catch(() => undefined);
    expect(server.violations.join('\n')).toMatch(/not_a_parameter/);
    server.violations.length = 0;
  });

  it('records a response that does not match the description as a contract violation', async () => {
    server.route('GET', '/repos/{owner}/{repo}/pulls/{pull_number}', () => ({ status: 200, body: { number: 'seven' } }));
    await octokit.rest.pulls.get({ owner: 'acme', repo: 'churn', pull_number: 7 });
    expect(server.violations.join('\n')).toMatch(/response 200 body/);
    server.violations.length = 0;
  });

  it('lets other areas register handlers for documented operations only', () => {
    server.route('GET', '/repos/{owner}/{repo}/git/ref/{ref}', () => ({ status: 404 }));
    expect(() => server.route('GET', '/repos/{owner}/{repo}/not-real', () => ({ status: 200 }))).toThrow(/not an operation/);
  });
});

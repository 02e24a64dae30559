import { afterEach, describe, expect, it } from 'vitest';
import { createOctokit, GITHUB_PACING, pacingFor, setApiPacing } from '../../shared/action/octokit.js';
import { GITHUB_ACTIONS_BOT, GitHubServer, LOCAL_SERVER_PACING, openPull } from '../helpers/github-server.js';

/**
 * GitHub's pacing (writes a second apart, comments three, Retry-After in seconds) is what every client
 * gets, except for the URL of an in-process stand-in of GitHub that registered itself (an in-process
 * call: there is no input or environment variable for it).
 */
const saved = { ...process.env };
afterEach(() => {
  process.env = { ...saved };
});

describe('createOctokit pacing', () => {
  it("keeps GitHub's pacing for github.com, GHES and any URL nobody registered", () => {
    expect(GITHUB_PACING).toEqual({ writeIntervalMs: 1000, notificationIntervalMs: 3000, retryAfterBaseValue: 1000 });
    for (const url of ['https://api.github.com', 'https://ghes.example.com/api/v3', 'http://127.0.0.1:8080']) {
      expect(pacingFor(url)).toEqual(GITHUB_PACING);
    }
  });

  it('gives the local server its own pacing while it runs, and only for its exact URL', async () => {
    const server = await GitHubServer.start();
    const port = Number(new URL(server.url).port);
    expect(pacingFor(server.url)).toEqual(LOCAL_SERVER_PACING);
    expect(pacingFor(`${server.url}/`)).toEqual(LOCAL_SERVER_PACING);
    expect(pacingFor(`http://127.0.0.1:${port + 1}`)).toEqual(GITHUB_PACING);
    expect(pacingFor(`http://localhost:${port}`)).toEqual(GITHUB_PACING);
    await server.close();
    expect(pacingFor(server.url)).toEqual(GITHUB_PACING);
  });

  it('lets explicit settings win over a registered pacing, field by field', () => {
    const release = setApiPacing('https://ghes.example.com/api/v3/', { writeIntervalMs: 5 });
    try {
      expect(pacingFor('https://ghes.example.com/api/v3')).toEqual({ ...GITHUB_PACING, writeIntervalMs: 5 });
      expect(pacingFor('https://ghes.example.com/api/v3', { writeIntervalMs: 2000, retryAfterBaseValue: 1 })).toEqual({
        ...GITHUB_PACING,
        writeIntervalMs: 2000,
        retryAfterBaseValue: 1,
      });
    } finally {
      release();
    }
    expect(pacingFor('https://ghes.example.com/api/v3')).toEqual(GITHUB_PACING);
  });

  it('an undo from an earlier registration does not remove a later one', () => {
    const first = setApiPacing('http://127.0.0.1:9', { writeIntervalMs: 1 });
    const second = setApiPacing('http://127.0.0.1:9', { writeIntervalMs: 2 });
    first();
    expect(pacingFor('http://127.0.0.1:9').writeIntervalMs).toBe(2);
    second();
    expect(pacingFor('http://127.0.0.1:9')).toEqual(GITHUB_PACING);
  });

  it('still retries through the throttling plugin on the local server (secondary limit, then 5xx)', async () => {
    const server = await GitHubServer.start();
    try {
      server.addToken('ghs_t', { user: GITHUB_ACTIONS_BOT });
      openPull(server, { owner: 'acme', repo: 'churn', number: 3, headSha: 'a'.repeat(40) });
      // An action builds its client from GITHUB_API_URL, not from settings.
      process.env.GITHUB_API_URL = server.url;
      const octokit = createOctokit('ghs_t');
      server.fault({ method: 'POST', path: '/repos/{owner}/{repo}/issues/{issue_number}/comments' }, {
        status: 403,
        headers: { 'retry-after': '60' },
        body: { message: 'You have exceeded a secondary rate limit.', documentation_url: 'https://docs.github.com/rest' },
      });
      server.fault({ method: 'PATCH', path: '/repos/{owner}/{repo}/issues/comments/{comment_id}', times: 2 }, { status: 502, body: { message: 'Server Error' } });
      const created = await octokit.rest.issues.createComment({ owner: 'acme', repo: 'churn', issue_number: 3, body: 'a' });
      await octokit.rest.issues.updateComment({ owner: 'acme', repo: 'churn', comment_id: created.data.id, body: 'b' });
      expect(server.exchanges.map((e) => `${e.method} ${e.status}`)).toEqual(['POST 403', 'POST 201', 'PATCH 502', 'PATCH 502', 'PATCH 200']);
      expect(server.state.comments.map((c) => c.body)).toEqual(['b']);
    } finally {
      await server.close();
    }
  });
});

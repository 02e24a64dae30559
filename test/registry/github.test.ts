import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getOctokit } from '@actions/github';
import { runCli } from '../../shared/cli/main.js';
import { commands } from '../../shared/cli/commands/registry.js';
import { UserError } from '../../shared/errors.js';
import { GitHubDeployments, GitHubDispatcher } from '../../shared/github/deployments.js';
import { GitHubTagStore } from '../../shared/github/git-refs.js';
import { readModelState } from '../../shared/registry/assignment.js';
import type { RegistryDeps } from '../../shared/registry/ports.js';
import { promote, type PromoteOptions } from '../../shared/registry/promote.js';
import { rollback } from '../../shared/registry/rollback.js';
import { currentVersion } from '../../shared/registry/state.js';
import { GITHUB_ACTIONS_BOT, GitHubServer, type PermissionName } from '../helpers/github-server.js';
import { registerRegistryRoutes, type RegistryRouteState } from '../helpers/github-routes-registry.js';
import { gateEvidence, makeRegistry, type TestRegistry } from './fixtures.js';

const SHA = 'a'.repeat(40);
const repository = { owner: 'acme', repo: 'models' };

let server: GitHubServer;
let routes: RegistryRouteState;

beforeEach(async () => {
  server = await GitHubServer.start();
  routes = registerRegistryRoutes(server);
});

afterEach(async () => {
  if (process.env.DEBUG_EXCHANGES) console.log(server.exchanges.map((e) => `${e.method} ${e.path} ${e.status}`).join("\n"));
  await server.close();
});

function githubDeps(reg: TestRegistry, write?: PermissionName[]): RegistryDeps {
  const token = `token-${write?.join('-') ?? 'all'}`;
  server.addToken(token, { user: GITHUB_ACTIONS_BOT, ...(write ? { write: new Set(write) } : {}) });
  // Plain Octokit: the throttling plugin spaces writes one second apart, which tests do not need.
  const octokit = getOctokit(token, { baseUrl: server.url });
  return {
    ...reg.deps,
    tags: new GitHubTagStore(octokit, repository, SHA),
    deployments: new GitHubDeployments(octokit, repository),
    dispatcher: new GitHubDispatcher(octokit, repository),
    runUrl: 'https://github.com/acme/models/actions/runs/1',
  };
}

function options(artifact: string, digest: `sha256:${string}`, extra: Partial<PromoteOptions> = {}): PromoteOptions {
  return { model: 'churn', version: 'patch', artifact, environment: 'prod', config: { lines: new Map() }, evidence: [gateEvidence(digest, '2026-03-01T08:00:00Z')], ...extra };
}

describe('promote and rollback through the GitHub REST API', () => {
  it('creates annotated tags, a deployment with auto_merge false and its status, and dispatches', async () => {
    const reg = makeRegistry();
    const deps = githubDeps(reg);
    const m = reg.model('a');
    const result = await promote(options(m.path, m.digest, { dispatch: { kind: 'workflow', workflow: 'deploy.yml', ref: 'main' } }), deps);
    expect(result).toMatchObject({ version: 'v0.0.1', tag: 'churn#prod#1', registeredTag: 'churn@v0.0.1' });
    expect([...routes.refs.keys()].sort()).toEqual(['refs/tags/churn#prod#1', 'refs/tags/churn@v0.0.1']);
    expect([...routes.refs.values()].every((r) => r.type === 'tag')).toBe(true);

    const [deployment] = routes.deployments;
    expect(deployment).toMatchObject({ id: result.deploymentId, environment: 'prod', sha: SHA, autoMerge: false, requiredContexts: [] });
    expect(deployment?.payload).toMatchObject({ model: 'churn', version: 'v0.0.1', modelDigest: m.digest });
    expect(deployment?.statuses.map((s) => s.state)).toEqual(['success']);
    expect(routes.dispatches).toEqual([{ kind: 'workflow', workflow: 'deploy.yml', body: { ref: 'main', inputs: { model: 'churn', version: 'v0.0.1', environment: 'prod', 'model-digest': m.digest, tag: 'churn#prod#1' } } }]);

    const state = await readModelState(deps, 'churn');
    expect(currentVersion(state, 'prod')?.facts.modelDigest).toBe(m.digest);
  });

  it('rolls back: marks the bad deployment inactive and creates a new one', async () => {
    const reg = makeRegistry();
    const deps = githubDeps(reg);
    const a = reg.model('a');
    const b = reg.model('b');
    await promote(options(a.path, a.digest), deps);
    const second = await promote(options(b.path, b.digest), deps);
    const result = await rollback({ model: 'churn', environment: 'prod', reason: 'error rate up' }, deps);
    expect(result).toMatchObject({ version: 'v0.0.1', previousVersion: 'v0.0.2', tag: 'churn#prod#3', inactiveDeploymentId: second.deploymentId });
    const bad = routes.deployments.find((d) => d.id === second.deploymentId);
    expect(bad?.statuses.map((s) => s.state)).toEqual(['success', 'inactive']);
    const fresh = routes.deployments.find((d) => d.id === result.deploymentId);
    expect(fresh?.payload).toMatchObject({ version: 'v0.0.1', rollbackOf: 'churn#prod#2', reason: 'error rate up' });
    expect(fresh?.statuses.map((s) => s.state)).toEqual(['success']);
  });

  it('retries the next counter when GitHub answers 422 Reference already exists', async () => {
    const reg = makeRegistry();
    const deps = githubDeps(reg);
    const a = reg.model('a');
    const logs: string[] = [];
    // Another promotion creates churn#prod#1 between our listing and our ref creation.
    const tags = deps.tags;
    let interfered = false;
    const racing = {
      ...deps,
      log: (line: string) => logs.push(line),
      tags: {
        description: tags.description,
        list: (p: string[]) => tags.list(p),
        prepare: (t: Parameters<typeof tags.prepare>[0]) => tags.prepare(t),
        defaultCommit: () => tags.defaultCommit(),
        async publish(name: string, id: string) {
          if (name === 'churn#prod#1' && !interfered) {
            interfered = true;
            const other = await tags.prepare({ name, commit: SHA, message: 'Assign\n\nModel: churn\nVersion: v0.0.1\n', tagger: deps.tagger, date: new Date('2026-03-01T09:00:00Z') });
            await tags.publish(name, other);
          }
          return tags.publish(name, id);
        },
      },
    };
    const result = await promote(options(a.path, a.digest), racing);
    expect(result.tag).toBe('churn#prod#2');
    expect(logs.some((l) => l.includes('churn#prod#1 was taken'))).toBe(true);
    expect(server.calls('POST', '/repos/{owner}/{repo}/git/refs').filter((c) => c.status === 422)).toHaveLength(1);
  });

  it('mlci registry show/history read the tags through the REST API', async () => {
    const reg = makeRegistry();
    const deps = githubDeps(reg);
    const a = reg.model('a');
    await promote(options(a.path, a.digest, { reason: 'first' }), deps);
    const out: string[] = [];
    const err: string[] = [];
    const io = { out: (t: string) => out.push(t), err: (t: string) => err.push(t), json: false, cwd: reg.dir, env: { GITHUB_API_URL: server.url, GITHUB_TOKEN: 'token-all' } };
    expect(await runCli(['registry', 'history', 'churn', 'prod', '--github', 'acme/models'], io, commands)).toBe(0);
    expect(out.join('')).toMatch(/churn#prod#1 +v0\.0\.1 \[current\] — reason: first/);
    expect(await runCli(['registry', 'show', '--github', 'acme/models'], { ...io, env: { GITHUB_API_URL: server.url } }, commands)).toBe(1);
    expect(err.join('')).toMatch(/needs a token/);
  });

  describe('a token without a permission: the error names it, and no tag is written', () => {
    it('contents: write', async () => {
      const reg = makeRegistry();
      const m = reg.model('a');
      const error = await promote(options(m.path, m.digest), githubDeps(reg, ['deployments'])).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UserError);
      expect((error as UserError).message).toMatch(/may not create the tag object churn@v0.0.1 \(403/);
      expect((error as UserError).fix).toContain('`contents: write`');
      expect(routes.refs.size).toBe(0);
      expect(routes.deployments).toHaveLength(0);
    });

    it('deployments: write', async () => {
      const reg = makeRegistry();
      const m = reg.model('a');
      const error = await promote(options(m.path, m.digest), githubDeps(reg, ['contents'])).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UserError);
      expect((error as UserError).message).toMatch(/may not create a deployment to prod \(403/);
      expect((error as UserError).fix).toContain('`deployments: write`');
      expect(routes.refs.size).toBe(0);
    });
  });
});

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, vi } from 'vitest';
import { evaluationRecordType } from '../../shared/schemas/evaluation-record.js';
import { GITHUB_ACTIONS_BOT, GitHubServer, type PermissionName } from '../helpers/github-server.js';
import { registerRegistryRoutes, type RegistryRouteState } from '../helpers/github-routes-registry.js';
import { evaluationRecord, makeRegistry, type TestRegistry } from './fixtures.js';

/**
 * What the promote and rollback action tests share: a fake GitHub with the registry routes, a git
 * repository as the workspace, a local store, and the runner's environment variables.
 */
export interface ActionHarness {
  server: GitHubServer;
  routes: RegistryRouteState;
  reg: TestRegistry;
  env(): Record<string, string>;
  token(write?: PermissionName[]): string;
  modelWithRecord(content: string, accuracy: number): Promise<{ path: string; digest: `sha256:${string}`; evidence: string }>;
  promoteInputs(m: { path: string; evidence: string }, token: string): Record<string, string>;
}

export function useActionHarness(): ActionHarness {
  let saved: NodeJS.ProcessEnv;
  const harness = {} as ActionHarness;
  beforeEach(async () => {
    saved = { ...process.env };
    harness.server = await GitHubServer.start();
    harness.routes = registerRegistryRoutes(harness.server);
    harness.reg = makeRegistry(new Date());
    vi.spyOn(console, 'log').mockImplementation(() => {});
  });
  afterEach(async () => {
    process.env = saved;
    vi.restoreAllMocks();
    await harness.server.close();
  });
  harness.env = () => ({
    GITHUB_API_URL: harness.server.url,
    GITHUB_REPOSITORY: 'acme/models',
    GITHUB_SHA: 'b'.repeat(40),
    GITHUB_REF: 'refs/heads/main',
    GITHUB_ACTOR: 'octocat',
    GITHUB_RUN_ID: '7',
    GITHUB_WORKSPACE: harness.reg.dir,
  });
  harness.token = (write) => {
    const name = `t-${write?.join('-') ?? 'all'}`;
    harness.server.addToken(name, { user: GITHUB_ACTIONS_BOT, ...(write ? { write: new Set(write) } : {}) });
    return name;
  };
  // The record is only a file: promote itself must keep it in the store for the rollback summary.
  harness.modelWithRecord = async (content, accuracy) => {
    const m = harness.reg.model(content);
    const file = join(harness.reg.dir, `evaluation-${accuracy}.json`);
    writeFileSync(file, evaluationRecordType.serialize(evaluationRecord(m.digest, new Date().toISOString(), { accuracy })));
    return { ...m, evidence: file };
  };
  harness.promoteInputs = (m, token) => {
    const config = join(harness.reg.dir, 'promotion.yml');
    writeFileSync(config, 'environments:\n  prod:\n    evidence: evaluation\n    max-evidence-age: 1d\n');
    return { model: 'churn', version: 'minor', artifact: m.path, environment: 'prod', config, evidence: m.evidence, token, store: harness.reg.store.location, force: 'false', 's3-checksums': 'when-supported' };
  };
  return harness;
}

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { run as runPromote } from '../../actions/promote/src/main.js';
import { run as runRollback } from '../../actions/rollback/src/main.js';
import { evaluationRecordType } from '../../shared/schemas/evaluation-record.js';
import { GITHUB_ACTIONS_BOT, GitHubServer, type PermissionName } from '../helpers/github-server.js';
import { registerRegistryRoutes, type RegistryRouteState } from '../helpers/github-routes-registry.js';
import { evaluationRecord, gateDecision, makeRegistry, type TestRegistry } from '../registry/fixtures.js';
import { runActionMain } from '../registry/action-runner.js';

let server: GitHubServer;
let routes: RegistryRouteState;
let reg: TestRegistry;
let saved: NodeJS.ProcessEnv;

beforeEach(async () => {
  saved = { ...process.env };
  server = await GitHubServer.start();
  routes = registerRegistryRoutes(server);
  reg = makeRegistry(new Date());
  vi.spyOn(console, 'log').mockImplementation(() => {});
});

afterEach(async () => {
  process.env = saved;
  vi.restoreAllMocks();
  await server.close();
});

function env(): Record<string, string> {
  return { GITHUB_API_URL: server.url, GITHUB_REPOSITORY: 'acme/models', GITHUB_SHA: 'b'.repeat(40), GITHUB_REF: 'refs/heads/main', GITHUB_ACTOR: 'octocat', GITHUB_RUN_ID: '7', GITHUB_WORKSPACE: reg.dir };
}

function token(write?: PermissionName[]): string {
  const name = `t-${write?.join('-') ?? 'all'}`;
  server.addToken(name, { user: GITHUB_ACTIONS_BOT, ...(write ? { write: new Set(write) } : {}) });
  return name;
}

/** A model with an evaluation record written both as a file (evidence) and into the store (for the summary). */
async function modelWithRecord(content: string, accuracy: number) {
  const m = reg.model(content);
  const record = evaluationRecordType.serialize(evaluationRecord(m.digest, new Date().toISOString(), { accuracy }));
  const file = join(reg.dir, `evaluation-${accuracy}.json`);
  writeFileSync(file, record);
  await reg.store.putBlob(Buffer.from(record));
  return { ...m, evidence: file };
}

function promoteInputs(m: { path: string; evidence: string }, t: string): Record<string, string> {
  writeFileSync(join(reg.dir, 'promotion.yml'), 'environments:\n  prod:\n    evidence: evaluation\n    max-evidence-age: 1d\n');
  return { model: 'churn', version: 'minor', artifact: m.path, environment: 'prod', config: join(reg.dir, 'promotion.yml'), evidence: m.evidence, token: t, store: reg.store.location, force: 'false', 's3-checksums': 'when-supported' };
}

describe('actions/promote and actions/rollback', () => {
  it('promote sets version, tag, deployment-id and previous-version; rollback shows both versions side by side', async () => {
    const t = token();
    const a = await modelWithRecord('a', 0.91);
    const b = await modelWithRecord('b', 0.85);
    const first = await runActionMain(runPromote, promoteInputs(a, t), env());
    expect(first.exitCode).toBeUndefined();
    expect(first.outputs).toMatchObject({ version: 'v0.1.0', tag: 'churn#prod#1', 'previous-version': '', changed: 'true', 'model-digest': a.digest });
    expect(Number(first.outputs['deployment-id'])).toBe(routes.deployments[0]?.id);
    const second = await runActionMain(runPromote, promoteInputs(b, t), env());
    expect(second.outputs).toMatchObject({ version: 'v0.2.0', tag: 'churn#prod#2', 'previous-version': 'v0.1.0' });
    expect(second.summary).toContain('### Promoted churn v0.2.0 to prod');

    const back = await runActionMain(runRollback, { model: 'churn', environment: 'prod', reason: 'accuracy dropped', token: t, store: reg.store.location }, env());
    expect(back.exitCode).toBeUndefined();
    expect(back.outputs).toMatchObject({ version: 'v0.1.0', 'previous-version': 'v0.2.0', tag: 'churn#prod#3' });
    expect(back.summary).toContain('**Reason:** accuracy dropped');
    expect(back.summary).toMatch(/\| accuracy \| +0\.8500 \| +0\.9100 \|/);
    expect(routes.deployments.find((d) => d.id === Number(second.outputs['deployment-id']))?.statuses.at(-1)?.state).toBe('inactive');
  });

  it('takes the gate decision inline (the gate action output) next to a record path', async () => {
    const t = token();
    const a = await modelWithRecord('a', 0.91);
    const decision = JSON.stringify(gateDecision(a.digest, new Date().toISOString()));
    const inputs = { ...promoteInputs(a, t), environment: 'staging', evidence: `${decision}\n${a.evidence}` };
    writeFileSync(join(reg.dir, 'promotion.yml'), 'environments:\n  staging:\n    evidence: gate\n');
    const result = await runActionMain(runPromote, inputs, env());
    expect(result.exitCode).toBeUndefined();
    expect(result.outputs).toMatchObject({ tag: 'churn#staging#1', version: 'v0.1.0' });
  });

  it('fails the step naming the missing permission, and writes no tag', async () => {
    const t = token(['contents']);
    const a = await modelWithRecord('a', 0.91);
    const errors: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      errors.push(String(chunk));
      return true;
    });
    const result = await runActionMain(runPromote, promoteInputs(a, t), env());
    expect(result.exitCode).toBe(1);
    expect(errors.join('')).toMatch(/::error.*deployments: write/);
    expect(routes.refs.size).toBe(0);
  });

  it('rollback without a reason is a configuration error', async () => {
    const t = token();
    const errors: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      errors.push(String(chunk));
      return true;
    });
    const result = await runActionMain(runRollback, { model: 'churn', environment: 'prod', token: t, store: reg.store.location }, env());
    expect(result.exitCode).toBe(1);
    expect(errors.join('')).toMatch(/Input 'reason' is required/);
  });
});

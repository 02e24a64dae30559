import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../shared/errors.js';
import { pointerKey, readModelState } from '../../shared/registry/assignment.js';
import { promote } from '../../shared/registry/promote.js';
import { loadVersionMetrics, rollbackSummary } from '../../shared/registry/render.js';
import { rollback } from '../../shared/registry/rollback.js';
import { currentVersion, findVersion } from '../../shared/registry/state.js';
import { blobKey } from '../../shared/store/object-store.js';
import { environmentPointerType } from '../../shared/schemas/promotion.js';
import { evaluationRecordType } from '../../shared/schemas/evaluation-record.js';
import { evaluationEvidence, evaluationRecord, makeRegistry, type TestRegistry } from './fixtures.js';

const config = { lines: new Map<string, number>() };

/** Promotes three models to prod in turn, each with its evaluation record in the store. */
async function threeReleases(reg: TestRegistry) {
  const models = ['m1', 'm2', 'm3'].map((content) => reg.model(content));
  for (const [i, m] of models.entries()) {
    const record = evaluationRecord(m.digest, '2026-03-01T08:00:00Z', { accuracy: 0.8 + i / 100, f1: 0.7 - i / 100 });
    await reg.store.putBlob(Buffer.from(evaluationRecordType.serialize(record)));
    const evidence = [evaluationEvidence(m.digest, '2026-03-01T08:00:00Z', { accuracy: 0.8 + i / 100, f1: 0.7 - i / 100 })];
    await promote({ model: 'churn', version: 'minor', artifact: m.path, environment: 'prod', config: { ...config, config: { environments: { prod: { evidence: 'evaluation' } } }, source: 'p.yml' }, evidence }, reg.deps);
  }
  return models;
}

function tagCount(reg: TestRegistry): number {
  return execFileSync('git', ['tag', '--list'], { cwd: reg.dir, encoding: 'utf8' }).split('\n').filter(Boolean).length;
}

describe('rollback', () => {
  it('assigns the previous distinct version with Rollback-Of and Reason, and moves the pointer back', async () => {
    const reg = makeRegistry();
    const models = await threeReleases(reg);
    const result = await rollback({ model: 'churn', environment: 'prod', reason: 'precision dropped\nin production' }, reg.deps);
    expect(result).toMatchObject({ version: 'v0.2.0', previousVersion: 'v0.3.0', rollbackOf: 'churn#prod#3', tag: 'churn#prod#4', modelDigest: models[1]?.digest });
    const state = await readModelState(reg.deps, 'churn');
    expect(currentVersion(state, 'prod')?.version).toBe('v0.2.0');
    expect(state.environments.get('prod')?.at(-1)?.facts).toMatchObject({ rollbackOf: 'churn#prod#3', reason: 'precision dropped in production', previousVersion: 'v0.3.0' });
    const pointer = environmentPointerType.parse((await reg.store.readPointer(pointerKey('churn', 'prod')))!.body.toString(), 'p');
    expect(pointer).toMatchObject({ version: 'v0.2.0', counter: 4 });

    // A second rollback does not go back to the version just rolled back from.
    const second = await rollback({ model: 'churn', environment: 'prod', reason: 'still bad' }, reg.deps);
    expect(second.version).toBe('v0.1.0');
  });

  it('shows both versions metrics side by side from their evaluation records', async () => {
    const reg = makeRegistry();
    await threeReleases(reg);
    const result = await rollback({ model: 'churn', environment: 'prod', to: '0.1.0', reason: 'bad | <b>html</b>' }, reg.deps);
    const state = await readModelState(reg.deps, 'churn');
    const from = await loadVersionMetrics(reg.store, findVersion(state, 'v0.3.0')!);
    const target = await loadVersionMetrics(reg.store, findVersion(state, 'v0.1.0')!);
    const markdown = rollbackSummary(result, { from, target });
    expect(markdown).toMatch(/\| accuracy \| +0\.8200 \| +0\.8000 \|/);
    expect(markdown).toMatch(/\| f1 +\| +0\.6800 \| +0\.7000 \|/);
    expect(markdown).toMatch(/v0\.3\.0 \\\(rolled back\\\)/);
    expect(markdown).not.toContain('<b>');
  });

  describe('bad input: a clear error and no tag written', () => {
    it('no earlier version', async () => {
      const reg = makeRegistry();
      const m = reg.model('only');
      await promote({ model: 'churn', version: 'patch', artifact: m.path, environment: 'prod', config, evidence: [], force: true, reason: 'first' }, reg.deps);
      const before = tagCount(reg);
      await expect(rollback({ model: 'churn', environment: 'prod', reason: 'r' }, reg.deps)).rejects.toThrow(/no earlier version in 'prod' than v0.0.1/);
      expect(tagCount(reg)).toBe(before);
    });

    it('no reason, nothing assigned, unknown target', async () => {
      const reg = makeRegistry();
      await threeReleases(reg);
      const before = tagCount(reg);
      await expect(rollback({ model: 'churn', environment: 'prod', reason: '  ' }, reg.deps)).rejects.toThrow(UserError);
      await expect(rollback({ model: 'churn', environment: 'staging', reason: 'r' }, reg.deps)).rejects.toThrow(/Nothing of churn is current in 'staging'/);
      await expect(rollback({ model: 'churn', environment: 'prod', to: 'v9.9.9', reason: 'r' }, reg.deps)).rejects.toThrow(/no version 'v9.9.9' \(registered: v0.1.0, v0.2.0, v0.3.0\)/);
      await expect(rollback({ model: 'churn', environment: 'prod', to: 'v0.3.0', reason: 'r' }, reg.deps)).rejects.toThrow(/already current/);
      expect(tagCount(reg)).toBe(before);
    });

    it('a target whose model is gone from the store', async () => {
      const reg = makeRegistry();
      const models = await threeReleases(reg);
      rmSync(`${reg.store.location}/${blobKey(models[1]!.digest)}`);
      const before = tagCount(reg);
      await expect(rollback({ model: 'churn', environment: 'prod', reason: 'r' }, reg.deps)).rejects.toThrow(/is not in the store/);
      expect(tagCount(reg)).toBe(before);
    });
  });
});

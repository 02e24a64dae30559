import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { digestBytes } from '../../shared/digest.js';
import { UserError } from '../../shared/errors.js';
import { writeLineage } from '../../shared/lineage/lineage-store.js';
import { promote, type PromoteOptions } from '../../shared/registry/promote.js';
import { fetchReferencedModel, isRegistryReference, resolveRegistryReference } from '../../shared/registry/resolve.js';
import { pointerKey, readModelState } from '../../shared/registry/assignment.js';
import { currentVersion } from '../../shared/registry/state.js';
import { parseTagMessage } from '../../shared/registry/tag-message.js';
import { environmentPointerType, promotionEventType } from '../../shared/schemas/promotion.js';
import { evaluationEvidence, gateEvidence, makeRegistry, STAGED_CONFIG, type TestRegistry } from './fixtures.js';

const HOUR = 3_600_000;

function options(reg: TestRegistry, artifact: string, environment: string, extra: Partial<PromoteOptions> = {}): PromoteOptions {
  return { model: 'churn', version: 'minor', artifact, environment, config: STAGED_CONFIG, evidence: [], ...extra };
}

function tagNames(reg: TestRegistry): string[] {
  return execFileSync('git', ['tag', '--list'], { cwd: reg.dir, encoding: 'utf8' }).split('\n').filter(Boolean).sort();
}

async function expectUserError(work: Promise<unknown>, pattern: RegExp): Promise<UserError> {
  const error = await work.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(UserError);
  expect((error as UserError).message).toMatch(pattern);
  return error as UserError;
}

describe('promote', () => {
  it('registers, assigns, moves the pointer and records the event, through staging to prod', async () => {
    const reg = makeRegistry();
    const m = reg.model('model-a');
    const evidence = [gateEvidence(m.digest, '2026-03-01T08:00:00Z'), evaluationEvidence(m.digest, '2026-03-01T07:00:00Z')];
    const staged = await promote(options(reg, m.path, 'staging', { evidence, dataVersions: ['churn@3'] }), reg.deps);
    expect(staged).toMatchObject({ version: 'v0.1.0', tag: 'churn#staging#1', registeredTag: 'churn@v0.1.0', changed: true });
    expect(staged.previousVersion).toBeUndefined();

    reg.now.value = new Date(reg.now.value.getTime() + 2 * HOUR);
    const prod = await promote(options(reg, m.digest, 'prod', { evidence, version: 'patch', reason: 'weekly release' }), reg.deps);
    expect(prod).toMatchObject({ version: 'v0.1.0', tag: 'churn#prod#2', changed: true });
    expect(prod.registeredTag).toBeUndefined();
    expect(tagNames(reg)).toEqual(['churn#prod#2', 'churn#staging#1', 'churn@v0.1.0']);

    const message = execFileSync('git', ['tag', '-l', '--format=%(contents)', 'churn@v0.1.0'], { cwd: reg.dir, encoding: 'utf8' });
    const { facts } = parseTagMessage(message);
    expect(facts).toMatchObject({ model: 'churn', version: 'v0.1.0', modelDigest: m.digest, dataVersions: ['churn@3'] });
    expect(facts.evaluationDigest).toBe(evidence[1]?.digest);
    expect(await reg.store.getBlob(m.digest)).toEqual(Buffer.from('model-a'));

    const pointer = await reg.store.readPointer(pointerKey('churn', 'prod'));
    expect(environmentPointerType.parse(pointer!.body.toString(), 'pointer')).toMatchObject({ version: 'v0.1.0', modelDigest: m.digest, tag: 'churn#prod#2', counter: 2 });
    const event = promotionEventType.parse((await reg.store.getBlob(prod.eventDigest!)).toString(), 'event');
    expect(event).toMatchObject({ action: 'promote', reason: 'weekly release', environment: 'prod', forced: false });
  });

  it('records the previous version, and a re-run of the same promotion writes nothing', async () => {
    const reg = makeRegistry();
    const a = reg.model('a');
    const b = reg.model('b');
    const config = { lines: new Map() };
    await promote(options(reg, a.path, 'prod', { config, evidence: [gateEvidence(a.digest, '2026-03-01T08:00:00Z')] }), reg.deps);
    const second = await promote(options(reg, b.path, 'prod', { config, evidence: [gateEvidence(b.digest, '2026-03-01T08:00:00Z')] }), reg.deps);
    expect(second).toMatchObject({ version: 'v0.2.0', previousVersion: 'v0.1.0', tag: 'churn#prod#2' });
    const again = await promote(options(reg, b.path, 'prod', { config, evidence: [gateEvidence(b.digest, '2026-03-01T08:00:00Z')] }), reg.deps);
    expect(again).toMatchObject({ changed: false, tag: 'churn#prod#2' });
    expect(tagNames(reg)).toHaveLength(4);
  });

  it('force skips the evidence but needs a reason, and records both', async () => {
    const reg = makeRegistry();
    const m = reg.model('hotfix');
    await expectUserError(promote(options(reg, m.path, 'staging', { force: true }), reg.deps), /needs a reason/);
    const result = await promote(options(reg, m.path, 'staging', { force: true, reason: 'hotfix for incident 42' }), reg.deps);
    expect(result.forced).toBe(true);
    const state = await readModelState(reg.deps, 'churn');
    expect(state.environments.get('staging')?.[0]?.facts).toMatchObject({ forced: true, reason: 'hotfix for incident 42' });
  });

  describe('bad input: a clear error and no tag written', () => {
    it('out of order: prod only from staging', async () => {
      const reg = makeRegistry();
      const m = reg.model('a');
      const error = await expectUserError(promote(options(reg, m.path, 'prod', { evidence: [gateEvidence(m.digest, '2026-03-01T08:00:00Z')] }), reg.deps), /must be current in 'staging' first/);
      expect(error.fix).toMatch(/Promote v0.1.0 to 'staging' first/);
      expect(tagNames(reg)).toEqual([]);
    });

    it('too little time in staging', async () => {
      const reg = makeRegistry();
      const m = reg.model('a');
      const evidence = [gateEvidence(m.digest, '2026-03-01T08:00:00Z')];
      await promote(options(reg, m.path, 'staging', { evidence }), reg.deps);
      reg.now.value = new Date(reg.now.value.getTime() + 10 * 60_000);
      await expectUserError(promote(options(reg, m.path, 'prod', { evidence }), reg.deps), /requires 1h there \(ready at 2026-03-01T10:00:00.000Z\)/);
      expect(tagNames(reg)).toEqual(['churn#staging#1', 'churn@v0.1.0']);
    });

    it('a version that exists with another digest', async () => {
      const reg = makeRegistry();
      const a = reg.model('a');
      const b = reg.model('b');
      await promote(options(reg, a.path, 'staging', { version: '1.0.0', evidence: [gateEvidence(a.digest, '2026-03-01T08:00:00Z')] }), reg.deps);
      const error = await expectUserError(promote(options(reg, b.path, 'staging', { version: 'v1.0.0', evidence: [gateEvidence(b.digest, '2026-03-01T08:00:00Z')] }), reg.deps), /churn@v1.0.0 already exists with another model/);
      expect(error.location.input).toBe('version');
      expect(tagNames(reg)).toEqual(['churn#staging#1', 'churn@v1.0.0']);
      expect(await reg.store.hasBlob(b.digest)).toBe(false);
    });

    it('missing evidence', async () => {
      const reg = makeRegistry();
      const m = reg.model('a');
      await expectUserError(promote(options(reg, m.path, 'staging'), reg.deps), /requires a gate decision, and none was given/);
      expect(tagNames(reg)).toEqual([]);
    });

    it('evidence about another model digest', async () => {
      const reg = makeRegistry();
      const m = reg.model('a');
      const other = reg.model('other');
      await expectUserError(promote(options(reg, m.path, 'staging', { evidence: [gateEvidence(other.digest, '2026-03-01T08:00:00Z')] }), reg.deps), /No gate decision is about the model being promoted/);
      expect(tagNames(reg)).toEqual([]);
    });

    it('a gate that did not pass', async () => {
      const reg = makeRegistry();
      const m = reg.model('a');
      await expectUserError(promote(options(reg, m.path, 'staging', { evidence: [gateEvidence(m.digest, '2026-03-01T08:00:00Z', 'failure')] }), reg.deps), /did not pass/);
      expect(tagNames(reg)).toEqual([]);
    });

    it('stale evidence', async () => {
      const reg = makeRegistry();
      const m = reg.model('a');
      const evidence = [gateEvidence(m.digest, '2026-02-01T08:00:00Z')];
      await promote(options(reg, m.path, 'staging', { evidence, force: true, reason: 'seed staging' }), reg.deps);
      reg.now.value = new Date(reg.now.value.getTime() + 2 * HOUR);
      await expectUserError(promote(options(reg, m.path, 'prod', { evidence }), reg.deps), /is stale: made 2026-02-01T08:00:00Z .* up to 7d old/);
      expect(tagNames(reg)).toEqual(['churn#staging#1', 'churn@v0.1.0']);
    });

    it('an environment not in the config', async () => {
      const reg = makeRegistry();
      const m = reg.model('a');
      const error = await expectUserError(promote(options(reg, m.path, 'qa', { force: true, reason: 'x' }), reg.deps), /'qa' is not in promotion.yml \(declared: staging, prod\)/);
      expect(error.location).toMatchObject({ input: 'environment', file: 'promotion.yml' });
      expect(tagNames(reg)).toEqual([]);
    });

    it('an artifact that does not exist, or a digest not in the store', async () => {
      const reg = makeRegistry();
      await expectUserError(promote(options(reg, `${reg.dir}/missing.onnx`, 'staging'), reg.deps), /missing.onnx does not exist/);
      await expectUserError(promote(options(reg, `sha256:${'0'.repeat(64)}`, 'staging'), reg.deps), /is not in the store/);
      expect(tagNames(reg)).toEqual([]);
    });

    it('a version that is not semver', async () => {
      const reg = makeRegistry();
      const m = reg.model('a');
      await expectUserError(promote(options(reg, m.path, 'staging', { version: 'latest' }), reg.deps), /'latest' is not a version/);
    });
  });

  it('keeps the current version the highest counter after two promotions', async () => {
    const reg = makeRegistry();
    const a = reg.model('a');
    await promote(options(reg, a.path, 'staging', { force: true, reason: 'r' }), reg.deps);
    const state = await readModelState(reg.deps, 'churn');
    expect(currentVersion(state, 'staging')?.facts.modelDigest).toBe(a.digest);
  });
});

describe('promoting what staging runs', () => {
  it('artifact churn#staging carries the evidence recorded at staging on to prod', async () => {
    const reg = makeRegistry();
    const m = reg.model('a');
    const evidence = [gateEvidence(m.digest, '2026-03-01T08:00:00Z')];
    await promote(options(reg, m.path, 'staging', { evidence }), reg.deps);
    reg.now.value = new Date(reg.now.value.getTime() + 2 * HOUR);
    const prod = await promote(options(reg, 'churn#staging', 'prod', { version: 'patch' }), reg.deps);
    expect(prod).toMatchObject({ version: 'v0.1.0', modelDigest: m.digest, tag: 'churn#prod#2', forced: false });
    const state = await readModelState(reg.deps, 'churn');
    expect(state.environments.get('prod')?.[0]?.facts.evidenceDigest).toBe(evidence[0]?.digest);
  });

  it('recorded evidence is checked for freshness again', async () => {
    const reg = makeRegistry();
    const m = reg.model('a');
    await promote(options(reg, m.path, 'staging', { evidence: [gateEvidence(m.digest, '2026-03-01T08:00:00Z')] }), reg.deps);
    reg.now.value = new Date(reg.now.value.getTime() + 8 * 24 * HOUR);
    await expectUserError(promote(options(reg, 'churn#staging', 'prod'), reg.deps), /is stale/);
    expect(tagNames(reg)).toEqual(['churn#staging#1', 'churn@v0.1.0']);
  });

  it('a reference that names nothing is refused', async () => {
    const reg = makeRegistry();
    await expectUserError(promote(options(reg, 'fraud#staging', 'prod'), reg.deps), /Nothing of fraud is current in 'staging'/);
  });
});

describe('registry references', () => {
  it('resolves model#env and model@version to the model digest', async () => {
    const reg = makeRegistry();
    const m = reg.model('a');
    await promote(options(reg, m.path, 'staging', { force: true, reason: 'seed', version: '1.2.0' }), reg.deps);
    expect(await resolveRegistryReference('churn#staging', reg.tags)).toMatchObject({ version: 'v1.2.0', modelDigest: m.digest, environment: 'staging' });
    expect(await resolveRegistryReference('churn@v1.2.0', reg.tags)).toMatchObject({ version: 'v1.2.0', modelDigest: m.digest, tag: 'churn@v1.2.0' });
    await expect(resolveRegistryReference('churn#prod', reg.tags)).rejects.toThrow(/Nothing of churn is current in 'prod'/);
    expect(isRegistryReference('models/churn.onnx')).toBe(false);
    expect(isRegistryReference('churn#prod')).toBe(true);
    const fetched = await fetchReferencedModel('churn#staging', reg.deps, reg.dir);
    expect(fetched?.path).toBe(join(reg.dir, 'churn-v1.2.0.onnx'));
    expect(readFileSync(fetched!.path, 'utf8')).toBe('a');
    expect(await fetchReferencedModel('models/churn.onnx', reg.deps, reg.dir)).toBeUndefined();
  });
});

describe('lineage', () => {
  it('records the data versions the train step recorded for the model', async () => {
    const reg = makeRegistry();
    const m = reg.model('trained');
    const dataDigest = digestBytes('manifest of churn@3');
    await writeLineage(reg.store, {
      kind: 'lineage-record',
      schemaVersion: 1,
      model: { path: 'out/model.onnx', digest: m.digest, size: 7 },
      outputs: [{ path: 'out/model.onnx', digest: m.digest, size: 7 }],
      data: [{ spec: 'churn@latest', name: 'churn', number: 3, digest: dataDigest, source: 'dataset-version', path: 'data' }],
      code: { digest: digestBytes('code'), files: 1 },
      command: 'train.sh',
      environment: { os: 'linux', arch: 'x64', node: 'v20' },
      cacheKey: digestBytes('key'),
      startedAt: '2026-03-01T08:00:00Z',
      finishedAt: '2026-03-01T08:01:00Z',
      durationMs: 60_000,
    });
    await promote(options(reg, m.path, 'staging', { force: true, reason: 'r', dataVersions: ['extra@1'] }), reg.deps);
    const state = await readModelState(reg.deps, 'churn');
    expect(state.versions[0]?.facts.dataVersions).toEqual([`churn@3 ${dataDigest}`, 'extra@1']);
  });
});

describe('re-runs', () => {
  it('a re-run after a crash between the tag and the pointer finishes the pointer', async () => {
    const reg = makeRegistry();
    const m = reg.model('a');
    const opts = options(reg, m.path, 'staging', { force: true, reason: 'r' });
    await promote(opts, reg.deps);
    // Simulate the crash: the pointer write never happened.
    rmSync(join(reg.store.location, 'refs/environments/churn/staging'));
    expect(await reg.store.readPointer(pointerKey('churn', 'staging'))).toBeUndefined();
    const again = await promote(opts, reg.deps);
    expect(again.changed).toBe(false);
    const pointer = await reg.store.readPointer(pointerKey('churn', 'staging'));
    expect(environmentPointerType.parse(pointer!.body.toString(), 'p')).toMatchObject({ tag: 'churn#staging#1', modelDigest: m.digest });
  });
});

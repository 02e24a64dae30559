import { chmod, mkdir, readFile, readdir, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listVersions, loadManifest, resolveDatasetVersion, restoreDataset, versionDataset } from '../../shared/data/index.js';
import { digestBytes } from '../../shared/digest.js';
import { isUserError, type UserError } from '../../shared/errors.js';
import { LocalStore } from '../../shared/store/index.js';
import { useTempDirs } from '../helpers/temp-dir.js';

const tempDir = useTempDirs();

async function workspace() {
  const root = await tempDir();
  await mkdir(join(root, 'data', 'nested'), { recursive: true });
  await writeFile(join(root, 'data', 'train.csv'), 'age,plan,churned\n34,basic,0\n51,pro,1\n29,basic,0\n');
  await writeFile(join(root, 'data', 'nested', 'notes.txt'), 'collected in 2026\n');
  // Old mtimes, so the stat cache may trust them (files changed within the last second are re-hashed).
  const past = new Date(Date.now() - 60_000);
  for (const file of ['data/train.csv', 'data/nested/notes.txt']) await utimes(join(root, file), past, past);
  const store = new LocalStore(join(root, 'store'));
  const base = { name: 'churn', paths: ['data'], cwd: root, store, statCacheFile: join(root, 'cache', 'stat.json'), provenance: { commit: 'abc123', actor: 'octocat' } };
  return { root, store, base };
}

async function userError(work: Promise<unknown>): Promise<UserError> {
  const error = await work.then(() => undefined, (e: unknown) => e);
  expect(isUserError(error), `expected a UserError, got ${String(error)}`).toBe(true);
  return error as UserError;
}

describe('versionDataset', () => {
  it('writes a validated manifest whose digest is the version, with provenance and a profile', async () => {
    const { store, base } = await workspace();
    const result = await versionDataset(base);
    expect(result.changed).toBe(true);
    expect(result.ref).toMatchObject({ name: 'churn', number: 1 });
    const manifest = await loadManifest(store, result.ref.version);
    expect(manifest.files.map((file) => file.path)).toEqual(['data/nested/notes.txt', 'data/train.csv']);
    expect(manifest.files[1]!.digest).toBe(digestBytes('age,plan,churned\n34,basic,0\n51,pro,1\n29,basic,0\n'));
    expect(manifest.provenance).toMatchObject({ commit: 'abc123', actor: 'octocat', tool: 'mlci' });
    const profile = manifest.files[1]!.profile!;
    expect(profile.rows).toBe(3);
    expect(profile.columns.find((c) => c.name === 'age')).toMatchObject({ type: 'integer', min: 29, max: 51, nullShare: 0, distinct: 3 });
    expect(profile.columns.find((c) => c.name === 'plan')!.top).toEqual([{ value: 'basic', count: 2 }, { value: 'pro', count: 1 }]);
  });

  it('reports unchanged data without a new version, and skips hashing through the stat cache', async () => {
    const { base } = await workspace();
    const first = await versionDataset(base);
    const second = await versionDataset(base);
    expect(second.changed).toBe(false);
    expect(second.ref).toEqual(first.ref);
    expect(second.stats.hashedFiles).toBe(0);
  });

  it('numbers versions, links parents and diffs files, rows and column profiles', async () => {
    const { root, store, base } = await workspace();
    const first = await versionDataset(base);
    await writeFile(join(root, 'data', 'train.csv'), 'age,plan,churned\n34,basic,0\n51,pro,1\n62,pro,1\n70,gold,0\n');
    await writeFile(join(root, 'data', 'extra.bin'), Buffer.alloc(10, 1));
    const second = await versionDataset(base);
    expect(second.ref.number).toBe(2);
    expect(second.manifest.parent).toBe(first.ref.version);
    const changes = Object.fromEntries(second.diff.files.map((file) => [file.path, file]));
    expect(changes['data/extra.bin']).toMatchObject({ change: 'added', sizeAfter: 10 });
    const table = changes['data/train.csv']!.table!;
    expect(table).toMatchObject({ rowsBefore: 3, rowsAfter: 4, rows: { added: 2, removed: 1 } });
    expect(table.columns.find((c) => c.name === 'plan')?.change).toBe('stats');
    expect((await listVersions(store, 'churn')).map((ref) => ref.number)).toEqual([1, 2]);
    expect((await resolveDatasetVersion(store, 'churn', 'latest')).number).toBe(2);
    expect((await resolveDatasetVersion(store, 'churn', first.ref.version)).number).toBe(1);
  });

  it('gives concurrent versioning runs distinct numbers', async () => {
    const { root, base } = await workspace();
    const runs = await Promise.all(
      ['a', 'b', 'c'].map(async (tag) => {
        await mkdir(join(root, tag));
        await writeFile(join(root, tag, 'file.txt'), tag);
        return versionDataset({ ...base, paths: [tag], statCacheFile: undefined });
      }),
    );
    expect(runs.map((run) => run.ref.number).sort()).toEqual([1, 2, 3]);
  });
});

describe('restoreDataset', () => {
  it('restores an earlier version byte for byte', async () => {
    const { root, store, base } = await workspace();
    const first = await versionDataset(base);
    await writeFile(join(root, 'data', 'train.csv'), 'age,plan,churned\n1,x,1\n');
    await versionDataset(base);
    const restored = await restoreDataset({ name: 'churn', version: '1', store, path: 'restored', cwd: root });
    expect(restored.ref.version).toBe(first.ref.version);
    expect(await readFile(join(root, 'restored', 'data', 'train.csv'), 'utf8')).toBe('age,plan,churned\n34,basic,0\n51,pro,1\n29,basic,0\n');
  });

  it('fails naming a corrupt object and leaves the target untouched', async () => {
    const { root, store, base } = await workspace();
    const result = await versionDataset(base);
    const csv = result.manifest.files.find((file) => file.path === 'data/train.csv')!;
    const hex = csv.digest.slice(7);
    await writeFile(join(root, 'store', 'objects', 'sha256', hex.slice(0, 2), hex.slice(2)), 'tampered');
    const error = await userError(restoreDataset({ name: 'churn', version: 'latest', store, path: 'out', cwd: root }));
    expect(error.message).toContain(`Corrupt object ${csv.digest}`);
    expect(await readdir(root)).not.toContain('out');
  });

  it('says which version was not found and how to list them', async () => {
    const { root, store, base } = await workspace();
    await versionDataset(base);
    const error = await userError(restoreDataset({ name: 'churn', version: '7', store, path: 'out', cwd: root }));
    expect(error.message).toMatch(/Dataset 'churn' has no version '7'/);
    expect(error.fix).toMatch(/mlci data log churn/);
  });

  it('rejects a corrupt manifest with the field that is wrong', async () => {
    const { root, store } = await workspace();
    const bogus = await store.putBlob(Buffer.from(JSON.stringify({ kind: 'dataset-manifest', schemaVersion: 1, name: 'churn', files: [] })));
    await store.writePointer('datasets/churn/versions/1', bogus, { ifNoneMatch: '*' });
    const error = await userError(restoreDataset({ name: 'churn', version: '1', store, path: 'out', cwd: root }));
    expect(error.message).toMatch(/not a valid dataset-manifest record/);
    expect(error.message).toMatch(/must have required property/);
  });
});

describe('bad input to versionDataset', () => {
  it('names a missing path', async () => {
    const { base } = await workspace();
    const error = await userError(versionDataset({ ...base, paths: ['nope'] }));
    expect(error.message).toBe("Data path 'nope' does not exist.");
    expect(error.location.input).toBe('path');
  });

  it('rejects an empty directory', async () => {
    const { root, base } = await workspace();
    await mkdir(join(root, 'empty'));
    expect((await userError(versionDataset({ ...base, paths: ['empty'] }))).message).toMatch(/contains no files/);
  });

  it('rejects a name with path separators', async () => {
    const { base } = await workspace();
    const error = await userError(versionDataset({ ...base, name: '../etc' }));
    expect(error.message).toMatch(/path separator/);
    expect(error.location.input).toBe('name');
  });

  it('names an unreadable file', async () => {
    const { root, base } = await workspace();
    let path = join(root, 'data', 'train.csv');
    if (process.getuid?.() === 0) path = '/proc/self/mem'; // root reads any mode; this file refuses reads (EIO)
    else await chmod(path, 0o000);
    const error = await userError(versionDataset({ ...base, paths: [path], statCacheFile: undefined, workers: 1 }));
    expect(error.message).toMatch(/cannot be read/);
  });

  it('names the file and line of a malformed CSV and publishes nothing', async () => {
    const { root, store, base } = await workspace();
    await writeFile(join(root, 'data', 'train.csv'), 'age,plan\n1,"basic\n2,pro\n');
    const error = await userError(versionDataset(base));
    expect(error.location.file).toMatch(/train\.csv$/);
    expect(error.location.line).toBeGreaterThanOrEqual(2);
    expect(await listVersions(store, 'churn')).toEqual([]);
  });

  it('reports a store that cannot be written', async () => {
    const { root, base } = await workspace();
    await writeFile(join(root, 'not-a-dir'), 'file in the way');
    const error = await userError(versionDataset({ ...base, store: new LocalStore(join(root, 'not-a-dir')) }));
    expect(error.message).toMatch(/cannot be written \(ENOTDIR\)/);
    expect(error.location.input).toBe('store');
  });
});

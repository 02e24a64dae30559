import { mkdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadManifest, versionDataset, writeVersionFiles } from '../../shared/data/index.js';
import { datasetManifestType } from '../../shared/schemas/dataset-manifest.js';
import { digestBytes } from '../../shared/digest.js';
import { LocalStore } from '../../shared/store/index.js';
import { useTempDirs } from '../helpers/temp-dir.js';

const tempDir = useTempDirs();
const past = (seconds: number) => new Date(Date.now() - seconds * 1000);

/** A few files with old mtimes (files modified within the last second are never trusted by stat). */
async function workspace() {
  const root = await tempDir();
  await mkdir(join(root, 'data', 'sub'), { recursive: true });
  const bodies: Record<string, string> = { 'data/a.txt': 'alpha\n', 'data/b.txt': 'bravo\n', 'data/sub/c.txt': 'charlie\n' };
  for (const [path, body] of Object.entries(bodies)) {
    await writeFile(join(root, path), body);
    await utimes(join(root, path), past(60), past(60));
  }
  const lines: string[] = [];
  const statCacheFile = join(root, 'cache', 'stat.bin');
  const base = { name: 'tree', paths: ['data'], cwd: root, store: new LocalStore(join(root, 'store')), statCacheFile, provenance: {}, log: (line: string) => lines.push(line) };
  /** Versions and says whether the remembered tree answered (no per-file digest, no hashing). */
  const run = async (options: Partial<typeof base> = {}) => {
    lines.length = 0;
    const result = await versionDataset({ ...base, ...options });
    return { result, byTree: lines.some((line) => line.includes('all unchanged by stat since version')) };
  };
  return { root, base, run, statCacheFile };
}

describe('re-versioning an unchanged tree', () => {
  it('answers from the remembered tree: same version, same manifest, nothing hashed', async () => {
    const { base, run } = await workspace();
    const first = await run();
    expect(first.byTree).toBe(false);
    const second = await run();
    expect(second.byTree).toBe(true);
    expect(second.result.changed).toBe(false);
    expect(second.result.ref).toEqual(first.result.ref);
    expect(second.result.stats).toEqual({ files: 3, hashedFiles: 0, hashedBytes: 0, uploadedFiles: 0, uploadedBytes: 0 });
    expect(second.result.manifest).toEqual(await loadManifest(base.store, first.result.ref.version));
    expect(second.result.diff).toMatchObject({ files: [], unchanged: 3, from: { number: 1 }, to: { number: 1 } });
  });

  it('writes the same manifest and summary files as a run that walked every digest', async () => {
    const { root, base, run } = await workspace();
    const first = await run();
    const second = await run();
    expect(second.byTree).toBe(true);
    const written = await writeVersionFiles(second.result, base.store.location, join(root, 'out'));
    const manifest = await loadManifest(base.store, first.result.ref.version);
    expect(await readFile(written.manifestPath, 'utf8')).toBe(datasetManifestType.serialize(manifest));
    expect(written.summary.diff).toEqual({ from: { name: 'tree', number: 1 }, to: { name: 'tree', number: 1 }, files: [], unchanged: 3, bytesBefore: manifest.totalBytes, bytesAfter: manifest.totalBytes });
  });

  it('re-hashes a touched file with the same content and stays unchanged', async () => {
    const { root, run } = await workspace();
    const first = await run();
    await utimes(join(root, 'data/b.txt'), past(30), past(30));
    const touched = await run();
    expect(touched.byTree).toBe(false);
    expect(touched.result.changed).toBe(false);
    expect(touched.result.stats.hashedFiles).toBe(1);
    expect(touched.result.ref).toEqual(first.result.ref);
    expect((await run()).byTree).toBe(true); // the tree was remembered again with the new mtime
  });

  it('detects a same-size content change (new mtime) as a new version', async () => {
    const { root, run } = await workspace();
    await run();
    await writeFile(join(root, 'data/a.txt'), 'ALPHA\n');
    await utimes(join(root, 'data/a.txt'), past(30), past(30));
    const changed = await run();
    expect(changed.byTree).toBe(false);
    expect(changed.result.changed).toBe(true);
    expect(changed.result.ref.number).toBe(2);
    expect(changed.result.diff.files).toEqual([expect.objectContaining({ path: 'data/a.txt', change: 'modified', digestAfter: digestBytes('ALPHA\n') })]);
    expect((await run()).byTree).toBe(true);
  });

  it('detects an added and a removed file', async () => {
    const { root, run } = await workspace();
    await run();
    await writeFile(join(root, 'data/sub/d.txt'), 'delta\n');
    await utimes(join(root, 'data/sub/d.txt'), past(30), past(30));
    const added = await run();
    expect(added.result.diff.files).toEqual([expect.objectContaining({ path: 'data/sub/d.txt', change: 'added' })]);
    await rm(join(root, 'data/b.txt'));
    const removed = await run();
    expect(removed.byTree).toBe(false);
    expect(removed.result.ref.number).toBe(3);
    expect(removed.result.diff.files).toEqual([expect.objectContaining({ path: 'data/b.txt', change: 'removed' })]);
  });

  it('detects a rename that keeps stats (same inode, size and mtime)', async () => {
    const { root, run } = await workspace();
    await run();
    await rename(join(root, 'data/a.txt'), join(root, 'data/a2.txt'));
    const renamed = await run();
    expect(renamed.byTree).toBe(false);
    expect(renamed.result.changed).toBe(true);
    expect(renamed.result.diff.files.map((file) => `${file.change} ${file.path}`)).toEqual(['removed data/a.txt', 'added data/a2.txt']);
  });

  it('does not trust the tree when latest has moved (another run published a version)', async () => {
    const { root, base, run } = await workspace();
    const first = await run();
    await writeFile(join(root, 'other.txt'), 'other\n');
    const other = await versionDataset({ ...base, paths: ['other.txt'], statCacheFile: undefined, log: undefined });
    expect(other.ref.number).toBe(2);
    const again = await run();
    expect(again.byTree).toBe(false);
    expect(again.result.changed).toBe(true);
    expect(again.result.ref.number).toBe(3);
    expect(again.result.manifest.files.map((file) => file.digest)).toEqual((await loadManifest(base.store, first.result.ref.version)).files.map((file) => file.digest));
  });

  it('does not reuse the tree for another store, path list or working directory', async () => {
    const { root, base, run } = await workspace();
    await run();
    const elsewhere = await run({ store: new LocalStore(join(root, 'store2')) });
    expect(elsewhere.byTree).toBe(false);
    expect(elsewhere.result.ref.number).toBe(1); // a first version in the new store, not "unchanged"
    expect((await run({ store: base.store })).byTree).toBe(false); // the cache now remembers store2's tree
    expect((await run({ store: base.store })).byTree).toBe(true);
    const narrower = await run({ paths: ['data/sub'] });
    expect(narrower.result.changed).toBe(true);
    expect(narrower.result.manifest.files.map((file) => file.path)).toEqual(['data/sub/c.txt']);
    const inside = await run({ paths: ['.'], cwd: join(root, 'data', 'sub') });
    expect(inside.byTree).toBe(false);
    expect(inside.result.changed).toBe(true); // same absolute files, other names in the manifest
  });

  it('does not remember a tree holding a just-modified file', async () => {
    const { root, run } = await workspace();
    await writeFile(join(root, 'data/a.txt'), 'fresh\n'); // mtime now: could change again within the same tick
    await run();
    const second = await run();
    expect(second.byTree).toBe(false);
    expect(second.result.stats.hashedFiles).toBe(1);
    expect(second.result.changed).toBe(false);
  });

  it.each([
    ['truncated', (bytes: Buffer) => bytes.subarray(0, bytes.length - 1)],
    ['with a wrong digest', (bytes: Buffer) => corruptFirstDigest(bytes)],
  ])('falls back to hashing with a cache file %s, with the right result', async (_, damage) => {
    const { root, statCacheFile, run } = await workspace();
    const first = await run();
    await writeFile(statCacheFile, damage(await readFile(statCacheFile)));
    // A touched file: the tree cannot answer, so every digest would come from the damaged rows.
    await utimes(join(root, 'data/b.txt'), past(30), past(30));
    const again = await run();
    expect(again.byTree).toBe(false);
    expect(again.result.stats.hashedFiles).toBe(3);
    expect(again.result.changed).toBe(false);
    expect(again.result.ref).toEqual(first.result.ref);
    expect((await run()).byTree).toBe(true); // and the cache is whole again
  });

  it('ignores a cache in the older JSON format and rewrites it', async () => {
    const { root, statCacheFile, run } = await workspace();
    const first = await run();
    const files = ['data/a.txt', 'data/b.txt', 'data/sub/c.txt'].map((path) => join(root, path));
    const stats = await Promise.all(files.map((path) => stat(path)));
    // Version 2 of the cache (JSON columns) claiming a wrong digest for every file: must not be believed.
    const old = { version: 2, paths: files, sizes: stats.map((s) => s.size), mtimes: stats.map((s) => s.mtimeMs), inos: stats.map((s) => s.ino), digests: files.map(() => digestBytes('wrong')) };
    await writeFile(statCacheFile, JSON.stringify(old));
    const again = await run();
    expect(again.result.stats.hashedFiles).toBe(3);
    expect(again.result.changed).toBe(false);
    expect(again.result.ref).toEqual(first.result.ref);
    expect((await readFile(statCacheFile)).subarray(0, 8).toString('latin1')).toBe('MLCISTAT');
  });
});

/** Flips one bit of the first stored digest, leaving the checksum as it was. */
function corruptFirstDigest(bytes: Buffer): Buffer {
  const copy = Buffer.from(bytes);
  const at = 24 + copy.readUInt32LE(20) + copy.readUInt32LE(12) * 24;
  copy[at] = copy[at]! ^ 0x01;
  return copy;
}

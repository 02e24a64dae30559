import type { Digest } from '../digest.js';
import { datasetManifestType, type DatasetManifest, type ManifestFile, type Provenance } from '../schemas/dataset-manifest.js';
import { PreconditionFailed, type ObjectStore } from '../store/index.js';
import { checkDatasetName, latestKey, loadManifest, readLatest, versionKey, type DatasetVersionRef } from './dataset-refs.js';
import { diffManifests, unchangedDiff, type DatasetDiff } from './diff.js';
import { hashFiles } from './hash-files.js';
import { isTabular, profileTable } from './profile.js';
import { addRowChanges } from './row-diff.js';
import { StatCache } from './stat-cache.js';
import { findDatasetFiles, type FoundFile } from './walk.js';

export interface VersionDatasetOptions {
  name: string;
  /** Files or directories, relative to `cwd`. */
  paths: string[];
  cwd: string;
  store: ObjectStore;
  /** Where the stat cache lives (carried between runs by @actions/cache); none disables it. */
  statCacheFile?: string;
  provenance: Omit<Provenance, 'createdAt' | 'tool'>;
  /** Hashing threads; default one per core. */
  workers?: number;
  /** Parallel uploads; default 8. */
  uploadConcurrency?: number;
  /** Profile tabular files (default true). */
  profile?: boolean;
  /** Count rows added/removed exactly for modified tabular files up to this size (default 256 MiB). */
  rowDiffMaxBytes?: number;
  now?: () => Date;
  log?: (line: string) => void;
}

export interface VersionDatasetResult {
  ref: DatasetVersionRef;
  manifest: DatasetManifest;
  /** False when the files equal the latest version's: no new version is written. */
  changed: boolean;
  diff: DatasetDiff;
  /** The manifest as stored (canonical JSON, digest verified) when this run read it: written out as is, a large manifest needs no re-serializing. */
  manifestBytes?: Buffer;
  stats: { files: number; hashedFiles: number; hashedBytes: number; uploadedFiles: number; uploadedBytes: number };
}

export const TOOL_NAME = 'mlci';

/**
 * Versions a dataset: hash (skipping unchanged files through the stat cache), compare with the latest
 * version, profile tabular files, upload missing blobs, then publish the manifest. The manifest is the
 * last thing written, so an interrupted run leaves only unreferenced blobs, and a rerun completes it.
 */
export async function versionDataset(options: VersionDatasetOptions): Promise<VersionDatasetResult> {
  const log = options.log ?? (() => undefined);
  checkDatasetName(options.name);
  const found = findDatasetFiles(options.paths, options.cwd);
  const [cache, known] = await Promise.all([StatCache.load(options.statCacheFile), readLatest(options.store, options.name)]);
  const tree = treeKey(options);
  if (known && cache.sameTree(tree, known.ref.version, found)) {
    log(`${found.length} files, all unchanged by stat since version ${known.ref.number}`);
    return unchangedTree(options.store, known.ref, found);
  }
  const { digests, hashedFiles, hashedBytes } = await digestFiles(found, cache, options.workers);
  log(`${found.length} files, ${hashedFiles} hashed (${hashedBytes} bytes), ${found.length - hashedFiles} unchanged by stat`);
  // Read again: hashing takes time, and a version another run published meanwhile may equal these files.
  const latest = await readLatest(options.store, options.name);
  const parent = latest ? await loadManifest(options.store, latest.ref.version) : undefined;
  const files = found.map((file): ManifestFile => ({ path: file.path, digest: digests.get(file.absolute)!, size: file.size }));
  const stats = { files: found.length, hashedFiles, hashedBytes, uploadedFiles: 0, uploadedBytes: 0 };

  if (latest && parent && sameFiles(parent.files, files)) {
    cache.rememberTree(tree, latest.ref.version, found);
    await cache.save();
    return { ref: latest.ref, manifest: parent, changed: false, diff: unchangedDiff(parent), stats };
  }
  if (options.profile !== false) await addProfiles(files, found, parent, log);
  const uploaded = await uploadMissing(options.store, found, files, options.uploadConcurrency ?? 8);
  Object.assign(stats, uploaded);
  const { ref, manifest, parentManifest } = await publish(options, files, latest?.ref, parent);
  cache.rememberTree(tree, ref.version, found);
  await cache.save();
  const diff = diffManifests(parentManifest, manifest);
  const local = new Map(found.map((file) => [file.path, file.absolute]));
  await addRowChanges(diff, options.store, { maxBytes: options.rowDiffMaxBytes ?? 256 * 1024 * 1024, localAfter: (path) => local.get(path) });
  return { ref, manifest, changed: true, diff, stats };
}

/**
 * The latest version, recognised by the stat cache's tree: the files (paths, sizes, stats) are those it
 * was made of. Its manifest (12 MB of JSON for 100,000 files) is read and verified against its digest
 * now, but parsed and validated only if a caller reads `manifest`; the diff needs only the found files.
 */
async function unchangedTree(store: ObjectStore, ref: DatasetVersionRef, found: FoundFile[]): Promise<VersionDatasetResult> {
  const manifestBytes = await store.getBlob(ref.version);
  const totalBytes = found.reduce((sum, file) => sum + file.size, 0);
  const at = { name: ref.name, number: ref.number };
  const diff: DatasetDiff = { from: at, to: at, files: [], unchanged: found.length, bytesBefore: totalBytes, bytesAfter: totalBytes };
  const stats = { files: found.length, hashedFiles: 0, hashedBytes: 0, uploadedFiles: 0, uploadedBytes: 0 };
  let manifest: DatasetManifest | undefined;
  const result = { ref, changed: false, diff, manifestBytes, stats } as Omit<VersionDatasetResult, 'manifest'>;
  return Object.defineProperty(result, 'manifest', {
    enumerable: true,
    get: () => (manifest ??= datasetManifestType.parse(manifestBytes.toString('utf8'), `manifest ${ref.version}`)),
  }) as VersionDatasetResult;
}

/**
 * What the remembered tree is valid for: the same dataset in the same store, and the same `path`
 * entries from the same directory (they decide each file's name in the manifest, not just its location).
 */
function treeKey(options: VersionDatasetOptions): string {
  return JSON.stringify({ name: options.name, store: options.store.location, cwd: options.cwd, paths: options.paths });
}

async function digestFiles(found: FoundFile[], cache: StatCache, workers: number | undefined) {
  const digests = new Map<string, Digest>();
  const toHash = found.filter((file) => {
    const cached = cache.lookup(file);
    if (cached) digests.set(file.absolute, cached);
    return !cached;
  });
  const hashed = await hashFiles(toHash, { workers });
  const startedAt = Date.now();
  for (const file of toHash) {
    const digest = hashed.get(file.absolute)!;
    digests.set(file.absolute, digest);
    // "Racily clean" files (modified within the last second) could change again without a new mtime.
    if (startedAt - file.mtimeMs > 1000) cache.remember(file, digest);
  }
  return { digests, hashedFiles: toHash.length, hashedBytes: toHash.reduce((sum, file) => sum + file.size, 0) };
}

function sameFiles(a: ManifestFile[], b: ManifestFile[]): boolean {
  return a.length === b.length && a.every((file, index) => file.path === b[index]!.path && file.digest === b[index]!.digest);
}

/** Profiles of unchanged files are carried over from the parent; only new content is read. */
async function addProfiles(files: ManifestFile[], found: FoundFile[], parent: DatasetManifest | undefined, log: (line: string) => void) {
  const previous = new Map((parent?.files ?? []).filter((file) => file.profile).map((file) => [file.digest, file.profile!]));
  for (const [index, file] of files.entries()) {
    if (!isTabular(file.path)) continue;
    const carried = previous.get(file.digest);
    file.profile = carried ?? (await profileTable(found[index]!.absolute, file.path));
    if (!carried) log(`profiled ${file.path}: ${file.profile.rows} rows, ${file.profile.columns.length} columns`);
  }
}

async function uploadMissing(store: ObjectStore, found: FoundFile[], files: ManifestFile[], concurrency: number) {
  const seen = new Set<Digest>();
  const queue = files.map((file, index) => ({ file, absolute: found[index]!.absolute })).filter(({ file }) => !seen.has(file.digest) && seen.add(file.digest));
  let uploadedFiles = 0;
  let uploadedBytes = 0;
  const worker = async () => {
    for (let item = queue.shift(); item; item = queue.shift()) {
      if (await store.hasBlob(item.file.digest)) continue;
      await store.putBlob({ file: item.absolute, digest: item.file.digest });
      uploadedFiles += 1;
      uploadedBytes += item.file.size;
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
  return { uploadedFiles, uploadedBytes };
}

/**
 * Allocates the next number by creating `versions/<n>` (create-once); if another run took it, re-reads
 * the latest version and tries again with it as parent. Then advances `latest` by compare-and-swap.
 */
async function publish(options: VersionDatasetOptions, files: ManifestFile[], latest: DatasetVersionRef | undefined, parent: DatasetManifest | undefined) {
  const now = options.now ?? (() => new Date());
  for (;;) {
    const manifest: DatasetManifest = {
      kind: 'dataset-manifest',
      schemaVersion: 1,
      name: options.name,
      number: (latest?.number ?? 0) + 1,
      parent: latest?.version ?? null,
      files,
      fileCount: files.length,
      totalBytes: files.reduce((sum, file) => sum + file.size, 0),
      provenance: { ...dropUndefined(options.provenance), createdAt: now().toISOString(), tool: TOOL_NAME },
    };
    const version = await options.store.putBlob(Buffer.from(datasetManifestType.serialize(manifest)));
    try {
      await options.store.writePointer(versionKey(options.name, manifest.number), version, { ifNoneMatch: '*' });
    } catch (error) {
      if (!(error instanceof PreconditionFailed)) throw error;
      latest = (await readLatestOrNumbered(options.store, options.name, manifest.number))!;
      parent = await loadManifest(options.store, latest.version);
      continue;
    }
    const ref = { name: options.name, number: manifest.number, version };
    await advanceLatest(options.store, ref);
    return { ref, manifest, parentManifest: parent };
  }
}

/** After losing number n, the winner's version n is the parent, even if `latest` has not moved yet. */
async function readLatestOrNumbered(store: ObjectStore, name: string, lost: number): Promise<DatasetVersionRef | undefined> {
  const latest = await readLatest(store, name);
  if (latest && latest.ref.number >= lost) return latest.ref;
  const pointer = await store.readPointer(versionKey(name, lost));
  return pointer ? { name, number: lost, version: pointer.body.toString('utf8').trim() as Digest } : latest?.ref;
}

async function advanceLatest(store: ObjectStore, ref: DatasetVersionRef): Promise<void> {
  const body = JSON.stringify({ number: ref.number, version: ref.version });
  for (;;) {
    const current = await readLatest(store, ref.name);
    if (current && current.ref.number >= ref.number) return;
    try {
      await store.writePointer(latestKey(ref.name), body, current ? { ifMatch: current.etag } : { ifNoneMatch: '*' });
      return;
    } catch (error) {
      if (!(error instanceof PreconditionFailed)) throw error;
    }
  }
}

function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, member]) => member !== undefined && member !== '')) as T;
}

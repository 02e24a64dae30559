import { digestOfJson } from '../digest.js';
import { loadManifest, parseDatasetSpec, resolveDatasetVersion } from '../data/dataset-refs.js';
import { restoreDataset } from '../data/restore-dataset.js';
import { hashFiles } from '../data/hash-files.js';
import { StatCache } from '../data/stat-cache.js';
import { findDatasetFiles, type FoundFile } from '../data/walk.js';
import { UserError } from '../errors.js';
import type { LineageData } from '../schemas/lineage-record.js';
import type { ObjectStore } from '../store/object-store.js';

/** A resolved `data` entry plus the repository paths it occupies (excluded from the code digest). */
export interface DataInput {
  lineage: LineageData;
  paths: string[];
  /** Writes a dataset version's files (verified); only needed when the command actually runs. */
  restore?: () => Promise<void>;
}

/**
 * `name@version` (`churn@3`, `churn@latest`, `churn@sha256:…`) is a dataset version: resolved in the
 * store, and restored to its recorded paths if the command runs. Anything else is a path, hashed as
 * found (its digest is then a content digest of the files, not a version).
 */
export function isDatasetSpec(spec: string): boolean {
  return /^[A-Za-z0-9][A-Za-z0-9._-]*@[^/\\]+$/.test(spec.trim());
}

export async function resolveDataInputs(specs: readonly string[], store: ObjectStore, cwd: string, statCacheFile?: string): Promise<DataInput[]> {
  const inputs: DataInput[] = [];
  for (const spec of specs) {
    inputs.push(isDatasetSpec(spec) ? await resolveVersion(spec.trim(), store, cwd) : await hashPath(spec.trim(), cwd, statCacheFile));
  }
  return inputs;
}

/** Resolves the version and reads its manifest, but restores files only when asked (a cache hit never needs them). */
async function resolveVersion(spec: string, store: ObjectStore, cwd: string): Promise<DataInput> {
  const { name, version } = parseDatasetSpec(spec, 'data');
  const ref = await resolveDatasetVersion(store, name, version, 'data');
  const manifest = await loadManifest(store, ref.version);
  const paths = manifest.files.map((file) => file.path);
  return {
    lineage: { spec, name, number: ref.number, digest: ref.version, source: 'dataset-version', path: commonRoot(paths) },
    paths,
    // Pinned to the version digest, so a `latest` that moves meanwhile cannot change what is restored.
    restore: async () => {
      await restoreDataset({ name, version: ref.version, store, path: '.', cwd });
    },
  };
}

async function hashPath(spec: string, cwd: string, statCacheFile: string | undefined): Promise<DataInput> {
  const files = findFilesAsDataInput(spec, cwd);
  const cache = await StatCache.load(statCacheFile);
  const misses = files.filter((file) => !cache.lookup(file));
  const hashed = await hashFiles(misses);
  const now = Date.now();
  // Files modified within the last second are not remembered: they could change again without a new mtime.
  for (const file of misses) if (now - file.mtimeMs > 1000) cache.remember(file, hashed.get(file.absolute)!);
  await cache.save();
  const entries = files.map((file) => [file.path, cache.lookup(file) ?? hashed.get(file.absolute)!, file.size]);
  return {
    lineage: { spec, name: spec, digest: digestOfJson(entries), source: 'path', path: spec },
    paths: files.map((file) => file.path),
  };
}

/** The data walker names its own `path` input; here the same problem is in the `data` input. */
function findFilesAsDataInput(spec: string, cwd: string): FoundFile[] {
  try {
    return findDatasetFiles([spec], cwd);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    throw new UserError(error.message, {
      ...error.location,
      input: 'data',
      fix: 'Give a dataset version (`churn@3`) or a path (file or directory) that exists when the step starts.',
      cause: error,
    });
  }
}

/** The longest common directory of the paths (the file itself when there is one). */
function commonRoot(paths: string[]): string {
  if (paths.length === 1) return paths[0]!;
  const split = paths.map((path) => path.split('/'));
  const first = split[0] ?? [];
  let length = 0;
  while (length < first.length - 1 && split.every((parts) => parts[length] === first[length])) length += 1;
  return first.slice(0, length).join('/') || '.';
}

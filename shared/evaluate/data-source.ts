import { createHash } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { resolveDatasetVersion } from '../data/dataset-refs.js';
import { isTabular } from '../data/profile.js';
import { restoreDataset } from '../data/restore-dataset.js';
import { toDigest, type Digest } from '../digest.js';
import { errnoCode, UserError } from '../errors.js';
import type { ObjectStore } from '../store/object-store.js';

/** The evaluation data as a local file, and how the record names it. */
export interface ResolvedData {
  path: string;
  source: string;
  /** `name@number` for a dataset version. */
  version?: string;
  manifest?: Digest;
  cleanup?: () => Promise<void>;
}

/** Restores a dataset version from the store; injected so evaluate's core never opens a store itself. */
export type DatasetOpener = (spec: DatasetSpec) => Promise<ResolvedData>;

export interface DatasetSpec {
  text: string;
  name: string;
  version: string;
  /** One file of a multi-file dataset version (`name@version:path`). */
  file?: string;
}

const SPEC = /^([A-Za-z0-9][A-Za-z0-9._-]*)@(sha256:[0-9a-f]{64}|[^:/\\]+)(?::(.+))?$/;

/** `churn@3`, `churn@latest`, `churn@sha256:…`, optionally `:path/in/version.csv`. Not an existing file. */
export function parseDatasetSpec(text: string, cwd: string): DatasetSpec | undefined {
  const match = SPEC.exec(text.trim());
  if (!match || existsSync(resolve(cwd, text))) return undefined;
  return { text: text.trim(), name: match[1]!, version: match[2]!, ...(match[3] ? { file: match[3] } : {}) };
}

export async function resolveData(text: string, cwd: string, openDataset?: DatasetOpener): Promise<ResolvedData> {
  const spec = parseDatasetSpec(text, cwd);
  if (!spec) return { path: resolve(cwd, text), source: text };
  if (!openDataset) {
    throw new UserError(`data '${text}' looks like a dataset version, but no store is configured.`, {
      input: 'data',
      fix: 'Set store (a directory or s3://bucket/prefix), or pass the path of a data file.',
    });
  }
  return openDataset(spec);
}

/** Restores the version into a temporary directory and picks its (single, or named) tabular file. */
export function storeDatasetOpener(store: () => ObjectStore, scratch: string = tmpdir()): DatasetOpener {
  return async (spec) => {
    const opened = store();
    const ref = await resolveDatasetVersion(opened, spec.name, spec.version, 'data');
    const directory = await mkdtemp(join(scratch, 'mlci-eval-data-'));
    const cleanup = () => rm(directory, { recursive: true, force: true });
    try {
      const { manifest } = await restoreDataset({ name: spec.name, version: ref.version, store: opened, path: directory, cwd: directory });
      const paths = manifest.files.map((f) => f.path);
      const file = pickFile(spec, paths.filter((p) => isTabular(p)), paths);
      return { path: join(directory, ...file.split('/')), source: spec.text, version: `${spec.name}@${ref.number}`, manifest: ref.version, cleanup };
    } catch (error) {
      await cleanup();
      throw error;
    }
  };
}

function pickFile(spec: DatasetSpec, tabular: string[], all: string[]): string {
  if (spec.file) {
    if (all.includes(spec.file)) return spec.file;
    throw new UserError(`dataset version ${spec.name}@${spec.version} has no file '${spec.file}'.`, { input: 'data', fix: `Use one of: ${all.slice(0, 20).join(', ')}.` });
  }
  if (tabular.length === 1) return tabular[0]!;
  throw new UserError(`dataset version ${spec.name}@${spec.version} has ${tabular.length === 0 ? 'no' : tabular.length} CSV, JSONL or Parquet files${tabular.length ? ` (${tabular.slice(0, 10).join(', ')})` : ''}.`, {
    input: 'data',
    fix: tabular.length ? `Name one: data: ${spec.name}@${spec.version}:${tabular[0]}` : 'Version a data set with a CSV, JSONL or Parquet file.',
  });
}

/** sha256 of the file's bytes, streamed. */
export async function digestFile(path: string, input = 'data'): Promise<Digest> {
  const hash = createHash('sha256');
  try {
    for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') throw new UserError(`${path} does not exist.`, { file: path, input, fix: 'Check the path; it is relative to the working directory.' });
    throw error;
  }
  return toDigest(hash.digest('hex'));
}

import { isDigest, type Digest } from '../digest.js';
import { UserError } from '../errors.js';
import { datasetManifestType, type DatasetManifest } from '../schemas/dataset-manifest.js';
import type { ObjectStore } from '../store/index.js';

/**
 * Where dataset versions live in a store:
 *   refs/datasets/<name>/versions/<n>  create-once, body = version digest (the manifest's digest)
 *   refs/datasets/<name>/latest        compare-and-swap, body = {"number": n, "version": digest}
 */
export interface DatasetVersionRef {
  name: string;
  number: number;
  version: Digest;
}

const NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

export function checkDatasetName(name: string, input = 'name'): string {
  if (!NAME_PATTERN.test(name) || name.includes('..')) {
    const why = /[\\/]/.test(name) ? 'contains a path separator' : 'is not a plain name';
    throw new UserError(`Dataset name '${name}' ${why}.`, {
      input,
      fix: 'Use letters, digits, dot, dash and underscore only (e.g. `churn-train`); it names the dataset, not a path.',
    });
  }
  return name;
}

export const versionKey = (name: string, number: number) => `datasets/${name}/versions/${number}`;
export const latestKey = (name: string) => `datasets/${name}/latest`;

export async function readLatest(store: ObjectStore, name: string): Promise<{ ref: DatasetVersionRef; etag: string } | undefined> {
  const pointer = await store.readPointer(latestKey(name));
  if (!pointer) return undefined;
  const parsed = JSON.parse(pointer.body.toString('utf8')) as { number: number; version: Digest };
  return { ref: { name, number: parsed.number, version: parsed.version }, etag: pointer.etag };
}

export async function loadManifest(store: ObjectStore, version: Digest): Promise<DatasetManifest> {
  const bytes = await store.getBlob(version);
  return datasetManifestType.parse(bytes.toString('utf8'), `manifest ${version}`);
}

/** `latest`, a sequential number (`3`), or a version digest. */
export async function resolveDatasetVersion(store: ObjectStore, name: string, spec: string, input = 'version'): Promise<DatasetVersionRef> {
  checkDatasetName(name);
  const wanted = spec.trim() || 'latest';
  if (wanted === 'latest') {
    const latest = await readLatest(store, name);
    if (!latest) throw versionNotFound(name, wanted, store, input);
    return latest.ref;
  }
  if (/^\d+$/.test(wanted)) {
    const pointer = await store.readPointer(versionKey(name, Number(wanted)));
    if (!pointer) throw versionNotFound(name, wanted, store, input);
    return { name, number: Number(wanted), version: pointer.body.toString('utf8').trim() as Digest };
  }
  if (isDigest(wanted)) {
    if (!(await store.hasBlob(wanted))) throw versionNotFound(name, wanted, store, input);
    const manifest = await loadManifest(store, wanted);
    if (manifest.name !== name) {
      throw new UserError(`Version ${wanted} belongs to dataset '${manifest.name}', not '${name}'.`, { input, fix: `Use name '${manifest.name}' or a version of '${name}'.` });
    }
    return { name, number: manifest.number, version: wanted };
  }
  throw new UserError(`'${wanted}' is not a dataset version.`, { input, fix: 'Give `latest`, a version number such as `3`, or a digest `sha256:<64 hex>`.' });
}

/** `name@version` as used by train and evaluate inputs (`churn@3`, `churn@latest`, `churn@sha256:…`). */
export function parseDatasetSpec(spec: string, input: string): { name: string; version: string } {
  const at = spec.indexOf('@');
  const name = at < 0 ? spec : spec.slice(0, at);
  const version = at < 0 ? 'latest' : spec.slice(at + 1);
  return { name: checkDatasetName(name, input), version };
}

function versionNotFound(name: string, spec: string, store: ObjectStore, input: string): UserError {
  return new UserError(`Dataset '${name}' has no version '${spec}' in ${store.location}.`, {
    input,
    fix: `List the versions with \`mlci data log ${name} --store ${store.location}\`.`,
  });
}

/** Every version of a dataset, oldest first. */
export async function listVersions(store: ObjectStore, name: string): Promise<DatasetVersionRef[]> {
  checkDatasetName(name);
  const keys = await store.listPointers(`datasets/${name}/versions/`);
  const refs = await Promise.all(
    keys.map(async (key) => {
      const number = Number(key.slice(key.lastIndexOf('/') + 1));
      const pointer = await store.readPointer(key);
      return { name, number, version: (pointer?.body.toString('utf8').trim() ?? '') as Digest };
    }),
  );
  return refs.sort((a, b) => a.number - b.number);
}

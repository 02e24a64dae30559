import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { UserError } from '../errors.js';
import type { DatasetManifest } from '../schemas/dataset-manifest.js';
import type { ObjectStore } from '../store/index.js';
import { loadManifest, resolveDatasetVersion, type DatasetVersionRef } from './dataset-refs.js';

export interface RestoreDatasetOptions {
  name: string;
  /** `latest`, a number, or a version digest. */
  version: string;
  store: ObjectStore;
  /** Directory the files are written under (their manifest paths are kept). */
  path: string;
  cwd: string;
}

export interface RestoreDatasetResult {
  ref: DatasetVersionRef;
  manifest: DatasetManifest;
  files: string[];
}

/**
 * Writes a version's files after verifying each digest. Everything is first downloaded and verified
 * into a staging directory beside the target; only then are files moved into place, so a corrupt or
 * missing object leaves the target untouched.
 */
export async function restoreDataset(options: RestoreDatasetOptions): Promise<RestoreDatasetResult> {
  const ref = await resolveDatasetVersion(options.store, options.name, options.version);
  const manifest = await loadManifest(options.store, ref.version);
  const target = resolve(options.cwd, options.path);
  const staging = join(dirname(target), `.mlci-restore-${randomBytes(6).toString('hex')}`);
  try {
    for (const file of manifest.files) await options.store.getBlobToFile(file.digest, safeJoin(staging, file.path));
    const written: string[] = [];
    for (const file of manifest.files) {
      const destination = safeJoin(target, file.path);
      await mkdir(dirname(destination), { recursive: true });
      await rename(safeJoin(staging, file.path), destination);
      written.push(destination);
    }
    return { ref, manifest, files: written };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/** Manifest paths come from the store: never let one climb out of the target directory. */
function safeJoin(root: string, relativePath: string): string {
  const joined = resolve(root, ...relativePath.split('/'));
  if (!joined.startsWith(root + sep)) {
    throw new UserError(`Manifest path '${relativePath}' points outside the restore directory.`, {
      fix: 'The manifest was not written by mlci; run `mlci data fsck` on the store.',
    });
  }
  return joined;
}

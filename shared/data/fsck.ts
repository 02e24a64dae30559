import type { Digest } from '../digest.js';
import { isUserError } from '../errors.js';
import type { ObjectStore } from '../store/index.js';
import { listVersions, loadManifest } from './dataset-refs.js';

export interface FsckProblem {
  kind: 'corrupt' | 'missing' | 'bad-manifest';
  digest: Digest;
  detail: string;
}

export interface FsckReport {
  blobs: number;
  manifests: number;
  problems: FsckProblem[];
}

/** Verifies every blob's content against its digest, and that every dataset version's files are present. */
export async function fsckStore(store: ObjectStore): Promise<FsckReport> {
  const problems: FsckProblem[] = [];
  const present = new Set<Digest>();
  for await (const digest of store.listBlobs()) {
    present.add(digest);
    try {
      await store.getBlob(digest);
    } catch (error) {
      if (!isUserError(error)) throw error;
      problems.push({ kind: 'corrupt', digest, detail: error.message });
    }
  }
  let manifests = 0;
  for (const name of await datasetNames(store)) {
    for (const ref of await listVersions(store, name)) {
      manifests += 1;
      try {
        const manifest = await loadManifest(store, ref.version);
        for (const file of manifest.files) {
          if (!present.has(file.digest)) problems.push({ kind: 'missing', digest: file.digest, detail: `${name}@${ref.number}: ${file.path} is missing` });
        }
      } catch (error) {
        if (!isUserError(error)) throw error;
        problems.push({ kind: 'bad-manifest', digest: ref.version, detail: `${name}@${ref.number}: ${error.message}` });
      }
    }
  }
  return { blobs: present.size, manifests, problems };
}

async function datasetNames(store: ObjectStore): Promise<string[]> {
  const keys = await store.listPointers('datasets/');
  return [...new Set(keys.map((key) => key.split('/')[1]!).filter(Boolean))].sort();
}

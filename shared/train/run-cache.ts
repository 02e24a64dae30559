import { join } from 'node:path';
import { digestHex, digestOfJson, type Digest } from '../digest.js';
import { isUserError } from '../errors.js';
import type { LineageOutput } from '../schemas/lineage-record.js';
import { runCacheEntryType, type RunCacheEntry } from '../schemas/run-cache-entry.js';
import { PreconditionFailed, type ObjectStore } from '../store/object-store.js';

/** Everything a training run's outputs may depend on. Changing any part changes the key. */
export interface CacheKeyParts {
  /** Data version digests (or content digests of plain paths), with how they were named. */
  data: Array<{ spec: string; digest: Digest }>;
  code: Digest;
  params: Digest | null;
  command: string;
  os: string;
  arch: string;
  /** Declared outputs: a new output path must not hit an entry that lacks it. */
  outputs: string[];
}

export function cacheKey(parts: CacheKeyParts): Digest {
  const data = [...parts.data].sort((a, b) => (a.spec < b.spec ? -1 : a.spec > b.spec ? 1 : 0));
  return digestOfJson({ v: 1, ...parts, data });
}

export function cacheEntryKey(key: Digest): string {
  return `train/cache/${digestHex(key)}`;
}

export type CacheLookup =
  | { state: 'hit'; entry: RunCacheEntry }
  | { state: 'miss' }
  /** Present but unreadable: run again and replace it (compare-and-swap on `etag`). */
  | { state: 'corrupt'; etag: string; problem: string };

export async function lookupEntry(store: ObjectStore, key: Digest): Promise<CacheLookup> {
  const pointer = await store.readPointer(cacheEntryKey(key));
  if (!pointer) return { state: 'miss' };
  try {
    const entry = runCacheEntryType.parse(pointer.body.toString('utf8'), `cache entry ${cacheEntryKey(key)}`);
    if (entry.key !== key) throw new Error(`it names key ${entry.key}`);
    return { state: 'hit', entry };
  } catch (error) {
    return { state: 'corrupt', etag: pointer.etag, problem: (error as Error).message };
  }
}

/**
 * Restores every output from the store (each blob verified before its file appears). A missing or
 * corrupt blob makes the whole entry unusable; the caller then runs the command again.
 */
export async function restoreOutputs(store: ObjectStore, outputs: LineageOutput[], cwd: string): Promise<{ ok: true } | { ok: false; problem: string }> {
  try {
    await Promise.all(outputs.map((output) => store.getBlobToFile(output.digest, join(cwd, output.path))));
    return { ok: true };
  } catch (error) {
    if (isUserError(error)) return { ok: false, problem: error.message };
    throw error;
  }
}

/**
 * Writes the entry: create-once, or replace a corrupt one by compare-and-swap. Losing a race to a job
 * that stored the same key first is fine — its outputs came from the same inputs.
 */
export async function writeEntry(store: ObjectStore, entry: RunCacheEntry, replaceEtag?: string): Promise<'written' | 'raced'> {
  try {
    await store.writePointer(cacheEntryKey(entry.key), runCacheEntryType.serialize(entry), replaceEtag ? { ifMatch: replaceEtag } : { ifNoneMatch: '*' });
    return 'written';
  } catch (error) {
    if (error instanceof PreconditionFailed) return 'raced';
    throw error;
  }
}

import { resolve } from 'node:path';
import { UserError } from '../errors.js';
import { LocalStore } from './local-store.js';
import type { ObjectStore } from './object-store.js';
import { S3Store, type S3StoreOptions } from './s3-store.js';

export const DEFAULT_STORE = '.mlci/store';

/** A directory path (relative to `cwd`) or `s3://bucket/prefix`. */
export function openStore(url: string | undefined, options: S3StoreOptions & { cwd?: string } = {}): ObjectStore {
  const location = url?.trim() || DEFAULT_STORE;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(location) && !location.startsWith('s3://') && !location.startsWith('file://')) {
    throw new UserError(`Unsupported store URL '${location}'.`, { input: 'store', fix: 'Use a directory path or s3://bucket/prefix.' });
  }
  if (location.startsWith('s3://')) {
    const match = /^s3:\/\/([^/]+)\/?(.*)$/.exec(location);
    if (!match?.[1]) throw new UserError(`Store URL '${location}' names no bucket.`, { input: 'store', fix: 'Write s3://<bucket>/<prefix>.' });
    const { cwd: _cwd, ...s3Options } = options;
    return new S3Store(match[1], match[2] ?? '', s3Options);
  }
  const path = location.startsWith('file://') ? new URL(location).pathname : location;
  return new LocalStore(resolve(options.cwd ?? process.cwd(), path));
}

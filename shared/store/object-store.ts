import type { Digest } from '../digest.js';

/** A mutable pointer as read: its bytes and the tag to pass to a later compare-and-swap. */
export interface Pointer {
  body: Buffer;
  etag: string;
}

/**
 * Pointers are never overwritten blindly: create once (`ifNoneMatch: '*'`, as S3's `If-None-Match: *`)
 * or compare-and-swap (`ifMatch: <etag>` from the last read, as S3's `If-Match`).
 */
export type WriteCondition = { ifNoneMatch: '*' } | { ifMatch: string };

/** The condition did not hold: someone else created or changed the pointer first. Re-read and retry. */
export class PreconditionFailed extends Error {
  override readonly name = 'PreconditionFailed';
  constructor(readonly key: string) {
    super(`pointer ${key} was created or changed concurrently`);
  }
}

/** A blob source: bytes in memory, or a file whose digest may already be known (from hashing it). */
export type BlobSource = Uint8Array | { file: string; digest?: Digest };

/**
 * One interface, two backends (local directory, S3). Blobs are addressed by SHA-256, written once and
 * verified on every read; a blob that does not match its digest is reported as corrupt, naming it.
 */
export interface ObjectStore {
  /** Where it is, for messages and records: a directory path or `s3://bucket/prefix`. */
  readonly location: string;
  hasBlob(digest: Digest): Promise<boolean>;
  /** Stores the blob unless present; returns its digest. Safe to interrupt: no partial blob is ever visible. */
  putBlob(source: BlobSource): Promise<Digest>;
  getBlob(digest: Digest): Promise<Buffer>;
  /** Streams the blob to `path` (parents created), verifying the digest before the file appears. */
  getBlobToFile(digest: Digest, path: string): Promise<void>;
  listBlobs(): AsyncIterable<Digest>;
  readPointer(key: string): Promise<Pointer | undefined>;
  /** Returns the new etag; throws PreconditionFailed when the condition does not hold. */
  writePointer(key: string, body: Uint8Array | string, condition: WriteCondition): Promise<string>;
  /** Keys under a prefix (`datasets/churn/`), sorted. */
  listPointers(prefix: string): Promise<string[]>;
}

/** `s3://bucket/prefix`, without a trailing slash: an S3 store's `location`. */
export function s3Location(bucket: string, prefix: string): string {
  return `s3://${bucket}/${prefix}`.replace(/\/$/, '');
}

export const BLOB_PREFIX = 'objects/sha256/';
export const POINTER_PREFIX = 'refs/';

/** `objects/sha256/ab/cdef…`: two-character fan-out keeps directories small. */
export function blobKey(digest: Digest): string {
  const hex = digest.slice('sha256:'.length);
  return `${BLOB_PREFIX}${hex.slice(0, 2)}/${hex.slice(2)}`;
}

export function digestFromBlobKey(key: string): Digest | undefined {
  const match = /objects\/sha256\/([0-9a-f]{2})\/([0-9a-f]{62})$/.exec(key);
  return match ? (`sha256:${match[1]}${match[2]}` as Digest) : undefined;
}

/** Pointer keys are slash-separated words; no empty segments, no `..`, nothing that escapes the store. */
export function checkPointerKey(key: string): void {
  if (!/^[A-Za-z0-9._@=+-]+(\/[A-Za-z0-9._@=+-]+)*$/.test(key) || key.split('/').some((part) => part === '..' || part === '.')) {
    throw new Error(`invalid pointer key: ${JSON.stringify(key)}`);
  }
}

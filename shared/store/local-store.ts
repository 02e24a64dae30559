import { createHash, randomBytes } from 'node:crypto';
import { constants, createReadStream, createWriteStream } from 'node:fs';
import { copyFile, link, mkdir, open, readdir, readFile, rename, rm, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { digestBytes, toDigest, type Digest } from '../digest.js';
import { errnoCode, UserError } from '../errors.js';
import { hashFileSync } from '../file-digest.js';
import { corruptBlobError, missingBlobError } from './corrupt.js';
import {
  BLOB_PREFIX,
  blobKey,
  checkPointerKey,
  digestFromBlobKey,
  POINTER_PREFIX,
  PreconditionFailed,
  type BlobSource,
  type ObjectStore,
  type Pointer,
  type WriteCondition,
} from './object-store.js';

const LOCK_STALE_MS = 30_000;
const LOCK_RETRY_MS = 5;

/**
 * The embedded default store: a directory. Every write goes to a temporary file first and appears
 * atomically (hard link for create-once, rename under a lock for compare-and-swap), so a process killed
 * mid-write leaves only a stray temporary file, never a partial blob or pointer.
 */
export class LocalStore implements ObjectStore {
  private rootChecked: Promise<void> | undefined;

  constructor(readonly location: string) {}

  /** A store path that exists but is no directory would otherwise surface as ENOTDIR deep inside a read. */
  private checkRoot(): Promise<void> {
    this.rootChecked ??= stat(this.location).then(
      (info) => {
        if (!info.isDirectory()) throw this.unwritable('ENOTDIR');
      },
      (error: unknown) => {
        if (errnoCode(error) !== 'ENOENT') throw this.unwritable(errnoCode(error) ?? String(error));
      },
    );
    return this.rootChecked;
  }

  private unwritable(reason: string): UserError {
    return new UserError(`The store directory ${this.location} cannot be written (${reason}).`, {
      input: 'store',
      fix: 'Point `store:` at a writable directory, or at s3://bucket/prefix.',
    });
  }

  async hasBlob(digest: Digest): Promise<boolean> {
    await this.checkRoot();
    return exists(this.path(blobKey(digest)));
  }

  async putBlob(source: BlobSource): Promise<Digest> {
    await this.checkRoot();
    if (!(source instanceof Uint8Array) && source.digest && (await this.hasBlob(source.digest))) return source.digest;
    const temp = await this.tempPath();
    try {
      const digest = await writeHashed(source, temp);
      if (!(source instanceof Uint8Array) && source.digest && source.digest !== digest) {
        throw new UserError(`${source.file} changed while it was being stored (expected ${source.digest}, read ${digest}).`, {
          file: source.file,
          fix: 'Make sure nothing writes to the data while it is versioned, then run again.',
        });
      }
      await this.publishOnce(temp, blobKey(digest));
      return digest;
    } finally {
      await rm(temp, { force: true });
    }
  }

  async getBlob(digest: Digest): Promise<Buffer> {
    await this.checkRoot();
    const file = this.path(blobKey(digest));
    const bytes = await readFile(file).catch((error: unknown) => {
      throw errnoCode(error) === 'ENOENT' ? missingBlobError(digest, this.location) : error;
    });
    const actual = digestBytes(bytes);
    if (actual !== digest) throw corruptBlobError(digest, file, actual);
    return bytes;
  }

  async getBlobToFile(digest: Digest, path: string): Promise<void> {
    await this.checkRoot();
    const file = this.path(blobKey(digest));
    if (!(await exists(file))) throw missingBlobError(digest, this.location);
    await mkdir(dirname(path), { recursive: true });
    const temp = `${path}.mlci-${randomBytes(6).toString('hex')}.tmp`;
    try {
      // The kernel copies (a reflink where the file system has them) while this thread hashes the blob:
      // the restore takes the longer of the two, not their sum. Blobs are immutable once written.
      const copying = copyFile(file, temp, constants.COPYFILE_FICLONE);
      let actual: Digest;
      try {
        actual = hashFileSync(file);
      } finally {
        await copying;
      }
      if (actual !== digest) throw corruptBlobError(digest, file, actual);
      await rename(temp, path);
    } finally {
      await rm(temp, { force: true });
    }
  }

  async *listBlobs(): AsyncIterable<Digest> {
    await this.checkRoot();
    for (const file of await listFiles(this.path(BLOB_PREFIX))) {
      const digest = digestFromBlobKey(relative(this.location, file).split(sep).join('/'));
      if (digest) yield digest;
    }
  }

  async readPointer(key: string): Promise<Pointer | undefined> {
    await this.checkRoot();
    checkPointerKey(key);
    try {
      const body = await readFile(this.path(POINTER_PREFIX + key));
      return { body, etag: etagOf(body) };
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') return undefined;
      throw error;
    }
  }

  async writePointer(key: string, body: Uint8Array | string, condition: WriteCondition): Promise<string> {
    await this.checkRoot();
    checkPointerKey(key);
    const bytes = typeof body === 'string' ? Buffer.from(body) : Buffer.from(body);
    const temp = await this.tempPath();
    try {
      await writeFile(temp, bytes);
      if ('ifNoneMatch' in condition) {
        if (!(await this.publishOnce(temp, POINTER_PREFIX + key))) throw new PreconditionFailed(key);
      } else {
        await this.withLock(key, async () => {
          const current = await this.readPointer(key);
          if (!current || current.etag !== condition.ifMatch) throw new PreconditionFailed(key);
          await rename(temp, this.path(POINTER_PREFIX + key));
        });
      }
      return etagOf(bytes);
    } finally {
      await rm(temp, { force: true });
    }
  }

  async listPointers(prefix: string): Promise<string[]> {
    await this.checkRoot();
    const root = this.path(POINTER_PREFIX);
    const files = await listFiles(join(root, prefix.replace(/[^/]*$/, '')));
    return files
      .map((file) => relative(root, file).split(sep).join('/'))
      .filter((key) => key.startsWith(prefix) && !key.endsWith('.lock'))
      .sort();
  }

  private path(key: string): string {
    return join(this.location, ...key.split('/'));
  }

  private async tempPath(): Promise<string> {
    const dir = join(this.location, 'tmp');
    await mkdir(dir, { recursive: true }).catch((error: unknown) => {
      throw this.unwritable(errnoCode(error) ?? String(error));
    });
    return join(dir, `${process.pid}-${randomBytes(8).toString('hex')}`);
  }

  /** Hard-links `temp` to `key` only if nothing is there; false when it already existed. */
  private async publishOnce(temp: string, key: string): Promise<boolean> {
    const target = this.path(key);
    await mkdir(dirname(target), { recursive: true });
    try {
      await link(temp, target);
      return true;
    } catch (error) {
      if (errnoCode(error) === 'EEXIST') return false;
      throw error;
    }
  }

  /** A lock file next to the pointer serializes compare-and-swap between processes. */
  private async withLock<T>(key: string, work: () => Promise<T>): Promise<T> {
    const lock = `${this.path(POINTER_PREFIX + key)}.lock`;
    await mkdir(dirname(lock), { recursive: true });
    for (;;) {
      try {
        const handle = await open(lock, 'wx');
        await handle.close();
        break;
      } catch (error) {
        if (errnoCode(error) !== 'EEXIST') throw error;
        await removeIfStale(lock);
        await new Promise((resolve) => setTimeout(resolve, LOCK_RETRY_MS));
      }
    }
    try {
      return await work();
    } finally {
      await unlink(lock).catch(() => undefined);
    }
  }
}

/** Content-derived etag, like S3's for single-part uploads: equal bytes, equal tag. */
function etagOf(bytes: Uint8Array): string {
  return `"${createHash('sha256').update(bytes).digest('hex').slice(0, 32)}"`;
}

async function writeHashed(source: BlobSource, temp: string): Promise<Digest> {
  if (source instanceof Uint8Array) {
    await writeFile(temp, source);
    return digestBytes(source);
  }
  return copyHashed(source.file, temp);
}

/** Copies `from` to `to` and returns the SHA-256 of the bytes actually copied. */
async function copyHashed(from: string, to: string): Promise<Digest> {
  const hash = createHash('sha256');
  const tap = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      done(null, chunk);
    },
  });
  await pipeline(createReadStream(from, { highWaterMark: 1 << 20 }), tap, createWriteStream(to));
  return toDigest(hash.digest('hex'));
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return false;
    throw error;
  }
}

async function removeIfStale(lock: string): Promise<void> {
  try {
    const info = await stat(lock);
    if (Date.now() - info.mtimeMs > LOCK_STALE_MS) await unlink(lock);
  } catch {
    // Gone already: the next attempt will take it.
  }
}

async function listFiles(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true });
    return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return [];
    throw error;
  }
}

import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { digestBytes } from '../../shared/digest.js';
import { isUserError } from '../../shared/errors.js';
import { LocalStore, openStore, PreconditionFailed, type ObjectStore } from '../../shared/store/index.js';
import { S3Store } from '../../shared/store/s3-store.js';
import { startS3Server, type S3TestServer } from '../helpers/s3-server.js';

/** The same behaviour is required of every backend; each runs this contract. */
function storeContract(name: string, makeStore: () => ObjectStore) {
  describe(`${name} store contract`, () => {
    let store: ObjectStore;
    let scratch: string;
    beforeAll(async () => {
      store = makeStore();
      scratch = await mkdtemp(join(tmpdir(), 'mlci-contract-'));
    });
    afterAll(() => rm(scratch, { recursive: true, force: true }));

    it('stores blobs by SHA-256 and reads them back verified', async () => {
      const bytes = Buffer.from(`hello ${name}`);
      const digest = await store.putBlob(bytes);
      expect(digest).toBe(digestBytes(bytes));
      expect(await store.hasBlob(digest)).toBe(true);
      expect((await store.getBlob(digest)).equals(bytes)).toBe(true);
      expect(await store.putBlob(bytes)).toBe(digest);
    });

    it('stores a file and restores it to a path', async () => {
      const source = join(scratch, 'source.bin');
      await writeFile(source, Buffer.alloc(300_000, 7));
      const digest = await store.putBlob({ file: source });
      const target = join(scratch, 'nested', 'restored.bin');
      await store.getBlobToFile(digest, target);
      expect((await readFile(target)).equals(await readFile(source))).toBe(true);
    });

    it('lists every blob it holds', async () => {
      const digest = await store.putBlob(Buffer.from('listed'));
      const all: string[] = [];
      for await (const d of store.listBlobs()) all.push(d);
      expect(all).toContain(digest);
    });

    it('names a missing blob as a user error', async () => {
      const missing = digestBytes('never stored');
      await expect(store.getBlob(missing)).rejects.toSatisfy((error: unknown) => isUserError(error) && /not in the store/.test((error as Error).message));
    });

    it('creates a pointer once and refuses a second create', async () => {
      const key = `datasets/${name}/versions/1`;
      await store.writePointer(key, 'first', { ifNoneMatch: '*' });
      await expect(store.writePointer(key, 'second', { ifNoneMatch: '*' })).rejects.toBeInstanceOf(PreconditionFailed);
      expect((await store.readPointer(key))?.body.toString()).toBe('first');
    });

    it('compare-and-swaps a pointer and refuses a stale etag', async () => {
      const key = `datasets/${name}/latest`;
      const created = await store.writePointer(key, 'v1', { ifNoneMatch: '*' });
      const read = await store.readPointer(key);
      expect(read?.etag).toBe(created);
      await store.writePointer(key, 'v2', { ifMatch: read!.etag });
      await expect(store.writePointer(key, 'v3', { ifMatch: read!.etag })).rejects.toBeInstanceOf(PreconditionFailed);
      expect((await store.readPointer(key))?.body.toString()).toBe('v2');
      expect(await store.readPointer(`datasets/${name}/absent`)).toBeUndefined();
    });

    it('lists pointers under a prefix, sorted', async () => {
      await store.writePointer(`lists/${name}/b`, 'b', { ifNoneMatch: '*' });
      await store.writePointer(`lists/${name}/a`, 'a', { ifNoneMatch: '*' });
      expect(await store.listPointers(`lists/${name}/`)).toEqual([`lists/${name}/a`, `lists/${name}/b`]);
    });

    it('rejects pointer keys that could escape the store', async () => {
      await expect(store.writePointer('../escape', 'x', { ifNoneMatch: '*' })).rejects.toThrow(/invalid pointer key/);
    });
  });
}

let localRoot: string;
let s3: S3TestServer;
beforeAll(async () => {
  localRoot = await mkdtemp(join(tmpdir(), 'mlci-store-'));
  s3 = await startS3Server();
});
afterAll(async () => {
  await rm(localRoot, { recursive: true, force: true });
  await s3.stop();
});

storeContract('local', () => new LocalStore(localRoot));
storeContract('s3', () => new S3Store('mlci-test', 'team/prefix', s3.options));
// openStore's S3 store imports the SDK on first use and delegates every method.
storeContract('s3-from-openStore', () => openStore('s3://mlci-test/team/opened', s3.options));

describe('S3 multipart uploads', () => {
  it('uploads a file above the threshold in parts and reads it back verified', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'mlci-multipart-'));
    try {
      const file = join(dir, 'large.bin');
      const bytes = Buffer.alloc(12 * 2 ** 20);
      for (let i = 0; i < bytes.length; i += 4) bytes.writeUInt32LE(i, i);
      await writeFile(file, bytes);
      const store = new S3Store('mlci-test', 'multipart', { ...s3.options, multipartThresholdBytes: 6 * 2 ** 20, partBytes: 5 * 2 ** 20 });
      const digest = await store.putBlob({ file });
      expect(digest).toBe(digestBytes(bytes));
      await store.getBlobToFile(digest, join(dir, 'back.bin'));
      expect((await readFile(join(dir, 'back.bin'))).equals(bytes)).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

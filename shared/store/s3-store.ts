import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  UploadPartCommand,
  type S3ClientConfig,
} from '@aws-sdk/client-s3';
import { digestBytes, toDigest, type Digest } from '../digest.js';
import { hashFileSync } from '../file-digest.js';
import { corruptBlobError, missingBlobError } from './corrupt.js';
import { describeS3Error, isNotFound, isPreconditionFailure } from './s3-errors.js';
import {
  BLOB_PREFIX,
  blobKey,
  checkPointerKey,
  digestFromBlobKey,
  POINTER_PREFIX,
  PreconditionFailed,
  s3Location,
  type BlobSource,
  type ObjectStore,
  type Pointer,
  type WriteCondition,
} from './object-store.js';

export interface S3StoreOptions {
  /** Custom endpoint for S3-compatible servers (MinIO, R2, Ceph, s3rver). */
  endpoint?: string;
  region?: string;
  /** Path-style addressing (`host/bucket/key`); the default with a custom endpoint. */
  forcePathStyle?: boolean;
  /**
   * The AWS SDK sends CRC32 checksums on every request by default, which some S3-compatible servers
   * reject; 'when-required' sends them only where the API demands one.
   */
  checksums?: 'when-supported' | 'when-required';
  /** Explicit credentials (tests); otherwise the standard AWS chain (env, profile, OIDC web identity). */
  credentials?: S3ClientConfig['credentials'];
  /** Files larger than this go up in parts (a single PUT is capped at 5 GB by S3). Default 64 MiB. */
  multipartThresholdBytes?: number;
  /** Part size of multipart uploads (S3's minimum is 5 MiB). Default 16 MiB. */
  partBytes?: number;
}

export class S3Store implements ObjectStore {
  readonly location: string;
  private readonly client: S3Client;
  private readonly sendChecksums: boolean;
  private readonly multipartThreshold: number;
  private readonly partBytes: number;

  constructor(
    private readonly bucket: string,
    private readonly prefix: string,
    options: S3StoreOptions = {},
  ) {
    this.location = s3Location(bucket, prefix);
    this.sendChecksums = options.checksums !== 'when-required';
    this.multipartThreshold = options.multipartThresholdBytes ?? 64 * 2 ** 20;
    this.partBytes = Math.max(5 * 2 ** 20, options.partBytes ?? 16 * 2 ** 20);
    const checksums = this.sendChecksums ? 'WHEN_SUPPORTED' : 'WHEN_REQUIRED';
    this.client = new S3Client({
      ...(options.endpoint ? { endpoint: options.endpoint } : {}),
      ...(options.region ? { region: options.region } : {}),
      ...(options.credentials ? { credentials: options.credentials } : {}),
      forcePathStyle: options.forcePathStyle ?? options.endpoint !== undefined,
      requestChecksumCalculation: checksums,
      responseChecksumValidation: checksums,
      maxAttempts: 3,
    });
  }

  async hasBlob(digest: Digest): Promise<boolean> {
    return (await this.head(blobKey(digest))) !== undefined;
  }

  async putBlob(source: BlobSource): Promise<Digest> {
    const digest = source instanceof Uint8Array ? digestBytes(source) : (source.digest ?? hashFileSync(source.file));
    if (await this.hasBlob(digest)) return digest;
    const length = source instanceof Uint8Array ? source.byteLength : (await stat(source.file)).size;
    if (!(source instanceof Uint8Array) && length > this.multipartThreshold) {
      await this.putMultipart(source.file, length, blobKey(digest));
      return digest;
    }
    const body = source instanceof Uint8Array ? source : createReadStream(source.file);
    // S3 makes an object visible only once its upload completes, so a killed upload leaves nothing behind.
    await this.call(() =>
      this.client.send(
        new PutObjectCommand({
          Bucket: this.bucket,
          Key: this.key(blobKey(digest)),
          Body: body,
          ContentLength: length,
          // The server verifies the upload against the digest we already know, where it supports checksums.
          ...(this.sendChecksums ? { ChecksumSHA256: Buffer.from(digest.slice('sha256:'.length), 'hex').toString('base64') } : {}),
        }),
      ),
    );
    return digest;
  }

  /**
   * Parts are read and sent one at a time (bounded memory); the object appears only on completion, and
   * a failed or interrupted upload is aborted so no parts linger (S3 lifecycle rules clean up after a kill).
   */
  private async putMultipart(file: string, length: number, key: string): Promise<void> {
    const created = await this.call(() => this.client.send(new CreateMultipartUploadCommand({ Bucket: this.bucket, Key: this.key(key) })));
    const uploadId = created.UploadId!;
    try {
      const parts: Array<{ ETag: string; PartNumber: number }> = [];
      for (let start = 0, number = 1; start < length; start += this.partBytes, number += 1) {
        const end = Math.min(length, start + this.partBytes) - 1;
        const response = await this.call(() =>
          this.client.send(
            new UploadPartCommand({ Bucket: this.bucket, Key: this.key(key), UploadId: uploadId, PartNumber: number, Body: createReadStream(file, { start, end }), ContentLength: end - start + 1 }),
          ),
        );
        parts.push({ ETag: response.ETag!, PartNumber: number });
      }
      await this.call(() => this.client.send(new CompleteMultipartUploadCommand({ Bucket: this.bucket, Key: this.key(key), UploadId: uploadId, MultipartUpload: { Parts: parts } })));
    } catch (error) {
      await this.client.send(new AbortMultipartUploadCommand({ Bucket: this.bucket, Key: this.key(key), UploadId: uploadId })).catch(() => undefined);
      throw error;
    }
  }

  async getBlob(digest: Digest): Promise<Buffer> {
    const bytes = await this.getBytes(blobKey(digest), digest);
    const actual = digestBytes(bytes);
    if (actual !== digest) throw corruptBlobError(digest, `${this.location}/${blobKey(digest)}`, actual);
    return bytes;
  }

  async getBlobToFile(digest: Digest, path: string): Promise<void> {
    const response = await this.getObject(blobKey(digest), digest);
    await mkdir(dirname(path), { recursive: true });
    const temp = `${path}.mlci-${randomBytes(6).toString('hex')}.tmp`;
    const hash = createHash('sha256');
    const tap = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        hash.update(chunk);
        done(null, chunk);
      },
    });
    try {
      await pipeline(response.Body as Readable, tap, createWriteStream(temp));
      const actual = toDigest(hash.digest('hex'));
      if (actual !== digest) throw corruptBlobError(digest, `${this.location}/${blobKey(digest)}`, actual);
      await rename(temp, path);
    } finally {
      await rm(temp, { force: true });
    }
  }

  async *listBlobs(): AsyncIterable<Digest> {
    for await (const key of this.listKeys(BLOB_PREFIX)) {
      const digest = digestFromBlobKey(key);
      if (digest) yield digest;
    }
  }

  async readPointer(key: string): Promise<Pointer | undefined> {
    checkPointerKey(key);
    try {
      const response = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: this.key(POINTER_PREFIX + key) }));
      const body = Buffer.from(await (response.Body as { transformToByteArray(): Promise<Uint8Array> }).transformToByteArray());
      return { body, etag: response.ETag ?? '' };
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw describeS3Error(error, this.location);
    }
  }

  async writePointer(key: string, body: Uint8Array | string, condition: WriteCondition): Promise<string> {
    checkPointerKey(key);
    await this.precheck(key, condition);
    const conditionHeader = 'ifNoneMatch' in condition ? { IfNoneMatch: '*' } : { IfMatch: condition.ifMatch };
    try {
      const response = await this.client.send(
        new PutObjectCommand({ Bucket: this.bucket, Key: this.key(POINTER_PREFIX + key), Body: body, ...conditionHeader }),
      );
      return response.ETag ?? '';
    } catch (error) {
      if (isPreconditionFailure(error)) throw new PreconditionFailed(key);
      throw describeS3Error(error, this.location);
    }
  }

  async listPointers(prefix: string): Promise<string[]> {
    const keys: string[] = [];
    for await (const key of this.listKeys(POINTER_PREFIX + prefix)) keys.push(key.slice(POINTER_PREFIX.length));
    return keys.sort();
  }

  /**
   * S3 enforces If-None-Match / If-Match atomically; some S3-compatible servers ignore the headers.
   * Checking first as well turns a sequential conflict into PreconditionFailed on those servers too.
   */
  private async precheck(key: string, condition: WriteCondition): Promise<void> {
    const current = await this.head(POINTER_PREFIX + key);
    if ('ifNoneMatch' in condition ? current !== undefined : current !== condition.ifMatch) throw new PreconditionFailed(key);
  }

  /** The object's ETag, or undefined when it does not exist. */
  private async head(key: string): Promise<string | undefined> {
    try {
      const response = await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: this.key(key) }));
      return response.ETag ?? '';
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw describeS3Error(error, this.location);
    }
  }

  private async getObject(key: string, digest: Digest) {
    try {
      return await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: this.key(key) }));
    } catch (error) {
      if (isNotFound(error)) throw missingBlobError(digest, this.location);
      throw describeS3Error(error, this.location);
    }
  }

  private async getBytes(key: string, digest: Digest): Promise<Buffer> {
    const response = await this.getObject(key, digest);
    return Buffer.from(await (response.Body as { transformToByteArray(): Promise<Uint8Array> }).transformToByteArray());
  }

  private async *listKeys(prefix: string): AsyncIterable<string> {
    let token: string | undefined;
    do {
      const page = await this.call(() =>
        this.client.send(new ListObjectsV2Command({ Bucket: this.bucket, Prefix: this.key(prefix), ContinuationToken: token })),
      );
      for (const object of page.Contents ?? []) if (object.Key) yield object.Key.slice(this.key('').length);
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }

  private key(relativeKey: string): string {
    return this.prefix ? `${this.prefix.replace(/\/$/, '')}/${relativeKey}` : relativeKey;
  }

  private async call<T>(request: () => Promise<T>): Promise<T> {
    try {
      return await request();
    } catch (error) {
      throw describeS3Error(error, this.location);
    }
  }
}

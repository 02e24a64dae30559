import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { toDigest, type Digest } from '../digest.js';
import { CHUNK_BYTES, hashFileSync } from '../file-digest.js';
import { explainFsError } from './walk.js';

/** Files per message to a worker: small files are batched so messaging does not dominate. */
const BATCH_BYTES = 16 << 20;
const BATCH_FILES = 256;

export { hashFileSync };

export interface FileToHash {
  absolute: string;
  size: number;
  /** How the user named it, for error messages. */
  path: string;
}

/**
 * Hashes files in parallel on worker threads (one per core by default). The worker's code is inlined
 * as a string so the ncc bundle of an action needs no second file.
 */
export async function hashFiles(files: FileToHash[], options: { workers?: number } = {}): Promise<Map<string, Digest>> {
  const results = new Map<string, Digest>();
  if (files.length === 0) return results;
  const workerCount = Math.max(1, Math.min(options.workers ?? availableParallelism(), files.length));
  if (workerCount === 1) {
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    for (const file of files) results.set(file.absolute, hashOne(file, buffer));
    return results;
  }
  const batches = makeBatches(files);
  await Promise.all(Array.from({ length: workerCount }, () => drainBatches(batches, results, files)));
  return results;
}

function hashOne(file: FileToHash, buffer: Buffer): Digest {
  try {
    return hashFileSync(file.absolute, buffer);
  } catch (error) {
    throw explainFsError(error, file.path);
  }
}

/** Largest files first, so one big file does not start last and leave the other cores idle. */
function makeBatches(files: FileToHash[]): string[][] {
  const sorted = [...files].sort((a, b) => b.size - a.size);
  const batches: string[][] = [];
  let current: string[] = [];
  let bytes = 0;
  for (const file of sorted) {
    current.push(file.absolute);
    bytes += file.size;
    if (bytes >= BATCH_BYTES || current.length >= BATCH_FILES) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
  }
  if (current.length) batches.push(current);
  return batches;
}

async function drainBatches(batches: string[][], results: Map<string, Digest>, files: FileToHash[]): Promise<void> {
  const worker = new Worker(WORKER_SOURCE, { eval: true });
  try {
    for (let batch = batches.shift(); batch; batch = batches.shift()) {
      const reply = await request(worker, batch);
      if ('error' in reply) {
        const file = files.find((candidate) => candidate.absolute === reply.file);
        throw explainFsError(Object.assign(new Error(reply.error), { code: reply.code }), file?.path ?? reply.file);
      }
      reply.digests.forEach((hex, index) => results.set(batch[index] as string, toDigest(hex)));
    }
  } finally {
    await worker.terminate();
  }
}

type WorkerReply = { digests: string[] } | { error: string; code: string | undefined; file: string };

function request(worker: Worker, batch: string[]): Promise<WorkerReply> {
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      worker.off('message', onMessage);
      worker.off('error', onError);
    };
    const onMessage = (reply: WorkerReply) => {
      cleanup();
      resolve(reply);
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.postMessage(batch);
  });
}

const WORKER_SOURCE = `
const { createHash } = require('node:crypto');
const { openSync, readSync, closeSync } = require('node:fs');
const { parentPort } = require('node:worker_threads');
const buffer = Buffer.allocUnsafe(${CHUNK_BYTES});
function hashFile(file) {
  const hash = createHash('sha256');
  const fd = openSync(file, 'r');
  try {
    for (;;) {
      const read = readSync(fd, buffer, 0, buffer.length, null);
      if (read === 0) break;
      hash.update(buffer.subarray(0, read));
    }
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}
parentPort.on('message', (files) => {
  const digests = [];
  for (const file of files) {
    try {
      digests.push(hashFile(file));
    } catch (error) {
      parentPort.postMessage({ error: String(error && error.message), code: error && error.code, file });
      return;
    }
  }
  parentPort.postMessage({ digests });
});
`;

import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { toDigest, type Digest } from '../digest.js';
import { CHUNK_BYTES, hashFileSync } from '../file-digest.js';
import { explainFsError } from './walk.js';

/** Files claimed at a time: large enough that claiming is free, small enough to balance the threads. */
const CLAIM_FILES = 32;

export { hashFileSync };

export interface FileToHash {
  absolute: string;
  size: number;
  /** How the user named it, for error messages. */
  path: string;
}

/**
 * Hashes files on every core: the calling thread and (cores − 1) worker threads take runs of files
 * from one shared counter (Atomics on a SharedArrayBuffer), so no thread waits for a message while
 * another has work, and one core's worth of hashing starts before any worker has booted. Largest files
 * go first so a big file never starts last. The worker's code is inlined as a string so an action's
 * ncc bundle needs no second file.
 */
export async function hashFiles(files: FileToHash[], options: { workers?: number } = {}): Promise<Map<string, Digest>> {
  const ordered = [...files].sort((a, b) => b.size - a.size);
  const threads = Math.max(1, Math.min(options.workers ?? availableParallelism(), Math.ceil(ordered.length / CLAIM_FILES)));
  const counter = new Int32Array(new SharedArrayBuffer(4));
  const paths = ordered.map((file) => file.absolute);
  const digests: string[] = new Array<string>(ordered.length);
  const workers = Array.from({ length: threads - 1 }, () => startWorker(paths, counter, digests));
  const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  let failure: unknown;
  try {
    for (let start = claim(counter); start < ordered.length; start = claim(counter)) {
      for (let i = start; i < Math.min(start + CLAIM_FILES, ordered.length); i += 1) digests[i] = hashOne(ordered[i]!, buffer);
    }
  } catch (error) {
    failure = error;
    Atomics.store(counter, 0, ordered.length); // the workers stop at their next claim
  }
  const outcomes = await Promise.allSettled(workers);
  if (failure) throw failure;
  for (const outcome of outcomes) {
    if (outcome.status === 'rejected') {
      const { file, error } = outcome.reason as { file: string; error: Error };
      throw explainFsError(error, ordered.find((candidate) => candidate.absolute === file)?.path ?? file);
    }
  }
  return new Map(ordered.map((file, index) => [file.absolute, toDigest(digests[index]!)]));
}

function claim(counter: Int32Array): number {
  return Atomics.add(counter, 0, CLAIM_FILES);
}

function hashOne(file: FileToHash, buffer: Buffer): string {
  try {
    return hashFileSync(file.absolute, buffer).slice('sha256:'.length);
  } catch (error) {
    throw explainFsError(error, file.path);
  }
}

/** Resolves when the worker has drained the counter, with its digests written into `digests` (a later exit is ignored). */
function startWorker(paths: string[], counter: Int32Array, digests: string[]): Promise<void> {
  // execArgv: [] — the source needs only Node's built-ins; inheriting a loader (tsx, from source) would only slow the start.
  const worker = new Worker(WORKER_SOURCE, { eval: true, execArgv: [], workerData: { paths, counter, claim: CLAIM_FILES, chunk: CHUNK_BYTES } });
  return new Promise<void>((resolve, reject) => {
    worker.on('message', (reply: { done: Array<number | string> } | { error: string; code?: string; file: string }) => {
      if ('error' in reply) {
        reject({ file: reply.file, error: Object.assign(new Error(reply.error), { code: reply.code }) });
        return;
      }
      for (let i = 0; i < reply.done.length; i += 2) digests[reply.done[i] as number] = reply.done[i + 1] as string;
      resolve();
    });
    worker.on('error', (error) => reject({ file: '(worker)', error }));
    worker.on('exit', () => reject({ file: '(worker)', error: new Error('hash worker exited without a result') }));
  });
}

const WORKER_SOURCE = `
const { createHash } = require('node:crypto');
const { openSync, readSync, closeSync } = require('node:fs');
const { parentPort, workerData } = require('node:worker_threads');
const { paths, counter, claim, chunk } = workerData;
const buffer = Buffer.allocUnsafe(chunk);
function hashFile(file) {
  const hash = createHash('sha256');
  const fd = openSync(file, 'r');
  try {
    for (;;) {
      const read = readSync(fd, buffer, 0, buffer.length, null);
      hash.update(buffer.subarray(0, read));
      if (read < buffer.length) break;
    }
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}
// One message at the end: per-claim messages would cost more than the hashing of small files.
const done = [];
let failed = null;
for (let start = Atomics.add(counter, 0, claim); start < paths.length && !failed; start = Atomics.add(counter, 0, claim)) {
  const end = Math.min(start + claim, paths.length);
  for (let i = start; i < end; i += 1) {
    try {
      done.push(i, hashFile(paths[i]));
    } catch (error) {
      failed = { error: String(error && error.message), code: error && error.code, file: paths[i] };
      Atomics.store(counter, 0, paths.length);
      break;
    }
  }
}
parentPort.postMessage(failed || { done });
`;

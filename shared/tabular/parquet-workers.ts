import { Worker } from 'node:worker_threads';
import { fromThreadError, toThreadError, workerScript, type ThreadError } from '../worker-threads.js';
import { CellTypeError, type NullSample } from './column-builder.js';
import type { GroupRange } from './select.js';
import type { Column, ColumnType } from './types.js';

/** What a worker needs to decode row groups of one file into columns the sink can append. */
export interface DecodeSetup {
  file: string;
  names: string[];
  types: Record<string, ColumnType | undefined>;
  /** Per column, the whole read's storage: workers then write their rows in place. */
  storage?: SharedArrayBuffer[];
}

export interface DecodeRequest extends GroupRange {
  index: number;
  /** Where the group's rows start in the read (in `storage`). */
  offset: number;
}

export interface DecodedColumn {
  column: Column;
  nullSamples: NullSample[];
}

export type DecodeReply = { index: number; columns: DecodedColumn[] } | { index: number; failure: DecodeFailure };

/** An error crossing the thread boundary: a type-override mismatch keeps its fields for the UserError. */
export interface DecodeFailure extends ThreadError {
  cellType?: { column: string; text: string; expected: ColumnType };
}

/** Decodes row group `index` (in the order given), in order of need; `close` stops the workers. */
export interface GroupDecoder {
  (index: number): Promise<DecodedColumn[]>;
  close(): Promise<void>;
}

/** The worker's script (see `workerScript`): `parquet-worker.js` beside the bundle, or the .ts from source. */
const BUILT_WORKER = 'parquet-worker.js';
const SOURCE_WORKER = 'parquet-worker.ts';

/**
 * Starts `count` workers and hands them row groups from index `first` on (the caller decodes the ones
 * before) as they are needed, at most two per worker ahead of the one being consumed, so memory stays
 * bounded when the sink streams batches. Into shared storage (the whole table) there is nothing to
 * bound: workers go on while this thread is busy elsewhere.
 * Undefined when no worker script can be found (the caller decodes in this thread).
 */
export function decodeInWorkers(setup: DecodeSetup, groups: readonly GroupRange[], count: number, first = 0): GroupDecoder | undefined {
  const offsets = rowOffsets(groups);
  const ahead = setup.storage ? groups.length : 2 * count;
  const entry = workerScript(import.meta.url, BUILT_WORKER, SOURCE_WORKER);
  if (!entry) return undefined;
  const settled = new Map<number, { promise: Promise<DecodedColumn[]>; resolve: (columns: DecodedColumn[]) => void; reject: (error: Error) => void }>();
  const slot = (index: number) => {
    let found = settled.get(index);
    if (!found) {
      let resolve!: (columns: DecodedColumn[]) => void;
      let reject!: (error: Error) => void;
      const promise = new Promise<DecodedColumn[]>((ok, fail) => {
        resolve = ok;
        reject = fail;
      });
      promise.catch(() => undefined); // a failure is reported when that group is asked for
      found = { promise, resolve, reject };
      settled.set(index, found);
    }
    return found;
  };
  let next = first;
  let wanted = first;
  let failed: Error | undefined;
  const idle: Worker[] = [];
  const pump = () => {
    while (!failed && idle.length > 0 && next < groups.length && next <= wanted + ahead) {
      const worker = idle.pop()!;
      const request: DecodeRequest = { index: next, offset: offsets[next]!, ...groups[next]! };
      slot(next);
      next += 1;
      worker.postMessage(request);
    }
  };
  const fail = (error: Error) => {
    failed ??= error;
    for (const pending of settled.values()) pending.reject(failed);
  };
  const workers = Array.from({ length: count }, () => {
    const worker = new Worker(entry.script, { eval: entry.eval, workerData: setup });
    worker.on('message', (reply: DecodeReply) => {
      if ('failure' in reply) slot(reply.index).reject(fromFailure(reply.failure));
      else slot(reply.index).resolve(reply.columns);
      idle.push(worker);
      pump();
    });
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (code !== 0) fail(new Error(`a Parquet decoding worker exited with code ${code}`));
    });
    idle.push(worker);
    return worker;
  });
  pump();
  const decode = ((index: number) => {
    wanted = index;
    pump();
    return slot(index).promise.finally(() => settled.delete(index));
  }) as GroupDecoder;
  decode.close = async () => {
    await Promise.all(workers.map((worker) => worker.terminate()));
  };
  return decode;
}

/** Where each group's rows start in the read. */
export function rowOffsets(groups: readonly GroupRange[]): number[] {
  let rows = 0;
  return groups.map((group) => {
    const offset = rows;
    rows += group.end - group.start;
    return offset;
  });
}

function fromFailure(failure: DecodeFailure): Error {
  if (failure.cellType) return new CellTypeError(failure.cellType.column, failure.cellType.text, failure.cellType.expected);
  return fromThreadError(failure, 'a Parquet decoding worker');
}

export function toFailure(error: unknown): DecodeFailure {
  if (error instanceof CellTypeError) return { message: error.message, cellType: { column: error.column, text: error.text, expected: error.expected } };
  return toThreadError(error);
}

/** The buffers of decoded columns, moved (not copied) to the main thread; shared storage is shared, not moved. */
export function transferList(columns: readonly DecodedColumn[]): ArrayBuffer[] {
  return columns
    .flatMap(({ column }) => (column.type === 'string' ? [column.codes] : [column.values, ...(column.nulls ? [column.nulls] : [])]).map((array) => array.buffer))
    .filter((buffer): buffer is ArrayBuffer => buffer instanceof ArrayBuffer);
}

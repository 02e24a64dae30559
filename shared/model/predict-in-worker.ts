import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { getColumn } from '../tabular/table.js';
import type { Table } from '../tabular/types.js';
import { fromThreadError, workerScript, type ThreadError } from '../worker-threads.js';
import type { Task } from '../schemas/evaluation-record.js';
import type { InputBinding } from './inputs.js';
import type { Model } from './model.js';
import { predictionArray, type PredictionValues, type Predictions } from './predict.js';

/** What the worker needs: the model file, the runtime to import, the columns it reads and where to write. */
export interface PredictJob {
  runtime: string;
  model: string;
  task: Task;
  input: string;
  binding: InputBinding;
  /** The table with only the binding's feature columns (shared memory is shared, other arrays copied). */
  table: Table;
  start: number;
  end: number;
  batchRows: number;
  into: PredictionValues;
}

export type PredictReply = { done: true } | { failure: ThreadError };

export interface WorkerPredictOptions {
  start: number;
  end: number;
  batchRows: number;
  /** The main thread's runtime: its `specifier` is how the worker imports it. */
  runtime: { specifier?: string };
  /** The input name errors blame (`baseline-model`). */
  input: string;
  /** Stops the worker (the caller failed elsewhere and no longer waits for these predictions). */
  signal?: AbortSignal;
}

/**
 * Whether a second model's rows are worth a worker: starting one (thread, bundle, runtime, session)
 * costs ~0.3 s of CPU, which pays off from a few hundred thousand rows, and only with a second core.
 */
export function worthAWorker(rows: number): boolean {
  return rows >= 200_000 && availableParallelism() > 1;
}

const BUILT_WORKER = 'predict-worker.js';
const SOURCE_WORKER = 'predict-worker.ts';

/**
 * `predictTable` in a worker thread, for a second model (the baseline) to run while this thread runs the
 * first: onnxruntime-node's `run` occupies the calling thread, so two sessions in one thread take the sum
 * of their times and, on two cores, the second core idles. The worker loads the model file again with
 * the same runtime (same task and input name, so the same output plan and errors) and writes the
 * predictions into shared memory. Undefined when the runtime cannot be imported in a worker or no worker
 * script is found: the caller predicts in this thread.
 */
export function predictInWorker(model: Model, binding: InputBinding, table: Table, options: WorkerPredictOptions): Promise<Predictions> | undefined {
  const entry = workerScript(import.meta.url, BUILT_WORKER, SOURCE_WORKER);
  if (!entry || !options.runtime.specifier) return undefined;
  const rows = options.end - options.start;
  const into = predictionArray(model, rows * model.plan.width, true);
  const job: PredictJob = {
    runtime: options.runtime.specifier, model: model.path, task: model.task, input: options.input, binding,
    table: featureTable(table, binding), start: options.start, end: options.end, batchRows: options.batchRows, into,
  };
  return new Promise<Predictions>((resolve, reject) => {
    const worker = new Worker(entry.script, { eval: entry.eval, workerData: job });
    let settled = false;
    options.signal?.addEventListener('abort', () => void worker.terminate(), { once: true });
    worker.on('message', (reply: PredictReply) => {
      settled = true;
      if ('failure' in reply) reject(fromThreadError(reply.failure, `the inference worker for ${model.name}`));
      else resolve({ kind: model.plan.kind, rows, width: model.plan.width, values: into, dtype: model.plan.dtype });
      void worker.terminate();
    });
    worker.on('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.on('exit', (code) => {
      if (!settled) reject(new Error(`the inference worker for ${model.name} exited with code ${code}`));
    });
  });
}

/** The columns the binding reads, and what error messages need to name rows. */
function featureTable(table: Table, binding: InputBinding): Table {
  const names = binding.mode === 'matrix' ? binding.features : binding.inputs.map((item) => item.column);
  return { ...table, columns: [...new Set(names)].map((name) => getColumn(table, name)) };
}


import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { describeRow } from '../tabular/table.js';
import type { Table } from '../tabular/types.js';
import { fromThreadError, workerScript, type ThreadError } from '../worker-threads.js';
import type { Task } from '../schemas/evaluation-record.js';
import { buildFeeds, FeedBuffers, type InputBinding } from './inputs.js';
import type { Model } from './model.js';
import { predictionArray, storeOutput, type PredictionValues, type Predictions } from './predict.js';
import type { FeedTensor, OutputTensor } from './types.js';

/** What the worker loads as it starts: a model file, with the runtime the main thread imported. */
export interface PredictWorkerSetup {
  runtime: string;
  model: string;
  task?: Task;
  input: string;
}

/** Main thread to worker: one batch's feeds (rows [from, to)), moved, not copied. */
export interface PredictRequest {
  from: number;
  to: number;
  feeds: Record<string, FeedTensor>;
}

/** Worker to main thread: the batch's output and its feeds back for reuse, both moved; or why it failed. */
export type PredictReply = (PredictRequest & { output: OutputTensor }) | { failure: ThreadError };

/**
 * Whether a model's rows are worth a worker: starting one (thread, bundle, runtime, session) costs
 * ~0.2 s of CPU, which pays off from a few hundred thousand rows, and only with a second core.
 */
export function worthAWorker(rows: number): boolean {
  return rows >= 200_000 && availableParallelism() > 1;
}

/**
 * Batches sent ahead of the worker: enough that it never waits while this thread is busy with something
 * else (decoding a row group takes as long as a few batches), few enough that feed memory stays small.
 */
const IN_FLIGHT = 16;

/** Rows per call of a `StoredListener` catching up: a few batches' worth of work between replies. */
const TELL_ROWS = 65_536;

const BUILT_WORKER = 'predict-worker.js';
const SOURCE_WORKER = 'predict-worker.ts';

/** Rows [from, to) of `values` (all rows' predictions, `Predictions.values`) are stored. */
export type StoredListener = (values: PredictionValues, from: number, to: number) => void;

interface Job {
  model: Model;
  binding: InputBinding;
  table: Table;
  start: number;
  end: number;
  batchRows: number;
  values: PredictionValues;
}

/**
 * A model's session in a worker thread: onnxruntime-node's `run` occupies its calling thread, so
 * inference here would leave no room for anything else (reading, labels, a second model). The worker
 * does nothing but `session.run` on the feeds it is sent, as inference over pre-built tensors does;
 * this thread builds the feeds (`buildFeeds`) and stores the outputs (`storeOutput`), so values are
 * checked and errors worded exactly as `predictTable` does it, and the batches are the ones
 * `predictTable` runs: the predictions are bit-identical.
 *
 * The worker starts (thread, runtime, session) as soon as the model file is known, before the data is
 * read. The rows may still be arriving: `begin` hands over a table of which only the first rows are
 * final (a read writing into shared storage), `rowsReady` says how far they are, and whole batches of
 * them go to the worker as they come. `finish` says every row is final.
 */
export class PredictionWorker {
  private job: Job | undefined;
  private readonly feedPool: FeedBuffers[] = [];
  private ready = 0;
  private next = 0;
  private stored = 0;
  private inFlight = 0;
  /** Settled: every row stored and told (`done`), or failed or stopped. */
  private state: 'running' | 'done' | 'failed' = 'running';
  private listener: StoredListener | undefined;
  private told = 0;
  private telling = false;
  private readonly result: Promise<Predictions>;
  private settle!: { resolve: (predictions: Predictions) => void; reject: (error: Error) => void };

  /** Starts the worker, which loads the model now; undefined where none can (no script, no runtime a worker can import). */
  static start(model: { path: string; task?: Task }, runtime: { specifier?: string }, input: string): PredictionWorker | undefined {
    const entry = workerScript(import.meta.url, BUILT_WORKER, SOURCE_WORKER);
    if (!entry || !runtime.specifier) return undefined;
    const setup: PredictWorkerSetup = { runtime: runtime.specifier, model: model.path, input, ...(model.task ? { task: model.task } : {}) };
    return new PredictionWorker(new Worker(entry.script, { eval: entry.eval, workerData: setup }), input);
  }

  private constructor(
    private readonly worker: Worker,
    private readonly input: string,
  ) {
    this.result = new Promise<Predictions>((resolve, reject) => (this.settle = { resolve, reject }));
    // Settled through `finish`; a worker stopped or failing before then must not count as unhandled.
    this.result.catch(() => undefined);
    worker.on('message', (reply: PredictReply) => this.onReply(reply));
    // Once every row is stored the worker is let go: its exit then says nothing about the predictions.
    worker.on('error', (error) => !this.allStored() && this.fail(error));
    worker.on('exit', (code) => !this.allStored() && this.fail(new Error(`the inference worker for ${this.input} exited with code ${code}`)));
  }

  /** The rows [start, end) of `table` to predict with `model` (the one the worker loaded), in batches of `batchRows`. */
  begin(model: Model, binding: InputBinding, table: Table, range: { start: number; end: number }, batchRows: number): void {
    if (this.job) throw new Error(`the inference worker for ${this.input} already has its rows`);
    const values = predictionArray(model, (range.end - range.start) * model.plan.width);
    this.job = { model, binding, table, ...range, batchRows, values };
    this.ready = this.next = this.stored = range.start;
    this.sendBatches();
  }

  /** Rows before `row` are final. */
  rowsReady(row: number): void {
    this.ready = Math.max(this.ready, row);
    this.sendBatches();
  }

  /** Every row is final: resolves with the predictions once all are made. */
  finish(): Promise<Predictions> {
    if (!this.job) return Promise.reject(new Error(`the inference worker for ${this.input} was given no rows`));
    this.rowsReady(this.job.end);
    return this.result;
  }

  /**
   * Calls `listener` with the rows stored so far and then with each batch as it is stored, in row order,
   * so work on the predictions can start before the last ones are made; `finish` settles once it has
   * heard of every row. A listener that throws is dropped; the predictions go on.
   */
  onStored(listener: StoredListener): void {
    const job = this.job;
    if (!job) throw new Error(`the inference worker for ${this.input} was given no rows`);
    this.listener = listener;
    this.told = job.start;
    this.tell();
  }

  /** Stops the worker: its predictions are no longer wanted. */
  stop(): void {
    this.fail(new Error(`the inference worker for ${this.input} was stopped`));
  }

  /** Builds and sends whole batches of final rows (the last, shorter one once every row is final). */
  private sendBatches(): void {
    const job = this.job;
    if (!job || this.state !== 'running') return;
    try {
      while (this.inFlight < IN_FLIGHT && this.next < job.end) {
        const to = Math.min(job.end, this.next + job.batchRows);
        if (to > this.ready) return;
        const feeds = buildFeeds(job.binding, job.table, this.next, to, this.feedPool.pop() ?? new FeedBuffers());
        this.worker.postMessage({ from: this.next, to, feeds } satisfies PredictRequest, Object.values(feeds).map((feed) => feed.data.buffer as ArrayBuffer));
        this.inFlight += 1;
        this.next = to;
      }
    } catch (error) {
      this.fail(error as Error);
    }
  }

  private onReply(reply: PredictReply): void {
    const job = this.job;
    if (this.state !== 'running' || !job) return;
    if ('failure' in reply) return this.fail(fromThreadError(reply.failure, `the inference worker for ${this.input}`));
    this.inFlight -= 1;
    this.feedPool.push(FeedBuffers.of(reply.feeds));
    try {
      storeOutput(reply.output, job.values, (reply.from - job.start) * job.model.plan.width, job.model, (row) => describeRow(job.table, reply.from + row));
    } catch (error) {
      return this.fail(error as Error);
    }
    this.stored += reply.to - reply.from;
    if (this.stored < job.end) this.sendBatches();
    else void this.worker.terminate();
    this.tell();
  }

  /**
   * Tells the listener of the rows stored since it was last told, a slice at a time while the worker
   * still predicts (a backlog, rows stored before it listened, must not keep this thread from sending
   * the worker its next batches), the rest at once when all are stored. Then settles.
   */
  private tell(): void {
    const job = this.job!;
    if (this.telling || this.state === 'failed') return;
    while (this.listener && this.told < this.stored) {
      const to = this.allStored() ? this.stored : Math.min(this.stored, this.told + TELL_ROWS);
      try {
        this.listener(job.values, this.told, to);
      } catch {
        this.listener = undefined;
      }
      this.told = to;
      if (this.allStored()) continue;
      this.telling = true;
      setImmediate(() => {
        this.telling = false;
        this.tell();
      });
      return;
    }
    if (!this.allStored() || this.state === 'done') return;
    this.state = 'done';
    const { plan } = job.model;
    this.settle.resolve({ kind: plan.kind, rows: job.end - job.start, width: plan.width, values: job.values, dtype: plan.dtype });
  }

  private allStored(): boolean {
    return this.job !== undefined && this.stored === this.job.end;
  }

  private fail(error: Error): void {
    if (this.state !== 'running') return;
    this.state = 'failed';
    void this.worker.terminate();
    this.settle.reject(error);
  }
}

/** `predictTable` over a finished table, in a worker; undefined where none can run (the caller predicts in this thread). */
export function predictInWorker(model: Model, binding: InputBinding, table: Table, options: { start: number; end: number; batchRows: number; input: string }): PredictionWorker | undefined {
  const worker = PredictionWorker.start(model, model.runtime, options.input);
  worker?.begin(model, binding, table, options, options.batchRows);
  return worker;
}

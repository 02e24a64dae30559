import { availableParallelism } from 'node:os';
import { bindInputs, type BindOptions, type InputBinding } from '../model/inputs.js';
import type { Model } from '../model/model.js';
import { PredictionWorker } from '../model/predict-in-worker.js';
import type { Task } from '../schemas/evaluation-record.js';
import { getColumn } from '../tabular/table.js';
import type { Column, Table } from '../tabular/types.js';

/** A model file to predict with during the read, and the input name its errors blame. */
export interface EarlyModelFile {
  path: string;
  task?: Task;
  input: string;
}

/** The loaded model (this thread's) and how to bind it to the table's columns. */
export interface EarlyBinding {
  model: Model;
  bindOptions: BindOptions;
}

interface Stream {
  worker: PredictionWorker;
  binding?: EarlyBinding;
  /** Set once rows arrive: the binding and the table the worker predicts from. */
  fed?: { binding: InputBinding; table: Table };
}

/**
 * Inference that starts while a large Parquet file is still being read (`onRowsReady`): each model's
 * session runs in a worker thread (`PredictionWorker`), started before the models are even loaded
 * here, and fed rows as the read lands them. Inference no longer waits for the read, and this thread
 * stays free for what does not need the predictions (the rest of the read, the data's digest, labels,
 * grouping columns).
 *
 * It is a head start and nothing more. Rows dropped for missing values, another binding, other arrays
 * in the final table, or any failure (a NaN feature, a non-finite prediction), and that model's streamed
 * predictions are dropped: evaluate predicts its rows itself and meets the same error at the same row,
 * worded for the final table.
 */
export class EarlyInference {
  private readonly streams: Array<Stream | undefined>;
  private readonly fedDuringRead = Math.max(1, availableParallelism() - 1);
  private begun = false;

  constructor(
    files: readonly EarlyModelFile[],
    runtime: { specifier?: string },
    /** Rows per batch for a binding: evaluate's own rule, so the batches are the ones it would run. */
    private readonly batchRowsOf: (binding: InputBinding) => number,
  ) {
    this.streams = files.map((file) => {
      const worker = PredictionWorker.start(file, runtime, file.input);
      return worker && { worker };
    });
  }

  /** This thread's loaded models, in the order of the files; before the read. */
  bind(bindings: readonly EarlyBinding[]): void {
    bindings.forEach((binding, index) => {
      const stream = this.streams[index];
      if (stream) stream.binding = binding;
    });
  }

  /** For `ReadOptions.onRowsReady`. */
  readonly onRowsReady = (ready: { rows: number; total: number; table: Table }): void => {
    if (!this.begun) {
      this.begun = true;
      this.streams.forEach((stream, index) => {
        if (stream && !this.begin(stream, ready.table, ready.total)) this.drop(index);
      });
    }
    // The read keeps this thread busy: models beyond one per remaining core get their rows when the read
    // ends (taken), so they do not take a share of the cores from the candidate's inference, the longest
    // part of the run (on 2 cores, three busy threads left it two thirds of one).
    this.streams.forEach((stream, index) => index < this.fedDuringRead && stream?.worker.rowsReady(ready.rows));
  };

  /**
   * The worker predicting model `index` over the final table, told that every row is final, provided
   * that table feeds this binding from the very arrays it predicts from; else undefined (it is stopped).
   */
  take(index: number, table: Table, binding: InputBinding): PredictionWorker | undefined {
    const fed = this.streams[index]?.fed;
    if (!fed || JSON.stringify(binding) !== JSON.stringify(fed.binding) || table.rowCount !== fed.table.rowCount || !binding.features.every((name) => sameValues(getColumn(table, name), getColumn(fed.table, name)))) {
      this.drop(index);
      return undefined;
    }
    const worker = this.streams[index]!.worker;
    this.streams[index] = undefined;
    // Settled by the caller, whenever it awaits; meanwhile a failure must not count as unhandled.
    worker.finish().catch(() => undefined);
    return worker;
  }

  /** Stops every worker not taken (evaluate failed before it needed them). */
  stop(): void {
    this.streams.forEach((_, index) => this.drop(index));
  }

  private begin(stream: Stream, table: Table, total: number): boolean {
    if (!stream.binding) return false;
    let binding: InputBinding;
    try {
      binding = bindInputs(stream.binding.model, table, stream.binding.bindOptions);
    } catch {
      return false; // evaluate binds the final table and reports the error
    }
    const preview = { ...table, rowCount: total };
    stream.worker.begin(stream.binding.model, binding, preview, { start: 0, end: total }, this.batchRowsOf(binding));
    stream.fed = { binding, table: preview };
    return true;
  }

  private drop(index: number): void {
    this.streams[index]?.worker.stop();
    this.streams[index] = undefined;
  }
}

/** The same memory: two views of one shared buffer count as the same array. */
function sameValues(a: Column, b: Column): boolean {
  if (a.type === 'string' || b.type === 'string') return false;
  return a.values.buffer === b.values.buffer && a.values.byteOffset === b.values.byteOffset && a.values.length === b.values.length;
}

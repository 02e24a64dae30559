import { bindInputs, type BindOptions, type InputBinding } from '../model/inputs.js';
import type { Model } from '../model/model.js';
import { predictionArray, predictTable, type PredictionValues } from '../model/predict.js';
import { getColumn } from '../tabular/table.js';
import type { Column, Table } from '../tabular/types.js';

/** The candidate's predictions of rows [0, rows), made while the rest of the data was being read. */
export interface EarlyPredictions {
  rows: number;
  /** Room for every row of the read; the first `rows` × width values are filled. */
  values: PredictionValues;
}

/**
 * Inference on the rows a Parquet read has already landed (`onRowsReady`), while worker threads decode
 * the rest: the model's runtime occupies this thread and the decoding the others, so reading no longer
 * comes before inference. Only whole inference batches run (the same batches as afterwards, so the
 * outputs are bit-identical). It is a head start and nothing more: any error, and any difference between
 * what it predicted from and the table evaluate ends up with (rows dropped for missing values, another
 * binding), and the head start is dropped; evaluate then predicts every row itself and meets the
 * same error at the same row.
 */
export class EarlyInference {
  private table: Table | undefined;
  private binding: InputBinding | undefined;
  private batchRows = 0;
  private values: PredictionValues | undefined;
  private ready = 0;
  private predicted = 0;
  private running: Promise<void> | undefined;
  private stopped = false;

  constructor(
    private readonly model: Model,
    private readonly bindOptions: BindOptions,
    /** Rows per batch for a binding: evaluate's own rule, so the batches are the ones it would run. */
    private readonly batchRowsOf: (binding: InputBinding) => number,
  ) {}

  /** For `ReadOptions.onRowsReady`. */
  readonly onRowsReady = (ready: { rows: number; total: number; table: Table }): void => {
    if (this.stopped) return;
    if (!this.binding) {
      try {
        this.binding = bindInputs(this.model, ready.table, this.bindOptions);
      } catch {
        this.stopped = true;
        return;
      }
      this.batchRows = this.batchRowsOf(this.binding);
      this.values = predictionArray(this.model, ready.total * this.model.plan.width);
    }
    this.table = ready.table;
    this.ready = ready.rows;
    this.pump();
  };

  /**
   * No more batches once the read is over: what follows it (the data's digest, labels, the baseline's
   * worker) must not wait behind inference that evaluate continues anyway.
   */
  stop(): void {
    this.stopped = true;
  }

  /**
   * Hands over the rows predicted (after `stop`), provided the final table feeds the final binding from
   * the very arrays they were predicted from.
   */
  async take(table: Table, binding: InputBinding): Promise<EarlyPredictions | undefined> {
    this.stop();
    await this.running;
    if (!this.values || !this.binding || !this.table || this.predicted === 0) return undefined;
    if (JSON.stringify(binding) !== JSON.stringify(this.binding) || this.values.length !== table.rowCount * this.model.plan.width) return undefined;
    const sameArrays = binding.features.every((name) => sameValues(getColumn(table, name), getColumn(this.table!, name)));
    return sameArrays ? { rows: this.predicted, values: this.values } : undefined;
  }

  private pump(): void {
    if (this.running || this.stopped || this.predicted + this.batchRows > this.ready) return;
    this.running = this.predictReadyBatches().then(
      () => {
        this.running = undefined;
        this.pump();
      },
      () => {
        this.stopped = true;
        this.running = undefined;
      },
    );
  }

  private async predictReadyBatches(): Promise<void> {
    const width = this.model.plan.width;
    while (!this.stopped && this.predicted + this.batchRows <= this.ready) {
      const start = this.predicted;
      const end = start + this.batchRows;
      await predictTable(this.model, this.binding!, this.table!, { start, end, batchRows: this.batchRows, into: this.values!.subarray(start * width, end * width) });
      this.predicted = end;
    }
  }
}

/** The same memory: two views of one shared buffer count as the same array. */
function sameValues(a: Column, b: Column): boolean {
  if (a.type === 'string' || b.type === 'string') return false;
  return a.values.buffer === b.values.buffer && a.values.byteOffset === b.values.byteOffset && a.values.length === b.values.length;
}

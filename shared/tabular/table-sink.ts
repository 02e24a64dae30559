import { ColumnBuilder, NULL_SAMPLES, type ColumnPart, type NullSample } from './column-builder.js';
import type { Column, ColumnType, Table, TableFormat } from './types.js';

export type BatchHandler = (batch: Table, rowOffset: number) => void | Promise<void>;

export interface SinkOptions {
  file: string;
  format: TableFormat;
  types?: Readonly<Record<string, ColumnType>>;
  /** Rows per batch; Infinity for one table. */
  batchRows: number;
  /** Text formats keep each row's line for error messages. */
  trackLines: boolean;
  /** See ColumnBuilder: batches of a scan cannot be re-read. */
  lossyDemotion: boolean;
}

/** Missing values seen per column (first few rows), kept across batches for the missing-value error. */
export interface NullReport {
  column: string;
  count: number;
  samples: NullSample[];
}

/**
 * Where readers put rows: it owns one ColumnBuilder per column and emits a Table every `batchRows` rows.
 * Readers only parse; typing, batching and null bookkeeping live here once.
 */
export class TableSink {
  private builders: ColumnBuilder[] = [];
  private names: string[] = [];
  private lines: Int32Array | undefined;
  private rowsInBatch = 0;
  private emitted = 0;
  private readonly nulls = new Map<string, NullReport>();

  constructor(
    private readonly options: SinkOptions,
    private readonly onBatch: BatchHandler,
  ) {}

  get rowCount(): number {
    return this.emitted + this.rowsInBatch;
  }

  get columnNames(): readonly string[] {
    return this.names;
  }

  setColumns(names: readonly string[], types: Readonly<Record<string, ColumnType>> = {}): void {
    this.names = [...names];
    this.builders = this.names.map((name) => new ColumnBuilder(name, this.options.types?.[name] ?? types[name], this.options.lossyDemotion));
  }

  /** A column first seen after some rows (JSONL): earlier rows of this batch are missing it. */
  addColumn(name: string): number {
    const builder = new ColumnBuilder(name, this.options.types?.[name], this.options.lossyDemotion);
    for (let row = 0; row < this.rowsInBatch; row += 1) builder.pushNull(this.lineOf(row));
    this.names.push(name);
    this.builders.push(builder);
    return this.builders.length - 1;
  }

  pushTextRow(cells: readonly string[], line: number): void {
    for (let c = 0; c < this.builders.length; c += 1) this.builders[c]!.pushText(cells[c] ?? '', line);
    this.endRow(line);
  }

  /** `values[c]` for column c; undefined counts as missing. */
  pushValueRow(values: readonly unknown[], line?: number): void {
    for (let c = 0; c < this.builders.length; c += 1) this.builders[c]!.pushValue(values[c], line);
    this.endRow(line);
  }

  /** Room for `rows` more rows in every column (Parquet knows its row counts). */
  reserve(rows: number): void {
    const room = Math.min(rows, this.options.batchRows - this.rowsInBatch);
    for (const builder of this.builders) builder.reserve(room);
  }

  /**
   * Columnar append (Parquet): `decode` hands over, for each column, parts of decoded pages in row
   * order, together covering the same `rows` rows.
   */
  async pushColumnParts(decode: (push: (column: number, part: ColumnPart) => void) => Promise<void>, rows: number): Promise<void> {
    await decode((column, part) => this.builders[column]!.pushPart(part));
    this.rowsInBatch += rows;
  }

  /** The type each column is fixed to (Parquet's schema or the caller's override), for builders elsewhere. */
  forcedTypes(): Record<string, ColumnType | undefined> {
    return Object.fromEntries(this.builders.map((builder) => [builder.name, builder.forcedType]));
  }

  /**
   * Shared storage for every column of a whole-table read (see `ColumnBuilder.shareStorage`); undefined
   * when the sink emits batches, whose builders are replaced batch by batch.
   */
  shareStorage(rows: number): SharedArrayBuffer[] | undefined {
    if (this.options.batchRows !== Infinity) return undefined;
    return this.builders.map((builder) => builder.shareStorage(rows));
  }

  /** Columnar append of columns built by other builders (Parquet row groups decoded in workers). */
  pushColumns(columns: ReadonlyArray<{ column: Column; nullSamples: readonly NullSample[] }>, rows: number): void {
    for (let c = 0; c < this.builders.length; c += 1) this.builders[c]!.appendColumn(columns[c]!.column, columns[c]!.nullSamples);
    this.rowsInBatch += rows;
  }

  async flushIfFull(): Promise<void> {
    if (this.rowsInBatch >= this.options.batchRows) await this.flush();
  }

  async finish(): Promise<void> {
    if (this.rowsInBatch > 0 || this.emitted === 0) await this.flush();
  }

  nullReports(): NullReport[] {
    return [...this.nulls.values()];
  }

  private endRow(line: number | undefined): void {
    if (this.options.trackLines && line !== undefined) {
      if (!this.lines || this.lines.length <= this.rowsInBatch) this.lines = growLines(this.lines);
      this.lines[this.rowsInBatch] = line;
    }
    this.rowsInBatch += 1;
  }

  private lineOf(row: number): number | undefined {
    return this.lines?.[row];
  }

  private async flush(): Promise<void> {
    const table: Table = {
      columns: this.builders.map((b) => b.build()),
      rowCount: this.rowsInBatch,
      file: this.options.file,
      format: this.options.format,
    };
    if (this.options.trackLines && this.lines) table.lines = this.lines.slice(0, this.rowsInBatch);
    this.recordNulls(this.emitted);
    const offset = this.emitted;
    this.emitted += this.rowsInBatch;
    this.rowsInBatch = 0;
    this.lines = undefined;
    this.builders = this.names.map((name) => new ColumnBuilder(name, this.builders.find((b) => b.name === name)?.forcedType, this.options.lossyDemotion));
    await this.onBatch(table, offset);
  }

  private recordNulls(offset: number): void {
    for (const builder of this.builders) {
      if (builder.nullCount === 0) continue;
      const report = this.nulls.get(builder.name) ?? { column: builder.name, count: 0, samples: [] };
      report.count += builder.nullCount;
      for (const sample of builder.nullSamples) {
        if (report.samples.length < NULL_SAMPLES) report.samples.push({ ...sample, row: sample.row + offset });
      }
      this.nulls.set(builder.name, report);
    }
  }
}

function growLines(lines: Int32Array | undefined): Int32Array {
  const bigger = new Int32Array(Math.max(1024, (lines?.length ?? 0) * 2));
  if (lines) bigger.set(lines);
  return bigger;
}

import { stat } from 'node:fs/promises';
import { errnoCode, UserError } from '../errors.js';
import { NonCanonicalDemotion } from './column-builder.js';
import { scanCsv } from './csv.js';
import { scanJsonl } from './jsonl.js';
import { parquetRowCount, scanParquet } from './parquet.js';
import type { RowRange } from './select.js';
import { TableSink, type BatchHandler, type NullReport } from './table-sink.js';
import { takeRows } from './table.js';
import type { ColumnType, ReadOptions, ScanOptions, Table, TableFormat } from './types.js';

const EXTENSIONS: Record<string, TableFormat> = {
  csv: 'csv', tsv: 'csv', jsonl: 'jsonl', ndjson: 'jsonl', parquet: 'parquet', pq: 'parquet',
};

export function detectFormat(file: string, input?: string): TableFormat {
  const extension = /\.([a-z0-9]+)$/i.exec(file)?.[1]?.toLowerCase() ?? '';
  const format = EXTENSIONS[extension];
  if (!format) {
    throw new UserError(`cannot tell the format of ${file} from its extension.`, {
      file, input, fix: 'Use a .csv, .tsv, .jsonl, .ndjson or .parquet file.',
    });
  }
  return format;
}

/** The whole table (or the requested columns and row range), typed, with the missing-value policy applied. */
export async function readTable(file: string, options: ReadOptions = {}): Promise<Table> {
  let types: Record<string, ColumnType> = { ...options.types };
  for (;;) {
    try {
      return await readOnce(file, { ...options, types });
    } catch (error) {
      // A column that looked numeric turned out to be text written like numbers (`01`): read it as text.
      if (!(error instanceof NonCanonicalDemotion) || types[error.column] === 'string') throw error;
      types = { ...types, [error.column]: 'string' };
    }
  }
}

async function readOnce(file: string, options: ReadOptions): Promise<Table> {
  let table: Table | undefined;
  const sink = await scanInto(file, options, Infinity, (batch) => {
    table = batch;
  });
  if (!table) throw new Error('reader emitted no table');
  return applyMissingPolicy(table, sink.nullReports(), options);
}

/**
 * Streams the file as typed batches of `batchRows` rows (the last may be shorter). Each batch is typed
 * on its own, so a CSV column can be `int` in one batch and `number` in the next; profilers merge.
 * Missing values are kept (nulls masks), never an error here.
 */
export async function scanTable(file: string, onBatch: BatchHandler, options: ScanOptions = {}): Promise<{ rowCount: number; columns: readonly string[] }> {
  const sink = await scanInto(file, options, options.batchRows ?? 65_536, onBatch);
  return { rowCount: sink.rowCount, columns: sink.columnNames };
}

async function scanInto(file: string, options: ScanOptions & Pick<ReadOptions, 'onRowsReady'>, batchRows: number, onBatch: BatchHandler): Promise<TableSink> {
  const format = options.format ?? detectFormat(file, options.input);
  await checkFile(file, options.input);
  const sink = new TableSink({ file, format, types: options.types, batchRows, trackLines: format !== 'parquet', lossyDemotion: batchRows !== Infinity }, onBatch);
  const range: RowRange = { start: options.rowStart ?? 0, end: options.rowEnd ?? Infinity };
  if (format === 'csv') await scanCsv(file, sink, range, options.columns, options.input);
  else if (format === 'jsonl') await scanJsonl(file, sink, range, options.columns, options.input);
  else await scanParquet(file, sink, range, { columns: options.columns, input: options.input, threads: options.threads, onRowsReady: options.onRowsReady });
  await sink.finish();
  return sink;
}

async function checkFile(file: string, input?: string): Promise<void> {
  let size: number;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new UserError(`${file} is not a file.`, { file, input, fix: 'Pass the path of a data file.' });
    size = info.size;
  } catch (error) {
    if (error instanceof UserError) throw error;
    if (errnoCode(error) === 'ENOENT') {
      throw new UserError(`data file ${file} does not exist.`, { file, input, fix: 'Check the path (it is relative to the working directory).' });
    }
    throw error;
  }
  if (size === 0) throw new UserError(`data file ${file} is empty.`, { file, input, fix: 'Pass a file with a header and at least one row.' });
}

function applyMissingPolicy(table: Table, reports: NullReport[], options: ReadOptions): Table {
  const policy = options.missing ?? 'error';
  if (reports.length === 0 || policy === 'allow') return table;
  if (policy === 'error') throw missingValuesError(table, reports, options.input);
  const keep: number[] = [];
  for (let row = 0; row < table.rowCount; row += 1) {
    if (!table.columns.some((c) => isNullAt(c, row))) keep.push(row);
  }
  return takeRows(table, Int32Array.from(keep));
}

function isNullAt(column: Table['columns'][number], row: number): boolean {
  return column.type === 'string' ? column.codes[row] === -1 : column.nulls?.[row] === 1;
}

function missingValuesError(table: Table, reports: NullReport[], input?: string): UserError {
  const described = reports.map((r) => {
    const where = r.samples.map((s) => (s.line === undefined ? `row ${s.row + 1}` : `line ${s.line}`)).join(', ');
    return `${r.column} (${r.count} missing: ${where}${r.count > r.samples.length ? ', …' : ''})`;
  });
  const first = reports[0]!.samples[0];
  return new UserError(`${table.file} has missing values in ${described.join('; ')}.`, {
    file: table.file,
    input,
    ...(first?.line === undefined ? {} : { line: first.line }),
    fix: 'Fill the missing values, or set missing values to be dropped (`missing: drop`) or allowed (`missing: allow`).',
  });
}

/**
 * The column names of a CSV or Parquet file from its header or metadata alone (undefined for JSONL,
 * whose columns are only known after a full pass), so callers can read just the columns they use.
 */
export async function readColumnNames(file: string, options: { format?: TableFormat; input?: string } = {}): Promise<string[] | undefined> {
  const format = options.format ?? detectFormat(file, options.input);
  if (format === 'jsonl') return undefined;
  await checkFile(file, options.input);
  const sink = new HeaderSink({ file, format, batchRows: Infinity, trackLines: false, lossyDemotion: true });
  try {
    if (format === 'csv') await scanCsv(file, sink, { start: 0, end: 0 }, undefined, options.input);
    else await scanParquet(file, sink, { start: 0, end: 0 }, { input: options.input });
  } catch (error) {
    if (!(error instanceof HeaderRead)) throw error;
  }
  return sink.header;
}

/**
 * The number of data rows when the file states it without a pass over the rows (Parquet's footer), so
 * callers can plan (worker threads) before reading; undefined for text formats.
 */
export async function statedRowCount(file: string, options: { format?: TableFormat; input?: string } = {}): Promise<number | undefined> {
  const format = options.format ?? detectFormat(file, options.input);
  if (format !== 'parquet') return undefined;
  await checkFile(file, options.input);
  return parquetRowCount(file, options.input);
}

class HeaderRead extends Error {}

/** A sink that keeps the column names and stops the reader right there. */
class HeaderSink extends TableSink {
  header: string[] | undefined;

  constructor(options: ConstructorParameters<typeof TableSink>[0]) {
    super(options, () => undefined);
  }

  override setColumns(names: readonly string[]): void {
    this.header = [...names];
    throw new HeaderRead();
  }
}

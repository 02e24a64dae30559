/**
 * Columnar tables. Numeric columns are Float64Array (the evaluate bench reads 3 million rows; per-row
 * objects would dominate time and memory). String columns are dictionary-encoded: slices and sensitive
 * groups are categories, and codes make grouping a single pass.
 */

export type ColumnType = 'number' | 'int' | 'bool' | 'string';
export type TableFormat = 'csv' | 'jsonl' | 'parquet';

export interface NumericColumn {
  name: string;
  /** `int`: every value was written as an integer; `bool`: true/false stored as 1/0. */
  type: 'number' | 'int' | 'bool';
  values: Float64Array;
  /** 1 where the value is missing (its `values` entry is NaN); absent when nothing is missing. */
  nulls?: Uint8Array;
  nullCount: number;
}

export interface StringColumn {
  name: string;
  type: 'string';
  /** Index into `categories`, -1 where the value is missing. */
  codes: Int32Array;
  categories: string[];
  nullCount: number;
}

export type Column = NumericColumn | StringColumn;

export interface Table {
  columns: Column[];
  rowCount: number;
  /** The file the table came from (for error messages). */
  file: string;
  format: TableFormat;
  /**
   * 1-based line of each row in a text file, when it cannot be derived from the row index (a CSV with
   * quoted line breaks, a JSONL file with blank lines). Absent: row r is on line `firstLine + r`.
   */
  lines?: Int32Array;
  /** Line of row 0 in a text file (2 for a CSV with a header); absent for Parquet. */
  firstLine?: number;
}

/** What to do with missing values (empty CSV fields, JSON null or absent keys, Parquet nulls). */
export type MissingPolicy = 'error' | 'drop' | 'allow';

export interface ReadOptions {
  /** Read only these columns (all when absent); a name not in the file is a UserError. */
  columns?: readonly string[];
  /** Defaults to the file extension (.csv/.tsv, .jsonl/.ndjson, .parquet/.pq). */
  format?: TableFormat;
  /** Default `error`: the message names the columns and the first rows. */
  missing?: MissingPolicy;
  /** Force a column's type, e.g. `{ zip: 'string' }`. */
  types?: Readonly<Record<string, ColumnType>>;
  /** Half-open row range [rowStart, rowEnd) of the data rows (after the header). */
  rowStart?: number;
  rowEnd?: number;
  /** The input name to blame in errors (`data`). */
  input?: string;
  /**
   * Parquet: threads decoding row groups. Default: one per core for files of 200,000 rows or more over
   * two or more row groups, else this thread alone (1).
   */
  threads?: number;
  /**
   * Parquet read into shared storage (files of 200,000 rows or more, with a second core): called once
   * before any row (`rows` 0, so the caller can start its threads) and then as row groups land, in row
   * order, so work on the first rows can start before the read ends. `table` holds the read's columns:
   * numeric columns are the final arrays (their first `rows` values are final; nulls are NaN, not yet
   * flagged), text columns are placeholders without rows. Not called for other reads. The read leaves
   * one core to the caller (one decoding thread fewer).
   */
  onRowsReady?: (ready: { rows: number; total: number; table: Table }) => void;
}

export interface ScanOptions extends Omit<ReadOptions, 'missing' | 'onRowsReady'> {
  /** Rows per emitted batch (default 65,536). Each batch is typed on its own. */
  batchRows?: number;
}

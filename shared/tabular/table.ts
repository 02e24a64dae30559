import { UserError } from '../errors.js';
import type { Column, NumericColumn, StringColumn, Table } from './types.js';

/** The named column, or a UserError listing the columns there are. */
export function getColumn(table: Table, name: string, input?: string): Column {
  const column = table.columns.find((c) => c.name === name);
  if (!column) {
    const names = table.columns.map((c) => c.name);
    throw new UserError(`column '${name}' is not in ${table.file}.`, {
      file: table.file,
      input,
      fix: `Use one of its columns: ${names.slice(0, 30).join(', ')}${names.length > 30 ? ', …' : ''}.`,
    });
  }
  return column;
}

export function isNumericColumn(column: Column): column is NumericColumn {
  return column.type !== 'string';
}

/** The cell as text (class labels, slice values): `1` for 1, `true` for a bool, null when missing. */
export function cellText(column: Column, row: number): string | null {
  if (column.type === 'string') {
    const code = column.codes[row]!;
    return code < 0 ? null : column.categories[code]!;
  }
  if (column.nulls?.[row]) return null;
  const value = column.values[row]!;
  if (column.type === 'bool') return value === 1 ? 'true' : 'false';
  return String(value);
}

/**
 * The column as dictionary codes over its distinct texts (numeric columns too), for grouping by slice
 * or sensitive value. Categories are sorted so the order does not depend on row order.
 */
export function categorize(column: Column): { codes: Int32Array; categories: string[] } {
  const source = column.type === 'string' ? column : toStringColumn(column);
  const order = source.categories.map((_, i) => i).sort((a, b) => compareText(source.categories[a]!, source.categories[b]!));
  const remap = new Int32Array(order.length);
  order.forEach((old, position) => (remap[old] = position));
  const codes = source.codes.map((code) => (code < 0 ? -1 : remap[code]!));
  return { codes, categories: order.map((i) => source.categories[i]!) };
}

function toStringColumn(column: NumericColumn): StringColumn {
  const dictionary = new Map<string, number>();
  const categories: string[] = [];
  const codes = new Int32Array(column.values.length);
  for (let row = 0; row < codes.length; row += 1) {
    const text = cellText(column, row);
    if (text === null) {
      codes[row] = -1;
      continue;
    }
    let code = dictionary.get(text);
    if (code === undefined) {
      code = categories.length;
      categories.push(text);
      dictionary.set(text, code);
    }
    codes[row] = code;
  }
  return { name: column.name, type: 'string', codes, categories, nullCount: column.nullCount };
}

/** Numbers in numeric order, then text; stable across runs and shards. */
function compareText(a: string, b: string): number {
  const x = Number(a);
  const y = Number(b);
  if (a !== '' && b !== '' && Number.isFinite(x) && Number.isFinite(y) && x !== y) return x - y;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A table of the given rows, in the given order. */
export function takeRows(table: Table, rows: Int32Array): Table {
  const columns = table.columns.map((column): Column => {
    if (column.type === 'string') {
      const codes = rows.map((r) => column.codes[r]!);
      return { ...column, codes, nullCount: codes.reduce((n, c) => n + (c < 0 ? 1 : 0), 0) };
    }
    const values = Float64Array.from(rows, (r) => column.values[r]!);
    const taken: NumericColumn = { name: column.name, type: column.type, values, nullCount: 0 };
    if (column.nulls) {
      const nulls = Uint8Array.from(rows, (r) => column.nulls![r]!);
      taken.nullCount = nulls.reduce((n, v) => n + v, 0);
      if (taken.nullCount > 0) taken.nulls = nulls;
    }
    return taken;
  });
  const taken: Table = { ...table, columns, rowCount: rows.length };
  if (table.lines) taken.lines = rows.map((r) => table.lines![r]!);
  return taken;
}

/** Where row r is, for messages: `line 12` in a text file, `row 11` in Parquet. */
export function describeRow(table: Table, row: number): { text: string; line?: number } {
  const line = table.lines?.[row];
  return line === undefined ? { text: `row ${row + 1}` } : { text: `line ${line}`, line };
}

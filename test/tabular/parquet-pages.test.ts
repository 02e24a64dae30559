import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { asyncBufferFromFile, parquetMetadataAsync, parquetRead, type ColumnData } from 'hyparquet';
import { parquetWriteFile, type ColumnSource } from 'hyparquet-writer';
import * as zlib from 'node:zlib';
import { decompress as zstdDecompress } from 'fzstd';
import { describe, expect, it } from 'vitest';
import { ColumnBuilder } from '../../shared/tabular/column-builder.js';
import { readColumnNames, readTable, statedRowCount, type Table } from '../../shared/tabular/index.js';
import type { Column, ColumnType } from '../../shared/tabular/types.js';

/**
 * Flat columns are decoded page by page, dictionary indices gathered by the column builder
 * (shared/tabular/parquet-pages.ts). The reference is what the reader did before, and still does for
 * nested columns: hyparquet's parquetRead assembling each column, values pushed one by one into a
 * ColumnBuilder. Every encoding and page layout below must give the same column: values, nulls, string
 * categories in the same (first-appearance) order, types.
 */
const FLIGHTS = fileURLToPath(new URL('../../node_modules/vega-datasets/data/flights-3m.parquet', import.meta.url));

const zstd = (zlib as { zstdDecompressSync?: (input: Uint8Array) => Buffer }).zstdDecompressSync;

async function referenceTable(file: string, rowStart: number, rowEnd: number): Promise<Array<ReturnType<typeof plainColumn>>> {
  const buffer = await asyncBufferFromFile(file);
  const metadata = await parquetMetadataAsync(buffer);
  const names = metadata.schema.slice(1).filter((element) => !element.num_children && element.repetition_type !== 'REPEATED').map((element) => element.name);
  const chunks = new Map<string, ColumnData[]>(names.map((name) => [name, []]));
  await parquetRead({
    file: buffer, metadata, columns: names, rowStart, rowEnd,
    compressors: { ZSTD: (input, length) => (zstd ? new Uint8Array(zstd(input)) : zstdDecompress(input, new Uint8Array(length))) },
    onChunk: (chunk) => chunks.get(chunk.columnName)?.push(chunk),
  });
  const reference = await readTable(file, { missing: 'allow', rowStart, rowEnd, columns: names, threads: 1 });
  return names.map((name) => {
    const builder = new ColumnBuilder(name, reference.columns.find((column) => column.name === name)!.type as ColumnType, true);
    for (const chunk of chunks.get(name)!.sort((a, b) => a.rowStart - b.rowStart)) {
      const from = Math.max(rowStart, chunk.rowStart);
      const to = Math.min(rowEnd, chunk.rowEnd);
      if (from < to) builder.pushChunk(chunk.columnData, from - chunk.rowStart, to - chunk.rowStart);
    }
    return plainColumn(builder.build());
  });
}

function plainColumn(column: Column) {
  return column.type === 'string'
    ? { name: column.name, type: column.type, codes: Array.from(column.codes), categories: column.categories, nullCount: column.nullCount }
    : { name: column.name, type: column.type, values: Array.from(column.values), nulls: column.nulls && Array.from(column.nulls), nullCount: column.nullCount };
}

function plainTable(table: Table) {
  return table.columns.map(plainColumn);
}

function writeFile(columns: ColumnSource[], options: { rowGroupSize: number; pageSize?: number }): string {
  const file = join(mkdtempSync(join(tmpdir(), 'mlci-parquet-pages-')), 'data.parquet');
  parquetWriteFile({ filename: file, columnData: columns, ...options });
  return file;
}

const ROWS = 3000;

/** One column per layout the page decoder distinguishes. */
function variedColumns(): ColumnSource[] {
  const rows = Array.from({ length: ROWS }, (_, i) => i);
  return [
    // dictionary-encoded doubles, no nulls (REQUIRED)
    { name: 'hour', data: Float64Array.from(rows, (i) => (i % 24) / 24), type: 'DOUBLE', nullable: false },
    // dictionary-encoded doubles with nulls (OPTIONAL: definition levels)
    { name: 'maybe', data: rows.map((i) => (i % 13 === 4 ? null : (i % 7) * 1.5)), type: 'DOUBLE' },
    // plain doubles (high cardinality, forced PLAIN), some null
    { name: 'noise', data: rows.map((i) => (i % 101 === 0 ? null : Math.sin(i) * 1e6)), type: 'DOUBLE', encoding: 'PLAIN' },
    // strings, dictionary, with nulls, categories appearing late (first-appearance order matters)
    { name: 'city', data: rows.map((i) => (i % 37 === 2 ? null : `c${(i * 31) % (3 + Math.floor(i / 200))}`)), type: 'STRING' },
    // plain strings
    { name: 'word', data: rows.map((i) => `w${i % 400}`), type: 'STRING', encoding: 'PLAIN' },
    // INT64 (bigint) dictionary and delta-encoded INT32
    { name: 'big', data: rows.map((i) => BigInt((i % 50) * 1000)), type: 'INT64' },
    { name: 'delta', data: Int32Array.from(rows, (i) => i * 3 - 700), type: 'INT32', encoding: 'DELTA_BINARY_PACKED' },
    // booleans (RLE in data page v2)
    { name: 'flag', data: rows.map((i) => (i % 11 === 0 ? null : i % 3 === 0)), type: 'BOOLEAN' },
    // a one-entry dictionary (bit width 0)
    { name: 'constant', data: Float64Array.from(rows, () => 7), type: 'DOUBLE', nullable: false },
    // a column whose values are all missing
    { name: 'empty', data: rows.map(() => null), type: 'DOUBLE' },
  ];
}

describe('Parquet pages decoded into typed columns', () => {
  // Small pages: several per column chunk, so row ranges start and end inside pages.
  const file = writeFile(variedColumns(), { rowGroupSize: 700, pageSize: 2048 });

  it('equal hyparquet assembled columns for every encoding, whole file', async () => {
    const table = await readTable(file, { missing: 'allow', threads: 1 });
    expect(table.rowCount).toBe(ROWS);
    expect(plainTable(table)).toEqual(await referenceTable(file, 0, ROWS));
  });

  it('equal them for row ranges that start and end inside pages and row groups', async () => {
    for (const [start, end] of [[1, 2], [333, 1555], [699, 701], [2100, 3000]] as const) {
      const table = await readTable(file, { missing: 'allow', rowStart: start, rowEnd: end, threads: 1 });
      expect(plainTable(table), `rows ${start}-${end}`).toEqual(await referenceTable(file, start, end));
    }
  });

  it('equal them in worker threads', async () => {
    const table = await readTable(file, { missing: 'allow', threads: 2 });
    expect(plainTable(table)).toEqual(await referenceTable(file, 0, ROWS));
  });

  it('report the first missing rows of a dictionary-encoded column as the value path did', async () => {
    const error = await readTable(file, { columns: ['maybe'], threads: 1 }).then(() => undefined, (e: unknown) => e as Error);
    expect(error?.message).toMatch(/maybe \(231 missing: row 5, row 18, row 31/);
  });

  it('apply type overrides to dictionary entries as to values, and fail on the first row that cannot be one', async () => {
    const asText = await readTable(file, { missing: 'allow', columns: ['hour', 'big'], types: { hour: 'string', big: 'string' }, threads: 1 });
    const hour = asText.columns[0]!;
    expect(hour.type === 'string' && hour.categories.slice(0, 3)).toEqual(['0', String(1 / 24), String(2 / 24)]);
    const error = await readTable(file, { missing: 'allow', columns: ['city'], types: { city: 'number' }, threads: 1 }).then(() => undefined, (e: unknown) => e as Error);
    expect(error?.message).toMatch(/'c0' in column city is not a number/);
  });

  it('equal them on a file written by another writer (Polars: data page v1, ZSTD, optional columns)', async () => {
    // Rows 272,000–273,500 cross the boundary of the first two row groups (272,727 rows each).
    const table = await readTable(FLIGHTS, { missing: 'allow', rowStart: 272_000, rowEnd: 273_500, threads: 1 });
    expect(table.columns.map((column) => column.name)).toEqual(['date', 'delay', 'distance', 'origin', 'destination']);
    expect(plainTable(table)).toEqual(await referenceTable(FLIGHTS, 272_000, 273_500));
  });
});

describe('the Parquet footer read once for several reads of a file', () => {
  it('is read anew when the file is rewritten in place, even at the same byte size', async () => {
    const file = writeFile([{ name: 'x', data: Float64Array.from([1, 1]), type: 'DOUBLE', nullable: false }], { rowGroupSize: 2 });
    expect(await statedRowCount(file)).toBe(2);
    const size = statSync(file).size;
    // Three rows of one value in one group: the same 180 bytes as two, so only the file's times tell.
    parquetWriteFile({ filename: file, columnData: [{ name: 'x', data: Float64Array.from([1, 1, 1]), type: 'DOUBLE', nullable: false }], rowGroupSize: 3 });
    expect(statSync(file).size).toBe(size);
    expect(await statedRowCount(file)).toBe(3);
    expect(await readColumnNames(file)).toEqual(['x']);
    expect((await readTable(file, { missing: 'allow' })).rowCount).toBe(3);
  });
});

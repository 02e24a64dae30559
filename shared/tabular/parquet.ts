import { stat } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import * as zlib from 'node:zlib';
import { decompress as zstdDecompress } from 'fzstd';
import { asyncBufferFromFile, parquetMetadataAsync, parquetRead, parquetSchema, type AsyncBuffer, type ColumnData, type Compressors, type FileMetaData, type SchemaElement, type SchemaTree } from 'hyparquet';
import { UserError } from '../errors.js';
import { CellTypeError, ColumnBuilder, type ColumnPart } from './column-builder.js';
import { decodeFlatChunk, flatColumnDecoder, readChunkBytes } from './parquet-pages.js';
import { decodeInWorkers, rowOffsets, type DecodedColumn, type DecodeRequest, type DecodeSetup } from './parquet-workers.js';
import { selectColumns, type GroupRange, type RowRange } from './select.js';
import type { TableSink } from './table-sink.js';
import type { Column, ColumnType, ReadOptions, Table } from './types.js';

/**
 * Parquet through hyparquet, one row group at a time so memory stays at one group's worth of decoded
 * values. Column types come from the schema (no inference). ZSTD (the flights data set uses it) is
 * decoded by Node's zlib where it has it (Node ≥ 22.15) and by fzstd (pure JS) elsewhere.
 *
 * Flat columns are decoded page by page into typed columns (parquet-pages.ts): 0.7 s for the 3 M-row
 * bench file in one thread, against 2.8 s through parquetRead. Large files are decoded by worker threads
 * as well, row groups spread over them (parquet-workers.ts): decoding is CPU-bound and row groups are
 * independent; this thread takes the first group while the workers start.
 */
export interface ParquetScanOptions {
  columns?: readonly string[];
  input?: string;
  threads?: number;
  onRowsReady?: ReadOptions['onRowsReady'];
}

export async function scanParquet(file: string, sink: TableSink, range: RowRange, options: ParquetScanOptions = {}): Promise<void> {
  const { input } = options;
  const { buffer, metadata } = await openFooter(file, input);
  const source = openParquet(buffer, metadata);
  const topLevel = topLevelColumns(metadata);
  const names = selectColumns(topLevel.map((c) => c.name), options.columns, file, input).map((i) => topLevel[i]!.name);
  sink.setColumns(names, Object.fromEntries(topLevel.map((c) => [c.name, parquetColumnType(c)])));
  // One allocation per column for the whole range, instead of growing group by group.
  sink.reserve(Math.max(0, Math.min(Number(metadata.num_rows), range.end) - range.start));
  const groups = groupRanges(metadata, range);
  const rows = groups.reduce((total, group) => total + group.end - group.start, 0);
  const workers = decodeThreads(groups.length, rows, options.threads);
  // Shared storage for decode workers, and for a caller working on rows as they land (the table in progress).
  const setup = workers > 1 || options.onRowsReady ? workerSetup(file, names, sink, rows) : undefined;
  // This thread decodes the first row group while the workers start, and they take the rest. A caller
  // that works on rows as they land (onRowsReady) does so in a thread of its own (inference): one core
  // is left to it, so this thread and one worker fewer decode (on 2 cores, this thread alone).
  const decoders = options.onRowsReady ? workers - 2 : workers;
  const decode = setup && decoders > 0 ? decodeInWorkers(setup, groups, decoders, 1) : undefined;
  const preview = setup?.storage && options.onRowsReady ? previewOf(file, names, setup) : undefined;
  // Before any row: the caller can start what will work on rows (threads, sessions) while they are decoded.
  if (preview) options.onRowsReady!({ rows: 0, total: rows, table: { ...preview, rowCount: 0 } });
  try {
    const offsets = rowOffsets(groups);
    for (const [index, group] of groups.entries()) {
      // What works on rows as they land gets the first ones before the whole first group is decoded.
      const parts = index === 0 && preview ? splitFirstRows(group) : [group];
      for (const part of parts) {
        const partRows = part.end - part.start;
        await withCellTypeErrors(file, async () => {
          sink.reserve(partRows);
          if (!setup) await sink.pushColumnParts((push) => decodeRowGroup(source, names, part, push), partRows);
          else sink.pushColumns(index === 0 || !decode ? await decodeGroupColumns(source, setup, { index, offset: offsets[index]! + part.start - group.start, ...part }) : await decode(index), partRows);
        });
        await sink.flushIfFull();
        if (preview) options.onRowsReady!({ rows: sink.rowCount, total: rows, table: { ...preview, rowCount: sink.rowCount } });
      }
    }
  } finally {
    await decode?.close();
  }
}

/**
 * Rows decoded apart at the start of a large first row group when a caller works on rows as they land:
 * a group of a few hundred thousand rows takes a tenth of a second or more to decode, and these few
 * batches' worth start the work meanwhile. Pages overlapping both parts are decompressed twice, once.
 */
const FIRST_ROWS = 65_536;

function splitFirstRows(group: GroupRange): GroupRange[] {
  if (group.end - group.start <= 2 * FIRST_ROWS) return [group];
  return [{ ...group, end: group.start + FIRST_ROWS }, { ...group, start: group.start + FIRST_ROWS }];
}

/** Rows of a Parquet file, from its footer. */
export async function parquetRowCount(file: string, input?: string): Promise<number> {
  return Number((await openFooter(file, input)).metadata.num_rows);
}

/**
 * The table being read in shared storage, for `onRowsReady`: numeric columns are the final arrays
 * (rows are written in place, in row-group order); text columns are placeholders without rows, since
 * their codes are only mapped to the table's dictionary when the read ends.
 */
function previewOf(file: string, names: readonly string[], setup: DecodeSetup): Omit<Table, 'rowCount'> {
  const columns = names.map((name, c): Column => {
    const type = setup.types[name] ?? 'number';
    if (type === 'string') return { name, type, codes: new Int32Array(0), categories: [], nullCount: 0 };
    return { name, type, values: new Float64Array(setup.storage![c]!), nullCount: 0 };
  });
  return { columns, file, format: 'parquet' };
}

function workerSetup(file: string, names: string[], sink: TableSink, rows: number): DecodeSetup {
  const storage = sink.shareStorage(rows);
  return { file, names, types: sink.forcedTypes(), ...(storage ? { storage } : {}) };
}

/** Rows [start, end) of each row group that overlaps the range, in file order. */
function groupRanges(metadata: FileMetaData, range: RowRange): GroupRange[] {
  const groups: GroupRange[] = [];
  let groupStart = 0;
  for (const [group, { num_rows }] of metadata.row_groups.entries()) {
    const groupEnd = groupStart + Number(num_rows);
    const start = Math.max(groupStart, range.start);
    const end = Math.min(groupEnd, range.end);
    if (start < end) groups.push({ group, first: groupStart, start, end });
    groupStart = groupEnd;
    if (groupStart >= range.end) break;
  }
  return groups;
}

/** Workers pay off from a few hundred thousand rows over two or more row groups; `threads` overrides. */
const PARALLEL_MIN_ROWS = 200_000;

function decodeThreads(groups: number, rows: number, threads: number | undefined): number {
  const wanted = threads ?? (rows >= PARALLEL_MIN_ROWS ? availableParallelism() : 1);
  return Math.max(1, Math.min(wanted, groups));
}

async function withCellTypeErrors(file: string, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    if (!(error instanceof CellTypeError)) throw error;
    throw new UserError(`${error.message} in ${file}.`, { file, fix: `Drop the type override for column ${error.column}.` });
  }
}

/**
 * The footer read last, with the file's size and modification time. Evaluate reads a large file's footer
 * to plan its threads, then for its header, then for the rows: ~10 ms each, before the first row, that
 * one read serves. A file changed since (size or times) is read again.
 */
let lastFooter: { file: string; size: number; mtimeMs: number; ctimeMs: number; metadata: Promise<FileMetaData> } | undefined;

async function openFooter(file: string, input?: string): Promise<{ buffer: AsyncBuffer; metadata: FileMetaData }> {
  const [buffer, { mtimeMs, ctimeMs }] = await Promise.all([asyncBufferFromFile(file), stat(file)]);
  const known = lastFooter;
  if (known?.file === file && known.size === buffer.byteLength && known.mtimeMs === mtimeMs && known.ctimeMs === ctimeMs) return { buffer, metadata: await known.metadata };
  const metadata = readMetadata(buffer, file, input);
  const entry = { file, size: buffer.byteLength, mtimeMs, ctimeMs, metadata };
  lastFooter = entry;
  // A footer that failed to parse is not kept: the next read tries again and words its own error.
  metadata.catch(() => lastFooter === entry && (lastFooter = undefined));
  return { buffer, metadata: await metadata };
}

async function readMetadata(buffer: AsyncBuffer, file: string, input?: string): Promise<FileMetaData> {
  try {
    return await parquetMetadataAsync(buffer);
  } catch (error) {
    throw new UserError(`${file} is not a Parquet file: ${(error as Error).message}`, {
      file, input, fix: 'Pass a Parquet file, or give the file a .csv/.jsonl extension if it is text.', cause: error,
    });
  }
}

/** An open Parquet file: its bytes, footer and schema tree (built once, as hyparquet's row-group reader does). */
export interface ParquetSource {
  buffer: AsyncBuffer;
  metadata: FileMetaData;
  schema: SchemaTree;
}

export function openParquet(buffer: AsyncBuffer, metadata: FileMetaData): ParquetSource {
  return { buffer, metadata, schema: parquetSchema(metadata) };
}

/** Receives decoded rows of column `column` (its index in `names`), in row order per column. */
export type PartHandler = (column: number, part: ColumnPart) => void;

/**
 * The decoded rows [start, end) of one row group, column by column, as parts in row order. Flat columns
 * are decoded page by page (parquet-pages.ts); any other column goes through hyparquet's parquetRead.
 * A part is valid only during its `push` call.
 */
export async function decodeRowGroup(source: ParquetSource, names: string[], range: GroupRange, push: PartHandler): Promise<void> {
  const select = { start: range.start - range.first, end: range.end - range.first };
  const flat = names.map((name) => flatColumnDecoder(source.metadata, source.schema, range.group, name, COMPRESSORS));
  for (const [c, column] of flat.entries()) {
    if (column) decodeFlatChunk(await readChunkBytes(source.buffer, column), column.decoder, select, (part) => push(c, part));
  }
  const others = names.flatMap((name, c) => (flat[c] ? [] : [c]));
  if (others.length === 0) return;
  const assembled = await assembledColumns(source, others.map((c) => names[c]!), range);
  others.forEach((c, i) => assembled[i]!.forEach((part) => push(c, part)));
}

/**
 * One row group decoded into built columns, in a worker or in this thread: into the whole read's shared
 * storage when there is one (rows written in place), else into arrays of its own.
 */
export async function decodeGroupColumns(source: ParquetSource, setup: DecodeSetup, request: DecodeRequest): Promise<DecodedColumn[]> {
  const rows = request.end - request.start;
  const builders = setup.names.map((name, c) => {
    const type = setup.types[name];
    const storage = setup.storage?.[c];
    // Lossy demotion is moot: Parquet columns have fixed types, and a forced type never demotes.
    const builder = storage && type ? ColumnBuilder.over(name, type, storage, request.offset, rows) : new ColumnBuilder(name, type, true);
    builder.reserve(rows);
    return builder;
  });
  await decodeRowGroup(source, setup.names, request, (column, part) => builders[column]!.pushPart(part));
  return builders.map((builder) => ({ column: builder.build(), nullSamples: [...builder.nullSamples] }));
}

/** Columns hyparquet assembles (nested ones), clipped to the range. */
async function assembledColumns({ buffer, metadata }: ParquetSource, names: string[], { start, end }: RowRange): Promise<ColumnPart[][]> {
  const chunks = new Map<string, ColumnData[]>(names.map((n) => [n, []]));
  await parquetRead({
    file: buffer, metadata, columns: names, rowStart: start, rowEnd: end, compressors: COMPRESSORS,
    onChunk: (chunk) => chunks.get(chunk.columnName)?.push(chunk),
  });
  return names.map((name) => clip(chunks.get(name) ?? [], start, end, name));
}

/**
 * The parts of the chunks that hold rows [start, end), in row order, as index ranges into each chunk
 * (chunks may start before or end after the range). No copy: the builder reads them in place.
 */
function clip(chunks: ColumnData[], start: number, end: number, name: string): ColumnPart[] {
  const parts: ColumnPart[] = [];
  let next = start;
  for (const chunk of [...chunks].sort((a, b) => a.rowStart - b.rowStart)) {
    const from = Math.max(chunk.rowStart, next);
    const to = Math.min(chunk.rowEnd, end);
    if (from >= to) continue;
    parts.push({ data: chunk.columnData, from: from - chunk.rowStart, to: to - chunk.rowStart });
    next = to;
  }
  if (next !== end) throw new Error(`parquet column ${name}: decoded rows end at ${next}, expected ${end}`);
  return parts;
}

interface TopLevelColumn {
  name: string;
  element: SchemaElement;
}

/** Nested columns (structs, lists) are not tabular features; they are left out. */
function topLevelColumns(metadata: FileMetaData): TopLevelColumn[] {
  const columns: TopLevelColumn[] = [];
  const root = metadata.schema[0];
  let index = 1;
  for (let child = 0; child < (root?.num_children ?? 0); child += 1) {
    const element = metadata.schema[index]!;
    if (!element.num_children) columns.push({ name: element.name, element });
    index = skipSubtree(metadata.schema, index);
  }
  return columns;
}

function skipSubtree(schema: SchemaElement[], index: number): number {
  const children = schema[index]?.num_children ?? 0;
  let next = index + 1;
  for (let i = 0; i < children; i += 1) next = skipSubtree(schema, next);
  return next;
}

function parquetColumnType({ element }: TopLevelColumn): ColumnType {
  const logical = element.logical_type?.type;
  if (element.type === 'BOOLEAN') return 'bool';
  if (element.type === 'FLOAT' || element.type === 'DOUBLE') return 'number';
  if (logical === 'DECIMAL' || element.converted_type === 'DECIMAL') return 'number';
  if (element.type === 'INT32' || element.type === 'INT64') return 'int';
  return 'string';
}

const zstd = (zlib as { zstdDecompressSync?: (input: Uint8Array) => Buffer }).zstdDecompressSync;

const COMPRESSORS: Compressors = {
  ZSTD: (input, outputLength) => (zstd ? new Uint8Array(zstd(input)) : zstdDecompress(input, new Uint8Array(outputLength))),
  GZIP: (input) => new Uint8Array(zlib.gunzipSync(input)),
  BROTLI: (input) => new Uint8Array(zlib.brotliDecompressSync(input)),
};

import type { AsyncBuffer, ColumnChunk, Compressors, DataReader, DecodedArray, FileMetaData, PageHeader, SchemaTree } from 'hyparquet';
import { parquetHeader, readPage } from 'hyparquet/src/column.js';
import { convert, DEFAULT_PARSERS } from 'hyparquet/src/convert.js';
import { decompressPage, readDataPage, readDataPageV2 } from 'hyparquet/src/datapage.js';
import { readRleBitPackedHybrid } from 'hyparquet/src/encoding.js';
import { getMaxDefinitionLevel, getTreePath, isFlatColumn } from 'hyparquet/src/schema.js';
import type { ColumnPart } from './column-builder.js';
import type { RowRange } from './select.js';

type ColumnDecoder = Parameters<typeof convert>[1];

/**
 * Flat (top-level, not repeated) column chunks decoded page by page with hyparquet's own page readers,
 * except that dictionary-encoded pages keep their dictionary indices in an Int32Array instead of being
 * expanded into a JS array of values. The column builder then maps each dictionary entry once and
 * gathers (column-builder.ts `pushPart`). hyparquet's `parquetRead` assembles every page into a plain
 * JS array and dereferences the dictionary value by value, which made reading the 3 M-row bench file
 * cost more than the model's inference; its exported page-level functions are used here unchanged, so
 * page headers, compression, levels, plain and every other encoding, and type conversion stay hyparquet's.
 * Nested columns are not decoded here (`flatColumnDecoder` returns undefined; the caller uses parquetRead).
 */
export interface FlatColumn {
  decoder: ColumnDecoder;
  chunk: ColumnChunk;
}

/** The decoder for top-level column `name` of row group `group`, or undefined when it is not flat. */
export function flatColumnDecoder(metadata: FileMetaData, schema: SchemaTree, group: number, name: string, compressors: Compressors): FlatColumn | undefined {
  const chunk = metadata.row_groups[group]?.columns.find((c) => c.meta_data?.path_in_schema.length === 1 && c.meta_data.path_in_schema[0] === name);
  const meta = chunk?.meta_data;
  if (!chunk || !meta || chunk.file_path) return undefined;
  const schemaPath = getTreePath(schema, meta.path_in_schema);
  if (!isFlatColumn(schemaPath)) return undefined;
  const element = schemaPath[schemaPath.length - 1]!.element;
  return { chunk, decoder: { pathInSchema: meta.path_in_schema, element, schemaPath, type: meta.type, codec: meta.codec, compressors, parsers: DEFAULT_PARSERS } };
}

/** The column chunk's bytes: its dictionary page (when it has one) through its last data page. */
export async function readChunkBytes(buffer: AsyncBuffer, { chunk }: FlatColumn): Promise<Uint8Array> {
  const meta = chunk.meta_data!;
  const start = Number(meta.dictionary_page_offset || meta.data_page_offset);
  const end = start + Number(meta.total_compressed_size);
  return new Uint8Array(await buffer.slice(start, end));
}

/**
 * Rows [select.start, select.end) of a flat column chunk (row numbers relative to the row group), as
 * parts in row order: pages wholly before the selection are skipped without decoding their values.
 * Each part is valid only during its `emit` call: dictionary indices live in a buffer reused from page
 * to page (fresh memory is what decoding costs most on small VMs: see `scratch`).
 */
export function decodeFlatChunk(bytes: Uint8Array, decoder: ColumnDecoder, select: RowRange, emit: (part: ColumnPart) => void): void {
  const reader: DataReader = { view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset: 0 };
  const maxDefinition = getMaxDefinitionLevel(decoder.schemaPath);
  let dictionary: DecodedArray | undefined;
  let row = 0;
  while (row < select.end && reader.offset < bytes.byteLength - 1) {
    const header = parquetHeader(reader);
    if (header.type === 'DICTIONARY_PAGE') {
      const { data } = readPage(reader, header, decoder, undefined, undefined, 0);
      if (data) dictionary = convert(data, decoder);
      continue;
    }
    const pageRows = rowsOf(header);
    const body = bytes.subarray(reader.offset, reader.offset + header.compressed_page_size);
    reader.offset += header.compressed_page_size;
    if (row + pageRows > select.start) {
      const part = decodeDataPage(body, header, decoder, maxDefinition, dictionary);
      emit({ ...part, from: Math.max(0, select.start - row), to: Math.min(pageRows, select.end - row) });
    }
    row += pageRows;
  }
  if (row < select.end) throw new Error(`parquet column ${decoder.pathInSchema.join('.')}: its pages end at row ${row} of the row group, expected ${select.end}`);
}

function rowsOf(header: PageHeader): number {
  if (header.type === 'DATA_PAGE' && header.data_page_header) return header.data_page_header.num_values;
  if (header.type === 'DATA_PAGE_V2' && header.data_page_header_v2) return header.data_page_header_v2.num_rows;
  throw new Error(`parquet unsupported page type: ${header.type}`);
}

type PagePart = { data: ArrayLike<unknown> } | { dictionary: ArrayLike<unknown>; indices: Int32Array };

function decodeDataPage(body: Uint8Array, header: PageHeader, decoder: ColumnDecoder, maxDefinition: number, dictionary: DecodedArray | undefined): PagePart {
  const encoding = header.data_page_header?.encoding ?? header.data_page_header_v2!.encoding;
  if (encoding === 'PLAIN_DICTIONARY' || encoding === 'RLE_DICTIONARY') {
    if (!dictionary) throw new Error(`parquet column ${decoder.pathInSchema.join('.')}: a dictionary-encoded page comes before any dictionary page`);
    return { dictionary, indices: header.type === 'DATA_PAGE' ? dictionaryIndicesV1(body, header, decoder, maxDefinition) : dictionaryIndicesV2(body, header, decoder, maxDefinition) };
  }
  const page =
    header.type === 'DATA_PAGE'
      ? readDataPage(decompressPage(body, header.uncompressed_page_size, decoder.codec, decoder.compressors), header.data_page_header!, decoder)
      : readDataPageV2(body, header, decoder);
  return { data: withNulls(convert(page.dataPage, decoder), page.definitionLevels, maxDefinition) };
}

/** A data page v1: [definition levels with a 4-byte length] [bit width] [RLE/bit-packed indices], all compressed. */
function dictionaryIndicesV1(body: Uint8Array, header: PageHeader, decoder: ColumnDecoder, maxDefinition: number): Int32Array {
  const page = decompressPage(body, header.uncompressed_page_size, decoder.codec, decoder.compressors);
  const reader: DataReader = { view: new DataView(page.buffer, page.byteOffset, page.byteLength), offset: 0 };
  const rows = header.data_page_header!.num_values;
  const levels = maxDefinition ? new Uint8Array(rows) : undefined;
  if (levels) readRleBitPackedHybrid(reader, bitWidth(maxDefinition), levels);
  return readIndices(reader, page.byteLength, rows, levels, maxDefinition);
}

/** A data page v2: [repetition levels] [definition levels] uncompressed, then [bit width] [indices], maybe compressed. */
function dictionaryIndicesV2(body: Uint8Array, header: PageHeader, decoder: ColumnDecoder, maxDefinition: number): Int32Array {
  const v2 = header.data_page_header_v2!;
  const levelBytes = v2.repetition_levels_byte_length + v2.definition_levels_byte_length;
  const levels = maxDefinition ? new Uint8Array(v2.num_values) : undefined;
  if (levels) {
    const reader: DataReader = { view: new DataView(body.buffer, body.byteOffset, body.byteLength), offset: v2.repetition_levels_byte_length };
    readRleBitPackedHybrid(reader, bitWidth(maxDefinition), levels, v2.definition_levels_byte_length);
  }
  const valuesSize = header.uncompressed_page_size - levelBytes;
  let values = body.subarray(levelBytes);
  if (v2.is_compressed !== false && valuesSize) values = decompressPage(values, valuesSize, decoder.codec, decoder.compressors);
  const reader: DataReader = { view: new DataView(values.buffer, values.byteOffset, values.byteLength), offset: 0 };
  return readIndices(reader, values.byteLength, v2.num_values, levels, maxDefinition);
}

/** One index per row, -1 where the definition level says the value is missing. */
function readIndices(reader: DataReader, byteLength: number, rows: number, levels: Uint8Array | undefined, maxDefinition: number): Int32Array {
  let present = rows;
  if (levels) for (let i = 0; i < rows; i += 1) if (levels[i] !== maxDefinition) present -= 1;
  const indices = scratch(0, present);
  if (present > 0) {
    const width = reader.view.getUint8(reader.offset++);
    // Width 0: every index is 0 (a one-entry dictionary).
    if (width) readRleBitPackedHybrid(reader, width, indices, byteLength - reader.offset);
    else indices.fill(0);
  }
  if (present === rows) return indices;
  const spread = scratch(1, rows);
  for (let i = 0, k = 0; i < rows; i += 1) spread[i] = levels![i] === maxDefinition ? indices[k++]! : -1;
  return spread;
}

/**
 * Index buffers reused across pages (two: one for the indices read, one for them spread over the rows
 * around missing values). A fresh 1 MB array per page would cost more in page faults than decoding it
 * takes: 3 ms per MB first touched on the 2-core bench VM, against 0.04 ms to rewrite it.
 */
const scratchBuffers = [new Int32Array(0), new Int32Array(0)];

function scratch(which: 0 | 1, length: number): Int32Array {
  if (scratchBuffers[which]!.length < length) scratchBuffers[which] = new Int32Array(length);
  return scratchBuffers[which]!.subarray(0, length);
}

/** Values with a null wherever a definition level is below the maximum (hyparquet's flat-column assembly). */
function withNulls(values: ArrayLike<unknown>, levels: readonly number[] | undefined, maxDefinition: number): ArrayLike<unknown> {
  if (!levels?.length) return values;
  const rows: unknown[] = new Array(levels.length);
  for (let i = 0, k = 0; i < levels.length; i += 1) rows[i] = levels[i] === maxDefinition ? values[k++] : null;
  return rows;
}

function bitWidth(value: number): number {
  return 32 - Math.clz32(value);
}

import { gunzipSync, gzipSync } from 'node:zlib';
import type { EncodedColumns } from '../schemas/evaluation-record.js';
import type { GroupColumn, ModelOutputs, PredictionSet } from './prediction-set.js';

/**
 * A shard's prediction set as one gzip'd buffer of little-endian typed arrays (base64 in the JSON
 * record). Float64 end to end, so a merge sees exactly the numbers the shard computed.
 */
export function encodePredictionSet(set: PredictionSet): EncodedColumns {
  const columns: EncodedColumns['columns'] = [];
  const buffers: Uint8Array[] = [];
  const add = (name: string, array: Float64Array | Int32Array, type: 'float64' | 'int32', width: number, categories?: string[]): void => {
    columns.push({ name, type, width, ...(categories ? { categories } : {}) });
    buffers.push(littleEndian(array));
  };
  add('yTrue', set.yTrue, 'float64', 1);
  add(`candidate:${set.candidate.dtype}`, Float64Array.from(set.candidate.values), 'float64', set.candidate.width);
  if (set.baseline) add(`baseline:${set.baseline.dtype}`, Float64Array.from(set.baseline.values), 'float64', set.baseline.width);
  for (const group of set.groups) add(`group:${group.name}`, group.codes, 'int32', 1, group.categories);
  return { encoding: 'gzip-base64', rows: set.rows, columns, data: gzipSync(Buffer.concat(buffers), { level: 6 }).toString('base64') };
}

export function decodePredictionSet(encoded: EncodedColumns): PredictionSet {
  const bytes = gunzipSync(Buffer.from(encoded.data, 'base64'));
  let offset = 0;
  const rows = encoded.rows;
  const set: PredictionSet = { rows, yTrue: new Float64Array(0), candidate: { values: new Float64Array(0), width: 1, dtype: 'float64' }, groups: [] };
  for (const column of encoded.columns) {
    const length = rows * column.width;
    const size = length * (column.type === 'float64' ? 8 : column.type === 'int32' ? 4 : 1);
    if (offset + size > bytes.length) throw new Error(`shard data too short for column ${column.name}`);
    const chunk = bytes.subarray(offset, offset + size);
    offset += size;
    assign(set, column, chunk, length);
  }
  if (offset !== bytes.length) throw new Error('shard data longer than its columns');
  return set;
}

function assign(set: PredictionSet, column: EncodedColumns['columns'][number], chunk: Uint8Array, length: number): void {
  const [role, rest = ''] = splitOnce(column.name);
  if (role === 'group') {
    set.groups.push({ name: rest, codes: readInt32(chunk, length), categories: column.categories ?? [] } satisfies GroupColumn);
    return;
  }
  const values = readFloat64(chunk, length);
  if (role === 'yTrue') set.yTrue = values;
  else if (role === 'candidate' || role === 'baseline') set[role] = { values, width: column.width, dtype: rest === 'float32' ? 'float32' : 'float64' } satisfies ModelOutputs;
  else throw new Error(`unknown shard column ${column.name}`);
}

function splitOnce(name: string): [string, string?] {
  const at = name.indexOf(':');
  return at < 0 ? [name] : [name.slice(0, at), name.slice(at + 1)];
}

function littleEndian(array: Float64Array | Int32Array): Uint8Array {
  const view = new DataView(new ArrayBuffer(array.byteLength));
  const float = array instanceof Float64Array;
  for (let i = 0; i < array.length; i += 1) {
    if (float) view.setFloat64(i * 8, array[i]!, true);
    else view.setInt32(i * 4, array[i]!, true);
  }
  return new Uint8Array(view.buffer);
}

// Plain loops: `TypedArray.from` with a mapping callback costs a call per value, seconds on shards of millions of rows.
function readFloat64(chunk: Uint8Array, length: number): Float64Array {
  const view = new DataView(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  const values = new Float64Array(length);
  for (let i = 0; i < length; i += 1) values[i] = view.getFloat64(i * 8, true);
  return values;
}

function readInt32(chunk: Uint8Array, length: number): Int32Array {
  const view = new DataView(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  const values = new Int32Array(length);
  for (let i = 0; i < length; i += 1) values[i] = view.getInt32(i * 4, true);
  return values;
}

/** Concatenates shard sets in order; group columns are re-coded over the union of their values. */
export function concatPredictionSets(sets: PredictionSet[]): PredictionSet {
  const rows = sets.reduce((n, s) => n + s.rows, 0);
  const first = sets[0]!;
  const joined: PredictionSet = {
    rows,
    yTrue: concatFloat(sets.map((s) => s.yTrue)),
    candidate: { ...first.candidate, values: concatFloat(sets.map((s) => s.candidate.values)) },
    groups: first.groups.map((g) => concatGroups(g.name, sets.map((s) => s.groups.find((x) => x.name === g.name)!))),
  };
  if (first.baseline) joined.baseline = { ...first.baseline, values: concatFloat(sets.map((s) => s.baseline!.values)) };
  return joined;
}

function concatFloat(arrays: ReadonlyArray<Float32Array | Float64Array>): Float64Array {
  const out = new Float64Array(arrays.reduce((n, a) => n + a.length, 0));
  let at = 0;
  for (const array of arrays) {
    out.set(array, at);
    at += array.length;
  }
  return out;
}

function concatGroups(name: string, parts: GroupColumn[]): GroupColumn {
  const categories: string[] = [];
  const index = new Map<string, number>();
  const codes = new Int32Array(parts.reduce((n, p) => n + p.codes.length, 0));
  let at = 0;
  for (const part of parts) {
    const remap = part.categories.map((value) => {
      let code = index.get(value);
      if (code === undefined) index.set(value, (code = categories.push(value) - 1));
      return code;
    });
    for (const code of part.codes) codes[at++] = code < 0 ? -1 : remap[code]!;
  }
  return { name, codes, categories };
}

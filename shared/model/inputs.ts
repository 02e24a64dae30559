import { UserError } from '../errors.js';
import { describeRow, getColumn } from '../tabular/table.js';
import type { NumericColumn, Table } from '../tabular/types.js';
import { describeSpec, type Model } from './model.js';
import type { FeedData, FeedTensor, FeedType, TensorSpec } from './types.js';

/**
 * How table columns feed the model: one [N, F] input filled with the listed features in order
 * (`matrix`), or one input per column matched by name, each [N] or [N, 1] (`named`).
 */
export type InputBinding =
  | { mode: 'matrix'; input: string; type: FeedType; features: string[] }
  | { mode: 'named'; inputs: Array<{ input: string; type: FeedType; column: string; dims: 1 | 2 }>; features: string[] };

export interface BindOptions {
  /** The `features` input: column order for a single [N, F] input. */
  features?: readonly string[];
  /** Columns that are never features when `features` is not given (label, slices, sensitive). */
  exclude: readonly string[];
  /** Input name to blame (`features`). */
  input?: string;
  modelInput?: string;
}

const FEED_TYPES: ReadonlySet<string> = new Set(['float32', 'float64', 'int64', 'int32']);

export function bindInputs(model: Model, table: Table, options: BindOptions): InputBinding {
  const inputs = model.inputs;
  for (const spec of inputs) checkFeedType(model, spec, options.modelInput);
  const columns = new Set(table.columns.map((c) => c.name));
  const single = inputs.length === 1 ? inputs[0]! : undefined;
  const byName = inputs.every((spec) => columns.has(spec.name));
  if (single && isMatrix(single) && !(byName && !options.features)) {
    return bindMatrix(model, single, table, options);
  }
  return bindNamed(model, table, options);
}

function checkFeedType(model: Model, spec: TensorSpec, input?: string): void {
  if (FEED_TYPES.has(spec.type)) return;
  throw new UserError(`model input '${spec.name}' of ${model.path} has type ${spec.type}; evaluate feeds float32, float64, int64 or int32 tensors.`, {
    file: model.path,
    input,
    fix: 'Export the model with numeric inputs (encode categorical columns inside the model with numeric input, or before evaluation).',
  });
}

function isMatrix(spec: TensorSpec): boolean {
  return spec.shape?.length === 2 && spec.shape[1] !== 1;
}

function bindMatrix(model: Model, spec: TensorSpec, table: Table, options: BindOptions): InputBinding {
  // Without a list, the numeric columns other than label, slices and sensitive ones, in file order.
  const features = options.features ? [...options.features] : table.columns.filter((c) => c.type !== 'string' && !options.exclude.includes(c.name)).map((c) => c.name);
  const width = spec.shape![1];
  if (typeof width === 'number' && width !== features.length) {
    const listed = options.features ? `the ${features.length} listed features` : `the ${features.length} numeric columns that are not the label, slices or sensitive columns (${features.join(', ')})`;
    throw new UserError(`model input ${describeSpec(spec)} expects ${width} features per row, but evaluate has ${listed}.`, {
      file: model.path,
      input: options.input ?? 'features',
      fix: `List exactly ${width} feature columns, in the order the model was trained on, in 'features'.`,
    });
  }
  for (const name of features) requireNumeric(table, name, spec, options.input ?? 'features');
  return { mode: 'matrix', input: spec.name, type: spec.type as FeedType, features };
}

function bindNamed(model: Model, table: Table, options: BindOptions): InputBinding {
  const names = new Set(table.columns.map((c) => c.name));
  const inputs = model.inputs.map((spec) => {
    if (!names.has(spec.name)) {
      throw new UserError(`model input ${describeSpec(spec)} has no column of that name in ${table.file}.`, {
        file: table.file,
        input: options.input ?? 'features',
        fix: model.inputs.length === 1
          ? `Add a column '${spec.name}', or list the feature columns in 'features' to fill the [N, F] input in order.`
          : `Add or rename a column to '${spec.name}' (inputs: ${model.inputs.map((i) => i.name).join(', ')}).`,
      });
    }
    const dims = spec.shape?.length ?? 2;
    if ((dims !== 1 && dims !== 2) || (dims === 2 && spec.shape![1] !== 1 && typeof spec.shape![1] === 'number')) {
      throw new UserError(`model input ${describeSpec(spec)} takes more than one value per row, so column '${spec.name}' cannot fill it.`, {
        file: model.path,
        input: options.input ?? 'features',
        fix: 'Per-column inputs must be [N] or [N, 1]; for a single [N, F] input list the features in order.',
      });
    }
    requireNumeric(table, spec.name, spec, options.input ?? 'features');
    return { input: spec.name, type: spec.type as FeedType, column: spec.name, dims: dims as 1 | 2 };
  });
  return { mode: 'named', inputs, features: inputs.map((i) => i.column) };
}

function requireNumeric(table: Table, name: string, spec: TensorSpec, input: string): void {
  const column = getColumn(table, name, input);
  if (column.type !== 'string') return;
  const sample = column.categories.slice(0, 3).map((c) => `'${c}'`).join(', ');
  throw new UserError(`column '${name}' is text (${sample}…) but model input ${describeSpec(spec)} takes ${spec.type} numbers.`, {
    file: table.file,
    input,
    fix: `Encode '${name}' as numbers before evaluation, or leave it out of 'features'.`,
  });
}

/**
 * Feeds for rows [start, end). Each value is checked: NaN or infinity is a UserError naming the column
 * and row (line), and so is a fraction fed to an integer input.
 */
export function buildFeeds(binding: InputBinding, table: Table, start: number, end: number, buffers?: FeedBuffers): Record<string, FeedTensor> {
  const rows = end - start;
  const allocate = allocator(buffers);
  if (binding.mode === 'matrix') {
    const columns = binding.features.map((name) => getColumn(table, name) as NumericColumn);
    const data = allocate(binding.input, binding.type, rows * columns.length);
    columns.forEach((column, j) => fill(data, column, table, start, end, j, columns.length, binding.type));
    return { [binding.input]: { type: binding.type, data, dims: [rows, columns.length] } };
  }
  const feeds: Record<string, FeedTensor> = {};
  for (const item of binding.inputs) {
    const data = allocate(item.input, item.type, rows);
    fill(data, getColumn(table, item.column) as NumericColumn, table, start, end, 0, 1, item.type);
    feeds[item.input] = { type: item.type, data, dims: item.dims === 1 ? [rows] : [rows, 1] };
  }
  return feeds;
}

/** Feeds from a row-major matrix in binding feature order (explanations perturb such matrices). */
export function feedsFromMatrix(binding: InputBinding, values: Float32Array | Float64Array, rows: number, buffers?: FeedBuffers): Record<string, FeedTensor> {
  const width = binding.features.length;
  const allocate = allocator(buffers);
  if (binding.mode === 'matrix') {
    const data = allocate(binding.input, binding.type, rows * width);
    for (let i = 0; i < rows * width; i += 1) setValue(data, i, values[i]!);
    return { [binding.input]: { type: binding.type, data, dims: [rows, width] } };
  }
  const feeds: Record<string, FeedTensor> = {};
  binding.inputs.forEach((item, j) => {
    const data = allocate(item.input, item.type, rows);
    for (let r = 0; r < rows; r += 1) setValue(data, r, values[r * width + j]!);
    feeds[item.input] = { type: item.type, data, dims: item.dims === 1 ? [rows] : [rows, 1] };
  });
  return feeds;
}

/**
 * One array per input, reused from batch to batch while the caller waits for each run before building
 * the next feeds. Fresh arrays per batch cost more than filling them on small VMs: first touch of new
 * memory is ~3 ms per MB on the 2-core bench machine, a rewrite 0.04 ms.
 */
export class FeedBuffers {
  private readonly arrays = new Map<string, FeedData>();

  /** The arrays of a batch's feeds, whole, for the next batches (feeds that went to another thread and back). */
  static of(feeds: Record<string, FeedTensor>): FeedBuffers {
    const buffers = new FeedBuffers();
    for (const [input, feed] of Object.entries(feeds)) buffers.arrays.set(input, wholeArray(feed));
    return buffers;
  }

  readonly take = (input: string, type: FeedType, size: number): FeedData => {
    let array = this.arrays.get(input);
    if (!array || array.length < size || !isOfType(array, type)) {
      array = fresh(type, size);
      this.arrays.set(input, array);
    }
    return array.length === size ? array : array.subarray(0, size);
  };
}

function isOfType(array: FeedData, type: FeedType): boolean {
  return (type === 'float32' && array instanceof Float32Array) || (type === 'float64' && array instanceof Float64Array) || (type === 'int32' && array instanceof Int32Array) || (type === 'int64' && array instanceof BigInt64Array);
}

/** Arrays for an input's feeds: from `buffers` when given, else fresh ones. */
function allocator(buffers: FeedBuffers | undefined): (input: string, type: FeedType, size: number) => FeedData {
  return buffers ? buffers.take : (_input, type, size) => fresh(type, size);
}

/** A feed's array over all of its buffer (a batch shorter than the buffer's first sees a prefix). */
function wholeArray({ type, data }: FeedTensor): FeedData {
  const buffer = data.buffer as ArrayBuffer;
  if (type === 'float32') return new Float32Array(buffer);
  if (type === 'float64') return new Float64Array(buffer);
  if (type === 'int32') return new Int32Array(buffer);
  return new BigInt64Array(buffer);
}

function fresh(type: FeedType, size: number): FeedData {
  if (type === 'float32') return new Float32Array(size);
  if (type === 'float64') return new Float64Array(size);
  if (type === 'int32') return new Int32Array(size);
  return new BigInt64Array(size);
}

function setValue(data: FeedData, index: number, value: number): void {
  if (data instanceof BigInt64Array) data[index] = BigInt(Math.round(value));
  else data[index] = value;
}

function fill(data: FeedData, column: NumericColumn, table: Table, start: number, end: number, offset: number, stride: number, type: FeedType): void {
  const values = column.values;
  if (data instanceof BigInt64Array || type === 'int32') {
    for (let row = start; row < end; row += 1) {
      const value = values[row]!;
      if (!Number.isInteger(value)) throw badValue(table, column, row, describeNonInteger(column, row, value, type));
      const index = (row - start) * stride + offset;
      if (data instanceof BigInt64Array) data[index] = BigInt(value);
      else data[index] = value;
    }
    return;
  }
  // Float inputs: one tight loop; a non-finite value is rare, so it is looked at only when found.
  for (let row = start, index = offset; row < end; row += 1, index += stride) {
    const value = values[row]!;
    if (value - value !== 0) throw badValue(table, column, row, describeNonFinite(column, row, value));
    data[index] = value;
  }
}

function describeNonFinite(column: NumericColumn, row: number, value: number): string {
  if (!Number.isNaN(value)) return String(value);
  return column.nulls?.[row] ? 'a missing value' : 'NaN';
}

function describeNonInteger(column: NumericColumn, row: number, value: number, type: FeedType): string {
  if (!Number.isFinite(value)) return describeNonFinite(column, row, value);
  return `${value}, not an integer (the model input is ${type})`;
}

function badValue(table: Table, column: NumericColumn, row: number, what: string): UserError {
  const where = describeRow(table, row);
  return new UserError(`column '${column.name}' has ${what} at ${where.text} of ${table.file}; the model needs finite numbers.`, {
    file: table.file,
    ...(where.line === undefined ? {} : { line: where.line }),
    input: 'data',
    fix: `Clean or impute '${column.name}' before evaluation (or drop such rows with missing: drop when they are empty cells).`,
  });
}

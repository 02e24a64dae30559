import type { Column, ColumnType } from './types.js';

/**
 * Builds one column from values as they stream in, inferring its type: it starts numeric and turns into a
 * string column at the first value that is not a number or a boolean. Demoting re-renders the numbers
 * seen so far, which is exact only when each was written canonically (`1`, not `01` or `1.0`); when it is
 * not, `NonCanonicalDemotion` asks the reader to start over with the column forced to `string`.
 */
export class NonCanonicalDemotion extends Error {
  constructor(readonly column: string) {
    super(`column ${column} must be re-read as text`);
  }
}

/** A cell that does not fit a type forced with `types`; readers add the file and line. */
export class CellTypeError extends Error {
  constructor(
    readonly column: string,
    readonly text: string,
    readonly expected: ColumnType,
  ) {
    super(`'${text}' in column ${column} is not ${expected === 'int' ? 'an int' : `a ${expected}`}`);
  }
}

type BuilderType = 'empty' | ColumnType;

const INTEGER_TEXT = /^[+-]?\d+$/;
const NUMBER_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const SPECIAL_NUMBERS: Record<string, number> = {
  nan: NaN, '+nan': NaN, '-nan': NaN, inf: Infinity, '+inf': Infinity, '-inf': -Infinity,
  infinity: Infinity, '+infinity': Infinity, '-infinity': -Infinity,
};

/** Decoded rows [from, to) of a page: its values, or indices into its column chunk's dictionary (-1: missing). */
export type ColumnPart = { data: ArrayLike<unknown>; from: number; to: number } | { dictionary: ArrayLike<unknown>; indices: Int32Array; from: number; to: number };

interface DictionaryMemo {
  dictionary: ArrayLike<unknown>;
  known: Uint8Array;
  numbers: Float64Array;
  codes: Int32Array;
}

/** Missing values named in an error message, per column: the first few rows are enough to find them. */
export const NULL_SAMPLES = 5;

export interface NullSample {
  row: number;
  line?: number;
}

export class ColumnBuilder {
  private type: BuilderType;
  private values: Float64Array = new Float64Array(1024);
  private codes: Int32Array = new Int32Array(0);
  private readonly dictionary = new Map<string, number>();
  private readonly categories: string[] = [];
  private nulls: Uint8Array | undefined;
  private length = 0;
  private canonical = true;
  nullCount = 0;
  readonly nullSamples: NullSample[] = [];
  private memo: DictionaryMemo | undefined;

  constructor(
    readonly name: string,
    private readonly forced?: ColumnType,
    /** Streaming scans cannot start over: they accept `01` becoming `1` when a column turns out to be text. */
    private readonly lossyDemotion = false,
  ) {
    this.type = forced ?? 'empty';
    if (forced === 'string') this.codes = new Int32Array(1024);
  }

  get forcedType(): ColumnType | undefined {
    return this.forced;
  }

  get size(): number {
    return this.length;
  }

  /** A text cell (CSV): empty means missing. */
  pushText(text: string, line?: number): void {
    if (text === '') return this.pushNull(line);
    if (this.type === 'string') return this.pushString(text);
    const parsed = parseText(text, this.forced);
    if (parsed === undefined) return this.demoteThenPush(text);
    this.pushTyped(parsed.value, parsed.type, parsed.canonical);
  }

  /** A JSON value (JSONL, Parquet): null/undefined is missing; numbers stay numbers, strings stay strings. */
  pushValue(value: unknown, line?: number): void {
    if (value === null || value === undefined) return this.pushNull(line);
    if (this.type === 'string') return this.pushString(stringOf(value));
    if (typeof value === 'number') return this.pushTyped(value, Number.isInteger(value) ? 'int' : 'number', true);
    if (typeof value === 'bigint') return this.pushTyped(Number(value), 'int', true);
    if (typeof value === 'boolean') return this.pushTyped(value ? 1 : 0, 'bool', true);
    if (value instanceof Date) return this.pushTyped(value.getTime(), 'int', true);
    this.demoteThenPush(stringOf(value));
  }

  /** Room for `rows` more values in one allocation (Parquet knows its row counts). */
  reserve(rows: number): void {
    const needed = this.length + rows;
    if (needed <= this.capacity()) return;
    if (this.type === 'string') this.codes = grow(this.codes, needed);
    else this.values = grow(this.values, needed);
    if (this.nulls) this.nulls = grow(this.nulls, needed);
  }

  /**
   * Values [from, to) of a decoded column chunk. Numbers go straight into the Float64Array when the
   * column's type is fixed (Parquet): the per-value type inference of `pushValue` is for text formats.
   */
  pushChunk(data: ArrayLike<unknown>, from: number, to: number): void {
    this.reserve(to - from);
    if (this.forced !== undefined && this.forced !== 'string' && isNumberArray(data)) {
      this.values.set(data.subarray(from, to), this.length);
      this.length += to - from;
      return;
    }
    for (let i = from; i < to; i += 1) this.pushDecoded(data[i]);
  }

  /** Rows [from, to) of a decoded page: values, or indices into a dictionary (parquet-pages.ts). */
  pushPart(part: ColumnPart): void {
    if ('data' in part) this.pushChunk(part.data, part.from, part.to);
    else this.pushIndexed(part.dictionary, part.indices, part.from, part.to);
  }

  /**
   * Dictionary-encoded rows (index -1: missing). The first row that uses an entry goes through
   * `pushDecoded`, exactly as if the value had been pushed; what it became (number or category code) is
   * remembered and later rows copy it. So errors, category order and conversions stay those of the
   * value-by-value path. Only for fixed types: an inferred type could still change under the memo.
   */
  private pushIndexed(dictionary: ArrayLike<unknown>, indices: Int32Array, from: number, to: number): void {
    this.reserve(to - from);
    if (this.forced === undefined) {
      for (let i = from; i < to; i += 1) this.pushDecoded(indices[i]! < 0 ? null : dictionary[indices[i]!]);
      return;
    }
    const memo = this.memoFor(dictionary);
    // Locals, not fields, in the loop: it runs once per row of every dictionary-encoded column.
    const strings = this.type === 'string';
    const target = strings ? this.codes : this.values;
    const known = memo.known;
    const mapped = strings ? memo.codes : memo.numbers;
    let length = this.length;
    for (let i = from; i < to; i += 1) {
      const index = indices[i]!;
      if (index >= 0 && known[index] === 1) {
        target[length++] = mapped[index]!;
        continue;
      }
      this.length = length;
      if (index < 0) {
        this.pushNull();
      } else {
        const value = dictionary[index];
        this.pushDecoded(value);
        // A missing entry stays on this path: pushDecoded records it as a null each time.
        if (value !== null && value !== undefined) {
          mapped[index] = target[this.length - 1]!;
          known[index] = 1;
        }
      }
      length = this.length;
    }
    this.length = length;
  }

  /** What each dictionary entry became, for the dictionary of the column chunk being read. */
  private memoFor(dictionary: ArrayLike<unknown>): DictionaryMemo {
    if (this.memo?.dictionary !== dictionary) {
      const size = dictionary.length;
      this.memo = { dictionary, known: new Uint8Array(size), numbers: new Float64Array(this.type === 'string' ? 0 : size), codes: new Int32Array(this.type === 'string' ? size : 0) };
    }
    return this.memo;
  }

  /** One decoded value (Parquet, after hyparquet's type conversion), capacity already reserved. */
  private pushDecoded(value: unknown): void {
    if ((this.forced === 'number' || this.forced === 'int') && typeof value === 'number') this.values[this.length++] = value;
    else if (this.type === 'string' && typeof value === 'string') this.pushString(value);
    else this.pushValue(value);
  }

  /**
   * Storage for `rows` values in shared memory, so that worker threads decode their rows in place
   * (`ColumnBuilder.over`) and this thread neither copies them nor faults their pages in itself.
   * Only for a fresh builder of a fixed type.
   */
  shareStorage(rows: number): SharedArrayBuffer {
    if (this.length > 0 || this.forced === undefined) throw new Error(`column ${this.name}: shared storage needs a fresh builder of a fixed type`);
    const buffer = new SharedArrayBuffer(Math.max(1, rows) * (this.type === 'string' ? 4 : 8));
    if (this.type === 'string') this.codes = new Int32Array(buffer);
    else this.values = new Float64Array(buffer);
    return buffer;
  }

  /** A builder writing rows [offset, offset + rows) of storage from `shareStorage` (in a worker). */
  static over(name: string, type: ColumnType, storage: SharedArrayBuffer, offset: number, rows: number): ColumnBuilder {
    const builder = new ColumnBuilder(name, type, true);
    if (type === 'string') builder.codes = new Int32Array(storage, offset * 4, rows);
    else builder.values = new Float64Array(storage, offset * 8, rows);
    return builder;
  }

  /**
   * Appends a column built elsewhere by a builder of the same forced type (a worker decoding other row
   * groups): values copied (or already in place, in shared storage), string codes mapped into this
   * dictionary, nulls and their samples carried over with rows shifted to this column's numbering.
   */
  appendColumn(column: Column, nullSamples: readonly NullSample[]): void {
    const offset = this.length;
    const rows = column.type === 'string' ? column.codes.length : column.values.length;
    if ((column.type === 'string') !== (this.type === 'string')) throw new Error(`column ${this.name}: cannot append a ${column.type} column to a ${this.type} one`);
    this.reserve(rows);
    if (column.type === 'string') {
      // In shared storage the source is this column's own rows: the loop then maps the codes in place.
      const remap = new Int32Array(column.categories.length);
      column.categories.forEach((text, code) => (remap[code] = this.codeOf(text)));
      const source = column.codes;
      const codes = this.codes;
      for (let i = 0; i < rows; i += 1) {
        const code = source[i]!;
        codes[offset + i] = code < 0 ? -1 : remap[code]!;
      }
    } else if (!isAt(column.values, this.values, offset)) {
      this.values.set(column.values, offset);
    }
    if (column.nullCount > 0) this.appendNulls(column, offset, rows, nullSamples);
    this.length += rows;
  }

  pushNull(line?: number): void {
    this.ensureCapacity();
    if (!this.nulls) this.nulls = new Uint8Array(this.capacity());
    this.nulls[this.length] = 1;
    if (this.type === 'string') this.codes[this.length] = -1;
    else this.values[this.length] = NaN;
    if (this.nullSamples.length < NULL_SAMPLES) this.nullSamples.push(line === undefined ? { row: this.length } : { row: this.length, line });
    this.nullCount += 1;
    this.length += 1;
  }

  build(): Column {
    const n = this.length;
    const nulls = this.nulls ? exact(this.nulls, n) : undefined;
    if (this.type === 'string') {
      return { name: this.name, type: 'string', codes: exact(this.codes, n), categories: this.categories, nullCount: this.nullCount };
    }
    const type = this.type === 'empty' ? 'number' : this.type;
    const column: Column = { name: this.name, type, values: exact(this.values, n), nullCount: this.nullCount };
    if (nulls && this.nullCount > 0) column.nulls = nulls;
    return column;
  }

  private pushTyped(value: number, type: 'number' | 'int' | 'bool', canonical: boolean): void {
    if (this.forced === undefined) this.type = mergeNumeric(this.type, type);
    if (this.type === 'string') return this.demoteThenPush(String(value));
    this.canonical &&= canonical;
    this.ensureCapacity();
    this.values[this.length] = value;
    this.length += 1;
  }

  private pushString(text: string): void {
    this.ensureCapacity();
    this.codes[this.length] = this.codeOf(text);
    this.length += 1;
  }

  private codeOf(text: string): number {
    let code = this.dictionary.get(text);
    if (code === undefined) {
      code = this.categories.length;
      this.categories.push(text);
      this.dictionary.set(text, code);
    }
    return code;
  }

  private appendNulls(column: Column, offset: number, rows: number, samples: readonly NullSample[]): void {
    if (!this.nulls) this.nulls = new Uint8Array(this.capacity());
    const nulls = this.nulls;
    if (column.type === 'string') {
      const codes = column.codes;
      for (let i = 0; i < rows; i += 1) if (codes[i] === -1) nulls[offset + i] = 1;
    } else if (column.nulls) {
      nulls.set(column.nulls, offset);
    }
    for (const sample of samples) if (this.nullSamples.length < NULL_SAMPLES) this.nullSamples.push({ ...sample, row: sample.row + offset });
    this.nullCount += column.nullCount;
  }

  /** Turn the numbers seen so far into text, then continue as a string column. */
  private demoteThenPush(text: string): void {
    if (this.forced !== undefined && this.forced !== 'string') throw new CellTypeError(this.name, text, this.forced);
    if (this.type !== 'string') {
      if (!this.canonical && !this.lossyDemotion) throw new NonCanonicalDemotion(this.name);
      const previousType = this.type;
      const previous = this.values;
      this.type = 'string';
      this.codes = new Int32Array(this.capacity());
      const count = this.length;
      this.length = 0;
      for (let i = 0; i < count; i += 1) {
        if (this.nulls?.[i]) {
          this.codes[i] = -1;
          this.length += 1;
        } else {
          this.pushString(renderNumber(previous[i]!, previousType));
        }
      }
    }
    this.pushString(text);
  }

  private capacity(): number {
    return this.type === 'string' ? this.codes.length : this.values.length;
  }

  private ensureCapacity(): void {
    if (this.length < this.capacity()) return;
    const size = Math.max(1024, this.capacity() * 2);
    if (this.type === 'string') this.codes = grow(this.codes, size);
    else this.values = grow(this.values, size);
    if (this.nulls) this.nulls = grow(this.nulls, size);
  }
}

/** Whether `part` is the view of `whole` that starts at element `offset` (rows written in place). */
function isAt(part: Float64Array, whole: Float64Array, offset: number): boolean {
  return part.buffer === whole.buffer && part.byteOffset === whole.byteOffset + offset * part.BYTES_PER_ELEMENT;
}

/** The first n values, without a copy when the array is exactly that long. */
function exact<T extends Float64Array | Int32Array | Uint8Array>(array: T, n: number): T {
  return (array.length === n ? array : array.slice(0, n)) as T;
}

function isNumberArray(data: ArrayLike<unknown>): data is Float64Array | Float32Array | Int32Array | Uint32Array | Int16Array | Uint16Array | Int8Array | Uint8Array {
  return ArrayBuffer.isView(data) && !(data instanceof BigInt64Array) && !(data instanceof BigUint64Array) && !(data instanceof DataView);
}

function grow<T extends Float64Array | Int32Array | Uint8Array>(array: T, size: number): T {
  const bigger = new (array.constructor as new (n: number) => T)(size);
  bigger.set(array);
  return bigger;
}

function mergeNumeric(current: BuilderType, next: 'number' | 'int' | 'bool'): BuilderType {
  if (current === 'empty' || current === next) return next;
  if (current === 'string') return 'string';
  if (current === 'bool' || next === 'bool') return 'string';
  return 'number';
}

function renderNumber(value: number, type: BuilderType): string {
  if (type === 'bool') return value === 1 ? 'true' : 'false';
  return String(value);
}

function stringOf(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** A CSV cell as a number or boolean, or undefined when it is text. */
function parseText(text: string, forced: ColumnType | undefined): { value: number; type: 'number' | 'int' | 'bool'; canonical: boolean } | undefined {
  const trimmed = text.trim();
  if (forced !== 'number' && forced !== 'int') {
    const lower = trimmed.toLowerCase();
    if (lower === 'true' || lower === 'false') return { value: lower === 'true' ? 1 : 0, type: 'bool', canonical: trimmed === lower };
    if (forced === 'bool') return undefined;
  }
  if (INTEGER_TEXT.test(trimmed)) {
    const value = Number(trimmed);
    return { value, type: 'int', canonical: String(value) === text };
  }
  if (NUMBER_TEXT.test(trimmed)) {
    const value = Number(trimmed);
    return { value, type: 'number', canonical: String(value) === text };
  }
  const special = SPECIAL_NUMBERS[trimmed.toLowerCase()];
  if (special !== undefined) return { value: special, type: 'number', canonical: false };
  return undefined;
}

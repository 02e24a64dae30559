import { scanTable } from './read-table.js';
import { cellText } from './table.js';
import type { Column, ColumnType, ScanOptions, Table, TableFormat } from './types.js';

/**
 * One streaming pass over a data file that describes each column: type, missing share, numeric summary,
 * distinct count and most frequent values. Memory is bounded: distinct counts are exact up to
 * `EXACT_DISTINCT` values and a k-minimum-values estimate beyond (relative error about 1/sqrt(k) ≈ 2%).
 */
export interface ColumnProfile {
  name: string;
  type: ColumnType;
  /** Non-missing values. */
  count: number;
  nullCount: number;
  nullShare: number;
  /** Numeric columns only (bool: share of true as mean). Population standard deviation. */
  min?: number;
  max?: number;
  mean?: number;
  std?: number;
  distinct: number;
  distinctExact: boolean;
  /** Most frequent values (string and bool columns), most frequent first, ties by value. */
  top?: Array<{ value: string; count: number }>;
  topExact?: boolean;
}

export interface TableProfile {
  file: string;
  format: TableFormat;
  rowCount: number;
  columns: ColumnProfile[];
}

export interface ProfileOptions extends ScanOptions {
  /** How many top values to keep per categorical column (default 10). */
  topK?: number;
}

const EXACT_DISTINCT = 100_000;
const KMV_SIZE = 4096;
const MAX_TRACKED_VALUES = 100_000;

export async function profileTable(file: string, options: ProfileOptions = {}): Promise<TableProfile> {
  const accumulators = new Map<string, ColumnAccumulator>();
  let format: TableFormat = 'csv';
  const { rowCount, columns } = await scanTable(
    file,
    (batch: Table) => {
      format = batch.format;
      for (const column of batch.columns) {
        let accumulator = accumulators.get(column.name);
        if (!accumulator) accumulators.set(column.name, (accumulator = new ColumnAccumulator(column.name)));
        accumulator.add(column, batch.rowCount);
      }
    },
    options,
  );
  const profiles = columns.map((name) => (accumulators.get(name) ?? new ColumnAccumulator(name)).finish(rowCount, options.topK ?? 10));
  return { file, format, rowCount, columns: profiles };
}

class ColumnAccumulator {
  private type: ColumnType | undefined;
  private count = 0;
  private nullCount = 0;
  private mean = 0;
  private m2 = 0;
  private min = Infinity;
  private max = -Infinity;
  private readonly exact = new Set<string>();
  private exactOverflow = false;
  private readonly sketch = new KmvSketch(KMV_SIZE);
  private readonly frequencies = new Map<string, number>();
  private frequenciesExact = true;

  constructor(readonly name: string) {}

  add(column: Column, rows: number): void {
    this.type = mergeTypes(this.type, column.type);
    this.nullCount += column.nullCount;
    if (column.type !== 'string') this.addNumbers(column.values, column.nulls);
    else this.count += rows - column.nullCount;
    for (let row = 0; row < rows; row += 1) {
      const text = cellText(column, row);
      if (text !== null) this.addDistinct(text);
    }
  }

  finish(rowCount: number, topK: number): ColumnProfile {
    const type = this.type ?? 'string';
    const profile: ColumnProfile = {
      name: this.name,
      type,
      count: rowCount - this.nullCount,
      nullCount: this.nullCount,
      nullShare: rowCount === 0 ? 0 : this.nullCount / rowCount,
      distinct: this.exactOverflow ? Math.round(this.sketch.estimate()) : this.exact.size,
      distinctExact: !this.exactOverflow,
    };
    if (type !== 'string' && this.count > 0) {
      Object.assign(profile, { min: this.min, max: this.max, mean: this.mean, std: Math.sqrt(this.m2 / this.count) });
    }
    if (type === 'string' || type === 'bool') {
      profile.top = [...this.frequencies.entries()]
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
        .slice(0, topK)
        .map(([value, count]) => ({ value, count }));
      profile.topExact = this.frequenciesExact;
    }
    return profile;
  }

  /** Chan et al.'s pairwise update, so batches combine without a second pass. */
  private addNumbers(values: Float64Array, nulls: Uint8Array | undefined): void {
    let n = 0;
    let mean = 0;
    let m2 = 0;
    for (let i = 0; i < values.length; i += 1) {
      if (nulls?.[i]) continue;
      const value = values[i]!;
      if (value < this.min) this.min = value;
      if (value > this.max) this.max = value;
      n += 1;
      const delta = value - mean;
      mean += delta / n;
      m2 += delta * (value - mean);
    }
    if (n === 0) return;
    const total = this.count + n;
    const delta = mean - this.mean;
    this.m2 += m2 + (delta * delta * this.count * n) / total;
    this.mean += (delta * n) / total;
    this.count = total;
  }

  private addDistinct(text: string): void {
    this.sketch.add(text);
    if (!this.exactOverflow) {
      this.exact.add(text);
      if (this.exact.size > EXACT_DISTINCT) {
        this.exactOverflow = true;
        this.exact.clear();
      }
    }
    const seen = this.frequencies.get(text);
    if (seen !== undefined) this.frequencies.set(text, seen + 1);
    else if (this.frequencies.size < MAX_TRACKED_VALUES) this.frequencies.set(text, 1);
    else this.frequenciesExact = false;
  }
}

function mergeTypes(a: ColumnType | undefined, b: ColumnType): ColumnType {
  if (a === undefined || a === b) return b;
  if ((a === 'int' && b === 'number') || (a === 'number' && b === 'int')) return 'number';
  return 'string';
}

/** k minimum values of a 53-bit hash: distinct ≈ (k - 1) / kth-smallest. */
class KmvSketch {
  private readonly values: number[] = [];
  private readonly members = new Set<number>();

  constructor(private readonly k: number) {}

  add(text: string): void {
    const hash = cyrb53(text) / 2 ** 53;
    if (this.members.has(hash)) return;
    if (this.values.length === this.k && hash >= this.values[this.k - 1]!) return;
    let at = this.values.length;
    while (at > 0 && this.values[at - 1]! > hash) at -= 1;
    this.values.splice(at, 0, hash);
    this.members.add(hash);
    if (this.values.length > this.k) this.members.delete(this.values.pop()!);
  }

  estimate(): number {
    if (this.values.length < this.k) return this.values.length;
    return (this.k - 1) / this.values[this.k - 1]!;
  }
}

/** cyrb53 (public domain): a fast 53-bit string hash with good dispersion. */
function cyrb53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

import type { ColumnProfile, TableProfile } from '../schemas/dataset-manifest.js';
import { detectFormat, scanTable } from '../tabular/read-table.js';
import type { Column, Table, TableFormat } from '../tabular/types.js';
import { DistinctCounter } from './distinct-counter.js';

const TOP_VALUES = 10;
/** Category counts kept per column; beyond it new values are not counted (top values stay exact for frequent ones). */
const CATEGORY_LIMIT = 10_000;

export const TABULAR_EXTENSIONS = /\.(csv|tsv|jsonl|ndjson|parquet|pq)$/i;

export function isTabular(path: string): boolean {
  return TABULAR_EXTENSIONS.test(path);
}

/** One streaming pass over a tabular file: rows, and per column type, nulls, range, moments, distinct, top values. */
export async function profileTable(file: string, displayPath = file): Promise<TableProfile> {
  const format: TableFormat = detectFormat(file);
  const accumulators = new Map<string, ColumnAccumulator>();
  const { rowCount, columns } = await scanTable(
    file,
    (batch: Table) => {
      for (const column of batch.columns) {
        let accumulator = accumulators.get(column.name);
        if (!accumulator) accumulators.set(column.name, (accumulator = new ColumnAccumulator(column.name)));
        accumulator.addBatch(column);
      }
    },
    { input: displayPath },
  );
  return {
    format,
    rows: rowCount,
    columns: columns.map((name) => (accumulators.get(name) ?? new ColumnAccumulator(name)).finish(rowCount)),
  };
}

/**
 * Batches are typed independently, so a column can arrive as integers first and as text later: the
 * widest type wins (boolean < integer < number < string), and numeric moments use Welford's update so
 * merging batches is exact and stable.
 */
class ColumnAccumulator {
  private type: ColumnProfile['type'] = 'empty';
  private nulls = 0;
  private count = 0;
  private mean = 0;
  private m2 = 0;
  private min = Infinity;
  private max = -Infinity;
  private readonly distinct = new DistinctCounter();
  private readonly categories = new Map<string, number>();

  constructor(private readonly name: string) {}

  addBatch(column: Column): void {
    this.nulls += column.nullCount;
    if (column.type === 'string') this.addStrings(column.codes, column.categories);
    else this.addNumbers(column.values, column.type === 'number' ? 'number' : column.type === 'int' ? 'integer' : 'boolean');
  }

  private addNumbers(values: Float64Array, type: ColumnProfile['type']): void {
    this.widen(type);
    for (let i = 0; i < values.length; i += 1) {
      const value = values[i]!;
      if (Number.isNaN(value)) continue;
      this.count += 1;
      const delta = value - this.mean;
      this.mean += delta / this.count;
      this.m2 += delta * (value - this.mean);
      if (value < this.min) this.min = value;
      if (value > this.max) this.max = value;
      const text = type === 'boolean' ? String(value === 1) : String(value);
      this.distinct.add(text);
      if (type === 'boolean') this.countCategory(text, 1);
    }
  }

  private addStrings(codes: Int32Array, categories: string[]): void {
    this.widen('string');
    const counts = new Float64Array(categories.length);
    for (let i = 0; i < codes.length; i += 1) {
      const code = codes[i]!;
      if (code >= 0) counts[code]! += 1;
    }
    categories.forEach((category, code) => {
      if (counts[code]! === 0) return;
      this.distinct.add(category);
      this.countCategory(category, counts[code]!);
    });
  }

  private countCategory(value: string, count: number): void {
    const current = this.categories.get(value);
    if (current !== undefined) this.categories.set(value, current + count);
    else if (this.categories.size < CATEGORY_LIMIT) this.categories.set(value, count);
  }

  private widen(type: ColumnProfile['type']): void {
    const order: ColumnProfile['type'][] = ['empty', 'boolean', 'integer', 'number', 'string'];
    if (order.indexOf(type) > order.indexOf(this.type)) this.type = type;
  }

  finish(rows: number): ColumnProfile {
    const profile: ColumnProfile = {
      name: this.name,
      type: this.type,
      nullShare: rows === 0 ? 0 : this.nulls / rows,
      distinct: this.distinct.estimate(),
    };
    if (this.count > 0 && (this.type === 'number' || this.type === 'integer')) {
      profile.min = this.min;
      profile.max = this.max;
      profile.mean = this.mean;
      // Population standard deviation (ddof=0, numpy's default), stable for one-row columns.
      profile.std = Math.sqrt(this.m2 / this.count);
    }
    if (this.type === 'string' || this.type === 'boolean') profile.top = this.topValues();
    return profile;
  }

  private topValues(): Array<{ value: string; count: number }> {
    return [...this.categories.entries()]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, TOP_VALUES)
      .map(([value, count]) => ({ value, count }));
  }
}

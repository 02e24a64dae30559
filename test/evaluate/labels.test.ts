import { describe, expect, it } from 'vitest';
import { UserError } from '../../shared/errors.js';
import { groupColumn } from '../../shared/evaluate/build-set.js';
import { encodeLabels } from '../../shared/evaluate/labels.js';
import type { OutputPlan } from '../../shared/model/model.js';
import { categorize, cellText } from '../../shared/tabular/table.js';
import type { Column, Table } from '../../shared/tabular/types.js';

/**
 * encodeLabels caches each distinct label's class (dictionary codes in a table, numbers in a short list)
 * and writes binary 1/0 in the same pass; these tests hold it to the straightforward per-row lookup.
 */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function table(column: Column): Table {
  return { columns: [column], rowCount: column.type === 'string' ? column.codes.length : column.values.length, file: 'labels.csv', format: 'csv', firstLine: 2 };
}

/** The reference: every row's text looked up on its own. */
function straightforward(column: Column, rows: number, classes: string[], positive: number | undefined): Float64Array {
  const alias: Record<string, string> = { true: '1', false: '0', '1': 'true', '0': 'false', '1.0': '1', '0.0': '0' };
  const lookup = (text: string) => (classes.includes(text) ? classes.indexOf(text) : alias[text] !== undefined && classes.includes(alias[text]) ? classes.indexOf(alias[text]) : undefined);
  return Float64Array.from({ length: rows }, (_, row) => {
    const index = lookup(cellText(column, row) ?? '');
    if (index === undefined) throw new Error(`row ${row} outside`);
    return positive === undefined ? index : index === positive ? 1 : 0;
  });
}

const probabilities = (classes: string[]): OutputPlan => ({ kind: 'probabilities', output: 'p', dtype: 'float32', width: classes.length, classes });

describe('encodeLabels', () => {
  const rand = lcg(5);
  const n = 5000;
  it('dictionary-coded text labels, binary, with a chosen positive label', () => {
    const categories = ['no', 'yes'];
    const column: Column = { name: 'y', type: 'string', codes: Int32Array.from({ length: n }, () => (rand() < 0.3 ? 1 : 0)), categories, nullCount: 0 };
    for (const positiveLabel of [undefined, 'no']) {
      const encoded = encodeLabels(table(column), 'y', 'binary', probabilities(['no', 'yes']), positiveLabel);
      const positive = positiveLabel === 'no' ? 0 : 1;
      expect(encoded.positiveIndex).toBe(positive);
      expect(Array.from(encoded.yTrue)).toEqual(Array.from(straightforward(column, n, ['no', 'yes'], positive)));
    }
  });
  it('numeric labels with more distinct values than the short list holds (multiclass)', () => {
    const classes = Array.from({ length: 12 }, (_, c) => String(c));
    const values = Float64Array.from({ length: n }, () => Math.floor(rand() * 12));
    const column: Column = { name: 'y', type: 'int', values, nullCount: 0 };
    const encoded = encodeLabels(table(column), 'y', 'multiclass', probabilities(classes));
    expect(Array.from(encoded.yTrue)).toEqual(Array.from(straightforward(column, n, classes, undefined)));
  });
  it('boolean labels against classes 0/1', () => {
    const column: Column = { name: 'y', type: 'bool', values: Float64Array.from({ length: n }, () => (rand() < 0.5 ? 1 : 0)), nullCount: 0 };
    const encoded = encodeLabels(table(column), 'y', 'binary', probabilities(['0', '1']));
    expect(Array.from(encoded.yTrue)).toEqual(Array.from(straightforward(column, n, ['0', '1'], 1)));
  });
  it('names every value outside the classes with its first row, missing labels included, before a bad positive label', () => {
    const values = Float64Array.from({ length: 40 }, (_, row) => (row === 7 ? 5 : row === 9 || row === 30 ? NaN : row % 2));
    const nulls = Uint8Array.from(values, (v) => (Number.isNaN(v) ? 1 : 0));
    const column: Column = { name: 'y', type: 'int', values, nulls, nullCount: 2 };
    let error: unknown;
    try {
      encodeLabels(table(column), 'y', 'binary', probabilities(['0', '1']), 'maybe');
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toContain("'5' (row 8");
    expect((error as Error).message).toContain("'' (row 10");
    expect((error as Error).message).not.toContain('row 31');
    expect(() => encodeLabels(table({ ...column, values: values.map((v) => (v === 5 || Number.isNaN(v) ? 0 : v)), nulls: undefined, nullCount: 0 }), 'y', 'binary', probabilities(['0', '1']), 'maybe')).toThrow(/positive-label 'maybe'/);
  });
});

describe('groupColumn', () => {
  it('gives every row of the range its value (text as is, numbers categorized), missing as −1', () => {
    const rand = lcg(11);
    const n = 3000;
    const text: Column = { name: 'g', type: 'string', codes: Int32Array.from({ length: n }, () => Math.floor(rand() * 7) - 1), categories: ['b', '10', 'a', '9', 'B', 'z', '2'], nullCount: 0 };
    const numbers: Column = { name: 'h', type: 'int', values: Float64Array.from({ length: n }, () => Math.floor(rand() * 5)), nullCount: 0 };
    const source: Table = { columns: [text, numbers], rowCount: n, file: 'g.csv', format: 'csv' };
    for (const column of [text, numbers]) {
      for (const range of [{ start: 0, end: n }, { start: 1000, end: 2345 }]) {
        const group = groupColumn(source, column.name, range);
        const whole = categorize(column);
        const valueOf = (codes: ArrayLike<number>, categories: readonly string[], row: number) => (codes[row]! < 0 ? null : categories[codes[row]!]);
        expect(group.codes.length).toBe(range.end - range.start);
        for (let row = range.start; row < range.end; row += 1) {
          expect(valueOf(group.codes, group.categories, row - range.start)).toBe(valueOf(whole.codes, whole.categories, row));
        }
      }
    }
    // A text column's codes are viewed, not copied.
    expect(groupColumn(source, 'g', { start: 10, end: 20 }).codes.buffer).toBe((text as { codes: Int32Array }).codes.buffer);
  });
});

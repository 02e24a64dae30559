import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parquetWriteFile } from 'hyparquet-writer';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../shared/errors.js';
import { cellText, getColumn, readColumnNames, readTable, scanTable, statedRowCount, type NumericColumn, type StringColumn, type Table } from '../../shared/tabular/index.js';

const fixtures = 'test/fixtures/tabular';
const fixture = (name: string): string => join(fixtures, name);

function texts(table: Table, name: string): Array<string | null> {
  const column = getColumn(table, name);
  return Array.from({ length: table.rowCount }, (_, row) => cellText(column, row));
}

async function userError(promise: Promise<unknown>): Promise<UserError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  return error as UserError;
}

describe('CSV (RFC 4180)', () => {
  it('reads quotes, doubled quotes, CRLF, quoted line breaks and a BOM, and types columns', async () => {
    const table = await readTable(fixture('rfc4180.csv'));
    expect(table.columns.map((c) => [c.name, c.type])).toEqual([
      ['id', 'int'],
      ['name', 'string'],
      ['score', 'number'],
      ['flag', 'bool'],
    ]);
    expect(texts(table, 'name')).toEqual(['Smith, John', 'say "hi"', 'two\r\nlines']);
    expect(Array.from((getColumn(table, 'score') as NumericColumn).values)).toEqual([0.5, 1.25, -3]);
    expect(Array.from((getColumn(table, 'flag') as NumericColumn).values)).toEqual([1, 0, 1]);
    // The third row starts on line 4 (its quoted CRLF ends on line 5).
    expect(Array.from(table.lines!)).toEqual([2, 3, 4]);
  });

  it('names the file and line of a row with too many or too few fields', async () => {
    const error = await userError(readTable(fixture('ragged.csv')));
    expect(error.location.file).toBe(fixture('ragged.csv'));
    expect(error.location.line).toBe(3);
    expect(error.message).toMatch(/not valid CSV/);
  });

  it('names the file of an unclosed quote', async () => {
    const error = await userError(readTable(fixture('unclosed-quote.csv')));
    expect(error.location.file).toBe(fixture('unclosed-quote.csv'));
    expect(error.message).toMatch(/quote/i);
  });

  it('rejects an empty file', async () => {
    const error = await userError(readTable(fixture('empty.csv')));
    expect(error.message).toMatch(/is empty/);
  });

  it('rejects a missing file and an unknown extension', async () => {
    expect((await userError(readTable(fixture('nope.csv')))).message).toMatch(/does not exist/);
    expect((await userError(readTable('README.md'))).message).toMatch(/cannot tell the format/);
  });

  it('keeps text written like numbers exactly when the column turns out to be text', async () => {
    const table = await readTable(fixture('zip-codes.csv'));
    expect(getColumn(table, 'zip').type).toBe('string');
    expect(texts(table, 'zip')).toEqual(['01', '02', 'A1']);
    expect(getColumn(table, 'n').type).toBe('int');
  });

  it('reads only the requested columns and row range, and names a missing column', async () => {
    const table = await readTable(fixture('rfc4180.csv'), { columns: ['score', 'id'], rowStart: 1, rowEnd: 3 });
    expect(table.columns.map((c) => c.name)).toEqual(['score', 'id']);
    expect(texts(table, 'id')).toEqual(['2', '3']);
    const error = await userError(readTable(fixture('rfc4180.csv'), { columns: ['nope'], input: 'data' }));
    expect(error.message).toMatch(/'nope'/);
    expect(error.fix).toMatch(/id, name, score, flag/);
  });

  it('forces a type and reports a cell that does not fit with its line', async () => {
    const forced = await readTable(fixture('rfc4180.csv'), { types: { id: 'string' } });
    expect(getColumn(forced, 'id').type).toBe('string');
    const error = await userError(readTable(fixture('rfc4180.csv'), { types: { name: 'number' } }));
    expect(error.location.line).toBe(2);
  });
});

describe('readColumnNames', () => {
  it('reads only the header of a CSV and the metadata of a Parquet file', async () => {
    expect(await readColumnNames(fixture('rfc4180.csv'))).toEqual(['id', 'name', 'score', 'flag']);
    expect(await readColumnNames(fixture('rows.jsonl'))).toBeUndefined();
    await expect(readColumnNames(fixture('empty.csv'))).rejects.toThrowError(/is empty/);
  });
});

describe('missing values', () => {
  it('are an error by default that names columns and lines', async () => {
    const error = await userError(readTable(fixture('missing.csv')));
    expect(error.message).toMatch(/y \(1 missing: line 2\)/);
    expect(error.message).toMatch(/x \(1 missing: line 4\)/);
    expect(error.fix).toMatch(/missing: drop/);
  });

  it('can drop the rows that have them', async () => {
    const table = await readTable(fixture('missing.csv'), { missing: 'drop' });
    expect(table.rowCount).toBe(1);
    expect(texts(table, 'x')).toEqual(['2']);
    expect(Array.from(table.lines!)).toEqual([3]);
  });

  it('can keep them as nulls', async () => {
    const table = await readTable(fixture('missing.csv'), { missing: 'allow' });
    expect(texts(table, 'x')).toEqual(['1', '2', null]);
    expect(getColumn(table, 'y').nullCount).toBe(1);
  });

  it('only count in the requested columns', async () => {
    const table = await readTable(fixture('missing.csv'), { columns: ['label'] });
    expect(table.rowCount).toBe(3);
  });
});

describe('JSONL', () => {
  it('unions keys in file order, skips blank lines and treats absent keys as missing', async () => {
    const table = await readTable(fixture('rows.jsonl'), { missing: 'allow' });
    expect(table.columns.map((c) => [c.name, c.type])).toEqual([
      ['x', 'number'],
      ['y', 'string'],
      ['label', 'int'],
      ['z', 'bool'],
    ]);
    expect(texts(table, 'y')).toEqual(['a', null, 'b']);
    expect(texts(table, 'z')).toEqual([null, null, 'true']);
    expect(Array.from(table.lines!)).toEqual([1, 3, 4]);
  });

  it('names the line of invalid JSON', async () => {
    const error = await userError(readTable(fixture('broken.jsonl')));
    expect(error.location.line).toBe(2);
  });

  it('names a requested column that no row has', async () => {
    const error = await userError(readTable(fixture('rows.jsonl'), { columns: ['x', 'w'] }));
    expect(error.message).toMatch(/'w'/);
  });
});

describe('Parquet', () => {
  function writeParquet(rows: number, rowGroupSize: number): string {
    const file = join(mkdtempSync(join(tmpdir(), 'mlci-tabular-')), 'data.parquet');
    parquetWriteFile({
      filename: file,
      rowGroupSize,
      columnData: [
        { name: 'f', data: Float64Array.from({ length: rows }, (_, i) => i / 4), type: 'DOUBLE' },
        { name: 'i', data: Array.from({ length: rows }, (_, i) => BigInt(i * 3)), type: 'INT64' },
        { name: 'g', data: Array.from({ length: rows }, (_, i) => (i % 3 === 0 ? 'a' : i % 3 === 1 ? 'b' : null)), type: 'STRING' },
        { name: 'b', data: Array.from({ length: rows }, (_, i) => i % 2 === 0), type: 'BOOLEAN' },
      ],
    });
    return file;
  }

  it('reads every row group with schema types', async () => {
    const file = writeParquet(250, 64);
    const table = await readTable(file, { missing: 'allow' });
    expect(table.rowCount).toBe(250);
    expect(table.columns.map((c) => [c.name, c.type])).toEqual([
      ['f', 'number'],
      ['i', 'int'],
      ['g', 'string'],
      ['b', 'bool'],
    ]);
    const f = getColumn(table, 'f') as NumericColumn;
    expect(f.values[249]).toBe(249 / 4);
    expect((getColumn(table, 'i') as NumericColumn).values[200]).toBe(600);
    const g = getColumn(table, 'g') as StringColumn;
    expect(g.nullCount).toBe(83);
    expect(cellText(g, 4)).toBe('b');
  });

  it('names its columns from the metadata', async () => {
    expect(await readColumnNames(writeParquet(10, 4))).toEqual(['f', 'i', 'g', 'b']);
  });

  it('states its row count in the footer, which text formats do not', async () => {
    expect(await statedRowCount(writeParquet(250, 64))).toBe(250);
    expect(await statedRowCount(fixture('rfc4180.csv'))).toBeUndefined();
    await expect(statedRowCount(fixture('rfc4180.csv').replace('.csv', '.parquet'))).rejects.toThrowError(/does not exist/);
  });

  it('reads a row range across row-group boundaries', async () => {
    const file = writeParquet(250, 64);
    const table = await readTable(file, { columns: ['i'], rowStart: 60, rowEnd: 130 });
    const values = (getColumn(table, 'i') as NumericColumn).values;
    expect(table.rowCount).toBe(70);
    expect(values[0]).toBe(180);
    expect(values[69]).toBe(129 * 3);
  });

  it('reports missing values by row', async () => {
    const file = writeParquet(10, 4);
    const error = await userError(readTable(file));
    expect(error.message).toMatch(/g \(3 missing: row 3, row 6, row 9\)/);
  });

  it('streams batches with row offsets', async () => {
    const file = writeParquet(250, 64);
    const seen: Array<[number, number]> = [];
    const result = await scanTable(file, (batch, offset) => void seen.push([offset, batch.rowCount]), { batchRows: 100 });
    expect(result.rowCount).toBe(250);
    expect(seen[0]).toEqual([0, 128]);
    expect(seen.reduce((n, [, rows]) => n + rows, 0)).toBe(250);
  });

  it('rejects a file that is not Parquet', async () => {
    const error = await userError(readTable(fixture('rfc4180.csv'), { format: 'parquet' }));
    expect(error.message).toMatch(/not a Parquet file/);
  });
});

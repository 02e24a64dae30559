import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parquetWriteFile } from 'hyparquet-writer';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../shared/errors.js';
import { readTable, scanTable, type Table } from '../../shared/tabular/index.js';
import { decodeInWorkers } from '../../shared/tabular/parquet-workers.js';

/**
 * Row groups decoded by worker threads must give exactly the table this thread gives: same values, same
 * string categories in the same order (each worker has its own dictionary), same nulls and the same
 * missing-value and type errors (rows shifted to the whole file).
 */
function writeGroups(rows: number, rowGroupSize: number): string {
  const file = join(mkdtempSync(join(tmpdir(), 'mlci-parquet-workers-')), 'data.parquet');
  parquetWriteFile({
    filename: file,
    rowGroupSize,
    columnData: [
      { name: 'x', data: Float64Array.from({ length: rows }, (_, i) => Math.sin(i) * 1000), type: 'DOUBLE' },
      { name: 'maybe', data: Array.from({ length: rows }, (_, i) => (i % 97 === 5 ? null : i / 8)), type: 'DOUBLE' },
      { name: 'count', data: Int32Array.from({ length: rows }, (_, i) => i * 7 - 500), type: 'INT32' },
      // Values that first appear in later row groups, so worker dictionaries differ from the file's order.
      { name: 'city', data: Array.from({ length: rows }, (_, i) => (i % 41 === 3 ? null : `c${(i * i) % (5 + Math.floor(i / 300))}`)), type: 'STRING' },
      { name: 'flag', data: Array.from({ length: rows }, (_, i) => i % 3 === 0), type: 'BOOLEAN' },
    ],
  });
  return file;
}

function plain(table: Table): unknown {
  return table.columns.map((column) =>
    column.type === 'string'
      ? { name: column.name, codes: Array.from(column.codes), categories: column.categories, nullCount: column.nullCount }
      : { name: column.name, type: column.type, values: Array.from(column.values), nulls: column.nulls && Array.from(column.nulls), nullCount: column.nullCount },
  );
}

async function failure(promise: Promise<unknown>): Promise<UserError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(UserError);
  return error as UserError;
}

describe('Parquet row groups decoded in worker threads', () => {
  const file = writeGroups(2000, 300);

  it('read the same table as this thread, for 2 and 3 workers and a row range', async () => {
    const alone = await readTable(file, { missing: 'allow', threads: 1 });
    expect(alone.rowCount).toBe(2000);
    for (const threads of [2, 3]) {
      const parallel = await readTable(file, { missing: 'allow', threads });
      expect(plain(parallel)).toEqual(plain(alone));
    }
    const range = { missing: 'allow' as const, rowStart: 250, rowEnd: 1650 };
    expect(plain(await readTable(file, { ...range, threads: 3 }))).toEqual(plain(await readTable(file, { ...range, threads: 1 })));
  });

  it('run in workers from source (not a silent fallback to this thread)', async () => {
    const decode = decodeInWorkers({ file, names: ['count', 'city'], types: { count: 'int', city: 'string' } }, [{ group: 1, first: 300, start: 300, end: 600 }], 1);
    expect(decode).toBeDefined();
    try {
      const [count, city] = await decode!(0);
      expect(count!.column.type === 'int' && Array.from(count!.column.values.subarray(0, 2))).toEqual([300 * 7 - 500, 301 * 7 - 500]);
      expect(city!.column.type === 'string' && city!.column.codes.length).toBe(300);
      expect(city!.nullSamples[0]).toEqual({ row: 31 }); // file row 331 = 41 × 8 + 3, numbered within the group
    } finally {
      await decode!.close();
    }
  });

  it('report missing values at the same rows', async () => {
    const alone = await failure(readTable(file, { threads: 1 }));
    const parallel = await failure(readTable(file, { threads: 2 }));
    expect(parallel.message).toBe(alone.message);
    expect(parallel.message).toMatch(/maybe \(21 missing: row 6, row 103, row 200/);
  });

  it('drop rows with missing values the same way', async () => {
    expect(plain(await readTable(file, { missing: 'drop', threads: 2 }))).toEqual(plain(await readTable(file, { missing: 'drop', threads: 1 })));
  });

  it('fail a type override the same way, as a UserError naming the column', async () => {
    const alone = await failure(readTable(file, { types: { city: 'int' }, missing: 'allow', threads: 1 }));
    const parallel = await failure(readTable(file, { types: { city: 'int' }, missing: 'allow', threads: 2 }));
    expect(parallel.message).toBe(alone.message);
    expect(parallel.fix).toMatch(/column city/);
  });

  it('stream the same batches', async () => {
    const batches = async (threads: number) => {
      const seen: unknown[] = [];
      await scanTable(file, (batch, offset) => void seen.push([offset, plain(batch)]), { batchRows: 500, threads });
      return seen;
    };
    const alone = await batches(1);
    expect(alone.length).toBeGreaterThan(2);
    expect(await batches(2)).toEqual(alone);
  });
});

import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parquetWriteFile } from 'hyparquet-writer';
import { describe, expect, it } from 'vitest';
import { profileTable } from '../../shared/data/profile.js';
import { useTempDirs } from '../helpers/temp-dir.js';

const tempDir = useTempDirs();

describe('profileTable', () => {
  it('describes each column of a CSV file: type, nulls, range, moments, distinct, top values', async () => {
    const file = join(await tempDir(), 'rows.csv');
    await writeFile(file, 'x,y,plan,label\n1,,basic,0\n2,2.5,pro,1\n,3.5,basic,0\n');
    const profile = await profileTable(file);
    expect(profile).toMatchObject({ format: 'csv', rows: 3 });
    const [x, y, plan, label] = profile.columns;
    expect(x).toMatchObject({ name: 'x', type: 'integer', min: 1, max: 2, mean: 1.5, std: 0.5, distinct: 2 });
    expect(x!.nullShare).toBeCloseTo(1 / 3, 15);
    expect(y).toMatchObject({ type: 'number', min: 2.5, max: 3.5, mean: 3 });
    expect(plan).toMatchObject({ type: 'string', distinct: 2, top: [{ value: 'basic', count: 2 }, { value: 'pro', count: 1 }] });
    expect(label).toMatchObject({ distinct: 2 });
    expect(label!.mean).toBeCloseTo(1 / 3, 15);
  });

  it('combines streamed batches exactly and estimates large distinct counts', async () => {
    const rows = 150_000;
    const file = join(await tempDir(), 'p.parquet');
    const values = Float64Array.from({ length: rows }, (_, i) => (i * 7919) % 100_003);
    parquetWriteFile({
      filename: file,
      rowGroupSize: 40_000,
      columnData: [
        { name: 'v', data: values, type: 'DOUBLE' },
        { name: 'c', data: Array.from({ length: rows }, (_, i) => (i % 10 < 7 ? 'common' : `r${i % 3}`)), type: 'STRING' },
      ],
    });
    const profile = await profileTable(file);
    const [v, c] = profile.columns;
    const mean = values.reduce((a, b) => a + b, 0) / rows;
    const variance = values.reduce((a, b) => a + (b - mean) ** 2, 0) / rows;
    expect(profile.rows).toBe(rows);
    expect(v!.mean).toBeCloseTo(mean, 6);
    expect(v!.std).toBeCloseTo(Math.sqrt(variance), 6);
    // HyperLogLog with 4096 registers: standard error about 1.6%.
    expect(Math.abs(v!.distinct - 100_003) / 100_003).toBeLessThan(0.05);
    expect(c!.top![0]).toEqual({ value: 'common', count: 105_000 });
    expect(c!.distinct).toBe(4);
  });
});

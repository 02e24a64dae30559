import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parquetWriteFile } from 'hyparquet-writer';
import { describe, expect, it } from 'vitest';
import { profileTable } from '../../shared/tabular/index.js';

describe('profileTable', () => {
  it('describes each column of a CSV file', async () => {
    const profile = await profileTable('test/fixtures/tabular/missing.csv');
    expect(profile.rowCount).toBe(3);
    const [x, y, label] = profile.columns;
    expect(x).toMatchObject({ name: 'x', type: 'int', count: 2, nullCount: 1, min: 1, max: 2, mean: 1.5, std: 0.5, distinct: 2, distinctExact: true });
    expect(y?.nullShare).toBeCloseTo(1 / 3, 15);
    expect(label).toMatchObject({ distinct: 2, mean: 1 / 3 });
  });

  it('combines batches exactly and estimates large distinct counts', async () => {
    const rows = 150_000;
    const file = join(mkdtempSync(join(tmpdir(), 'mlci-profile-')), 'p.parquet');
    const values = Float64Array.from({ length: rows }, (_, i) => (i * 7919) % 100_003);
    parquetWriteFile({
      filename: file,
      rowGroupSize: 40_000,
      columnData: [
        { name: 'v', data: values, type: 'DOUBLE' },
        { name: 'c', data: Array.from({ length: rows }, (_, i) => (i % 10 < 7 ? 'common' : `r${i % 3}`)), type: 'STRING' },
      ],
    });
    const profile = await profileTable(file, { batchRows: 50_000, topK: 2 });
    const [v, c] = profile.columns;
    const mean = values.reduce((a, b) => a + b, 0) / rows;
    const variance = values.reduce((a, b) => a + (b - mean) ** 2, 0) / rows;
    expect(v!.mean).toBeCloseTo(mean, 6);
    expect(v!.std).toBeCloseTo(Math.sqrt(variance), 6);
    expect(v!.distinctExact).toBe(false);
    expect(Math.abs(v!.distinct - 100_003) / 100_003).toBeLessThan(0.06);
    expect(c!.top).toEqual([
      { value: 'common', count: 105_000 },
      expect.objectContaining({ value: expect.stringMatching(/^r\d$/) }),
    ]);
    expect(c!.distinct).toBe(4);
  });
});

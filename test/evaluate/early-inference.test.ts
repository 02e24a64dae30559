import { join } from 'node:path';
import { parquetWriteFile } from 'hyparquet-writer';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateModel } from '../../shared/evaluate/index.js';
import type { EvaluationRecord } from '../../shared/schemas/evaluation-record.js';
import { EarlyInference } from '../../shared/evaluate/early-inference.js';
import { bindInputs, loadModel, loadOnnxRuntime, predictTable, type ModelRuntime } from '../../shared/model/index.js';
import { readTable } from '../../shared/tabular/index.js';
import { deps, model, scratch, userError } from './helpers.js';

/**
 * Inference that starts while a large Parquet file is still being read (shared/evaluate/early-inference.ts)
 * must change nothing but the time: same predictions, same record, same errors at the same rows.
 * Worker threads decode files of 200,000 rows or more, so the file here has 240,000 rows in 8 groups.
 */
const ROWS = 240_000;
const BAD_ROW = 200_123;

function writeSet(options: { nanAt?: number; rowGroupSize?: number } = {}): string {
  const file = join(scratch(), 'large.parquet');
  const feature = (k: number) => Float64Array.from({ length: ROWS }, (_, i) => (i === options.nanAt && k === 2 ? NaN : Math.sin(i * (k + 1) * 0.37) * 2 + k * 0.1));
  parquetWriteFile({
    filename: file,
    rowGroupSize: options.rowGroupSize ?? 30_000,
    columnData: [
      ...[0, 1, 2, 3].map((k) => ({ name: `f${k}`, data: feature(k), type: 'DOUBLE' as const, nullable: false })),
      { name: 'region', data: Array.from({ length: ROWS }, (_, i) => ['north', 'south', 'east'][i % 3]!), type: 'STRING' as const, nullable: false },
      { name: 'label', data: Int32Array.from({ length: ROWS }, (_, i) => (Math.sin(i * 0.37) + Math.cos(i * 0.11) > 0 ? 1 : 0)), type: 'INT32' as const, nullable: false },
    ],
  });
  return file;
}

let runtime: ModelRuntime;
let file: string;
beforeAll(async () => {
  runtime = await loadOnnxRuntime();
  file = writeSet();
});

describe('inference during the read', () => {
  const bindOptions = { exclude: ['label', 'region'] };

  async function early(file = model('binary-logreg.onnx')) {
    const candidate = await loadModel(file, { runtime });
    const inference = new EarlyInference([{ path: file, input: 'model' }], runtime, () => 4096);
    inference.bind([{ model: candidate, bindOptions }]);
    return { candidate, inference };
  }

  it('hears of rows as they land, in order, and predicts them exactly as afterwards', async () => {
    const { candidate, inference } = await early();
    const seen: number[] = [];
    const table = await readTable(file, {
      missing: 'allow',
      onRowsReady: (ready) => {
        seen.push(ready.rows);
        expect(ready.total).toBe(ROWS);
        inference.onRowsReady(ready);
      },
    });
    expect(seen).toEqual([0, 30_000, 60_000, 90_000, 120_000, 150_000, 180_000, 210_000, 240_000]);
    const binding = bindInputs(candidate, table, bindOptions);
    const worker = inference.take(0, table, binding);
    expect(worker, 'the worker was handed over').toBeDefined();
    const streamed = await worker!.finish();
    const afterwards = await predictTable(candidate, binding, table, { batchRows: 4096 });
    expect(streamed.rows).toBe(ROWS);
    expect(Array.from(streamed.values)).toEqual(Array.from(afterwards.values));
  });

  it('hears of the first rows of a large first row group before the rest of it is decoded', async () => {
    const oneGroup = writeSet({ rowGroupSize: ROWS });
    const { candidate, inference } = await early();
    const seen: number[] = [];
    const table = await readTable(oneGroup, { missing: 'allow', onRowsReady: (ready) => (seen.push(ready.rows), inference.onRowsReady(ready)) });
    expect(seen).toEqual([0, 65_536, ROWS]);
    expect(table.rowCount).toBe(ROWS);
    const binding = bindInputs(candidate, table, bindOptions);
    const streamed = await inference.take(0, table, binding)!.finish();
    expect(Array.from(streamed.values)).toEqual(Array.from((await predictTable(candidate, binding, table, { batchRows: 4096 })).values));
    expect(table).toEqual(await readTable(oneGroup, { missing: 'allow', threads: 1 }));
  });

  it('is not handed over for another table (rows dropped) or another binding', async () => {
    const first = await early();
    const table = await readTable(file, { missing: 'allow', onRowsReady: first.inference.onRowsReady });
    const reordered = bindInputs(first.candidate, table, { features: ['f1', 'f0', 'f2', 'f3'], exclude: [] });
    expect(first.inference.take(0, table, reordered)).toBeUndefined();
    const again = await early();
    await readTable(file, { missing: 'allow', onRowsReady: again.inference.onRowsReady });
    const copy = await readTable(file, { missing: 'allow', threads: 1 });
    expect(again.inference.take(0, copy, bindInputs(again.candidate, copy, bindOptions))).toBeUndefined();
  });

  it('gives the same record as evaluating after the read, with and without a baseline', async () => {
    const single = { model: model('binary-logreg.onnx'), data: file, label: 'label', slices: ['region'], explain: 'none' as const, resamples: 50 };
    const comparable = ({ timings: _timings, ...record }: EvaluationRecord) => record;
    for (const options of [single, { ...single, baselineModel: model('binary-logreg-baseline.onnx') }]) {
      const streamed = (await evaluateModel(options, deps())) as EvaluationRecord;
      // Dropping rows with missing values turns the head start off; there are none to drop here.
      const afterwards = (await evaluateModel({ ...options, missing: 'drop' }, deps())) as EvaluationRecord;
      expect(comparable(streamed)).toEqual(comparable(afterwards));
      expect(streamed.rows).toBe(ROWS);
    }
  });

  it('stops at a NaN feature, and evaluate then reports it at its row', async () => {
    const bad = writeSet({ nanAt: BAD_ROW });
    const error = await userError(evaluateModel({ model: model('binary-logreg.onnx'), data: bad, label: 'label', explain: 'none', missing: 'allow' }, deps()));
    expect(error.message).toMatch(new RegExp(`column 'f2' has NaN at row ${BAD_ROW + 1}`));
  });
});

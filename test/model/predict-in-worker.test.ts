import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../shared/errors.js';
import { bindInputs, loadModel, loadOnnxRuntime, predictTable, type ModelRuntime } from '../../shared/model/index.js';
import { predictInWorker, PredictionWorker } from '../../shared/model/predict-in-worker.js';
import { readTable, type Table } from '../../shared/tabular/index.js';

/**
 * A model's session in a worker thread, fed batches by this thread (evaluate's baseline, and every
 * model while a large file is read) must give exactly what predictTable gives in this thread, and its
 * errors must be the same UserErrors.
 */
const models = 'test/fixtures/models';
const data = 'test/fixtures/evaluate';
const exclude = ['label', 'region', 'segment', 'species'];

let runtime: ModelRuntime;
let binary: Table;
beforeAll(async () => {
  runtime = await loadOnnxRuntime();
  binary = await readTable(join(data, 'binary.csv'));
});

async function both(file: string, table: Table, range: { start: number; end: number }, features?: string[]) {
  const model = await loadModel(join(models, file), { runtime, input: 'baseline-model' });
  const binding = bindInputs(model, table, { exclude, ...(features ? { features } : {}) });
  const here = await predictTable(model, binding, table, { ...range, batchRows: 7 });
  const worker = predictInWorker(model, binding, table, { ...range, batchRows: 7, input: 'baseline-model' });
  expect(worker, 'a worker was started (not the in-thread fallback)').toBeDefined();
  return { here, there: await worker!.finish() };
}

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => undefined,
    (error: unknown) => error,
  );
}

describe('PredictionWorker', () => {
  it('predicts what this thread predicts, for the matrix and named-input bindings and a row range', async () => {
    for (const file of ['binary-logreg.onnx', 'binary-named-inputs.onnx', 'multiclass-softmax.onnx', 'binary-label-only.onnx', 'binary-logreg-float64.onnx']) {
      const table = file.startsWith('multiclass') ? await readTable(join(data, 'multiclass.csv')) : binary;
      const range = { start: 3, end: table.rowCount - 2 };
      const { here, there } = await both(file, table, range);
      expect({ ...there, values: Array.from(there.values) }, file).toEqual({ ...here, values: Array.from(here.values) });
      expect(there.values.constructor, file).toBe(here.values.constructor);
    }
  });

  it('predicts rows as they become final, in uneven steps, the same batches as predictTable', async () => {
    const model = await loadModel(join(models, 'binary-logreg.onnx'), { runtime });
    const binding = bindInputs(model, binary, { exclude });
    const worker = PredictionWorker.start(model, runtime, 'model')!;
    worker.begin(model, binding, binary, { start: 0, end: binary.rowCount }, 16);
    // Rows arrive in uneven steps; the last batch is shorter than the others.
    for (const row of [5, 17, 40, 41, binary.rowCount - 3]) worker.rowsReady(row);
    const there = await worker.finish();
    const here = await predictTable(model, binding, binary, { batchRows: 16 });
    expect(Array.from(there.values)).toEqual(Array.from(here.values));
    expect(binary.rowCount % 16, 'the fixture ends in a partial batch').not.toBe(0);
  });

  it('tells a listener of stored rows in order, the backlog first, and goes on without one that throws', async () => {
    const model = await loadModel(join(models, 'binary-logreg.onnx'), { runtime });
    const binding = bindInputs(model, binary, { exclude });
    const worker = PredictionWorker.start(model, runtime, 'model')!;
    worker.begin(model, binding, binary, { start: 0, end: binary.rowCount }, 8);
    worker.rowsReady(40);
    // Wait until some rows are stored before listening: they are the backlog.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const told: Array<[number, number]> = [];
    const copies: number[] = [];
    worker.onStored((values, from, to) => {
      told.push([from, to]);
      copies.push(...values.subarray(from * 2, to * 2));
    });
    const predictions = await worker.finish();
    expect(told[0]![0]).toBe(0);
    expect(told.at(-1)![1]).toBe(binary.rowCount);
    told.forEach(([from], i) => i > 0 && expect(from, 'contiguous').toBe(told[i - 1]![1]));
    expect(copies).toEqual(Array.from(predictions.values));

    const throwing = PredictionWorker.start(model, runtime, 'model')!;
    throwing.begin(model, binding, binary, { start: 0, end: binary.rowCount }, 8);
    let calls = 0;
    throwing.onStored(() => {
      calls += 1;
      throw new Error('listener failed');
    });
    expect(Array.from((await throwing.finish()).values)).toEqual(Array.from(predictions.values));
    expect(calls, 'dropped after it threw').toBe(1);
  });

  it('settles with the predictions when the worker exits while a slow listener still catches up', async () => {
    const model = await loadModel(join(models, 'binary-logreg.onnx'), { runtime });
    const rows = 300_000;
    const column = (k: number) => ({ name: `f${k}`, type: 'number' as const, values: Float64Array.from({ length: rows }, (_, i) => Math.sin(i * (k + 1))), nullCount: 0 });
    const table: Table = { columns: [0, 1, 2, 3].map(column), rowCount: rows, file: 'synthetic.parquet', format: 'parquet' };
    const binding = bindInputs(model, table, { exclude: [] });
    const worker = PredictionWorker.start(model, runtime, 'model')!;
    worker.begin(model, binding, table, { start: 0, end: rows }, 32_768);
    worker.rowsReady(rows);
    // Every row is stored long before a listener this slow has heard of them all: the worker exits meanwhile.
    await new Promise((resolve) => setTimeout(resolve, 300));
    let heard = 0;
    worker.onStored((_values, from, to) => {
      heard = to;
      const until = performance.now() + 40;
      while (performance.now() < until);
    });
    const predictions = await worker.finish();
    expect(heard).toBe(rows);
    expect(Array.from(predictions.values.subarray(0, 20))).toEqual(Array.from((await predictTable(model, binding, table, { end: 10, batchRows: 32_768 })).values));
  });

  it('brings a session error back as the UserError this thread raises, with its message, row and fix', async () => {
    const model = await loadModel(join(models, 'nan-output.onnx'), { runtime });
    const binding = bindInputs(model, binary, { exclude });
    const error = await failure(predictInWorker(model, binding, binary, { start: 0, end: binary.rowCount, batchRows: 64, input: 'model' })!.finish());
    const expected = (await failure(predictTable(model, binding, binary))) as UserError;
    expect(expected).toBeInstanceOf(UserError);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toBe(expected.message);
    expect((error as UserError).location).toEqual(expected.location);
    expect((error as UserError).fix).toBe(expected.fix);
  });

  it('reports a feature this thread cannot feed (a fraction for an integer input) as predictTable does', async () => {
    const model = await loadModel(join(models, 'binary-int64-input.onnx'), { runtime });
    const binding = bindInputs(model, binary, { features: ['f0', 'f1', 'f2'], exclude });
    const error = await failure(predictInWorker(model, binding, binary, { start: 0, end: binary.rowCount, batchRows: 64, input: 'baseline-model' })!.finish());
    const expected = (await failure(predictTable(model, binding, binary))) as UserError;
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toBe(expected.message);
    expect((error as UserError).location).toEqual(expected.location);
  });

  it('fails to start a model the runtime cannot load, and stops when told', async () => {
    const model = await loadModel(join(models, 'binary-logreg.onnx'), { runtime });
    const binding = bindInputs(model, binary, { exclude });
    const missing = PredictionWorker.start({ path: join(models, 'no-such-model.onnx') }, runtime, 'baseline-model')!;
    missing.begin(model, binding, binary, { start: 0, end: binary.rowCount }, 64);
    const error = await failure(missing.finish());
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toMatch(/no-such-model\.onnx does not exist/);
    expect((error as UserError).location.input).toBe('baseline-model');

    const stopped = PredictionWorker.start(model, runtime, 'model')!;
    stopped.begin(model, binding, binary, { start: 0, end: binary.rowCount }, 64);
    stopped.stop();
    expect(String(await failure(stopped.finish()))).toMatch(/was stopped/);
  });

  it('is not used with a runtime that cannot be imported in a worker', async () => {
    const model = await loadModel(join(models, 'binary-logreg.onnx'), { runtime });
    expect(PredictionWorker.start(model, {}, 'model')).toBeUndefined();
  });
});

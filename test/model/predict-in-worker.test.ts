import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../shared/errors.js';
import { bindInputs, loadModel, loadOnnxRuntime, predictTable, type ModelRuntime } from '../../shared/model/index.js';
import { predictInWorker } from '../../shared/model/predict-in-worker.js';
import { readTable, type Table } from '../../shared/tabular/index.js';

/**
 * A second model predicted in a worker thread (evaluate's baseline) must give exactly what this thread
 * gives, and its errors must arrive as the same UserErrors.
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
  const worker = predictInWorker(model, binding, table, { ...range, batchRows: 7, runtime, input: 'baseline-model' });
  expect(worker, 'a worker was started (not the in-thread fallback)').toBeDefined();
  return { here, there: await worker! };
}

describe('predictInWorker', () => {
  it('predicts what this thread predicts, for the matrix and named-input bindings and a row range', async () => {
    for (const file of ['binary-logreg.onnx', 'binary-named-inputs.onnx', 'multiclass-softmax.onnx']) {
      const table = file.startsWith('multiclass') ? await readTable(join(data, 'multiclass.csv')) : binary;
      const range = { start: 3, end: table.rowCount - 2 };
      const { here, there } = await both(file, table, range);
      expect(there.values.buffer).toBeInstanceOf(SharedArrayBuffer);
      expect({ ...there, values: Array.from(there.values) }, file).toEqual({ ...here, values: Array.from(here.values) });
    }
  });

  it('brings a UserError back with its message, row and fix', async () => {
    const table = await readTable(join(data, 'binary.csv'));
    const model = await loadModel(join(models, 'binary-int64-input.onnx'), { runtime });
    const binding = bindInputs(model, table, { features: ['f0', 'f1', 'f2'], exclude });
    const error = await predictInWorker(model, binding, table, { start: 0, end: table.rowCount, batchRows: 64, runtime, input: 'baseline-model' })!.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UserError);
    const expected = await predictTable(model, binding, table).then(() => undefined, (e: unknown) => e as UserError);
    expect((error as UserError).message).toBe(expected!.message);
    expect((error as UserError).location).toEqual(expected!.location);
    expect((error as UserError).fix).toBe(expected!.fix);
  });

  it('is not used with a runtime that cannot be imported in a worker', async () => {
    const model = await loadModel(join(models, 'binary-logreg.onnx'), { runtime });
    const binding = bindInputs(model, binary, { exclude });
    expect(predictInWorker(model, binding, binary, { start: 0, end: 10, batchRows: 64, runtime: {}, input: 'model' })).toBeUndefined();
  });
});

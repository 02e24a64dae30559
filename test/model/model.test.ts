import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../../shared/errors.js';
import { bindInputs, loadModel, loadOnnxRuntime, matrixPredictor, predictTable, stripZipMap, type ModelRuntime } from '../../shared/model/index.js';
import { readTable, type Table } from '../../shared/tabular/index.js';

const models = 'test/fixtures/models';
const data = 'test/fixtures/evaluate';
const references = JSON.parse(readFileSync(join(data, 'references.json'), 'utf8')) as {
  binary: { probability: number[] };
  int64: { probability: number[] };
  multiclass: { probability: number[][] };
  regression: { prediction: number[] };
};

let runtime: ModelRuntime;
let binary: Table;
beforeAll(async () => {
  runtime = await loadOnnxRuntime();
  binary = await readTable(join(data, 'binary.csv'));
});

const exclude = ['label', 'region', 'segment'];

async function positiveScores(modelFile: string, table: Table, features?: string[]): Promise<number[]> {
  const model = await loadModel(join(models, modelFile), { runtime });
  const binding = bindInputs(model, table, { features, exclude });
  const predictions = await predictTable(model, binding, table, { batchRows: 64 });
  return Array.from({ length: predictions.rows }, (_, i) => predictions.values[i * predictions.width + predictions.width - 1]!);
}

function expectClose(actual: ArrayLike<number>, expected: ArrayLike<number>, tolerance: number): void {
  expect(actual.length).toBe(expected.length);
  let worst = 0;
  for (let i = 0; i < actual.length; i += 1) worst = Math.max(worst, Math.abs(actual[i]! - expected[i]!));
  expect(worst).toBeLessThan(tolerance);
}

async function userError(promise: Promise<unknown>): Promise<UserError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(UserError);
  return error as UserError;
}

describe('loadModel and predictTable on real ONNX models', () => {
  it('reads probabilities [N, 2] of a logistic regression, batched, as scikit-learn computes them (float32)', async () => {
    const model = await loadModel(join(models, 'binary-logreg.onnx'), { runtime });
    expect(model.task).toBe('binary');
    expect(model.plan).toMatchObject({ kind: 'probabilities', output: 'probabilities', width: 2, dtype: 'float32' });
    expect(model.digest).toMatch(/^sha256:[0-9a-f]{64}$/);
    expectClose(await positiveScores('binary-logreg.onnx', binary), references.binary.probability, 1e-6);
  });

  it('reads the ZipMap variant through its probability tensor and keeps its class labels', async () => {
    const model = await loadModel(join(models, 'binary-logreg-zipmap.onnx'), { runtime });
    expect(model.plan.classes).toEqual(['0', '1']);
    expectClose(await positiveScores('binary-logreg-zipmap.onnx', binary), references.binary.probability, 1e-6);
  });

  it('reads a single score [N] as P(positive)', async () => {
    const model = await loadModel(join(models, 'binary-score.onnx'), { runtime });
    expect(model.plan).toMatchObject({ kind: 'score', width: 1 });
    expect(model.task).toBe('binary');
    expectClose(await positiveScores('binary-score.onnx', binary), references.binary.probability, 1e-6);
  });

  it('feeds float64 inputs and reads float64 probabilities', async () => {
    const model = await loadModel(join(models, 'binary-logreg-float64.onnx'), { runtime });
    expect(model.plan.dtype).toBe('float64');
    expectClose(await positiveScores('binary-logreg-float64.onnx', binary), references.binary.probability, 1e-12);
  });

  it('feeds per-column named inputs [N, 1] by column name', async () => {
    const model = await loadModel(join(models, 'binary-named-inputs.onnx'), { runtime });
    const binding = bindInputs(model, binary, { exclude });
    expect(binding.mode).toBe('named');
    expect(binding.features).toEqual(['f0', 'f1', 'f2', 'f3']);
    expectClose(await positiveScores('binary-named-inputs.onnx', binary), references.binary.probability, 1e-6);
  });

  it('feeds int64 inputs', async () => {
    const table = await readTable(join(data, 'int64.csv'));
    expectClose(await positiveScores('binary-int64-input.onnx', table), references.int64.probability, 1e-6);
  });

  it('reads multiclass softmax probabilities [N, 3]', async () => {
    const table = await readTable(join(data, 'multiclass.csv'));
    const model = await loadModel(join(models, 'multiclass-softmax.onnx'), { runtime });
    expect(model.task).toBe('multiclass');
    const predictions = await predictTable(model, bindInputs(model, table, { exclude: ['species'] }), table);
    expectClose(predictions.values, references.multiclass.probability.flat(), 1e-6);
  });

  it('reads a regression output [N, 1]', async () => {
    const table = await readTable(join(data, 'regression.csv'));
    const model = await loadModel(join(models, 'regression-linear.onnx'), { runtime });
    expect(model.task).toBe('regression');
    expect(model.plan.kind).toBe('values');
    const predictions = await predictTable(model, bindInputs(model, table, { exclude: ['target'] }), table);
    expectClose(predictions.values, references.regression.prediction, 1e-3);
  });

  it('runs row-major matrices through matrixPredictor (the PredictFn of explain)', async () => {
    const model = await loadModel(join(models, 'binary-logreg.onnx'), { runtime });
    const binding = bindInputs(model, binary, { exclude });
    const matrix = new Float64Array(binary.rowCount * 4);
    const columns = ['f0', 'f1', 'f2', 'f3'].map((n) => binary.columns.find((c) => c.name === n)!);
    for (let r = 0; r < binary.rowCount; r += 1) columns.forEach((c, j) => (matrix[r * 4 + j] = (c as { values: Float64Array }).values[r]!));
    expectClose(await matrixPredictor(model, binding)(matrix, binary.rowCount, 4), references.binary.probability, 1e-6);
  });

  it('leaves a model without ZipMap byte for byte unchanged', () => {
    const bytes = readFileSync(join(models, 'binary-logreg.onnx'));
    expect(stripZipMap(bytes).model).toBe(bytes);
  });
});

describe('bad models and inputs', () => {
  it('model file missing', async () => {
    const error = await userError(loadModel(join(models, 'nope.onnx'), { runtime }));
    expect(error.message).toMatch(/does not exist/);
    expect(error.location.input).toBe('model');
  });

  it('model file that is not ONNX', async () => {
    const error = await userError(loadModel(join(data, 'binary.csv'), { runtime, input: 'baseline-model' }));
    expect(error.message).toMatch(/not an ONNX model/);
    expect(error.location.input).toBe('baseline-model');
    const dir = mkdtempSync(join(tmpdir(), 'mlci-model-'));
    writeFileSync(join(dir, 'empty.onnx'), '');
    expect((await userError(loadModel(join(dir, 'empty.onnx'), { runtime }))).message).toMatch(/empty/);
  });

  it('feature count that does not match the [N, F] input names the expected shape', async () => {
    const model = await loadModel(join(models, 'binary-logreg.onnx'), { runtime });
    expect(() => bindInputs(model, binary, { features: ['f0', 'f1', 'f2'], exclude })).toThrowError(/input float32 \[N, 4\] expects 4 features per row, but evaluate has the 3 listed features/);
  });

  it('text column fed to a float input names the column and the expected type', async () => {
    const model = await loadModel(join(models, 'binary-logreg.onnx'), { runtime });
    expect(() => bindInputs(model, binary, { features: ['f0', 'f1', 'region', 'f3'], exclude })).toThrowError(/column 'region' is text .* takes float32 numbers/);
  });

  it('a named input without a column of that name', async () => {
    const model = await loadModel(join(models, 'binary-named-inputs.onnx'), { runtime });
    const table = await readTable(join(data, 'binary.csv'), { columns: ['f0', 'f1', 'f2', 'label'] });
    expect(() => bindInputs(model, table, { exclude })).toThrowError(/model input f3 float32 \[N, 1\] has no column of that name/);
  });

  it('a fraction fed to an int64 input names the row', async () => {
    const model = await loadModel(join(models, 'binary-int64-input.onnx'), { runtime });
    const table = await readTable(join(data, 'binary.csv'));
    const binding = bindInputs(model, table, { features: ['f0', 'f1', 'f2'], exclude });
    const error = await userError(predictTable(model, binding, table));
    expect(error.message).toMatch(/column 'f0' has 2.1788, not an integer \(the model input is int64\) at line 2/);
    expect(error.location.line).toBe(2);
  });

  it('a task that does not fit the outputs', async () => {
    const error = await userError(loadModel(join(models, 'binary-logreg.onnx'), { runtime, task: 'multiclass' }));
    expect(error.message).toMatch(/task 'multiclass' does not fit/);
    expect(error.fix).toMatch(/'binary'/);
  });
});

import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as ort from 'onnxruntime-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseTrainingCsv, type TrainingSet } from '../../shared/trainer/dataset.js';
import { modelToOnnx, predictLabels, predictProbabilities, type BinaryClassifier } from '../../shared/trainer/model.js';
import { trainBinaryClassifier, trainModelFromFiles } from '../../shared/trainer/train-model.js';
import { trainerSettings } from '../../shared/trainer/trainer-params.js';
import { parseParamsText } from '../../shared/train/params-file.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/train');

interface Reference {
  features: string[];
  label: string;
  logistic_regression: { params: Record<string, unknown>; coefficients: number[]; intercept: number; probabilities: number[] };
  gradient_boosting: { params: Record<string, unknown>; probabilities: number[] };
}

let data: TrainingSet;
let reference: Reference;
let dir: string;

beforeAll(async () => {
  data = parseTrainingCsv(await readFile(join(FIXTURES, 'churn-train.csv'), 'utf8'), { label: 'churned', source: 'churn-train.csv' });
  reference = JSON.parse(await readFile(join(FIXTURES, 'sklearn-reference.json'), 'utf8')) as Reference;
  dir = await mkdtemp(join(tmpdir(), 'mlci-trainer-'));
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

function fit(params: Record<string, unknown>): BinaryClassifier {
  return trainBinaryClassifier(data, trainerSettings(parseParamsText(JSON.stringify(params), 'params.json')).params);
}

/** Runs the ONNX bytes in onnxruntime-node and returns its two outputs. */
async function runOnnx(bytes: Uint8Array, set: TrainingSet): Promise<{ labels: BigInt64Array; probabilities: Float32Array }> {
  const session = await ort.InferenceSession.create(bytes);
  expect(session.inputNames).toEqual(['features']);
  expect(session.outputNames).toEqual(['label', 'probabilities']);
  const input = new ort.Tensor('float32', set.features, [set.rows, set.featureNames.length]);
  const result = await session.run({ features: input });
  expect(result.label!.dims).toEqual([set.rows]);
  expect(result.probabilities!.dims).toEqual([set.rows, 2]);
  return { labels: result.label!.data as BigInt64Array, probabilities: result.probabilities!.data as Float32Array };
}

async function expectOnnxAgrees(model: BinaryClassifier): Promise<void> {
  const own = predictProbabilities(model, data.features, data.rows);
  const ownLabels = predictLabels(own);
  const onnx = await runOnnx(modelToOnnx(model), data);
  for (let r = 0; r < data.rows; r++) {
    expect(onnx.probabilities[2 * r + 1]).toBeCloseTo(own[r]!, 5);
    expect(onnx.probabilities[2 * r]).toBeCloseTo(1 - own[r]!, 5);
    // Labels can only differ where P(1) is within float32 noise of 0.5.
    if (Math.abs(own[r]! - 0.5) > 1e-5) expect(Number(onnx.labels[r])).toBe(ownLabels[r]);
  }
}

describe('logistic regression', () => {
  it('matches scikit-learn coefficients and probabilities', () => {
    const model = fit(reference.logistic_regression.params);
    if (model.kind !== 'logistic-regression') throw new Error('wrong family');
    expect(model.converged).toBe(true);
    model.coefficients.forEach((c, i) => expect(c).toBeCloseTo(reference.logistic_regression.coefficients[i]!, 4));
    expect(model.intercept).toBeCloseTo(reference.logistic_regression.intercept, 4);
    const p = predictProbabilities(model, data.features, data.rows);
    reference.logistic_regression.probabilities.forEach((q, r) => expect(p[r]).toBeCloseTo(q, 5));
  });

  it('writes an ONNX file whose predictions equal the trainer\'s', async () => {
    await expectOnnxAgrees(fit({ model: 'logistic-regression', C: 0.5 }));
  });
});

describe('gradient boosting', () => {
  it('matches scikit-learn GradientBoostingClassifier probabilities', () => {
    const model = fit(reference.gradient_boosting.params);
    const p = predictProbabilities(model, data.features, data.rows);
    reference.gradient_boosting.probabilities.forEach((q, r) => expect(p[r]).toBeCloseTo(q, 4));
  });

  it('writes an ONNX tree ensemble whose predictions equal the trainer\'s', async () => {
    await expectOnnxAgrees(fit({ model: 'gradient-boosting', n_estimators: 15, max_depth: 3, learning_rate: 0.3 }));
  });

  it('is deterministic: the same data and params give the same ONNX bytes', () => {
    const params = { model: 'gradient-boosting', n_estimators: 5, max_depth: 2 };
    expect(Buffer.from(modelToOnnx(fit(params))).equals(Buffer.from(modelToOnnx(fit(params))))).toBe(true);
  });
});

describe('trainModelFromFiles', () => {
  it('writes model and metrics files', async () => {
    const params = join(dir, 'params.yaml');
    await writeFile(params, 'model: gradient-boosting\nn_estimators: 10\nlabel: churned\n');
    const out = join(dir, 'out/model.onnx');
    const metricsFile = join(dir, 'out/metrics.json');
    const result = await trainModelFromFiles({ data: join(FIXTURES, 'churn-train.csv'), params, out, metrics: metricsFile });
    const metrics = JSON.parse(await readFile(metricsFile, 'utf8')) as Record<string, number>;
    expect(metrics).toMatchObject({ model: 'gradient-boosting', n_samples: 400, n_features: 5 });
    expect(metrics.accuracy).toBeGreaterThan(0.6);
    const onnx = await runOnnx(await readFile(out), data);
    let correct = 0;
    for (let r = 0; r < data.rows; r++) if (Number(onnx.labels[r]) === data.labels[r]) correct += 1;
    expect(correct / data.rows).toBeCloseTo(metrics.accuracy!, 10);
    expect(result.modelDigest).toMatch(/^sha256:[0-9a-f]{64}$/);
  });
});

import { describe, expect, it } from 'vitest';
import { evaluateModel, runEvaluate, readEvaluationRecord } from '../../shared/evaluate/index.js';
import type { EvaluationRecord } from '../../shared/schemas/evaluation-record.js';
import { data, deps, model, parquetCopy, references, scratch } from './helpers.js';
import { join } from 'node:path';

/** Float32 inference vs scikit-learn's float64 probabilities: rank and label metrics agree exactly, losses to float32 precision. */
function expectMetrics(actual: Record<string, unknown>, expected: Record<string, number>, tolerance: number): void {
  for (const [name, value] of Object.entries(expected)) {
    expect(typeof actual[name], name).toBe('number');
    expect(Math.abs((actual[name] as number) - value), `${name}: ${String(actual[name])} vs ${value}`).toBeLessThan(tolerance);
  }
}

describe('evaluateModel', () => {
  it('computes scikit-learn metrics, slices and the baseline comparison of a binary model', async () => {
    const record = (await evaluateModel(
      { model: model('binary-logreg.onnx'), baselineModel: model('binary-logreg-baseline.onnx'), data: data('binary.csv'), label: 'label', slices: ['region'], explain: 'none', seed: 7, resamples: 200 },
      deps(),
    )) as EvaluationRecord;
    expect(record.kind).toBe('evaluation-record');
    expect(record.task).toBe('binary');
    expect(record.rows).toBe(references.binary.rows);
    expect(record.classes).toEqual(['0', '1']);
    expect(record.positiveLabel).toBe('1');
    expect(record.features).toEqual(['f0', 'f1', 'f2', 'f3']);
    expectMetrics(record.metrics, references.binary.metrics, 1e-6);
    expectMetrics(record.baselineMetrics!, references.binary.baselineMetrics, 1e-6);
    expect(record.confusionMatrix).toEqual({ labels: ['0', '1'], counts: references.binary.confusionMatrix });
    const region = record.slices[0]!;
    const expectedGroups = Object.entries(references.binary.regionSlices).filter(([, s]) => s.n >= 30);
    expect(region.groups.map((g) => [g.value, g.n])).toEqual(expectedGroups.map(([v, s]) => [v, s.n]).sort());
    for (const group of region.groups) expect(group.metrics.accuracy).toBeCloseTo(references.binary.regionSlices[group.value]!.accuracy, 12);
    expect(region.excluded).toEqual([{ value: 'west', n: references.binary.regionSlices.west!.n }]);
    const accuracy = record.comparison!.metrics.accuracy!;
    expect(accuracy.method).toBe('mcnemar-exact');
    expect(accuracy.delta).toBeCloseTo(references.binary.metrics.accuracy! - references.binary.baselineMetrics.accuracy!, 12);
    expect(record.comparison!.metrics.roc_auc!.method).toBe('delong');
    expect(record.comparison!.bootstrap).toEqual({ resamples: 200, seed: 7 });
    expect(record.runtime.onnxruntime).toBe('1.30.0');
    expect(record.timings.totalMs).toBeGreaterThan(0);
  });

  it('takes the positive label from positive-label (class 0 here: its probability column and confusion order)', async () => {
    const record = (await evaluateModel({ model: model('binary-logreg.onnx'), data: data('binary.csv'), label: 'label', positiveLabel: '0', explain: 'none' }, deps())) as EvaluationRecord;
    const [[tn, fp], [fn, tp]] = references.binary.confusionMatrix as [[number, number], [number, number]];
    expect(record.positiveLabel).toBe('0');
    expect(record.confusionMatrix).toEqual({ labels: ['1', '0'], counts: [[tp, fn], [fp, tn]] });
    expect(record.metrics.recall).toBeCloseTo(tn / (tn + fp), 12);
    expect(record.metrics.roc_auc).toBeCloseTo(references.binary.metrics.roc_auc!, 6);
  });

  it('applies the threshold to label metrics', async () => {
    const record = (await evaluateModel({ model: model('binary-logreg.onnx'), data: data('binary.csv'), label: 'label', threshold: 0.7, explain: 'none' }, deps())) as EvaluationRecord;
    expectMetrics(record.metrics, references.binary.thresholdMetrics, 1e-6);
  });

  it('reads the same figures from JSONL and Parquet as from CSV', async () => {
    const options = { model: model('binary-logreg.onnx'), label: 'label', slices: ['region'], explain: 'none' as const };
    const csv = (await evaluateModel({ ...options, data: data('binary.csv') }, deps())) as EvaluationRecord;
    const jsonl = (await evaluateModel({ ...options, data: data('binary.jsonl') }, deps())) as EvaluationRecord;
    expect(jsonl.metrics).toEqual(csv.metrics);
    expect(jsonl.slices).toEqual(csv.slices);
    expect(jsonl.data.format).toBe('jsonl');
    const parquet = (await evaluateModel({ ...options, data: await parquetCopy(data('binary.csv')) }, deps())) as EvaluationRecord;
    expect(parquet.metrics).toEqual(csv.metrics);
    expect(parquet.slices).toEqual(csv.slices);
    expect(parquet.data.format).toBe('parquet');
  });

  it('evaluates multiclass, regression, ZipMap, float64, int64 and per-column-input models', async () => {
    const multiclass = (await evaluateModel({ model: model('multiclass-softmax.onnx'), data: data('multiclass.csv'), label: 'species', explain: 'none' }, deps())) as EvaluationRecord;
    expect(multiclass.task).toBe('multiclass');
    expectMetrics(multiclass.metrics, references.multiclass.metrics, 1e-6);
    const regression = (await evaluateModel({ model: model('regression-linear.onnx'), data: data('regression.csv'), label: 'target', explain: 'none' }, deps())) as EvaluationRecord;
    expect(regression.task).toBe('regression');
    expectMetrics(regression.metrics, { r2: references.regression.metrics.r2!, mape: references.regression.metrics.mape! }, 1e-6);
    expect(Math.abs((regression.metrics.mae as number) - references.regression.metrics.mae!) / references.regression.metrics.mae!).toBeLessThan(1e-6);
    for (const file of ['binary-logreg-zipmap.onnx', 'binary-logreg-float64.onnx', 'binary-named-inputs.onnx', 'binary-score.onnx']) {
      const record = (await evaluateModel({ model: model(file), data: data('binary.csv'), label: 'label', explain: 'none' }, deps())) as EvaluationRecord;
      expectMetrics(record.metrics, references.binary.metrics, 1e-6);
    }
    const int64 = (await evaluateModel({ model: model('binary-int64-input.onnx'), data: data('int64.csv'), label: 'label', explain: 'none' }, deps())) as EvaluationRecord;
    expectMetrics(int64.metrics, references.int64.metrics, 1e-6);
  });

  it('reads a label-only classifier as hard 0/1 scores, as scikit-learn scores y_pred', async () => {
    const record = (await evaluateModel({ model: model('binary-label-only.onnx'), data: data('binary.csv'), label: 'label', explain: 'none' }, deps())) as EvaluationRecord;
    expect(record.task).toBe('binary');
    const { log_loss: logLoss, ...exact } = references.binary.labelOnlyMetrics;
    expectMetrics(record.metrics, exact, 1e-12);
    expect(Math.abs((record.metrics.log_loss as number) - logLoss!) / logLoss!).toBeLessThan(1e-9);
  });

  it('writes a record that validates on read, and the compact metrics output', async () => {
    const dir = scratch();
    const result = await runEvaluate({ model: model('binary-logreg.onnx'), data: data('binary.csv'), label: 'label', output: join(dir, 'out', 'record.json'), explain: 'none' }, deps());
    const read = await readEvaluationRecord(result.path);
    expect(read.metrics).toEqual((result.record as EvaluationRecord).metrics);
    expect(result.metrics?.metrics.accuracy).toBe(read.metrics.accuracy);
    expect(result.summary).toMatch(/\| accuracy +\| +0\.\d{4} \|/);
  });
});

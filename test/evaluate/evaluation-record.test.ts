import { describe, expect, it } from 'vitest';
import { digestBytes } from '../../shared/digest.js';
import {
  compactMetrics,
  evaluationRecordType,
  type EvaluationRecord,
} from '../../shared/schemas/evaluation-record.js';
import { UserError } from '../../shared/errors.js';

function sampleRecord(): EvaluationRecord {
  const model = { digest: digestBytes('model'), name: 'model.onnx', inputs: [{ name: 'x', type: 'float32', shape: ['N', 3] }], outputs: [] };
  return {
    kind: 'evaluation-record',
    schemaVersion: 1,
    createdAt: '2026-11-30T07:00:00.000Z',
    task: 'binary',
    model,
    baseline: { ...model, digest: digestBytes('baseline') },
    data: { digest: digestBytes('data'), source: 'eval.csv', format: 'csv' },
    rows: 100,
    label: 'y',
    features: ['a', 'b', 'c'],
    positiveLabel: '1',
    threshold: 0.5,
    classes: ['0', '1'],
    metrics: { accuracy: 0.9, roc_auc: { undefined: 'only one class in y_true' } },
    confusionMatrix: { labels: ['0', '1'], counts: [[40, 5], [5, 50]] },
    slices: [{ column: 'region', minSize: 30, groups: [{ value: 'north', n: 60, metrics: { accuracy: 0.9 } }], excluded: [{ value: 'south', n: 10 }] }],
    comparison: {
      confidence: 0.95,
      bootstrap: { resamples: 1000, seed: 7 },
      metrics: {
        accuracy: { candidate: 0.9, baseline: 0.85, delta: 0.05, ci: [0.01, 0.09], method: 'mcnemar-exact', pValue: 0.02, significant: true, mde: 0.04, higherIsBetter: true },
        roc_auc: { candidate: { undefined: 'x' }, baseline: 0.8, delta: { undefined: 'x' }, ci: { undefined: 'x' }, method: 'delong', significant: false, mde: { undefined: 'x' }, higherIsBetter: true },
      },
    },
    timings: { readMs: 1, totalMs: 2 },
    runtime: { node: 'v20', onnxruntime: '1.30.0', mlci: '0.1.0' },
    seed: 7,
  };
}

describe('evaluation record schema', () => {
  it('accepts a complete record and round-trips it canonically', () => {
    const text = evaluationRecordType.serialize(sampleRecord());
    expect(evaluationRecordType.parse(text, 'r.json')).toEqual(sampleRecord());
  });

  it('rejects a NaN-like metric written as a string and names the field', () => {
    const bad = { ...sampleRecord(), metrics: { accuracy: 'NaN' } } as unknown as EvaluationRecord;
    expect(() => evaluationRecordType.serialize(bad)).toThrowError(UserError);
    expect(() => evaluationRecordType.serialize(bad)).toThrowError(/\/metrics\/accuracy/);
  });

  it('rejects a malformed interval', () => {
    const record = sampleRecord();
    (record.comparison!.metrics.accuracy!.ci as unknown) = [0.1];
    expect(() => evaluationRecordType.serialize(record)).toThrowError(/ci/);
  });

  it('checks the fairness and explanations sections (compiled only for records that have them) and reports their errors at their paths with the others', () => {
    const fairness = { task: 'binary', minGroup: 30, minPositives: 1, minNegatives: 1, features: 'not a list' };
    const both = { ...sampleRecord(), metrics: { accuracy: 'NaN' }, fairness } as unknown as EvaluationRecord;
    const error = (() => {
      try {
        evaluationRecordType.serialize(both);
      } catch (caught) {
        return caught as UserError;
      }
      throw new Error('an invalid record was accepted');
    })();
    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toMatch(/\/metrics\/accuracy .*; \/fairness\/features must be array/);
    expect(error.location.field).toBe('/metrics/accuracy');
    const onlySection = { ...sampleRecord(), fairness } as unknown as EvaluationRecord;
    expect(() => evaluationRecordType.serialize(onlySection)).toThrowError(/\/fairness\/features must be array/);
    const explanations = { ...sampleRecord(), explanations: null } as unknown as EvaluationRecord;
    expect(() => evaluationRecordType.serialize(explanations)).toThrowError(/\/explanations/);
  });

  it('compacts metrics and deltas for the step output', () => {
    const compact = compactMetrics(sampleRecord());
    expect(compact.deltas?.accuracy).toEqual({ delta: 0.05, ci: [0.01, 0.09], significant: true });
    expect(compact.metrics.roc_auc).toEqual({ undefined: 'only one class in y_true' });
  });
});

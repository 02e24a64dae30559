import { describe, expect, it } from 'vitest';
import { evaluateModel } from '../../shared/evaluate/index.js';
import { UserError } from '../../shared/errors.js';
import { parsePromotionConfig, promote, registryModelResolver } from '../../shared/registry/index.js';
import type { EvaluationRecord } from '../../shared/schemas/evaluation-record.js';
import { makeRegistry } from '../registry/fixtures.js';
import { data, deps, model, references } from './helpers.js';

const DIRECT_CONFIG = parsePromotionConfig('environments:\n  prod:\n    evidence: none\n', 'promotion.yml');

describe('baseline-model as a registry reference', () => {
  it('evaluates against the model current in prod (churn#prod), fetched verified from the store', async () => {
    const reg = makeRegistry();
    const promoted = await promote({ model: 'churn', version: '1.2.0', artifact: model('binary-logreg-baseline.onnx'), environment: 'prod', config: DIRECT_CONFIG, evidence: [] }, reg.deps);
    const resolveModel = registryModelResolver(() => reg.tags, () => reg.store);
    for (const reference of ['churn#prod', 'churn@v1.2.0']) {
      const record = (await evaluateModel(
        { model: model('binary-logreg.onnx'), baselineModel: reference, data: data('binary.csv'), label: 'label', explain: 'none', seed: 7, resamples: 50 },
        { ...deps(), resolveModel },
      )) as EvaluationRecord;
      expect(record.baseline?.digest).toBe(promoted.modelDigest);
      expect(record.baseline?.name).toBe('churn-v1.2.0.onnx');
      expect(record.baselineMetrics!.accuracy).toBeCloseTo(references.binary.baselineMetrics.accuracy!, 12);
    }
  });

  it('says which environment has no current version', async () => {
    const reg = makeRegistry();
    const resolveModel = registryModelResolver(() => reg.tags, () => reg.store);
    const error = await evaluateModel(
      { model: model('binary-logreg.onnx'), baselineModel: 'churn#prod', data: data('binary.csv'), label: 'label', explain: 'none' },
      { ...deps(), resolveModel },
    ).then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).location.input).toBe('baseline-model');
    expect((error as UserError).message).toMatch(/prod/);
  });
});

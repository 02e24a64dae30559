import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateModel } from '../../shared/evaluate/index.js';
import type { BinaryFairnessSection } from '../../shared/fairness/index.js';
import type { EvaluationRecord } from '../../shared/schemas/evaluation-record.js';
import { data, deps, model, userError } from './helpers.js';

const probability = (JSON.parse(readFileSync(data('references.json'), 'utf8')) as { binary: { probability: number[] } }).binary.probability;
const regions = readFileSync(data('binary.csv'), 'utf8').trim().split('\n').slice(1).map((line) => line.split(',')[4]!);

describe('fairness and explanations through evaluate', () => {
  it('adds a fairness section whose group selection rates follow the model decisions', async () => {
    const record = (await evaluateModel(
      { model: model('binary-logreg.onnx'), baselineModel: model('binary-logreg-baseline.onnx'), data: data('binary.csv'), label: 'label', sensitive: ['region'], explain: 'none', resamples: 100 },
      deps(),
    )) as EvaluationRecord;
    const fairness = record.fairness as BinaryFairnessSection;
    expect(fairness.task).toBe('binary');
    const [feature] = fairness.features;
    expect(feature!.columns).toEqual(['region']);
    expect(feature!.excluded.map((e) => [e.values, e.n])).toEqual([[['west'], regions.filter((r) => r === 'west').length]]);
    for (const group of feature!.groups) {
      const rows = regions.map((r, i) => (r === group.values[0] ? i : -1)).filter((i) => i >= 0);
      const selected = rows.filter((i) => probability[i]! >= 0.5).length / rows.length;
      expect(group.n).toBe(rows.length);
      expect(group.metrics.selection_rate).toBeCloseTo(selected, 12);
    }
    expect(fairness.comparison?.method).toBe('poisson-bootstrap');
  });

  it('adds permutation importance and SHAP over the model, within the budget', async () => {
    const record = (await evaluateModel({ model: model('binary-logreg.onnx'), data: data('binary.csv'), label: 'label', explain: 'all', explainRows: 200, explainSeed: 4 }, deps())) as EvaluationRecord;
    const explanations = record.explanations!;
    expect(explanations.features).toEqual(['f0', 'f1', 'f2', 'f3']);
    expect(explanations.permutation?.features).toHaveLength(4);
    expect(explanations.permutation?.scoring).toBe('accuracy');
    expect(explanations.shap?.maxEfficiencyGap).toBeLessThan(1e-5);
    expect(explanations.seed).toBe(4);
    expect(record.timings.explainMs).toBeGreaterThan(0);
  });

  it('says how many rows the explanations need when the budget is too small', async () => {
    const error = await userError(evaluateModel({ model: model('binary-logreg.onnx'), data: data('binary.csv'), label: 'label', explain: 'permutation', explainBudgetRows: 10 }, deps()));
    expect(error.message).toMatch(/\d/);
    expect(error.location.input).toBe('explain-budget-rows');
  });

  it('skips explanations of a multiclass model and still writes the figures', async () => {
    const logged: string[] = [];
    const record = (await evaluateModel({ model: model('multiclass-softmax.onnx'), data: data('multiclass.csv'), label: 'species' }, { ...deps(), log: (line) => logged.push(line) })) as EvaluationRecord;
    expect(record.explanations).toBeUndefined();
    expect(logged.join('\n')).toMatch(/Explanations skipped/);
  });

  it('refuses fairness for a multiclass model with a clear error', async () => {
    const error = await userError(evaluateModel({ model: model('multiclass-softmax.onnx'), data: data('multiclass.csv'), label: 'species', sensitive: ['sepal_width'], explain: 'none' }, deps()));
    expect(error.location.input).toBe('sensitive');
  });
});

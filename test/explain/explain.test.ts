import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../shared/errors.js';
import { explainModel, explanationsSchema, planExplanations, rankChanges, type FeatureMatrix, type PredictFn } from '../../shared/explain/index.js';
import { RecordType } from '../../shared/schemas/record-type.js';
import { fixturePath, onnxPredict, toMatrix } from './onnx-predict.js';

interface PiFixture {
  features: string[];
  X: number[][];
  y: number[];
}
const fixture = JSON.parse(readFileSync(fixturePath('permutation-importance.json'), 'utf8')) as PiFixture;
const matrix: FeatureMatrix = { values: toMatrix(fixture.X), rows: fixture.X.length, featureCount: 5, names: fixture.features };
const labels = Float64Array.from(fixture.y);

// The section is embedded in the evaluation record; validate it with the same ajv setup records use.
const sectionType = new RecordType<{ kind: 'explain-section-test'; schemaVersion: 1; explanations: unknown }>('explain-section-test', 1, {
  type: 'object',
  required: ['kind', 'schemaVersion', 'explanations'],
  properties: { kind: { const: 'explain-section-test' }, schemaVersion: { const: 1 }, explanations: explanationsSchema },
});

/** Counts inference rows so the budget's prediction can be checked against what actually ran. */
function counting(predict: PredictFn): { predict: PredictFn; rows: () => number } {
  let rows = 0;
  return { predict: async (f, n, c) => ((rows += n), predict(f, n, c)), rows: () => rows };
}

describe('explainModel', () => {
  it('runs permutation importance and SHAP for candidate and baseline, within the predicted rows, with rank changes', async () => {
    const candidate = counting(await onnxPredict('logistic.onnx', 'probability'));
    const baseline = counting(await onnxPredict('mlp.onnx', 'probability'));
    let now = 0;
    const section = await explainModel({
      method: 'all', task: 'binary', predict: candidate.predict, baselinePredict: baseline.predict, matrix, labels,
      rows: 300, shapRows: 5, backgroundRows: 20, seed: 3, clock: () => (now += 10),
    });
    expect(section).toBeDefined();
    const s = section!;
    expect(s.budget.subsampled).toBe(false);
    expect(s.budget.usedRows).toBe(candidate.rows() + baseline.rows());
    expect(s.budget.plannedRows).toBe(s.budget.usedRows);
    expect(s.permutation!.rows).toBe(300);
    expect(s.permutation!.rankChange!.length).toBe(5);
    expect(s.shap!.method).toBe('exact');
    expect(s.shap!.rankChange!.map((r) => r.candidateRank).sort()).toEqual([1, 2, 3, 4, 5]);
    expect(s.timings.permutationMs).toBe(10);
    expect(s.timings.totalMs).toBeGreaterThan(0);
    sectionType.validate({ kind: 'explain-section-test', schemaVersion: 1, explanations: JSON.parse(JSON.stringify(s)) }, 'test');
  });

  it('subsamples to stay within explain-budget-rows and says so', async () => {
    const candidate = counting(await onnxPredict('logistic.onnx', 'probability'));
    const section = await explainModel({ method: 'all', task: 'binary', predict: candidate.predict, matrix, labels, shapRows: 50, backgroundRows: 20, budgetRows: 20_000 });
    const s = section!;
    expect(s.budget.subsampled).toBe(true);
    expect(s.budget.requestedRows).toBeGreaterThan(20_000);
    expect(candidate.rows()).toBe(s.budget.usedRows);
    expect(candidate.rows()).toBeLessThanOrEqual(20_000);
    expect(s.budget.notes.join('\n')).toMatch(/over the budget of 20000/);
    expect(s.permutation!.rows).toBeLessThan(400);
  });

  it('regression: R² scorer by default, SHAP on the prediction, section valid', async () => {
    const data = JSON.parse(readFileSync(fixturePath('permutation-importance-regression.json'), 'utf8')) as PiFixture & { y: number[] };
    const m: FeatureMatrix = { values: toMatrix(data.X), rows: data.X.length, featureCount: 4, names: data.features };
    const predict = await onnxPredict('linear-regression.onnx', 'prediction');
    const section = await explainModel({ method: 'all', task: 'regression', predict, matrix: m, labels: Float64Array.from(data.y), shapRows: 4, backgroundRows: 30 });
    expect(section!.permutation!.scoring).toBe('r2');
    expect(section!.shap!.method).toBe('exact');
    const ranked = [...section!.permutation!.features].sort((a, b) => b.mean - a.mean).map((f) => f.feature);
    const rankedShap = [...section!.shap!.features].sort((a, b) => b.meanAbs - a.meanAbs).map((f) => f.feature);
    // Both methods agree on the most important feature of a linear model.
    expect(rankedShap[0]).toBe(ranked[0]);
    sectionType.validate({ kind: 'explain-section-test', schemaVersion: 1, explanations: JSON.parse(JSON.stringify(section)) }, 'test');
  });

  it('returns nothing for explain: none and runs nothing', async () => {
    const candidate = counting(await onnxPredict('logistic.onnx', 'probability'));
    expect(await explainModel({ method: 'none', task: 'binary', predict: candidate.predict, matrix, labels })).toBeUndefined();
    expect(candidate.rows()).toBe(0);
  });

  it('refuses non-numeric features, naming the column', async () => {
    const predict = await onnxPredict('logistic.onnx', 'probability');
    const featureTypes = [...fixture.features.slice(0, 4).map((name) => ({ name, type: 'float64' })), { name: 'f4', type: 'string' }];
    const run = explainModel({ method: 'permutation', task: 'binary', predict, matrix, labels, featureTypes });
    await expect(run).rejects.toThrow(UserError);
    await expect(run).rejects.toThrow(/'f4' \(string\) is not numeric/);
  });

  it('accepts the numeric types of the tabular reader (number, int, bool)', async () => {
    const predict = await onnxPredict('logistic.onnx', 'probability');
    const types = ['number', 'int', 'bool', 'float32', 'int64'];
    const featureTypes = fixture.features.map((name, j) => ({ name, type: types[j]! }));
    const section = await explainModel({ method: 'permutation', task: 'binary', predict, matrix, labels, featureTypes, rows: 100 });
    expect(section!.permutation!.features).toHaveLength(5);
  });

  it('refuses a budget too small, saying how many rows are needed, before running anything', async () => {
    const candidate = counting(await onnxPredict('logistic.onnx', 'probability'));
    const run = explainModel({ method: 'permutation', task: 'binary', predict: candidate.predict, matrix, labels, budgetRows: 1000 });
    // 100 rows × (1 + 5 repeats × 5 features) = 2600
    await expect(run).rejects.toThrow(/needs 2600 inference rows/);
    const error = (await run.then(
      () => undefined,
      (e: unknown) => e,
    )) as UserError;
    expect(error).toBeInstanceOf(UserError);
    expect(error.location.input).toBe('explain-budget-rows');
    expect(error.fix).toMatch(/at least 2600/);
    expect(candidate.rows()).toBe(0);
  });

  it('scores permutation importance with explain-scoring and records the scorer', async () => {
    const candidate = counting(await onnxPredict('logistic.onnx', 'probability'));
    const baseline = counting(await onnxPredict('mlp.onnx', 'probability'));
    const run = (scoring?: string) => explainModel({ method: 'permutation', task: 'binary', predict: candidate.predict, baselinePredict: baseline.predict, matrix, labels, rows: 200, scoring });
    const logLoss = (await run('neg_log_loss'))!;
    expect(logLoss.permutation!.scoring).toBe('neg_log_loss');
    expect(logLoss.permutation!.baselineScore).toBeLessThan(0);
    expect(logLoss.notes).toBeUndefined();
    const accuracy = (await run())!;
    expect(accuracy.permutation!.scoring).toBe('accuracy');
    // Same rows and shuffles, another scorer: other importances.
    expect(logLoss.permutation!.features.map((f) => f.mean)).not.toEqual(accuracy.permutation!.features.map((f) => f.mean));
    sectionType.validate({ kind: 'explain-section-test', schemaVersion: 1, explanations: JSON.parse(JSON.stringify(logLoss)) }, 'test');
  });

  it('refuses an explain-scoring name not valid for the task before running anything', async () => {
    const candidate = counting(await onnxPredict('logistic.onnx', 'probability'));
    const run = explainModel({ method: 'all', task: 'binary', predict: candidate.predict, matrix, labels, scoring: 'r2' });
    await expect(run).rejects.toThrow(UserError);
    await expect(run).rejects.toThrow(/explain-scoring 'r2' is not a scorer for a binary model; valid names for binary: accuracy, balanced_accuracy, f1, roc_auc, average_precision, neg_log_loss/);
    expect(candidate.rows()).toBe(0);
  });

  it('records why ROC AUC importances are missing when the explained rows hold one class, and still runs SHAP', async () => {
    const candidate = counting(await onnxPredict('logistic.onnx', 'probability'));
    const oneClass = new Float64Array(labels.length).fill(1);
    const section = (await explainModel({ method: 'all', task: 'binary', predict: candidate.predict, matrix, labels: oneClass, rows: 150, shapRows: 3, backgroundRows: 10, scoring: 'roc_auc' }))!;
    expect(section.permutation).toBeUndefined();
    expect(section.notes).toEqual(['permutation importance not computed: roc_auc cannot score the 150 explained rows (the explained rows hold one class only)']);
    expect(section.shap!.features).toHaveLength(5);
    // The unpermuted rows were predicted once before the scorer refused; nothing was permuted.
    expect(section.budget.usedRows).toBe(candidate.rows());
    expect(section.budget.usedRows).toBe(150 + section.shap!.inferenceRows);
    sectionType.validate({ kind: 'explain-section-test', schemaVersion: 1, explanations: JSON.parse(JSON.stringify(section)) }, 'test');
  });

  it('keeps the candidate importances when only the baseline model cannot be scored (margins, not probabilities)', async () => {
    const candidate = await onnxPredict('logistic.onnx', 'probability');
    const margins = await onnxPredict('logistic.onnx', 'margin');
    const section = (await explainModel({ method: 'permutation', task: 'binary', predict: candidate, baselinePredict: margins, matrix, labels, rows: 120, scoring: 'neg_log_loss' }))!;
    expect(section.permutation!.features).toHaveLength(5);
    expect(section.permutation!.baselineModel).toBeUndefined();
    expect(section.notes?.[0]).toMatch(/^the baseline model's permutation importance not computed: neg_log_loss cannot score its predictions \(the model's scores are not probabilities/);
  });

  it('the section schema takes the known scorer names only (old records hold accuracy or r2)', () => {
    const permutation = { rows: 1, repeats: 1, baselineScore: 1, features: [], inferenceRows: 1 };
    const section = (scoring: string) => ({
      kind: 'explain-section-test', schemaVersion: 1,
      explanations: { method: 'permutation', seed: 0, features: [], budget: { limitRows: 1, requestedRows: 1, plannedRows: 1, usedRows: 1, subsampled: false, notes: [] }, timings: { totalMs: 0 }, permutation: { ...permutation, scoring } },
    });
    for (const scoring of ['accuracy', 'r2', 'roc_auc', 'neg_root_mean_squared_error']) expect(() => sectionType.validate(section(scoring), 'test')).not.toThrow();
    expect(() => sectionType.validate(section('auc'), 'test')).toThrow(/scoring/);
  });

  it('refuses a background over 100 rows', async () => {
    const predict = await onnxPredict('logistic.onnx', 'probability');
    await expect(explainModel({ method: 'shap', task: 'binary', predict, matrix, labels, backgroundRows: 101 })).rejects.toThrow(/explain-background/);
  });
});

describe('planExplanations', () => {
  const request = { method: 'all' as const, availableRows: 1_000_000, features: 20, permutationRows: 10_000, repeats: 5, shapRows: 200, backgroundRows: 100, shapPermutations: 10, exactMaxFeatures: 10, models: 1, budgetRows: 5_000_000 };
  it('predicts rows exactly: permutation n(1 + R·F), SHAP n·(2 + 2K(F−1))·B + n', () => {
    const plan = planExplanations({ ...request, budgetRows: 1e12 });
    expect(plan.requestedRows).toBe(10_000 * (1 + 5 * 20) + 200 * ((2 + 2 * 10 * 19) * 100 + 1));
    expect(plan.subsampled).toBe(false);
  });
  it('keeps a cheap permutation importance whole and gives SHAP the rest of the budget', () => {
    const plan = planExplanations({ ...request, features: 10 });
    expect(plan.permutationRows).toBe(10_000);
    const shapPerRow = 2 ** 10 * 100 + 1;
    expect(plan.shapRows).toBe(Math.floor((5_000_000 - 10_000 * 51) / shapPerRow));
    expect(plan.plannedRows).toBeLessThanOrEqual(5_000_000);
    expect(plan.notes).toContain(`SHAP explains ${plan.shapRows} of 200 rows`);
  });
  it('never exceeds the budget, whatever the mix', () => {
    for (const budgetRows of [60_000, 250_000, 1_000_000, 3_000_000]) {
      for (const features of [3, 10, 30]) {
        for (const backgroundRows of [10, 100]) {
          const r = { ...request, budgetRows, features, backgroundRows };
          let plan;
          try {
            plan = planExplanations(r);
          } catch (error) {
            expect(error).toBeInstanceOf(UserError);
            continue;
          }
          expect(plan.plannedRows).toBeLessThanOrEqual(budgetRows);
          expect(plan.permutationRows).toBeGreaterThanOrEqual(100);
          expect(plan.shapRows).toBeGreaterThanOrEqual(10);
        }
      }
    }
  });
  it('keeps within the budget when scaling down', () => {
    const plan = planExplanations(request);
    expect(plan.plannedRows).toBeLessThanOrEqual(5_000_000);
    expect(plan.subsampled).toBe(true);
    expect(plan.permutationRows).toBeGreaterThanOrEqual(100);
    expect(plan.shapRows).toBeGreaterThanOrEqual(10);
  });
});

describe('rankChanges', () => {
  it('ranks by value and reports moves relative to the baseline', () => {
    const changes = rankChanges(
      [{ feature: 'a', value: 0.1 }, { feature: 'b', value: 0.5 }, { feature: 'c', value: 0.3 }],
      [{ feature: 'a', value: 0.9 }, { feature: 'b', value: 0.2 }],
      2,
    );
    expect(changes).toEqual([
      { feature: 'b', candidateRank: 1, baselineRank: 2, change: 1 },
      { feature: 'c', candidateRank: 2, baselineRank: { undefined: 'the baseline model has no such feature' }, change: { undefined: 'the baseline model has no such feature' } },
    ]);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { permutationImportance, scorerFor, SCORING_NAMES, type FeatureMatrix, type PermutationSource } from '../../shared/explain/index.js';
import { fixturePath, onnxPredict, toMatrix } from './onnx-predict.js';

interface Case {
  scoring: string;
  nRepeats: number;
  randomState: number;
  maxSamples: number;
  baselineScore: number;
  rows: number[] | null;
  permutations: number[][];
  importances: number[][];
  importancesMean: number[];
  importancesStd: number[];
}
interface Fixture {
  features: string[];
  X: number[][];
  y: number[];
  cases: Case[];
}

function load(name: string): { fixture: Fixture; matrix: FeatureMatrix; labels: Float64Array } {
  const fixture = JSON.parse(readFileSync(fixturePath(name), 'utf8')) as Fixture;
  const matrix = { values: toMatrix(fixture.X), rows: fixture.X.length, featureCount: fixture.features.length, names: fixture.features };
  return { fixture, matrix, labels: Float64Array.from(fixture.y) };
}

const { fixture, matrix, labels } = load('permutation-importance.json');
const regression = load('permutation-importance-regression.json');

/** The shuffles scikit-learn drew: the same sequence for every column (fresh RandomState per column). */
function sklearnPermutations(c: Case): PermutationSource {
  return { rows: c.rows === null ? null : Uint32Array.from(c.rows), order: (_feature, repeat) => Uint32Array.from(c.permutations[repeat]!) };
}

const binaryScorer = (name: string) => scorerFor('binary', name, { threshold: 0.5 });

function expectSklearn(result: Awaited<ReturnType<typeof permutationImportance>>, c: Case, data: ReturnType<typeof load>): void {
  expect(Math.abs(result.baselineScore - c.baselineScore)).toBeLessThan(1e-9);
  result.features.forEach((f, j) => {
    expect(f.feature).toBe(data.fixture.features[j]);
    f.importances.forEach((value, r) => expect(Math.abs(value - c.importances[j]![r]!)).toBeLessThan(1e-9));
    expect(Math.abs(f.mean - c.importancesMean[j]!)).toBeLessThan(1e-9);
    expect(Math.abs(f.std - c.importancesStd[j]!)).toBeLessThan(1e-9);
  });
  const permuted = c.rows?.length ?? data.matrix.rows;
  expect(result.permutedRows).toBe(permuted);
  expect(result.inferenceRows).toBe(data.matrix.rows + c.nRepeats * data.matrix.featureCount * permuted);
}

describe('permutation importance matches scikit-learn 1.2.1 permutation_importance', () => {
  it('has a fixture case for every explain-scoring name', () => {
    expect(fixture.cases.map((c) => c.scoring).sort()).toEqual([...SCORING_NAMES.binary].sort());
    expect(regression.fixture.cases.map((c) => c.scoring).sort()).toEqual([...SCORING_NAMES.regression].sort());
  });

  for (const c of fixture.cases) {
    it(`classifier, scoring=${c.scoring}, ${c.nRepeats} repeats, max_samples ${c.maxSamples}`, async () => {
      const predict = await onnxPredict('logistic.onnx', 'probability');
      const result = await permutationImportance({ predict, matrix, labels, scorer: binaryScorer(c.scoring), repeats: c.nRepeats, permutations: sklearnPermutations(c) });
      expect(result.scoring).toBe(c.scoring);
      expectSklearn(result, c, { fixture, matrix, labels });
    });
  }

  for (const c of regression.fixture.cases) {
    it(`regressor, scoring=${c.scoring}, ${c.nRepeats} repeats`, async () => {
      const predict = await onnxPredict('linear-regression.onnx', 'prediction');
      const { matrix: m, labels: y } = regression;
      // r2 is the case fitted with scoring=None: the default scorer is what estimator.score gives.
      const scorer = scorerFor('regression', c.scoring === 'r2' ? undefined : c.scoring);
      const result = await permutationImportance({ predict, matrix: m, labels: y, scorer, repeats: c.nRepeats, permutations: sklearnPermutations(c) });
      expect(result.scoring).toBe(c.scoring);
      expectSklearn(result, c, regression);
    });
  }

  it('gives the same importances whatever the batch size (one repeat per call vs all repeats per call)', async () => {
    const predict = await onnxPredict('logistic.onnx', 'probability');
    const c = fixture.cases[0]!;
    const options = { predict, matrix, labels, scorer: binaryScorer('accuracy'), repeats: c.nRepeats, permutations: sklearnPermutations(c) };
    const small = await permutationImportance({ ...options, maxRowsPerCall: 1 });
    const large = await permutationImportance(options);
    expect(small.features).toEqual(large.features);
  });

  it('is reproducible from its seed and differs across seeds', async () => {
    const predict = await onnxPredict('logistic.onnx', 'probability');
    const run = (seed: number) => permutationImportance({ predict, matrix, labels, scorer: binaryScorer('accuracy'), repeats: 3, seed, maxSamples: 200 });
    const [a, b, c] = await Promise.all([run(1), run(1), run(2)]);
    expect(a.features).toEqual(b.features);
    expect(a.features).not.toEqual(c.features);
    expect(a.permutedRows).toBe(200);
  });
});

import { describe, expect, it } from 'vitest';
import { UserError } from '../../shared/errors.js';
import { SeededRandom } from '../../shared/explain/random.js';
import {
  checkSensitiveColumns,
  fairnessReport,
  fairnessSchema,
  PoissonSampler,
  type BinaryFairnessFeature,
  type FairnessSection,
  type RegressionFairnessFeature,
} from '../../shared/fairness/index.js';
import { RecordType } from '../../shared/schemas/record-type.js';

// The section is embedded in the evaluation record; validate it with the same ajv setup records use.
const sectionType = new RecordType<{ kind: 'fairness-section-test'; schemaVersion: 1; fairness: unknown }>('fairness-section-test', 1, {
  type: 'object',
  required: ['kind', 'schemaVersion', 'fairness'],
  properties: { kind: { const: 'fairness-section-test' }, schemaVersion: { const: 1 }, fairness: fairnessSchema },
});
const validate = (section: FairnessSection) => sectionType.validate({ kind: 'fairness-section-test', schemaVersion: 1, fairness: JSON.parse(JSON.stringify(section)) }, 'test');

/** A synthetic set where group 'B' is selected less often than 'A' by the candidate, equally by the baseline. */
function dataset(n: number, seed: number) {
  const random = new SeededRandom(seed);
  const group = Array.from({ length: n }, () => (random.nextFloat() < 0.5 ? 'A' : 'B'));
  const yTrue = Uint8Array.from(group, () => (random.nextFloat() < 0.4 ? 1 : 0));
  const yPred = Uint8Array.from(group, (g, i) => (random.nextFloat() < (yTrue[i] ? 0.8 : 0.2) - (g === 'B' ? 0.15 : 0) ? 1 : 0));
  const baselinePred = Uint8Array.from(group, (_, i) => (random.nextFloat() < (yTrue[i] ? 0.8 : 0.2) ? 1 : 0));
  return { group, yTrue, yPred, baselinePred };
}

describe('fairnessReport: bad input', () => {
  const { yTrue, yPred } = dataset(200, 1);
  it('a missing sensitive column is a UserError naming it and the available columns', () => {
    const run = () => fairnessReport({ task: 'binary', yTrue, yPred, sensitive: [{ name: 'gender', values: undefined }], availableColumns: ['age', 'sex'], source: 'eval.csv' });
    expect(run).toThrow(UserError);
    expect(run).toThrow(/sensitive column 'gender' is not in the data\. Columns in the data: 'age', 'sex'/);
    expect(() => checkSensitiveColumns(['sex', 'gender'], ['age', 'sex'], 'eval.csv')).toThrow(/'gender'/);
    expect(() => checkSensitiveColumns(['sex'], ['age', 'sex'])).not.toThrow();
  });

  it('a sensitive column with one group is a UserError', () => {
    const run = () => fairnessReport({ task: 'binary', yTrue, yPred, sensitive: [{ name: 'country', values: Array(200).fill('FR') }] });
    expect(run).toThrow(UserError);
    expect(run).toThrow(/'country' has one group only \(every one of 200 rows is 'FR'\)/);
  });

  it('all groups under the minimum: the section says so, disparities undefined, no crash', () => {
    const values = Array.from({ length: 200 }, (_, i) => `g${i % 10}`);
    const section = fairnessReport({ task: 'binary', yTrue, yPred, sensitive: [{ name: 'zip', values }] });
    const feature = section.features[0] as BinaryFairnessFeature;
    expect(feature.groups).toEqual([]);
    expect(feature.excluded).toHaveLength(10);
    expect(feature.excluded[0]).toMatchObject({ values: ['g0'], n: 20, reason: '20 rows, fewer than the minimum 30' });
    expect(feature.note).toMatch(/all 10 groups have fewer than 30 rows/);
    expect(feature.disparities.demographic_parity_difference.value).toEqual({ undefined: expect.stringContaining('no group') });
    expect(feature.fourFifths.flagged).toBe(false);
    validate(section);
    const regression = fairnessReport({ task: 'regression', yTrue: Float64Array.from(yTrue), yPred: Float64Array.from(yPred), sensitive: [{ name: 'zip', values }] });
    expect((regression.features[0] as RegressionFairnessFeature).gaps.mae_gap.value).toEqual({ undefined: expect.stringContaining('no group') });
    validate(regression);
  });
});

describe('fairnessReport: semantics', () => {
  it('keeps group values verbatim (untrusted text), treats missing values as their own group, and intersects columns', () => {
    const n = 240;
    const a = Array.from({ length: n }, (_, i) => (i % 3 === 0 ? '<script>@x|y' : i % 3 === 1 ? null : 'plain'));
    const b = Array.from({ length: n }, (_, i) => (i % 2 ? 1 : 0));
    const yTrue = Uint8Array.from({ length: n }, (_, i) => (i % 5 < 2 ? 1 : 0));
    const yPred = Uint8Array.from({ length: n }, (_, i) => (i % 7 < 3 ? 1 : 0));
    const section = fairnessReport({ task: 'binary', yTrue, yPred, sensitive: [{ name: 'a', values: a }, { name: 'b', values: b }] });
    expect(section.features.map((f) => f.columns)).toEqual([['a'], ['b'], ['a', 'b']]);
    expect(section.features[0]!.groups.map((g) => g.values)).toEqual([['<script>@x|y'], [null], ['plain']]);
    expect(section.features[1]!.groups.map((g) => g.values)).toEqual([['0'], ['1']]);
    expect(section.features[2]!.groups).toHaveLength(6);
    expect(section.features[2]!.groups.reduce((s, g) => s + g.n, 0)).toBe(n);
    validate(section);
  });

  it('a dictionary-encoded column (codes + categories) gives the same section as its values', () => {
    const n = 300;
    const categories = ['x', 'unused', 'y', '', 'z'];
    const codes = Int32Array.from({ length: n }, (_, i) => [0, 2, 4, -1, 3][i % 5]!);
    const values = Array.from(codes, (c) => (c < 0 ? null : categories[c]!));
    const yTrue = Uint8Array.from({ length: n }, (_, i) => (i % 3 === 0 ? 1 : 0));
    const yPred = Uint8Array.from({ length: n }, (_, i) => (i % 4 === 0 ? 1 : 0));
    const fromValues = fairnessReport({ task: 'binary', yTrue, yPred, sensitive: [{ name: 'g', values }] });
    const fromCodes = fairnessReport({ task: 'binary', yTrue, yPred, sensitive: [{ name: 'g', values: undefined, encoded: { codes, categories } }] });
    expect(fromCodes).toEqual(fromValues);
    // '' and a negative code are both missing: one group, n = 120.
    expect(fromCodes.features[0]!.groups.map((g) => [g.values[0], g.n])).toEqual([['x', 60], ['y', 60], ['z', 60], [null, 120]]);
  });

  it('a rate with a zero denominator is undefined with a reason, never 0', () => {
    const n = 100;
    const group = Array.from({ length: n }, (_, i) => (i < 50 ? 'x' : 'y'));
    const yTrue = Uint8Array.from({ length: n }, (_, i) => (i % 2 ? 1 : 0));
    const yPred = new Uint8Array(n); // nobody selected
    const feature = fairnessReport({ task: 'binary', yTrue, yPred, sensitive: [{ name: 'g', values: group }] }).features[0] as BinaryFairnessFeature;
    expect(feature.groups[0]!.metrics.precision).toEqual({ undefined: 'no positive predictions' });
    expect(feature.disparities.demographic_parity_difference.value).toBe(0);
    expect(feature.disparities.demographic_parity_ratio.value).toEqual({ undefined: expect.stringContaining('0/0') });
    expect(feature.disparities.demographic_parity_ratio_to_overall.value).toEqual({ undefined: expect.stringContaining('overall rate is 0') });
  });

  it('flags the four-fifths rule when the selection-rate ratio is under 0.8', () => {
    const n = 200;
    const group = Array.from({ length: n }, (_, i) => (i < 100 ? 'x' : 'y'));
    const yTrue = Uint8Array.from({ length: n }, (_, i) => (i % 2 ? 1 : 0));
    // x: 50 selected of 100; y: 30 of 100 → ratio 0.6
    const yPred = Uint8Array.from({ length: n }, (_, i) => ((i < 100 ? i % 2 : i % 10 < 3) ? 1 : 0));
    const feature = fairnessReport({ task: 'binary', yTrue, yPred, sensitive: [{ name: 'g', values: group }] }).features[0] as BinaryFairnessFeature;
    expect(feature.fourFifths.ratio).toBeCloseTo(0.6, 12);
    expect(feature.fourFifths.flagged).toBe(true);
  });
});

describe('fairnessReport: paired comparison with a baseline model', () => {
  const { group, yTrue, yPred, baselinePred } = dataset(4000, 7);
  const sensitive = [{ name: 'group', values: group }];

  it('the same model as its own baseline: every delta is 0 with the interval [0, 0]', () => {
    const section = fairnessReport({ task: 'binary', yTrue, yPred, baselinePred: yPred, sensitive, bootstrap: { resamples: 200 } });
    const feature = section.features[0] as BinaryFairnessFeature;
    for (const d of Object.values(feature.disparities)) {
      if (typeof d.value !== 'number') continue;
      expect(d.delta).toBe(0);
      expect(d.ci).toEqual([0, 0]);
    }
    expect(section.comparison).toEqual({ method: 'poisson-bootstrap', resamples: 200, seed: 0, confidence: 0.95 });
  });

  it('a real disparity increase gets an interval around the delta that excludes 0; reproducible by seed', () => {
    const run = (seed: number) => fairnessReport({ task: 'binary', yTrue, yPred, baselinePred, sensitive, bootstrap: { resamples: 400, seed } });
    const a = (run(3).features[0] as BinaryFairnessFeature).disparities.demographic_parity_difference;
    const b = (run(3).features[0] as BinaryFairnessFeature).disparities.demographic_parity_difference;
    const c = (run(4).features[0] as BinaryFairnessFeature).disparities.demographic_parity_difference;
    expect(a).toEqual(b);
    expect(a.ci).not.toEqual(c.ci);
    const [low, high] = a.ci as [number, number];
    expect(a.delta as number).toBeGreaterThan(low);
    expect(a.delta as number).toBeLessThan(high);
    expect(low).toBeGreaterThan(0);
    validate(run(3));
  });

  it('regression: gap changes with intervals; identical models give [0, 0]', () => {
    const random = new SeededRandom(9);
    const y = Float64Array.from(group, () => random.nextFloat() * 10);
    const pred = Float64Array.from(y, (v, i) => v + (group[i] === 'B' ? 1.5 : 0) + random.nextFloat() - 0.5);
    const base = Float64Array.from(y, (v) => v + random.nextFloat() - 0.5);
    const same = fairnessReport({ task: 'regression', yTrue: y, yPred: pred, baselinePred: pred, sensitive, bootstrap: { resamples: 100 } });
    expect((same.features[0] as RegressionFairnessFeature).gaps.mae_gap.ci).toEqual([0, 0]);
    const section = fairnessReport({ task: 'regression', yTrue: y, yPred: pred, baselinePred: base, sensitive, bootstrap: { resamples: 200 } });
    const gap = (section.features[0] as RegressionFairnessFeature).gaps.mean_prediction_gap;
    expect(gap.highest).toEqual(['B']);
    const [low, high] = gap.ci as [number, number];
    expect(low).toBeGreaterThan(1);
    expect(high).toBeLessThan(2);
    validate(section);
  });
});

describe('PoissonSampler', () => {
  it.each([0.5, 3, 12, 250, 1e6])('draws with mean and variance λ = %d', (lambda) => {
    const sampler = new PoissonSampler(new SeededRandom(1));
    const draws = Float64Array.from({ length: 20_000 }, () => sampler.next(lambda));
    const mean = draws.reduce((a, b) => a + b, 0) / draws.length;
    const variance = draws.reduce((a, b) => a + (b - mean) ** 2, 0) / (draws.length - 1);
    // 20,000 draws: the mean's standard error is √(λ/20000); allow 5 of them, and 10% on the variance.
    expect(Math.abs(mean - lambda)).toBeLessThan(5 * Math.sqrt(lambda / draws.length));
    expect(Math.abs(variance / lambda - 1)).toBeLessThan(0.1);
    expect(draws.every((d) => Number.isInteger(d) && d >= 0)).toBe(true);
  });
});

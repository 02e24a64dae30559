import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BINARY_GROUP_METRICS, fairnessReport, type BinaryFairnessFeature, type FairnessValue, type RegressionFairnessFeature } from '../../shared/fairness/index.js';

interface BinaryRef {
  columns: string[];
  groups: { values: string[]; n: number; counts: Record<string, number>; metrics: Record<string, number | null> }[];
  excluded: { values: string[]; n: number }[];
  rateExcluded: string[][];
  disparities: Record<string, number>;
  overallN: number;
}
interface Fixture {
  binary: { name: string; columns: Record<string, string[]>; yTrue: number[]; yPred: number[]; features: BinaryRef[] }[];
  regression: {
    columns: Record<string, string[]>;
    yTrue: number[];
    yPred: number[];
    features: { groups: { values: string[]; n: number; mae: number; rmse: number; mean_prediction: number; mean_label: number }[]; excluded: { values: string[]; n: number }[]; gaps: Record<string, { value: number; highest: string[]; lowest: string[] }> }[];
  };
}

const fixture = JSON.parse(readFileSync(fileURLToPath(new URL('../fixtures/fairness/fairlearn-reference.json', import.meta.url)), 'utf8')) as Fixture;

const key = (values: (string | null)[]) => JSON.stringify(values);

function expectClose(actual: FairnessValue, expected: number | null, what: string): void {
  if (expected === null) {
    expect(typeof actual, what).toBe('object');
    return;
  }
  expect(typeof actual, what).toBe('number');
  expect(Math.abs((actual as number) - expected), what).toBeLessThan(1e-9);
}

function sensitiveOf(columns: Record<string, string[]>) {
  return Object.entries(columns).map(([name, values]) => ({ name, values }));
}

describe('binary fairness matches the Fairlearn definitions (numpy reference)', () => {
  for (const c of fixture.binary) {
    const section = fairnessReport({ task: 'binary', yTrue: Uint8Array.from(c.yTrue), yPred: Uint8Array.from(c.yPred), sensitive: sensitiveOf(c.columns) });
    c.features.forEach((ref, f) => {
      it(`${c.name}: ${ref.columns.join(' × ')}`, () => {
        expect(section.task).toBe('binary');
        const feature = section.features[f] as BinaryFairnessFeature;
        expect(feature.columns).toEqual(ref.columns);
        expect(feature.overall.n).toBe(ref.overallN);
        for (const [name, expected] of Object.entries(ref.disparities)) {
          expectClose(feature.disparities[name as keyof typeof feature.disparities].value, expected, name);
        }
        expect(feature.groups.map((g) => key(g.values)).sort()).toEqual(ref.groups.map((g) => key(g.values)).sort());
        for (const refGroup of ref.groups) {
          const group = feature.groups.find((g) => key(g.values) === key(refGroup.values))!;
          expect(group.n).toBe(refGroup.n);
          expect(group.counts).toEqual(refGroup.counts);
          for (const metric of BINARY_GROUP_METRICS) expectClose(group.metrics[metric], refGroup.metrics[metric]!, `${key(refGroup.values)} ${metric}`);
        }
        expect(feature.excluded.map((e) => [key(e.values), e.n]).sort()).toEqual(ref.excluded.map((e) => [key(e.values), e.n]).sort());
        expect(feature.excludedFromRates.map((e) => key(e.values)).sort()).toEqual(ref.rateExcluded.map(key).sort());
        const ratio = ref.disparities.demographic_parity_ratio!;
        expect(feature.fourFifths).toEqual({ ratio: feature.disparities.demographic_parity_ratio.value, flagged: ratio < 0.8 });
      });
    });
  }
});

describe('regression fairness matches MetricFrame(...).difference() (numpy reference)', () => {
  const r = fixture.regression;
  const section = fairnessReport({ task: 'regression', yTrue: Float64Array.from(r.yTrue), yPred: Float64Array.from(r.yPred), sensitive: sensitiveOf(r.columns) });
  it('per-group MAE, RMSE, mean prediction and the largest gaps', () => {
    const feature = section.features[0] as RegressionFairnessFeature;
    const ref = r.features[0]!;
    for (const refGroup of ref.groups) {
      const group = feature.groups.find((g) => key(g.values) === key(refGroup.values))!;
      expect(group.n).toBe(refGroup.n);
      for (const metric of ['mae', 'rmse', 'mean_prediction', 'mean_label'] as const) expectClose(group.metrics[metric], refGroup[metric], metric);
    }
    expect(feature.groups.length).toBe(ref.groups.length);
    expect(feature.excluded.map((e) => [key(e.values), e.n])).toEqual(ref.excluded.map((e) => [key(e.values), e.n]));
    for (const [name, gap] of Object.entries(ref.gaps)) {
      const actual = feature.gaps[name as keyof typeof feature.gaps];
      expectClose(actual.value, gap.value, name);
      expect(actual.highest).toEqual(gap.highest);
      expect(actual.lowest).toEqual(gap.lowest);
    }
  });
});

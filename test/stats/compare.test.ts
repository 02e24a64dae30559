import { describe, expect, it } from 'vitest';
import { UserError } from '../../shared/errors.js';
import { computeMetrics, type BinaryInput, type MulticlassInput, type RegressionInput, METRIC_NAMES } from '../../shared/metrics/index.js';
import { evaluationRecordType, type EvaluationRecord } from '../../shared/schemas/evaluation-record.js';
import { compareModels, pairedBootstrap, Xoshiro128 } from '../../shared/stats/index.js';
import { binaryMetrics, brierScore } from '../../shared/metrics/binary.js';

/** Synthetic paired predictions: a shared latent signal plus model-specific noise (test data only). */
function binaryPair(n: number, seed: number, candidateNoise: number, baselineNoise: number): [BinaryInput, BinaryInput] {
  const rng = new Xoshiro128(seed);
  const gauss = (): number => Math.sqrt(-2 * Math.log(1 - rng.nextFloat())) * Math.cos(2 * Math.PI * rng.nextFloat());
  const yTrue = new Uint8Array(n);
  const a = new Float64Array(n);
  const b = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    yTrue[i] = rng.nextFloat() < 0.4 ? 1 : 0;
    const signal = 1.5 * (2 * (yTrue[i] as number) - 1) + gauss();
    a[i] = 1 / (1 + Math.exp(-(signal + candidateNoise * gauss())));
    b[i] = 1 / (1 + Math.exp(-(signal + baselineNoise * gauss())));
  }
  return [
    { yTrue, score: a, threshold: 0.5 },
    { yTrue, score: b, threshold: 0.5 },
  ];
}

function contains(ci: unknown, value: number): boolean {
  return Array.isArray(ci) && (ci[0] as number) <= value && value <= (ci[1] as number);
}

describe('compareModels (binary)', () => {
  const [candidate, baseline] = binaryPair(1500, 11, 0.3, 2.5);

  it('picks McNemar for accuracy, DeLong for AUC and the bootstrap for the rest, with exact point values', () => {
    const section = compareModels('binary', candidate, baseline, { seed: 7, resamples: 300 });
    expect(Object.keys(section.metrics)).toEqual([...METRIC_NAMES.binary]);
    expect(section.metrics.accuracy?.method).toBe('mcnemar-exact');
    expect(section.metrics.roc_auc?.method).toBe('delong');
    expect(section.metrics.brier?.method).toBe('paired-bootstrap');
    expect(section.bootstrap).toEqual({ resamples: 300, seed: 7 });
    const exact = binaryMetrics(candidate).metrics;
    for (const [name, comparison] of Object.entries(section.metrics)) expect(comparison.candidate, name).toBe(exact[name]);
  });

  it('finds a much better candidate significantly better, in the right direction', () => {
    const m = compareModels('binary', candidate, baseline, { seed: 7, resamples: 300 }).metrics;
    expect(m.roc_auc?.significant && (m.roc_auc.delta as number) > 0).toBe(true);
    expect(m.accuracy?.significant && (m.accuracy.delta as number) > 0).toBe(true);
    expect(m.log_loss?.significant && (m.log_loss.delta as number) < 0 && m.log_loss.higherIsBetter === false).toBe(true);
    expect((m.brier?.ci as [number, number])[1]).toBeLessThan(0);
    for (const comparison of Object.values(m)) if (typeof comparison.delta === 'number') expect(contains(comparison.ci, comparison.delta)).toBe(true);
  });

  it('identical models: delta 0, intervals contain 0, nothing significant', () => {
    const section = compareModels('binary', candidate, { ...candidate }, { seed: 3, resamples: 200 });
    for (const [name, c] of Object.entries(section.metrics)) {
      expect(c.delta, name).toBe(0);
      expect(contains(c.ci, 0), `${name} ${JSON.stringify(c.ci)}`).toBe(true);
      expect(c.significant, name).toBe(false);
    }
    expect(section.metrics.accuracy?.pValue).toBe(1);
  });

  it('is deterministic for a seed and changes with the seed', () => {
    const one = compareModels('binary', candidate, baseline, { seed: 42, resamples: 200 });
    const two = compareModels('binary', candidate, baseline, { seed: 42, resamples: 200 });
    const other = compareModels('binary', candidate, baseline, { seed: 43, resamples: 200 });
    expect(JSON.stringify(two)).toBe(JSON.stringify(one));
    expect(other.metrics.brier?.ci).not.toEqual(one.metrics.brier?.ci);
    expect(other.metrics.roc_auc).toEqual(one.metrics.roc_auc); // DeLong does not resample
  });

  it('fits the evaluation record schema', () => {
    const section = compareModels('binary', candidate, baseline, { seed: 1, resamples: 50 });
    const digest = `sha256:${'0'.repeat(64)}` as const;
    const record: EvaluationRecord = {
      kind: 'evaluation-record',
      schemaVersion: 1,
      createdAt: '2026-11-30T07:00:00Z',
      task: 'binary',
      model: { digest, name: 'm.onnx', inputs: [], outputs: [] },
      data: { digest, source: 'd.csv', format: 'csv' },
      rows: 1500,
      label: 'y',
      features: [],
      metrics: computeMetrics('binary', candidate).metrics,
      slices: [],
      comparison: section,
      timings: {},
      runtime: { node: 'v20', onnxruntime: '1.30.0', mlci: '0.1.0' },
      seed: 1,
    };
    expect(() => evaluationRecordType.validate(record, 'test')).not.toThrow();
  });

  it('leaves the ranking bootstrap explicitly undefined over its work budget', () => {
    const m = compareModels('binary', candidate, baseline, { seed: 1, resamples: 100, rankingWork: 1000 }).metrics;
    expect(m.average_precision?.ci).toEqual({ undefined: expect.stringContaining('budget') });
    expect(m.average_precision?.significant).toBe(false);
    expect(typeof m.average_precision?.candidate).toBe('number');
    expect(Array.isArray(m.brier?.ci)).toBe(true);
  });

  it('reports metrics undefined in some resamples instead of dropping those resamples', () => {
    const yTrue = Uint8Array.from([1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    const score = Float64Array.from([0.9, 0.1, 0.2, 0.1, 0.3, 0.2, 0.1, 0.2, 0.4, 0.1, 0.2, 0.3]);
    const m = compareModels('binary', { yTrue, score, threshold: 0.5 }, { yTrue, score: score.map((s) => s * 0.9), threshold: 0.5 }, { seed: 5, resamples: 200 }).metrics;
    expect(m.precision?.ci).toEqual({ undefined: expect.stringMatching(/undefined in \d+ of 200 bootstrap resamples/) });
  });

  it('rejects predictions of different rows and unknown metrics with a UserError', () => {
    const shorter = { ...baseline, yTrue: baseline.yTrue.subarray(1), score: baseline.score.subarray(1) };
    expect(() => compareModels('binary', candidate, shorter, { seed: 1 })).toThrow(UserError);
    expect(() => compareModels('binary', candidate, baseline, { seed: 1, metrics: ['rmse'] })).toThrow(/unknown metric "rmse"/);
    expect(() => compareModels('binary', candidate, baseline, { seed: 1.5 })).toThrow(UserError);
    expect(() => compareModels('binary', candidate, baseline, { seed: 1, resamples: 1 })).toThrow(UserError);
  });
});

describe('bootstrap engines', () => {
  it('the generic paired bootstrap is deterministic for a seed', () => {
    const [a, b] = binaryPair(400, 2, 0.5, 1.5);
    const metric = (input: BinaryInput) => binaryMetrics(input).metrics.brier as number;
    const one = pairedBootstrap('binary', metric, a, b, { seed: 9, resamples: 100 });
    const two = pairedBootstrap('binary', metric, a, b, { seed: 9, resamples: 100 });
    expect(two).toEqual(one);
    expect(one.resamples).toBe(100);
    expect(one.seed).toBe(9);
  });

  it('the unit (cluster) engine beyond 4096 rows matches the row bootstrap’s spread', () => {
    const [a, b] = binaryPair(12000, 4, 0.5, 1.2);
    const brier = (input: BinaryInput) => brierScore(input);
    const generic = pairedBootstrap('binary', brier, a, b, { seed: 1, resamples: 400 });
    const fast = compareModels('binary', a, b, { seed: 1, resamples: 400, metrics: ['brier'] }).metrics.brier;
    const width = (ci: unknown) => (ci as [number, number])[1] - (ci as [number, number])[0];
    expect(width(fast?.ci) / width(generic.ci)).toBeGreaterThan(0.8);
    expect(width(fast?.ci) / width(generic.ci)).toBeLessThan(1.25);
    expect((fast?.mde as number) / (generic.mde as number)).toBeGreaterThan(0.8);
    expect((fast?.mde as number) / (generic.mde as number)).toBeLessThan(1.25);
  });

  it('intervals of equally good independent models cover 0 about 95% of the time', () => {
    let covered = 0;
    const runs = 80;
    for (let run = 0; run < runs; run++) {
      const [a, b] = binaryPair(300, 1000 + run, 1, 1);
      const m = compareModels('binary', a, b, { seed: run, resamples: 200, metrics: ['brier'] }).metrics;
      if (contains(m.brier?.ci, 0)) covered++;
    }
    expect(covered / runs).toBeGreaterThan(0.85);
    expect(covered / runs).toBeLessThan(1);
  });
});

describe('compareModels (multiclass, regression)', () => {
  it('multiclass: every metric compared, OVR AUC by bootstrap', () => {
    const rng = new Xoshiro128(5);
    const n = 600;
    const classes = 3;
    const yTrue = Int32Array.from({ length: n }, () => rng.nextBelow(classes));
    const make = (noise: number): MulticlassInput => {
      const proba = new Float64Array(n * classes);
      for (let i = 0; i < n; i++) {
        let sum = 0;
        for (let c = 0; c < classes; c++) {
          const v = Math.exp((c === yTrue[i] ? 1.5 : 0) + noise * rng.nextFloat());
          proba[i * classes + c] = v;
          sum += v;
        }
        for (let c = 0; c < classes; c++) proba[i * classes + c] = (proba[i * classes + c] as number) / sum;
      }
      return { yTrue, proba, classes };
    };
    const section = compareModels('multiclass', make(0.5), make(3), { seed: 2, resamples: 200 });
    expect(Object.keys(section.metrics)).toEqual([...METRIC_NAMES.multiclass]);
    expect(section.metrics.accuracy?.method).toBe('mcnemar-exact');
    expect(section.metrics.roc_auc_ovr?.method).toBe('paired-bootstrap');
    expect(section.metrics.roc_auc_ovr?.significant && (section.metrics.roc_auc_ovr.delta as number) > 0).toBe(true);
    expect(section.metrics.f1_macro?.significant).toBe(true);
  });

  it('regression: all bootstrap, constant-target R² stays undefined', () => {
    const rng = new Xoshiro128(8);
    const n = 500;
    const yTrue = Float64Array.from({ length: n }, () => 10 + 5 * rng.nextFloat());
    const good: RegressionInput = { yTrue, yPred: yTrue.map((y) => y + (rng.nextFloat() - 0.5)) };
    const bad: RegressionInput = { yTrue, yPred: yTrue.map((y) => y + 3 * (rng.nextFloat() - 0.5)) };
    const section = compareModels('regression', good, bad, { seed: 4, resamples: 200 });
    for (const c of Object.values(section.metrics)) expect(c.method).toBe('paired-bootstrap');
    expect(section.metrics.rmse?.significant && (section.metrics.rmse.delta as number) < 0).toBe(true);
    expect(section.metrics.r2?.significant && (section.metrics.r2.delta as number) > 0).toBe(true);
    const constant = new Float64Array(50).fill(2);
    const flat = compareModels('regression', { yTrue: constant, yPred: constant.map(() => 2.1) }, { yTrue: constant, yPred: constant.map(() => 2.2) }, { seed: 1, resamples: 50 });
    expect(flat.metrics.r2?.delta).toEqual({ undefined: expect.stringContaining('constant') });
    expect(flat.metrics.mae?.significant).toBe(true);
  });
});

describe('generic paired bootstrap over every task', () => {
  it('resamples multiclass and regression inputs row by row, deterministically', async () => {
    const { multiclassAccuracy, meanAbsoluteError } = await import('../../shared/metrics/index.js');
    const rng = new Xoshiro128(12);
    const n = 300;
    const yTrue = Int32Array.from({ length: n }, () => rng.nextBelow(3));
    const proba = (skill: number) => {
      const p = new Float64Array(n * 3);
      for (let i = 0; i < n; i++) for (let c = 0; c < 3; c++) p[i * 3 + c] = (c === yTrue[i] ? skill : 0) + rng.nextFloat();
      return p;
    };
    const a = { yTrue, proba: proba(0.6), classes: 3 };
    const b = { yTrue, proba: proba(0.1), classes: 3 };
    const one = pairedBootstrap('multiclass', multiclassAccuracy, a, b, { seed: 3, resamples: 150 });
    expect(pairedBootstrap('multiclass', multiclassAccuracy, a, b, { seed: 3, resamples: 150 })).toEqual(one);
    expect(contains(one.ci, one.delta as number)).toBe(true);
    expect(one.significant).toBe(true);

    const y = Float64Array.from({ length: n }, () => rng.nextFloat() * 10 + 1);
    const r1 = { yTrue: y, yPred: y.map((v) => v + rng.nextFloat() - 0.5) };
    const r2 = { yTrue: y, yPred: y.map((v) => v + 2 * (rng.nextFloat() - 0.5)) };
    const reg = pairedBootstrap('regression', meanAbsoluteError, r1, r2, { seed: 3, resamples: 150 });
    expect((reg.ci as [number, number])[1]).toBeLessThan(0);
  });

  it('an undefined point value gives an undefined delta and interval, never 0', () => {
    const yTrue = new Uint8Array(20);
    const input = { yTrue, score: new Float64Array(20).fill(0.2), threshold: 0.5 };
    const result = pairedBootstrap('binary', (i: BinaryInput) => binaryMetrics(i).metrics.recall!, input, input, { seed: 1, resamples: 10 });
    expect(result.delta).toEqual({ undefined: expect.stringContaining('no positive rows') });
    expect(result.ci).toEqual(result.delta);
    expect(result.significant).toBe(false);
  });
});

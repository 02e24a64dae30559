import { describe, expect, it } from 'vitest';
import { binarySums, METRIC_NAMES, sortScores, type BinaryInput, type MetricValue } from '../../shared/metrics/index.js';
import { additiveLayout } from '../../shared/stats/additive.js';
import { comparePair, discordantCounts, drawBootstrapUnits, mcnemarTest, normalQuantile, placements, summarizeDeltas, Xoshiro128 } from '../../shared/stats/index.js';

/**
 * The paired comparison's fast paths (one pass per model for point and per-unit sums, column sums over
 * the drawn units only, bulk PRNG draws, placements subtracted in place, agreement without arrays) must
 * give exactly the figures of the straightforward algorithm, written out here with the library's
 * per-row layouts and one PRNG call per draw.
 */
// As compare.ts resolves the default confidence of 0.95 (1 − 0.95 is not exactly 0.05).
const ALPHA = 1 - 0.95;
const POWER = 0.8;
const RESAMPLES = 60;

function pair(n: number, seed: number, variant: 'plain' | 'float32 and labels' | 'not probabilities'): [BinaryInput, BinaryInput] {
  const rng = new Xoshiro128(seed);
  const yTrue = Uint8Array.from({ length: n }, () => (rng.nextFloat() < 0.35 ? 1 : 0));
  const score = (noise: number) => Float64Array.from(yTrue, (y) => Math.min(1, Math.max(0, 0.3 + 0.3 * y + (rng.nextFloat() - 0.5) * noise)));
  const a = score(0.6);
  const b = score(0.9);
  if (variant === 'float32 and labels') {
    const yPred = Uint8Array.from(a, (p) => (p > 0.42 ? 1 : 0));
    return [
      { yTrue, score: Float32Array.from(a), threshold: 0.5, probabilityDtype: 'float32', yPred },
      { yTrue, score: Float32Array.from(b), threshold: 0.5, probabilityDtype: 'float32' },
    ];
  }
  if (variant === 'not probabilities') for (let i = 0; i < n; i += 97) b[i] = 1.25;
  return [
    { yTrue, score: a, threshold: 0.45 },
    { yTrue, score: b, threshold: 0.45 },
  ];
}

/** The bootstrap deltas of every additive metric, row by row through the layouts. */
function referenceBootstrap(candidate: BinaryInput, baseline: BinaryInput, seed: number) {
  const n = candidate.yTrue.length;
  const rng = new Xoshiro128(seed);
  const count = Math.min(n, 4096);
  const unitOf = Uint32Array.from({ length: n }, (_, i) => (n <= 4096 ? i : rng.nextUint32() >>> 20));
  const rows = new Float64Array(count);
  for (const u of unitOf) rows[u]! += 1;
  const layouts = [additiveLayout('binary', candidate), additiveLayout('binary', baseline)] as const;
  const width = layouts[0].width + layouts[1].width;
  const perUnit = new Float64Array(count * width);
  for (let row = 0; row < n; row++) {
    layouts[0].accumulate(row, perUnit, unitOf[row]! * width);
    layouts[1].accumulate(row, perUnit, unitOf[row]! * width + layouts[0].width);
  }
  const deltas = new Map<string, { values: number[]; undefinedCount: number; reason: string }>();
  for (let r = 0; r < RESAMPLES; r++) {
    const weights = new Float64Array(count);
    for (let i = 0; i < count; i++) weights[rng.nextBelow(count)]! += 1;
    const sums = new Float64Array(width);
    let total = 0;
    for (let u = 0; u < count; u++) {
      const w = weights[u]!;
      if (w === 0) continue;
      total += w * rows[u]!;
      for (let k = 0; k < width; k++) sums[k] = sums[k]! + w * perUnit[u * width + k]!;
    }
    const a = layouts[0].metrics(sums, 0, total);
    const b = layouts[1].metrics(sums, layouts[0].width, total);
    for (const name of Object.keys(a)) {
      const entry = deltas.get(name) ?? { values: [], undefinedCount: 0, reason: '' };
      const [x, y] = [a[name] as MetricValue, b[name] as MetricValue];
      if (typeof x === 'number' && typeof y === 'number') entry.values.push(x - y);
      else {
        entry.undefinedCount++;
        entry.reason ||= typeof x === 'object' ? x.undefined : typeof y === 'object' ? y.undefined : 'missing';
      }
      deltas.set(name, entry);
    }
  }
  return deltas;
}

function predicted(input: BinaryInput, i: number): boolean {
  return input.yPred ? input.yPred[i] === 1 : input.score[i]! >= input.threshold;
}

describe('comparePair fast paths equal the straightforward computation', () => {
  const cases: Array<[string, number, 'plain' | 'float32 and labels' | 'not probabilities']> = [
    ['rows as units, float64 probabilities', 1500, 'plain'],
    ['random units beyond 4,096 rows, float32 scores, model labels', 6000, 'float32 and labels'],
    ['a baseline with scores outside [0, 1]', 2000, 'not probabilities'],
  ];
  for (const [name, n, variant] of cases) {
    it(name, () => {
      const [candidate, baseline] = pair(n, n, variant);
      const seed = 5;
      const { comparison } = comparePair('binary', candidate, baseline, { seed, resamples: RESAMPLES, rankingWork: 0 });
      expect(Object.keys(comparison.metrics)).toEqual([...METRIC_NAMES.binary]);
      const reference = referenceBootstrap(candidate, baseline, seed);
      for (const [metric, deltas] of reference) {
        const got = comparison.metrics[metric]!;
        if (typeof got.candidate !== 'number' || typeof got.baseline !== 'number') {
          expect(got.ci, metric).toEqual({ undefined: expect.any(String) });
          continue;
        }
        const summary = summarizeDeltas(Float64Array.from(deltas.values), deltas.undefinedCount, deltas.reason, ALPHA, POWER);
        expect({ ci: got.ci, significant: got.significant, mde: got.mde }, metric).toEqual({ ci: summary.ci, significant: summary.significant, mde: summary.mde });
      }
      // McNemar from per-row correctness arrays.
      const right = (input: BinaryInput) => Uint8Array.from(input.yTrue, (y, i) => (predicted(input, i) === (y === 1) ? 1 : 0));
      const [ra, rb] = [right(candidate), right(baseline)];
      const { candidateOnly, baselineOnly } = discordantCounts(ra, rb);
      const test = mcnemarTest(candidateOnly, baselineOnly, n, ALPHA, POWER);
      const sum = (v: Uint8Array) => v.reduce((s, x) => s + x, 0);
      expect(comparison.metrics.accuracy).toMatchObject({ candidate: sum(ra) / n, baseline: sum(rb) / n, ci: test.ci, pValue: test.pValue, mde: test.mde });
      // DeLong's variance from two separate placement arrays.
      const positives = sum(candidate.yTrue);
      const pa = placements(candidate.yTrue, candidate.score, positives, n - positives, sortScores(candidate.score, candidate.yTrue));
      const pb = placements(baseline.yTrue, baseline.score, positives, n - positives, sortScores(baseline.score, baseline.yTrue));
      const diff = Float64Array.from(pa.at, (v, i) => v - pb.at[i]!);
      const variance = (positive: number) => {
        const d = Array.from(diff).filter((_, i) => candidate.yTrue[i] === positive);
        const mean = d.reduce((s, x) => s + x, 0) / d.length;
        return d.reduce((s, x) => s + (x - mean) * (x - mean), 0) / (d.length - 1);
      };
      const se = Math.sqrt(variance(1) / positives + variance(0) / (n - positives));
      const auc = comparison.metrics.roc_auc!;
      expect(auc.delta).toBe(pa.auc - pb.auc);
      expect(auc.mde).toBe((normalQuantile(1 - ALPHA / 2) + normalQuantile(POWER)) * se);
    });
  }
});

describe('candidate units summed by the caller', () => {
  it('give the comparison it gives alone; units of another seed are not used', () => {
    for (const n of [1500, 6000]) {
      const [candidate, baseline] = pair(n, n + 1, 'plain');
      const alone = comparePair('binary', candidate, baseline, { seed: 3, resamples: RESAMPLES });
      const units = drawBootstrapUnits(n, 3);
      const other = { key: Int32Array.from({ length: n }, (_, i) => i % 7), groupOfKey: Int32Array.from({ length: 8 }, (_, k) => k - 1), groups: 7 };
      const sums = binarySums(candidate, [other, units.keys]);
      const given = comparePair('binary', candidate, baseline, { seed: 3, resamples: RESAMPLES, candidateUnits: { units, sums: { whole: sums.whole, groups: [sums.groups[1]!] } } });
      expect(given).toEqual(alone);
      const stale = drawBootstrapUnits(n, 4);
      const ignored = comparePair('binary', candidate, baseline, { seed: 3, resamples: RESAMPLES, candidateUnits: { units: stale, sums: binarySums(candidate, [stale.keys]) } });
      expect(ignored).toEqual(alone);
    }
  });
});

describe('Xoshiro128 bulk draws', () => {
  it('countDraws and fillShifted continue the stream exactly as nextBelow and nextUint32 do', () => {
    const bulk = new Xoshiro128(42);
    const single = new Xoshiro128(42);
    const units = new Uint32Array(1000);
    bulk.fillShifted(units, 20);
    expect(Array.from(units)).toEqual(Array.from({ length: 1000 }, () => single.nextUint32() >>> 20));
    const counts = new Float64Array(37);
    bulk.countDraws(counts, 500);
    const expected = new Float64Array(37);
    for (let i = 0; i < 500; i++) expected[single.nextBelow(37)]! += 1;
    expect(Array.from(counts)).toEqual(Array.from(expected));
    expect(bulk.nextUint32()).toBe(single.nextUint32());
  });
});

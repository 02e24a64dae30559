import { describe, expect, it } from 'vitest';
import { UserError } from '../../shared/errors.js';
import {
  argsortFloat64,
  binaryAccuracy,
  binaryF1,
  binaryPrecision,
  binaryRecall,
  averagePrecision,
  brierScore,
  binaryLogLoss,
  binaryEce,
  computeMetrics,
  eceBin,
  meanAbsoluteError,
  meanAbsolutePercentageError,
  meanSquaredError,
  METRIC_NAMES,
  r2Score,
  rankingMetrics,
  rocAuc,
  rootMeanSquaredError,
  weightedRankingMetrics,
  prepareWeightedRanking,
  sortScores,
  groupedBinaryMetrics,
  binaryMetrics,
  binaryResult,
  binarySums,
  BinarySumsInProgress,
  higherIsBetter,
} from '../../shared/metrics/index.js';

/** Deterministic pseudo-random numbers for test data (not the library's PRNG, on purpose). */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('argsortFloat64', () => {
  for (const n of [0, 1, 10, 255, 256, 5000]) {
    it(`orders ${n} values like a stable comparator sort, ties and signed zeros included`, () => {
      const rand = lcg(n + 1);
      const values = Float64Array.from({ length: n }, (_, i) =>
        i % 7 === 0 ? -0 : i % 11 === 0 ? 0 : Math.round((rand() - 0.5) * 200) / (i % 3 === 0 ? 1 : 7) * (i % 13 === 0 ? 1e300 : 1),
      );
      const expected = Array.from({ length: n }, (_, i) => i).sort((a, b) => (values[a] as number) - (values[b] as number) || a - b);
      expect(Array.from(argsortFloat64(values))).toEqual(expected);
      const labels = Uint8Array.from({ length: n }, (_, i) => (i * 7) % 3 === 0 ? 1 : 0);
      const withLabels = sortScores(values, labels);
      expect(Array.from(withLabels.order)).toEqual(expected);
      expect(Array.from(withLabels.sorted)).toEqual(expected.map((row) => (values[row] as number) + 0));
      expect(Array.from(withLabels.labels ?? [])).toEqual(expected.map((row) => labels[row]));
    });
  }
  it('sorts float32-valued scores (what float32 models output) on 32-bit keys with the same result', () => {
    const rand = lcg(9);
    const values = Float64Array.from({ length: 4000 }, (_, i) =>
      i % 97 === 0 ? -0 : i % 89 === 0 ? Infinity : i % 83 === 0 ? -Infinity : Math.fround(Math.round((rand() - 0.3) * 500) / 64 + (i % 5 === 0 ? 1e-30 : 0)),
    );
    expect(values.every((v) => Math.fround(v) === v)).toBe(true);
    const labels = Uint8Array.from(values, (_, i) => i % 3 === 0 ? 1 : 0);
    const expected = Array.from(values.keys()).sort((a, b) => (values[a] as number) - (values[b] as number) || a - b);
    const sorted = sortScores(values, labels);
    expect(Array.from(sorted.order)).toEqual(expected);
    expect(Array.from(sorted.sorted)).toEqual(expected.map((row) => (values[row] as number) + 0));
    expect(Array.from(sorted.labels ?? [])).toEqual(expected.map((row) => labels[row]));
  });
  const spans: Array<[string, (rand: () => number, i: number) => number]> = [
    ['all equal (no pass)', () => 0.25],
    ['within 2^11 key values (one pass)', (rand) => 0.5 + Math.floor(rand() * 1500) * 2 ** -24],
    ['probabilities of one model, about 2^25 key values (two passes)', (rand) => 0.03 + Math.round(rand() * 5000) / 6000],
    ['every sign and exponent (three passes)', (rand, i) => (i % 9 === 0 ? -0 : (rand() - 0.5) * 2 ** Math.floor(rand() * 200 - 100))],
  ];
  for (const [name, value] of spans) {
    it(`float32 scores ${name}, as Float64Array and as Float32Array, sort like a stable comparator sort`, () => {
      const rand = lcg(name.length);
      const values = Float64Array.from({ length: 3000 }, (_, i) => Math.fround(value(rand, i)));
      const labels = Uint8Array.from(values, (_, i) => ((i * 13) % 7 < 2 ? 1 : 0));
      const expected = Array.from(values.keys()).sort((a, b) => (values[a] as number) - (values[b] as number) || a - b);
      for (const input of [values, Float32Array.from(values)]) {
        for (const withLabels of [labels, undefined]) {
          const sorted = sortScores(input, withLabels);
          expect(Array.from(sorted.order)).toEqual(expected);
          expect(Array.from(sorted.sorted)).toEqual(expected.map((row) => (values[row] as number) + 0));
          expect(sorted.sorted.every((v) => !Object.is(v, -0))).toBe(true);
          if (withLabels) expect(Array.from(sorted.labels ?? [])).toEqual(expected.map((row) => labels[row]));
          else expect(sorted.labels).toBeUndefined();
        }
      }
    });
  }
  it('handles infinities and denormals', () => {
    const values = Float64Array.from([Infinity, -Infinity, 5e-324, -5e-324, 0, 1, -1].flatMap((v) => Array(50).fill(v) as number[]));
    const order = argsortFloat64(values);
    for (let i = 1; i < order.length; i++) expect(values[order[i] as number]! >= values[order[i - 1] as number]!).toBe(true);
  });
});

describe('groupedBinaryMetrics', () => {
  /** Rows of 5 keys (−1 = missing) dealt to 4 groups, one key in no group, one group empty. */
  function groupedCase(seed: number, score: (rand: () => number, row: number) => number) {
    const rand = lcg(seed);
    const n = 3000;
    const yTrue = Uint8Array.from({ length: n }, () => (rand() < 0.3 ? 1 : 0));
    const values = Float64Array.from({ length: n }, (_, row) => score(rand, row));
    const key = Int32Array.from({ length: n }, () => Math.floor(rand() * 5) - 1); // −1 … 3
    const groupOfKey = Int32Array.from([2, 0, -1, 1, 3]); // key 1 in no group; group 4 has no key
    return { yTrue, values, key, groupOfKey, groups: 5 };
  }
  const cases: Array<[string, number, (rand: () => number, row: number) => number]> = [
    ['float32 scores with many ties', 42, (rand) => Math.fround(Math.round(rand() * 40) / 41)],
    ['float64 scores, ties and signed zeros', 7, (rand, row) => (row % 17 === 0 ? -0 : Math.round(rand() * 300) / 301)],
    ['scores outside [0, 1] in some rows', 9, (rand, row) => (row % 401 === 0 ? 1.5 : Math.round(rand() * 20) / 20)],
  ];
  for (const [name, seed, score] of cases) {
    it(`${name}: every group's figures are bit-identical to its rows evaluated alone`, () => {
      const { yTrue, values, key, groupOfKey, groups } = groupedCase(seed, score);
      for (const yPred of [undefined, Uint8Array.from(values, (v) => (v > 0.4 ? 1 : 0))]) {
        const input = { yTrue, score: values, threshold: 0.45, probabilityDtype: 'float32' as const, ...(yPred ? { yPred } : {}) };
        const results = groupedBinaryMetrics(input, sortScores(values, yTrue), { key, groupOfKey, groups });
        expect(results).toHaveLength(groups);
        results.forEach((result, g) => {
          const rows = Array.from({ length: yTrue.length }, (_, row) => row).filter((row) => groupOfKey[key[row]! + 1] === g);
          const alone = binaryMetrics({
            ...input,
            yTrue: Uint8Array.from(rows, (row) => yTrue[row]!),
            score: Float64Array.from(rows, (row) => values[row]!),
            ...(yPred ? { yPred: Uint8Array.from(rows, (row) => yPred[row]!) } : {}),
          });
          expect(result).toEqual(alone);
          // toEqual does not tell −0 from +0; the numbers must be the same bits.
          for (const [metric, value] of Object.entries(result.metrics)) if (typeof value === 'number') expect(Object.is(value, alone.metrics[metric]), metric).toBe(true);
        });
        expect(results[4]!.n).toBe(0);
      }
    });
  }
  it('one binarySums pass over two groupings gives the whole set and each grouping what separate passes give', () => {
    const { yTrue, values, key, groupOfKey, groups } = groupedCase(3, (rand) => Math.fround(Math.round(rand() * 30) / 31));
    const input = { yTrue, score: values, threshold: 0.5, probabilityDtype: 'float32' as const };
    const sorted = sortScores(values, yTrue);
    const other = { key: Int32Array.from(key, (k, row) => (row % 3 === 0 ? -1 : (k + row) % 4)), groupOfKey: Int32Array.from([-1, 1, 0, 2, 3]), groups: 4 };
    const both = binarySums(input, [{ key, groupOfKey, groups }, other]);
    expect(binaryResult(both.whole, 0, rankingMetrics(yTrue, values, sorted))).toEqual(binaryMetrics(input));
    expect(groupedBinaryMetrics(input, sorted, { key, groupOfKey, groups }, both.groups[0])).toEqual(groupedBinaryMetrics(input, sorted, { key, groupOfKey, groups }));
    expect(groupedBinaryMetrics(input, sorted, other, both.groups[1])).toEqual(groupedBinaryMetrics(input, sorted, other));
  });

  it('sums rows added a range at a time, in order, to the same bits as one pass, and refuses a gap', () => {
    const { yTrue, values, key, groupOfKey, groups } = groupedCase(5, (rand) => rand() * 1.1 - 0.05);
    const input = { yTrue, score: values, threshold: 0.5 };
    const keys = [{ key, groupOfKey, groups }];
    const whole = binarySums(input, keys);
    const inProgress = new BinarySumsInProgress(keys, undefined);
    const n = yTrue.length;
    for (const [from, to] of [[0, 1], [1, 7], [7, 7], [7, Math.floor(n / 2)], [Math.floor(n / 2), n]] as const) inProgress.add(input, from, to);
    const result = inProgress.result();
    // Bits, not closeness: −0/+0 and the last digit of the loss sums must be the same.
    expect(Array.from(result.whole, (v) => Object.is(v, -0) ? '-0' : v)).toEqual(Array.from(whole.whole, (v) => Object.is(v, -0) ? '-0' : v));
    expect(result.groups.map((g) => Array.from(g))).toEqual(whole.groups.map((g) => Array.from(g)));
    expect(whole.whole[4], 'scores outside [0, 1] are counted, so the loss sums are not used').toBeGreaterThan(0);
    const gap = new BinarySumsInProgress(keys, undefined);
    gap.add(input, 0, 10);
    expect(() => gap.add(input, 11, 20)).toThrowError(/rows 11–20 added after rows up to 10/);
  });
});

describe('binary edge cases', () => {
  const empty = { yTrue: new Uint8Array(0), score: new Float64Array(0), threshold: 0.5 };
  it('an empty set gives every metric as undefined, never 0 or NaN', () => {
    const { metrics } = computeMetrics('binary', empty);
    expect(Object.keys(metrics)).toEqual([...METRIC_NAMES.binary]);
    for (const v of Object.values(metrics)) expect(v).toEqual({ undefined: expect.any(String) });
  });
  it('the individual functions agree with computeMetrics', () => {
    const rand = lcg(7);
    const yTrue = Uint8Array.from({ length: 400 }, () => (rand() < 0.4 ? 1 : 0));
    const score = Float64Array.from(yTrue, (y) => Math.min(1, Math.max(0, 0.3 + 0.3 * y + (rand() - 0.5) * 0.6)));
    const input = { yTrue, score, threshold: 0.45 };
    const { metrics } = computeMetrics('binary', input);
    expect(binaryAccuracy(input)).toBe(metrics.accuracy);
    expect(binaryPrecision(input)).toBe(metrics.precision);
    expect(binaryRecall(input)).toBe(metrics.recall);
    expect(binaryF1(input)).toBe(metrics.f1);
    expect(rocAuc(input)).toBe(metrics.roc_auc);
    expect(averagePrecision(input)).toBe(metrics.average_precision);
    expect(binaryLogLoss(input)).toBe(metrics.log_loss);
    expect(brierScore(input)).toBe(metrics.brier);
    expect(binaryEce(input)).toBe(metrics.ece);
  });
  it('uses the model labels when yPred is given instead of the threshold', () => {
    const input = { yTrue: Uint8Array.from([1, 0, 1, 0]), score: Float64Array.from([0.9, 0.8, 0.2, 0.1]), threshold: 0.5 };
    expect(binaryAccuracy(input)).toBe(0.5);
    expect(binaryAccuracy({ ...input, yPred: Uint8Array.from([1, 0, 1, 0]) })).toBe(1);
  });
  it('predicts positive at score == threshold', () => {
    const input = { yTrue: Uint8Array.from([1, 0]), score: Float64Array.from([0.5, 0.2]), threshold: 0.5 };
    expect(binaryRecall(input)).toBe(1);
  });
  it('unit weights in the weighted ranking pass reproduce the unweighted metrics', () => {
    const rand = lcg(3);
    const yTrue = Uint8Array.from({ length: 1000 }, () => (rand() < 0.3 ? 1 : 0));
    const score = Float64Array.from({ length: 1000 }, () => Math.round(rand() * 20) / 20);
    const sorted = sortScores(score);
    const rows = prepareWeightedRanking(yTrue, sorted, Uint32Array.from({ length: 1000 }, (_, i) => i % 10));
    const weighted = weightedRankingMetrics(rows, new Float64Array(10).fill(1));
    const plain = rankingMetrics(yTrue, score, sorted);
    expect(weighted.rocAuc).toBeCloseTo(plain.rocAuc as number, 14);
    expect(weighted.averagePrecision).toBeCloseTo(plain.averagePrecision as number, 14);
  });
  it('doubling every weight leaves AUC and AP unchanged', () => {
    const yTrue = Uint8Array.from([0, 1, 1, 0, 1]);
    const score = Float64Array.from([0.1, 0.4, 0.35, 0.8, 0.7]);
    const rows = prepareWeightedRanking(yTrue, sortScores(score), Uint32Array.from([0, 1, 2, 3, 4]));
    const once = weightedRankingMetrics(rows, new Float64Array(5).fill(1));
    const twice = weightedRankingMetrics(rows, new Float64Array(5).fill(2));
    expect(twice.rocAuc).toBeCloseTo(once.rocAuc as number, 15);
    expect(twice.averagePrecision).toBeCloseTo(once.averagePrecision as number, 15);
  });
});

describe('input validation names the field and how to fix it', () => {
  const cases: Array<[string, () => unknown, string]> = [
    ['score length', () => computeMetrics('binary', { yTrue: new Uint8Array(3), score: new Float64Array(2), threshold: 0.5 }), 'score'],
    ['NaN score', () => computeMetrics('binary', { yTrue: new Uint8Array(2), score: Float64Array.from([0.1, NaN]), threshold: 0.5 }), 'score'],
    ['label 2 in binary', () => computeMetrics('binary', { yTrue: Uint8Array.from([0, 2]), score: new Float64Array(2), threshold: 0.5 }), 'yTrue'],
    ['predicted label 3 in binary', () => computeMetrics('binary', { yTrue: new Uint8Array(2), score: new Float64Array(2), threshold: 0.5, yPred: Uint8Array.from([0, 3]) }), 'yPred'],
    ['infinite threshold', () => computeMetrics('binary', { yTrue: new Uint8Array(1), score: new Float64Array(1), threshold: Infinity }), 'threshold'],
    ['class out of range', () => computeMetrics('multiclass', { yTrue: Int32Array.from([0, 3]), proba: new Float64Array(6), classes: 3 }), 'yTrue'],
    ['proba shape', () => computeMetrics('multiclass', { yTrue: Int32Array.from([0, 1]), proba: new Float64Array(5), classes: 3 }), 'proba'],
    ['one class', () => computeMetrics('multiclass', { yTrue: Int32Array.from([0]), proba: new Float64Array(1), classes: 1 }), 'classes'],
    ['infinite prediction', () => computeMetrics('regression', { yTrue: new Float64Array(1), yPred: Float64Array.from([Infinity]) }), 'yPred'],
  ];
  for (const [name, run, field] of cases) {
    it(name, () => {
      let error: unknown;
      try {
        run();
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(UserError);
      expect((error as UserError).location.field).toBe(field);
      expect((error as UserError).fix).toMatch(/\S/);
    });
  }
});

describe('ECE binning', () => {
  it('uses right-closed bins with exact k/10 edges', () => {
    expect(eceBin(0)).toBe(0);
    expect(eceBin(0.1)).toBe(0);
    expect(eceBin(0.1000000001)).toBe(1);
    expect(eceBin(0.3)).toBe(2);
    expect(eceBin(0.30000000000000004)).toBe(3);
    expect(eceBin(0.7)).toBe(6);
    expect(eceBin(1)).toBe(9);
  });
  it('is 0 for perfectly calibrated bins and |acc − conf| otherwise', () => {
    // Confidence 0.75 for 4 rows, 3 correct → calibrated; then all wrong at 0.95.
    const yTrue = Uint8Array.from([1, 1, 1, 0]);
    expect(binaryEce({ yTrue, score: Float64Array.from([0.75, 0.75, 0.75, 0.75]), threshold: 0.5 })).toBeCloseTo(0, 15);
    expect(binaryEce({ yTrue: Uint8Array.from([0, 0]), score: Float64Array.from([0.95, 0.95]), threshold: 0.5 })).toBeCloseTo(0.95, 15);
  });
});

describe('multiclass edge cases', () => {
  it('one-vs-rest AUC is undefined when rows are not probabilities', () => {
    const { metrics } = computeMetrics('multiclass', { yTrue: Int32Array.from([0, 1, 2]), proba: Float64Array.from([0.5, 0.2, 0.2, 0.2, 0.5, 0.2, 0.2, 0.2, 0.5]), classes: 3 });
    expect(metrics.roc_auc_ovr).toEqual({ undefined: expect.stringContaining('sum to 1') });
    expect(metrics.accuracy).toBe(1);
  });
  it('uses the first argmax on ties, like numpy', () => {
    const { confusionMatrix } = computeMetrics('multiclass', { yTrue: Int32Array.from([1]), proba: Float64Array.from([0.4, 0.4, 0.2]), classes: 3 });
    expect(confusionMatrix).toEqual([
      [0, 0, 0],
      [1, 0, 0],
      [0, 0, 0],
    ]);
  });
});

describe('regression individual functions', () => {
  it('agree with computeMetrics and give undefined on an empty set', () => {
    const input = { yTrue: Float64Array.from([1, 2, 3, 4]), yPred: Float64Array.from([1.5, 2, 2, 5]) };
    const { metrics } = computeMetrics('regression', input);
    expect(meanAbsoluteError(input)).toBe(metrics.mae);
    expect(meanSquaredError(input)).toBe(metrics.mse);
    expect(rootMeanSquaredError(input)).toBe(metrics.rmse);
    expect(r2Score(input)).toBe(metrics.r2);
    expect(meanAbsolutePercentageError(input)).toBe(metrics.mape);
    const empty = computeMetrics('regression', { yTrue: new Float64Array(0), yPred: new Float64Array(0) });
    for (const v of Object.values(empty.metrics)) expect(v).toEqual({ undefined: expect.any(String) });
  });
});

describe('metric direction', () => {
  it('marks losses lower-is-better and scores higher-is-better', () => {
    expect(higherIsBetter('roc_auc')).toBe(true);
    expect(higherIsBetter('log_loss')).toBe(false);
    expect(higherIsBetter('rmse')).toBe(false);
    expect(higherIsBetter('r2')).toBe(true);
  });
});

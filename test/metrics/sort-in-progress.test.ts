import { describe, expect, it } from 'vitest';
import { Float32SortInProgress, sortScores } from '../../shared/metrics/sort.js';

/**
 * Float32 scores whose sort keys are computed as the scores arrive (evaluate's views, while a worker
 * still predicts) must sort exactly as `sortScores` sorts them all at once: the same order (ties in row
 * order), values and carried labels.
 */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function scores(n: number, spread: number, seed: number): Float32Array {
  const rand = lcg(seed);
  // Coarse values (ties), negatives, and −0 next to +0: the keys must fold them as sortScores does.
  return Float32Array.from({ length: n }, (_, i) => (i % 97 === 0 ? -0 : i % 89 === 0 ? 0 : Math.round((rand() - 0.2) * spread) / spread));
}

describe('Float32SortInProgress', () => {
  for (const [n, spread] of [[40_000, 50], [40_000, 1e7], [100, 10], [3, 2]] as const) {
    it(`sorts ${n} scores added a range at a time as sortScores sorts them (spread ${spread})`, () => {
      const values = scores(n, spread, n + spread);
      const labels = Uint8Array.from(values, (_, i) => (i % 3 === 0 ? 1 : 0));
      const inProgress = new Float32SortInProgress(n, labels);
      const cuts = [0, Math.floor(n / 7), Math.floor(n / 7), Math.floor(n / 2), n];
      for (let k = 1; k < cuts.length; k++) inProgress.add(values, cuts[k - 1]!, cuts[k]!);
      const expected = sortScores(values, labels);
      const sorted = inProgress.sort(values);
      expect(Array.from(sorted.order)).toEqual(Array.from(expected.order));
      expect(sorted.sorted.constructor).toBe(expected.sorted.constructor);
      expect(Array.from(sorted.sorted, (v) => (Object.is(v, -0) ? '-0' : v))).toEqual(Array.from(expected.sorted, (v) => (Object.is(v, -0) ? '-0' : v)));
      expect(Array.from(sorted.labels!)).toEqual(Array.from(expected.labels!));
    });
  }

  // The digits a sort passes over depend on the bits in which keys differ: one, two and three passes.
  const spans: Array<[string, (rand: () => number) => number]> = [
    ['keys within one 13-bit digit (one pass)', (rand) => 0.5 + Math.floor(rand() * 4000) * 2 ** -24],
    ['every sign and exponent (three passes)', (rand) => (rand() - 0.5) * 2 ** Math.floor(rand() * 200 - 100)],
    ['all equal (no pass)', () => 0.25],
  ];
  for (const [name, value] of spans) {
    it(`sorts scores with ${name} as sortScores sorts them, with and without labels`, () => {
      const rand = lcg(name.length);
      const values = Float32Array.from({ length: 5000 }, () => value(rand));
      const labels = Uint8Array.from(values, (_, i) => (i % 5 === 0 ? 1 : 0));
      for (const carried of [labels, undefined]) {
        const inProgress = new Float32SortInProgress(values.length, carried);
        for (let from = 0; from < values.length; from += 1024) inProgress.add(values, from, Math.min(values.length, from + 1024));
        const expected = sortScores(values, carried);
        const sorted = inProgress.sort(values);
        expect(Array.from(sorted.order)).toEqual(Array.from(expected.order));
        expect(Array.from(sorted.sorted)).toEqual(Array.from(expected.sorted));
        expect(sorted.labels && Array.from(sorted.labels)).toEqual(expected.labels && Array.from(expected.labels));
        // And both as a stable comparator sort orders them.
        expect(Array.from(sorted.order)).toEqual(Array.from(values.keys()).sort((a, b) => values[a]! - values[b]! || a - b));
      }
    });
  }

  it('refuses rows out of order, and a sort before every row was added', () => {
    const values = scores(1000, 20, 1);
    const inProgress = new Float32SortInProgress(1000);
    inProgress.add(values, 0, 10);
    expect(() => inProgress.add(values, 20, 30)).toThrowError(/rows 20–30 after rows up to 10/);
    expect(() => inProgress.sort(values)).toThrowError(/10 of 1000 rows added/);
  });
});

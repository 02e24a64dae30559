import { describe, expect, it } from 'vitest';
import { borrowScratch, returnScratch } from '../../shared/metrics/scratch.js';
import { sortScores } from '../../shared/metrics/sort.js';

describe('scratch memory', () => {
  it('lends a given-back buffer once, when it is large enough, and keeps the larger of two', () => {
    const big = borrowScratch(4096);
    returnScratch(big);
    expect(borrowScratch(8192)).not.toBe(big); // too small: a new one
    expect(borrowScratch(1024)).toBe(big);
    expect(borrowScratch(1024)).not.toBe(big); // lent already
    const small = new ArrayBuffer(16);
    returnScratch(big);
    returnScratch(small);
    expect(borrowScratch(16)).toBe(big);
  });
  it('a sort never returns memory it gives back: later sorts leave earlier results intact', () => {
    const values = (seed: number) => Float32Array.from({ length: 5000 }, (_, i) => Math.fround(((i * seed) % 977) / 977));
    const labels = Uint8Array.from({ length: 5000 }, (_, i) => i % 3 === 0 ? 1 : 0);
    const first = sortScores(values(7), labels);
    const copy = { order: Array.from(first.order), sorted: Array.from(first.sorted), labels: Array.from(first.labels!) };
    for (const seed of [11, 13, 17]) sortScores(values(seed), labels);
    expect({ order: Array.from(first.order), sorted: Array.from(first.sorted), labels: Array.from(first.labels!) }).toEqual(copy);
  });
});

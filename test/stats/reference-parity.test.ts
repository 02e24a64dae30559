/**
 * DeLong and McNemar against the committed references (scripts/fixtures/stats_reference.py): an O(P·N)
 * numpy DeLong straight from the 1988 paper, and scipy's binomtest / beta.ppf.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mcnemarTest, pairedDeLong, normalQuantile, normalSf, binomialCdf, clopperPearson } from '../../shared/stats/index.js';

function close(actual: unknown, expected: number): boolean {
  return typeof actual === 'number' && Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
}

function load<T>(name: string): { cases: T[] } {
  return JSON.parse(readFileSync(new URL(`../fixtures/stats/${name}.json`, import.meta.url), 'utf8')) as { cases: T[] };
}

interface DeLongCase {
  name: string;
  yTrue: number[];
  candidate: number[];
  baseline: number[];
  expected: { candidate: number; baseline: number; delta: number; variance: number; pValue: number; ci: [number, number]; mde: number };
}

describe('paired DeLong matches the direct O(P·N) reference', () => {
  for (const c of load<DeLongCase>('delong').cases) {
    it(c.name, () => {
      const r = pairedDeLong(Uint8Array.from(c.yTrue), Float64Array.from(c.candidate), Float64Array.from(c.baseline));
      const e = c.expected;
      expect(close(r.candidate, e.candidate), `AUC ${String(r.candidate)} vs ${e.candidate}`).toBe(true);
      expect(close(r.baseline, e.baseline)).toBe(true);
      expect(close(r.delta, e.delta)).toBe(true);
      // The variance is small (≈1e-4), so compare it relatively as well: it drives every other figure.
      expect(Math.abs((r.variance as number) - e.variance) / e.variance).toBeLessThan(1e-9);
      expect(close(r.pValue, e.pValue), `p ${String(r.pValue)} vs ${e.pValue}`).toBe(true);
      const ci = r.ci as [number, number];
      expect(close(ci[0], e.ci[0]) && close(ci[1], e.ci[1])).toBe(true);
      expect(close(r.mde, e.mde)).toBe(true);
      expect(r.significant).toBe(e.pValue < 0.05);
    });
  }
});

interface McNemarCase {
  candidateOnly: number;
  baselineOnly: number;
  n: number;
  expected: { pValue: number; ci: [number, number]; delta: number; mde: number | null };
}

describe('exact McNemar matches scipy', () => {
  for (const c of load<McNemarCase>('mcnemar').cases) {
    it(`b=${c.candidateOnly} c=${c.baselineOnly} n=${c.n}`, () => {
      const r = mcnemarTest(c.candidateOnly, c.baselineOnly, c.n);
      expect(close(r.pValue, c.expected.pValue), `p ${r.pValue} vs ${c.expected.pValue}`).toBe(true);
      expect(close(r.ci[0], c.expected.ci[0]), `lo ${r.ci[0]} vs ${c.expected.ci[0]}`).toBe(true);
      expect(close(r.ci[1], c.expected.ci[1]), `hi ${r.ci[1]} vs ${c.expected.ci[1]}`).toBe(true);
      expect(close(r.delta, c.expected.delta)).toBe(true);
      if (c.expected.mde === null) expect(r.mde).toEqual({ undefined: expect.any(String) });
      else expect(close(r.mde, c.expected.mde)).toBe(true);
      // The interval and the test agree: it excludes 0 exactly when p < 0.05.
      expect(r.ci[0] > 0 || r.ci[1] < 0).toBe(r.pValue < 0.05);
    });
  }
});

describe('distribution functions (values from scipy 1.10)', () => {
  it('normal quantile and tail', () => {
    expect(close(normalQuantile(0.975), 1.959963984540054)).toBe(true);
    expect(close(normalQuantile(0.8), 0.8416212335729143)).toBe(true);
    expect(close(normalQuantile(1e-10), -6.361340902404056)).toBe(true);
    expect(Math.abs(normalSf(8) / 6.22096057427174e-16 - 1)).toBeLessThan(1e-12);
  });
  it('binomial tails and Clopper–Pearson for millions of trials', () => {
    expect(close(binomialCdf(3, 20, 0.5), 0.0012884140014648438)).toBe(true);
    const [lo, hi] = clopperPearson(1000, 3000, 0.05);
    expect(close(lo, 0.31646730509124543) && close(hi, 0.3505249889516752)).toBe(true);
  });
});

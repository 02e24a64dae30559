/**
 * Exact McNemar test for the accuracy delta of two classifiers on the same rows.
 *
 * Only discordant rows carry information: b = rows the candidate gets right and the baseline wrong,
 * c = the reverse. Under H0 (equal accuracy) b ~ Binomial(b + c, ½). The two-sided p-value is
 * min(1, 2·P(X ≤ min(b, c))), which is what `scipy.stats.binomtest(b, b + c, 0.5)` returns for p = ½.
 *
 * Interval: the accuracy delta is (b − c)/n = (2θ − 1)·(b + c)/n with θ = b/(b + c). The exact conditional
 * interval takes the Clopper–Pearson interval of θ (given b + c discordant rows) and maps it through that
 * line. For θ0 = ½ the Clopper–Pearson interval excludes ½ exactly when the test rejects, so the interval
 * and the p-value never disagree about significance. With no discordant rows the conditional interval
 * does not exist; the interval is then ±(Clopper–Pearson upper bound of the discordance rate for 0 of n),
 * i.e. the largest delta the data cannot rule out.
 *
 * Minimum detectable effect (two-sided alpha, power 1 − β): (z_{1−α/2} + z_{1−β})·√(p_d / n), with p_d =
 * (b + c)/n the observed discordance rate — the normal approximation of McNemar's power (Connor 1987)
 * for small effects. Undefined with no discordant rows.
 */
import type { MetricValue } from '../metrics/types.js';
import { binomialCdf, clopperPearson, normalQuantile } from './distributions.js';

export interface McNemarResult {
  n: number;
  /** Candidate right, baseline wrong. */
  candidateOnly: number;
  /** Baseline right, candidate wrong. */
  baselineOnly: number;
  delta: number;
  pValue: number;
  ci: [number, number];
  significant: boolean;
  mde: MetricValue;
}

/** Exact two-sided p-value of b successes in b + c trials at p = ½. */
export function mcnemarExactPValue(b: number, c: number): number {
  const m = b + c;
  if (b === c) return 1;
  return Math.min(1, 2 * binomialCdf(Math.min(b, c), m, 0.5));
}

export function mcnemarTest(candidateOnly: number, baselineOnly: number, n: number, alpha = 0.05, power = 0.8): McNemarResult {
  const m = candidateOnly + baselineOnly;
  const pValue = mcnemarExactPValue(candidateOnly, baselineOnly);
  let ci: [number, number];
  if (m === 0) {
    const bound = n === 0 ? 1 : clopperPearson(0, n, alpha)[1];
    ci = [-bound, bound];
  } else {
    const [lo, hi] = clopperPearson(candidateOnly, m, alpha);
    ci = [((2 * lo - 1) * m) / n, ((2 * hi - 1) * m) / n];
  }
  const z = normalQuantile(1 - alpha / 2) + normalQuantile(power);
  const mde: MetricValue = m === 0 ? { undefined: 'the models never disagree, so the discordance that sets the detectable effect is unknown' } : z * Math.sqrt(m / n / n);
  return { n, candidateOnly, baselineOnly, delta: n === 0 ? 0 : (candidateOnly - baselineOnly) / n, pValue, ci, significant: pValue < alpha, mde };
}

/** Counts discordant rows from per-row correctness (1 = right). */
export function discordantCounts(candidateCorrect: Uint8Array, baselineCorrect: Uint8Array): { candidateOnly: number; baselineOnly: number } {
  let candidateOnly = 0;
  let baselineOnly = 0;
  for (let i = 0; i < candidateCorrect.length; i++) {
    const a = candidateCorrect[i] as number;
    const b = baselineCorrect[i] as number;
    if (a > b) candidateOnly++;
    else if (b > a) baselineOnly++;
  }
  return { candidateOnly, baselineOnly };
}

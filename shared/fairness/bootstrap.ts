import { SeededRandom } from '../explain/random.js';
import { quantileSorted } from '../stats/percentile.js';
import type { UndefinedValue } from './schema.js';

/**
 * The paired comparison with a baseline model uses the Poisson bootstrap (Hanley & MacGibbon 2006;
 * Chamandy et al. 2012, "Estimating uncertainty for massive data streams"): every row gets an
 * independent Poisson(1) weight per resample instead of a multinomial draw of n rows; for large n the two
 * agree, and the Poisson form lets a resample be drawn from sufficient statistics. For binary
 * classification a group's rows fall in 8 cells (label × candidate decision × baseline decision), and the
 * sum of Poisson(1) weights over a cell of k rows is exactly Poisson(k), so a resample costs 8 draws per
 * group, not one per row: the comparison stays cheap on millions of rows. Both models see the same
 * weights (paired).
 */

export interface BootstrapOptions {
  resamples: number;
  seed: number;
  confidence: number;
}

export const DEFAULT_BOOTSTRAP: BootstrapOptions = { resamples: 1000, seed: 0, confidence: 0.95 };

/** Poisson(λ) draws: inversion for small λ, PTRS (Hörmann 1993, as numpy) for λ ≥ 10. */
export class PoissonSampler {
  constructor(private readonly random: SeededRandom) {}

  next(lambda: number): number {
    if (lambda <= 0) return 0;
    return lambda < 10 ? this.inversion(lambda) : this.ptrs(lambda);
  }

  private inversion(lambda: number): number {
    const limit = Math.exp(-lambda);
    let k = 0;
    let product = this.random.nextFloat();
    while (product > limit) {
      k++;
      product *= this.random.nextFloat();
    }
    return k;
  }

  private ptrs(lambda: number): number {
    const slam = Math.sqrt(lambda);
    const loglam = Math.log(lambda);
    const b = 0.931 + 2.53 * slam;
    const a = -0.059 + 0.02483 * b;
    const invalpha = 1.1239 + 1.1328 / (b - 3.4);
    const vr = 0.9277 - 3.6224 / (b - 2);
    for (;;) {
      const u = this.random.nextFloat() - 0.5;
      const v = this.random.nextFloat();
      const us = 0.5 - Math.abs(u);
      const k = Math.floor(((2 * a) / us + b) * u + lambda + 0.43);
      if (us >= 0.07 && v <= vr) return k;
      if (k < 0 || (us < 0.013 && v > us)) continue;
      if (Math.log(v) + Math.log(invalpha) - Math.log(a / (us * us) + b) <= -lambda + k * loglam - logGamma(k + 1)) return k;
    }
  }
}

/** log Γ(x) for x > 0 (Stirling series with shift, as numpy's random_loggam). */
export function logGamma(x: number): number {
  const coefficients = [
    8.333333333333333e-2, -2.777777777777778e-3, 7.936507936507937e-4, -5.952380952380952e-4, 8.417508417508418e-4,
    -1.917526917526918e-3, 6.41025641025641e-3, -2.955065359477124e-2, 1.796443723688307e-1, -1.3924322169059,
  ];
  if (x === 1 || x === 2) return 0;
  const shift = x < 7 ? 7 - Math.floor(x) : 0;
  let x0 = x + shift;
  const x2 = 1 / (x0 * x0);
  let series = coefficients[9]!;
  for (let k = 8; k >= 0; k--) series = series * x2 + coefficients[k]!;
  let result = series / x0 + 0.5 * Math.log(2 * Math.PI) + (x0 - 0.5) * Math.log(x0) - x0;
  for (let k = 0; k < shift; k++) {
    x0 -= 1;
    result -= Math.log(x0);
  }
  return result;
}

/**
 * Percentile interval of the resampled deltas (numpy's default linear interpolation, shared/stats).
 * Resamples where the delta is undefined (a rate with a zero denominator) are dropped; if more than 5%
 * are, the interval is undefined rather than resting on a biased subset. (shared/stats refuses on any
 * undefined resample; a group admitted with 5 positives loses them all in ~0.7% of resamples, so that
 * rule would leave most TPR intervals undefined.)
 */
export function percentileInterval(deltas: Float64Array, confidence: number): [number, number] | UndefinedValue {
  const finite = deltas.filter((d) => Number.isFinite(d)).sort();
  if (finite.length < 0.95 * deltas.length || finite.length < 2) {
    return { undefined: `${deltas.length - finite.length} of ${deltas.length} resamples had an undefined value` };
  }
  const alpha = (1 - confidence) / 2;
  return [quantileSorted(finite, alpha), quantileSorted(finite, 1 - alpha)];
}

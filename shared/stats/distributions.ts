/**
 * The few distribution functions the paired tests need, accurate to ~1e-15 so the fixtures from scipy
 * match to 1e-9:
 *
 * - standard normal cdf/sf via erfc (positive-term series for |x| < 2.5, Lentz continued fraction beyond)
 *   and its quantile (Acklam's rational start polished by Newton steps);
 * - binomial pmf by Loader's saddle-point method (as in R's dbinom), stable for millions of trials, and
 *   tails summed outward from the mean, never as 1 − (a number near 1) for the small side;
 * - the Clopper–Pearson interval by bisection on the binomial tails (equal to scipy's beta.ppf form).
 */

const SQRT_PI = Math.sqrt(Math.PI);
const LN_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);

/** erfc(x) for x ≥ 0. */
function erfcNonNegative(x: number): number {
  if (x < 2.5) return 1 - erfSeries(x);
  // erfc(x) = e^{−x²}/√π · 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + …)))), evaluated by modified Lentz.
  const tiny = 1e-300;
  let f = x;
  let c = x;
  let d = 0;
  for (let k = 1; k < 500; k++) {
    const a = k / 2;
    d = x + a * d;
    d = Math.abs(d) < tiny ? tiny : d;
    c = x + a / c;
    c = Math.abs(c) < tiny ? tiny : c;
    d = 1 / d;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return Math.exp(-x * x) / SQRT_PI / f;
}

/** erf(x) = 2/√π · e^{−x²} · Σ 2^n x^{2n+1} / (1·3·…·(2n+1)): every term positive, no cancellation. */
function erfSeries(x: number): number {
  const x2 = x * x;
  let term = x;
  let sum = x;
  for (let n = 1; n < 200; n++) {
    term *= (2 * x2) / (2 * n + 1);
    sum += term;
    if (term < sum * 1e-17) break;
  }
  return ((2 / SQRT_PI) * Math.exp(-x2)) * sum;
}

/** P(Z ≤ x). */
export function normalCdf(x: number): number {
  const e = erfcNonNegative(Math.abs(x) / Math.SQRT2) / 2;
  return x < 0 ? e : 1 - e;
}

/** P(Z > x), accurate in the far tail. */
export function normalSf(x: number): number {
  return normalCdf(-x);
}

function normalPdf(x: number): number {
  return Math.exp(-0.5 * x * x - LN_SQRT_2PI);
}

const A = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
const B = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
const C = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
const D = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];

function poly(coefficients: number[], x: number): number {
  return coefficients.reduce((acc, c) => acc * x + c, 0);
}

/** z with P(Z ≤ z) = p, 0 < p < 1. */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`normalQuantile needs 0 < p < 1, got ${p}`);
  let x: number;
  if (p < 0.02425 || p > 1 - 0.02425) {
    const q = Math.sqrt(-2 * Math.log(p < 0.5 ? p : 1 - p));
    x = poly(C, q) / (poly(D, q) * q + 1);
    if (p > 0.5) x = -x;
  } else {
    const q = p - 0.5;
    const r = q * q;
    x = (poly(A, r) * q) / (poly(B, r) * r + 1);
  }
  // Newton on the accurate cdf; work on the smaller tail so the residual is not swamped by rounding.
  for (let i = 0; i < 3; i++) {
    const residual = p < 0.5 ? normalCdf(x) - p : (1 - p) - normalSf(x);
    x -= residual / normalPdf(x);
  }
  return x;
}

// --- Binomial ---------------------------------------------------------------------------------------

/** log(n!) − log(√(2π)·n^{n+½}·e^{−n}), the Stirling remainder, for integer n ≥ 1. */
function stirlerr(n: number): number {
  if (n <= 15) {
    let logFactorial = 0;
    for (let k = 2; k <= n; k++) logFactorial += Math.log(k);
    return logFactorial - (n + 0.5) * Math.log(n) + n - LN_SQRT_2PI;
  }
  const nn = n * n;
  const s0 = 1 / 12;
  const s1 = 1 / 360;
  const s2 = 1 / 1260;
  const s3 = 1 / 1680;
  const s4 = 1 / 1188;
  if (n > 500) return (s0 - s1 / nn) / n;
  if (n > 80) return (s0 - (s1 - s2 / nn) / nn) / n;
  if (n > 35) return (s0 - (s1 - (s2 - s3 / nn) / nn) / nn) / n;
  return (s0 - (s1 - (s2 - (s3 - s4 / nn) / nn) / nn) / nn) / n;
}

/** x·log(x/np) + np − x without cancellation when x ≈ np (Loader 2000). */
function bd0(x: number, np: number): number {
  if (Math.abs(x - np) < 0.1 * (x + np)) {
    let v = (x - np) / (x + np);
    let s = (x - np) * v;
    let ej = 2 * x * v;
    v *= v;
    for (let j = 1; j < 1000; j++) {
      ej *= v;
      const next = s + ej / (2 * j + 1);
      if (next === s) return next;
      s = next;
    }
    return s;
  }
  return x * Math.log(x / np) + np - x;
}

/** P(X = x) for X ~ Binomial(n, p), integer 0 ≤ x ≤ n. */
export function binomialPmf(x: number, n: number, p: number): number {
  const q = 1 - p;
  if (p === 0) return x === 0 ? 1 : 0;
  if (q === 0) return x === n ? 1 : 0;
  if (x === 0) return n === 0 ? 1 : Math.exp(p < 0.1 ? -bd0(n, n * q) - n * p : n * Math.log(q));
  if (x === n) return Math.exp(q < 0.1 ? -bd0(n, n * p) - n * q : n * Math.log(p));
  const lc = stirlerr(n) - stirlerr(x) - stirlerr(n - x) - bd0(x, n * p) - bd0(n - x, n * q);
  const lf = 2 * LN_SQRT_2PI + Math.log(x) + Math.log1p(-x / n);
  return Math.exp(lc - 0.5 * lf);
}

/** Σ_{j ≤ k} pmf(j), summed downward from k; accurate when k is at or below the mean. */
function sumDown(k: number, n: number, p: number): number {
  let term = binomialPmf(k, n, p);
  let sum = term;
  const odds = (1 - p) / p;
  for (let j = k; j > 0; j--) {
    term *= (j / (n - j + 1)) * odds;
    sum += term;
    if (term <= sum * 1e-17 && j < n * p) break;
  }
  return sum;
}

/** Σ_{j ≥ k} pmf(j), summed upward from k; accurate when k is at or above the mean. */
function sumUp(k: number, n: number, p: number): number {
  let term = binomialPmf(k, n, p);
  let sum = term;
  const odds = p / (1 - p);
  for (let j = k; j < n; j++) {
    term *= ((n - j) / (j + 1)) * odds;
    sum += term;
    if (term <= sum * 1e-17 && j > n * p) break;
  }
  return sum;
}

/** P(X ≤ k). */
export function binomialCdf(k: number, n: number, p: number): number {
  if (k < 0) return 0;
  if (k >= n) return 1;
  if (p === 0) return 1;
  if (p === 1) return 0;
  return k <= n * p ? sumDown(k, n, p) : 1 - sumUp(k + 1, n, p);
}

/** P(X ≥ k). */
export function binomialSf(k: number, n: number, p: number): number {
  if (k <= 0) return 1;
  if (k > n) return 0;
  if (p === 0) return 0;
  if (p === 1) return 1;
  return k >= n * p ? sumUp(k, n, p) : 1 - sumDown(k - 1, n, p);
}

/** Root of a monotone function on [lo, hi] by bisection to the last representable digit. */
function bisect(f: (x: number) => number, lo: number, hi: number, increasing: boolean): number {
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (mid <= lo || mid >= hi) break;
    if (f(mid) > 0 === increasing) hi = mid;
    else lo = mid;
  }
  return (lo + hi) / 2;
}

/**
 * Clopper–Pearson interval for a binomial proportion with `k` successes of `n`, two-sided level 1 − alpha:
 * lower = Beta⁻¹(alpha/2; k, n − k + 1), upper = Beta⁻¹(1 − alpha/2; k + 1, n − k).
 */
export function clopperPearson(k: number, n: number, alpha: number): [number, number] {
  const half = alpha / 2;
  const lower = k === 0 ? 0 : bisect((t) => binomialSf(k, n, t) - half, 0, 1, true);
  const upper = k === n ? 1 : bisect((t) => binomialCdf(k, n, t) - half, 0, 1, false);
  return [lower, upper];
}

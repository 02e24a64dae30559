/**
 * Paired DeLong test (DeLong, DeLong & Clarke-Pearson 1988) for the difference of two ROC AUCs on the
 * same rows, with the O(n log n) midrank algorithm of Sun & Xu (2014).
 *
 * For model k, the placement of positive i is V10_i = (#negatives scored below + ½·#tied)/N and of
 * negative j is V01_j = (#positives scored above + ½·#tied)/P; AUC_k = mean V10 = mean V01 (ties count
 * one half, the same AUC as scikit-learn). With S10, S01 the 2×2 sample covariances (denominator m − 1)
 * of the placements across models,
 *   Var(AUC_a − AUC_b) = (S10_aa + S10_bb − 2·S10_ab)/P + (S01_aa + S01_bb − 2·S01_ab)/N.
 * z = Δ/√Var, two-sided p = 2·Φ(−|z|), interval Δ ± z_{1−α/2}·√Var, MDE = (z_{1−α/2} + z_{1−β})·√Var.
 *
 * One radix index sort per model computes the placements in a single walk over tied groups; no per-class
 * resorting is needed because a group's counts give every member's placement.
 */
import { sortedLabels } from '../metrics/ranking.js';
import { borrowScratch, returnScratch } from '../metrics/scratch.js';
import { sortScores, type SortedScores } from '../metrics/sort.js';
import type { MetricValue } from '../metrics/types.js';
import { normalQuantile, normalSf } from './distributions.js';

export interface DeLongResult {
  candidate: MetricValue;
  baseline: MetricValue;
  delta: MetricValue;
  variance: MetricValue;
  pValue?: number;
  ci: [number, number] | { undefined: string };
  significant: boolean;
  mde: MetricValue;
}

interface Placements {
  auc: number;
  /** Placement of each row, in row order: V10 for positive rows, V01 for negative rows. */
  at: Float64Array;
}

/**
 * Placement values of one model's scores (Sun & Xu's midrank construction, via group counts). `into`:
 * the array to write them to (default a new one); with `minus`, each row gets `minus[row] − placement`
 * instead (`into` may be `minus` itself), the paired difference the variance needs.
 */
export function placements(
  isPositive: Uint8Array,
  score: Float64Array | Float32Array,
  positives: number,
  negatives: number,
  sorted: SortedScores = sortScores(score, isPositive),
  into: Float64Array = new Float64Array(score.length),
  minus?: Float64Array,
): Placements {
  const { order, sorted: values } = sorted;
  const labels = sortedLabels(isPositive, sorted);
  const at = into;
  let negBelow = 0;
  let posBelow = 0;
  // Twice the number of (positive above negative) pairs plus ties: an exact integer, as in ranking.ts,
  // so this AUC is bit-identical to the point metric.
  let pairs2 = 0;
  let i = 0;
  while (i < order.length) {
    const value = values[i] as number;
    let end = i;
    let posHere = 0;
    for (; end < order.length && values[end] === value; end++) posHere += labels[end] as number;
    const negHere = end - i - posHere;
    const v10 = (negBelow + 0.5 * negHere) / negatives;
    const v01 = (positives - posBelow - posHere + 0.5 * posHere) / positives;
    if (minus) {
      for (let j = i; j < end; j++) {
        const row = order[j] as number;
        at[row] = (minus[row] as number) - (labels[j] ? v10 : v01);
      }
    } else for (let j = i; j < end; j++) at[order[j] as number] = labels[j] ? v10 : v01;
    pairs2 += posHere * (2 * negBelow + negHere);
    negBelow += negHere;
    posBelow += posHere;
    i = end;
  }
  return { auc: pairs2 / (2 * positives * negatives), at };
}

/**
 * Sample variances (denominator count − 1) of the paired placement differences a − b (per row, in
 * `difference`), over positive rows and over negative rows: S_aa + S_bb − 2·S_ab for V10 and for V01.
 * Two passes (mean, then squares) for accuracy.
 */
function differenceVariances(isPositive: Uint8Array, difference: Float64Array, positives: number, negatives: number): [number, number] {
  let sumPos = 0;
  let sumNeg = 0;
  for (let i = 0; i < difference.length; i++) {
    const d = difference[i] as number;
    if (isPositive[i]) sumPos += d;
    else sumNeg += d;
  }
  const meanPos = sumPos / positives;
  const meanNeg = sumNeg / negatives;
  let ssPos = 0;
  let ssNeg = 0;
  for (let i = 0; i < difference.length; i++) {
    const d = difference[i] as number;
    if (isPositive[i]) ssPos += (d - meanPos) * (d - meanPos);
    else ssNeg += (d - meanNeg) * (d - meanNeg);
  }
  return [ssPos / (positives - 1), ssNeg / (negatives - 1)];
}

/** `sorted`: the two score arrays' sorts when the caller already has them (evaluate sorts once). */
export function pairedDeLong(
  yTrue: Uint8Array,
  candidate: Float64Array | Float32Array,
  baseline: Float64Array | Float32Array,
  alpha = 0.05,
  power = 0.8,
  sorted?: [SortedScores, SortedScores],
): DeLongResult {
  let positives = 0;
  for (let i = 0; i < yTrue.length; i++) positives += yTrue[i] === 1 ? 1 : 0;
  const negatives = yTrue.length - positives;
  if (positives < 2 || negatives < 2) {
    const reason = positives === 0 || negatives === 0 ? 'ROC AUC needs both classes in y_true' : 'the DeLong variance needs at least two rows of each class';
    const undefinedAuc = positives === 0 || negatives === 0;
    return undefinedResult(reason, undefinedAuc ? undefined : [yTrue, candidate, baseline, positives, negatives]);
  }
  // The candidate's placements, then the baseline's subtracted from them in place: one array of
  // per-row differences (a − b, as the variances need), in scratch memory a sort has just given back.
  const scratch = borrowScratch(8 * yTrue.length);
  const difference = new Float64Array(scratch, 0, yTrue.length);
  const a = placements(yTrue, candidate, positives, negatives, sorted?.[0], difference);
  const b = placements(yTrue, baseline, positives, negatives, sorted?.[1], difference, difference);
  const [s10, s01] = differenceVariances(yTrue, difference, positives, negatives);
  returnScratch(scratch);
  const variance = s10 / positives + s01 / negatives;
  const delta = a.auc - b.auc;
  const zAlpha = normalQuantile(1 - alpha / 2);
  if (!(variance > 0)) {
    const reason = 'the paired DeLong variance is 0: both models rank every positive-negative pair the same way';
    return { candidate: a.auc, baseline: b.auc, delta, variance: 0, pValue: delta === 0 ? 1 : 0, ci: [delta, delta], significant: delta !== 0, mde: { undefined: reason } };
  }
  const se = Math.sqrt(variance);
  const pValue = Math.min(1, 2 * normalSf(Math.abs(delta) / se));
  return {
    candidate: a.auc,
    baseline: b.auc,
    delta,
    variance,
    pValue,
    ci: [delta - zAlpha * se, delta + zAlpha * se],
    significant: pValue < alpha,
    mde: (zAlpha + normalQuantile(power)) * se,
  };
}

function undefinedResult(reason: string, computeAucs?: [Uint8Array, Float64Array | Float32Array, Float64Array | Float32Array, number, number]): DeLongResult {
  let candidate: MetricValue = { undefined: reason };
  let baseline: MetricValue = { undefined: reason };
  if (computeAucs) {
    const [y, c, b, p, n] = computeAucs;
    candidate = placements(y, c, p, n).auc;
    baseline = placements(y, b, p, n).auc;
  }
  const delta: MetricValue = typeof candidate === 'number' && typeof baseline === 'number' ? candidate - baseline : { undefined: reason };
  return { candidate, baseline, delta, variance: { undefined: reason }, ci: { undefined: reason }, significant: false, mde: { undefined: reason } };
}

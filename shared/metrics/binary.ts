/**
 * Binary classification metrics with scikit-learn 1.2.1 semantics (`pos_label=1`, `average='binary'`),
 * except that where scikit-learn warns and substitutes 0 (`zero_division`), or returns NaN, the value is
 * `{ undefined: reason }`.
 */
import { addToBins, CalibrationBins, ECE_BINS, eceBin, eceFromSums } from './calibration.js';
import { rankingMetrics, type RankingResult } from './ranking.js';
import { sortScores, type SortedScores } from './sort.js';
import type { BinaryConfusion, BinaryInput, MetricValue, MetricsResult } from './types.js';
import { validateBinary } from './validate.js';
import { DTYPE_EPS, EMPTY_SET, ratio } from './values.js';

export const NOT_PROBABILITIES = 'scores outside [0, 1] are not probabilities';

/** Whether row i is predicted positive: the model's label when given, else `score >= threshold`. */
export function predictedPositive(input: BinaryInput, i: number): boolean {
  return input.yPred ? input.yPred[i] === 1 : (input.score[i] as number) >= input.threshold;
}

export function binaryConfusion(input: BinaryInput): BinaryConfusion {
  const counts = { tn: 0, fp: 0, fn: 0, tp: 0 };
  const n = input.yTrue.length;
  for (let i = 0; i < n; i++) {
    const pred = predictedPositive(input, i);
    if (input.yTrue[i] === 1) {
      if (pred) counts.tp++;
      else counts.fn++;
    } else if (pred) counts.fp++;
    else counts.tn++;
  }
  return counts;
}

export function accuracyFromCounts(correct: number, n: number): MetricValue {
  return ratio(correct, n, EMPTY_SET);
}

export function precisionFromCounts(tp: number, fp: number): MetricValue {
  return ratio(tp, tp + fp, 'no row is predicted positive (scikit-learn warns and reports 0)');
}

export function recallFromCounts(tp: number, fn: number): MetricValue {
  return ratio(tp, tp + fn, 'no positive rows (scikit-learn warns and reports 0)');
}

/**
 * F1 = 2·tp / (2·tp + fp + fn), equal to scikit-learn's 2PR/(P+R) with its zero-division 0s, and only
 * ill-defined when there are neither positive rows nor positive predictions.
 */
export function f1FromCounts(tp: number, fp: number, fn: number): MetricValue {
  return ratio(2 * tp, 2 * tp + fp + fn, 'no positive rows and no positive predictions (scikit-learn warns and reports 0)');
}

export function binaryAccuracy(input: BinaryInput): MetricValue {
  const c = binaryConfusion(input);
  return accuracyFromCounts(c.tp + c.tn, input.yTrue.length);
}
export function binaryPrecision(input: BinaryInput): MetricValue {
  const c = binaryConfusion(input);
  return precisionFromCounts(c.tp, c.fp);
}
export function binaryRecall(input: BinaryInput): MetricValue {
  const c = binaryConfusion(input);
  return recallFromCounts(c.tp, c.fn);
}
export function binaryF1(input: BinaryInput): MetricValue {
  const c = binaryConfusion(input);
  return f1FromCounts(c.tp, c.fp, c.fn);
}

export function rocAuc(input: BinaryInput): MetricValue {
  return rankingMetrics(input.yTrue, input.score).rocAuc;
}

export function averagePrecision(input: BinaryInput): MetricValue {
  return rankingMetrics(input.yTrue, input.score).averagePrecision;
}

export function allProbabilities(score: Float64Array | Float32Array): boolean {
  for (let i = 0; i < score.length; i++) {
    const p = score[i] as number;
    if (!(p >= 0 && p <= 1)) return false;
  }
  return true;
}

/**
 * One row's log loss exactly as scikit-learn 1.2.1 computes it with `labels=[0, 1]`: clip p to
 * [eps, 1 − eps], form the row [1 − p, p], renormalise it by its sum (which rounding can move off 1), and
 * take −log of the true class's share.
 */
export function binaryLogLossTerm(y: number, p: number, eps: number): number {
  const clipped = p < eps ? eps : p > 1 - eps ? 1 - eps : p;
  const q = 1 - clipped;
  const sum = q + clipped;
  return -Math.log((y === 1 ? clipped : q) / sum);
}

/**
 * Mean log loss. Computed on single-class sets too, as scikit-learn does when `labels` names both classes
 * (the caller knows both). Scores outside [0, 1] are undefined here, where scikit-learn would clip them.
 */
export function binaryLogLoss(input: BinaryInput): MetricValue {
  const n = input.yTrue.length;
  if (n === 0) return { undefined: EMPTY_SET };
  if (!allProbabilities(input.score)) return { undefined: NOT_PROBABILITIES };
  const eps = DTYPE_EPS[input.probabilityDtype ?? 'float64'];
  let total = 0;
  for (let i = 0; i < n; i++) total += binaryLogLossTerm(input.yTrue[i] as number, input.score[i] as number, eps);
  return total / n;
}

/** `brier_score_loss`: mean of (y − p)²; scikit-learn rejects scores outside [0, 1], here undefined. */
export function brierScore(input: BinaryInput): MetricValue {
  const n = input.yTrue.length;
  if (n === 0) return { undefined: EMPTY_SET };
  if (!allProbabilities(input.score)) return { undefined: NOT_PROBABILITIES };
  let total = 0;
  for (let i = 0; i < n; i++) {
    const d = (input.yTrue[i] as number) - (input.score[i] as number);
    total += d * d;
  }
  return total / n;
}

/** Adds row i to calibration bins (top-label confidence; see calibration.ts). */
export function addBinaryCalibration(sums: Float64Array, offset: number, y: number, p: number): void {
  const positive = p > 0.5;
  addToBins(sums, offset, positive ? p : 1 - p, positive === (y === 1));
}

export function binaryEce(input: BinaryInput): MetricValue {
  const n = input.yTrue.length;
  if (n === 0) return { undefined: EMPTY_SET };
  if (!allProbabilities(input.score)) return { undefined: NOT_PROBABILITIES };
  const bins = new CalibrationBins();
  for (let i = 0; i < n; i++) addBinaryCalibration(bins.sums, 0, input.yTrue[i] as number, input.score[i] as number);
  return eceFromSums(bins.sums, 0, n);
}

/**
 * Every binary metric: one validation pass, one fused pass for the additive metrics, one sort (pass
 * `sorted` to reuse a sort the caller already has).
 */
export function binaryMetrics(input: BinaryInput, sorted?: SortedScores): MetricsResult {
  validateBinary(input);
  const ranking = rankingMetrics(input.yTrue, input.score, sorted ?? sortScores(input.score, input.yTrue));
  return binaryResult(binarySums(input).whole, 0, ranking);
}

/**
 * Per-row sums behind the non-ranking binary metrics, one block of `BINARY_SUMS` numbers per set:
 * [tn, fp, fn, tp, rows that are not probabilities, Σ log-loss terms, Σ squared errors, ECE bins…].
 * Counts are exact in doubles; the two loss sums add their terms in row order, so a set summed alone and
 * the same rows summed as one group of many give the same bits.
 */
export const BINARY_SUMS = 7 + 3 * ECE_BINS;
const NOT_PROBABILITY = 4;
const LOG_LOSS = 5;
const BRIER = 6;
const BINS = 7;

/**
 * Rows dealt to groups through a key per row (a dictionary code, −1 for missing): row r is in group
 * `groupOfKey[key[r] + 1]`, or in none when that is −1. Keys let callers group by a column's codes
 * without materialising a group per row.
 */
export interface GroupKeys {
  key: Int32Array;
  groupOfKey: Int32Array;
  groups: number;
  /** `rowGroups` of these keys, when the caller made it ahead (a ranking walk makes it otherwise). */
  rowGroups?: Uint16Array | Int32Array;
}

/**
 * Each row's group + 1 (0: in none), in 16 bits when the groups fit. A ranking walk reads a row's group
 * in score order, a random read per row: from this half-size array, one lookup, it costs a third of
 * reading the key and then its group.
 */
export function rowGroups({ key, groupOfKey, groups }: GroupKeys): Uint16Array | Int32Array {
  const rows = groups < 0xffff ? new Uint16Array(key.length) : new Int32Array(key.length);
  for (let i = 0; i < key.length; i++) rows[i] = (groupOfKey[(key[i] as number) + 1] as number) + 1;
  return rows;
}

/** The whole set's block of sums and, per grouping, its groups' blocks (`BINARY_SUMS` numbers each). */
export interface BinarySums {
  whole: Float64Array;
  groups: Float64Array[];
}

/**
 * One pass over the rows: the whole set's block of sums and, for each grouping, a block per group. Each
 * row's terms are computed once and added to every block it belongs to, in row order.
 */
export function binarySums(input: BinaryInput, groupings: readonly GroupKeys[] = []): BinarySums {
  const sums = new BinarySumsInProgress(groupings, input.probabilityDtype);
  sums.add(input, 0, input.yTrue.length);
  return sums.result();
}

/**
 * `binarySums` over rows that arrive in order, a range at a time (predictions still being made): every
 * term is added in row order, as one pass adds it, so the sums are the same to the last bit.
 */
export class BinarySumsInProgress {
  private readonly whole = new Float64Array(BINARY_SUMS);
  private readonly groups: Float64Array[];
  private readonly eps: number;
  private logLoss = 0;
  private brier = 0;
  private next = 0;

  constructor(
    private readonly groupings: readonly GroupKeys[],
    probabilityDtype: BinaryInput['probabilityDtype'],
  ) {
    this.groups = groupings.map(({ groups: count }) => new Float64Array(count * BINARY_SUMS));
    this.eps = DTYPE_EPS[probabilityDtype ?? 'float64'];
  }

  /** Rows [from, to) of `input` (whose arrays cover them); `from` is where the previous range ended. */
  add(input: BinaryInput, from: number, to: number): void {
    if (from !== this.next) throw new Error(`binary sums: rows ${from}–${to} added after rows up to ${this.next}`);
    this.next = to;
    const { yTrue, score, yPred, threshold } = input;
    const { whole, groups, groupings, eps } = this;
    // Locals in the loop, not fields: it runs once per row.
    let logLoss = this.logLoss;
    let brier = this.brier;
    for (let i = from; i < to; i++) {
      const y = yTrue[i] as number;
      const p = score[i] as number;
      const predicted = yPred ? yPred[i] === 1 : p >= threshold;
      const cell = (y === 1 ? 2 : 0) + (predicted ? 1 : 0);
      const improper = !(p >= 0 && p <= 1);
      const term = binaryLogLossTerm(y, p, eps);
      const squared = (y - p) * (y - p);
      // Top-label calibration (calibration.ts), as `addBinaryCalibration` adds it.
      const positive = p > 0.5;
      const confidence = positive ? p : 1 - p;
      const correct = positive === (y === 1) ? 1 : 0;
      const bin = BINS + 3 * eceBin(confidence);
      whole[cell] = (whole[cell] as number) + 1;
      if (improper) whole[NOT_PROBABILITY] = (whole[NOT_PROBABILITY] as number) + 1;
      logLoss += term;
      brier += squared;
      addBin(whole, bin, correct, confidence);
      for (let k = 0; k < groups.length; k++) {
        const { key, groupOfKey } = groupings[k] as GroupKeys;
        const g = groupOfKey[(key[i] as number) + 1] as number;
        if (g < 0) continue;
        const sums = groups[k] as Float64Array;
        const at = g * BINARY_SUMS;
        sums[at + cell] = (sums[at + cell] as number) + 1;
        if (improper) sums[at + NOT_PROBABILITY] = (sums[at + NOT_PROBABILITY] as number) + 1;
        sums[at + LOG_LOSS] = (sums[at + LOG_LOSS] as number) + term;
        sums[at + BRIER] = (sums[at + BRIER] as number) + squared;
        addBin(sums, at + bin, correct, confidence);
      }
    }
    this.logLoss = logLoss;
    this.brier = brier;
  }

  /** The sums of the rows added so far. */
  result(): BinarySums {
    const whole = Float64Array.from(this.whole);
    whole[LOG_LOSS] = this.logLoss;
    whole[BRIER] = this.brier;
    return { whole, groups: this.groups };
  }
}

/** `addToBins` with the bin already found. */
function addBin(sums: Float64Array, at: number, correct: number, confidence: number): void {
  sums[at] = (sums[at] as number) + 1;
  sums[at + 1] = (sums[at + 1] as number) + correct;
  sums[at + 2] = (sums[at + 2] as number) + confidence;
}

/**
 * The binary result from a block of sums (see `BINARY_SUMS`) and the ranking metrics. The loss sums and
 * bins only count when every row of the set is a probability.
 */
export function binaryResult(sums: Float64Array, offset: number, ranking: RankingResult): MetricsResult {
  const tn = sums[offset] as number;
  const fp = sums[offset + 1] as number;
  const fn = sums[offset + 2] as number;
  const tp = sums[offset + 3] as number;
  const n = tn + fp + fn + tp;
  const probabilities = sums[offset + NOT_PROBABILITY] === 0;
  const probabilityMetric = (sum: number): MetricValue => (n === 0 ? { undefined: EMPTY_SET } : probabilities ? sum / n : { undefined: NOT_PROBABILITIES });
  return {
    task: 'binary',
    n,
    metrics: {
      accuracy: accuracyFromCounts(tp + tn, n),
      precision: precisionFromCounts(tp, fp),
      recall: recallFromCounts(tp, fn),
      f1: f1FromCounts(tp, fp, fn),
      roc_auc: ranking.rocAuc,
      average_precision: ranking.averagePrecision,
      log_loss: probabilityMetric(sums[offset + LOG_LOSS] as number),
      brier: probabilityMetric(sums[offset + BRIER] as number),
      ece: n === 0 ? { undefined: EMPTY_SET } : probabilities ? eceFromSums(sums, offset + BINS, n) : { undefined: NOT_PROBABILITIES },
    },
    confusionMatrix: [
      [tn, fp],
      [fn, tp],
    ],
  };
}

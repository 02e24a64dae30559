/**
 * Additive per-row statistics for the fast bootstrap. Every non-ranking metric is a function of sums over
 * rows (confusion counts, Σ log-loss terms, Σ squared errors, per-bin calibration sums), so a resample is
 * fully described by how many times each row (or block of rows) is drawn: the resample's sums are
 * Σ_block count · block sums. Each layout writes one model's statistics into a slice of a block's vector
 * and turns summed vectors back into metric values with the same helpers the point metrics use.
 */
import { addBinaryCalibration, allProbabilities, binaryLogLossTerm, f1FromCounts, precisionFromCounts, predictedPositive, recallFromCounts } from '../metrics/binary.js';
import { ECE_BINS, eceFromSums } from '../metrics/calibration.js';
import { addMulticlassCalibration, classCountsFromFlat, multiclassAverages, multiclassLogLossTerm, predictedClass, probabilityProblem } from '../metrics/multiclass.js';
import { mapeFromSums, maeFromSums, mseFromSums, r2FromParts, rmseFromSums, totalSumOfSquares } from '../metrics/regression.js';
import type { BinaryInput, MetricMap, MulticlassInput, RegressionInput, Task, TaskInputs } from '../metrics/types.js';
import { DTYPE_EPS } from '../metrics/values.js';

export interface AdditiveLayout {
  /** Statistics per row. */
  readonly width: number;
  /** Adds row `row`'s statistics into `out[offset … offset + width)`. */
  accumulate(row: number, out: Float64Array, offset: number): void;
  /** Metric values from summed statistics of `n` (weighted) rows. */
  metrics(sums: Float64Array, offset: number, n: number): MetricMap;
}

const ECE_WIDTH = 3 * ECE_BINS;

/** [tp, fp, fn, tn, Σ log-loss terms, Σ squared errors, ECE bins…] per model. */
export const BINARY_LAYOUT_WIDTH = 6 + ECE_WIDTH;

class BinaryLayout implements AdditiveLayout {
  readonly width = BINARY_LAYOUT_WIDTH;
  private readonly probabilities: boolean;
  private readonly eps: number;

  constructor(private readonly input: BinaryInput) {
    this.probabilities = allProbabilities(input.score);
    this.eps = DTYPE_EPS[input.probabilityDtype ?? 'float64'];
  }

  accumulate(row: number, out: Float64Array, offset: number): void {
    const y = this.input.yTrue[row] as number;
    const p = this.input.score[row] as number;
    const cell = offset + (y === 1 ? (predictedPositive(this.input, row) ? 0 : 2) : predictedPositive(this.input, row) ? 1 : 3);
    out[cell] = (out[cell] as number) + 1;
    if (!this.probabilities) return;
    out[offset + 4] = (out[offset + 4] as number) + binaryLogLossTerm(y, p, this.eps);
    out[offset + 5] = (out[offset + 5] as number) + (y - p) * (y - p);
    addBinaryCalibration(out, offset + 6, y, p);
  }

  metrics(sums: Float64Array, offset: number, n: number): MetricMap {
    const tp = sums[offset] as number;
    const fp = sums[offset + 1] as number;
    const fn = sums[offset + 2] as number;
    return {
      precision: precisionFromCounts(tp, fp),
      recall: recallFromCounts(tp, fn),
      f1: f1FromCounts(tp, fp, fn),
      log_loss: (sums[offset + 4] as number) / n,
      brier: (sums[offset + 5] as number) / n,
      ece: eceFromSums(sums, offset + 6, n),
    };
  }
}

class MulticlassLayout implements AdditiveLayout {
  readonly width: number;
  private readonly cells: number;
  private readonly probabilities: boolean;
  private readonly eps: number;

  constructor(private readonly input: MulticlassInput) {
    this.cells = input.classes * input.classes;
    this.width = this.cells + 1 + ECE_WIDTH;
    this.probabilities = probabilityProblem(input) === undefined;
    this.eps = DTYPE_EPS[input.probabilityDtype ?? 'float64'];
  }

  accumulate(row: number, out: Float64Array, offset: number): void {
    const { classes, proba } = this.input;
    const y = this.input.yTrue[row] as number;
    const cell = offset + y * classes + predictedClass(this.input, row);
    out[cell] = (out[cell] as number) + 1;
    if (!this.probabilities) return;
    const at = offset + this.cells;
    out[at] = (out[at] as number) + multiclassLogLossTerm(proba, row * classes, classes, y, this.eps);
    addMulticlassCalibration(out, at + 1, proba, row * classes, classes, y);
  }

  metrics(sums: Float64Array, offset: number, n: number): MetricMap {
    return {
      ...multiclassAverages(classCountsFromFlat(sums, offset, this.input.classes)),
      log_loss: (sums[offset + this.cells] as number) / n,
      ece: eceFromSums(sums, offset + this.cells + 1, n),
    };
  }
}

/** Targets are centred on the full-set mean first, so SST = Σ y'² − (Σ y')²/n keeps its precision. */
class RegressionLayout implements AdditiveLayout {
  readonly width = 6;
  private readonly mean: number;
  private readonly constant: boolean;

  constructor(private readonly input: RegressionInput) {
    const n = input.yTrue.length;
    let sum = 0;
    for (let i = 0; i < n; i++) sum += input.yTrue[i] as number;
    this.mean = n === 0 ? 0 : sum / n;
    this.constant = n === 0 || totalSumOfSquares(input.yTrue).constant;
  }

  accumulate(row: number, out: Float64Array, offset: number): void {
    const y = this.input.yTrue[row] as number;
    const e = (this.input.yPred[row] as number) - y;
    const centred = y - this.mean;
    out[offset] = (out[offset] as number) + Math.abs(e);
    out[offset + 1] = (out[offset + 1] as number) + e * e;
    if (y === 0) out[offset + 3] = (out[offset + 3] as number) + 1;
    else out[offset + 2] = (out[offset + 2] as number) + Math.abs(e) / Math.abs(y);
    out[offset + 4] = (out[offset + 4] as number) + centred;
    out[offset + 5] = (out[offset + 5] as number) + centred * centred;
  }

  metrics(sums: Float64Array, offset: number, n: number): MetricMap {
    const s = { n, absError: sums[offset] as number, sqError: sums[offset + 1] as number, relError: sums[offset + 2] as number, zeroTargets: sums[offset + 3] as number };
    const sumC = sums[offset + 4] as number;
    const totalSquares = (sums[offset + 5] as number) - (sumC * sumC) / n;
    return { mae: maeFromSums(s), mse: mseFromSums(s), rmse: rmseFromSums(s), r2: r2FromParts(n, s.sqError, totalSquares, this.constant), mape: mapeFromSums(s) };
  }
}

export function additiveLayout<T extends Task>(task: T, input: TaskInputs[T]): AdditiveLayout {
  if (task === 'binary') return new BinaryLayout(input as BinaryInput);
  if (task === 'multiclass') return new MulticlassLayout(input as MulticlassInput);
  return new RegressionLayout(input as RegressionInput);
}

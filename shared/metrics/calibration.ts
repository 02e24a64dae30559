/**
 * Expected calibration error, top-label (Guo et al. 2017), since scikit-learn has none:
 *
 * - confidence of a row = the probability of its predicted class, predicted class = first argmax of the
 *   probability row (binary: positive when p > 0.5, as `argmax([1 − p, p])` picks the negative on a tie);
 *   this is independent of the decision threshold, because calibration is a property of the probabilities;
 * - 10 equal-width bins over [0, 1], closed on the right: (0, 0.1], (0.1, 0.2], …, (0.9, 1]; a
 *   confidence of exactly 0 goes to the first bin; edges are `k / 10`;
 * - ECE = Σ_b (n_b / n) · |accuracy_b − mean confidence_b| = Σ_b |correct_b − Σ confidence_b| / n.
 *
 * The per-bin sums are additive, which is what lets the bootstrap resample them cheaply.
 */

export const ECE_BINS = 10;

/** Index of the (k/10, (k+1)/10] bin holding `confidence` ∈ [0, 1]. */
export function eceBin(confidence: number): number {
  let b = Math.ceil(confidence * ECE_BINS) - 1;
  if (b < 0) b = 0;
  if (b > ECE_BINS - 1) b = ECE_BINS - 1;
  // confidence * 10 rounds; settle against the exact edges k / 10 the documentation promises.
  while (b > 0 && confidence <= (EDGES[b] as number)) b--;
  while (b < ECE_BINS - 1 && confidence > (EDGES[b + 1] as number)) b++;
  return b;
}

/** The bin edges `k / ECE_BINS`, divided once here rather than twice per row. */
const EDGES = Float64Array.from({ length: ECE_BINS + 1 }, (_, k) => k / ECE_BINS);

/** Per-bin accumulators: [count, Σ correct, Σ confidence] × bins. */
export class CalibrationBins {
  readonly sums = new Float64Array(3 * ECE_BINS);

  add(confidence: number, correct: boolean): void {
    addToBins(this.sums, 0, confidence, correct);
  }
}

/** Adds one row to bins laid out as `[count, Σ correct, Σ confidence] × bins` from `offset`. */
export function addToBins(sums: Float64Array, offset: number, confidence: number, correct: boolean): void {
  const at = offset + 3 * eceBin(confidence);
  sums[at] = (sums[at] as number) + 1;
  sums[at + 1] = (sums[at + 1] as number) + (correct ? 1 : 0);
  sums[at + 2] = (sums[at + 2] as number) + confidence;
}

/** ECE from per-bin sums laid out as in `CalibrationBins` starting at `offset`. */
export function eceFromSums(sums: Float64Array, offset: number, n: number): number {
  let total = 0;
  for (let b = 0; b < ECE_BINS; b++) {
    const at = offset + 3 * b;
    total += Math.abs((sums[at + 1] as number) - (sums[at + 2] as number));
  }
  return total / n;
}

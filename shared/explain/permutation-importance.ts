import { allocateLike, mean, populationStd, selectRows, selectValues } from './matrix.js';
import { SeededRandom } from './random.js';
import type { FeatureArray, FeatureMatrix, PredictFn, ScoreArray, Scorer } from './types.js';

/**
 * Permutation importance with scikit-learn 1.2's algorithm (`sklearn.inspection.permutation_importance`):
 * the baseline score is computed on all rows given; then, on a subsample of `maxSamples` rows (all rows
 * by default), each feature column is permuted `repeats` times and the set re-scored; importance = baseline
 * score − permuted score; the result holds every repeat, the mean and the population std (np.std, ddof 0).
 *
 * Which permutations are used is injectable (`permutations`), so a test can feed the exact shuffles
 * scikit-learn drew and match its numbers to 1e-9. By default they come from a seeded PRNG.
 */

/** The subsample and shuffles to use; every order is a permutation of 0..subsampleRows-1. */
export interface PermutationSource {
  /** Rows of the input forming the permuted subsample, or null for all rows. */
  rows: Uint32Array | null;
  /** Row order for `feature` in `repeat`: permuted column i takes the subsample's value at order[i]. */
  order(feature: number, repeat: number): Uint32Array;
}

export interface PermutationImportanceOptions {
  predict: PredictFn;
  matrix: FeatureMatrix;
  labels: Float64Array;
  scorer: Scorer;
  repeats?: number;
  seed?: number;
  /** Rows drawn (without replacement, seeded) for the permuted scores; default all rows. */
  maxSamples?: number;
  permutations?: PermutationSource;
  /** Upper bound on rows per predict call (the working buffer is this many rows). */
  maxRowsPerCall?: number;
}

export interface FeatureImportance {
  feature: string;
  /** One importance per repeat. */
  importances: number[];
  mean: number;
  std: number;
}

export interface PermutationImportanceResult {
  scoring: string;
  baselineScore: number;
  repeats: number;
  /** Rows the baseline score used, and rows each permuted score used. */
  rows: number;
  permutedRows: number;
  features: FeatureImportance[];
  /** Rows sent through the model: rows + repeats × features × permutedRows. */
  inferenceRows: number;
}

const DEFAULT_MAX_ROWS_PER_CALL = 262_144;

export async function permutationImportance(options: PermutationImportanceOptions): Promise<PermutationImportanceResult> {
  const { predict, matrix, labels, scorer } = options;
  const repeats = options.repeats ?? 5;
  const source = options.permutations ?? seededPermutations(matrix.rows, repeats, options.seed ?? 0, options.maxSamples);
  const baselinePredictions = await predict(matrix.values, matrix.rows, matrix.featureCount);
  const subset = source.rows === null ? matrix : selectRows(matrix, source.rows);
  const subsetLabels = source.rows === null ? labels : selectValues(labels, source.rows);
  assertScorable(scorer, labels, baselinePredictions);
  if (source.rows !== null) assertScorable(scorer, subsetLabels, Float64Array.from(source.rows, (row) => baselinePredictions[row]!));
  const baselineScore = scorer.score(labels, baselinePredictions);
  const scores = await permutedScores(options, subset, subsetLabels, source, repeats);
  const features = matrix.names.map((feature, j) => {
    const importances = Array.from(scores[j]!, (score) => baselineScore - score);
    return { feature, importances, mean: mean(importances), std: populationStd(importances) };
  });
  return {
    scoring: scorer.name,
    baselineScore,
    repeats,
    rows: matrix.rows,
    permutedRows: subset.rows,
    features,
    inferenceRows: matrix.rows + repeats * matrix.featureCount * subset.rows,
  };
}

/** The scorer cannot score these rows (e.g. ROC AUC of one class): no importances, and the reason why. */
export class ScoreUndefinedError extends Error {
  override readonly name = 'ScoreUndefinedError';
  constructor(
    readonly scoring: string,
    readonly reason: string,
  ) {
    super(`${scoring} cannot be computed: ${reason}`);
  }
}

/** Checked on the unpermuted rows (and on the permuted subsample's share of them) before any permuting. */
function assertScorable(scorer: Scorer, labels: Float64Array, predictions: ScoreArray): void {
  const reason = scorer.undefinedReason?.(labels, predictions);
  if (reason !== undefined) throw new ScoreUndefinedError(scorer.name, reason);
}

/**
 * Seeded shuffles on an optional seeded subsample. As in scikit-learn (a fresh RandomState with the same
 * seed per column), every feature uses the same shuffle in a given repeat: that costs `repeats` shuffles
 * instead of `repeats × features`, which matters when the model is cheap.
 */
export function seededPermutations(rows: number, repeats: number, seed: number, maxSamples?: number): PermutationSource {
  const random = new SeededRandom(seed);
  const subsample = maxSamples !== undefined && maxSamples < rows ? random.sampleWithoutReplacement(rows, maxSamples) : null;
  const n = subsample?.length ?? rows;
  const orders = Array.from({ length: repeats }, () => random.permutation(n));
  return { rows: subsample, order: (_feature, repeat) => orders[repeat]! };
}

/**
 * scores[j][r] = score with feature j permuted by order(j, r). A working buffer holds `block` copies of
 * the subsample; for each feature only that column is overwritten, and the previous feature's column is
 * restored in the same pass (same cache lines), so the cost besides inference is O(rows) per permutation.
 *
 * Two buffers alternate: while the model scores one (inference runs off the JavaScript thread in
 * onnxruntime-node), the next is prepared and the previous scored, so that work hides behind inference
 * when a core is free. A buffer is only touched again after its predict call has resolved.
 */
async function permutedScores(
  options: PermutationImportanceOptions,
  subset: FeatureMatrix,
  labels: Float64Array,
  source: PermutationSource,
  repeats: number,
): Promise<Float64Array[]> {
  const { rows: n, featureCount: f, values } = subset;
  const maxRows = options.maxRowsPerCall ?? DEFAULT_MAX_ROWS_PER_CALL;
  const block = Math.max(1, Math.min(repeats, Math.floor(maxRows / Math.max(1, n))));
  const jobs: Job[] = [];
  for (let j = 0; j < f; j++) {
    for (let start = 0; start < repeats; start += block) jobs.push({ feature: j, start, count: Math.min(block, repeats - start) });
  }
  // Columns as contiguous arrays: gathers by a random order stay in cache, unlike strided row-major reads.
  const columns = Array.from({ length: f }, (_, j) => extractColumn(values, n, f, j));
  const buffers = [0, 1].map(() => new WorkBuffer(values, block, n, f));
  const prepare = (k: number): void => buffers[k % 2]!.prepare(jobs[k]!, columns, (j, r) => checkedOrder(source, j, r, n));
  const launch = (k: number) => options.predict(buffers[k % 2]!.values, jobs[k]!.count * n, f);
  const scores = Array.from({ length: f }, () => new Float64Array(repeats));
  if (jobs.length === 0) return scores;
  prepare(0);
  let pending = launch(0);
  if (jobs.length > 1) prepare(1);
  for (let k = 0; k < jobs.length; k++) {
    const predictions = await pending;
    if (k + 1 < jobs.length) pending = launch(k + 1);
    const { feature, start, count } = jobs[k]!;
    for (let b = 0; b < count; b++) scores[feature]![start + b] = options.scorer.score(labels, predictions.subarray(b * n, (b + 1) * n));
    if (k + 2 < jobs.length) prepare(k + 2);
  }
  return scores;
}

interface Job {
  feature: number;
  start: number;
  count: number;
}

/** `block` copies of the subsample, remembering which column each copy has permuted. */
class WorkBuffer {
  readonly values: FeatureArray;
  private readonly dirty: Int32Array;

  constructor(
    original: FeatureArray,
    block: number,
    private readonly n: number,
    private readonly f: number,
  ) {
    this.values = allocateLike(original, block * n * f);
    for (let b = 0; b < block; b++) this.values.set(original, b * n * f);
    this.dirty = new Int32Array(block).fill(-1);
  }

  prepare(job: Job, columns: FeatureArray[], order: (feature: number, repeat: number) => Uint32Array): void {
    const { feature: j, start, count } = job;
    for (let b = 0; b < count; b++) {
      const restore = this.dirty[b]!;
      const previous = restore >= 0 && restore !== j ? restore : -1;
      permuteColumn(this.values, b * this.n * this.f, this.f, j, columns[j]!, order(j, start + b), previous, columns[Math.max(previous, 0)]!);
      this.dirty[b] = j;
    }
  }
}

function checkedOrder(source: PermutationSource, feature: number, repeat: number, n: number): Uint32Array {
  const order = source.order(feature, repeat);
  if (order.length !== n) throw new Error(`permutation for feature ${feature}, repeat ${repeat} has ${order.length} entries for ${n} rows`);
  return order;
}

function extractColumn(values: FeatureArray, n: number, f: number, j: number): FeatureArray {
  const column = allocateLike(values, n);
  for (let i = 0; i < n; i++) column[i] = values[i * f + j]!;
  return column;
}

/** In the block at `offset`: column j := column[order[i]], and column `restore` (if ≥ 0) back to `original`. */
function permuteColumn(
  buffer: FeatureArray,
  offset: number,
  f: number,
  j: number,
  column: FeatureArray,
  order: Uint32Array,
  restore: number,
  original: FeatureArray,
): void {
  const n = order.length;
  if (restore >= 0) {
    for (let i = 0, at = offset; i < n; i++, at += f) {
      buffer[at + restore] = original[i]!;
      buffer[at + j] = column[order[i]!]!;
    }
    return;
  }
  for (let i = 0, at = offset; i < n; i++, at += f) buffer[at + j] = column[order[i]!]!;
}

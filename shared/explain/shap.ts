import { allocateLike } from './matrix.js';
import { SeededRandom } from './random.js';
import type { FeatureMatrix, PredictFn } from './types.js';

/**
 * Interventional SHAP values by permutation, model-agnostic over batched inference.
 *
 * The value of a coalition S for row x is v(S) = mean over background rows b of f(x_S, b_rest), so
 * v(∅) = E[f] over the background and v(all) = f(x). With at most `exactMaxFeatures` features every
 * coalition is enumerated and φ_i = Σ_{S∌i} |S|!(M−|S|−1)!/M! · (v(S∪{i}) − v(S)), the exact Shapley
 * value. With more, φ is averaged over `permutations` random feature orders and their reverses
 * (antithetic sampling, as shap's PermutationExplainer does), which lowers the variance for free: the
 * reverse order reuses no evaluation but pairs each feature's early and late contributions.
 *
 * Both paths telescope, so Σφ + E[f] = f(x) holds exactly up to rounding; it is checked for every row
 * against f(x) from its own inference, within float32 tolerance, and a violation is an internal error.
 */

export type ShapMethod = 'exact' | 'antithetic-permutation';

export interface ShapOptions {
  predict: PredictFn;
  /** Rows to explain. */
  matrix: FeatureMatrix;
  /** Background rows (at most 100 are used; callers subsample, see `MAX_BACKGROUND_ROWS`). */
  background: FeatureMatrix;
  seed?: number;
  /** Permutation pairs (forward + reverse) per row on the sampled path. */
  permutations?: number;
  exactMaxFeatures?: number;
}

export interface ShapFeatureSummary {
  feature: string;
  /** Mean |φ| over explained rows. */
  meanAbs: number;
  /** Standard error of that mean (sample std / √n); undefined for one row. */
  stdError: number | { undefined: string };
}

export interface ShapResult {
  method: ShapMethod;
  rows: number;
  backgroundRows: number;
  /** Permutation pairs per row (sampled path only). */
  permutations?: number;
  /** E[f] over the background. */
  expectedValue: number;
  /** φ, rows × features, row-major. */
  values: Float64Array;
  /** f(x) per explained row. */
  predictions: Float64Array;
  features: ShapFeatureSummary[];
  /** Largest |Σφ + E[f] − f(x)| seen; the check passed for it. */
  maxEfficiencyGap: number;
  inferenceRows: number;
}

export const MAX_BACKGROUND_ROWS = 100;
export const DEFAULT_EXACT_MAX_FEATURES = 10;
export const DEFAULT_SHAP_PERMUTATIONS = 10;

/** Coalitions evaluated per explained row (each costs `background` inference rows), plus f(x) itself. */
export function shapRowsPerExplainedRow(features: number, background: number, permutations = DEFAULT_SHAP_PERMUTATIONS, exactMaxFeatures = DEFAULT_EXACT_MAX_FEATURES): number {
  const coalitions = features <= exactMaxFeatures ? 2 ** features : 2 + 2 * permutations * Math.max(0, features - 1);
  return coalitions * background + 1;
}

export async function shapValues(options: ShapOptions): Promise<ShapResult> {
  const { matrix, background } = options;
  if (background.rows > MAX_BACKGROUND_ROWS || background.rows === 0) {
    throw new Error(`SHAP background must have 1..${MAX_BACKGROUND_ROWS} rows, got ${background.rows}`);
  }
  const m = matrix.featureCount;
  const exact = m <= (options.exactMaxFeatures ?? DEFAULT_EXACT_MAX_FEATURES);
  const pairs = options.permutations ?? DEFAULT_SHAP_PERMUTATIONS;
  const random = new SeededRandom(options.seed ?? 0);
  const values = new Float64Array(matrix.rows * m);
  const predictions = new Float64Array(matrix.rows);
  let expectedValue = 0;
  let maxEfficiencyGap = 0;
  for (let r = 0; r < matrix.rows; r++) {
    const x = matrix.values.subarray(r * m, (r + 1) * m);
    const plan = exact ? exactPlan(m) : antitheticPlan(m, pairs, random);
    const { coalitionValues, fx } = await evaluateCoalitions(options.predict, x, background, plan.masks);
    const phi = values.subarray(r * m, (r + 1) * m);
    plan.attribute(coalitionValues, phi);
    expectedValue = coalitionValues[0]!;
    predictions[r] = fx;
    maxEfficiencyGap = Math.max(maxEfficiencyGap, checkEfficiency(phi, expectedValue, fx, r));
  }
  return {
    method: exact ? 'exact' : 'antithetic-permutation',
    rows: matrix.rows,
    backgroundRows: background.rows,
    ...(exact ? {} : { permutations: pairs }),
    expectedValue,
    values,
    predictions,
    features: summarize(matrix.names, values, matrix.rows),
    maxEfficiencyGap,
    inferenceRows: matrix.rows * shapRowsPerExplainedRow(m, background.rows, pairs, options.exactMaxFeatures),
  };
}

interface CoalitionPlan {
  /** masks[k][j] = 1 when feature j comes from x; masks[0] is ∅ and masks[1] is all features. */
  masks: Uint8Array[];
  attribute(coalitionValues: Float64Array, phi: Float64Array): void;
}

/** All 2^M coalitions, with masks[0] = ∅ and masks[1] = all (swapped from their natural positions). */
function exactPlan(m: number): CoalitionPlan {
  const count = 2 ** m;
  const full = count - 1;
  const slot = (bits: number): number => (bits === full ? 1 : bits === 1 ? full : bits);
  const masks: Uint8Array[] = new Array<Uint8Array>(count);
  for (let bits = 0; bits < count; bits++) masks[slot(bits)] = bitsToMask(bits, m);
  const weights = shapleyWeights(m);
  return {
    masks,
    attribute(v, phi) {
      for (let bits = 0; bits < count; bits++) {
        const size = popcount(bits);
        for (let i = 0; i < m; i++) {
          if (bits & (1 << i)) continue;
          phi[i]! += weights[size]! * (v[slot(bits | (1 << i))]! - v[slot(bits)]!);
        }
      }
    },
  };
}

/**
 * Each permutation π and its reverse add features one by one from ∅ to all; the marginal value of each
 * addition is credited to the feature added. ∅ and all are shared by every path (masks 0 and 1).
 */
function antitheticPlan(m: number, pairs: number, random: SeededRandom): CoalitionPlan {
  const orders: Uint32Array[] = [];
  for (let p = 0; p < pairs; p++) {
    const forward = random.permutation(m);
    orders.push(forward, forward.slice().reverse());
  }
  const masks: Uint8Array[] = [new Uint8Array(m), new Uint8Array(m).fill(1)];
  const paths = orders.map((order) => {
    const path = [0];
    const mask = new Uint8Array(m);
    for (let t = 0; t < m - 1; t++) {
      mask[order[t]!] = 1;
      path.push(masks.length);
      masks.push(mask.slice());
    }
    path.push(1);
    return path;
  });
  return {
    masks,
    attribute(v, phi) {
      orders.forEach((order, o) => {
        const path = paths[o]!;
        for (let t = 0; t < m; t++) phi[order[t]!]! += v[path[t + 1]!]! - v[path[t]!]!;
      });
      for (let i = 0; i < m; i++) phi[i]! /= orders.length;
    },
  };
}

/** v(S) for every mask, and f(x) from a row of its own, in one predict call. */
async function evaluateCoalitions(
  predict: PredictFn,
  x: Float32Array | Float64Array,
  background: FeatureMatrix,
  masks: Uint8Array[],
): Promise<{ coalitionValues: Float64Array; fx: number }> {
  const m = x.length;
  const b = background.rows;
  const rows = masks.length * b + 1;
  const buffer = allocateLike(background.values, rows * m);
  masks.forEach((mask, k) => {
    for (let r = 0; r < b; r++) {
      const offset = (k * b + r) * m;
      for (let j = 0; j < m; j++) buffer[offset + j] = mask[j] ? x[j]! : background.values[r * m + j]!;
    }
  });
  buffer.set(x, masks.length * b * m);
  const out = await predict(buffer, rows, m);
  const coalitionValues = new Float64Array(masks.length);
  for (let k = 0; k < masks.length; k++) {
    let sum = 0;
    for (let r = 0; r < b; r++) sum += out[k * b + r]!;
    coalitionValues[k] = sum / b;
  }
  return { coalitionValues, fx: out[rows - 1]! };
}

/** Σφ + E[f] must equal f(x); float32 models round at ~1e-7 relative, so allow 1e-5 of the output scale. */
function checkEfficiency(phi: Float64Array, expected: number, fx: number, row: number): number {
  let sum = expected;
  let scale = Math.max(1, Math.abs(expected), Math.abs(fx));
  for (let i = 0; i < phi.length; i++) {
    sum += phi[i]!;
    scale = Math.max(scale, Math.abs(phi[i]!));
  }
  const gap = Math.abs(sum - fx);
  if (!(gap <= 1e-5 * scale)) {
    throw new Error(`SHAP efficiency violated on explained row ${row}: Σφ + E[f] = ${sum}, f(x) = ${fx}`);
  }
  return gap;
}

function summarize(names: readonly string[], values: Float64Array, rows: number): ShapFeatureSummary[] {
  const m = names.length;
  return names.map((feature, j) => {
    let sum = 0;
    for (let r = 0; r < rows; r++) sum += Math.abs(values[r * m + j]!);
    const meanAbs = sum / rows;
    if (rows < 2) return { feature, meanAbs, stdError: { undefined: 'one explained row: no spread to estimate an error from' } };
    let squares = 0;
    for (let r = 0; r < rows; r++) squares += (Math.abs(values[r * m + j]!) - meanAbs) ** 2;
    return { feature, meanAbs, stdError: Math.sqrt(squares / (rows - 1)) / Math.sqrt(rows) };
  });
}

function shapleyWeights(m: number): Float64Array {
  // |S|!(M−|S|−1)!/M! for |S| = 0..M−1, computed as 1 / (M · C(M−1, |S|)) to stay exact-ish for M ≤ 10.
  const weights = new Float64Array(m);
  for (let s = 0; s < m; s++) weights[s] = 1 / (m * binomial(m - 1, s));
  return weights;
}

function binomial(n: number, k: number): number {
  let result = 1;
  for (let i = 1; i <= k; i++) result = (result * (n - k + i)) / i;
  return result;
}

function bitsToMask(bits: number, m: number): Uint8Array {
  const mask = new Uint8Array(m);
  for (let j = 0; j < m; j++) mask[j] = (bits >> j) & 1;
  return mask;
}

function popcount(bits: number): number {
  let count = 0;
  for (let b = bits; b; b &= b - 1) count++;
  return count;
}

import type { FeatureArray, FeatureMatrix } from './types.js';

/** A new array of the same element type (float32 models get float32 buffers, no conversion per call). */
export function allocateLike(values: FeatureArray, length: number): FeatureArray {
  return values instanceof Float32Array ? new Float32Array(length) : new Float64Array(length);
}

/** The given rows of a matrix, in the given order. */
export function selectRows(matrix: FeatureMatrix, rows: Uint32Array): FeatureMatrix {
  const f = matrix.featureCount;
  const values = allocateLike(matrix.values, rows.length * f);
  for (let i = 0; i < rows.length; i++) {
    const from = rows[i]! * f;
    values.set(matrix.values.subarray(from, from + f), i * f);
  }
  return { values, rows: rows.length, featureCount: f, names: matrix.names };
}

export function selectValues(values: Float64Array, rows: Uint32Array): Float64Array {
  const out = new Float64Array(rows.length);
  for (let i = 0; i < rows.length; i++) out[i] = values[rows[i]!]!;
  return out;
}

/** Column means in float64. */
export function columnMeans(matrix: FeatureMatrix): Float64Array {
  const f = matrix.featureCount;
  const sums = new Float64Array(f);
  for (let r = 0; r < matrix.rows; r++) {
    for (let j = 0; j < f; j++) sums[j]! += matrix.values[r * f + j]!;
  }
  for (let j = 0; j < f; j++) sums[j]! /= matrix.rows;
  return sums;
}

export function mean(values: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i]!;
  return sum / values.length;
}

/** Population standard deviation (ddof 0), as numpy's np.std. */
export function populationStd(values: ArrayLike<number>): number {
  const m = mean(values);
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += (values[i]! - m) ** 2;
  return Math.sqrt(sum / values.length);
}

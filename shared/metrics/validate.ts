/**
 * Precondition checks on metric inputs. Evaluate checks the user's data earlier and names rows and
 * columns; these are the last line of defence, cheap (one pass) and explicit about which field is wrong.
 */
import { UserError } from '../errors.js';
import type { BinaryInput, MulticlassInput, RegressionInput } from './types.js';

function fail(field: string, message: string, fix: string): never {
  throw new UserError(message, { field, fix });
}

function checkLength(field: string, actual: number, expected: number): void {
  if (actual !== expected) fail(field, `${field} has ${actual} values, expected ${expected}`, 'Pass one value per row.');
}

function checkFinite(field: string, values: Float64Array | Float32Array, from = 0, to = values.length): void {
  for (let i = from; i < to; i++) {
    if (!Number.isFinite(values[i])) {
      fail(field, `${field}[${i}] is ${values[i]}, not a finite number`, 'Remove or fix rows whose predictions are NaN or infinite.');
    }
  }
}

export function validateBinary(input: BinaryInput): void {
  validateBinaryShape(input);
  validateBinaryRows(input, 0, input.yTrue.length);
}

/** The checks of a binary input that read no row (lengths, threshold). */
export function validateBinaryShape(input: BinaryInput): void {
  const n = input.yTrue.length;
  checkLength('score', input.score.length, n);
  if (input.yPred) checkLength('yPred', input.yPred.length, n);
  if (!Number.isFinite(input.threshold)) fail('threshold', `threshold is ${input.threshold}`, 'Use a finite decision threshold such as 0.5.');
}

/** Rows [from, to) of a binary input: labels and decisions 0 or 1, scores finite (for inputs filled a range at a time). */
export function validateBinaryRows(input: BinaryInput, from: number, to: number): void {
  for (let i = from; i < to; i++) {
    if ((input.yTrue[i] as number) > 1) fail('yTrue', `yTrue[${i}] is ${input.yTrue[i]}, expected 0 or 1`, 'Encode the positive label as 1, the rest as 0.');
    if (input.yPred && (input.yPred[i] as number) > 1) fail('yPred', `yPred[${i}] is ${input.yPred[i]}, expected 0 or 1`, 'Encode predicted positives as 1, the rest as 0.');
  }
  checkFinite('score', input.score, from, to);
}

export function validateMulticlass(input: MulticlassInput): void {
  const n = input.yTrue.length;
  const c = input.classes;
  if (!Number.isInteger(c) || c < 2) fail('classes', `classes is ${c}, expected an integer ≥ 2`, 'Pass the number of columns of the probability matrix.');
  checkLength('proba', input.proba.length, n * c);
  if (input.yPred) checkLength('yPred', input.yPred.length, n);
  for (let i = 0; i < n; i++) {
    const y = input.yTrue[i] as number;
    if (y < 0 || y >= c) fail('yTrue', `yTrue[${i}] is ${y}, outside the ${c} classes`, 'Map labels to class indices 0..C-1 in the model output order.');
    const p = input.yPred?.[i];
    if (p !== undefined && (p < 0 || p >= c)) fail('yPred', `yPred[${i}] is ${p}, outside the ${c} classes`, 'Map predictions to class indices 0..C-1.');
  }
  checkFinite('proba', input.proba);
}

export function validateRegression(input: RegressionInput): void {
  checkLength('yPred', input.yPred.length, input.yTrue.length);
  checkFinite('yTrue', input.yTrue);
  checkFinite('yPred', input.yPred);
}

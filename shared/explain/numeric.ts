import { UserError } from '../errors.js';

/**
 * Explanations perturb feature values (shuffle a column, swap in background values), which only means
 * something for numeric inputs. A text or categorical column must be encoded inside the model (or left
 * out of the features) first; refusing here beats explaining a model on garbage codes.
 */

export interface FeatureColumnType {
  name: string;
  /** The column type as the reader or the ONNX input declares it, e.g. `number`, `float32`, `string`. */
  type: string;
}

const NUMERIC_TYPES = new Set([
  'number', 'numeric', 'int', 'integer', 'boolean', 'bool',
  'float', 'float16', 'float32', 'float64', 'double',
  'int8', 'int16', 'int32', 'int64', 'uint8', 'uint16', 'uint32', 'uint64',
]);

export function isNumericType(type: string): boolean {
  return NUMERIC_TYPES.has(type.toLowerCase());
}

export function assertNumericFeatures(columns: readonly FeatureColumnType[], input = 'explain'): void {
  const bad = columns.filter((c) => !isNumericType(c.type));
  if (bad.length === 0) return;
  const list = bad.map((c) => `'${c.name}' (${c.type})`).join(', ');
  throw new UserError(`explanations need numeric features, but ${bad.length === 1 ? 'column' : 'columns'} ${list} ${bad.length === 1 ? 'is' : 'are'} not numeric.`, {
    input,
    field: bad[0]!.name,
    fix: `Encode ${bad.length === 1 ? 'that column' : 'those columns'} numerically (inside the model or in the data), leave ${bad.length === 1 ? 'it' : 'them'} out of 'features', or set explain to 'none'.`,
  });
}

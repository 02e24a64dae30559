import { UserError } from '../errors.js';
import { binaryFeature } from './binary.js';
import { DEFAULT_BOOTSTRAP, type BootstrapOptions } from './bootstrap.js';
import { encodeColumn, intersect, type Grouping, type SensitiveColumn } from './groups.js';
import { regressionFeature } from './regression.js';
import type { FairnessSection } from './schema.js';

/**
 * The `evaluate` use case's entry to fairness: one section per evaluation, with one entry per sensitive
 * column and, with several columns, one more for their intersection. One pass over the rows per grouping
 * (typed-array counting), so it adds little to an evaluation of millions of rows.
 */
export interface FairnessInput {
  task: 'binary' | 'regression';
  /** Binary: 1 = positive label, 0 = negative. Regression: the target. */
  yTrue: ArrayLike<number>;
  /** Binary: 1 = predicted positive (after the threshold). Regression: the prediction. */
  yPred: ArrayLike<number>;
  /** The baseline model's predictions on the same rows (same encoding as yPred). */
  baselinePred?: ArrayLike<number>;
  /** The `sensitive` input's columns, in the order given. */
  sensitive: readonly SensitiveColumn[];
  /** Column names of the data, for the message when a sensitive column is missing. */
  availableColumns?: readonly string[];
  /** The data file, for error locations. */
  source?: string;
  /** fairness-min-group: rows a group needs to take part (default 30). */
  minGroup?: number;
  /** Positives (negatives) a group needs for TPR/FNR (FPR); default 5 each. */
  minPositives?: number;
  minNegatives?: number;
  /** Paired Poisson bootstrap for the change against the baseline; default 1000 resamples, seed 0, 95%. */
  bootstrap?: Partial<BootstrapOptions>;
}

export const FAIRNESS_DEFAULTS = { minGroup: 30, minPositives: 5, minNegatives: 5 };

export function fairnessReport(input: FairnessInput): FairnessSection {
  const rows = input.yTrue.length;
  checkShapes(input, rows);
  const groupings = groupingsOf(input, rows);
  const minGroup = input.minGroup ?? FAIRNESS_DEFAULTS.minGroup;
  const bootstrap = input.baselinePred ? { ...DEFAULT_BOOTSTRAP, ...input.bootstrap } : undefined;
  const comparison = bootstrap ? { comparison: { method: 'poisson-bootstrap' as const, ...bootstrap } } : {};
  if (input.task === 'regression') {
    return { task: 'regression', minGroup, features: groupings.map((g) => regressionFeature(g, input, minGroup, bootstrap)), ...comparison };
  }
  checkBinary(input);
  const minimums = { minGroup, minPositives: input.minPositives ?? FAIRNESS_DEFAULTS.minPositives, minNegatives: input.minNegatives ?? FAIRNESS_DEFAULTS.minNegatives };
  return {
    task: 'binary',
    ...minimums,
    features: groupings.map((g) => binaryFeature(g, input, minimums, bootstrap)),
    ...comparison,
  };
}

/** Each sensitive column alone, then (with two or more) their intersection. */
function groupingsOf(input: FairnessInput, rows: number): Grouping[] {
  if (input.sensitive.length === 0) {
    throw new UserError('no sensitive column given, so there is nothing to assess.', { input: 'sensitive', fix: 'Name one or more columns in sensitive.' });
  }
  const names = new Set<string>();
  for (const column of input.sensitive) {
    if (names.has(column.name)) throw new UserError(`sensitive column '${column.name}' is listed twice.`, { input: 'sensitive', field: column.name, fix: 'List each column once.' });
    names.add(column.name);
  }
  const single = input.sensitive.map((column) => encodeColumn(column, rows, input.source, input.availableColumns));
  return single.length > 1 ? [...single, intersect(single)] : single;
}

function checkShapes(input: FairnessInput, rows: number): void {
  // Internal contract: the caller passes aligned arrays; a mismatch is a bug, not a user error.
  if (input.yPred.length !== rows) throw new Error(`fairness: ${input.yPred.length} predictions for ${rows} labels`);
  if (input.baselinePred && input.baselinePred.length !== rows) throw new Error(`fairness: ${input.baselinePred.length} baseline predictions for ${rows} labels`);
}

function checkBinary(input: FairnessInput): void {
  const arrays: [string, ArrayLike<number> | undefined][] = [['labels', input.yTrue], ['predictions', input.yPred], ['baseline predictions', input.baselinePred]];
  for (const [what, values] of arrays) {
    if (!values) continue;
    for (let i = 0; i < values.length; i++) {
      if (values[i] !== 0 && values[i] !== 1) throw new Error(`fairness: binary ${what} must be 0/1, row ${i} is ${values[i]}`);
    }
  }
}

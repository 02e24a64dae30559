import { UserError } from '../errors.js';
import { checkScoring } from '../explain/scoring.js';
import type { MissingPolicy } from '../tabular/types.js';
import type { Task } from '../schemas/evaluation-record.js';

/** Everything the `evaluate` action and CLI accept, with the same names (camelCased). */
export interface EvaluateOptions {
  /** ONNX file of the candidate model (not needed with `merge`). */
  model?: string;
  baselineModel?: string;
  /** CSV, JSONL or Parquet file, or a dataset version `name@version` (`name@version:path` for one file of several). */
  data?: string;
  label?: string;
  task?: Task;
  features?: string[];
  threshold?: number;
  positiveLabel?: string;
  slices?: string[];
  minSliceSize?: number;
  /** Where the record (or the shard record) is written. */
  output?: string;
  /** `i/n`, 1-based: this run evaluates the i-th of n row ranges and writes a shard record. */
  shard?: string;
  /** A glob of shard records to merge into one record. */
  merge?: string;
  seed?: number;
  /** Paired bootstrap resamples (B). */
  resamples?: number;
  missing?: MissingPolicy;
  /** Rows per inference batch; shards split on batch boundaries so merges equal unsharded runs. */
  batchRows?: number;
  sensitive?: string[];
  fairnessMinGroup?: number;
  explain?: ExplainChoice;
  explainRows?: number;
  explainBackground?: number;
  explainSeed?: number;
  explainBudgetRows?: number;
  /** scikit-learn scorer name for permutation importance (default accuracy / r2, scikit-learn's `estimator.score`). */
  explainScoring?: string;
}

export type ExplainChoice = 'none' | 'permutation' | 'shap' | 'all';

export const EVALUATE_DEFAULTS = {
  threshold: 0.5,
  minSliceSize: 30,
  seed: 0,
  resamples: 1000,
  missing: 'error' as MissingPolicy,
  fairnessMinGroup: 30,
  explain: 'permutation' as ExplainChoice,
  output: 'evaluation-record.json',
};

export interface ShardSpec {
  index: number;
  count: number;
}

/** `i/n` with 1 ≤ i ≤ n, as a matrix job passes it (`${{ matrix.shard }}/4`). */
export function parseShard(spec: string): ShardSpec {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(spec);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count || count > 10_000) {
    throw new UserError(`shard '${spec}' is not of the form i/n with 1 ≤ i ≤ n.`, {
      input: 'shard',
      fix: "Pass e.g. '2/4' for the second of four shards (from a matrix: shard: ${{ matrix.shard }}/4 with shard: [1, 2, 3, 4]).",
    });
  }
  return { index, count };
}

/**
 * Adapters pass what they read; an empty list or string means "not given" (as an empty workflow input
 * does), so defaults apply the same way from the action and the CLI.
 */
export function normalizeOptions(options: EvaluateOptions): EvaluateOptions {
  const normalized: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(options)) {
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    normalized[key] = value;
  }
  return normalized as EvaluateOptions;
}

/** Checks that do not need any file, so bad settings fail before minutes of reading and inference. */
export function checkOptions(options: EvaluateOptions): void {
  if (options.merge !== undefined) {
    if (options.shard !== undefined) throw new UserError('shard and merge cannot be used together.', { input: 'merge', fix: 'Run the shards with shard: i/n, then one job with merge: <glob of their records>.' });
    return;
  }
  if (!options.model) throw new UserError('no model given.', { input: 'model', fix: 'Set model to the path of the ONNX file to evaluate.' });
  if (!options.data) throw new UserError('no evaluation data given.', { input: 'data', fix: 'Set data to a CSV, JSONL or Parquet file, or a dataset version name@version.' });
  if (!options.label) throw new UserError('no label column given.', { input: 'label', fix: 'Set label to the column holding the true labels (or targets).' });
  if (options.shard !== undefined) parseShard(options.shard);
  checkRange('threshold', options.threshold, 0, 1, false);
  checkRange('min-slice-size', options.minSliceSize, 1, Number.MAX_SAFE_INTEGER, true);
  checkRange('resamples', options.resamples, 2, 1_000_000, true);
  checkRange('fairness-min-group', options.fairnessMinGroup, 1, Number.MAX_SAFE_INTEGER, true);
  checkRange('batch-rows', options.batchRows, 1, 10_000_000, true);
  // The task, when given, is checked too; an inferred one is checked once the model is loaded (explain-hook.ts).
  checkScoring(options.explainScoring, options.task === 'multiclass' ? undefined : options.task);
  if (options.seed !== undefined && !Number.isSafeInteger(options.seed)) {
    throw new UserError(`seed ${options.seed} is not an integer.`, { input: 'seed', fix: 'Use an integer seed such as 1.' });
  }
  const overlap = (options.slices ?? []).concat(options.sensitive ?? []).includes(options.label) ? options.label : undefined;
  if (overlap) throw new UserError(`the label column '${overlap}' cannot also be a slice or sensitive column.`, { input: 'slices', fix: 'Slice by a feature or attribute column.' });
}

function checkRange(input: string, value: number | undefined, min: number, max: number, integer: boolean): void {
  if (value === undefined) return;
  if (!Number.isFinite(value) || value < min || value > max || (integer && !Number.isInteger(value))) {
    throw new UserError(`${input} is ${value}; it must be ${integer ? 'an integer' : 'a number'} from ${min} to ${max === Number.MAX_SAFE_INTEGER ? 'any size' : max}.`, {
      input,
      fix: `Set ${input} within that range.`,
    });
  }
}

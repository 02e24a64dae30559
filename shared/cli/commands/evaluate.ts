import { UserError } from '../../errors.js';
import { runEvaluate, storeDatasetOpener, type EvaluateOptions, type ExplainChoice } from '../../evaluate/index.js';
import { loadOnnxRuntime } from '../../model/index.js';
// The registry's resolver alone: its index also loads promotion rules and their YAML parser.
import { GitTagStore } from '../../registry/git-tag-store.js';
import { registryModelResolver } from '../../registry/resolve.js';
import { parseNumber, type NumberBounds } from '../../numbers.js';
import type { MissingPolicy } from '../../tabular/types.js';
import type { Task } from '../../schemas/evaluation-record.js';
import { printResult, stringListOption, stringOption, type CliArgs, type CliCommand } from '../command.js';
import { STORE_OPTIONS, STORE_USAGE, storeFromArgs } from '../store-options.js';

/** Flags share the action's input names; list flags repeat or take commas. */
const STRING_FLAGS = [
  'model', 'baseline-model', 'data', 'label', 'task', 'threshold', 'positive-label', 'min-slice-size', 'missing', 'output', 'shard', 'merge',
  'seed', 'bootstrap-resamples', 'batch-rows', 'fairness-min-group', 'explain', 'explain-rows', 'explain-background', 'explain-seed', 'explain-budget-rows',
  'explain-scoring',
] as const;
const LIST_FLAGS = ['features', 'slices', 'sensitive'] as const;

function number(args: CliArgs, name: string, bounds: NumberBounds): number | undefined {
  const text = stringOption(args, name);
  return text === undefined ? undefined : parseNumber(text, bounds, { input: `--${name}` });
}

function choice<T extends string>(args: CliArgs, name: string, choices: readonly T[]): T | undefined {
  const value = stringOption(args, name);
  if (value === undefined || (choices as readonly string[]).includes(value)) return value as T | undefined;
  throw new UserError(`--${name} must be one of ${choices.join(', ')}; got '${value}'.`, { input: `--${name}` });
}

function list(args: CliArgs, name: string): string[] {
  return stringListOption(args, name).flatMap((item) => item.split(',')).map((item) => item.trim()).filter(Boolean);
}

function optionsFrom(args: CliArgs): EvaluateOptions {
  return {
    model: stringOption(args, 'model'),
    baselineModel: stringOption(args, 'baseline-model'),
    data: stringOption(args, 'data'),
    label: stringOption(args, 'label'),
    task: choice<Task>(args, 'task', ['binary', 'multiclass', 'regression']),
    features: list(args, 'features'),
    threshold: number(args, 'threshold', { min: 0, max: 1 }),
    positiveLabel: stringOption(args, 'positive-label'),
    slices: list(args, 'slices'),
    minSliceSize: number(args, 'min-slice-size', { min: 1, integer: true }),
    missing: choice<MissingPolicy>(args, 'missing', ['error', 'drop', 'allow']),
    output: stringOption(args, 'output'),
    shard: stringOption(args, 'shard'),
    merge: stringOption(args, 'merge'),
    seed: number(args, 'seed', { integer: true }),
    resamples: number(args, 'bootstrap-resamples', { min: 2, integer: true }),
    batchRows: number(args, 'batch-rows', { min: 1, integer: true }),
    sensitive: list(args, 'sensitive'),
    fairnessMinGroup: number(args, 'fairness-min-group', { min: 1, integer: true }),
    explain: choice<ExplainChoice>(args, 'explain', ['none', 'permutation', 'shap', 'all']),
    explainRows: number(args, 'explain-rows', { min: 1, integer: true }),
    explainBackground: number(args, 'explain-background', { min: 1, max: 100, integer: true }),
    explainSeed: number(args, 'explain-seed', { integer: true }),
    explainBudgetRows: number(args, 'explain-budget-rows', { min: 1, integer: true }),
    explainScoring: stringOption(args, 'explain-scoring'),
  };
}

const evaluate: CliCommand = {
  path: ['evaluate'],
  summary: 'evaluate an ONNX model: metrics, slices, baseline comparison, fairness, explanations',
  usage: `mlci evaluate --model <model.onnx> --data <file|name@version> --label <column> [options]
mlci evaluate --merge '<glob of shard records>' [--output <record.json>]

  --baseline-model <onnx|ref> compare with this model on the same rows (McNemar, DeLong, paired bootstrap);
                              a registry reference (churn#prod, churn@v1.2.0) is read from the tags and the store
  --task <binary|multiclass|regression>   default: inferred from the model outputs
  --features <a,b,…>          columns of the model's [N, F] input, in order (default: by name / numeric columns)
  --threshold <p>             binary decision threshold (default 0.5)
  --positive-label <value>    binary positive class (default: the last class)
  --slices <col,…>            per-value metrics; --min-slice-size <n> (default 30)
  --missing <error|drop|allow>   missing values in used columns (default error)
  --output <path>             record path (default evaluation-record.json)
  --shard <i/n>               evaluate the i-th of n row ranges; write a shard record
  --merge <glob>              merge shard records into one record
  --seed <n>  --bootstrap-resamples <B>  --batch-rows <n>
  --sensitive <col,…>  --fairness-min-group <n>
  --explain <none|permutation|shap|all>  --explain-rows <n>  --explain-background <n>
  --explain-seed <n>  --explain-budget-rows <n>
  --explain-scoring <name>    scikit-learn scorer of permutation importance: binary accuracy (default),
                              balanced_accuracy, f1, roc_auc, average_precision, neg_log_loss; regression
                              r2 (default), neg_mean_absolute_error, neg_mean_squared_error,
                              neg_root_mean_squared_error

${STORE_USAGE}`,
  options: {
    ...STORE_OPTIONS,
    ...Object.fromEntries(STRING_FLAGS.map((name) => [name, { type: 'string' as const }])),
    ...Object.fromEntries(LIST_FLAGS.map((name) => [name, { type: 'string' as const, multiple: true }])),
  },
  async run(args, io) {
    const result = await runEvaluate(optionsFrom(args), {
      runtime: () => loadOnnxRuntime(),
      openDataset: storeDatasetOpener(() => storeFromArgs(args, io)),
      resolveModel: registryModelResolver(() => new GitTagStore(io.cwd), () => storeFromArgs(args, io)),
      cwd: io.cwd,
      log: (line) => io.err(line),
    });
    printResult(io, { record: result.path, metrics: result.metrics ?? null }, `${result.summary}\nrecord: ${result.path}`);
  },
};

export const commands: CliCommand[] = [evaluate];

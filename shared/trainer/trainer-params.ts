import { UserError } from '../errors.js';
import type { ParamsFile } from '../train/params-file.js';

/** L2-regularised logistic regression; `C` is scikit-learn's inverse regularisation strength. */
export interface LogisticRegressionParams {
  model: 'logistic-regression';
  C: number;
  maxIter: number;
  tol: number;
}

/** Gradient-boosted regression trees on the log-loss (scikit-learn's GradientBoostingClassifier scheme). */
export interface GradientBoostingParams {
  model: 'gradient-boosting';
  nEstimators: number;
  learningRate: number;
  maxDepth: number;
  minSamplesLeaf: number;
}

export type TrainerParams = LogisticRegressionParams | GradientBoostingParams;

export interface TrainerSettings {
  params: TrainerParams;
  /** From the params file, unless the command line names them. */
  label?: string;
  features?: string[];
}

interface NumberRule {
  key: string;
  min: number;
  max: number;
  integer: boolean;
  dflt: number;
  /** Whether `min` itself is allowed. */
  minInclusive: boolean;
}

const LOGISTIC_RULES: NumberRule[] = [
  { key: 'C', min: 0, max: Infinity, integer: false, dflt: 1, minInclusive: false },
  { key: 'max_iter', min: 1, max: 1000, integer: true, dflt: 100, minInclusive: true },
  { key: 'tol', min: 0, max: 1, integer: false, dflt: 1e-8, minInclusive: false },
];

const BOOSTING_RULES: NumberRule[] = [
  { key: 'n_estimators', min: 1, max: 1000, integer: true, dflt: 50, minInclusive: true },
  { key: 'learning_rate', min: 0, max: 1, integer: false, dflt: 0.1, minInclusive: false },
  { key: 'max_depth', min: 1, max: 3, integer: true, dflt: 3, minInclusive: true },
  { key: 'min_samples_leaf', min: 1, max: 1e9, integer: true, dflt: 1, minInclusive: true },
];

const COMMON_KEYS = ['model', 'label', 'features'];
const MODELS = ['logistic-regression', 'gradient-boosting'] as const;

/** Validates the trainer's keys in a params file, pointing at the offending line on error. */
export function trainerSettings(file: ParamsFile): TrainerSettings {
  const model = file.content.model ?? 'logistic-regression';
  if (model !== MODELS[0] && model !== MODELS[1]) {
    throw paramError(file, ['model'], `model is '${String(model)}'`, `Set model to one of: ${MODELS.join(', ')}.`);
  }
  const rules = model === 'logistic-regression' ? LOGISTIC_RULES : BOOSTING_RULES;
  rejectUnknownKeys(file, [...COMMON_KEYS, ...rules.map((r) => r.key)]);
  const n = Object.fromEntries(rules.map((rule) => [rule.key, numberParam(file, rule)]));
  const params: TrainerParams =
    model === 'logistic-regression'
      ? { model, C: n.C!, maxIter: n.max_iter!, tol: n.tol! }
      : {
          model,
          nEstimators: n.n_estimators!,
          learningRate: n.learning_rate!,
          maxDepth: n.max_depth!,
          minSamplesLeaf: n.min_samples_leaf!,
        };
  return { params, label: stringParam(file, 'label'), features: featuresParam(file) };
}

function numberParam(file: ParamsFile, rule: NumberRule): number {
  const value = file.content[rule.key];
  if (value === undefined) return rule.dflt;
  const ok =
    typeof value === 'number' &&
    Number.isFinite(value) &&
    (rule.minInclusive ? value >= rule.min : value > rule.min) &&
    value <= rule.max &&
    (!rule.integer || Number.isInteger(value));
  if (!ok) {
    const range = `${rule.minInclusive ? '[' : '('}${rule.min}, ${rule.max === Infinity ? '∞)' : `${rule.max}]`}`;
    const kind = rule.integer ? 'an integer' : 'a number';
    throw paramError(file, [rule.key], `${rule.key} is ${JSON.stringify(value)}`, `Set ${rule.key} to ${kind} in ${range}.`);
  }
  return value;
}

function stringParam(file: ParamsFile, key: string): string | undefined {
  const value = file.content[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value === '') throw paramError(file, [key], `${key} is ${JSON.stringify(value)}`, `Set ${key} to a column name.`);
  return value;
}

function featuresParam(file: ParamsFile): string[] | undefined {
  const value = file.content.features;
  if (value === undefined) return undefined;
  if (!Array.isArray(value) || value.length === 0 || !value.every((v) => typeof v === 'string')) {
    throw paramError(file, ['features'], `features is ${JSON.stringify(value)}`, 'Set features to a non-empty list of column names.');
  }
  return value as string[];
}

function rejectUnknownKeys(file: ParamsFile, allowed: string[]): void {
  const unknown = Object.keys(file.content).find((key) => !allowed.includes(key));
  if (unknown !== undefined) {
    throw paramError(file, [unknown], `unknown parameter '${unknown}' for model ${String(file.content.model ?? 'logistic-regression')}`, `Use only: ${allowed.join(', ')}.`);
  }
}

function paramError(file: ParamsFile, keys: string[], what: string, fix: string): UserError {
  return new UserError(`params file ${file.path}: ${what}.`, { file: file.path, field: `/${keys.join('/')}`, ...file.locate(keys), fix });
}

import { UserError } from '../errors.js';
import {
  accuracyScorer,
  averagePrecisionScorer,
  balancedAccuracyScorer,
  f1Scorer,
  negLogLossScorer,
  negMeanAbsoluteErrorScorer,
  negMeanSquaredErrorScorer,
  negRootMeanSquaredErrorScorer,
  r2Scorer,
  rocAucScorer,
} from './scorers.js';
import { ALL_SCORING_NAMES, DEFAULT_SCORING, SCORING_NAMES, type ExplainTask, type ScoringName } from './scoring-names.js';
import type { Scorer } from './types.js';

/* `explain-scoring`: the name checked against the task, and the scorer it names (names: scoring-names.ts). */

export interface ScorerSettings {
  /** Binary decision threshold for accuracy, balanced accuracy and F1 (default 0.5, scikit-learn's `predict`). */
  threshold?: number;
  /** dtype of the model's probabilities: log loss clips at its eps, as scikit-learn's `eps="auto"`. */
  probabilityDtype?: 'float32' | 'float64';
}

/**
 * The name checked for the task; undefined means the task's default. A name scikit-learn has for another
 * task, or no name at all, is a `UserError` naming the input and listing the valid names.
 */
export function checkScoring(name: string | undefined, task: ExplainTask | undefined, input = 'explain-scoring'): ScoringName | undefined {
  if (name === undefined) return undefined;
  const valid: readonly string[] = task ? SCORING_NAMES[task] : ALL_SCORING_NAMES;
  if (valid.includes(name)) return name as ScoringName;
  const other = task && (ALL_SCORING_NAMES as readonly string[]).includes(name) ? ` is not a scorer for a ${task} model` : ' is not a scorer mlci knows';
  throw new UserError(`${input} '${name}'${other}; valid names${task ? ` for ${task}` : ''}: ${valid.join(', ')}.`, {
    input,
    fix: task
      ? `Set ${input} to one of ${valid.join(', ')}, or leave it empty for ${DEFAULT_SCORING[task]} (scikit-learn's default).`
      : `Use a scikit-learn scorer name: binary ${SCORING_NAMES.binary.join(', ')}; regression ${SCORING_NAMES.regression.join(', ')}.`,
  });
}

/** The scorer for a task and an (optional, checked) scikit-learn scoring name. */
export function scorerFor(task: ExplainTask, name: string | undefined, settings: ScorerSettings = {}): Scorer {
  const scoring = checkScoring(name, task) ?? DEFAULT_SCORING[task];
  const threshold = settings.threshold ?? 0.5;
  const make: Record<ScoringName, () => Scorer> = {
    accuracy: () => accuracyScorer(threshold),
    balanced_accuracy: () => balancedAccuracyScorer(threshold),
    f1: () => f1Scorer(threshold),
    roc_auc: rocAucScorer,
    average_precision: averagePrecisionScorer,
    neg_log_loss: () => negLogLossScorer(settings.probabilityDtype),
    r2: r2Scorer,
    neg_mean_absolute_error: negMeanAbsoluteErrorScorer,
    neg_mean_squared_error: negMeanSquaredErrorScorer,
    neg_root_mean_squared_error: negRootMeanSquaredErrorScorer,
  };
  return make[scoring]();
}

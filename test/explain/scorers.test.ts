import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../shared/errors.js';
import { ALL_SCORING_NAMES, checkScoring, scorerFor, SCORING_NAMES, type ExplainTask } from '../../shared/explain/index.js';
import { fixturePath } from './onnx-predict.js';

interface ScorerCase {
  name: string;
  task: ExplainTask;
  labels: number[];
  scores: number[];
  dtype: 'float32' | 'float64';
  /** scikit-learn's value; null where scikit-learn refuses to score. */
  values: Record<string, number | null>;
}
const { cases } = JSON.parse(readFileSync(fixturePath('scorers.json'), 'utf8')) as { cases: ScorerCase[] };

/**
 * Where scikit-learn returns a number that says nothing about the model, the scorer says it cannot
 * score instead: average precision and F1 are 0 for every model when there are no positive labels.
 */
const UNDEFINED_HERE_ONLY = new Set(['no-positives/average_precision', 'no-positives/f1']);

function userError(fn: () => unknown): UserError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return error as UserError;
  }
  throw new Error('expected a UserError');
}

describe('explain-scoring scorers match scikit-learn 1.2.1', () => {
  for (const c of cases) {
    for (const [scoring, expected] of Object.entries(c.values)) {
      it(`${scoring} on ${c.name}`, () => {
        const scorer = scorerFor(c.task, scoring, { threshold: 0.5, probabilityDtype: c.dtype });
        const labels = Float64Array.from(c.labels);
        const scores = Float64Array.from(c.scores);
        const reason = scorer.undefinedReason?.(labels, scores);
        if (expected === null || UNDEFINED_HERE_ONLY.has(`${c.name}/${scoring}`)) {
          expect(reason).toMatch(/class|positive/);
          return;
        }
        expect(reason).toBeUndefined();
        expect(Math.abs(scorer.score(labels, scores) - expected)).toBeLessThan(1e-9);
      });
    }
  }

  it('covers every scorer name on at least one fixture case', () => {
    const covered = new Set(cases.flatMap((c) => Object.keys(c.values)));
    expect([...covered].sort()).toEqual([...ALL_SCORING_NAMES].sort());
  });

  it('reuses its sort buffer across calls, lengths and array types', () => {
    const auc = scorerFor('binary', 'roc_auc');
    const labels = Float64Array.from([0, 0, 1, 1]);
    expect(auc.score(labels, Float32Array.from([0.1, 0.2, 0.8, 0.9]))).toBe(1);
    expect(auc.score(labels, Float32Array.from([0.9, 0.8, 0.2, 0.1]))).toBe(0);
    expect(auc.score(Float64Array.from([0, 1, 1]), Float64Array.from([0.3, 0.2, 0.4]))).toBe(0.5);
  });

  it('ranks a NaN score (a model quirk on permuted rows) as the highest instead of looping or throwing', () => {
    const labels = Float64Array.from([0, 1, 0, 1]);
    const withNaN = Float64Array.from([0.2, Number.NaN, 0.4, 0.3]);
    const asInfinity = Float64Array.from([0.2, Infinity, 0.4, 0.3]);
    for (const name of ['roc_auc', 'average_precision']) {
      const scorer = scorerFor('binary', name);
      expect(scorer.score(labels, withNaN)).toBe(scorer.score(labels, asInfinity));
    }
    expect(scorerFor('binary', 'roc_auc').score(labels, withNaN)).toBe(0.75);
  });

  it('says neg_log_loss cannot score margins (scores outside [0, 1])', () => {
    const scorer = scorerFor('binary', 'neg_log_loss');
    expect(scorer.undefinedReason?.(Float64Array.from([0, 1]), Float64Array.from([-2.5, 3]))).toMatch(/not probabilities \(row 0 scores -2.5\)/);
  });
});

describe('explain-scoring names', () => {
  it('defaults to scikit-learn estimator.score: accuracy for binary, r2 for regression', () => {
    expect(scorerFor('binary', undefined).name).toBe('accuracy');
    expect(scorerFor('regression', undefined).name).toBe('r2');
    expect(checkScoring(undefined, 'binary')).toBeUndefined();
  });

  it('accepts each task its own names', () => {
    for (const task of ['binary', 'regression'] as const) {
      for (const name of SCORING_NAMES[task]) expect(scorerFor(task, name).name).toBe(name);
    }
  });

  it('refuses an unknown scorer, naming the input and listing the valid names', () => {
    const error = userError(() => checkScoring('auc', 'binary'));
    expect(error.location.input).toBe('explain-scoring');
    expect(error.message).toContain("explain-scoring 'auc' is not a scorer mlci knows");
    expect(error.message).toContain(SCORING_NAMES.binary.join(', '));
    expect(error.fix).toContain('accuracy');
  });

  it('refuses a scorer of another task, saying which task and listing that task\'s names', () => {
    const error = userError(() => scorerFor('regression', 'roc_auc'));
    expect(error.location.input).toBe('explain-scoring');
    expect(error.message).toContain("'roc_auc' is not a scorer for a regression model");
    expect(error.message).toContain(SCORING_NAMES.regression.join(', '));
    const binary = userError(() => checkScoring('neg_mean_squared_error', 'binary'));
    expect(binary.message).toContain('valid names for binary: accuracy, balanced_accuracy');
  });

  it('without a known task, lists every name and takes any of them', () => {
    expect(checkScoring('neg_mean_absolute_error', undefined)).toBe('neg_mean_absolute_error');
    const error = userError(() => checkScoring('log_loss', undefined, '--explain-scoring'));
    expect(error.location.input).toBe('--explain-scoring');
    expect(error.message).toContain(ALL_SCORING_NAMES.join(', '));
  });
});

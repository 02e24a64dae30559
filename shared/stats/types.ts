/**
 * Shapes of the paired comparison. The output types are the evaluation record's (`MetricComparison`,
 * `ComparisonSection`), so a comparison drops into the record unchanged.
 */
import type { SortedScores } from '../metrics/sort.js';
import type { BinarySums } from '../metrics/binary.js';
import type { MetricsResult } from '../metrics/types.js';
import type { BootstrapUnits } from './compare.js';
import type { ComparisonMethod, ComparisonSection, MetricComparison } from '../schemas/evaluation-record.js';

export type { ComparisonMethod, ComparisonSection, MetricComparison };

export interface CompareOptions {
  /** Seed of the bootstrap's PRNG; recorded in the output. Same seed, same rows → same figures. */
  seed: number;
  /** Bootstrap resamples (B). Default 1000. */
  resamples?: number;
  /** Two-sided confidence level of the intervals. Default 0.95 (alpha 0.05). */
  confidence?: number;
  /** Power used for the minimum detectable effect. Default 0.8. */
  power?: number;
  /** Compare only these metrics (names from `METRIC_NAMES`); default all of the task's metrics. */
  metrics?: readonly string[];
  /**
   * Cap on row visits spent on bootstrapping ranking metrics (average precision, one-vs-rest AUC), whose
   * resamples cost O(n) each (n · 2 models · passes · B; passes = C for one-vs-rest). Over the cap those
   * metrics' intervals are `{ undefined: <why> }`, never computed from silently fewer resamples.
   * Default 3e8 row visits (a few seconds at most).
   */
  rankingWork?: number;
  /**
   * Binary: the candidate's and the baseline's scores already sorted (with the labels), when the caller
   * has them (evaluate sorts once for the metrics, slices and this comparison). Sorted here otherwise.
   */
  sorts?: readonly [SortedScores, SortedScores];
  /**
   * The candidate's exact metrics on these rows, when the caller already computed them (evaluate sums the
   * whole set and its slices in one pass). Computed here otherwise.
   */
  candidateMetrics?: MetricsResult;
  /**
   * Binary: the bootstrap units (`drawBootstrapUnits(n, seed)`, same seed and rows) with the candidate's
   * sums per unit, when the caller summed them in a pass of its own. Drawn and summed here otherwise.
   */
  candidateUnits?: CandidateUnits;
}

export interface CandidateUnits {
  units: BootstrapUnits;
  /** `binarySums(candidate, [units.keys])`; only `whole` and the first grouping are read. */
  sums: BinarySums;
  /** `binarySums(baseline, [units.keys])`, when the caller summed the baseline too. */
  baselineSums?: BinarySums;
}

/** Defaults, exported so reports can state them. */
export const DEFAULT_RESAMPLES = 1000;
export const DEFAULT_CONFIDENCE = 0.95;
export const DEFAULT_POWER = 0.8;
export const DEFAULT_RANKING_WORK = 3e8;

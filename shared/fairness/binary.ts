import { SeededRandom } from '../explain/random.js';
import { PoissonSampler, percentileInterval, type BootstrapOptions } from './bootstrap.js';
import { aggregate, worstCase, type Aggregation, type Method } from './disparity.js';
import type { Grouping } from './groups.js';
import { binaryRates, CELLS, cellIndex, confusionFromCells, type RateMinimums } from './rates.js';
import {
  BINARY_DISPARITIES,
  type BinaryDisparity,
  type BinaryFairnessFeature,
  type BinaryGroup,
  type ConfusionCounts,
  type DisparityValue,
  type ExcludedGroup,
  type FairnessValue,
} from './schema.js';

export interface BinaryInputs {
  /** 1 = positive label. */
  yTrue: ArrayLike<number>;
  /** 1 = predicted positive (the caller applied the threshold). */
  yPred: ArrayLike<number>;
  baselinePred?: ArrayLike<number>;
}

export interface Minimums extends RateMinimums {
  minGroup: number;
}

/** Which groups take part in which rate: fixed from the data, reused by every bootstrap resample. */
interface Eligibility {
  /** Indices (into all groups) of groups with at least minGroup rows. */
  kept: number[];
  tpr: boolean[];
  fpr: boolean[];
}

/** One pass: counts of the 8 (label, candidate, baseline) cells per group. */
export function countCells(grouping: Grouping, inputs: BinaryInputs): Float64Array {
  const cells = new Float64Array(grouping.levels.length * CELLS);
  const { yTrue, yPred, baselinePred } = inputs;
  const codes = grouping.codes;
  for (let i = 0; i < codes.length; i++) {
    cells[codes[i]! * CELLS + cellIndex(yTrue[i]!, yPred[i]!, baselinePred ? baselinePred[i]! : 0)]!++;
  }
  return cells;
}

export function binaryFeature(grouping: Grouping, inputs: BinaryInputs, minimums: Minimums, bootstrap: BootstrapOptions | undefined): BinaryFairnessFeature {
  const cells = countCells(grouping, inputs);
  const groupCount = grouping.levels.length;
  const candidate = Array.from({ length: groupCount }, (_, g) => confusionFromCells(cells, g * CELLS, 0));
  const eligibility = eligibilityOf(candidate, minimums);
  const overall = sumCounts(candidate);
  const disparities = valuesToDisparities(disparitiesOf(candidate, overall, eligibility));
  const groups: BinaryGroup[] = eligibility.kept.map((g) => groupOf(grouping, g, candidate[g]!, minimums));
  if (inputs.baselinePred) {
    const baseline = Array.from({ length: groupCount }, (_, g) => confusionFromCells(cells, g * CELLS, 1));
    eligibility.kept.forEach((g, k) => (groups[k]!.baselineMetrics = binaryRates(baseline[g]!, minimums)));
    compareWithBaseline(disparities, disparitiesOf(baseline, sumCounts(baseline), eligibility), cells, eligibility, bootstrap);
  }
  const ratio = disparities.demographic_parity_ratio.value;
  return {
    columns: grouping.columns,
    overall: { n: total(overall), counts: overall, metrics: binaryRates(overall, { minPositives: 0, minNegatives: 0 }) },
    groups,
    excluded: excludedGroups(grouping, candidate, eligibility, minimums),
    excludedFromRates: rateExclusions(grouping, candidate, eligibility, minimums),
    disparities,
    fourFifths: { ratio, flagged: typeof ratio === 'number' && ratio < 0.8 },
    ...noteFor(eligibility, groupCount, minimums),
  };
}

function eligibilityOf(counts: ConfusionCounts[], minimums: Minimums): Eligibility {
  const kept = counts.flatMap((c, g) => (total(c) >= minimums.minGroup ? [g] : []));
  return {
    kept,
    tpr: counts.map((c) => c.tp + c.fn >= minimums.minPositives),
    fpr: counts.map((c) => c.fp + c.tn >= minimums.minNegatives),
  };
}

/**
 * All twelve disparities from per-group counts. Rates here are plain ratios (the minimum counts are
 * applied through `eligibility`, fixed from the data), so a bootstrap resample compares the same groups.
 */
function disparitiesOf(counts: ConfusionCounts[], overall: ConfusionCounts, eligibility: Eligibility): Record<BinaryDisparity, FairnessValue> {
  const selection = eligibility.kept.map((g) => rate(counts[g]!.tp + counts[g]!.fp, total(counts[g]!)));
  const tpr = eligibility.kept.filter((g) => eligibility.tpr[g]).map((g) => rate(counts[g]!.tp, counts[g]!.tp + counts[g]!.fn));
  const fpr = eligibility.kept.filter((g) => eligibility.fpr[g]).map((g) => rate(counts[g]!.fp, counts[g]!.fp + counts[g]!.tn));
  const overallSelection = rate(overall.tp + overall.fp, total(overall));
  const overallTpr = rate(overall.tp, overall.tp + overall.fn);
  const overallFpr = rate(overall.fp, overall.fp + overall.tn);
  const out = {} as Record<BinaryDisparity, FairnessValue>;
  for (const method of ['between_groups', 'to_overall'] as Method[]) {
    const suffix = method === 'to_overall' ? '_to_overall' : '';
    for (const agg of ['difference', 'ratio'] as Aggregation[]) {
      const tprPart = aggregate(tpr, overallTpr, agg, method);
      out[`demographic_parity_${agg}${suffix}` as BinaryDisparity] = aggregate(selection, overallSelection, agg, method);
      out[`equal_opportunity_${agg}${suffix}` as BinaryDisparity] = tprPart;
      out[`equalized_odds_${agg}${suffix}` as BinaryDisparity] = worstCase(tprPart, aggregate(fpr, overallFpr, agg, method), agg);
    }
  }
  return out;
}

function compareWithBaseline(
  disparities: Record<BinaryDisparity, DisparityValue>,
  baseline: Record<BinaryDisparity, FairnessValue>,
  cells: Float64Array,
  eligibility: Eligibility,
  bootstrap: BootstrapOptions | undefined,
): void {
  const deltas = bootstrap ? bootstrapDeltas(cells, eligibility, bootstrap) : undefined;
  BINARY_DISPARITIES.forEach((name, d) => {
    const entry = disparities[name];
    entry.baseline = baseline[name];
    entry.delta = difference(entry.value, entry.baseline);
    if (deltas) entry.ci = percentileInterval(deltas[d]!, bootstrap!.confidence);
  });
}

/** deltas[d][b] = candidate − baseline of disparity d in resample b (NaN when either is undefined). */
function bootstrapDeltas(cells: Float64Array, eligibility: Eligibility, options: BootstrapOptions): Float64Array[] {
  const poisson = new PoissonSampler(new SeededRandom(options.seed));
  const deltas = BINARY_DISPARITIES.map(() => new Float64Array(options.resamples));
  const resampled = new Float64Array(cells.length);
  const groupCount = cells.length / CELLS;
  for (let b = 0; b < options.resamples; b++) {
    for (let c = 0; c < cells.length; c++) resampled[c] = poisson.next(cells[c]!);
    const candidate = Array.from({ length: groupCount }, (_, g) => confusionFromCells(resampled, g * CELLS, 0));
    const baseline = Array.from({ length: groupCount }, (_, g) => confusionFromCells(resampled, g * CELLS, 1));
    const c = disparitiesOf(candidate, sumCounts(candidate), eligibility);
    const p = disparitiesOf(baseline, sumCounts(baseline), eligibility);
    BINARY_DISPARITIES.forEach((name, d) => {
      const delta = difference(c[name], p[name]);
      deltas[d]![b] = typeof delta === 'number' ? delta : Number.NaN;
    });
  }
  return deltas;
}

function groupOf(grouping: Grouping, g: number, counts: ConfusionCounts, minimums: Minimums): BinaryGroup {
  return {
    values: grouping.levels[g]!,
    n: total(counts),
    positives: counts.tp + counts.fn,
    negatives: counts.fp + counts.tn,
    counts,
    metrics: binaryRates(counts, minimums),
  };
}

function excludedGroups(grouping: Grouping, counts: ConfusionCounts[], eligibility: Eligibility, minimums: Minimums): ExcludedGroup[] {
  const kept = new Set(eligibility.kept);
  return counts.flatMap((c, g) =>
    kept.has(g) ? [] : [{ values: grouping.levels[g]!, n: total(c), positives: c.tp + c.fn, negatives: c.fp + c.tn, reason: `${total(c)} rows, fewer than the minimum ${minimums.minGroup}` }],
  );
}

function rateExclusions(grouping: Grouping, counts: ConfusionCounts[], eligibility: Eligibility, minimums: Minimums): ExcludedGroup[] {
  return eligibility.kept.flatMap((g) => {
    const c = counts[g]!;
    const reasons: string[] = [];
    if (!eligibility.tpr[g]) reasons.push(`${c.tp + c.fn} positives, fewer than ${minimums.minPositives}: left out of TPR and FNR`);
    if (!eligibility.fpr[g]) reasons.push(`${c.fp + c.tn} negatives, fewer than ${minimums.minNegatives}: left out of FPR`);
    return reasons.length ? [{ values: grouping.levels[g]!, n: total(c), positives: c.tp + c.fn, negatives: c.fp + c.tn, reason: reasons.join('; ') }] : [];
  });
}

function noteFor(eligibility: Eligibility, groupCount: number, minimums: Minimums): { note?: string } {
  if (eligibility.kept.length === 0) return { note: `all ${groupCount} groups have fewer than ${minimums.minGroup} rows (fairness-min-group): no disparity can be computed` };
  if (eligibility.kept.length === 1) return { note: `only one of ${groupCount} groups has at least ${minimums.minGroup} rows (fairness-min-group): between-group disparities cannot be computed` };
  return {};
}

function valuesToDisparities(values: Record<BinaryDisparity, FairnessValue>): Record<BinaryDisparity, DisparityValue> {
  return Object.fromEntries(BINARY_DISPARITIES.map((name) => [name, { value: values[name] }])) as Record<BinaryDisparity, DisparityValue>;
}

export function difference(a: FairnessValue, b: FairnessValue): FairnessValue {
  if (typeof a !== 'number') return { undefined: `candidate: ${a.undefined}` };
  if (typeof b !== 'number') return { undefined: `baseline: ${b.undefined}` };
  return a - b;
}

function rate(numerator: number, denominator: number): FairnessValue {
  return denominator === 0 ? { undefined: 'zero denominator' } : numerator / denominator;
}

function total(c: ConfusionCounts): number {
  return c.tp + c.fp + c.tn + c.fn;
}

function sumCounts(counts: ConfusionCounts[]): ConfusionCounts {
  const sum: ConfusionCounts = { tp: 0, fp: 0, tn: 0, fn: 0 };
  for (const c of counts) {
    sum.tp += c.tp;
    sum.fp += c.fp;
    sum.tn += c.tn;
    sum.fn += c.fn;
  }
  return sum;
}

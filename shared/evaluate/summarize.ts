import { fairnessReport } from '../fairness/index.js';
import { binaryResult, binarySums, computeMetrics, groupedBinaryMetrics, rankingMetrics, sortScores, validateBinary, type BinaryInput, type GroupKeys, type SortedScores, type TaskInput } from '../metrics/index.js';
import type { EvaluationRecord, FairnessSection, SliceColumn } from '../schemas/evaluation-record.js';
import { comparePair, drawBootstrapUnits } from '../stats/index.js';
import { binaryDecisions, binaryInput, binaryLabels, metricInput, metricInputs, type GroupColumn, type Grouping, type ModelOutputs, type PredictionSet, type SetContext } from './prediction-set.js';

/** Settings of the figures (shards must agree on them). */
export interface SummarySettings {
  slices: string[];
  minSliceSize: number;
  seed: number;
  resamples: number;
  sensitive: string[];
  fairnessMinGroup: number;
  /** Class labels in output order (for the confusion matrix). */
  classes?: string[];
  source: string;
}

/** The figures of an evaluation record that summarizing the predictions produces. */
export type Summary = Pick<EvaluationRecord, 'metrics' | 'confusionMatrix' | 'baselineMetrics' | 'slices' | 'comparison' | 'fairness'>;

export type Timer = <T>(phase: string, work: () => T) => T;

export const MISSING_GROUP = '(missing)';

export function summarize(set: PredictionSet, context: SetContext, settings: SummarySettings, time: Timer): Summary {
  // Binary labels are built once: both models' inputs share them.
  const labels = context.task === 'binary' ? time('metricsMs', () => binaryLabels(set)) : undefined;
  const candidate = time('metricsMs', () => modelView(set, set.candidate, context, labels));
  const baseline = set.baseline && time('metricsMs', () => modelView(set, set.baseline!, context, labels));
  const plans = time('slicesMs', () => settings.slices.map((name) => slicePlan(group(set, name), settings.minSliceSize)));
  // Binary: one pass over the rows sums the whole set, every slice and, with a baseline, the candidate's
  // bootstrap units (each row's terms computed once).
  const units = baseline?.sorted && set.rows > 0 && Number.isSafeInteger(settings.seed) ? time('comparisonMs', () => drawBootstrapUnits(set.rows, settings.seed)) : undefined;
  const sums = candidate.sorted && time('metricsMs', () => binarySums(candidate.input as BinaryInput, [...plans.map((plan) => plan.keys), ...(units ? [units.keys] : [])]));
  const candidateUnits = units && sums && { units, sums: { whole: sums.whole, groups: [sums.groups[plans.length]!] } };
  const exact = sums && time('metricsMs', () => binaryResult(sums.whole, 0, rankingMetrics(candidate.input.yTrue as Uint8Array, (candidate.input as BinaryInput).score, candidate.sorted!)));
  // With a baseline, the comparison computes the baseline's exact metrics itself, from the same sorts.
  const pair =
    baseline &&
    time('comparisonMs', () =>
      comparePair(context.task, candidate.input as never, baseline.input as never, {
        seed: settings.seed,
        resamples: settings.resamples,
        ...(candidate.sorted && baseline.sorted ? { sorts: [candidate.sorted, baseline.sorted] as const } : {}),
        ...(exact ? { candidateMetrics: exact } : {}),
        ...(candidateUnits ? { candidateUnits } : {}),
      }),
    );
  const result = pair ? pair.candidate : exact ?? time('metricsMs', () => computeMetrics(context.task, candidate.input as never));
  const summary: Summary = { metrics: result.metrics, slices: [] };
  if (result.confusionMatrix) summary.confusionMatrix = { labels: confusionLabels(context, settings.classes), counts: result.confusionMatrix };
  if (pair) summary.baselineMetrics = pair.baseline.metrics;
  summary.slices = time('slicesMs', () => plans.map((plan, k) => sliceColumn(set, context, plan, candidate, sums?.groups[k])));
  if (pair) summary.comparison = pair.comparison;
  if (settings.sensitive.length > 0) summary.fairness = time('fairnessMs', () => fairness(set, context, settings));
  return summary;
}

/**
 * One model's metric input over all rows and, for a binary task, its scores sorted once: the metrics,
 * every slice and the paired comparison rank rows from the same sort.
 */
interface ModelView {
  input: TaskInput;
  sorted?: SortedScores;
}

function modelView(set: PredictionSet, outputs: ModelOutputs, context: SetContext, labels: Uint8Array | undefined): ModelView {
  if (context.task !== 'binary') return { input: metricInput(set, outputs, context) };
  const binary = binaryInput(set, outputs, context, labels);
  validateBinary(binary);
  return { input: binary, sorted: sortScores(binary.score, binary.yTrue) };
}

function confusionLabels(context: SetContext, classes: string[] | undefined): string[] {
  if (context.task !== 'binary') return classes ?? [];
  const positive = context.positiveIndex ?? 1;
  const labels = classes ?? ['0', '1'];
  return [labels.find((_, i) => i !== positive) ?? 'negative', labels[positive] ?? 'positive'];
}

function group(set: PredictionSet, name: string): GroupColumn {
  const column = set.groups.find((g) => g.name === name);
  if (!column) throw new Error(`group column ${name} missing from the prediction set`);
  return column;
}

/** A slice column's values with their counts, and the rows of the kept values as groups. */
interface SlicePlan {
  column: GroupColumn;
  minSize: number;
  values: Array<{ value: string; code: number; n: number }>;
  kept: Array<{ value: string; code: number; n: number }>;
  keys: GroupKeys;
}

function slicePlan(column: GroupColumn, minSize: number): SlicePlan {
  const values = valueCounts(column);
  const kept = values.filter(({ n }) => n >= minSize);
  const groupOfKey = new Int32Array(column.categories.length + 1).fill(-1);
  kept.forEach(({ code }, g) => (groupOfKey[code + 1] = g));
  return { column, minSize, values, kept, keys: { key: column.codes, groupOfKey, groups: kept.length } };
}

/**
 * Per-value metrics, in a stable value order; values under the minimum are listed, not computed. With the
 * whole set's sort (binary), the slices' metrics come from that one sort and the slices' sums from the
 * whole set's row pass (`groupedBinaryMetrics`), with no per-slice copy of the rows.
 */
function sliceColumn(set: PredictionSet, context: SetContext, plan: SlicePlan, view: ModelView, sums: Float64Array | undefined): SliceColumn {
  const { column, minSize, values, kept, keys } = plan;
  const results = view.sorted
    ? groupedBinaryMetrics(view.input as BinaryInput, view.sorted, keys, sums)
    : metricInputs(set, set.candidate, context, groupingOf(column, keys.groupOfKey, kept)).map((input) => computeMetrics(context.task, input as never));
  return {
    column: column.name,
    minSize,
    groups: kept.map(({ value, n }, g) => ({ value, n, metrics: results[g]!.metrics })),
    excluded: values.filter(({ n }) => n < minSize).map(({ value, n }) => ({ value, n })),
  };
}

/** Each value present in the column with its row count, in `compareValues` order (missing as MISSING_GROUP). */
function valueCounts(column: GroupColumn): Array<{ value: string; code: number; n: number }> {
  const counts = new Int32Array(column.categories.length + 1);
  const codes = column.codes;
  for (let row = 0; row < codes.length; row += 1) counts[codes[row]! + 1]! += 1;
  const values: Array<{ value: string; code: number; n: number }> = [];
  counts.forEach((n, slot) => {
    if (n > 0) values.push({ value: slot === 0 ? MISSING_GROUP : column.categories[slot - 1]!, code: slot - 1, n });
  });
  return values.sort((a, b) => compareValues(a.value, b.value));
}

/** Rows dealt to the kept values (`groupOfCode[code + 1]`); rows of other values in no group. */
function groupingOf(column: GroupColumn, groupOfCode: Int32Array, kept: ReadonlyArray<{ n: number }>): Grouping {
  const of = new Int32Array(column.codes.length);
  for (let row = 0; row < of.length; row += 1) of[row] = groupOfCode[column.codes[row]! + 1]!;
  return { of, sizes: Int32Array.from(kept, ({ n }) => n) };
}

/** Numbers in numeric order, then text, so slices read naturally and never depend on row order. */
export function compareValues(a: string, b: string): number {
  const x = Number(a);
  const y = Number(b);
  if (a !== '' && b !== '' && Number.isFinite(x) && Number.isFinite(y) && x !== y) return x - y;
  return a < b ? -1 : a > b ? 1 : 0;
}

function fairness(set: PredictionSet, context: SetContext, settings: SummarySettings): FairnessSection {
  if (context.task === 'multiclass') throw new Error('fairness needs a binary or regression task');
  const predictions = (outputs: NonNullable<PredictionSet['baseline']>): Float64Array =>
    context.task === 'binary' ? binaryDecisions(outputs, context, set.rows) : outputs.values instanceof Float64Array ? outputs.values : Float64Array.from(outputs.values);
  return fairnessReport({
    task: context.task,
    yTrue: set.yTrue,
    yPred: predictions(set.candidate),
    ...(set.baseline ? { baselinePred: predictions(set.baseline) } : {}),
    // The columns are already dictionary-coded: handing over the codes avoids a string per row.
    sensitive: settings.sensitive.map((name) => {
      const { codes, categories } = group(set, name);
      return { name, values: undefined, encoded: { codes, categories } };
    }),
    source: settings.source,
    minGroup: settings.fairnessMinGroup,
    bootstrap: { seed: settings.seed, resamples: settings.resamples },
  });
}

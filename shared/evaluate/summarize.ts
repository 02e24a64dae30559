import { fairnessReport } from '../fairness/index.js';
import { binaryMetrics, computeMetrics, partitionSorted, sortScores, validateBinary, type BinaryInput, type MetricsResult, type SortedScores, type Task, type TaskInput } from '../metrics/index.js';
import type { EvaluationRecord, FairnessSection, SliceColumn } from '../schemas/evaluation-record.js';
import { comparePair } from '../stats/index.js';
import { binaryDecisions, metricInput, type GroupColumn, type ModelOutputs, type PredictionSet, type SetContext } from './prediction-set.js';

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
  const candidate = time('metricsMs', () => modelView(set, set.candidate, context));
  const baseline = set.baseline && time('metricsMs', () => modelView(set, set.baseline!, context));
  // With a baseline, the comparison computes both models' exact metrics itself, from the same sorts.
  const pair =
    baseline &&
    time('comparisonMs', () =>
      comparePair(context.task, candidate.input as never, baseline.input as never, {
        seed: settings.seed,
        resamples: settings.resamples,
        ...(candidate.sorted && baseline.sorted ? { sorts: [candidate.sorted, baseline.sorted] as const } : {}),
      }),
    );
  const result = pair ? pair.candidate : time('metricsMs', () => viewMetrics(context.task, candidate));
  const summary: Summary = { metrics: result.metrics, slices: [] };
  if (result.confusionMatrix) summary.confusionMatrix = { labels: confusionLabels(context, settings.classes), counts: result.confusionMatrix };
  if (pair) summary.baselineMetrics = pair.baseline.metrics;
  summary.slices = time('slicesMs', () => settings.slices.map((name) => sliceColumn(set, context, group(set, name), settings.minSliceSize, candidate.sorted)));
  if (pair) summary.comparison = pair.comparison;
  if (settings.sensitive.length > 0) summary.fairness = time('fairnessMs', () => fairness(set, context, settings));
  return summary;
}

/**
 * One model's metric input over all rows and, for a binary task, its scores sorted once: the metrics,
 * every slice (a partition of this sort) and the paired comparison rank rows from the same sort.
 */
interface ModelView {
  input: TaskInput;
  sorted?: SortedScores;
}

function modelView(set: PredictionSet, outputs: ModelOutputs, context: SetContext): ModelView {
  const input = metricInput(set, outputs, context);
  if (context.task !== 'binary') return { input };
  const binary = input as BinaryInput;
  validateBinary(binary);
  return { input, sorted: sortScores(binary.score, binary.yTrue) };
}

function viewMetrics(task: Task, view: ModelView): MetricsResult {
  return view.sorted ? binaryMetrics(view.input as BinaryInput, view.sorted) : computeMetrics(task, view.input as never);
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

/**
 * Per-value metrics, in a stable value order; values under the minimum are listed, not computed. With the
 * whole set's sort (binary), each slice's sort is its part of that one (`partitionSorted`).
 */
function sliceColumn(set: PredictionSet, context: SetContext, column: GroupColumn, minSize: number, sorted?: SortedScores): SliceColumn {
  const buckets = rowsByCode(column);
  const named = [...buckets.entries()].map(([code, rows]) => ({ value: code < 0 ? MISSING_GROUP : column.categories[code]!, rows }));
  named.sort((a, b) => compareValues(a.value, b.value));
  const kept = named.filter(({ rows }) => rows.length >= minSize);
  const sorts = sorted && partitionSorted(sorted, groupIndex(set.rows, kept.map(({ rows }) => rows)), kept.length);
  const result: SliceColumn = { column: column.name, minSize, groups: [], excluded: [] };
  for (const { value, rows } of named) if (rows.length < minSize) result.excluded.push({ value, n: rows.length });
  kept.forEach(({ value, rows }, g) => {
    const input = metricInput(set, set.candidate, context, rows);
    const metrics = sorts ? binaryMetrics(input as BinaryInput, sorts[g]!) : computeMetrics(context.task, input as never);
    result.groups.push({ value, n: rows.length, metrics: metrics.metrics });
  });
  return result;
}

/** Row → position of its group in `groups` (−1 for rows in none). */
function groupIndex(rows: number, groups: Int32Array[]): Int32Array {
  const index = new Int32Array(rows).fill(-1);
  groups.forEach((members, g) => {
    for (const row of members) index[row] = g;
  });
  return index;
}

/** Row indices per code (codes are dense: 0 … categories − 1, and −1 for missing), two passes over typed arrays. */
function rowsByCode(column: GroupColumn): Map<number, Int32Array> {
  const slots = column.categories.length + 1;
  const counts = new Int32Array(slots);
  for (const code of column.codes) counts[code + 1]! += 1;
  const rows = Array.from(counts, (n) => new Int32Array(n));
  const filled = new Int32Array(slots);
  column.codes.forEach((code, row) => {
    rows[code + 1]![filled[code + 1]!++] = row;
  });
  const byCode = new Map<number, Int32Array>();
  rows.forEach((list, slot) => {
    if (list.length > 0) byCode.set(slot - 1, list);
  });
  return byCode;
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
    context.task === 'binary' ? binaryDecisions(outputs, context, set.rows) : outputs.values;
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

import { fairnessReport } from '../fairness/index.js';
import { binaryResult, binarySums, BinarySumsInProgress, computeMetrics, Float32SortInProgress, groupedBinaryMetrics, rankingMetrics, rowGroups, sortScores, validateBinary, validateBinaryRows, validateBinaryShape, type BinaryInput, type BinarySums, type GroupKeys, type SortedScores, type TaskInput } from '../metrics/index.js';
import type { EvaluationRecord, FairnessSection, SliceColumn } from '../schemas/evaluation-record.js';
import { comparePair, drawBootstrapUnits, type BootstrapUnits } from '../stats/index.js';
import { binaryDecisions, binaryInput, binaryLabels, copyScores, metricInput, metricInputs, type GroupColumn, type Grouping, type ModelOutputs, type PredictionSet, type SetContext } from './prediction-set.js';

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

/**
 * What the figures need besides the predictions, so it can be made before inference ends: binary
 * labels (both models' inputs share them), each slice column's values and groups, and, for a binary
 * comparison, the bootstrap units (the candidate's row pass sums them too).
 */
export interface SummaryPlan {
  labels?: Uint8Array;
  slices: SlicePlan[];
  units?: BootstrapUnits;
}

/** The set without predictions: what `planSummary` reads. */
export type SetShape = Pick<PredictionSet, 'rows' | 'yTrue' | 'groups'>;

export function planSummary(set: SetShape, withBaseline: boolean, context: SetContext, settings: SummarySettings): SummaryPlan {
  const binary = context.task === 'binary';
  const units = binary && withBaseline && set.rows > 0 && Number.isSafeInteger(settings.seed) ? drawBootstrapUnits(set.rows, settings.seed) : undefined;
  return {
    ...(binary ? { labels: binaryLabels(set) } : {}),
    slices: settings.slices.map((name) => slicePlan(group(set, name), settings.minSliceSize, binary)),
    ...(units ? { units } : {}),
  };
}

/** A binary model's input, the sort of its scores and its row sums over the plan's groupings. */
export interface BinaryView {
  input: BinaryInput;
  sorted: SortedScores;
  sums: BinarySums;
}

/** Slice keys, then bootstrap units: the groupings of the candidate's row pass. */
export function summedGroupings(plan: SummaryPlan): GroupKeys[] {
  return [...plan.slices.map((slice) => slice.keys), ...(plan.units ? [plan.units.keys] : [])];
}

/**
 * `plan` may come made (before inference ended), and so may the models' binary views, made while their
 * predictions arrived (`BinaryViewInProgress`: the candidate's summed over `summedGroupings(plan)`, the
 * baseline's over the bootstrap units alone); the figures are the same either way.
 */
export function summarize(set: PredictionSet, context: SetContext, settings: SummarySettings, time: Timer, made: { plan?: SummaryPlan; candidate?: BinaryView; baseline?: BinaryView } = {}): Summary {
  const plan = made.plan ?? time('metricsMs', () => planSummary(set, set.baseline !== undefined, context, settings));
  const { labels, units } = plan;
  const candidate: ModelView = made.candidate ?? time('metricsMs', () => modelView(set, set.candidate, context, labels));
  const baseline: ModelView | undefined = set.baseline && (made.baseline ?? time('metricsMs', () => modelView(set, set.baseline!, context, labels)));
  const plans = plan.slices;
  // Binary: one pass over the rows sums the whole set, every slice and, with a baseline, the candidate's
  // bootstrap units (each row's terms computed once).
  const sums = made.candidate?.sums ?? (candidate.sorted && time('metricsMs', () => binarySums(candidate.input as BinaryInput, summedGroupings(plan))));
  const candidateUnits = units && sums && { units, sums: { whole: sums.whole, groups: [sums.groups[plans.length]!] }, ...(made.baseline ? { baselineSums: made.baseline.sums } : {}) };
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
  summary.slices = time('slicesMs', () => plans.map((slice, k) => sliceColumn(set, context, slice, candidate, sums?.groups[k])));
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

/**
 * A model's binary view (`modelView`, and its row sums over `groupings`) made while its predictions
 * arrive in row order, batch by batch: the score column is filled and the rows summed as they come, and
 * the scores are sorted as soon as the last batch lands (a baseline that finishes first is sorted while
 * the candidate still predicts; float32 scores' sort keys are computed as they come). The same arrays,
 * sums and sort, to the last bit, as made from all rows at once. The scores are sorted once, not in
 * runs merged as they come: merging costs fresh memory, ~3 ms per MB of first touch on the bench VMs
 * (page faults here were once measured slowing inference in the other threads by 75%; 0–12% since).
 * The float32 sort pages its own buffers in as the rows come (`Float32SortInProgress`).
 */
export class BinaryViewInProgress {
  private readonly score: Float32Array | Float64Array;
  private readonly input: BinaryInput;
  private readonly sums: BinarySumsInProgress;
  /** Float32 scores' sort keys, computed as they come (other scores are sorted at the end). */
  private readonly sort: Float32SortInProgress | undefined;
  private added = 0;
  private made: BinaryView | undefined;

  constructor(
    private readonly rows: number,
    private readonly outputs: Pick<ModelOutputs, 'width' | 'dtype'>,
    private readonly context: SetContext,
    labels: Uint8Array,
    groupings: readonly GroupKeys[],
  ) {
    // Float32 outputs arrive as a Float32Array (`predictionArray`), so the narrow column is exact.
    this.score = outputs.width === 1 ? new Float64Array(0) : outputs.dtype === 'float32' ? new Float32Array(rows) : new Float64Array(rows);
    this.input = { yTrue: labels, score: this.score, threshold: context.threshold, probabilityDtype: outputs.dtype };
    this.sums = new BinarySumsInProgress(groupings, outputs.dtype);
    if (outputs.dtype === 'float32') this.sort = new Float32SortInProgress(rows, labels);
  }

  /** Rows [from, to) of `values` (all rows' outputs, as `ModelOutputs.values`) are final; `from` is where the last call ended. */
  readonly add = (values: Float32Array | Float64Array, from: number, to: number): void => {
    if (from !== this.added) throw new Error(`binary view: rows ${from}–${to} after rows up to ${this.added}`);
    if ((this.outputs.dtype === 'float32') !== values instanceof Float32Array) throw new Error(`binary view: ${this.outputs.dtype} outputs in a ${values.constructor.name}`);
    this.added = to;
    const input = this.outputs.width === 1 ? { ...this.input, score: values.subarray(0, this.rows) } : this.input;
    if (this.outputs.width !== 1) copyScores({ values, width: this.outputs.width }, this.context, this.score, from, to);
    validateBinaryRows(input, from, to);
    this.sums.add(input, from, to);
    this.sort?.add(input.score as Float32Array, from, to);
    if (to !== this.rows) return;
    validateBinaryShape(input);
    const sorted = this.sort ? this.sort.sort(input.score as Float32Array) : sortScores(input.score, input.yTrue);
    this.made = { input, sorted, sums: this.sums.result() };
  };

  /** The view over all rows; undefined unless every row was added. */
  finish(): BinaryView | undefined {
    return this.made;
  }
}

function confusionLabels(context: SetContext, classes: string[] | undefined): string[] {
  if (context.task !== 'binary') return classes ?? [];
  const positive = context.positiveIndex ?? 1;
  const labels = classes ?? ['0', '1'];
  return [labels.find((_, i) => i !== positive) ?? 'negative', labels[positive] ?? 'positive'];
}

function group(set: Pick<PredictionSet, 'groups'>, name: string): GroupColumn {
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

/** `ranked`: the slices' ranking walk will run (binary), so each row's slice is looked up ahead. */
function slicePlan(column: GroupColumn, minSize: number, ranked: boolean): SlicePlan {
  const values = valueCounts(column);
  const kept = values.filter(({ n }) => n >= minSize);
  const groupOfKey = new Int32Array(column.categories.length + 1).fill(-1);
  kept.forEach(({ code }, g) => (groupOfKey[code + 1] = g));
  const keys: GroupKeys = { key: column.codes, groupOfKey, groups: kept.length };
  if (ranked) keys.rowGroups = rowGroups(keys);
  return { column, minSize, values, kept, keys };
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
  const predictions = (outputs: NonNullable<PredictionSet['baseline']>): ArrayLike<number> =>
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

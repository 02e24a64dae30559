/**
 * Paired comparison of a candidate model with a baseline on the same rows, per metric:
 *
 * - `accuracy`: exact McNemar test and exact conditional interval (mcnemar.ts);
 * - binary `roc_auc`: paired DeLong (delong.ts);
 * - every other metric: seeded paired bootstrap, percentile interval (percentile.ts).
 *
 * Point values are the exact metrics (`computeMetrics`); the bootstrap only supplies the interval.
 *
 * Bootstrap engine. Resampling rows with replacement is the same as giving each row a draw count. Rows
 * are grouped into G = min(n, 4096) units: when n ≤ 4096 a unit is a row (the ordinary row bootstrap);
 * beyond, rows are assigned to units at random (seeded) and the units are resampled — a cluster bootstrap
 * of random clusters, which has the same variance as the row bootstrap to first order and costs O(G·K)
 * per resample instead of O(n). Non-ranking metrics are functions of additive sums (additive.ts), so a
 * resample costs O(G·K). Ranking metrics (average precision, one-vs-rest AUC) need a weighted pass over
 * the pre-sorted rows, O(n) per resample; when n·B exceeds `rankingWork` their interval is explicitly
 * undefined rather than silently computed from fewer resamples.
 */
import { UserError } from '../errors.js';
import { predictedClass } from '../metrics/multiclass.js';
import { predictedPositive } from '../metrics/binary.js';
import { BINARY_SUMS, binaryMetrics, binaryResult, binarySums, type BinarySums, type GroupKeys } from '../metrics/binary.js';
import { computeMetrics } from '../metrics/index.js';
import { averageOvr } from '../metrics/multiclass.js';
import { prepareWeightedRanking, rankingMetrics, weightedRankingMetrics } from '../metrics/ranking.js';
import { borrowScratch, returnScratch } from '../metrics/scratch.js';
import { validateBinary } from '../metrics/validate.js';
import { sortScores, type SortedScores } from '../metrics/sort.js';
import {
  higherIsBetter,
  METRIC_NAMES,
  type BinaryInput,
  type MetricMap,
  type MetricsResult,
  type MetricValue,
  type MulticlassInput,
  type Task,
  type TaskInputs,
} from '../metrics/types.js';
import { additiveLayout, BINARY_LAYOUT_WIDTH, type AdditiveLayout } from './additive.js';
import { pairedDeLong } from './delong.js';
import { discordantCounts, mcnemarTest } from './mcnemar.js';
import { summarizeDeltas } from './percentile.js';
import { Xoshiro128 } from './prng.js';
import { DEFAULT_CONFIDENCE, DEFAULT_POWER, DEFAULT_RANKING_WORK, DEFAULT_RESAMPLES, type CandidateUnits, type CompareOptions, type ComparisonSection, type MetricComparison } from './types.js';

const UNIT_BITS = 12;
export const MAX_BOOTSTRAP_UNITS = 1 << UNIT_BITS;
const RANKING = new Set(['average_precision', 'roc_auc_ovr', 'roc_auc_ovr_weighted']);

interface Settings {
  resamples: number;
  alpha: number;
  power: number;
  seed: number;
  rankingWork: number;
}

/** Both models' exact metrics and the comparison, sharing the sorts between them (what evaluate calls). */
export interface PairResult {
  candidate: MetricsResult;
  baseline: MetricsResult;
  comparison: ComparisonSection;
}

export function compareModels<T extends Task>(task: T, candidate: TaskInputs[T], baseline: TaskInputs[T], options: CompareOptions): ComparisonSection {
  return comparePair(task, candidate, baseline, options).comparison;
}

export function comparePair<T extends Task>(task: T, candidate: TaskInputs[T], baseline: TaskInputs[T], options: CompareOptions): PairResult {
  const settings = resolveSettings(options);
  assertSameRows(candidate, baseline);
  const sorts = task === 'binary' ? (options.sorts ?? ([sortScores((candidate as BinaryInput).score, candidate.yTrue as Uint8Array), sortScores((baseline as BinaryInput).score, candidate.yTrue as Uint8Array)] as const)) : undefined;
  if (sorts) {
    validateBinary(candidate as BinaryInput);
    validateBinary(baseline as BinaryInput);
  }
  const names: readonly string[] = options.metrics ?? METRIC_NAMES[task];
  const bootstrapNames = names.filter((name) => !(name === 'accuracy' || (task === 'binary' && name === 'roc_auc')));
  const plan = planResampling(task, candidate, baseline, bootstrapNames, settings, options.candidateUnits);
  const resultA = options.candidateMetrics ?? (sorts ? binaryPoint(candidate as BinaryInput, sorts[0], plan?.binary?.[0]) : computeMetrics(task, candidate));
  const resultB = sorts ? binaryPoint(baseline as BinaryInput, sorts[1], plan?.binary?.[1]) : computeMetrics(task, baseline);
  for (const name of names) {
    if (!(name in resultA.metrics)) throw new UserError(`unknown metric "${name}" for task ${task}`, { field: 'metrics', fix: `Use one of: ${METRIC_NAMES[task].join(', ')}.` });
  }
  const boot = bootstrapDeltas(task, candidate, baseline, bootstrapNames, settings, sorts, plan);
  // The units' row assignment is scratch memory (see assignUnits): the DeLong placements reuse it.
  if (plan) returnScratch(plan.units.of.buffer as ArrayBuffer);
  const out: Record<string, MetricComparison> = {};
  for (const name of names) {
    if (name === 'accuracy' && task !== 'regression') out[name] = accuracyComparison(task, candidate, baseline, settings);
    else if (name === 'roc_auc' && sorts) out[name] = aucComparison(candidate as BinaryInput, baseline as BinaryInput, settings, sorts);
    else out[name] = bootstrapComparison(name, resultA.metrics, resultB.metrics, boot.get(name), settings);
  }
  const comparison = { confidence: 1 - settings.alpha, bootstrap: { resamples: settings.resamples, seed: settings.seed }, metrics: out };
  return { candidate: resultA, baseline: resultB, comparison };
}

function resolveSettings(options: CompareOptions): Settings {
  const resamples = options.resamples ?? DEFAULT_RESAMPLES;
  const confidence = options.confidence ?? DEFAULT_CONFIDENCE;
  const power = options.power ?? DEFAULT_POWER;
  if (!Number.isSafeInteger(options.seed)) throw new UserError(`seed ${options.seed} is not an integer`, { input: 'seed', fix: 'Use an integer seed, e.g. 1.' });
  if (!Number.isInteger(resamples) || resamples < 2) throw new UserError(`bootstrap resamples ${resamples} must be an integer ≥ 2`, { input: 'resamples', fix: 'Use e.g. 1000.' });
  if (!(confidence > 0 && confidence < 1)) throw new UserError(`confidence ${confidence} must be between 0 and 1`, { input: 'confidence', fix: 'Use e.g. 0.95.' });
  if (!(power > 0 && power < 1)) throw new UserError(`power ${power} must be between 0 and 1`, { input: 'power', fix: 'Use e.g. 0.8.' });
  return { resamples, alpha: 1 - confidence, power, seed: options.seed, rankingWork: options.rankingWork ?? DEFAULT_RANKING_WORK };
}

function assertSameRows(candidate: { yTrue: ArrayLike<number> }, baseline: { yTrue: ArrayLike<number> }): void {
  const n = candidate.yTrue.length;
  let same = baseline.yTrue.length === n;
  for (let i = 0; same && i < n; i++) same = candidate.yTrue[i] === baseline.yTrue[i];
  if (!same) {
    throw new UserError('the candidate and the baseline were not evaluated on the same rows (their labels differ)', {
      field: 'yTrue',
      fix: 'Run both models over the same evaluation set, in the same row order.',
    });
  }
}

function undefinedComparison(name: string, candidate: MetricValue, baseline: MetricValue, method: MetricComparison['method'], reason: string): MetricComparison {
  const u = { undefined: reason };
  return { candidate, baseline, delta: u, ci: u, method, significant: false, mde: u, higherIsBetter: higherIsBetter(name) };
}

function accuracyComparison(task: Task, candidate: TaskInputs[Task], baseline: TaskInputs[Task], s: Settings): MetricComparison {
  const n = candidate.yTrue.length;
  if (n === 0) return undefinedComparison('accuracy', { undefined: 'no rows' }, { undefined: 'no rows' }, 'mcnemar-exact', 'the evaluation set has no rows');
  const { a, b, candidateOnly, baselineOnly } = task === 'binary' ? binaryAgreement(candidate as BinaryInput, baseline as BinaryInput) : agreement(task, candidate, baseline);
  const test = mcnemarTest(candidateOnly, baselineOnly, n, s.alpha, s.power);
  return {
    candidate: a.count / n,
    baseline: b.count / n,
    delta: a.count / n - b.count / n,
    ci: test.ci,
    method: 'mcnemar-exact',
    pValue: test.pValue,
    significant: test.significant,
    mde: test.mde,
    higherIsBetter: true,
  };
}

function correctness(task: Task, input: TaskInputs[Task]): { correct: Uint8Array; count: number } {
  const n = input.yTrue.length;
  const correct = new Uint8Array(n);
  let count = 0;
  for (let i = 0; i < n; i++) {
    const right = task === 'binary' ? predictedPositive(input as BinaryInput, i) === (input.yTrue[i] === 1) : predictedClass(input as MulticlassInput, i) === input.yTrue[i];
    correct[i] = right ? 1 : 0;
    count += correct[i] as number;
  }
  return { correct, count };
}

/** Each model's correct-row count and the discordant counts. */
interface Agreement {
  a: { count: number };
  b: { count: number };
  candidateOnly: number;
  baselineOnly: number;
}

function agreement(task: Task, candidate: TaskInputs[Task], baseline: TaskInputs[Task]): Agreement {
  const a = correctness(task, candidate);
  const b = correctness(task, baseline);
  return { a, b, ...discordantCounts(a.correct, b.correct) };
}

/** `agreement` for binary inputs in one pass, without per-row arrays. */
function binaryAgreement(candidate: BinaryInput, baseline: BinaryInput): Agreement {
  const { yTrue } = candidate;
  let a = 0;
  let b = 0;
  let candidateOnly = 0;
  let baselineOnly = 0;
  for (let i = 0; i < yTrue.length; i++) {
    const positive = yTrue[i] === 1;
    const rightA = (candidate.yPred ? candidate.yPred[i] === 1 : (candidate.score[i] as number) >= candidate.threshold) === positive ? 1 : 0;
    const rightB = (baseline.yPred ? baseline.yPred[i] === 1 : (baseline.score[i] as number) >= baseline.threshold) === (baseline.yTrue[i] === 1) ? 1 : 0;
    a += rightA;
    b += rightB;
    if (rightA > rightB) candidateOnly++;
    else if (rightB > rightA) baselineOnly++;
  }
  return { a: { count: a }, b: { count: b }, candidateOnly, baselineOnly };
}

function aucComparison(candidate: BinaryInput, baseline: BinaryInput, s: Settings, sorts: Sorts): MetricComparison {
  const d = pairedDeLong(candidate.yTrue, candidate.score, baseline.score, s.alpha, s.power, [sorts[0], sorts[1]]);
  const result: MetricComparison = { candidate: d.candidate, baseline: d.baseline, delta: d.delta, ci: d.ci, method: 'delong', significant: d.significant, mde: d.mde, higherIsBetter: true };
  if (d.pValue !== undefined) result.pValue = d.pValue;
  return result;
}

function bootstrapComparison(name: string, candidate: MetricMap, baseline: MetricMap, deltas: BootstrapDeltas | undefined, s: Settings): MetricComparison {
  const a = candidate[name] as MetricValue;
  const b = baseline[name] as MetricValue;
  if (typeof a !== 'number' || typeof b !== 'number') {
    const reason = typeof a !== 'number' ? `candidate: ${a.undefined}` : `baseline: ${(b as { undefined: string }).undefined}`;
    return undefinedComparison(name, a, b, 'paired-bootstrap', reason);
  }
  if (!deltas || deltas.skipped) return undefinedComparison(name, a, b, 'paired-bootstrap', deltas?.skipped ?? 'not bootstrapped');
  const summary = summarizeDeltas(deltas.values.subarray(0, deltas.defined), deltas.undefinedCount, deltas.reason, s.alpha, s.power);
  return { candidate: a, baseline: b, delta: a - b, ci: summary.ci, method: 'paired-bootstrap', significant: summary.significant, mde: summary.mde, higherIsBetter: higherIsBetter(name) };
}

// --- bootstrap engine ---------------------------------------------------------------------------------

interface BootstrapDeltas {
  values: Float64Array;
  defined: number;
  undefinedCount: number;
  reason: string;
  skipped?: string;
}

function newDeltas(resamples: number): BootstrapDeltas {
  return { values: new Float64Array(resamples), defined: 0, undefinedCount: 0, reason: '' };
}

function record(target: BootstrapDeltas, a: MetricValue | undefined, b: MetricValue | undefined): void {
  if (typeof a === 'number' && typeof b === 'number') target.values[target.defined++] = a - b;
  else {
    target.undefinedCount++;
    target.reason ||= typeof a === 'object' ? a.undefined : typeof b === 'object' ? b.undefined : 'missing';
  }
}

/** Random assignment of rows to resampling units, and each unit's row count. */
export interface Units {
  of: Uint32Array;
  count: number;
  rows: Float64Array;
}

function assignUnits(n: number, rng: Xoshiro128): Units {
  const count = Math.min(n, MAX_BOOTSTRAP_UNITS);
  // Borrowed (a sort has usually just given back its buffers) and given back once the bootstrap is done.
  const of = new Uint32Array(borrowScratch(4 * n), 0, n);
  const rows = new Float64Array(count);
  // 2^UNIT_BITS units: the top UNIT_BITS bits of one 32-bit draw are an exactly uniform unit.
  if (n <= MAX_BOOTSTRAP_UNITS) for (let i = 0; i < n; i++) of[i] = i;
  else rng.fillShifted(of, 32 - UNIT_BITS);
  for (let i = 0; i < n; i++) {
    const u = of[i] as number;
    rows[u] = (rows[u] as number) + 1;
  }
  return { of, count, rows };
}

type Sorts = readonly [SortedScores, SortedScores];

/** The bootstrap's PRNG (units drawn already) and, binary, each model's whole-set and per-unit sums. */
interface Resampling {
  rng: Xoshiro128;
  units: Units;
  binary?: readonly [BinarySums, BinarySums];
}

/**
 * The bootstrap's resampling units for `n` rows and a seed: the first draws of the seeded stream, and the
 * stream itself, which the comparison continues. A caller that passes over the candidate's rows anyway
 * (evaluate: its metrics and slices) sums the candidate per unit in that pass (`binarySums` with `keys`)
 * and hands both to `comparePair` as `candidateUnits`.
 */
export interface BootstrapUnits {
  seed: number;
  /** Continued by the one comparison the units are handed to. */
  rng: Xoshiro128;
  units: Units;
  keys: GroupKeys;
}

export function drawBootstrapUnits(n: number, seed: number): BootstrapUnits {
  const rng = new Xoshiro128(seed);
  const units = assignUnits(n, rng);
  return { seed, rng, units, keys: unitKeys(units) };
}

/** Units as groups for `binarySums`: unit u is group u. */
function unitKeys(units: Units): GroupKeys {
  return {
    key: new Int32Array(units.of.buffer, units.of.byteOffset, units.of.length),
    groupOfKey: Int32Array.from({ length: units.count + 1 }, (_, slot) => slot - 1),
    groups: units.count,
  };
}

/**
 * Draws the units (first use of the seeded stream) and, for binary additive metrics, sums each model's
 * rows per unit in one pass that also gives the whole set's sums for the point metrics. Units the caller
 * drew for this seed and row count, with the candidate's sums, are used as they are.
 */
function planResampling(task: Task, candidate: TaskInputs[Task], baseline: TaskInputs[Task], names: readonly string[], s: Settings, given: CandidateUnits | undefined): Resampling | undefined {
  const n = candidate.yTrue.length;
  if (names.length === 0 || n === 0) return undefined;
  const usable = given && given.units.seed === s.seed && given.units.units.of.length === n && task === 'binary' ? given : undefined;
  const { rng, units, keys } = usable?.units ?? drawBootstrapUnits(n, s.seed);
  if (task !== 'binary' || names.every((name) => RANKING.has(name))) return { rng, units };
  const candidateSums = usable?.sums ?? binarySums(candidate as BinaryInput, [keys]);
  return { rng, units, binary: [candidateSums, usable?.baselineSums ?? binarySums(baseline as BinaryInput, [keys])] };
}

/** A binary model's exact metrics, from its whole-set sums when the unit pass made them. */
function binaryPoint(input: BinaryInput, sorted: SortedScores, sums: BinarySums | undefined): MetricsResult {
  if (!sums) return binaryMetrics(input, sorted);
  return binaryResult(sums.whole, 0, rankingMetrics(input.yTrue, input.score, sorted));
}

function bootstrapDeltas<T extends Task>(
  task: T,
  candidate: TaskInputs[T],
  baseline: TaskInputs[T],
  names: readonly string[],
  s: Settings,
  sorts: Sorts | undefined,
  plan: Resampling | undefined,
): Map<string, BootstrapDeltas> {
  const result = new Map<string, BootstrapDeltas>(names.map((name) => [name, newDeltas(s.resamples)]));
  if (!plan) return result;
  const { rng, units } = plan;
  const additive = names.filter((name) => !RANKING.has(name));
  const ranking = names.filter((name) => RANKING.has(name));
  const additiveSums = additive.length > 0 ? new AdditiveSums(task, candidate, baseline, units, plan.binary) : undefined;
  const rankingPass = ranking.length > 0 ? rankingEngine(task, candidate, baseline, units, s, result, ranking, sorts) : undefined;
  const weights = new Float64Array(units.count);
  for (let r = 0; r < s.resamples; r++) {
    drawWeights(rng, weights);
    if (additiveSums) {
      const [a, b] = additiveSums.metrics(weights);
      for (const name of additive) record(result.get(name) as BootstrapDeltas, a[name], b[name]);
    }
    if (rankingPass) {
      const [a, b] = rankingPass(weights);
      for (const name of ranking) record(result.get(name) as BootstrapDeltas, a[name], b[name]);
    }
  }
  return result;
}

/** Multinomial draw counts: G units drawn with replacement from G. */
function drawWeights(rng: Xoshiro128, weights: Float64Array): void {
  weights.fill(0);
  rng.countDraws(weights, weights.length);
}

/**
 * Per-unit sums of both models' additive statistics; a resample is a weighted sum over units. The sums
 * are kept per statistic (column-major), only for statistics that are not zero in every unit (a column
 * of zeros sums to +0 whatever the weights: binary ECE bins below 0.5 confidence are always empty), and
 * a resample visits only the units it drew. Each column still adds its units' terms in unit order, so the
 * figures are those of the plain row-major loop.
 */
class AdditiveSums {
  private readonly layouts: [AdditiveLayout, AdditiveLayout];
  /** Statistic index (both layouts side by side) and that statistic's per-unit sums. */
  private readonly columns: Array<{ k: number; perUnit: Float64Array }>;
  private readonly sums: Float64Array;
  private readonly drawn: Int32Array;
  private readonly drawnWeight: Float64Array;

  constructor(task: Task, candidate: TaskInputs[Task], baseline: TaskInputs[Task], private readonly units: Units, binary?: readonly [BinarySums, BinarySums]) {
    this.layouts = [additiveLayout(task, candidate), additiveLayout(task, baseline)];
    const [a, b] = this.layouts;
    const width = a.width + b.width;
    const perUnit = binary ? binaryPerUnit(binary, units) : layoutPerUnit(a, b, units);
    this.columns = [];
    for (let k = 0; k < width; k++) {
      const column = new Float64Array(units.count);
      let zero = true;
      for (let u = 0; u < units.count; u++) zero = (column[u] = perUnit[u * width + k] as number) === 0 && zero;
      if (!zero) this.columns.push({ k, perUnit: column });
    }
    this.sums = new Float64Array(width);
    this.drawn = new Int32Array(units.count);
    this.drawnWeight = new Float64Array(units.count);
  }

  metrics(weights: Float64Array): [MetricMap, MetricMap] {
    const { sums, drawn, drawnWeight } = this;
    let m = 0;
    let n = 0;
    for (let u = 0; u < weights.length; u++) {
      const w = weights[u] as number;
      if (w === 0) continue;
      n += w * (this.units.rows[u] as number);
      drawn[m] = u;
      drawnWeight[m++] = w;
    }
    sums.fill(0);
    for (const { k, perUnit } of this.columns) {
      let sum = 0;
      for (let j = 0; j < m; j++) sum += (drawnWeight[j] as number) * (perUnit[drawn[j] as number] as number);
      sums[k] = sum;
    }
    const [a, b] = this.layouts;
    return [a.metrics(sums, 0, n), b.metrics(sums, a.width, n)];
  }
}

/** Both layouts' statistics summed per unit, row by row (units × (a.width + b.width), row-major). */
function layoutPerUnit(a: AdditiveLayout, b: AdditiveLayout, units: Units): Float64Array {
  const width = a.width + b.width;
  const perUnit = new Float64Array(units.count * width);
  for (let row = 0; row < units.of.length; row++) {
    const offset = (units.of[row] as number) * width;
    a.accumulate(row, perUnit, offset);
    b.accumulate(row, perUnit, offset + a.width);
  }
  return perUnit;
}

/**
 * The binary layouts' per-unit statistics from `binarySums` with units as groups (the same terms added in
 * the same row order as `BinaryLayout.accumulate`, in one monomorphic pass per model), rearranged into the
 * layout's columns [tp, fp, fn, tn, Σ log loss, Σ squared error, bins…]. A model with scores outside
 * [0, 1] has no loss or bin sums in its layout (they stay 0), as there.
 */
function binaryPerUnit(sums: readonly [BinarySums, BinarySums], units: Units): Float64Array {
  const width = 2 * BINARY_LAYOUT_WIDTH;
  const perUnit = new Float64Array(units.count * width);
  sums.forEach(({ whole, groups }, model) => {
    const probabilities = whole[4] === 0;
    const blocks = groups[0] as Float64Array;
    for (let u = 0; u < units.count; u++) {
      const from = u * BINARY_SUMS;
      const to = u * width + model * BINARY_LAYOUT_WIDTH;
      perUnit[to] = blocks[from + 3] as number;
      perUnit[to + 1] = blocks[from + 1] as number;
      perUnit[to + 2] = blocks[from + 2] as number;
      perUnit[to + 3] = blocks[from] as number;
      if (!probabilities) continue;
      for (let k = 4; k < BINARY_LAYOUT_WIDTH; k++) perUnit[to + k] = blocks[from + k + 1] as number;
    }
  });
  return perUnit;
}

type RankingPass = (weights: Float64Array) => [MetricMap, MetricMap];

/** Sets up the weighted ranking passes, or marks the ranking metrics skipped when over budget. */
function rankingEngine<T extends Task>(
  task: T,
  candidate: TaskInputs[T],
  baseline: TaskInputs[T],
  units: Units,
  s: Settings,
  result: Map<string, BootstrapDeltas>,
  names: string[],
  sorts: Sorts | undefined,
): RankingPass | undefined {
  const n = candidate.yTrue.length;
  const passes = task === 'multiclass' ? (candidate as MulticlassInput).classes : 1;
  const work = n * 2 * passes * s.resamples;
  if (work > s.rankingWork) {
    const reason = `bootstrapping ranking metrics needs n·B·passes = ${work.toExponential(2)} row visits, over the ranking budget of ${s.rankingWork.toExponential(2)}; lower the resamples or raise rankingWork`;
    for (const name of names) (result.get(name) as BootstrapDeltas).skipped = reason;
    return undefined;
  }
  if (sorts) {
    const a = binaryRanking(candidate as BinaryInput, units, sorts[0]);
    const b = binaryRanking(baseline as BinaryInput, units, sorts[1]);
    return (w) => [a(w), b(w)];
  }
  const a = ovrRanking(candidate as MulticlassInput, units);
  const b = ovrRanking(baseline as MulticlassInput, units);
  return (w) => [a(w), b(w)];
}

function binaryRanking(input: BinaryInput, units: Units, sorted: SortedScores): (weights: Float64Array) => MetricMap {
  const rows = prepareWeightedRanking(input.yTrue, sorted, units.of);
  return (weights) => ({ average_precision: weightedRankingMetrics(rows, weights).averagePrecision });
}

function ovrRanking(input: MulticlassInput, units: Units): (weights: Float64Array) => MetricMap {
  const { classes, yTrue, proba } = input;
  const n = yTrue.length;
  const columns = Array.from({ length: classes }, (_, c) => {
    const isPositive = new Uint8Array(n);
    const score = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      isPositive[i] = yTrue[i] === c ? 1 : 0;
      score[i] = proba[i * classes + c] as number;
    }
    return prepareWeightedRanking(isPositive, sortScores(score, isPositive), units.of);
  });
  return (weights) => {
    const support = new Float64Array(classes);
    let total = 0;
    const perClass = columns.map((rows, c) => {
      const r = weightedRankingMetrics(rows, weights);
      support[c] = r.positives;
      total += r.positives;
      return r.rocAuc;
    });
    const avg = averageOvr(perClass, support, total);
    return { roc_auc_ovr: avg.macro, roc_auc_ovr_weighted: avg.weighted };
  }
}

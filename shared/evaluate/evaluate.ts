import { basename } from 'node:path';
import { UserError } from '../errors.js';
import { bindInputs, type InputBinding } from '../model/inputs.js';
import { loadModel, type Model } from '../model/model.js';
import { batchRowsFor } from '../model/predict.js';
import { worthAWorker } from '../model/predict-in-worker.js';
import type { ModelRuntime } from '../model/types.js';
import type { Digest } from '../digest.js';
import type { Table } from '../tabular/types.js';
import { evaluationRecordType, evaluationShardType, type EvaluationRecord, type EvaluationShard, type ModelRef } from '../schemas/evaluation-record.js';
import { detectFormat, readColumnNames, readTable, statedRowCount } from '../tabular/read-table.js';
import { getColumn } from '../tabular/table.js';
import { buildPredictionSet, enforceMissing, groupColumn, shardRange, type SetSource } from './build-set.js';
import { digestFile, resolveData, type DatasetOpener, type ResolvedData } from './data-source.js';
import { EarlyInference } from './early-inference.js';
import { checkExplainScoring, explainIfAsked } from './explain-hook.js';
import { encodeLabels, type EncodedLabels } from './labels.js';
import { mergeShards } from './merge.js';
import { encodePredictionSet } from './shard-codec.js';
import { checkOptions, EVALUATE_DEFAULTS, normalizeOptions, parseShard, type EvaluateOptions } from './options.js';
import type { SetContext } from './prediction-set.js';
import { BinaryViewInProgress, planSummary, summarize, summedGroupings, type SummaryPlan, type SummarySettings } from './summarize.js';
import { PhaseTimer } from './timer.js';
import { MLCI_VERSION } from './version.js';

export interface EvaluateDeps {
  /** The model runtime, loaded on first use (onnxruntime-node, installed on demand in actions). */
  runtime: () => Promise<ModelRuntime>;
  /** Restores `name@version` data from the store; absent when no store is configured. */
  openDataset?: DatasetOpener;
  cwd: string;
  /** Turns a registry reference (`churn#prod`, `churn@v1.2.0`) into a local model file; undefined for a path. */
  resolveModel?: (spec: string, input: string) => Promise<{ path: string; cleanup(): Promise<void> } | undefined>;
  now?: () => Date;
  clock?: () => number;
  log?: (line: string) => void;
}

/** Settings a shard records so the merge can check every shard was run the same way. */
export interface ShardSettings {
  context: SetContext;
  summary: Omit<SummarySettings, 'source'>;
  batchRows: number;
  missing: string;
}

/**
 * The evaluate use case: read the data, run the model (and the baseline on the same rows), and compute
 * metrics, slices, the paired comparison, fairness and explanations. With `shard` it stops after
 * inference and returns a shard record; with `merge` it combines shard records instead.
 */
export async function evaluateModel(given: EvaluateOptions, deps: EvaluateDeps): Promise<EvaluationRecord | EvaluationShard> {
  const normalized = normalizeOptions(given);
  checkOptions(normalized);
  if (normalized.merge !== undefined) return mergeShards(normalized.merge, deps);
  const baseline = normalized.baselineModel ? await deps.resolveModel?.(normalized.baselineModel, 'baseline-model') : undefined;
  const options = baseline ? { ...normalized, baselineModel: baseline.path } : normalized;
  const timer = new PhaseTimer(deps.clock);
  try {
    const data = await resolveData(options.data!, deps.cwd, deps.openDataset);
    try {
      return await evaluateData(options, deps, data, timer);
    } finally {
      await data.cleanup?.();
    }
  } finally {
    await baseline?.cleanup();
  }
}

/** The models with their input bindings, the prepared table and labels: everything inference needs. */
interface Prepared {
  model: Model;
  binding: InputBinding;
  baseline?: { model: Model; binding: InputBinding };
  table: Table;
  digest: Digest;
  groupColumns: string[];
  labels: EncodedLabels;
  context: SetContext;
  /** Workers predicting the whole table since the read (`EarlyInference`). */
  streamed?: SetSource['streamed'];
}

async function evaluateData(options: EvaluateOptions, deps: EvaluateDeps, data: ResolvedData, timer: PhaseTimer): Promise<EvaluationRecord | EvaluationShard> {
  const prepared = await prepare(options, deps, data, timer);
  const { table, model, binding, baseline, labels, context } = prepared;
  const batchRows = inferenceBatchRows(options, binding);
  const shard = options.shard === undefined ? undefined : parseShard(options.shard);
  const range = shard ? shardRange(table.rowCount, batchRows, shard.index, shard.count) : { start: 0, end: table.rowCount };
  const groups = prepared.groupColumns.map((name) => groupColumn(table, name, range));
  const settings = summaryOf(options, labels, data.source);
  // What the figures need besides the predictions is made while a worker still predicts, and so is as
  // much of the candidate's share as its predictions that have arrived allow.
  const plan = shard ? undefined : timer.time('metricsMs', () => planSummary({ rows: range.end - range.start, yTrue: labels.yTrue.subarray(range.start, range.end), groups }, baseline !== undefined, context, settings));
  const views = plan && context.task === 'binary' ? binaryViews(prepared, plan, context) : {};
  // The record's validator compiles while workers predict rather than when the record is written, after
  // everything else: with the sections this run will write, 0.1–0.35 s of compiling.
  const sections = [...(options.sensitive?.length ? ['fairness'] : []), ...((options.explain ?? EVALUATE_DEFAULTS.explain) !== 'none' ? ['explanations'] : [])];
  setImmediate(() => (shard ? evaluationShardType : evaluationRecordType).prepare(sections));
  const set = await buildPredictionSet({
    table, yTrue: labels.yTrue, model, binding, groups, batchRows, range, time: timer.timeAsync,
    ...(baseline ? { baseline } : {}),
    ...(prepared.streamed ? { streamed: prepared.streamed } : {}),
  });
  const explain = () =>
    timer.timeAsync('explainMs', () =>
      explainIfAsked(options, { table, yTrue: labels.yTrue, model, binding, positiveIndex: labels.positiveIndex, threshold: context.threshold, log: deps.log ?? (() => undefined), ...(baseline ? { baseline } : {}) }),
    );
  const common = recordCommon(options, prepared, data, deps);
  if (shard) {
    const explanations = shard.index === 1 ? await explain() : undefined;
    const { source: _source, ...summary } = settings;
    const shardSettings: ShardSettings = { context, summary, batchRows, missing: options.missing ?? EVALUATE_DEFAULTS.missing };
    return {
      kind: 'evaluation-shard', schemaVersion: 1, ...common,
      shard: { index: shard.index, count: shard.count, rowStart: range.start, rowEnd: range.end, totalRows: table.rowCount },
      settings: shardSettings as unknown as Record<string, unknown>,
      predictions: encodePredictionSet(set),
      ...(explanations ? { explanations } : {}),
      timings: timer.finish(),
    };
  }
  const candidateView = views.candidate?.finish();
  const baselineView = views.baseline?.finish();
  const summary = summarize(set, context, settings, timer.time, { ...(plan ? { plan } : {}), ...(candidateView ? { candidate: candidateView } : {}), ...(baselineView ? { baseline: baselineView } : {}) });
  const explanations = await explain();
  return { kind: 'evaluation-record', schemaVersion: 1, ...common, rows: set.rows, ...summary, ...(explanations ? { explanations } : {}), timings: timer.finish() };
}

/**
 * Binary views of the models whose predictions a worker streams, fed as they are stored: the candidate
 * summed over the plan's slices and bootstrap units, the baseline over the units alone.
 */
function binaryViews(prepared: Prepared, plan: SummaryPlan, context: SetContext): { candidate?: BinaryViewInProgress; baseline?: BinaryViewInProgress } {
  const rows = prepared.table.rowCount;
  const views: { candidate?: BinaryViewInProgress; baseline?: BinaryViewInProgress } = {};
  const { candidate, baseline } = prepared.streamed ?? {};
  if (candidate) {
    views.candidate = new BinaryViewInProgress(rows, prepared.model.plan, context, plan.labels!, summedGroupings(plan));
    candidate.onStored(views.candidate.add);
  }
  if (baseline && prepared.baseline) {
    views.baseline = new BinaryViewInProgress(rows, prepared.baseline.model.plan, context, plan.labels!, plan.units ? [plan.units.keys] : []);
    baseline.onStored(views.baseline.add);
  }
  return views;
}

async function prepare(options: EvaluateOptions, deps: EvaluateDeps, data: ResolvedData, timer: PhaseTimer): Promise<Prepared> {
  const runtime = await deps.runtime();
  const early = await startEarlyInference(options, data, runtime);
  try {
    const { model, baseline } = await loadModels(options, runtime, timer);
    const header = await readColumnNames(data.path, { input: 'data' });
    const columns = columnsToRead(options, [model, baseline], header);
    const groupColumns = [...new Set([...(options.slices ?? []), ...(options.sensitive ?? [])])];
    const exclude = [options.label!, ...groupColumns];
    const bindOptions = { features: options.features, exclude, modelInput: 'model' };
    const baselineBindOptions = { features: options.features, exclude, modelInput: 'baseline-model' };
    early?.bind([{ model, bindOptions }, ...(baseline ? [{ model: baseline, bindOptions: baselineBindOptions }] : [])]);
    const read = () => readTable(data.path, { missing: 'allow', input: 'data', ...(columns ? { columns } : {}), ...(early ? { onRowsReady: early.onRowsReady } : {}) });
    const reading = Promise.all([digestFile(data.path), timer.timeAsync('readMs', read)]);
    const [digest, raw] = await reading;
    if (raw.rowCount === 0) throw new UserError(`${data.source} has no rows to evaluate.`, { file: data.path, input: 'data', fix: 'Pass a file with a header and at least one row.' });
    for (const name of options.slices ?? []) getColumn(raw, name, 'slices');
    for (const name of options.sensitive ?? []) getColumn(raw, name, 'sensitive');
    getColumn(raw, options.label!, 'label');
    const binding = bindInputs(model, raw, bindOptions);
    const baselineBinding = baseline && bindInputs(baseline, raw, baselineBindOptions);
    const used = [options.label!, ...groupColumns, ...binding.features, ...(baselineBinding?.features ?? [])];
    const table = enforceMissing(raw, used, options.missing ?? EVALUATE_DEFAULTS.missing);
    if (table.rowCount === 0) throw new UserError(`no rows of ${data.source} are left after dropping rows with missing values.`, { input: 'missing', fix: 'Fill the missing values instead of dropping rows.' });
    const labels = encodeLabels(table, options.label!, model.task, model.plan, options.positiveLabel);
    const candidate = early?.take(0, table, binding);
    const streamedBaseline = baselineBinding && early?.take(1, table, baselineBinding);
    return {
      model, binding, table, digest, groupColumns, labels,
      ...(candidate || streamedBaseline ? { streamed: { ...(candidate ? { candidate } : {}), ...(streamedBaseline ? { baseline: streamedBaseline } : {}) } } : {}),
      context: setContext(options, model, labels),
      ...(baseline && baselineBinding ? { baseline: { model: baseline, binding: baselineBinding } } : {}),
    };
  } catch (error) {
    early?.stop();
    throw error;
  }
}

/**
 * Inference workers for a large Parquet file, started before anything else so that their threads,
 * runtime and sessions are ready when the first rows land (`EarlyInference`). A shard predicts a row
 * range, and dropping rows renumbers them: the head start is for whole sets.
 */
async function startEarlyInference(options: EvaluateOptions, data: ResolvedData, runtime: ModelRuntime): Promise<EarlyInference | undefined> {
  if (options.shard !== undefined || options.missing === 'drop') return undefined;
  // A file that cannot be read gets its error from the read itself, in the usual order.
  const rows = await statedRowCount(data.path, { input: 'data' }).catch(() => undefined);
  if (rows === undefined || !worthAWorker(rows)) return undefined;
  const files = [{ path: options.model!, input: 'model', ...(options.task ? { task: options.task } : {}) }];
  if (options.baselineModel) files.push({ path: options.baselineModel, input: 'baseline-model', ...(options.task ? { task: options.task } : {}) });
  return new EarlyInference(files, runtime, (binding) => inferenceBatchRows(options, binding));
}

/** Rows per inference batch: the option, else what suits the feature count (shards split on these). */
function inferenceBatchRows(options: EvaluateOptions, binding: InputBinding): number {
  return options.batchRows ?? batchRowsFor(binding.features.length);
}

/**
 * The columns evaluate uses, when the header tells them without reading the rows: label, slices,
 * sensitive columns and the features (listed, or the models' per-column input names). Undefined means
 * read everything (JSONL, default [N, F] features, or a name not in the header, which then gets its
 * error message from the usual checks).
 */
function columnsToRead(options: EvaluateOptions, models: Array<Model | undefined>, header: string[] | undefined): string[] | undefined {
  if (!header) return undefined;
  const wanted = [options.label!, ...(options.slices ?? []), ...(options.sensitive ?? [])];
  for (const model of models) {
    if (!model) continue;
    if (options.features) wanted.push(...options.features);
    else if (model.inputs.every((input) => header.includes(input.name))) wanted.push(...model.inputs.map((input) => input.name));
    else return undefined;
  }
  const unique = [...new Set(wanted)];
  return unique.every((name) => header.includes(name)) ? unique : undefined;
}

async function loadModels(options: EvaluateOptions, runtime: ModelRuntime, timer: PhaseTimer): Promise<{ model: Model; baseline?: Model }> {
  const model = await timer.timeAsync('loadMs', () => loadModel(options.model!, { runtime, task: options.task, input: 'model' }));
  // The task is known now (it may have been inferred from the model): a scorer for another task fails here, before any inference.
  checkExplainScoring(options, model.task);
  if (model.task === 'multiclass' && options.sensitive?.length) {
    throw new UserError('fairness metrics are defined for binary classification and regression; this model is multiclass.', {
      input: 'sensitive',
      fix: 'Leave sensitive empty for this model, or evaluate a one-vs-rest binary model per class of interest.',
    });
  }
  if (!options.baselineModel) return { model };
  const baseline = await timer.timeAsync('loadMs', () => loadModel(options.baselineModel!, { runtime, task: model.task, input: 'baseline-model' }));
  checkSameClasses(model, baseline);
  return { model, baseline };
}

function checkSameClasses(model: Model, baseline: Model): void {
  const same = model.plan.width === baseline.plan.width && (model.plan.classes ?? []).join('\u0000') === (baseline.plan.classes ?? model.plan.classes ?? []).join('\u0000');
  if (same) return;
  throw new UserError(`the baseline model ${baseline.name} predicts different classes than ${model.name} (${describeClasses(baseline)} vs ${describeClasses(model)}).`, {
    input: 'baseline-model',
    fix: 'Compare models trained for the same task and classes.',
  });
}

function describeClasses(model: Model): string {
  return model.plan.classes ? model.plan.classes.join(', ') : `${model.plan.width} output column${model.plan.width === 1 ? '' : 's'}`;
}

function setContext(options: EvaluateOptions, model: Model, labels: EncodedLabels): SetContext {
  return {
    task: model.task,
    threshold: options.threshold ?? EVALUATE_DEFAULTS.threshold,
    ...(labels.positiveIndex === undefined ? {} : { positiveIndex: labels.positiveIndex }),
    ...(labels.classes ? { classCount: labels.classes.length } : {}),
  };
}

function summaryOf(options: EvaluateOptions, labels: EncodedLabels, source: string): SummarySettings {
  return {
    slices: options.slices ?? [],
    minSliceSize: options.minSliceSize ?? EVALUATE_DEFAULTS.minSliceSize,
    seed: options.seed ?? EVALUATE_DEFAULTS.seed,
    resamples: options.resamples ?? EVALUATE_DEFAULTS.resamples,
    sensitive: options.sensitive ?? [],
    fairnessMinGroup: options.fairnessMinGroup ?? EVALUATE_DEFAULTS.fairnessMinGroup,
    ...(labels.classes ? { classes: labels.classes } : {}),
    source,
  };
}

/** The members a full record and a shard record share. */
function recordCommon(options: EvaluateOptions, prepared: Prepared, data: ResolvedData, deps: EvaluateDeps) {
  const { model, baseline, binding, labels, context } = prepared;
  const positiveLabel = labels.positiveIndex === undefined ? undefined : labels.classes?.[labels.positiveIndex];
  return {
    createdAt: (deps.now?.() ?? new Date()).toISOString(),
    task: model.task,
    model: modelRef(model, options.model!),
    ...(baseline ? { baseline: modelRef(baseline.model, options.baselineModel!) } : {}),
    data: {
      digest: prepared.digest,
      source: data.source,
      format: detectFormat(data.path, 'data'),
      ...(data.version ? { version: data.version } : {}),
      ...(data.manifest ? { manifest: data.manifest } : {}),
    },
    label: options.label!,
    features: binding.features,
    ...(positiveLabel === undefined ? {} : { positiveLabel }),
    ...(context.task === 'binary' ? { threshold: context.threshold } : {}),
    ...(labels.classes ? { classes: labels.classes } : {}),
    runtime: { node: process.version, onnxruntime: model.runtime.version, mlci: MLCI_VERSION },
    seed: options.seed ?? EVALUATE_DEFAULTS.seed,
  };
}

function modelRef(model: Model, path: string): ModelRef {
  return { digest: model.digest, name: basename(path), path, inputs: model.inputs, outputs: model.outputs };
}

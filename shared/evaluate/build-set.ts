import { UserError } from '../errors.js';
import type { InputBinding } from '../model/inputs.js';
import type { Model } from '../model/model.js';
import { predictTable, type Predictions } from '../model/predict.js';
import { predictInWorker, worthAWorker, type PredictionWorker } from '../model/predict-in-worker.js';
import { categorize, describeRow, getColumn, takeRows } from '../tabular/table.js';
import type { Column, MissingPolicy, Table } from '../tabular/types.js';
import type { GroupColumn, ModelOutputs, PredictionSet } from './prediction-set.js';

/**
 * Applies the missing-value policy to the columns evaluate uses (other columns may have gaps).
 * `error` names the columns and first rows; `drop` removes the rows; `allow` leaves them (a missing
 * feature then fails at inference, naming its row).
 */
export function enforceMissing(table: Table, columns: readonly string[], policy: MissingPolicy): Table {
  const used = [...new Set(columns)].map((name) => getColumn(table, name));
  const withGaps = used.filter((c) => c.nullCount > 0);
  if (withGaps.length === 0 || policy === 'allow') return table;
  if (policy === 'drop') {
    const keep: number[] = [];
    for (let row = 0; row < table.rowCount; row += 1) if (!withGaps.some((c) => isNull(c, row))) keep.push(row);
    return takeRows(table, Int32Array.from(keep));
  }
  const described = withGaps.map((column) => {
    const rows: string[] = [];
    for (let row = 0; row < table.rowCount && rows.length < 5; row += 1) if (isNull(column, row)) rows.push(describeRow(table, row).text);
    return `${column.name} (${column.nullCount} missing: ${rows.join(', ')}${column.nullCount > rows.length ? ', …' : ''})`;
  });
  const first = withGaps[0]!;
  let firstRow = 0;
  while (!isNull(first, firstRow)) firstRow += 1;
  const where = describeRow(table, firstRow);
  return failMissing(table, described, where.line);
}

function failMissing(table: Table, described: string[], line: number | undefined): never {
  throw new UserError(`${table.file} has missing values in ${described.join('; ')}.`, {
    file: table.file,
    input: 'data',
    ...(line === undefined ? {} : { line }),
    fix: 'Fill the missing values, or set missing to drop (skip such rows) or allow.',
  });
}

function isNull(column: Column, row: number): boolean {
  return column.type === 'string' ? column.codes[row] === -1 : column.nulls?.[row] === 1;
}

/**
 * The row range of shard i of n. Shards split on inference-batch boundaries, so every batch has the
 * same rows in a sharded and an unsharded run and the runtime computes bit-identical outputs.
 */
export function shardRange(rows: number, batchRows: number, index: number, count: number): { start: number; end: number } {
  const batches = Math.ceil(rows / batchRows);
  const first = Math.floor(((index - 1) * batches) / count);
  const last = Math.floor((index * batches) / count);
  return { start: Math.min(rows, first * batchRows), end: Math.min(rows, last * batchRows) };
}

export interface SetSource {
  table: Table;
  yTrue: Float64Array;
  model: Model;
  binding: InputBinding;
  baseline?: { model: Model; binding: InputBinding };
  /** The range's grouping columns (`groupColumn`). */
  groups: GroupColumn[];
  batchRows: number;
  range: { start: number; end: number };
  time: <T>(phase: string, work: () => Promise<T>) => Promise<T>;
  /** Workers already predicting the whole table (fed during the read). */
  streamed?: { candidate?: PredictionWorker; baseline?: PredictionWorker };
}

export async function buildPredictionSet(source: SetSource): Promise<PredictionSet> {
  const { table, range } = source;
  const options = { start: range.start, end: range.end, batchRows: source.batchRows };
  const baseline = source.baseline && startBaseline(source, options);
  let candidate: Predictions;
  try {
    candidate = await source.time('inferenceMs', () => orInThisThread(source.streamed?.candidate?.finish(), () => predictTable(source.model, source.binding, table, options)));
  } catch (error) {
    baseline?.stop();
    throw error;
  }
  const set: PredictionSet = {
    rows: range.end - range.start,
    // Views, not copies: nothing writes to a set's arrays, and 3 million fresh rows cost page faults.
    yTrue: source.yTrue.subarray(range.start, range.end),
    candidate: outputs(candidate),
    groups: source.groups,
  };
  // With a worker, this phase is only the wait for the baseline after the candidate is done.
  if (baseline) set.baseline = outputs(await source.time('baselineInferenceMs', baseline.predictions));
  return set;
}

/**
 * Predictions a worker makes, or, when it fails or there is none, the same predictions made in this
 * thread: a worker's failure (a NaN feature, a non-finite prediction) is met again here, with the
 * final table's wording and rows.
 */
async function orInThisThread(inWorker: Promise<Predictions> | undefined, here: () => Promise<Predictions>): Promise<Predictions> {
  if (inWorker) {
    try {
      return await inWorker;
    } catch {
      // predicted again below
    }
  }
  return here();
}

/**
 * The baseline's predictions: streamed during the read, else in a worker thread running while this
 * thread runs the candidate, when the set is large enough (`worthAWorker`); otherwise in this thread
 * once the candidate is done.
 */
function startBaseline(source: SetSource, options: { start: number; end: number; batchRows: number }): { predictions: () => Promise<Predictions>; stop: () => void } {
  const { model, binding } = source.baseline!;
  const worker = source.streamed?.baseline ?? (worthAWorker(options.end - options.start) ? predictInWorker(model, binding, source.table, { ...options, input: 'baseline-model' }) : undefined);
  const inWorker = worker?.finish();
  inWorker?.catch(() => undefined); // settled by the caller
  return {
    predictions: () => orInThisThread(inWorker, () => predictTable(model, binding, source.table, options)),
    stop: () => worker?.stop(),
  };
}

function outputs(predictions: Predictions): ModelOutputs {
  return { values: predictions.values, width: predictions.width, dtype: predictions.dtype };
}

/**
 * A grouping column over the range's rows. A text column is taken as it is, its dictionary codes viewed
 * in place: whoever reads a group column orders the groups by their values (slices), by first
 * appearance (fairness) or by text (the shard merge), never by code, so the dictionary's order does not
 * matter, and mapping 3 million codes into `categorize`'s order cost a pass and 12 MB of fresh memory.
 * Other columns are categorized.
 */
export function groupColumn(table: Table, name: string, range: { start: number; end: number }): GroupColumn {
  const column = getColumn(table, name);
  if (column.type === 'string') return { name, codes: column.codes.subarray(range.start, range.end), categories: column.categories };
  const { codes, categories } = categorize(column);
  return { name, codes: codes.subarray(range.start, range.end), categories };
}

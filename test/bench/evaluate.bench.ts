import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parquetWriteFile } from 'hyparquet-writer';
import { evaluateModel } from '../../shared/evaluate/index.js';
import { batchRowsFor, loadModel, loadOnnxRuntime, type FeedTensor, type ModelRuntime } from '../../shared/model/index.js';
import type { EvaluationRecord } from '../../shared/schemas/evaluation-record.js';
import { getColumn, readTable, type NumericColumn, type StringColumn } from '../../shared/tabular/index.js';
import type { BenchFigure } from './figure.js';

/**
 * Evaluate on the 3-million-row flights set (vega-datasets' flights-3m.parquet), turned into features
 * (distance in thousands of miles, hour, weekday and month of departure, scaled) and a delay label
 * (delay > 15 minutes), written once to .bench/ as Parquet with the departure airport as slice column.
 *
 * The reference is the same ONNX session run alone over pre-built float32 tensors of the same rows in
 * the same batches. Figures: end-to-end evaluate (read, inference, all metrics, slices by origin) and the
 * same with a baseline model and the paired statistics (McNemar, DeLong, bootstrap B = 1000), as
 * multiples of that; peak RSS of the process. The models are small MLPs (4-64-1, fixed random
 * weights; scripts/fixtures/make_models.py): cheap inference, so the ratio shows the whole overhead.
 */
const FLIGHTS = fileURLToPath(new URL('../../node_modules/vega-datasets/data/flights-3m.parquet', import.meta.url));
const FEATURES_FILE = fileURLToPath(new URL('../../.bench/flights-features.parquet', import.meta.url));
const MODEL = fileURLToPath(new URL('../fixtures/models/flights-mlp.onnx', import.meta.url));
const BASELINE = fileURLToPath(new URL('../fixtures/models/flights-mlp-baseline.onnx', import.meta.url));
const FEATURES = ['distance', 'hour', 'weekday', 'month'];

export async function bench(log: (line: string) => void): Promise<BenchFigure[]> {
  await prepareFeatures(log);
  const runtime = await loadOnnxRuntime();
  const bare = await bareInference(runtime, log);
  const options = { model: MODEL, data: FEATURES_FILE, label: 'delayed', slices: ['origin'], explain: 'none' as const };
  const deps = { runtime: async () => runtime, cwd: process.cwd() };
  const single = await timed(() => evaluateModel(options, deps));
  log(`evaluate: ${seconds(single.ms)} (${describeTimings(single.value)})`);
  const paired = await timed(() => evaluateModel({ ...options, baselineModel: BASELINE }, deps));
  log(`evaluate with baseline: ${seconds(paired.ms)} (${describeTimings(paired.value)})`);
  // Fairness by origin (hundreds of airports): its own phase time against the rest of the same run.
  const fair = await timed(() => evaluateModel({ ...options, sensitive: ['origin'] }, deps));
  const fairnessMs = (fair.value as EvaluationRecord).timings.fairnessMs ?? 0;
  const fairnessShare = fairnessMs / (fair.ms - fairnessMs);
  log(`evaluate with fairness by origin: ${seconds(fair.ms)} (${describeTimings(fair.value)})`);
  const rssMiB = process.resourceUsage().maxRSS / 1024;
  return [
    { name: 'evaluate end to end (read, inference, metrics, slices) ÷ bare inference, 3 M rows', value: single.ms / bare, unit: '×', target: '≤ 1.5×', pass: single.ms / bare <= 1.5 },
    { name: 'evaluate with baseline and paired statistics ÷ bare inference', value: paired.ms / bare, unit: '×', target: '≤ 2.5×', pass: paired.ms / bare <= 2.5 },
    { name: 'fairness by origin added to evaluate, 3 M rows', value: fairnessShare * 100, unit: '%', target: '≤ 10%', pass: fairnessShare <= 0.1 },
    { name: 'evaluate end to end, 3 M rows (of which reading the Parquet file)', value: single.ms / 1000, unit: `s (${(readMs(single.value) / 1000).toFixed(1)} s)`, target: 'reported', pass: true },
    { name: 'bare inference, 3 M rows', value: bare / 1000, unit: 's', target: 'reported', pass: true },
    { name: 'peak RSS (whole bench process)', value: rssMiB, unit: 'MiB', target: 'reported', pass: true },
  ];
}

/** The candidate session alone over pre-built tensors, in evaluate's batch size; best of three. */
async function bareInference(runtime: ModelRuntime, log: (line: string) => void): Promise<number> {
  const table = await readTable(FEATURES_FILE, { columns: FEATURES });
  const model = await loadModel(MODEL, { runtime });
  const batch = batchRowsFor(FEATURES.length);
  const columns = FEATURES.map((name) => (getColumn(table, name) as NumericColumn).values);
  const feeds: FeedTensor[] = [];
  for (let start = 0; start < table.rowCount; start += batch) {
    const rows = Math.min(batch, table.rowCount - start);
    const data = new Float32Array(rows * FEATURES.length);
    for (let r = 0; r < rows; r += 1) columns.forEach((values, j) => (data[r * FEATURES.length + j] = values[start + r]!));
    feeds.push({ type: 'float32', data, dims: [rows, FEATURES.length] });
  }
  let best = Infinity;
  for (let run = 0; run < 3; run += 1) {
    const { ms } = await timed(async () => {
      for (const feed of feeds) await model.session.run({ input: feed }, [model.plan.output]);
    });
    best = Math.min(best, ms);
  }
  log(`bare inference: ${seconds(best)} for ${table.rowCount} rows in ${feeds.length} batches of ${batch}`);
  await model.release();
  return best;
}

async function prepareFeatures(log: (line: string) => void): Promise<void> {
  if (existsSync(FEATURES_FILE)) return;
  log('building .bench/flights-features.parquet from flights-3m.parquet (once)');
  const flights = await readTable(FLIGHTS, { columns: ['date', 'delay', 'distance', 'origin'], missing: 'drop' });
  const n = flights.rowCount;
  const date = (getColumn(flights, 'date') as NumericColumn).values;
  const delay = (getColumn(flights, 'delay') as NumericColumn).values;
  const distance = (getColumn(flights, 'distance') as NumericColumn).values.map((miles) => miles / 1000);
  const origin = getColumn(flights, 'origin') as StringColumn;
  const hour = new Float64Array(n);
  const weekday = new Float64Array(n);
  const month = new Float64Array(n);
  const delayed = new Int32Array(n);
  for (let i = 0; i < n; i += 1) {
    const when = new Date(date[i]!);
    hour[i] = when.getUTCHours() / 24;
    weekday[i] = when.getUTCDay() / 7;
    month[i] = when.getUTCMonth() / 12;
    delayed[i] = delay[i]! > 15 ? 1 : 0;
  }
  mkdirSync(join(FEATURES_FILE, '..'), { recursive: true });
  parquetWriteFile({
    filename: FEATURES_FILE,
    rowGroupSize: 262_144,
    columnData: [
      { name: 'distance', data: distance, type: 'DOUBLE', nullable: false },
      { name: 'hour', data: hour, type: 'DOUBLE', nullable: false },
      { name: 'weekday', data: weekday, type: 'DOUBLE', nullable: false },
      { name: 'month', data: month, type: 'DOUBLE', nullable: false },
      { name: 'origin', data: Array.from(origin.codes, (code) => origin.categories[code]!), type: 'STRING', nullable: false },
      { name: 'delayed', data: delayed, type: 'INT32', nullable: false },
    ],
  });
}

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await work();
  return { value, ms: performance.now() - start };
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

function readMs(record: unknown): number {
  return (record as EvaluationRecord).timings.readMs ?? 0;
}

function describeTimings(record: unknown): string {
  const timings = (record as EvaluationRecord).timings;
  return Object.entries(timings).map(([phase, ms]) => `${phase.replace(/Ms$/, '')} ${seconds(ms)}`).join(', ');
}

import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { canonicalJson, digestBytes } from '../digest.js';
import { UserError } from '../errors.js';
import { evaluationShardType, type EvaluationRecord, type EvaluationShard } from '../schemas/evaluation-record.js';
import type { EvaluateDeps, ShardSettings } from './evaluate.js';
import { expandGlob } from './record-io.js';
import { concatPredictionSets, decodePredictionSet } from './shard-codec.js';
import { summarize } from './summarize.js';
import { PhaseTimer } from './timer.js';

interface LoadedShard {
  file: string;
  text: string;
  shard: EvaluationShard;
}

/**
 * Merges the shard records matched by `pattern` into one evaluation record. The shards must come from
 * the same models, data and settings and cover the rows exactly once; the merged prediction set then
 * goes through the same summary as an unsharded run, so the figures are identical.
 */
export async function mergeShards(pattern: string, deps: EvaluateDeps): Promise<EvaluationRecord> {
  const timer = new PhaseTimer(deps.clock);
  const files = await expandGlob(pattern, deps.cwd);
  if (files.length === 0) throw new UserError(`merge pattern '${pattern}' matches no files.`, { input: 'merge', fix: 'Download the shard records (actions/download-artifact) and point merge at them, e.g. shards/*.json.' });
  const loaded = await timer.timeAsync('readMs', () => Promise.all(files.map(loadShard)));
  const ordered = checkShards(loaded);
  const first = ordered[0]!.shard;
  const settings = first.settings as unknown as ShardSettings;
  const set = timer.time('decodeMs', () => concatPredictionSets(ordered.map((s) => decodePredictionSet(s.shard.predictions))));
  const summary = summarize(set, settings.context, { ...settings.summary, source: first.data.source }, timer.time);
  const { kind: _kind, shard: _shard, settings: _settings, predictions: _predictions, timings: _timings, createdAt: _createdAt, ...common } = first;
  const shardInference = ordered.reduce((total, s) => total + (s.shard.timings.inferenceMs ?? 0) + (s.shard.timings.baselineInferenceMs ?? 0), 0);
  return {
    ...common,
    kind: 'evaluation-record',
    createdAt: (deps.now?.() ?? new Date()).toISOString(),
    rows: set.rows,
    ...summary,
    shards: { count: first.shard.count, partials: ordered.map((s) => digestBytes(s.text)) },
    timings: { ...timer.finish(), shardInferenceMs: shardInference },
  };
}

async function loadShard(file: string): Promise<LoadedShard> {
  const text = await readFile(resolve(file), 'utf8');
  return { file, text, shard: evaluationShardType.parse(text, file) };
}

/** Same run, every shard once, rows contiguous; returns the shards in order. */
function checkShards(shards: LoadedShard[]): LoadedShard[] {
  const first = shards[0]!;
  for (const other of shards.slice(1)) {
    sameOrFail(first, other, 'model', (s) => s.model.digest, 'shards of different models cannot be merged');
    sameOrFail(first, other, 'baseline', (s) => s.baseline?.digest ?? 'none', 'shards with different baseline models cannot be merged');
    sameOrFail(first, other, 'data', (s) => s.data.digest, 'shards of different data cannot be merged');
    sameOrFail(first, other, 'shard count', (s) => String(s.shard.count), 'shards of runs with different shard counts cannot be merged');
    sameOrFail(first, other, 'settings', (s) => canonicalJson([s.settings, s.task, s.label, s.features, s.threshold, s.positiveLabel, s.classes, s.seed]), 'shards run with different settings cannot be merged');
  }
  const count = first.shard.shard.count;
  const byIndex = new Map<number, LoadedShard>();
  for (const loaded of shards) {
    const clash = byIndex.get(loaded.shard.shard.index);
    if (clash) throw new UserError(`shard ${loaded.shard.shard.index}/${count} appears twice (${clash.file} and ${loaded.file}).`, { input: 'merge', file: loaded.file, fix: 'Merge the records of one run only.' });
    byIndex.set(loaded.shard.shard.index, loaded);
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !byIndex.has(i));
  if (missing.length > 0) {
    throw new UserError(`shard${missing.length > 1 ? 's' : ''} ${missing.map((i) => `${i}/${count}`).join(', ')} missing from the merge (found ${shards.length} of ${count}).`, {
      input: 'merge',
      fix: 'Wait for every shard job (needs: the matrix job) and download all their records.',
    });
  }
  const ordered = Array.from({ length: count }, (_, i) => byIndex.get(i + 1)!);
  let next = 0;
  for (const { shard, file } of ordered) {
    if (shard.shard.rowStart !== next || shard.predictions.rows !== shard.shard.rowEnd - shard.shard.rowStart) {
      throw new UserError(`${file} covers rows ${shard.shard.rowStart}–${shard.shard.rowEnd}, expected to start at row ${next}.`, { input: 'merge', file, fix: 'Merge the records of one run only.' });
    }
    next = shard.shard.rowEnd;
  }
  if (next !== first.shard.shard.totalRows) throw new UserError(`the shards cover ${next} of ${first.shard.shard.totalRows} rows.`, { input: 'merge', fix: 'Merge the records of one run only.' });
  return ordered;
}

function sameOrFail(a: LoadedShard, b: LoadedShard, what: string, key: (s: EvaluationShard) => string, message: string): void {
  if (key(a.shard) === key(b.shard)) return;
  throw new UserError(`${message}: ${a.file} and ${b.file} differ in ${what} (${key(a.shard).slice(0, 80)} vs ${key(b.shard).slice(0, 80)}).`, {
    input: 'merge',
    file: b.file,
    fix: 'Merge the shard records of a single evaluate run (same model, baseline, data and inputs).',
  });
}

import { resolve } from 'node:path';
import { compactMetrics, type CompactMetrics, type EvaluationRecord, type EvaluationShard } from '../schemas/evaluation-record.js';
import { evaluateModel, type EvaluateDeps } from './evaluate.js';
import { EVALUATE_DEFAULTS, normalizeOptions, parseShard, type EvaluateOptions } from './options.js';
import { writeRecord } from './record-io.js';
import { evaluationSummary } from './summary-markdown.js';

export interface EvaluateResult {
  record: EvaluationRecord | EvaluationShard;
  /** Absolute path of the written record. */
  path: string;
  /** The compact `metrics` output (full records only). */
  metrics?: CompactMetrics;
  /** Markdown for the job summary. */
  summary: string;
}

/**
 * What the action and the CLI call: evaluate (or merge), then write the record, validated, in one
 * rename. Any error before that leaves no file behind.
 */
export async function runEvaluate(given: EvaluateOptions, deps: EvaluateDeps): Promise<EvaluateResult> {
  const options = normalizeOptions(given);
  const record = await evaluateModel(options, deps);
  const path = resolve(deps.cwd, options.output ?? defaultOutput(options));
  await writeRecord(path, record);
  if (record.kind === 'evaluation-shard') {
    const { index, count, rowStart, rowEnd } = record.shard;
    return { record, path, summary: `Shard ${index}/${count} of the evaluation of ${record.model.name}: rows ${rowStart}–${rowEnd}, predictions in ${path}.\n` };
  }
  return { record, path, metrics: compactMetrics(record), summary: evaluationSummary(record) };
}

function defaultOutput(options: EvaluateOptions): string {
  if (options.shard === undefined) return EVALUATE_DEFAULTS.output;
  const { index, count } = parseShard(options.shard);
  return `evaluation-shard-${index}-of-${count}.json`;
}

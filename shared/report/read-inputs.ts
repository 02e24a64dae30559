import { readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { errnoCode, UserError } from '../errors.js';
import { formatBytes } from '../text.js';
import { evaluationRecordType, type EvaluationRecord } from '../schemas/evaluation-record.js';
import { gateDecisionType, type GateDecision } from '../schemas/gate-decision.js';
import { lineageRecordType, type LineageRecord } from '../schemas/lineage-record.js';
import { parseDataSummary, type DataSummary } from './data-summary.js';

/**
 * Reading the records the report and gate are given. In the fork-safe pattern they come from an
 * artifact a pull request's code produced, so they are untrusted: size-capped before reading, parsed
 * and validated against their schema (a wrong kind or schema version says which), and only then used.
 */

/** Evaluation records are small (kilobytes); anything this big is not one. */
export const MAX_RECORD_BYTES = 32 * 1024 * 1024;

async function readCapped(path: string, input: string, maxBytes: number): Promise<string> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') {
      throw new UserError(`${path} does not exist.`, { input, file: path, fix: `Check the path given to '${input}' (relative to the workspace), and that the artifact was downloaded.` });
    }
    throw error;
  }
  if (size > maxBytes) {
    throw new UserError(`${path} is ${formatBytes(size)}, more than the ${formatBytes(maxBytes)} a record may be.`, {
      input,
      file: path,
      fix: 'Pass the record written by the suite; a file this large is not one (or has been tampered with).',
    });
  }
  return readFile(path, 'utf8');
}

/** Paths, each a record file or a directory of `*.json` records (a downloaded artifact). */
export async function expandRecordPaths(paths: string[], input: string): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (info?.isDirectory()) {
      const names = (await readdir(path)).filter((name) => name.endsWith('.json')).sort();
      if (names.length === 0) throw new UserError(`Directory ${path} holds no .json records.`, { input, file: path, fix: 'Point at the evaluation record file or the directory the artifact was downloaded to.' });
      files.push(...names.map((name) => join(path, name)));
    } else {
      files.push(path);
    }
  }
  return files;
}

export async function readEvaluationRecords(paths: string[], maxBytes = MAX_RECORD_BYTES): Promise<Array<{ record: EvaluationRecord; source: string }>> {
  if (paths.length === 0) throw new UserError('No evaluation record was given.', { input: 'evaluation', fix: 'Set `evaluation:` to the record file(s) written by the evaluate action.' });
  const files = await expandRecordPaths(paths, 'evaluation');
  const records = [];
  for (const file of files) {
    const text = await readCapped(file, 'evaluation', maxBytes);
    records.push({ record: withInput(() => evaluationRecordType.parse(text, file), 'evaluation'), source: file });
  }
  return records;
}

/** A file input relative to `cwd`; JSON text (a previous step's output) stays as it is. */
export function resolveInput(value: string | undefined, cwd: string): string | undefined {
  if (value === undefined || value.trim() === '' || value.trim().startsWith('{')) return value;
  return resolve(cwd, value.trim());
}

/** An optional input given either as a file path or as JSON text (a previous step's output). */
export async function readJsonInput(value: string | undefined, input: string, maxBytes = MAX_RECORD_BYTES): Promise<{ value: unknown; source: string } | undefined> {
  if (value === undefined || value.trim() === '') return undefined;
  const trimmed = value.trim();
  const isInline = trimmed.startsWith('{');
  const source = isInline ? `input '${input}'` : trimmed;
  const text = isInline ? trimmed : await readCapped(trimmed, input, maxBytes);
  try {
    return { value: JSON.parse(text) as unknown, source };
  } catch (error) {
    throw new UserError(`${source} is not JSON: ${(error as Error).message}`, { input, file: isInline ? undefined : source, fix: `Pass the file (or output) the matching action wrote as '${input}'.` });
  }
}

export async function readDecision(value: string | undefined): Promise<GateDecision | undefined> {
  const json = await readJsonInput(value, 'decision');
  return json && withInput(() => gateDecisionType.validate(json.value, json.source), 'decision');
}

export async function readLineage(value: string | undefined): Promise<LineageRecord | undefined> {
  const json = await readJsonInput(value, 'lineage');
  return json && withInput(() => lineageRecordType.validate(json.value, json.source), 'lineage');
}

export async function readDataSummary(value: string | undefined): Promise<DataSummary | undefined> {
  const json = await readJsonInput(value, 'data-summary');
  return json && parseDataSummary(json.value, json.source);
}

/** Name the action input on schema errors raised by RecordType (which knows only the file). */
function withInput<T>(read: () => T, input: string): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof UserError && error.location.input === undefined) {
      throw new UserError(error.message, { ...error.location, input, ...(error.fix ? { fix: error.fix } : {}), cause: error });
    }
    throw error;
  }
}

import { randomBytes } from 'node:crypto';
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { errnoCode, UserError } from '../errors.js';
import { evaluationRecordType, evaluationShardType, type EvaluationRecord, type EvaluationShard } from '../schemas/evaluation-record.js';
import { globToRegExp } from '../train/glob.js';

/** Validated on write: a temporary file renamed into place, so a failed run leaves no half record. */
export async function writeRecord(path: string, record: EvaluationRecord | EvaluationShard): Promise<void> {
  const text = record.kind === 'evaluation-record' ? evaluationRecordType.serialize(record) : evaluationShardType.serialize(record);
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeFile(temporary, text + '\n');
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

export async function readEvaluationRecord(path: string): Promise<EvaluationRecord> {
  return evaluationRecordType.parse(await readText(path, 'record'), path);
}

export async function readShardRecord(path: string): Promise<EvaluationShard> {
  return evaluationShardType.parse(await readText(path, 'merge'), path);
}

async function readText(path: string, input: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') throw new UserError(`${path} does not exist.`, { file: path, input });
    throw error;
  }
}

/** Files matching a glob (`shards/*.json`, `**` across directories), sorted; relative to `cwd`. */
export async function expandGlob(pattern: string, cwd: string): Promise<string[]> {
  const absolute = isAbsolute(pattern);
  const root = absolute ? '/' : cwd;
  const relativePattern = absolute ? relative('/', pattern) : pattern;
  const firstGlob = relativePattern.search(/[*?[]/);
  const base = firstGlob < 0 ? relativePattern : relativePattern.slice(0, relativePattern.lastIndexOf('/', firstGlob) + 1);
  if (firstGlob < 0) return [resolve(root, relativePattern)];
  const matcher = globToRegExp(relativePattern);
  const files: string[] = [];
  await walk(resolve(root, base || '.'), async (file) => {
    const path = relative(root, file).split('\\').join('/');
    // globToRegExp also matches below a directory; merge wants the files themselves.
    if (matcher.test(path) && exactly(relativePattern, path)) files.push(file);
  });
  return files.sort();
}

function exactly(pattern: string, path: string): boolean {
  return pattern.includes('**') || pattern.split('/').length === path.split('/').length;
}

async function walk(directory: string, visit: (file: string) => Promise<void>): Promise<void> {
  let entries;
  try {
    entries = await readdir(directory, { withFileTypes: true });
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') return;
    throw error;
  }
  for (const entry of entries) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) await walk(path, visit);
    else if (entry.isFile()) await visit(path);
  }
}

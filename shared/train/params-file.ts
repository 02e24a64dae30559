import { readFile } from 'node:fs/promises';
import { isMap, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { digestOfJson, type Digest } from '../digest.js';
import { errnoCode, UserError } from '../errors.js';

/**
 * A hyperparameter file (YAML or JSON; JSON is YAML). Its identity is the digest of its canonical JSON
 * content, so reformatting or reordering keys does not invalidate the run cache while any value change does.
 */
export interface ParamsFile {
  path: string;
  content: Record<string, unknown>;
  digest: Digest;
  /** 1-based line/column of a value (by key path), for errors that point into the file. */
  locate(path: readonly (string | number)[]): { line?: number; column?: number };
}

export async function loadParamsFile(path: string, input = 'params'): Promise<ParamsFile> {
  const text = await readFile(path, 'utf8').catch((error: unknown) => {
    if (errnoCode(error) === 'ENOENT') {
      throw new UserError(`params file ${path} does not exist.`, { input, file: path, fix: 'Commit the params file or correct the path.' });
    }
    throw error;
  });
  return parseParamsText(text, path, input);
}

export function parseParamsText(text: string, path: string, input = 'params'): ParamsFile {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const problem = document.errors[0];
  if (problem) {
    const position = lineCounter.linePos(problem.pos[0]);
    throw new UserError(`params file ${path} is not valid YAML/JSON: ${firstLine(problem.message)}`, {
      input,
      file: path,
      line: position.line,
      column: position.col,
      fix: 'Fix the syntax at that position (a YAML mapping or a JSON object of parameters).',
    });
  }
  const content: unknown = document.toJS();
  if (content === null || typeof content !== 'object' || Array.isArray(content)) {
    throw new UserError(`params file ${path} must be a mapping of parameter names to values.`, {
      input,
      file: path,
      line: 1,
      column: 1,
      fix: 'Write parameters as `name: value` lines (YAML) or one JSON object.',
    });
  }
  const record = content as Record<string, unknown>;
  return { path, content: record, digest: digestOfJson(record), locate: (keys) => locateIn(document, lineCounter, keys) };
}

function locateIn(document: Document, lineCounter: LineCounter, keys: readonly (string | number)[]): { line?: number; column?: number } {
  const node = document.getIn(keys, true) as { range?: [number, number, number] } | undefined;
  const parent = keys.length > 1 ? document.getIn(keys.slice(0, -1), true) : document.contents;
  const start = node?.range?.[0] ?? (isMap(parent) || isSeq(parent) ? parent.range?.[0] : undefined);
  if (start === undefined) return {};
  const position = lineCounter.linePos(start);
  return { line: position.line, column: position.col };
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}

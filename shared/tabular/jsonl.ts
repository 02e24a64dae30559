import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { UserError } from '../errors.js';
import { CellTypeError } from './column-builder.js';
import { selectColumns, type RowRange } from './select.js';
import type { TableSink } from './table-sink.js';

/**
 * JSON Lines: one JSON object per line, blank lines skipped. Columns are the union of the keys in file
 * order; a key absent from a row is a missing value there.
 */
export async function scanJsonl(file: string, sink: TableSink, range: RowRange, columns?: readonly string[], input?: string): Promise<void> {
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  const index = new Map<string, number>();
  if (columns) {
    sink.setColumns([...new Set(columns)]);
    sink.columnNames.forEach((name, i) => index.set(name, i));
  } else {
    sink.setColumns([]);
  }
  const seen = new Set<string>();
  let lineNumber = 0;
  let row = 0;
  try {
    for await (const text of lines) {
      lineNumber += 1;
      if (text.trim() === '') continue;
      if (row >= range.end) break;
      if (row >= range.start) {
        const object = parseLine(lineNumber === 1 ? text.replace(/^\uFEFF/, '') : text, file, lineNumber, input);
        for (const key of Object.keys(object)) seen.add(key);
        pushObject(sink, object, index, !columns, file, lineNumber);
        await sink.flushIfFull();
      }
      row += 1;
    }
  } finally {
    lines.close();
  }
  if (columns && row > 0) selectColumns([...seen], columns, file, input);
}

function parseLine(text: string, file: string, line: number, input?: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UserError(`line ${line} of ${file} is not valid JSON: ${(error as Error).message}`, {
      file, line, input, fix: 'Write one complete JSON object per line (JSON Lines).',
    });
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new UserError(`line ${line} of ${file} is not a JSON object.`, { file, line, input, fix: 'Write one JSON object per line, e.g. {"age": 31, "label": 1}.' });
  }
  return value as Record<string, unknown>;
}

function pushObject(sink: TableSink, object: Record<string, unknown>, index: Map<string, number>, openColumns: boolean, file: string, line: number): void {
  if (openColumns) {
    for (const key of Object.keys(object)) if (!index.has(key)) index.set(key, sink.addColumn(key));
  }
  const values = new Array<unknown>(sink.columnNames.length);
  for (const [key, value] of Object.entries(object)) {
    const at = index.get(key);
    if (at !== undefined) values[at] = value;
  }
  try {
    sink.pushValueRow(values, line);
  } catch (error) {
    if (!(error instanceof CellTypeError)) throw error;
    throw new UserError(`${error.message} (line ${line}).`, { file, line, fix: `Fix the value or drop the type override for column ${error.column}.` });
  }
}


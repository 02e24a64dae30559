import { createReadStream } from 'node:fs';
import { CsvError, parse } from 'csv-parse';
import { UserError } from '../errors.js';
import { CellTypeError } from './column-builder.js';
import { selectColumns, type RowRange } from './select.js';
import type { TableSink } from './table-sink.js';

/**
 * RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF, optional UTF-8 BOM) streamed through
 * csv-parse. The first record is the header. A `.tsv` file uses tabs.
 */
export async function scanCsv(file: string, sink: TableSink, range: RowRange, columns?: readonly string[], input?: string): Promise<void> {
  const parser = createReadStream(file).pipe(
    parse({ bom: true, raw: true, skip_empty_lines: true, delimiter: file.toLowerCase().endsWith('.tsv') ? '\t' : ',' }),
  );
  let indices: number[] | undefined;
  let row = 0;
  const lines = new LineCounter();
  try {
    for await (const { record, raw } of parser as AsyncIterable<{ record: string[]; raw: string }>) {
      const line = lines.startOf(raw);
      if (!indices) {
        indices = selectColumns(checkHeader(record, file, line), columns, file, input);
        sink.setColumns(indices.map((i) => record[i]!));
        continue;
      }
      if (row >= range.end) break;
      if (row >= range.start) {
        pushRow(sink, indices.map((i) => record[i] ?? ''), line, file);
        await sink.flushIfFull();
      }
      row += 1;
    }
  } catch (error) {
    throw toUserError(error, file, input);
  } finally {
    parser.destroy();
  }
  if (!indices) throw new UserError(`${file} has no header row.`, { file, input, fix: 'The first line of a CSV file must name the columns.' });
}

/**
 * The line each record starts on. csv-parse's own `info.lines` counts a quoted CRLF twice, so lines are
 * counted from each record's raw text (which carries the skipped blank lines before it).
 */
class LineCounter {
  private next = 1;

  startOf(raw: string): number {
    const leading = /^(?:\r\n|\r|\n)*/.exec(raw)![0];
    const start = this.next + countBreaks(leading);
    this.next += countBreaks(raw);
    return start;
  }
}

function countBreaks(text: string): number {
  return text.match(/\r\n|\r|\n/g)?.length ?? 0;
}

function pushRow(sink: TableSink, cells: string[], line: number, file: string): void {
  try {
    sink.pushTextRow(cells, line);
  } catch (error) {
    if (!(error instanceof CellTypeError)) throw error;
    throw new UserError(`${error.message} (line ${line}).`, {
      file,
      line,
      fix: `Fix the value or drop the type override for column ${error.column}.`,
    });
  }
}

function checkHeader(header: string[], file: string, line: number): string[] {
  const seen = new Set<string>();
  header.forEach((name, index) => {
    if (name.trim() === '') {
      throw new UserError(`column ${index + 1} of the header of ${file} has no name.`, { file, line, column: index + 1, fix: 'Name every column in the header row.' });
    }
    if (seen.has(name)) {
      throw new UserError(`column '${name}' appears twice in the header of ${file}.`, { file, line, fix: 'Give every column a unique name.' });
    }
    seen.add(name);
  });
  return header;
}

function toUserError(error: unknown, file: string, input?: string): unknown {
  if (!(error instanceof CsvError)) return error;
  const line = (error as CsvError & { lines?: number }).lines;
  return new UserError(`${file} is not valid CSV: ${error.message}`, {
    file,
    input,
    ...(line === undefined ? {} : { line }),
    fix: 'Quote fields that contain commas, quotes or line breaks ("a ""quoted"" word"), and give every row as many fields as the header.',
    cause: error,
  });
}

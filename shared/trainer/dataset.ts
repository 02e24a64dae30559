import { parse } from 'csv-parse/sync';
import { UserError } from '../errors.js';

/**
 * A binary-classification training set held in float32, the precision the ONNX model computes in: the
 * trainer sees exactly the feature values the exported model will see, so split decisions agree.
 */
export interface TrainingSet {
  featureNames: string[];
  labelName: string;
  /** Row-major [rows × features], float32-rounded. */
  features: Float32Array;
  labels: Uint8Array;
  rows: number;
}

export interface CsvOptions {
  label: string;
  /** Feature columns; default: every column except the label. */
  features?: readonly string[];
  /** Shown in errors, e.g. the file path. */
  source: string;
}

interface CsvRow {
  record: string[];
  info: { lines: number };
}

export function parseTrainingCsv(text: string, options: CsvOptions): TrainingSet {
  const rows = readRows(text, options.source);
  const header = rows[0]?.record;
  if (!header || rows.length < 2) {
    throw new UserError(`${options.source} has no data rows.`, {
      file: options.source,
      fix: 'Give a CSV file with a header line and at least one data row.',
    });
  }
  const labelIndex = columnIndex(header, options.label, options.source, 'label');
  const featureNames = options.features ? [...options.features] : header.filter((_, i) => i !== labelIndex);
  const featureIndexes = featureNames.map((name) => columnIndex(header, name, options.source, 'features'));
  const dataRows = rows.slice(1);
  const features = new Float32Array(dataRows.length * featureNames.length);
  const labels = new Uint8Array(dataRows.length);
  dataRows.forEach((row, r) => {
    labels[r] = parseLabel(row, labelIndex, options);
    featureIndexes.forEach((column, f) => {
      features[r * featureNames.length + f] = parseFeature(row, column, header[column] ?? '', options.source);
    });
  });
  return { featureNames, labelName: options.label, features, labels, rows: dataRows.length };
}

function readRows(text: string, source: string): CsvRow[] {
  try {
    // With `info: true` each record comes as { record, info }; csv-parse's sync typings do not model that.
    return parse(text, { info: true, skip_empty_lines: true, trim: true }) as unknown as CsvRow[];
  } catch (error) {
    const { lines, column } = error as { lines?: number; column?: number };
    throw new UserError(`${source} is not valid CSV: ${(error as Error).message}`, {
      file: source,
      ...(lines === undefined ? {} : { line: lines }),
      ...(typeof column === 'number' ? { column: column + 1 } : {}),
      fix: 'Check quoting and that every row has as many fields as the header.',
      cause: error,
    });
  }
}

function columnIndex(header: string[], name: string, source: string, input: string): number {
  const index = header.indexOf(name);
  if (index < 0) {
    throw new UserError(`${source} has no column '${name}' (columns: ${header.join(', ')}).`, {
      file: source,
      line: 1,
      input,
      fix: `Name one of the header's columns as the ${input}.`,
    });
  }
  return index;
}

function parseLabel(row: CsvRow, index: number, options: CsvOptions): number {
  const value = row.record[index] ?? '';
  if (value === '0' || value === 'false') return 0;
  if (value === '1' || value === 'true') return 1;
  throw new UserError(`label '${options.label}' is '${value}'; the trainer fits binary labels 0/1.`, {
    file: options.source,
    line: row.info.lines,
    column: index + 1,
    fix: 'Encode the label column as 0 and 1 (or false and true).',
  });
}

function parseFeature(row: CsvRow, index: number, name: string, source: string): number {
  const text = row.record[index] ?? '';
  const value = text === '' ? Number.NaN : Number(text);
  if (!Number.isFinite(value)) {
    throw new UserError(`feature '${name}' is '${text}', not a finite number.`, {
      file: source,
      line: row.info.lines,
      column: index + 1,
      fix: 'Encode every feature column as numbers (one-hot encode categories, impute missing values) before training.',
    });
  }
  return value;
}

import { UserError } from '../errors.js';
import type { OutputPlan } from '../model/model.js';
import { cellText, describeRow, getColumn } from '../tabular/table.js';
import type { Table } from '../tabular/types.js';
import type { Task } from '../schemas/evaluation-record.js';

/**
 * The label column as the model's classes see it. Class labels come from the model when it names them
 * (ZipMap), else they are the probability column indices `0 … C-1`; a single-score binary model takes
 * them from the data (`0`/`1`, `false`/`true`, or the two values present).
 */
export interface EncodedLabels {
  /** Binary: 1 = positive; multiclass: class index; regression: the target. */
  yTrue: Float64Array;
  classes?: string[];
  /** Binary: index of the positive label in `classes` (its probability column). */
  positiveIndex?: number;
}

export function encodeLabels(table: Table, label: string, task: Task, plan: OutputPlan, positiveLabel?: string): EncodedLabels {
  const column = getColumn(table, label, 'label');
  if (task === 'regression') return { yTrue: regressionTargets(table, label) };
  const classes = plan.classes ?? (plan.kind === 'score' ? binaryClassesFromData(table, label) : indexClasses(plan.width));
  const lookup = classLookup(classes);
  const yTrue = new Float64Array(table.rowCount);
  const outside = new Map<string, number>();
  // Labels repeat: the text and class of each distinct cell (dictionary code or number) are looked up once.
  const known = new Map<number, number | undefined>();
  for (let row = 0; row < table.rowCount; row += 1) {
    const key = column.type === 'string' ? column.codes[row]! : column.nulls?.[row] ? NaN : column.values[row]!;
    let index = known.get(key);
    if (index === undefined && !known.has(key)) known.set(key, (index = lookup(cellText(column, row) ?? '')));
    if (index === undefined) {
      const text = cellText(column, row) ?? '';
      if (!outside.has(text)) outside.set(text, row);
    } else yTrue[row] = index;
  }
  if (outside.size > 0) throw labelsOutside(table, label, classes, outside);
  if (task === 'multiclass') return { yTrue, classes };
  const positiveIndex = positiveIndexOf(classes, positiveLabel);
  for (let row = 0; row < yTrue.length; row += 1) yTrue[row] = yTrue[row] === positiveIndex ? 1 : 0;
  return { yTrue, classes, positiveIndex };
}

function regressionTargets(table: Table, label: string): Float64Array {
  const column = getColumn(table, label, 'label');
  if (column.type === 'string') {
    throw new UserError(`label column '${label}' is text ('${column.categories[0] ?? ''}', …) but the task is regression.`, {
      input: 'label',
      file: table.file,
      fix: 'Use a numeric target column, or set task to binary or multiclass for class labels.',
    });
  }
  for (let row = 0; row < column.values.length; row += 1) {
    if (!Number.isFinite(column.values[row]!)) {
      const where = describeRow(table, row);
      throw new UserError(`label column '${label}' has ${column.values[row]} at ${where.text}; targets must be finite.`, {
        input: 'label', file: table.file, ...(where.line === undefined ? {} : { line: where.line }), fix: 'Fix or drop that row.',
      });
    }
  }
  return column.values;
}

function indexClasses(width: number): string[] {
  return Array.from({ length: width }, (_, i) => String(i));
}

function binaryClassesFromData(table: Table, label: string): string[] {
  const column = getColumn(table, label, 'label');
  const seen = new Set<string>();
  for (let row = 0; row < table.rowCount && seen.size <= 2; row += 1) seen.add(cellText(column, row) ?? '');
  const values = [...seen].sort();
  if (values.every((v) => v === '0' || v === '1')) return ['0', '1'];
  if (values.every((v) => v === 'false' || v === 'true')) return ['false', 'true'];
  if (values.length === 2) return values;
  throw new UserError(`label column '${label}' has ${values.length > 2 ? 'more than two' : 'one'} distinct value${values.length > 2 ? 's' : ''} (${values.slice(0, 3).join(', ')}), but the model gives one score per row (binary).`, {
    input: 'label',
    file: table.file,
    fix: values.length > 2 ? 'Use a binary label column, or a model with a probability output per class.' : 'Use labels 0/1 (or false/true) so the positive class is known.',
  });
}

/** Class text → index, accepting `true`/`false` for classes `1`/`0` and the reverse. */
function classLookup(classes: string[]): (text: string) => number | undefined {
  const index = new Map(classes.map((c, i) => [c, i]));
  const alias: Record<string, string> = { true: '1', false: '0', '1': 'true', '0': 'false', '1.0': '1', '0.0': '0' };
  return (text) => index.get(text) ?? (alias[text] === undefined ? undefined : index.get(alias[text]));
}

function positiveIndexOf(classes: string[], positiveLabel: string | undefined): number {
  if (positiveLabel === undefined) return classes.length - 1;
  const index = classLookup(classes)(positiveLabel);
  if (index === undefined) {
    throw new UserError(`positive-label '${positiveLabel}' is not one of the model's classes (${classes.join(', ')}).`, {
      input: 'positive-label',
      fix: `Use one of: ${classes.join(', ')}.`,
    });
  }
  return index;
}

function labelsOutside(table: Table, label: string, classes: string[], outside: Map<string, number>): UserError {
  const examples = [...outside.entries()].slice(0, 5).map(([value, row]) => `'${value}' (${describeRow(table, row).text})`);
  const first = describeRow(table, [...outside.values()][0]!);
  return new UserError(`label column '${label}' has values outside the model's classes (${classes.join(', ')}): ${examples.join(', ')}${outside.size > 5 ? ', …' : ''}.`, {
    input: 'label',
    file: table.file,
    ...(first.line === undefined ? {} : { line: first.line }),
    fix: "Check that the label column and the model belong together (class order as in training), or filter out rows of unknown classes.",
  });
}

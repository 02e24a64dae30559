import { UserError } from '../errors.js';
import type { OutputPlan } from '../model/model.js';
import { cellText, describeRow, getColumn } from '../tabular/table.js';
import type { NumericColumn, Table } from '../tabular/types.js';
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
  // Binary rows are written as 1 (positive) / 0 in the same pass; an unknown positive-label fails below,
  // after the labels outside the classes (the error users see first when both are wrong).
  const positive = task === 'binary' ? (positiveLabel === undefined ? classes.length - 1 : lookup(positiveLabel)) : undefined;
  const textOf = (row: number): string => cellText(column, row) ?? '';
  const yTrue = new Float64Array(table.rowCount);
  const outside = column.type === 'string' ? encodeCodes(column.codes, textOf, lookup, positive, yTrue) : encodeNumbers(column, textOf, lookup, positive, yTrue);
  if (outside.size > 0) throw labelsOutside(table, label, classes, outside);
  if (task === 'multiclass') return { yTrue, classes };
  return { yTrue, classes, positiveIndex: positiveIndexOf(classes, positiveLabel) };
}

/** Outside the classes, and not looked up yet (markers in the per-value caches below). */
const OUTSIDE = -1;
const UNSEEN = -2;
/** Distinct numeric labels kept in a short list searched before the map (labels have few values). */
const RECENT = 8;

type TextOf = (row: number) => string;
type Lookup = (text: string) => number | undefined;

/**
 * Dictionary-coded labels: each code's class is looked up once, then every row is a table read.
 * `positive` set: binary output (1 for that class, else 0); else the class index. Returns the texts
 * outside the classes with their first row.
 */
function encodeCodes(codes: Int32Array, textOf: TextOf, lookup: Lookup, positive: number | undefined, yTrue: Float64Array): Map<string, number> {
  let maxCode = -1;
  for (let row = 0; row < codes.length; row += 1) if (codes[row]! > maxCode) maxCode = codes[row]!;
  const classOfCode = new Int32Array(maxCode + 2).fill(UNSEEN);
  const outside = new Map<string, number>();
  for (let row = 0; row < codes.length; row += 1) {
    const slot = codes[row]! + 1;
    let index = classOfCode[slot]!;
    if (index === UNSEEN) classOfCode[slot] = index = lookup(textOf(row)) ?? OUTSIDE;
    if (index === OUTSIDE) noteOutside(outside, textOf(row), row);
    else yTrue[row] = positive === undefined ? index : index === positive ? 1 : 0;
  }
  return outside;
}

/** Numeric labels (missing ones as NaN): each distinct value's class is looked up once. */
function encodeNumbers(column: NumericColumn, textOf: TextOf, lookup: Lookup, positive: number | undefined, yTrue: Float64Array): Map<string, number> {
  const { values, nulls } = column;
  const recentKeys = new Float64Array(RECENT);
  const recentClasses = new Int32Array(RECENT);
  let recent = 0;
  const known = new Map<number, number>();
  const outside = new Map<string, number>();
  for (let row = 0; row < values.length; row += 1) {
    const key = nulls?.[row] ? NaN : values[row]!;
    let index = UNSEEN;
    for (let i = 0; i < recent; i += 1) {
      if (recentKeys[i] === key) {
        index = recentClasses[i]!;
        break;
      }
    }
    if (index === UNSEEN) {
      // NaN (a missing label) never equals itself: it is only ever found in the map.
      index = known.get(key) ?? lookup(textOf(row)) ?? OUTSIDE;
      known.set(key, index);
      if (recent < RECENT && key === key) {
        recentKeys[recent] = key;
        recentClasses[recent++] = index;
      }
    }
    if (index === OUTSIDE) noteOutside(outside, textOf(row), row);
    else yTrue[row] = positive === undefined ? index : index === positive ? 1 : 0;
  }
  return outside;
}

function noteOutside(outside: Map<string, number>, text: string, row: number): void {
  if (!outside.has(text)) outside.set(text, row);
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

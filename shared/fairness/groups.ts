import { UserError } from '../errors.js';

/**
 * Sensitive columns → integer group codes in one pass. Group values are untrusted text from the data:
 * they stay strings here (never interpreted), and the report escapes them. A missing value (null,
 * undefined, empty string) is its own group, shown as missing, rather than being dropped silently the way
 * pandas' groupby drops NaN keys.
 */

export type SensitiveValue = string | number | boolean | bigint | null | undefined;

export interface SensitiveColumn {
  name: string;
  /** One value per row; undefined when the data has no such column (and no `encoded`). */
  values: ArrayLike<SensitiveValue> | undefined;
  /**
   * The same column dictionary-encoded, as a reader already holds it: `codes[i]` indexes `categories`,
   * a negative code is a missing value. Preferred over `values` (no string per row); wins when both given.
   */
  encoded?: { codes: ArrayLike<number>; categories: readonly string[] };
}

/** A grouping of rows: each row's group code, and each code's value per column (null = missing). */
export interface Grouping {
  columns: string[];
  /** 16 bits when the groups fit: a row's code is read once per pass over millions of rows. */
  codes: Uint32Array | Uint16Array;
  /** levels[code][c] is the value of column c for that group. */
  levels: (string | null)[][];
}

function keyOf(value: SensitiveValue): string | null {
  if (value === null || value === undefined || value === '') return null;
  return String(value);
}

/** Codes of one column, levels in order of first appearance. */
export function encodeColumn(column: SensitiveColumn, rows: number, source?: string, available?: readonly string[]): Grouping {
  if (column.encoded) return recode(column.name, column.encoded, rows, source);
  const values = column.values;
  if (values === undefined) throw missingColumn(column.name, source, available);
  if (values.length !== rows) {
    throw new Error(`sensitive column '${column.name}' has ${values.length} values for ${rows} rows`);
  }
  const codes = new Uint32Array(rows);
  const index = new Map<string | null, number>();
  const levels: (string | null)[][] = [];
  let previous: SensitiveValue = undefined;
  let previousCode = -1;
  for (let i = 0; i < rows; i++) {
    // Data is often sorted or clustered by group: skip the Map lookup on a run of equal values.
    const value = values[i];
    if (previousCode >= 0 && value === previous) {
      codes[i] = previousCode;
      continue;
    }
    const key = keyOf(value);
    let code = index.get(key);
    if (code === undefined) {
      code = levels.length;
      index.set(key, code);
      levels.push([key]);
    }
    codes[i] = code;
    previous = value;
    previousCode = code;
  }
  if (levels.length < 2) throw singleGroup(column.name, levels[0]?.[0] ?? null, rows, source);
  return { columns: [column.name], codes, levels };
}

/** A dictionary-encoded column to group codes in order of first appearance (unused categories dropped). */
function recode(name: string, encoded: NonNullable<SensitiveColumn['encoded']>, rows: number, source: string | undefined): Grouping {
  const { codes: input, categories } = encoded;
  if (input.length !== rows) throw new Error(`sensitive column '${name}' has ${input.length} codes for ${rows} rows`);
  // Slot 0 is "missing"; category c is slot c + 1.
  const remap = new Int32Array(categories.length + 1).fill(-1);
  // Fresh memory is most of what a pass over millions of rows costs: the narrowest array that holds the codes.
  const codes = categories.length < 0xffff ? new Uint16Array(rows) : new Uint32Array(rows);
  const levels: (string | null)[][] = [];
  // An empty category is missing too, as in the `values` path.
  const empty = Uint8Array.from(categories, (category) => (category === '' ? 1 : 0));
  for (let i = 0; i < rows; i++) {
    const raw = input[i]!;
    const slot = raw < 0 || empty[raw] === 1 ? 0 : raw + 1;
    let code = remap[slot]!;
    if (code < 0) {
      code = levels.length;
      remap[slot] = code;
      levels.push([slot === 0 ? null : String(categories[raw])]);
    }
    codes[i] = code;
  }
  if (levels.length < 2) throw singleGroup(name, levels[0]?.[0] ?? null, rows, source);
  return { columns: [name], codes, levels };
}

/** The intersection of several groupings: one group per combination present in the data. */
export function intersect(groupings: readonly Grouping[]): Grouping {
  const rows = groupings[0]!.codes.length;
  const codes = new Uint32Array(rows);
  const levels: (string | null)[][] = [];
  // Mixed-radix number per combination; a dense table when the product is small, else a Map.
  const radix = groupings.map((g) => g.levels.length);
  const combinations = radix.reduce((a, b) => a * b, 1);
  if (combinations > Number.MAX_SAFE_INTEGER) throw new Error('too many sensitive-group combinations');
  const dense = combinations <= 1 << 22 ? new Int32Array(combinations).fill(-1) : undefined;
  const sparse = new Map<number, number>();
  for (let i = 0; i < rows; i++) {
    let key = 0;
    for (let c = groupings.length - 1; c >= 0; c--) key = key * radix[c]! + groupings[c]!.codes[i]!;
    let code = dense ? dense[key]! : (sparse.get(key) ?? -1);
    if (code < 0) {
      code = levels.length;
      if (dense) dense[key] = code;
      else sparse.set(key, code);
      levels.push(groupings.flatMap((g) => g.levels[g.codes[i]!]!));
    }
    codes[i] = code;
  }
  return { columns: groupings.flatMap((g) => g.columns), codes, levels };
}

/** Fail before reading data: every requested sensitive column must be a column of the data. */
export function checkSensitiveColumns(requested: readonly string[], available: readonly string[], source?: string): void {
  const missing = requested.filter((name) => !available.includes(name));
  if (missing.length > 0) throw missingColumn(missing[0]!, source, available);
}

function missingColumn(name: string, source: string | undefined, available: readonly string[] | undefined): UserError {
  const list = available && available.length > 0 ? ` Columns in the data: ${available.slice(0, 30).map((c) => `'${c}'`).join(', ')}${available.length > 30 ? ', …' : ''}.` : '';
  return new UserError(`sensitive column '${name}' is not in the data.${list}`, {
    input: 'sensitive',
    ...(source === undefined ? {} : { file: source }),
    field: name,
    fix: `Name a column of the evaluation data in 'sensitive' (names are case-sensitive), or remove '${name}'.`,
  });
}

function singleGroup(name: string, value: string | null, rows: number, source: string | undefined): UserError {
  const shown = value === null ? 'missing' : `'${value}'`;
  return new UserError(`sensitive column '${name}' has one group only (every one of ${rows} rows is ${shown}), so there is nothing to compare.`, {
    input: 'sensitive',
    ...(source === undefined ? {} : { file: source }),
    field: name,
    fix: `Use a column with at least two groups, or remove '${name}' from 'sensitive'.`,
  });
}

import { UserError } from '../errors.js';

export interface RowRange {
  start: number;
  end: number;
}

/** Rows [start, end) (file row numbers) of row group `group`, whose first row is `first`. */
export interface GroupRange extends RowRange {
  group: number;
  first: number;
}

/** Indices of the requested columns in the file's column order (all when none are requested). */
export function selectColumns(available: readonly string[], requested: readonly string[] | undefined, file: string, input?: string): number[] {
  if (!requested) return available.map((_, i) => i);
  return [...new Set(requested)].map((name) => {
    const index = available.indexOf(name);
    if (index < 0) {
      throw new UserError(`column '${name}' is not in ${file}.`, {
        file,
        input,
        fix: `Use one of its columns: ${available.slice(0, 30).join(', ')}${available.length > 30 ? ', …' : ''}.`,
      });
    }
    return index;
  });
}

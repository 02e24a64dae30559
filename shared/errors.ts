/**
 * One error path for the whole suite. A `UserError` is something the user can fix (bad input, missing
 * permission, unreachable store); everything else is an internal failure and is reported as a bug.
 * Adapters (actions, CLI) print `formatUserError` and exit non-zero; they never print stack traces for
 * user errors.
 */

/** Where in the user's input the problem is. Every field is optional; give what you know. */
export interface ErrorLocation {
  /** Action input name, CLI flag or config key, e.g. `path` or `--store`. */
  input?: string;
  file?: string;
  line?: number;
  column?: number;
  /** A JSON pointer or dotted field path inside a document, e.g. `/rules/0/margin`. */
  field?: string;
}

export interface UserErrorOptions extends ErrorLocation {
  /** How to fix it, as an instruction: "Add `contents: write` to the job's permissions." */
  fix?: string;
  cause?: unknown;
}

export class UserError extends Error {
  override readonly name = 'UserError';
  readonly location: ErrorLocation;
  readonly fix: string | undefined;

  constructor(message: string, options: UserErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    const { fix, cause: _cause, ...location } = options;
    this.location = location;
    this.fix = fix;
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError;
}

/** `file:line:column` (or the input name) the way editors and GitHub annotations expect it. */
export function describeLocation(location: ErrorLocation): string {
  const parts: string[] = [];
  if (location.file !== undefined) {
    let place = location.file;
    if (location.line !== undefined) place += `:${location.line}`;
    if (location.line !== undefined && location.column !== undefined) place += `:${location.column}`;
    parts.push(place);
  }
  if (location.field !== undefined) parts.push(`field ${location.field}`);
  if (location.input !== undefined) parts.push(`input '${location.input}'`);
  return parts.join(', ');
}

/** Multi-line message: what was wrong, where, how to fix it. */
export function formatUserError(error: UserError): string {
  const where = describeLocation(error.location);
  const lines = [where ? `${where}: ${error.message}` : error.message];
  if (error.fix) lines.push(`How to fix: ${error.fix}`);
  return lines.join('\n');
}

/** Node's errno code of an error, if any (ENOENT, EACCES, …). */
export function errnoCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

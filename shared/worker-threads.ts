import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { UserError, type ErrorLocation } from './errors.js';

/** How to start a worker thread: a script file, or source text to evaluate. */
export interface WorkerScript {
  script: URL | string;
  eval: boolean;
}

/**
 * The script of a worker thread whose entry module is `source` (a .ts file beside the module at `base`,
 * which passes its `import.meta.url`): `built` next to the running bundle (scripts/build.mjs writes each
 * worker bundle into every dist whose code names it), or, running from source (tests, `npm run mlci`),
 * the TypeScript file through tsx. Undefined when neither exists. Callers pass the names as variables,
 * not as string literals inside `new URL(…)`, so that the bundler leaves them alone.
 */
export function workerScript(base: string, built: string, source: string): WorkerScript | undefined {
  const bundled = new URL(built, base);
  if (existsSync(fileURLToPath(bundled))) return { script: bundled, eval: false };
  const typescript = new URL(source, base);
  if (!existsSync(fileURLToPath(typescript))) return undefined;
  // A worker's entry module does not go through `--import tsx` hooks (Node 20): register tsx, then import.
  return { script: `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(typescript.href)}); });`, eval: true };
}

/** An error crossing a thread boundary: a UserError keeps its location and fix, anything else its stack. */
export interface ThreadError {
  message: string;
  user?: { location: ErrorLocation; fix?: string };
}

export function toThreadError(error: unknown): ThreadError {
  if (error instanceof UserError) return { message: error.message, user: { location: error.location, ...(error.fix === undefined ? {} : { fix: error.fix }) } };
  return { message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
}

/** The error again on this side; `thread` names the worker in internal errors. */
export function fromThreadError(error: ThreadError, thread: string): Error {
  if (error.user) return new UserError(error.message, { ...error.user.location, ...(error.user.fix === undefined ? {} : { fix: error.user.fix }) });
  return new Error(`${thread}: ${error.message}`);
}

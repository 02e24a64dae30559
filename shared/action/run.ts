import * as core from '@actions/core';
import { formatUserError, isUserError } from '../errors.js';

/**
 * The one error path of every action. A UserError fails the step with what was wrong, where and how
 * to fix it (and an annotation on the file when there is one); anything else is an internal failure,
 * reported with its stack so it can be filed as a bug.
 */
export async function runAction(body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    reportFailure(error);
  }
}

export function reportFailure(error: unknown): void {
  if (isUserError(error)) {
    const { file, line, column } = error.location;
    core.error(formatUserError(error), {
      title: 'Configuration error',
      ...(file !== undefined ? { file } : {}),
      ...(line !== undefined ? { startLine: line } : {}),
      ...(column !== undefined ? { startColumn: column } : {}),
    });
    core.setFailed(error.message);
    return;
  }
  const stack = error instanceof Error ? (error.stack ?? error.message) : String(error);
  core.error(`Internal error (please report it with this log): ${stack}`, { title: 'Internal error' });
  core.setFailed(`Internal error: ${error instanceof Error ? error.message : String(error)}`);
}

import * as core from '@actions/core';
import { formatDuration } from '../text.js';

/** A collapsible log section whose title ends with how long it took. */
export async function timed<T>(title: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  core.startGroup(title);
  try {
    return await work();
  } finally {
    core.info(`${title}: ${formatDuration(performance.now() - started)}`);
    core.endGroup();
  }
}

import * as core from '@actions/core';
import { truncateUtf8 } from '../text.js';

/** GitHub rejects a step summary over 1 MiB; keep well inside it and say so when cut. */
export const STEP_SUMMARY_LIMIT_BYTES = 1024 * 1024 - 1024;

export async function appendSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.info(markdown);
    return;
  }
  const note = '\n\n> The summary was cut at GitHub\'s 1 MiB limit; the full record is in the step outputs.\n';
  const body = truncateUtf8(markdown, STEP_SUMMARY_LIMIT_BYTES, note);
  await core.summary.addRaw(body, true).write();
}

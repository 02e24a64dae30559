import { resolve } from 'node:path';
import { UserError } from '../errors.js';
import type { EventContext, RunTarget } from '../github/pull-request.js';
import { validateCommentTag } from '../github/sticky-comment.js';
import { readDataSummary, readDecision, readEvaluationRecords, readLineage, resolveInput } from './read-inputs.js';
import { renderReport } from './report.js';

/**
 * The report use case behind the action and the CLI: read and validate the records, render the body,
 * then (by mode) post or update the sticky comment on the pull request and/or append the full report to
 * the job summary. GitHub is reached only through `ReportPorts`, so this runs offline in tests and in
 * the CLI (`body-only`).
 */

export type ReportMode = 'comment' | 'summary' | 'both' | 'body-only';
export const REPORT_MODES: readonly ReportMode[] = ['comment', 'summary', 'both', 'body-only'];

export interface ReportRequest {
  evaluation: string[];
  dataSummary?: string;
  lineage?: string;
  decision?: string;
  mode: ReportMode;
  tag: string;
  maxRows: number;
  event: EventContext;
  /** Relative record paths are resolved here (the workspace); default: the process's directory. */
  cwd?: string;
  runUrl?: string;
  artifact?: string;
}

export interface ReportPorts {
  resolveTarget(event: EventContext): Promise<RunTarget>;
  upsertComment(issueNumber: number, tag: string, body: string): Promise<{ id: number; url: string; action: string }>;
  appendSummary(markdown: string): Promise<void>;
  log(message: string): void;
}

export interface ReportResult {
  body: string;
  truncated: boolean;
  commentId?: number;
  commentUrl?: string;
  /** Why no comment was posted, when none was. */
  skipped?: string;
}

/** Events that have a pull request to comment on; the others (push, merge_group) get a summary only. */
const COMMENT_EVENTS = new Set(['pull_request', 'pull_request_target', 'workflow_run']);

export async function runReport(request: ReportRequest, ports: Partial<ReportPorts> & Pick<ReportPorts, 'log'>): Promise<ReportResult> {
  validateCommentTag(request.tag);
  const cwd = request.cwd ?? '.';
  const evaluations = await readEvaluationRecords(request.evaluation.map((path) => resolve(cwd, path)));
  const [data, lineage, decision] = await Promise.all([
    readDataSummary(resolveInput(request.dataSummary, cwd)),
    readLineage(resolveInput(request.lineage, cwd)),
    readDecision(resolveInput(request.decision, cwd)),
  ]);
  const input = { evaluations, ...(data ? { data } : {}), ...(lineage ? { lineage } : {}), ...(decision ? { decision } : {}) };
  const links = { ...(request.runUrl ? { runUrl: request.runUrl } : {}), ...(request.artifact ? { artifact: request.artifact } : {}) };
  const comment = renderReport(input, { maxRows: request.maxRows, title: request.tag === 'default' ? undefined : request.tag, ...links });
  const result: ReportResult = { body: comment.markdown, truncated: comment.truncated };
  if (request.mode === 'body-only') return result;
  if (request.mode === 'summary' || request.mode === 'both') {
    // The job summary has room (1 MiB) for every row: it is where the truncation note points.
    const full = renderReport(input, { maxRows: 1000, limit: { chars: 1_000_000, bytes: 1_000_000 }, title: request.tag === 'default' ? undefined : request.tag });
    await ports.appendSummary?.(full.markdown);
  }
  if (request.mode === 'comment' || request.mode === 'both') await postComment(request, ports, result);
  return result;
}

async function postComment(request: ReportRequest, ports: Partial<ReportPorts> & Pick<ReportPorts, 'log'>, result: ReportResult): Promise<void> {
  if (!COMMENT_EVENTS.has(request.event.eventName)) {
    result.skipped = `no pull request on a ${request.event.eventName || 'local'} event: job summary only`;
    ports.log(result.skipped);
    if (request.mode === 'comment') await ports.appendSummary?.(result.body);
    return;
  }
  if (!ports.resolveTarget || !ports.upsertComment) {
    throw new UserError(`mode '${request.mode}' posts a comment, which needs a token.`, { input: 'token', fix: 'Pass `token: ${{ github.token }}` with `pull-requests: write`, or use mode `summary` or `body-only`.' });
  }
  const target = await ports.resolveTarget(request.event);
  if (target.kind !== 'pull-request') {
    result.skipped = `the ${request.event.eventName} event has no pull request`;
    ports.log(result.skipped);
    return;
  }
  const comment = await ports.upsertComment(target.number, request.tag, result.body);
  ports.log(`Report comment ${comment.action}: ${comment.url}`);
  result.commentId = comment.id;
  result.commentUrl = comment.url;
}

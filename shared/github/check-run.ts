import type { Octokit } from '../action/octokit.js';
import { truncateUtf8 } from '../text.js';
import { gitHubCall } from './errors.js';
import { resolveIdentity } from './identity.js';

/**
 * The gate's verdict as a check run on the pull request's head commit. On `pull_request` the workflow's
 * GITHUB_SHA is a merge commit, so callers must pass the head SHA or the check never shows on the PR.
 * A block concludes `failure`: required checks pass on `neutral` and `skipped`. GitHub takes at most 50
 * annotations per request (more are appended by updates) and a summary of at most 65,535 bytes.
 */

export type CheckConclusion = 'success' | 'failure';
export const MAX_ANNOTATIONS_PER_REQUEST = 50;
export const MAX_CHECK_SUMMARY_BYTES = 65_535;

export interface CheckAnnotation {
  path: string;
  startLine: number;
  endLine?: number;
  level: 'notice' | 'warning' | 'failure';
  message: string;
  title?: string;
}

export interface CheckRunRequest {
  owner: string;
  repo: string;
  headSha: string;
  name: string;
  conclusion: CheckConclusion;
  title: string;
  summary: string;
  annotations?: CheckAnnotation[];
  detailsUrl?: string;
  externalId?: string;
  /** `<app>[bot]` login of the token's App when it is not GITHUB_TOKEN (to find our earlier check run). */
  author?: string;
}

export interface CheckRunResult {
  id: number;
  url: string;
  action: 'created' | 'updated';
  /** Requests made: 1 + one per extra batch of 50 annotations. */
  requests: number;
}

const TRUNCATION_NOTE = '\n\n> Summary cut at GitHub\'s 65,535-byte limit; the full table is in the job summary.\n';

export function checkSummary(summary: string): string {
  return truncateUtf8(summary, MAX_CHECK_SUMMARY_BYTES, TRUNCATION_NOTE);
}

export function annotationBatches(annotations: CheckAnnotation[]): CheckAnnotation[][] {
  const batches: CheckAnnotation[][] = [];
  for (let i = 0; i < annotations.length; i += MAX_ANNOTATIONS_PER_REQUEST) {
    batches.push(annotations.slice(i, i + MAX_ANNOTATIONS_PER_REQUEST));
  }
  return batches;
}

function toApiAnnotation(a: CheckAnnotation) {
  return {
    path: a.path,
    start_line: a.startLine,
    end_line: a.endLine ?? a.startLine,
    annotation_level: a.level,
    message: a.message,
    ...(a.title !== undefined ? { title: a.title } : {}),
  };
}

export async function publishCheckRun(octokit: Octokit, request: CheckRunRequest): Promise<CheckRunResult> {
  const call = { doing: `create the '${request.name}' check run on ${request.headSha.slice(0, 12)}`, permission: 'checks: write' };
  const [first = [], ...rest] = annotationBatches(request.annotations ?? []);
  const output = { title: request.title, summary: checkSummary(request.summary) };
  const completed = {
    status: 'completed' as const,
    conclusion: request.conclusion,
    completed_at: new Date().toISOString(),
    output: { ...output, annotations: first.map(toApiAnnotation) },
    ...(request.detailsUrl ? { details_url: request.detailsUrl } : {}),
    ...(request.externalId ? { external_id: request.externalId } : {}),
  };
  const existing = await findOurCheckRun(octokit, request);
  const { owner, repo } = request;
  const response: { data: { id: number; html_url: string | null } } = await gitHubCall(call, async () =>
    existing === undefined
      ? await octokit.rest.checks.create({ owner, repo, name: request.name, head_sha: request.headSha, ...completed })
      : await octokit.rest.checks.update({ owner, repo, check_run_id: existing, ...completed }),
  );
  for (const batch of rest) {
    // Each update appends its annotations; title and summary must be repeated.
    await gitHubCall(call, () =>
      octokit.rest.checks.update({ owner, repo, check_run_id: response.data.id, output: { ...output, annotations: batch.map(toApiAnnotation) } }),
    );
  }
  return { id: response.data.id, url: response.data.html_url ?? '', action: existing === undefined ? 'created' : 'updated', requests: 1 + rest.length };
}

/**
 * A rerun updates the check run it made before instead of adding another with the same name. Only our
 * own App's run can be updated; someone else's check with the same name is left alone.
 */
async function findOurCheckRun(octokit: Octokit, request: CheckRunRequest): Promise<number | undefined> {
  const identity = await resolveIdentity(octokit, request.author);
  const { data } = await gitHubCall({ doing: `list check runs on ${request.headSha.slice(0, 12)}`, permission: 'checks: read' }, () =>
    octokit.rest.checks.listForRef({ owner: request.owner, repo: request.repo, ref: request.headSha, check_name: request.name, per_page: 100 }),
  );
  const ours = data.check_runs.filter((run) => run.app?.slug === identity.appSlug).sort((a, b) => b.id - a.id);
  return ours[0]?.id;
}

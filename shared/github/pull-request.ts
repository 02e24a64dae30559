import { UserError } from '../errors.js';
import type { Octokit } from '../action/octokit.js';
import { gitHubCall, httpStatus } from './errors.js';

/**
 * What a report or gate run is about, per event. Pull-request events carry the PR; `workflow_run` (the
 * fork-safe pattern) does not always (its `pull_requests` is empty for forks), so the PR is found from the
 * head SHA and verified: its head must still be the commit that was evaluated, or we would post stale,
 * possibly forged, results on newer code. `merge_group` has no PR at all; `push` gets a summary only.
 */
export type RunTarget =
  | { kind: 'pull-request'; number: number; headSha: string; baseSha?: string }
  | { kind: 'merge-group'; headSha: string; baseSha: string }
  | { kind: 'commit'; sha: string };

export interface EventContext {
  eventName: string;
  payload: Record<string, unknown>;
  owner: string;
  repo: string;
  /** GITHUB_SHA: on pull_request a merge commit, so never where a check run goes. */
  sha: string;
}

type Payload = Record<string, unknown>;

function child(value: unknown, key: string): Payload | undefined {
  const next = typeof value === 'object' && value !== null ? (value as Payload)[key] : undefined;
  return typeof next === 'object' && next !== null ? (next as Payload) : undefined;
}

function text(value: unknown, key: string): string | undefined {
  const next = typeof value === 'object' && value !== null ? (value as Payload)[key] : undefined;
  return typeof next === 'string' && next !== '' ? next : undefined;
}

function integer(value: unknown, key: string): number | undefined {
  const next = typeof value === 'object' && value !== null ? (value as Payload)[key] : undefined;
  return typeof next === 'number' && Number.isInteger(next) ? next : undefined;
}

export async function resolveTarget(octokit: Octokit | undefined, context: EventContext): Promise<RunTarget> {
  switch (context.eventName) {
    case 'pull_request':
    case 'pull_request_target':
      return pullRequestTarget(context);
    case 'workflow_run':
      if (!octokit) throw new Error('workflow_run needs a GitHub client to find the pull request');
      return workflowRunTarget(octokit, context);
    case 'merge_group': {
      const group = child(context.payload, 'merge_group');
      const headSha = text(group, 'head_sha') ?? context.sha;
      return { kind: 'merge-group', headSha, baseSha: text(group, 'base_sha') ?? '' };
    }
    default:
      return { kind: 'commit', sha: context.sha };
  }
}

function pullRequestTarget(context: EventContext): RunTarget {
  const pull = child(context.payload, 'pull_request');
  const number = integer(pull, 'number');
  const headSha = text(child(pull, 'head'), 'sha');
  if (number === undefined || headSha === undefined) {
    throw new UserError(`The ${context.eventName} event payload has no pull_request number and head SHA.`, {
      fix: 'Run this step on a pull_request event, or pass the event file GitHub wrote (GITHUB_EVENT_PATH).',
    });
  }
  const baseSha = text(child(pull, 'base'), 'sha');
  return { kind: 'pull-request', number, headSha, ...(baseSha ? { baseSha } : {}) };
}

async function workflowRunTarget(octokit: Octokit, context: EventContext): Promise<RunTarget> {
  const run = child(context.payload, 'workflow_run');
  const headSha = text(run, 'head_sha');
  if (!headSha) {
    throw new UserError('The workflow_run event payload has no head_sha.', { fix: 'Trigger this workflow with `on: workflow_run`.' });
  }
  const number = (await candidateNumbers(octokit, context, run, headSha))[0];
  if (number === undefined) {
    throw new UserError(`No open pull request has head commit ${headSha.slice(0, 12)} (workflow_run from '${text(run, 'head_branch') ?? '?'}').`, {
      fix: 'Only run the posting job for pull-request runs: add `if: github.event.workflow_run.event == \'pull_request\'` to it.',
    });
  }
  const pull = await gitHubCall({ doing: `read pull request #${number}`, permission: 'pull-requests: read' }, () =>
    octokit.rest.pulls.get({ owner: context.owner, repo: context.repo, pull_number: number }),
  );
  if (pull.data.head.sha !== headSha) {
    throw new UserError(
      `Pull request #${number} has moved on to ${pull.data.head.sha.slice(0, 12)}; the evaluated run was for ${headSha.slice(0, 12)}. Not posting stale results.`,
      { fix: 'Nothing to fix: the run for the newer commit will post its own report.' },
    );
  }
  return { kind: 'pull-request', number, headSha, baseSha: pull.data.base.sha };
}

async function candidateNumbers(octokit: Octokit, context: EventContext, run: Payload | undefined, headSha: string): Promise<number[]> {
  const fromPayload = ((run?.pull_requests ?? []) as unknown[])
    .filter((pr) => text(child(pr, 'head'), 'sha') === headSha)
    .map((pr) => integer(pr, 'number'))
    .filter((n): n is number => n !== undefined);
  if (fromPayload.length > 0) return fromPayload;
  const call = { doing: `find the pull request for ${headSha.slice(0, 12)}`, permission: 'pull-requests: read' };
  const forCommit = await gitHubCall(call, async () => {
    try {
      return await octokit.paginate(octokit.rest.repos.listPullRequestsAssociatedWithCommit, {
        owner: context.owner, repo: context.repo, commit_sha: headSha, per_page: 100,
      });
    } catch (error) {
      // A fork's commit may be unknown to the base repository's commit API.
      if (httpStatus(error) === 404 || httpStatus(error) === 422) return [];
      throw error;
    }
  });
  // The commit's open PRs, whether or not it is still their head: a PR that moved on is refused later
  // with a message saying so, rather than "no pull request".
  const open = forCommit.filter((pr) => pr.state === 'open').sort((a, b) => Number(b.head.sha === headSha) - Number(a.head.sha === headSha) || a.number - b.number).map((pr) => pr.number);
  if (open.length > 0) return open;
  return fromForkBranch(octokit, context, run, headSha);
}

async function fromForkBranch(octokit: Octokit, context: EventContext, run: Payload | undefined, headSha: string): Promise<number[]> {
  const headOwner = text(child(child(run, 'head_repository'), 'owner'), 'login');
  const branch = text(run, 'head_branch');
  if (!headOwner || !branch) return [];
  const pulls = await gitHubCall({ doing: `list pull requests from ${headOwner}:${branch}`, permission: 'pull-requests: read' }, () =>
    octokit.paginate(octokit.rest.pulls.list, { owner: context.owner, repo: context.repo, state: 'open', head: `${headOwner}:${branch}`, per_page: 100 }),
  );
  return pulls.filter((pr) => pr.head.sha === headSha).map((pr) => pr.number);
}

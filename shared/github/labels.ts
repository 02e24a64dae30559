import type { Octokit } from '../action/octokit.js';
import { gitHubCall } from './errors.js';

/**
 * The gate's override label: present now (labels on the payload go stale on reruns, so ask GitHub), and
 * who applied it, from the issue's `labeled` events, so the pass is visibly someone's decision.
 */
export interface LabelApplication {
  label: string;
  /** Login of whoever applied it last; undefined when GitHub kept no event (e.g. set at creation by an App). */
  appliedBy: string | undefined;
  appliedAt: string | undefined;
}

export interface LabelQuery {
  owner: string;
  repo: string;
  issueNumber: number;
  label: string;
}

export async function findLabel(octokit: Octokit, query: LabelQuery): Promise<LabelApplication | undefined> {
  const where = { owner: query.owner, repo: query.repo, issue_number: query.issueNumber, per_page: 100 };
  const call = { doing: `read the labels of #${query.issueNumber}`, permission: 'pull-requests: read' };
  const labels = await gitHubCall(call, () => octokit.paginate(octokit.rest.issues.listLabelsOnIssue, where));
  if (!labels.some((l) => l.name === query.label)) return undefined;
  const events = await gitHubCall(call, () => octokit.paginate(octokit.rest.issues.listEvents, where));
  const applied = events.filter((e) => e.event === 'labeled' && 'label' in e && e.label?.name === query.label).at(-1);
  return { label: query.label, appliedBy: applied?.actor?.login, appliedAt: applied?.created_at };
}

import * as core from '@actions/core';
import type { Octokit } from '../action/octokit.js';
import type { GatePorts } from '../policy/run-gate.js';
import type { ReportPorts } from '../report/run-report.js';
import { publishCheckRun } from './check-run.js';
import { validateLogin } from './identity.js';
import { findLabel } from './labels.js';
import { resolveTarget } from './pull-request.js';
import { upsertStickyComment } from './sticky-comment.js';

/** The GitHub side of the report and gate use cases, over one Octokit and one repository. */
export interface RepositoryRef {
  owner: string;
  repo: string;
  /** `<app>[bot]` when the token belongs to a GitHub App other than GITHUB_TOKEN's. */
  author?: string;
}

/** `repository.author` is the report's `comment-author` input: checked here, before anything is rendered or read. */
export function gitHubReportPorts(octokit: Octokit, repository: RepositoryRef): Pick<ReportPorts, 'resolveTarget' | 'upsertComment'> {
  const author = repository.author === undefined ? {} : { author: validateLogin(repository.author, 'comment-author') };
  return {
    resolveTarget: (event) => resolveTarget(octokit, event),
    upsertComment: async (issueNumber, tag, body) => {
      const result = await upsertStickyComment(octokit, { owner: repository.owner, repo: repository.repo, issueNumber, tag, body, ...author });
      if (result.warning) core.warning(result.warning);
      return result;
    },
  };
}

/** `repository.author` is the gate's `check-author` input: checked here, before any request. */
export function gitHubGatePorts(octokit: Octokit, repository: RepositoryRef): Pick<GatePorts, 'resolveTarget' | 'findLabel' | 'publishCheck'> {
  const { owner, repo } = repository;
  const author = repository.author === undefined ? {} : { author: validateLogin(repository.author, 'check-author') };
  return {
    resolveTarget: (event) => resolveTarget(octokit, event),
    findLabel: (issueNumber, label) => findLabel(octokit, { owner, repo, issueNumber, label }),
    publishCheck: (check) => publishCheckRun(octokit, { owner, repo, ...check, ...author }),
  };
}

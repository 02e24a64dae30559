import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';

/** What the workflow run tells an action about itself, read from the runner's environment at call time. */
export interface ActionContext {
  repository: string;
  owner: string;
  repo: string;
  sha: string;
  ref: string;
  eventName: string;
  payload: Record<string, unknown>;
  actor: string;
  runId: string;
  runAttempt: string;
  workflow: string;
  runUrl: string | undefined;
  serverUrl: string;
  apiUrl: string;
  workspace: string;
  /** RUNNER_TEMP: emptied at the end of each job; where step files (records, summaries) go. */
  tempDir: string;
}

export function actionContext(env: NodeJS.ProcessEnv = process.env): ActionContext {
  const repository = env.GITHUB_REPOSITORY ?? '';
  const [owner = '', repo = ''] = repository.split('/');
  const serverUrl = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/$/, '');
  const runId = env.GITHUB_RUN_ID ?? '';
  return {
    repository,
    owner,
    repo,
    sha: env.GITHUB_SHA ?? '',
    ref: env.GITHUB_REF ?? '',
    eventName: env.GITHUB_EVENT_NAME ?? '',
    payload: readEventPayload(env.GITHUB_EVENT_PATH),
    actor: env.GITHUB_ACTOR ?? '',
    runId,
    runAttempt: env.GITHUB_RUN_ATTEMPT ?? '1',
    workflow: env.GITHUB_WORKFLOW ?? '',
    runUrl: repository && runId ? `${serverUrl}/${repository}/actions/runs/${runId}` : undefined,
    serverUrl,
    // GitHub Enterprise Server sets its own API URL; never hard-code api.github.com.
    apiUrl: (env.GITHUB_API_URL ?? 'https://api.github.com').replace(/\/$/, ''),
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    tempDir: env.RUNNER_TEMP ?? tmpdir(),
  };
}

function readEventPayload(path: string | undefined): Record<string, unknown> {
  if (!path) return {};
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  } catch {
    return {};
  }
}

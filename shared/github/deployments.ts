import type { ActionContext } from '../action/context.js';
import type { Octokit } from '../action/octokit.js';
import type { DeploymentRequest, DeploymentService, DeploymentState, DeploymentStatusUpdate, Dispatcher, DispatchRequest, RegistryDeps } from '../registry/ports.js';
import { gitHubCall } from './errors.js';
import { GitHubTagStore, type RepositoryRef } from './git-refs.js';

const PERMISSION = 'deployments: write';

/**
 * GitHub Deployments for promotions. `auto_merge: false` always: the default merges the default branch
 * into the ref first, which would deploy code nobody evaluated. `required_contexts: []` because the
 * evidence was already checked against the model digest, and the commit's own checks include the very
 * workflow run doing the promotion (still in progress, so GitHub would answer 409).
 */
export class GitHubDeployments implements DeploymentService {
  constructor(
    private readonly octokit: Octokit,
    private readonly repository: RepositoryRef,
  ) {}

  async create(request: DeploymentRequest): Promise<number> {
    const response = await gitHubCall({ doing: `create a deployment to ${request.environment}`, permission: PERMISSION }, () =>
      this.octokit.rest.repos.createDeployment({
        ...this.repository,
        ref: request.ref,
        environment: request.environment,
        description: request.description,
        payload: request.payload,
        task: 'deploy',
        auto_merge: false,
        required_contexts: [],
      }),
    );
    const data = response.data as { id?: number; message?: string };
    // 202 means GitHub merged (or wants to merge) something first; with auto_merge false it should not happen.
    if (typeof data.id !== 'number') throw new Error(`GitHub did not create the deployment: ${data.message ?? `status ${response.status}`}`);
    return data.id;
  }

  async setStatus(id: number, state: DeploymentState, update: DeploymentStatusUpdate): Promise<void> {
    await gitHubCall({ doing: `set deployment ${id} to ${state}`, permission: PERMISSION }, () =>
      this.octokit.rest.repos.createDeploymentStatus({
        ...this.repository,
        deployment_id: id,
        state,
        description: update.description.slice(0, 140),
        ...(update.logUrl ? { log_url: update.logUrl } : {}),
      }),
    );
  }

  async latest(environment: string, model: string): Promise<number | undefined> {
    const { data } = await gitHubCall({ doing: `list deployments to ${environment}`, permission: 'deployments: read' }, () =>
      this.octokit.rest.repos.listDeployments({ ...this.repository, environment, task: 'deploy', per_page: 100 }),
    );
    // Newest first, as GitHub lists them; the payload says which model a deployment was for.
    return data.find((d) => payloadModel(d.payload) === model)?.id;
  }
}

function payloadModel(payload: unknown): string | undefined {
  const value = typeof payload === 'string' ? safeParse(payload) : payload;
  const model = (value as { model?: unknown } | undefined)?.model;
  return typeof model === 'string' ? model : undefined;
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Starts the deploy workflow: `workflow_dispatch` needs `actions: write`, `repository_dispatch` `contents: write`. */
export class GitHubDispatcher implements Dispatcher {
  constructor(
    private readonly octokit: Octokit,
    private readonly repository: RepositoryRef,
  ) {}

  async dispatch(request: DispatchRequest): Promise<void> {
    if (request.kind === 'workflow') {
      await gitHubCall({ doing: `start the workflow ${request.workflow}`, permission: 'actions: write' }, () =>
        this.octokit.rest.actions.createWorkflowDispatch({ ...this.repository, workflow_id: request.workflow, ref: request.ref, inputs: request.inputs }),
      );
      return;
    }
    await gitHubCall({ doing: `send the repository_dispatch event ${request.eventType}`, permission: 'contents: write' }, () =>
      this.octokit.rest.repos.createDispatchEvent({ ...this.repository, event_type: request.eventType, client_payload: request.payload }),
    );
  }
}

/** Everything promote and rollback need from GitHub, for the actions' adapters. */
export function gitHubRegistryServices(octokit: Octokit, context: ActionContext): Pick<RegistryDeps, 'tags' | 'deployments' | 'dispatcher' | 'tagger' | 'actor' | 'runUrl'> {
  const repository = { owner: context.owner, repo: context.repo };
  const actor = context.actor || 'github-actions[bot]';
  return {
    tags: new GitHubTagStore(octokit, repository, context.sha),
    deployments: new GitHubDeployments(octokit, repository),
    dispatcher: new GitHubDispatcher(octokit, repository),
    tagger: { name: actor, email: `${actor}@users.noreply.github.com` },
    actor,
    ...(context.runUrl ? { runUrl: context.runUrl } : {}),
  };
}

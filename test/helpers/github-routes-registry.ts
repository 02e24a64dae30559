import { createHash } from 'node:crypto';
import { DOCS, forbidden, notFound, type FakeRequest, type FakeResponse, type GitHubServer, type PermissionName } from './github-server.js';

/**
 * Git database (tag objects, refs), deployments and dispatch routes for the fake GitHub server, with
 * the behaviour the registry depends on: creating an existing ref answers 422 "Reference already
 * exists" (the compare-and-create that allocates counters), writes without the permission answer 403.
 * Registered with `registerRegistryRoutes(server)`; state is inspectable through the returned object.
 */
export interface FakeTagObject {
  sha: string;
  tag: string;
  message: string;
  object: string;
  tagger: { name: string; email: string; date: string };
}

export interface FakeDeployment {
  id: number;
  sha: string;
  ref: string;
  environment: string;
  description: string | null;
  payload: unknown;
  task: string;
  autoMerge: unknown;
  requiredContexts: unknown;
  createdAt: string;
  statuses: Array<{ id: number; state: string; description: string; createdAt: string; logUrl?: string }>;
}

export interface RegistryRouteState {
  tags: Map<string, FakeTagObject>;
  /** Full ref name → target sha and type. */
  refs: Map<string, { sha: string; type: 'tag' | 'commit' }>;
  deployments: FakeDeployment[];
  dispatches: Array<{ kind: 'workflow' | 'repository'; body: unknown; workflow?: string }>;
}

export function registerRegistryRoutes(server: GitHubServer): RegistryRouteState {
  const state: RegistryRouteState = { tags: new Map(), refs: new Map(), deployments: [], dispatches: [] };
  server.state.extra.set('registry', state);
  registerGitRoutes(server, state);
  registerDeploymentRoutes(server, state);
  registerDispatchRoutes(server, state);
  return state;
}

function denied(request: FakeRequest, permission: PermissionName): FakeResponse | undefined {
  if (request.identity.write.has(permission)) return undefined;
  const response = forbidden();
  return { ...response, headers: { 'x-accepted-github-permissions': `${permission}=write` } };
}

function fakeSha(...parts: string[]): string {
  return createHash('sha1').update(parts.join('\0')).digest('hex');
}

function repoUrl(server: GitHubServer, request: FakeRequest): string {
  return `${server.url}/repos/${request.params.owner}/${request.params.repo}`;
}

function tagJson(server: GitHubServer, request: FakeRequest, tag: FakeTagObject): Record<string, unknown> {
  const api = repoUrl(server, request);
  return server.shape('git-tag', {
    node_id: `TAG_${tag.sha.slice(0, 8)}`,
    tag: tag.tag,
    sha: tag.sha,
    url: `${api}/git/tags/${tag.sha}`,
    message: tag.message,
    tagger: tag.tagger,
    object: { sha: tag.object, type: 'commit', url: `${api}/git/commits/${tag.object}` },
    verification: { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
  });
}

function refJson(server: GitHubServer, request: FakeRequest, ref: string, target: { sha: string; type: string }): Record<string, unknown> {
  const api = repoUrl(server, request);
  const kind = target.type === 'tag' ? 'tags' : 'commits';
  return server.shape('git-ref', { ref, node_id: `REF_${ref}`, url: `${api}/git/${ref.split('/').map(encodeURIComponent).join('/')}`, object: { type: target.type, sha: target.sha, url: `${api}/git/${kind}/${target.sha}` } });
}

function registerGitRoutes(server: GitHubServer, state: RegistryRouteState): void {
  server.route('POST', '/repos/{owner}/{repo}/git/tags', (request) => {
    const refused = denied(request, 'contents');
    if (refused) return refused;
    const body = request.body as { tag: string; message: string; object: string; tagger?: FakeTagObject['tagger'] };
    const tagger = body.tagger ?? { name: request.identity.user.login, email: 'noreply@example.com', date: server.state.now() };
    const tag: FakeTagObject = { sha: fakeSha(body.tag, body.message, body.object, tagger.date), tag: body.tag, message: body.message, object: body.object, tagger };
    state.tags.set(tag.sha, tag);
    return { status: 201, body: tagJson(server, request, tag) };
  });

  server.route('GET', '/repos/{owner}/{repo}/git/tags/{tag_sha}', (request) => {
    const tag = state.tags.get(request.params.tag_sha ?? '');
    return tag ? { status: 200, body: tagJson(server, request, tag) } : notFound();
  });

  server.route('POST', '/repos/{owner}/{repo}/git/refs', (request) => {
    const refused = denied(request, 'contents');
    if (refused) return refused;
    const { ref, sha } = request.body as { ref: string; sha: string };
    if (state.refs.has(ref)) return { status: 422, body: { message: 'Reference already exists', documentation_url: DOCS, status: '422' } };
    const target = { sha, type: state.tags.has(sha) ? ('tag' as const) : ('commit' as const) };
    state.refs.set(ref, target);
    return { status: 201, body: refJson(server, request, ref, target) };
  });

  server.route('GET', '/repos/{owner}/{repo}/git/matching-refs/{ref}', (request) => {
    const prefix = `refs/${request.params.ref ?? ''}`;
    const matching = [...state.refs.entries()].filter(([ref]) => ref.startsWith(prefix)).sort(([a], [b]) => a.localeCompare(b));
    return server.paginate(request, matching.map(([ref, target]) => refJson(server, request, ref, target)));
  });
}

function deploymentJson(server: GitHubServer, request: FakeRequest, d: FakeDeployment): Record<string, unknown> {
  const api = repoUrl(server, request);
  return server.shape('deployment', {
    url: `${api}/deployments/${d.id}`,
    id: d.id,
    node_id: `DE_${d.id}`,
    sha: d.sha,
    ref: d.ref,
    task: d.task,
    payload: d.payload,
    original_environment: d.environment,
    environment: d.environment,
    description: d.description,
    creator: server.userJson(request.identity.user),
    created_at: d.createdAt,
    updated_at: d.createdAt,
    statuses_url: `${api}/deployments/${d.id}/statuses`,
    repository_url: api,
  });
}

function registerDeploymentRoutes(server: GitHubServer, state: RegistryRouteState): void {
  server.route('POST', '/repos/{owner}/{repo}/deployments', (request) => {
    const refused = denied(request, 'deployments');
    if (refused) return refused;
    const body = request.body as { ref: string; environment?: string; description?: string; payload?: unknown; task?: string; auto_merge?: unknown; required_contexts?: unknown };
    const deployment: FakeDeployment = {
      id: server.state.nextId(),
      sha: body.ref,
      ref: body.ref,
      environment: body.environment ?? 'production',
      description: body.description ?? null,
      payload: typeof body.payload === 'string' ? JSON.parse(body.payload) : (body.payload ?? {}),
      task: body.task ?? 'deploy',
      autoMerge: body.auto_merge,
      requiredContexts: body.required_contexts,
      createdAt: server.state.now(),
      statuses: [],
    };
    state.deployments.push(deployment);
    return { status: 201, body: deploymentJson(server, request, deployment) };
  });

  server.route('GET', '/repos/{owner}/{repo}/deployments', (request) => {
    const environment = request.query.get('environment');
    const task = request.query.get('task');
    const list = state.deployments.filter((d) => (!environment || d.environment === environment) && (!task || d.task === task)).reverse();
    return server.paginate(request, list.map((d) => deploymentJson(server, request, d)));
  });

  server.route('POST', '/repos/{owner}/{repo}/deployments/{deployment_id}/statuses', (request) => {
    const refused = denied(request, 'deployments');
    if (refused) return refused;
    const deployment = state.deployments.find((d) => d.id === Number(request.params.deployment_id));
    if (!deployment) return notFound();
    const body = request.body as { state: string; description?: string; log_url?: string };
    const status = { id: server.state.nextId(), state: body.state, description: body.description ?? '', createdAt: server.state.now(), ...(body.log_url ? { logUrl: body.log_url } : {}) };
    deployment.statuses.push(status);
    const api = repoUrl(server, request);
    return {
      status: 201,
      body: server.shape('deployment-status', {
        url: `${api}/deployments/${deployment.id}/statuses/${status.id}`,
        id: status.id,
        node_id: `DES_${status.id}`,
        state: status.state,
        creator: server.userJson(request.identity.user),
        description: status.description,
        environment: deployment.environment,
        target_url: body.log_url ?? `${api}/deployments/${deployment.id}`,
        log_url: body.log_url ?? `${api}/deployments/${deployment.id}`,
        created_at: status.createdAt,
        updated_at: status.createdAt,
        deployment_url: `${api}/deployments/${deployment.id}`,
        repository_url: api,
      }),
    };
  });
}

function registerDispatchRoutes(server: GitHubServer, state: RegistryRouteState): void {
  server.route('POST', '/repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches', (request) => {
    const refused = denied(request, 'actions');
    if (refused) return refused;
    state.dispatches.push({ kind: 'workflow', body: request.body, workflow: request.params.workflow_id ?? '' });
    return { status: 204 };
  });

  server.route('POST', '/repos/{owner}/{repo}/dispatches', (request) => {
    const refused = denied(request, 'contents');
    if (refused) return refused;
    state.dispatches.push({ kind: 'repository', body: request.body });
    return { status: 204 };
  });
}

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setApiPacing, type ApiPacing } from '../../shared/action/octokit.js';
import { OpenApiValidator, type OperationMatch } from './openapi-validator.js';

/**
 * A real HTTP server on 127.0.0.1 that plays the GitHub REST API with in-memory state, for tests of
 * code that talks to GitHub through Octokit (which uses undici's own fetch, so patching fetch would not
 * work). Every request and every response is checked against GitHub's OpenAPI description; a mismatch
 * is recorded as a violation and `close()` rejects, so a test cannot pass while sending or receiving
 * something GitHub would not.
 *
 * Routes are registered by OpenAPI path template (`server.route('GET', '/repos/{owner}/{repo}/git/ref/{ref}',
 * handler)`), so other areas (tags, refs, deployments) add their own handlers and state next to the
 * built-in ones (comments, pulls, check runs, labels, issue events, /user). Faults are injected per
 * method and path for a number of requests: secondary rate limits with Retry-After, 5xx, 403, 404, 422.
 *
 * Pacing: GitHub asks clients to space writes a second apart (three for comments) and the production
 * client does, which made each action test here wait 10-20 s on a local server that has no limits. So
 * while it runs, the server registers its own URL with `setApiPacing` (shared/action/octokit.ts):
 * clients built for exactly this URL, including the ones actions build from GITHUB_API_URL, pace writes
 * 0 ms apart and read Retry-After in milliseconds. The throttling and retry plugins still run on every
 * request (rate-limit retries are tested through them); every other URL keeps GitHub's pacing.
 */

/** How clients talk to the local server: no write spacing, Retry-After and back-off seconds as ms. */
export const LOCAL_SERVER_PACING: Readonly<ApiPacing> = { writeIntervalMs: 0, notificationIntervalMs: 0, retryAfterBaseValue: 1 };

export interface FakeUser {
  login: string;
  id: number;
  type: 'User' | 'Bot';
}

/** Permission names as a workflow's `permissions:` block spells them. */
export type PermissionName = 'pull-requests' | 'issues' | 'checks' | 'contents' | 'deployments' | 'actions' | 'statuses';

export interface TokenIdentity {
  user: FakeUser;
  /** Installation tokens (GITHUB_TOKEN, GitHub App) get 403 from GET /user, as on GitHub. */
  installation: boolean;
  /** App slug that check runs created with this token belong to. */
  appSlug: string;
  /** Write permissions this token has; a write without one answers 403 "Resource not accessible by integration". */
  write: Set<PermissionName>;
}

export interface FakeRequest {
  method: string;
  rawPath: string;
  template: string;
  operationId: string;
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  identity: TokenIdentity;
  headers: IncomingMessage['headers'];
}

export interface FakeResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type RouteHandler = (request: FakeRequest) => FakeResponse | Promise<FakeResponse>;

export interface FaultMatch {
  method?: string;
  /** An OpenAPI template (`/repos/{owner}/{repo}/check-runs`) or a RegExp over the raw path. */
  path?: string | RegExp;
  /** How many matching requests get the fault; default 1. */
  times?: number;
}

export interface RecordedExchange {
  method: string;
  path: string;
  template: string | undefined;
  query: string;
  requestBody: unknown;
  status: number;
  responseBody: unknown;
  token: string | undefined;
}

export interface StoredComment {
  id: number;
  owner: string;
  repo: string;
  issueNumber: number;
  body: string;
  user: FakeUser;
  createdAt: string;
  updatedAt: string;
}

export interface StoredPull {
  owner: string;
  repo: string;
  number: number;
  title: string;
  state: 'open' | 'closed';
  headSha: string;
  headRef: string;
  /** Owner of the head repository: differs from `owner` for a fork. */
  headOwner: string;
  baseRef: string;
  baseSha: string;
  user: FakeUser;
  labels: string[];
  /** Every head SHA the PR has had, oldest first (GitHub lists a PR for any of its commits). */
  commits: string[];
}

export interface StoredAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: string;
  message: string;
  title?: string;
}

export interface StoredCheckRun {
  id: number;
  owner: string;
  repo: string;
  name: string;
  headSha: string;
  status: string;
  conclusion: string | null;
  title: string | null;
  summary: string | null;
  text: string | null;
  annotations: StoredAnnotation[];
  appSlug: string;
  startedAt: string;
  completedAt: string | null;
  detailsUrl: string | null;
  externalId: string | null;
}

export interface StoredIssueEvent {
  id: number;
  owner: string;
  repo: string;
  issueNumber: number;
  event: 'labeled' | 'unlabeled';
  label: string;
  actor: FakeUser;
  createdAt: string;
}

/** In-memory GitHub. Public so tests can arrange and inspect it directly. */
export class GitHubState {
  comments: StoredComment[] = [];
  pulls: StoredPull[] = [];
  checkRuns: StoredCheckRun[] = [];
  issueEvents: StoredIssueEvent[] = [];
  tokens = new Map<string, TokenIdentity>();
  /** Anything another area's handlers need to keep (refs, tags, deployments). */
  extra = new Map<string, unknown>();
  private nextIdValue = 1000;
  private clock = Date.parse('2026-01-01T00:00:00Z');

  nextId(): number {
    this.nextIdValue += 1;
    return this.nextIdValue;
  }

  /** Deterministic timestamps, one second apart, so "oldest" is well defined. */
  now(): string {
    this.clock += 1000;
    return new Date(this.clock).toISOString().replace(/\.\d{3}Z$/, 'Z');
  }
}

export const GITHUB_ACTIONS_BOT: FakeUser = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' };

const MAX_COMMENT_CHARS = 65_536;
const MAX_CHECK_TEXT_BYTES = 65_535;

export class GitHubServer {
  readonly state = new GitHubState();
  readonly violations: string[] = [];
  readonly exchanges: RecordedExchange[] = [];
  readonly openapi = OpenApiValidator.shared();
  private readonly routes = new Map<string, RouteHandler>();
  private readonly faults: Array<{ match: FaultMatch; remaining: number; response: FakeResponse }> = [];
  private server: Server | undefined;
  private releasePacing: (() => void) | undefined;
  url = '';

  static async start(): Promise<GitHubServer> {
    const github = new GitHubServer();
    registerBuiltInRoutes(github);
    await github.listen();
    return github;
  }

  private async listen(): Promise<void> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error: unknown) => {
        this.violations.push(`fake server crashed on ${req.method} ${req.url}: ${String(error)}`);
        if (!res.headersSent) res.writeHead(500).end();
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}`;
    this.releasePacing = setApiPacing(this.url, LOCAL_SERVER_PACING);
  }

  /** Rejects when any request or response broke GitHub's OpenAPI description. */
  async close(): Promise<void> {
    this.releasePacing?.();
    await new Promise<void>((resolve) => {
      this.server?.closeAllConnections();
      this.server?.close(() => resolve());
    });
    this.assertNoViolations();
  }

  assertNoViolations(): void {
    if (this.violations.length > 0) {
      throw new Error(`GitHub API contract violations:\n${this.violations.join('\n')}`);
    }
  }

  /** Add or replace the handler for a documented operation. */
  route(method: string, template: string, handler: RouteHandler): void {
    if (!this.openapi.match(method, template.replace(/\{[^}]+\}/g, 'x'))) {
      throw new Error(`${method} ${template} is not an operation in GitHub's OpenAPI description`);
    }
    this.routes.set(`${method.toUpperCase()} ${template}`, handler);
  }

  /** The next `times` matching requests get `response` instead of reaching the handler. */
  fault(match: FaultMatch, response: FakeResponse): void {
    this.faults.push({ match, remaining: match.times ?? 1, response });
  }

  /** Register a token; `write` lists the permissions it has (default: all of them). */
  addToken(token: string, identity: Partial<TokenIdentity> & { user: FakeUser }): TokenIdentity {
    const full: TokenIdentity = {
      installation: identity.installation ?? identity.user.type === 'Bot',
      appSlug: identity.appSlug ?? identity.user.login.replace(/\[bot\]$/, ''),
      write: identity.write ?? new Set<PermissionName>(['pull-requests', 'issues', 'checks', 'contents', 'deployments', 'actions', 'statuses']),
      user: identity.user,
    };
    this.state.tokens.set(token, full);
    return full;
  }

  /** Exchanges with a given method and OpenAPI template (for assertions like "one POST"). */
  calls(method: string, template: string): RecordedExchange[] {
    return this.exchanges.filter((e) => e.method === method && e.template === template);
  }

  /** A minimal valid instance of an OpenAPI component with `overrides` merged in. */
  shape(component: string, overrides: Record<string, unknown>): Record<string, unknown> {
    return { ...(this.openapi.exampleOf(component) as Record<string, unknown>), ...overrides };
  }

  /** One page of `items` with GitHub's Link header (`per_page` default 30, max 100). */
  paginate(request: FakeRequest, items: unknown[]): FakeResponse {
    const perPage = Math.min(100, Number(request.query.get('per_page') ?? 30));
    const page = Math.max(1, Number(request.query.get('page') ?? 1));
    const last = Math.max(1, Math.ceil(items.length / perPage));
    const link = (n: number, rel: string): string => {
      const query = new URLSearchParams(request.query);
      query.set('page', String(n));
      query.set('per_page', String(perPage));
      return `<${this.url}${request.rawPath}?${query.toString()}>; rel="${rel}"`;
    };
    const links: string[] = [];
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'));
    if (page > 1) links.push(link(1, 'first'), link(page - 1, 'prev'));
    return {
      status: 200,
      body: items.slice((page - 1) * perPage, page * perPage),
      headers: links.length ? { link: links.join(', ') } : {},
    };
  }

  userJson(user: FakeUser): Record<string, unknown> {
    const base = `${this.url}/users/${encodeURIComponent(user.login)}`;
    return this.shape('simple-user', {
      login: user.login,
      id: user.id,
      node_id: `U_${user.id}`,
      type: user.type,
      url: base,
      html_url: `https://github.com/${encodeURIComponent(user.login)}`,
      avatar_url: `https://avatars.githubusercontent.com/u/${user.id}`,
      site_admin: false,
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const method = (req.method ?? 'GET').toUpperCase();
    const rawBody = await readBody(req);
    const body = rawBody === '' ? undefined : parseJson(rawBody);
    const match = this.openapi.match(method, url.pathname);
    const token = /^(?:token|bearer)\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1];
    const exchange: RecordedExchange = {
      method,
      path: url.pathname,
      template: match?.template,
      query: url.search,
      requestBody: body,
      status: 0,
      responseBody: undefined,
      token,
    };
    this.exchanges.push(exchange);
    const response = await this.respond(method, url, match, body, req, token);
    exchange.status = response.status;
    exchange.responseBody = response.body;
    if (match) this.validateResponse(match, response);
    const headers: Record<string, string> = { 'x-github-api-version-selected': '2022-11-28', ...response.headers };
    if (response.body !== undefined) headers['content-type'] = 'application/json; charset=utf-8';
    res.writeHead(response.status, headers);
    res.end(response.body === undefined ? undefined : JSON.stringify(response.body));
  }

  private async respond(
    method: string,
    url: URL,
    match: OperationMatch | undefined,
    body: unknown,
    req: IncomingMessage,
    token: string | undefined,
  ): Promise<FakeResponse> {
    if (!match) {
      this.violations.push(`${method} ${url.pathname} is not an operation in GitHub's OpenAPI description`);
      return notFound();
    }
    const problems = this.openapi.validateRequest(match, url.searchParams, body);
    for (const problem of problems) this.violations.push(`${method} ${match.template}: ${problem}`);
    if (problems.length > 0) return { status: 422, body: { message: 'Invalid request.', documentation_url: DOCS } };
    const fault = this.takeFault(method, url.pathname, match.template);
    if (fault) return fault;
    const identity = token === undefined ? undefined : this.state.tokens.get(token);
    if (!identity) return { status: 401, body: { message: 'Bad credentials', documentation_url: DOCS } };
    const handler = this.routes.get(`${method} ${match.template}`);
    if (!handler) {
      this.violations.push(`no fake handler for ${method} ${match.template} (register one with server.route)`);
      return notFound();
    }
    return handler({
      method,
      rawPath: url.pathname,
      template: match.template,
      operationId: match.operationId,
      params: match.params,
      query: url.searchParams,
      body,
      identity,
      headers: req.headers,
    });
  }

  private takeFault(method: string, rawPath: string, template: string): FakeResponse | undefined {
    const fault = this.faults.find(({ match, remaining }) => {
      if (remaining <= 0) return false;
      if (match.method && match.method.toUpperCase() !== method) return false;
      if (typeof match.path === 'string') return match.path === template;
      if (match.path instanceof RegExp) return match.path.test(rawPath);
      return true;
    });
    if (!fault) return undefined;
    fault.remaining -= 1;
    return fault.response;
  }

  private validateResponse(match: OperationMatch, response: FakeResponse): void {
    // Faults GitHub sends without documenting them per operation (5xx, secondary rate limits) are real
    // behaviour; a documented status must match its schema.
    if (response.status >= 500 || (response.status !== 200 && response.status !== 201 && !this.openapi.documentsStatus(match, response.status))) {
      return;
    }
    for (const problem of this.openapi.validateResponse(match, response.status, response.body)) {
      this.violations.push(`${match.method} ${match.template} → ${response.status}: ${problem}`);
    }
  }
}

export const DOCS = 'https://docs.github.com/rest';

export function notFound(): FakeResponse {
  return { status: 404, body: { message: 'Not Found', documentation_url: DOCS, status: '404' } };
}

/** The answer GitHub gives an installation token that lacks a permission. */
export function forbidden(): FakeResponse {
  return { status: 403, body: { message: 'Resource not accessible by integration', documentation_url: DOCS, status: '403' } };
}

/** Common faults, as GitHub sends them. */
export const faults = {
  secondaryRateLimit(retryAfterSeconds: number): FakeResponse {
    return {
      status: 403,
      headers: { 'retry-after': String(retryAfterSeconds), 'x-ratelimit-remaining': '4000' },
      body: {
        message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
        documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
        status: '403',
      },
    };
  },
  serverError(status = 502): FakeResponse {
    return { status, body: { message: 'Server Error' } };
  },
  forbidden,
  notFound,
};

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

function repoKey(request: FakeRequest): { owner: string; repo: string } {
  return { owner: request.params.owner!, repo: request.params.repo! };
}

function requireWrite(request: FakeRequest, ...permissions: PermissionName[]): FakeResponse | undefined {
  return permissions.some((p) => request.identity.write.has(p)) ? undefined : forbidden();
}

function validationFailed(resource: string, field: string, message: string): FakeResponse {
  return {
    status: 422,
    body: { message: 'Validation Failed', errors: [{ resource, code: 'custom', field, message }], documentation_url: DOCS },
  };
}

function registerBuiltInRoutes(server: GitHubServer): void {
  registerUserRoutes(server);
  registerCommentRoutes(server);
  registerPullRoutes(server);
  registerCheckRunRoutes(server);
  registerLabelRoutes(server);
}

function registerUserRoutes(server: GitHubServer): void {
  server.route('GET', '/user', ({ identity }) => {
    if (identity.installation) return forbidden();
    return { status: 200, body: { ...server.shape('public-user', server.userJson(identity.user)), user_view_type: 'public' } };
  });
}

// ---------------------------------------------------------------------------------------------------
// Issue and pull-request comments

function commentJson(server: GitHubServer, c: StoredComment): Record<string, unknown> {
  const api = `${server.url}/repos/${c.owner}/${c.repo}`;
  return server.shape('issue-comment', {
    id: c.id,
    node_id: `IC_${c.id}`,
    url: `${api}/issues/comments/${c.id}`,
    html_url: `https://github.com/${c.owner}/${c.repo}/pull/${c.issueNumber}#issuecomment-${c.id}`,
    issue_url: `${api}/issues/${c.issueNumber}`,
    body: c.body,
    user: server.userJson(c.user),
    created_at: c.createdAt,
    updated_at: c.updatedAt,
    author_association: 'NONE',
  });
}

function registerCommentRoutes(server: GitHubServer): void {
  const { state } = server;
  const findIssue = (request: FakeRequest): StoredPull | undefined => {
    const { owner, repo } = repoKey(request);
    return state.pulls.find((p) => p.owner === owner && p.repo === repo && p.number === Number(request.params.issue_number));
  };
  const findComment = (request: FakeRequest): StoredComment | undefined => {
    const { owner, repo } = repoKey(request);
    return state.comments.find((c) => c.owner === owner && c.repo === repo && c.id === Number(request.params.comment_id));
  };

  server.route('GET', '/repos/{owner}/{repo}/issues/{issue_number}/comments', (request) => {
    const issue = findIssue(request);
    if (!issue) return notFound();
    const list = state.comments.filter((c) => c.owner === issue.owner && c.repo === issue.repo && c.issueNumber === issue.number);
    return server.paginate(request, list.map((c) => commentJson(server, c)));
  });

  server.route('POST', '/repos/{owner}/{repo}/issues/{issue_number}/comments', (request) => {
    const issue = findIssue(request);
    if (!issue) return notFound();
    const denied = requireWrite(request, 'pull-requests', 'issues');
    if (denied) return denied;
    const { body } = request.body as { body: string };
    if (body.length > MAX_COMMENT_CHARS) return validationFailed('IssueComment', 'body', 'body is too long (maximum is 65536 characters)');
    const now = state.now();
    const comment: StoredComment = { id: state.nextId(), owner: issue.owner, repo: issue.repo, issueNumber: issue.number, body, user: request.identity.user, createdAt: now, updatedAt: now };
    state.comments.push(comment);
    return { status: 201, body: commentJson(server, comment), headers: { location: `${server.url}/repos/${issue.owner}/${issue.repo}/issues/comments/${comment.id}` } };
  });

  server.route('GET', '/repos/{owner}/{repo}/issues/comments/{comment_id}', (request) => {
    const comment = findComment(request);
    return comment ? { status: 200, body: commentJson(server, comment) } : notFound();
  });

  server.route('PATCH', '/repos/{owner}/{repo}/issues/comments/{comment_id}', (request) => {
    const comment = findComment(request);
    if (!comment) return notFound();
    const denied = requireWrite(request, 'pull-requests', 'issues');
    if (denied) return denied;
    // Only the author (or a maintainer, which tokens here are not) may edit a comment.
    if (comment.user.login !== request.identity.user.login) return forbidden();
    const { body } = request.body as { body: string };
    if (body.length > MAX_COMMENT_CHARS) return validationFailed('IssueComment', 'body', 'body is too long (maximum is 65536 characters)');
    comment.body = body;
    comment.updatedAt = state.now();
    return { status: 200, body: commentJson(server, comment) };
  });

  server.route('DELETE', '/repos/{owner}/{repo}/issues/comments/{comment_id}', (request) => {
    const comment = findComment(request);
    if (!comment) return notFound();
    const denied = requireWrite(request, 'pull-requests', 'issues');
    if (denied) return denied;
    if (comment.user.login !== request.identity.user.login) return forbidden();
    state.comments = state.comments.filter((c) => c !== comment);
    return { status: 204 };
  });
}

// ---------------------------------------------------------------------------------------------------
// Pull requests

function repoJson(server: GitHubServer, owner: string, repo: string): Record<string, unknown> {
  const api = `${server.url}/repos/${owner}/${repo}`;
  return server.shape('repository', {
    id: hashId(`${owner}/${repo}`),
    name: repo,
    full_name: `${owner}/${repo}`,
    owner: server.userJson({ login: owner, id: hashId(owner), type: 'User' }),
    url: api,
    html_url: `https://github.com/${owner}/${repo}`,
    private: false,
    fork: false,
    default_branch: 'main',
  });
}

function pullJson(server: GitHubServer, p: StoredPull, simple: boolean): Record<string, unknown> {
  const api = `${server.url}/repos/${p.owner}/${p.repo}`;
  const branch = (ref: string, sha: string, owner: string): Record<string, unknown> => ({
    label: `${owner}:${ref}`,
    ref,
    sha,
    repo: repoJson(server, owner, p.repo),
    user: server.userJson({ login: owner, id: hashId(owner), type: 'User' }),
  });
  const labels = p.labels.map((name) => ({
    id: hashId(name),
    node_id: `LA_${hashId(name)}`,
    url: `${api}/labels/${encodeURIComponent(name)}`,
    name,
    description: null,
    color: 'ededed',
    default: false,
  }));
  return {
    ...server.openapi.exampleOf(simple ? 'pull-request-simple' : 'pull-request') as Record<string, unknown>,
    id: 500_000 + p.number,
    node_id: `PR_${p.number}`,
    number: p.number,
    state: p.state,
    title: p.title,
    url: `${api}/pulls/${p.number}`,
    html_url: `https://github.com/${p.owner}/${p.repo}/pull/${p.number}`,
    issue_url: `${api}/issues/${p.number}`,
    user: server.userJson(p.user),
    labels,
    head: branch(p.headRef, p.headSha, p.headOwner),
    base: branch(p.baseRef, p.baseSha, p.owner),
  };
}

function registerPullRoutes(server: GitHubServer): void {
  const { state } = server;
  server.route('GET', '/repos/{owner}/{repo}/pulls/{pull_number}', (request) => {
    const { owner, repo } = repoKey(request);
    const pull = state.pulls.find((p) => p.owner === owner && p.repo === repo && p.number === Number(request.params.pull_number));
    return pull ? { status: 200, body: pullJson(server, pull, false) } : notFound();
  });

  server.route('GET', '/repos/{owner}/{repo}/pulls', (request) => {
    const { owner, repo } = repoKey(request);
    const wanted = request.query.get('state') ?? 'open';
    const head = request.query.get('head');
    const list = state.pulls.filter(
      (p) =>
        p.owner === owner &&
        p.repo === repo &&
        (wanted === 'all' || p.state === wanted) &&
        (head === null || head === `${p.headOwner}:${p.headRef}`),
    );
    return server.paginate(request, list.map((p) => pullJson(server, p, true)));
  });

  // Like GitHub, lists pull requests containing the commit, also after they moved on and also from forks
  // (the PR ref lives in the base repository).
  server.route('GET', '/repos/{owner}/{repo}/commits/{commit_sha}/pulls', (request) => {
    const { owner, repo } = repoKey(request);
    const sha = request.params.commit_sha!;
    const list = state.pulls.filter((p) => p.owner === owner && p.repo === repo && (p.headSha === sha || p.commits.includes(sha)));
    return server.paginate(request, list.map((p) => pullJson(server, p, true)));
  });
}

// ---------------------------------------------------------------------------------------------------
// Check runs

function checkRunJson(server: GitHubServer, c: StoredCheckRun): Record<string, unknown> {
  const api = `${server.url}/repos/${c.owner}/${c.repo}`;
  const app = server.shape('integration', {
    id: hashId(c.appSlug),
    slug: c.appSlug,
    node_id: `A_${hashId(c.appSlug)}`,
    name: c.appSlug,
    owner: server.userJson({ login: 'github', id: 9919, type: 'User' }),
    html_url: `https://github.com/apps/${c.appSlug}`,
    external_url: 'https://github.com',
  });
  return server.shape('check-run', {
    id: c.id,
    node_id: `CR_${c.id}`,
    head_sha: c.headSha,
    name: c.name,
    url: `${api}/check-runs/${c.id}`,
    html_url: `https://github.com/${c.owner}/${c.repo}/runs/${c.id}`,
    details_url: c.detailsUrl,
    external_id: c.externalId,
    status: c.status,
    conclusion: c.conclusion,
    started_at: c.startedAt,
    completed_at: c.completedAt,
    output: {
      title: c.title,
      summary: c.summary,
      text: c.text,
      annotations_count: c.annotations.length,
      annotations_url: `${api}/check-runs/${c.id}/annotations`,
    },
    check_suite: { id: 1 },
    app,
    pull_requests: [],
  });
}

interface CheckRunBody {
  name?: string;
  head_sha?: string;
  status?: string;
  conclusion?: string;
  details_url?: string;
  external_id?: string;
  output?: { title?: string; summary: string; text?: string; annotations?: StoredAnnotation[] };
}

function applyCheckRunBody(state: GitHubState, run: StoredCheckRun, body: CheckRunBody): FakeResponse | undefined {
  for (const field of ['summary', 'text'] as const) {
    const value = body.output?.[field];
    if (value !== undefined && Buffer.byteLength(value, 'utf8') > MAX_CHECK_TEXT_BYTES) {
      return validationFailed('CheckRun', `output.${field}`, `${field} is too long (maximum is 65535 bytes)`);
    }
  }
  if (body.name !== undefined) run.name = body.name;
  if (body.status !== undefined) run.status = body.status;
  if (body.conclusion !== undefined) {
    run.conclusion = body.conclusion;
    run.status = 'completed';
    run.completedAt = state.now();
  }
  if (body.details_url !== undefined) run.detailsUrl = body.details_url;
  if (body.external_id !== undefined) run.externalId = body.external_id;
  if (body.output) {
    run.title = body.output.title ?? run.title;
    run.summary = body.output.summary;
    run.text = body.output.text ?? run.text;
    // Annotations are appended on every update, as GitHub documents.
    run.annotations.push(...(body.output.annotations ?? []));
  }
  return undefined;
}

function registerCheckRunRoutes(server: GitHubServer): void {
  const { state } = server;
  server.route('POST', '/repos/{owner}/{repo}/check-runs', (request) => {
    const denied = requireWrite(request, 'checks');
    if (denied) return denied;
    const body = request.body as CheckRunBody & { name: string; head_sha: string };
    const { owner, repo } = repoKey(request);
    const run: StoredCheckRun = {
      id: state.nextId(), owner, repo, name: body.name, headSha: body.head_sha, status: 'queued', conclusion: null,
      title: null, summary: null, text: null, annotations: [], appSlug: request.identity.appSlug,
      startedAt: state.now(), completedAt: null, detailsUrl: null, externalId: null,
    };
    const invalid = applyCheckRunBody(state, run, body);
    if (invalid) return invalid;
    state.checkRuns.push(run);
    return { status: 201, body: checkRunJson(server, run) };
  });

  const findRun = (request: FakeRequest): StoredCheckRun | undefined => {
    const { owner, repo } = repoKey(request);
    return state.checkRuns.find((c) => c.owner === owner && c.repo === repo && c.id === Number(request.params.check_run_id));
  };

  server.route('PATCH', '/repos/{owner}/{repo}/check-runs/{check_run_id}', (request) => {
    const denied = requireWrite(request, 'checks');
    if (denied) return denied;
    const run = findRun(request);
    if (!run) return notFound();
    if (run.appSlug !== request.identity.appSlug) return forbidden();
    const invalid = applyCheckRunBody(state, run, request.body as CheckRunBody);
    return invalid ?? { status: 200, body: checkRunJson(server, run) };
  });

  server.route('GET', '/repos/{owner}/{repo}/check-runs/{check_run_id}', (request) => {
    const run = findRun(request);
    return run ? { status: 200, body: checkRunJson(server, run) } : notFound();
  });

  server.route('GET', '/repos/{owner}/{repo}/commits/{ref}/check-runs', (request) => {
    const { owner, repo } = repoKey(request);
    const name = request.query.get('check_name');
    const runs = state.checkRuns
      .filter((c) => c.owner === owner && c.repo === repo && c.headSha === request.params.ref && (name === null || c.name === name))
      .sort((a, b) => b.id - a.id);
    const page = server.paginate(request, runs.map((c) => checkRunJson(server, c)));
    return { ...page, body: { total_count: runs.length, check_runs: page.body } };
  });
}

// ---------------------------------------------------------------------------------------------------
// Labels and the issue events that say who applied them

function issueEventJson(server: GitHubServer, e: StoredIssueEvent): Record<string, unknown> {
  return {
    id: e.id,
    node_id: `LE_${e.id}`,
    url: `${server.url}/repos/${e.owner}/${e.repo}/issues/events/${e.id}`,
    actor: server.userJson(e.actor),
    event: e.event,
    commit_id: null,
    commit_url: null,
    created_at: e.createdAt,
    performed_via_github_app: null,
    label: { name: e.label, color: 'ededed' },
  };
}

function registerLabelRoutes(server: GitHubServer): void {
  const { state } = server;
  const findIssue = (request: FakeRequest): StoredPull | undefined => {
    const { owner, repo } = repoKey(request);
    return state.pulls.find((p) => p.owner === owner && p.repo === repo && p.number === Number(request.params.issue_number));
  };
  server.route('GET', '/repos/{owner}/{repo}/issues/{issue_number}/labels', (request) => {
    const issue = findIssue(request);
    if (!issue) return notFound();
    const api = `${server.url}/repos/${issue.owner}/${issue.repo}`;
    return server.paginate(
      request,
      issue.labels.map((name) => ({ id: hashId(name), node_id: `LA_${hashId(name)}`, url: `${api}/labels/${encodeURIComponent(name)}`, name, description: null, color: 'ededed', default: false })),
    );
  });
  server.route('GET', '/repos/{owner}/{repo}/issues/{issue_number}/events', (request) => {
    const issue = findIssue(request);
    if (!issue) return notFound();
    const events = state.issueEvents.filter((e) => e.owner === issue.owner && e.repo === issue.repo && e.issueNumber === issue.number);
    return server.paginate(request, events.map((e) => issueEventJson(server, e)));
  });
}

/** Test arrangement helpers: the state changes a person would make on github.com. */
export function openPull(server: GitHubServer, pull: Partial<StoredPull> & Pick<StoredPull, 'owner' | 'repo' | 'number' | 'headSha'>): StoredPull {
  const full: StoredPull = {
    title: `Pull request ${pull.number}`,
    state: 'open',
    headRef: `feature-${pull.number}`,
    headOwner: pull.owner,
    baseRef: 'main',
    baseSha: 'b'.repeat(40),
    user: { login: 'contributor', id: 7001, type: 'User' },
    labels: [],
    commits: [],
    ...pull,
  };
  if (!full.commits.includes(full.headSha)) full.commits.push(full.headSha);
  server.state.pulls.push(full);
  return full;
}

/** A push to the PR's branch: a new head SHA. */
export function pushCommit(_server: GitHubServer, pull: StoredPull, sha: string): void {
  pull.headSha = sha;
  pull.commits.push(sha);
}

export function applyLabel(server: GitHubServer, pull: StoredPull, label: string, actor: FakeUser): void {
  if (!pull.labels.includes(label)) pull.labels.push(label);
  server.state.issueEvents.push({
    id: server.state.nextId(), owner: pull.owner, repo: pull.repo, issueNumber: pull.number, event: 'labeled', label, actor, createdAt: server.state.now(),
  });
}

export function removeLabel(server: GitHubServer, pull: StoredPull, label: string, actor: FakeUser): void {
  pull.labels = pull.labels.filter((l) => l !== label);
  server.state.issueEvents.push({
    id: server.state.nextId(), owner: pull.owner, repo: pull.repo, issueNumber: pull.number, event: 'unlabeled', label, actor, createdAt: server.state.now(),
  });
}

/** Stable small integer ids for names (users, repos, labels). */
export function hashId(text: string): number {
  let hash = 7;
  for (const char of text) hash = (hash * 31 + char.charCodeAt(0)) % 1_000_000_007;
  return hash;
}

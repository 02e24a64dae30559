import type { ObjectStore } from '../store/object-store.js';
import type { Tagger, TagStore } from './tag-store.js';

/**
 * What promote and rollback need from the outside world, as interfaces: the actions pass GitHub
 * implementations (shared/github), the CLI and the demo pass a local git repository and no deployments.
 */
export type DeploymentState = 'in_progress' | 'success' | 'failure' | 'error' | 'inactive';

export interface DeploymentRequest {
  environment: string;
  /** The commit being deployed (the version's tagged commit). */
  ref: string;
  description: string;
  /** Model metadata for the deploy workflow: model, version, digest, tags. */
  payload: Record<string, unknown>;
}

export interface DeploymentStatusUpdate {
  description: string;
  logUrl?: string;
}

export interface DeploymentService {
  create(request: DeploymentRequest): Promise<number>;
  setStatus(id: number, state: DeploymentState, update: DeploymentStatusUpdate): Promise<void>;
  /** The newest deployment of this model to the environment, if any. */
  latest(environment: string, model: string): Promise<number | undefined>;
}

/** A deploy workflow started on purpose: tags created with GITHUB_TOKEN trigger no workflow themselves. */
export type DispatchRequest =
  | { kind: 'workflow'; workflow: string; ref: string; inputs: Record<string, string> }
  | { kind: 'repository'; eventType: string; payload: Record<string, unknown> };

/** What the user asks for (`workflow:deploy.yml` or `repository:deploy-model`); promote fills in the model. */
export type DispatchSpec = { kind: 'workflow'; workflow: string; ref: string } | { kind: 'repository'; eventType: string };

export interface Dispatcher {
  dispatch(request: DispatchRequest): Promise<void>;
}

export interface RegistryDeps {
  tags: TagStore;
  store: ObjectStore;
  tagger: Tagger;
  deployments?: DeploymentService;
  dispatcher?: Dispatcher;
  /** Injected so tests can move time (minimum soak time, stale evidence). */
  clock?: () => Date;
  actor?: string;
  runUrl?: string;
  log?: (line: string) => void;
}

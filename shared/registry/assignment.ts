import { UserError } from '../errors.js';
import type { Digest } from '../digest.js';
import { environmentPointerType, promotionEventType, type EnvironmentPointer, type PromotionEvent } from '../schemas/promotion.js';
import { PreconditionFailed } from '../store/object-store.js';
import type { RegistryDeps } from './ports.js';
import { currentVersion, deriveModelState, findVersion, lastEvent, nextCounter, type ModelState } from './state.js';
import { formatTagName, modelTagPrefixes } from './tag-grammar.js';
import { formatTagMessage, type TagFacts } from './tag-message.js';

/**
 * The write half shared by promote and rollback: allocate the next counter by creating the assign ref
 * (a taken name means another promotion won that counter: re-read and take the next), then move the
 * environment's pointer in the store by compare-and-swap to whatever the tags now say is current.
 */
const MAX_ATTEMPTS = 25;

export async function readModelState(deps: Pick<RegistryDeps, 'tags'>, model: string): Promise<ModelState> {
  return deriveModelState(model, await deps.tags.list(modelTagPrefixes(model)));
}

export interface AssignmentSpec {
  model: string;
  environment: string;
  version: string;
  commit: string;
  subject: string;
  /** Facts except previousVersion, which depends on who wins the counter. */
  facts: Omit<TagFacts, 'previousVersion'>;
}

export interface PreparedAssignment {
  spec: AssignmentSpec;
  name: string;
  counter: number;
  objectId: string;
  previousVersion?: string;
}

/** Writes the tag object for the next counter; nothing is visible until `publishAssignment`. */
export async function prepareAssignment(deps: RegistryDeps, spec: AssignmentSpec, state: ModelState, after = 0): Promise<PreparedAssignment> {
  const counter = Math.max(nextCounter(state), after + 1);
  const name = formatTagName({ kind: 'assign', model: spec.model, environment: spec.environment, counter });
  const previousVersion = currentVersion(state, spec.environment)?.version;
  const facts: TagFacts = { ...spec.facts, ...(previousVersion ? { previousVersion } : {}) };
  const date = (deps.clock ?? (() => new Date()))();
  const objectId = await deps.tags.prepare({ name, commit: spec.commit, message: formatTagMessage(spec.subject, facts), tagger: deps.tagger, date });
  return { spec, name, counter, objectId, ...(previousVersion ? { previousVersion } : {}) };
}

/** Creates the ref; on a lost race re-reads the tags and tries the next counter. */
export async function publishAssignment(deps: RegistryDeps, prepared: PreparedAssignment): Promise<PreparedAssignment> {
  let attempt = prepared;
  for (let i = 0; i < MAX_ATTEMPTS; i++) {
    if (await deps.tags.publish(attempt.name, attempt.objectId)) return attempt;
    deps.log?.(`${attempt.name} was taken by a concurrent promotion; retrying with the next counter.`);
    const state = await readModelState(deps, attempt.spec.model);
    attempt = await prepareAssignment(deps, attempt.spec, state, attempt.counter);
  }
  throw new UserError(`Could not allocate an event counter for ${prepared.spec.model} in ${MAX_ATTEMPTS} attempts.`, {
    fix: 'Too many promotions of this model are running at once; run fewer concurrently (a workflow `concurrency:` group per model).',
  });
}

export function pointerKey(model: string, environment: string): string {
  return `environments/${model}/${environment}`;
}

/**
 * Moves `environments/<model>/<env>` to the version the tags say is current, never backwards: a pointer
 * already at a higher counter (a concurrent promotion that finished first) is left alone.
 */
export async function syncEnvironmentPointer(deps: RegistryDeps, model: string, environment: string): Promise<EnvironmentPointer | undefined> {
  for (let i = 0; i < MAX_ATTEMPTS; i++) {
    const state = await readModelState(deps, model);
    const event = lastEvent(state, environment);
    const version = event?.version === undefined ? undefined : findVersion(state, event.version);
    if (!event || !version?.facts.modelDigest) return undefined;
    const key = pointerKey(model, environment);
    const existing = await deps.store.readPointer(key);
    const old = existing ? environmentPointerType.parse(existing.body.toString('utf8'), key) : undefined;
    if (old && old.counter >= event.counter) return old;
    const body: EnvironmentPointer = {
      kind: 'environment-pointer',
      schemaVersion: 1,
      model,
      environment,
      version: version.version,
      modelDigest: version.facts.modelDigest,
      tag: event.tag,
      counter: event.counter,
      updatedAt: (deps.clock ?? (() => new Date()))().toISOString(),
    };
    try {
      await deps.store.writePointer(key, environmentPointerType.serialize(body), existing ? { ifMatch: existing.etag } : { ifNoneMatch: '*' });
      return body;
    } catch (error) {
      if (!(error instanceof PreconditionFailed)) throw error;
    }
  }
  throw new Error(`pointer ${pointerKey(model, environment)} kept changing under ${MAX_ATTEMPTS} attempts`);
}

/** The event record next to the tag, as a blob: the tag says what happened, the record keeps every detail. */
export async function writePromotionEvent(deps: RegistryDeps, event: PromotionEvent): Promise<Digest> {
  return deps.store.putBlob(Buffer.from(promotionEventType.serialize(event)));
}

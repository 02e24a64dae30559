import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Digest } from '../digest.js';
import { UserError } from '../errors.js';
import type { PromotionEvent } from '../schemas/promotion.js';
import {
  prepareAssignment,
  publishAssignment,
  readModelState,
  syncEnvironmentPointer,
  writePromotionEvent,
  type AssignmentSpec,
  type PreparedAssignment,
} from './assignment.js';
import type { RegistryDeps } from './ports.js';
import { pickEventFacts } from './promote.js';
import { findVersion, lastEvent, previousDistinctVersion, type ModelState, type RegisteredVersion } from './state.js';
import { checkEnvironmentName, checkModelName } from './tag-grammar.js';
import { oneLine, type TagFacts } from './tag-message.js';

export interface RollbackOptions {
  model: string;
  environment: string;
  /** Target version; default: the previous distinct version in the environment's history. */
  to?: string;
  reason: string;
}

export interface RollbackResult {
  model: string;
  environment: string;
  /** The version rolled back to. */
  version: string;
  modelDigest: Digest;
  /** The version rolled back from. */
  previousVersion: string;
  tag: string;
  /** The assign event this rollback undoes. */
  rollbackOf: string;
  deploymentId?: number;
  /** The deployment marked inactive. */
  inactiveDeploymentId?: number;
  event: PromotionEvent;
  eventDigest: Digest;
  /** The two versions whose metrics the summary compares. */
  from: RegisteredVersion;
  target: RegisteredVersion;
}

/**
 * A rollback is a new assign event pointing at an earlier version, with `Rollback-Of:` and `Reason:`
 * trailers: history only grows, tags are never deleted. The target's model is re-verified in the store
 * first (a rollback to a model that cannot be fetched would turn one incident into two).
 */
export async function rollback(options: RollbackOptions, deps: RegistryDeps): Promise<RollbackResult> {
  const model = checkModelName(options.model, 'model');
  const environment = checkEnvironmentName(options.environment, 'environment');
  const reason = checkReason(options.reason);
  const state = await readModelState(deps, model);
  const { current, from, target } = chooseTarget(state, environment, options.to);
  const digest = await verifyTarget(deps, target);
  const { actor: _actor, runUrl: _runUrl, previousVersion: _previous, rollbackOf: _rollbackOf, ...inherited } = target.facts;
  const facts: Omit<TagFacts, 'previousVersion'> = {
    ...inherited,
    model,
    version: target.version,
    environment,
    modelDigest: digest,
    rollbackOf: current,
    reason,
    forced: false,
    ...(deps.actor ? { actor: deps.actor } : {}),
    ...(deps.runUrl ? { runUrl: deps.runUrl } : {}),
  };
  const spec: AssignmentSpec = { model, environment, version: target.version, commit: target.commit, subject: `Roll back ${model} in ${environment} from ${from.version} to ${target.version}`, facts };
  const prepared = await prepareAssignment(deps, spec, state);
  const inactiveDeploymentId = await deps.deployments?.latest(environment, model);
  const deploymentId = await deps.deployments?.create({
    environment,
    ref: target.commit,
    description: `Rollback of ${model} to ${target.version}`.slice(0, 140),
    payload: { model, version: target.version, modelDigest: digest, versionTag: target.tag, rollbackOf: current, reason },
  });
  let assigned: PreparedAssignment;
  try {
    assigned = await publishAssignment(deps, prepared);
  } catch (error) {
    if (deploymentId !== undefined) await deps.deployments?.setStatus(deploymentId, 'error', { description: 'Rollback failed before the registry was updated.' });
    throw error;
  }
  return finish(deps, { model, environment, from, target, digest, assigned, facts, deploymentId, inactiveDeploymentId, current });
}

function checkReason(reason: string): string {
  const text = oneLine(reason ?? '');
  if (text === '') throw new UserError('A rollback needs a reason; it is recorded in the tag for whoever reads the history next.', { input: 'reason', fix: 'Set `reason:` to what went wrong, e.g. "precision dropped in production".' });
  return text;
}

function chooseTarget(state: ModelState, environment: string, to: string | undefined): { current: string; from: RegisteredVersion; target: RegisteredVersion } {
  const last = lastEvent(state, environment);
  const from = last?.version === undefined ? undefined : findVersion(state, last.version);
  if (!last || !from) {
    throw new UserError(`Nothing of ${state.model} is current in '${environment}', so there is nothing to roll back.`, { input: 'environment', fix: 'Check the model and environment names (`mlci registry show`).' });
  }
  const wanted = to ?? previousDistinctVersion(state, environment);
  if (wanted === undefined) {
    throw new UserError(`${state.model} has no earlier version in '${environment}' than ${from.version} to roll back to.`, { input: 'to', fix: 'Name a registered version with `to:`, or promote a fixed version instead.' });
  }
  const target = findVersion(state, wanted);
  if (!target) {
    const known = state.versions.map((v) => v.version).join(', ') || 'none';
    throw new UserError(`${state.model} has no version '${wanted}' (registered: ${known}).`, { input: 'to', fix: 'Name one of the registered versions.' });
  }
  if (target.version === from.version) {
    throw new UserError(`${state.model} ${target.version} is already current in '${environment}'.`, { input: 'to', fix: 'Name an earlier version.' });
  }
  return { current: last.tag, from, target };
}

/** Streams the blob to a scratch file: the store verifies the digest on the way, without holding it in memory. */
async function verifyTarget(deps: RegistryDeps, target: RegisteredVersion): Promise<Digest> {
  const digest = target.facts.modelDigest;
  if (!digest) throw new UserError(`${target.tag} records no model digest, so it cannot be verified.`, { input: 'to', fix: 'Roll back to a version registered by mlci.' });
  if (!(await deps.store.hasBlob(digest))) {
    throw new UserError(`The model of ${target.tag} (${digest}) is not in the store ${deps.store.location}.`, { input: 'to', fix: 'Upload the model again (promote it by path) or pick another version.' });
  }
  const scratch = await mkdtemp(join(tmpdir(), 'mlci-rollback-'));
  try {
    await deps.store.getBlobToFile(digest, join(scratch, 'model'));
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
  return digest;
}

interface Done {
  model: string;
  environment: string;
  from: RegisteredVersion;
  target: RegisteredVersion;
  digest: Digest;
  assigned: PreparedAssignment;
  facts: Omit<TagFacts, 'previousVersion'>;
  deploymentId: number | undefined;
  inactiveDeploymentId: number | undefined;
  current: string;
}

async function finish(deps: RegistryDeps, done: Done): Promise<RollbackResult> {
  const logUrl = deps.runUrl ? { logUrl: deps.runUrl } : {};
  if (done.deploymentId !== undefined) await deps.deployments?.setStatus(done.deploymentId, 'success', { description: done.assigned.name, ...logUrl });
  if (done.inactiveDeploymentId !== undefined) await deps.deployments?.setStatus(done.inactiveDeploymentId, 'inactive', { description: `Rolled back: ${done.facts.reason ?? ''}`.slice(0, 140), ...logUrl });
  await syncEnvironmentPointer(deps, done.model, done.environment);
  const event: PromotionEvent = {
    kind: 'promotion-event',
    schemaVersion: 1,
    action: 'rollback',
    ...pickEventFacts(done.facts),
    version: done.target.version,
    environment: done.environment,
    tag: done.assigned.name,
    modelDigest: done.digest,
    previousVersion: done.from.version,
    ...(done.deploymentId !== undefined ? { deploymentId: done.deploymentId } : {}),
    at: (deps.clock ?? (() => new Date()))().toISOString(),
  };
  const eventDigest = await writePromotionEvent(deps, event);
  deps.log?.(`${done.assigned.name}: rolled ${done.model} in ${done.environment} back from ${done.from.version} to ${done.target.version}.`);
  return {
    model: done.model,
    environment: done.environment,
    version: done.target.version,
    modelDigest: done.digest,
    previousVersion: done.from.version,
    tag: done.assigned.name,
    rollbackOf: done.current,
    ...(done.deploymentId !== undefined ? { deploymentId: done.deploymentId } : {}),
    ...(done.inactiveDeploymentId !== undefined ? { inactiveDeploymentId: done.inactiveDeploymentId } : {}),
    event,
    eventDigest,
    from: done.from,
    target: done.target,
  };
}

import type { Digest } from '../digest.js';
import { UserError } from '../errors.js';
import type { EnvironmentRule, PromotionEvent } from '../schemas/promotion.js';
import { resolveArtifact, type ResolvedArtifact } from './artifact.js';
import {
  prepareAssignment,
  publishAssignment,
  readModelState,
  syncEnvironmentPointer,
  writePromotionEvent,
  type AssignmentSpec,
  type PreparedAssignment,
} from './assignment.js';
import { lineageIndexOf, lineageOfModel } from '../lineage/lineage-store.js';
import { checkEvidence, loadEvidence, type Evidence } from './evidence.js';
import { isRegistryReference, resolveRegistryReference } from './resolve.js';
import type { DispatchRequest, DispatchSpec, RegistryDeps } from './ports.js';
import { durationMs, environmentRule, type LoadedPromotionConfig } from './promotion-config.js';
import { bumpSemver, formatSemver, isBumpPart, parseSemver } from './semver.js';
import { currentVersion, findVersion, lastEvent, latestVersion, versionsWithDigest, type ModelState, type RegisteredVersion } from './state.js';
import { checkEnvironmentName, checkModelName, formatTagName } from './tag-grammar.js';
import { formatTagMessage, oneLine, type TagFacts } from './tag-message.js';

export interface PromoteOptions {
  model: string;
  /** `1.4.0`, `v1.4.0`, or `patch` / `minor` / `major` (a bump of the latest registered version). */
  version: string;
  /** Model file path, its digest in the store, or a registry reference (`churn#staging`, `churn@v1.4.0`). */
  artifact: string;
  environment: string;
  config: LoadedPromotionConfig;
  /** Empty: the evidence recorded when this version was promoted before (re-checked for freshness). */
  evidence: Evidence[];
  reason?: string;
  /** Skip evidence, order and soak checks; requires a reason, which is recorded in the tag. */
  force?: boolean;
  /** Commit to tag; default: the tag store's default (HEAD, or the workflow's SHA). */
  commit?: string;
  /** Dataset versions the model was trained on (from lineage); added to the evidence's. */
  dataVersions?: string[];
  /** Start the deploy workflow after the promotion (tags made with GITHUB_TOKEN trigger none). */
  dispatch?: DispatchSpec;
}

export interface PromoteResult {
  model: string;
  environment: string;
  version: string;
  modelDigest: Digest;
  /** The assign tag (`churn#prod#12`); on a no-op, the event that already made the version current. */
  tag: string;
  /** Set when this promotion registered the version. */
  registeredTag?: string;
  previousVersion?: string;
  deploymentId?: number;
  /** False when the version was already current there (a re-run): nothing was written. */
  changed: boolean;
  forced: boolean;
  event?: PromotionEvent;
  eventDigest?: Digest;
}

interface Plan {
  artifact: ResolvedArtifact;
  state: ModelState;
  version: string;
  existing?: RegisteredVersion;
  evidence?: Evidence;
  forced: boolean;
  commit: string;
  facts: Omit<TagFacts, 'previousVersion'>;
}

/**
 * Registers (if new) and assigns a model version to an environment. Every check runs before the first
 * write; the writes then go: tag objects (proves contents: write), deployment (proves deployments:
 * write), refs, deployment status, store pointer, event record, dispatch.
 */
export async function promote(options: PromoteOptions, deps: RegistryDeps): Promise<PromoteResult> {
  const plan = await planPromotion(options, deps);
  const current = currentVersion(plan.state, options.environment);
  if (current?.version === plan.version) {
    // A re-run after a crash between the tag and the pointer finishes the pointer; otherwise a no-op.
    await syncEnvironmentPointer(deps, options.model, options.environment);
    return alreadyCurrent(options, plan);
  }
  if (plan.artifact.file) await deps.store.putBlob({ file: plan.artifact.file, digest: plan.artifact.digest });
  await keepEvidence(options.evidence, plan.artifact.digest, deps);
  return writePromotion(options, plan, deps);
}

/**
 * The evidence about this model goes into the store under its digest, which the tags record: a later
 * rollback (or an auditor) finds each version's metrics from the tag alone, long after CI artifacts expire.
 */
async function keepEvidence(evidence: Evidence[], modelDigest: Digest, deps: RegistryDeps): Promise<void> {
  for (const e of evidence.filter((x) => x.modelDigest === modelDigest)) await deps.store.putBlob(Buffer.from(e.canonical));
}

async function planPromotion(options: PromoteOptions, deps: RegistryDeps): Promise<Plan> {
  const model = checkModelName(options.model, 'model');
  const environment = checkEnvironmentName(options.environment, 'environment');
  const rule = environmentRule(options.config, environment);
  const forced = checkForce(options, rule);
  const state = await readModelState(deps, model);
  const artifact = await resolvePromotedArtifact(options.artifact, state, deps);
  const { version, existing } = chooseVersion(state, options.version, artifact.digest);
  const now = (deps.clock ?? (() => new Date()))();
  if (!forced) checkOrder(state, rule, environment, version, now);
  const given = options.evidence.length > 0 ? options.evidence : await recordedEvidence(state, deps, version);
  const evidence = forced ? given.find((e) => e.modelDigest === artifact.digest) : checkEvidence(given, evidenceCheck(rule, artifact.digest, now, environment));
  const commit = existing?.commit ?? options.commit ?? (await deps.tags.defaultCommit());
  const trainedOn = await trainingData(deps, artifact.digest);
  const facts = buildFacts(options, { model, version, environment, digest: artifact.digest, evidence, forced, deps, trainedOn });
  return { artifact, state, version, ...(existing ? { existing } : {}), ...(evidence ? { evidence } : {}), forced, commit, facts };
}

/** `artifact: churn#staging` promotes what staging runs: the reference resolves through the same tags. */
async function resolvePromotedArtifact(artifact: string, state: ModelState, deps: RegistryDeps): Promise<ResolvedArtifact> {
  if (!isRegistryReference(artifact)) return resolveArtifact(artifact, deps.store);
  const resolved = await resolveRegistryReference(artifact, deps.tags, 'artifact');
  if (resolved.model !== state.model) {
    throw new UserError(`artifact ${artifact} is a version of '${resolved.model}', not of '${state.model}'.`, { input: 'artifact', fix: `Use ${state.model}#<environment> or ${state.model}@<version>.` });
  }
  return resolveArtifact(resolved.modelDigest, deps.store);
}

/**
 * With no evidence given, the evidence an earlier promotion of this version recorded (its digest is in
 * the tags, the record in the store) is used: a version promoted to staging on a passing gate carries that
 * decision on to prod, where freshness and the prod rules are checked again.
 */
async function recordedEvidence(state: ModelState, deps: RegistryDeps, version: string): Promise<Evidence[]> {
  const events = [...state.environments.values()].flat().filter((e) => e.version === version);
  const digests = new Set([findVersion(state, version)?.facts.evidenceDigest, ...events.map((e) => e.facts.evidenceDigest)]);
  const present: Digest[] = [];
  for (const digest of digests) if (digest && (await deps.store.hasBlob(digest))) present.push(digest);
  return loadEvidence(present, deps.store);
}

/** The data versions the train step recorded for this model (its newest lineage record), if any. */
async function trainingData(deps: RegistryDeps, digest: Digest): Promise<string[]> {
  if (!(await lineageIndexOf(deps.store, digest))) return [];
  const record = (await lineageOfModel(deps.store, digest)).at(-1);
  return (record?.data ?? []).map((d) => `${d.number === undefined ? d.spec : `${d.name}@${d.number}`} ${d.digest}`);
}

function checkForce(options: PromoteOptions, rule: EnvironmentRule): boolean {
  if (!options.force) return false;
  if (rule['allow-force'] === false) {
    throw new UserError(`The promotion config does not allow force for '${options.environment}'.`, { input: 'force', fix: 'Promote with evidence, or set allow-force: true for this environment.' });
  }
  if (!options.reason?.trim()) {
    throw new UserError('force skips the evidence checks, so it needs a reason, which is recorded in the tag.', { input: 'reason', fix: 'Set `reason:` to why this promotion cannot wait for evidence.' });
  }
  return true;
}

function evidenceCheck(rule: EnvironmentRule, modelDigest: Digest, now: Date, environment: string) {
  const maxAge = rule['max-evidence-age'];
  return {
    requirement: rule.evidence ?? 'gate',
    modelDigest,
    now,
    environment,
    ...(maxAge ? { maxAgeMs: durationMs(maxAge), maxAgeText: maxAge } : {}),
  };
}

/** A bump reuses the version already registered for this digest, so staging → prod does not bump twice. */
function chooseVersion(state: ModelState, requested: string, digest: Digest): { version: string; existing?: RegisteredVersion } {
  if (isBumpPart(requested)) {
    const same = versionsWithDigest(state, digest).at(-1);
    if (same) return { version: same.version, existing: same };
    return { version: formatSemver(bumpSemver(latestVersion(state)?.semver, requested)) };
  }
  const semver = parseSemver(requested);
  if (!semver) {
    throw new UserError(`'${requested}' is not a version.`, { input: 'version', fix: 'Write a semantic version such as 1.4.0 (or v1.4.0), or patch, minor or major.' });
  }
  const version = formatSemver(semver);
  const existing = findVersion(state, version);
  if (existing && existing.facts.modelDigest !== digest) {
    throw new UserError(`${state.model}@${version} already exists with another model (${existing.facts.modelDigest ?? 'no digest'}); this artifact is ${digest}.`, {
      input: 'version',
      fix: `Versions are immutable: pick a new version (e.g. \`version: patch\`), or promote ${existing.facts.modelDigest ?? 'the registered model'} itself.`,
    });
  }
  return existing ? { version, existing } : { version };
}

/** prod `from: staging`: the version must be current in staging, for at least min-time-in-from. */
function checkOrder(state: ModelState, rule: EnvironmentRule, environment: string, version: string, now: Date): void {
  if (rule.from === undefined) return;
  const there = currentVersion(state, rule.from);
  if (there?.version !== version) {
    throw new UserError(`${state.model} ${version} cannot go to '${environment}': it must be current in '${rule.from}' first (current there: ${there?.version ?? 'nothing'}).`, {
      input: 'environment',
      fix: `Promote ${version} to '${rule.from}' first, or force with a reason.`,
    });
  }
  const minimum = rule['min-time-in-from'];
  const since = lastEvent(state, rule.from)?.taggedAt;
  if (minimum === undefined || since === undefined) return;
  const waited = now.getTime() - Date.parse(since);
  if (waited < durationMs(minimum)) {
    const ready = new Date(Date.parse(since) + durationMs(minimum)).toISOString();
    throw new UserError(`${state.model} ${version} has been in '${rule.from}' since ${since}; '${environment}' requires ${minimum} there (ready at ${ready}).`, {
      input: 'environment',
      fix: `Wait until ${ready}, or force with a reason.`,
    });
  }
}

function buildFacts(
  options: PromoteOptions,
  v: { model: string; version: string; environment: string; digest: Digest; evidence: Evidence | undefined; forced: boolean; deps: RegistryDeps; trainedOn: string[] },
): Omit<TagFacts, 'previousVersion'> {
  const fromEvidence = options.evidence.filter((e) => e.modelDigest === v.digest);
  // An evaluation record given directly names itself; a gate decision names the records it judged.
  const ordered = [...fromEvidence.filter((e) => e.kind === 'evaluation'), ...fromEvidence.filter((e) => e.kind === 'gate')];
  const evaluationDigest = ordered.map((e) => e.evaluationDigest).find((d) => d !== undefined);
  const dataVersions = [...new Set([...v.trainedOn, ...(options.dataVersions ?? [])])];
  return {
    model: v.model,
    version: v.version,
    environment: v.environment,
    modelDigest: v.digest,
    dataVersions,
    ...(evaluationDigest ? { evaluationDigest } : {}),
    ...(v.evidence ? { evidenceDigest: v.evidence.digest } : {}),
    ...(options.reason?.trim() ? { reason: oneLine(options.reason) } : {}),
    forced: v.forced,
    ...(v.deps.actor ? { actor: v.deps.actor } : {}),
    ...(v.deps.runUrl ? { runUrl: v.deps.runUrl } : {}),
  };
}

function alreadyCurrent(options: PromoteOptions, plan: Plan): PromoteResult {
  const event = lastEvent(plan.state, options.environment);
  return {
    model: options.model,
    environment: options.environment,
    version: plan.version,
    modelDigest: plan.artifact.digest,
    tag: event?.tag ?? '',
    ...(event?.facts.previousVersion ? { previousVersion: event.facts.previousVersion } : {}),
    changed: false,
    forced: plan.forced,
  };
}

async function writePromotion(options: PromoteOptions, plan: Plan, deps: RegistryDeps): Promise<PromoteResult> {
  const register = plan.existing ? undefined : await prepareRegistration(plan, deps);
  const spec: AssignmentSpec = {
    model: options.model,
    environment: options.environment,
    version: plan.version,
    commit: plan.commit,
    subject: `Assign ${options.model} ${plan.version} to ${options.environment}`,
    facts: plan.facts,
  };
  const prepared = await prepareAssignment(deps, spec, plan.state);
  const deploymentId = await deps.deployments?.create(deploymentRequest(options, plan, register?.name));
  try {
    if (register) await publishRegistration(deps, plan, register);
    const assigned = await publishAssignment(deps, prepared);
    return await finishPromotion(options, plan, deps, { assigned, deploymentId, registeredTag: register?.name });
  } catch (error) {
    if (deploymentId !== undefined) await deps.deployments?.setStatus(deploymentId, 'error', { description: 'Promotion failed before the registry was updated.' });
    throw error;
  }
}

async function prepareRegistration(plan: Plan, deps: RegistryDeps): Promise<{ name: string; objectId: string }> {
  const semver = parseSemver(plan.version);
  if (!semver) throw new Error(`internal: version ${plan.version} did not parse`);
  const name = formatTagName({ kind: 'register', model: plan.facts.model, version: semver });
  const { environment: _environment, reason: _reason, forced: _forced, ...facts } = plan.facts;
  const message = formatTagMessage(`Register ${plan.facts.model} ${plan.version}`, { ...facts, forced: false });
  const date = (deps.clock ?? (() => new Date()))();
  return { name, objectId: await deps.tags.prepare({ name, commit: plan.commit, message, tagger: deps.tagger, date }) };
}

/** A concurrent promotion may have registered the same version first: fine if it is the same model. */
async function publishRegistration(deps: RegistryDeps, plan: Plan, register: { name: string; objectId: string }): Promise<void> {
  if (await deps.tags.publish(register.name, register.objectId)) return;
  const winner = findVersion(await readModelState(deps, plan.facts.model), plan.version);
  if (winner?.facts.modelDigest === plan.artifact.digest) return;
  throw new UserError(`${register.name} was just registered by a concurrent promotion with another model (${winner?.facts.modelDigest ?? 'unknown'}).`, {
    input: 'version',
    fix: 'Run the promotion again with `version: patch` to take the next version.',
  });
}

function deploymentRequest(options: PromoteOptions, plan: Plan, registeredTag: string | undefined) {
  return {
    environment: options.environment,
    ref: plan.commit,
    description: `${options.model} ${plan.version}`.slice(0, 140),
    payload: {
      model: options.model,
      version: plan.version,
      modelDigest: plan.artifact.digest,
      versionTag: registeredTag ?? plan.existing?.tag ?? `${options.model}@${plan.version}`,
      ...(plan.facts.evaluationDigest ? { evaluationDigest: plan.facts.evaluationDigest } : {}),
      forced: plan.forced,
    },
  };
}

async function finishPromotion(
  options: PromoteOptions,
  plan: Plan,
  deps: RegistryDeps,
  done: { assigned: PreparedAssignment; deploymentId: number | undefined; registeredTag: string | undefined },
): Promise<PromoteResult> {
  const { assigned, deploymentId } = done;
  if (deploymentId !== undefined) await deps.deployments?.setStatus(deploymentId, 'success', { description: `${assigned.name}`, ...(deps.runUrl ? { logUrl: deps.runUrl } : {}) });
  await syncEnvironmentPointer(deps, options.model, options.environment);
  const event: PromotionEvent = {
    kind: 'promotion-event',
    schemaVersion: 1,
    action: 'promote',
    ...pickEventFacts(plan.facts),
    version: plan.version,
    environment: options.environment,
    tag: assigned.name,
    ...(done.registeredTag ? { registeredTag: done.registeredTag } : {}),
    modelDigest: plan.artifact.digest,
    ...(assigned.previousVersion ? { previousVersion: assigned.previousVersion } : {}),
    ...(deploymentId !== undefined ? { deploymentId } : {}),
    at: (deps.clock ?? (() => new Date()))().toISOString(),
  };
  const eventDigest = await writePromotionEvent(deps, event);
  if (options.dispatch) await deps.dispatcher?.dispatch(dispatchRequest(options.dispatch, event));
  deps.log?.(`${assigned.name}: ${options.model} ${plan.version} is current in ${options.environment}${assigned.previousVersion ? ` (was ${assigned.previousVersion})` : ''}.`);
  return {
    model: options.model,
    environment: options.environment,
    version: plan.version,
    modelDigest: plan.artifact.digest,
    tag: assigned.name,
    ...(done.registeredTag ? { registeredTag: done.registeredTag } : {}),
    ...(assigned.previousVersion ? { previousVersion: assigned.previousVersion } : {}),
    ...(deploymentId !== undefined ? { deploymentId } : {}),
    changed: true,
    forced: plan.forced,
    event,
    eventDigest,
  };
}

/** Workflow inputs are strings; a repository_dispatch payload carries the whole event. */
export function dispatchRequest(spec: DispatchSpec, event: PromotionEvent): DispatchRequest {
  const inputs = { model: event.model, version: event.version, environment: event.environment, 'model-digest': event.modelDigest, tag: event.tag };
  if (spec.kind === 'workflow') return { ...spec, inputs };
  return { kind: 'repository', eventType: spec.eventType, payload: { ...inputs, event } };
}

/** `workflow:deploy.yml` (on `ref`) or `repository:<event-type>`. */
export function parseDispatchSpec(text: string | undefined, ref: string, input = 'dispatch'): DispatchSpec | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  const match = /^(workflow|repository):(.+)$/.exec(text.trim());
  if (match?.[1] === 'workflow') return { kind: 'workflow', workflow: (match[2] ?? '').trim(), ref };
  if (match?.[1] === 'repository') return { kind: 'repository', eventType: (match[2] ?? '').trim() };
  throw new UserError(`'${text}' is not a dispatch target.`, { input, fix: 'Write `workflow:deploy.yml` (workflow_dispatch) or `repository:deploy-model` (repository_dispatch).' });
}

/** The facts a promotion event shares with its tag. */
export function pickEventFacts(facts: Omit<TagFacts, 'previousVersion'>): Pick<PromotionEvent, 'model' | 'dataVersions' | 'forced'> & Partial<PromotionEvent> {
  return {
    model: facts.model,
    dataVersions: facts.dataVersions,
    forced: facts.forced,
    ...(facts.evaluationDigest ? { evaluationDigest: facts.evaluationDigest } : {}),
    ...(facts.evidenceDigest ? { evidenceDigest: facts.evidenceDigest } : {}),
    ...(facts.rollbackOf ? { rollbackOf: facts.rollbackOf } : {}),
    ...(facts.reason ? { reason: facts.reason } : {}),
    ...(facts.actor ? { actor: facts.actor } : {}),
    ...(facts.runUrl ? { runUrl: facts.runUrl } : {}),
  };
}

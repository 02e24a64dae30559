import { compareSemver, parseSemver, type Semver } from './semver.js';
import { parseTagName } from './tag-grammar.js';
import { parseTagMessage, type TagFacts } from './tag-message.js';
import type { StoredTag } from './tag-store.js';

/**
 * The registry's state is derived from tags alone, never stored: a version exists when its register tag
 * exists; the current version of an environment is the target of the assign event with the highest
 * counter (an unassign event with a higher counter clears it). History is the list of events in counter
 * order, so "what was in prod at time T?" is a lookup, not an archaeology project.
 */
export interface RegisteredVersion {
  version: string;
  semver: Semver;
  tag: string;
  commit: string;
  taggedAt?: string;
  facts: TagFacts;
}

export interface EnvironmentEvent {
  kind: 'assign' | 'unassign';
  tag: string;
  environment: string;
  counter: number;
  /** The version this event made current; undefined for unassign events. */
  version?: string;
  commit: string;
  taggedAt?: string;
  facts: TagFacts;
}

export interface IgnoredTag {
  tag: string;
  why: string;
}

export interface ModelState {
  model: string;
  /** Sorted by semantic version, lowest first. */
  versions: RegisteredVersion[];
  /** Environment name → its events in counter order. */
  environments: Map<string, EnvironmentEvent[]>;
  ignored: IgnoredTag[];
  /** Highest counter of any assign/unassign tag, ignored ones included: their names are taken too. */
  maxCounter: number;
}

export function deriveModelState(model: string, tags: StoredTag[]): ModelState {
  const state: ModelState = { model, versions: [], environments: new Map(), ignored: [], maxCounter: 0 };
  const assigns: Array<{ stored: StoredTag; environment: string; counter: number; kind: 'assign' | 'unassign' }> = [];
  for (const stored of tags) {
    const tag = parseTagName(stored.name);
    if (!tag || tag.model !== model) continue;
    if (tag.kind !== 'register') state.maxCounter = Math.max(state.maxCounter, tag.counter);
    if (!stored.annotated) {
      state.ignored.push({ tag: stored.name, why: 'lightweight tag (the registry reads annotated tags only)' });
    } else if (tag.kind === 'register') {
      state.versions.push(toVersion(stored, tag.version));
    } else {
      assigns.push({ stored, environment: tag.environment, counter: tag.counter, kind: tag.kind });
    }
  }
  state.versions.sort((a, b) => compareSemver(a.semver, b.semver));
  for (const assign of assigns.sort((a, b) => a.counter - b.counter)) {
    const event = toEvent(assign.stored, assign, state.versions);
    if (event.kind === 'assign' && event.version === undefined) {
      state.ignored.push({ tag: event.tag, why: 'names no registered version' });
      continue;
    }
    const events = state.environments.get(event.environment) ?? [];
    events.push(event);
    state.environments.set(event.environment, events);
  }
  return state;
}

function toVersion(stored: StoredTag, semver: Semver): RegisteredVersion {
  const { facts } = parseTagMessage(stored.message);
  const version = `v${semver.major}.${semver.minor}.${semver.patch}${semver.prerelease.length ? `-${semver.prerelease.join('.')}` : ''}`;
  return { version, semver, tag: stored.name, commit: stored.commit, taggedAt: stored.taggedAt, facts };
}

function toEvent(
  stored: StoredTag,
  parsed: { environment: string; counter: number; kind: 'assign' | 'unassign' },
  versions: RegisteredVersion[],
): EnvironmentEvent {
  const { facts } = parseTagMessage(stored.message);
  const base = { kind: parsed.kind, tag: stored.name, environment: parsed.environment, counter: parsed.counter };
  const common = { ...base, commit: stored.commit, taggedAt: stored.taggedAt, facts };
  if (parsed.kind === 'unassign') return common;
  return { ...common, version: resolveAssignedVersion(facts, stored.commit, versions) };
}

/**
 * Our tags say the version in a `Version:` trailer; tags written by GTO itself do not, and GTO resolves
 * the version registered on the same commit (the highest, if several).
 */
function resolveAssignedVersion(facts: TagFacts, commit: string, versions: RegisteredVersion[]): string | undefined {
  const named = facts.version ? parseSemver(facts.version) : undefined;
  if (named) return versions.find((v) => compareSemver(v.semver, named) === 0)?.version;
  return versions.filter((v) => v.commit === commit).at(-1)?.version;
}

/** The event that decides the environment's current version, or undefined if nothing was ever assigned. */
export function lastEvent(state: ModelState, environment: string): EnvironmentEvent | undefined {
  return state.environments.get(environment)?.at(-1);
}

export function currentVersion(state: ModelState, environment: string): RegisteredVersion | undefined {
  const event = lastEvent(state, environment);
  return event?.version === undefined ? undefined : findVersion(state, event.version);
}

export function findVersion(state: ModelState, version: string): RegisteredVersion | undefined {
  const wanted = parseSemver(version);
  return wanted && state.versions.find((v) => compareSemver(v.semver, wanted) === 0);
}

export function latestVersion(state: ModelState): RegisteredVersion | undefined {
  return state.versions.at(-1);
}

export function versionsWithDigest(state: ModelState, digest: string): RegisteredVersion[] {
  return state.versions.filter((v) => v.facts.modelDigest === digest);
}

/** The next free counter; GTO counts events per model across environments. */
export function nextCounter(state: ModelState): number {
  return state.maxCounter + 1;
}

/** One row per event: which version was current from this event until the next one. */
export interface HistoryEntry {
  event: EnvironmentEvent;
  /** Version current after the event (undefined after an unassign). */
  version?: string;
  from?: string;
  until?: string;
  current: boolean;
}

export function environmentHistory(state: ModelState, environment: string): HistoryEntry[] {
  const events = state.environments.get(environment) ?? [];
  return events.map((event, i) => ({
    event,
    version: event.version,
    from: event.taggedAt,
    until: events[i + 1]?.taggedAt,
    current: i === events.length - 1,
  }));
}

/** What was current at `time`: the highest-counter event tagged at or before it. */
export function versionAt(state: ModelState, environment: string, time: Date): string | undefined {
  const events = (state.environments.get(environment) ?? []).filter(
    (e) => e.taggedAt !== undefined && Date.parse(e.taggedAt) <= time.getTime(),
  );
  return events.at(-1)?.version;
}

/**
 * Most recent distinct version before the current one, for rollbacks with no explicit target. Versions
 * that an earlier rollback moved away from are skipped: a second rollback must not restore a known-bad model.
 */
export function previousDistinctVersion(state: ModelState, environment: string): string | undefined {
  const events = state.environments.get(environment) ?? [];
  const current = events.at(-1)?.version;
  const rolledBack = new Set(
    events.filter((e) => e.facts.rollbackOf).map((e) => events.find((x) => x.tag === e.facts.rollbackOf)?.version),
  );
  for (let i = events.length - 2; i >= 0; i--) {
    const version = events[i]?.version;
    if (version !== undefined && version !== current && !rolledBack.has(version)) return version;
  }
  return undefined;
}

/** Every model that has at least one registry tag, sorted. */
export function modelNames(tags: StoredTag[]): string[] {
  const names = new Set<string>();
  for (const stored of tags) {
    const tag = parseTagName(stored.name);
    if (tag) names.add(tag.model);
  }
  return [...names].sort();
}

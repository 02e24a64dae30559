import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Digest } from '../digest.js';
import { UserError } from '../errors.js';
import { readModelState } from './assignment.js';
import { parseSemver } from './semver.js';
import { currentVersion, findVersion } from './state.js';
import { isEnvironmentName, isModelName } from './tag-grammar.js';
import type { ObjectStore } from '../store/object-store.js';
import type { TagStore } from './tag-store.js';

/**
 * Registry references as other actions accept them (evaluate's `baseline-model`): `churn#prod` (the
 * version current in prod) or `churn@v1.2.0` (that version). Resolved through the tags to a model digest.
 */
export interface ResolvedReference {
  model: string;
  version: string;
  modelDigest: Digest;
  /** The register tag of the version. */
  tag: string;
  environment?: string;
}

export function isRegistryReference(text: string): boolean {
  return parseReference(text) !== undefined;
}

function parseReference(text: string): { model: string; environment?: string; version?: string } | undefined {
  const env = /^(.+)#([^#!@]+)$/.exec(text);
  if (env && isModelName(env[1] ?? '') && isEnvironmentName(env[2] ?? '')) return { model: env[1] as string, environment: env[2] as string };
  const at = /^(.+)@(v?\d[^@#!]*)$/.exec(text);
  if (at && isModelName(at[1] ?? '') && parseSemver(at[2] ?? '')) return { model: at[1] as string, version: at[2] as string };
  return undefined;
}

export async function resolveRegistryReference(text: string, tags: TagStore, input = 'baseline-model'): Promise<ResolvedReference> {
  const ref = parseReference(text);
  if (!ref) throw new UserError(`'${text}' is not a registry reference.`, { input, fix: 'Write `<model>#<environment>` (e.g. churn#prod) or `<model>@<version>` (e.g. churn@v1.2.0).' });
  const state = await readModelState({ tags }, ref.model);
  const version = ref.environment ? currentVersion(state, ref.environment) : findVersion(state, ref.version ?? '');
  if (!version) {
    const what = ref.environment ? `Nothing of ${ref.model} is current in '${ref.environment}'` : `${ref.model} has no version ${ref.version ?? ''}`;
    throw new UserError(`${what} in ${tags.description}.`, { input, fix: `List what exists with \`mlci registry show ${ref.model}\`.` });
  }
  if (!version.facts.modelDigest) throw new UserError(`${version.tag} records no model digest.`, { input, fix: 'Promote the version with mlci so its tag carries the digest.' });
  return { model: ref.model, version: version.version, modelDigest: version.facts.modelDigest, tag: version.tag, ...(ref.environment ? { environment: ref.environment } : {}) };
}

/**
 * For `baseline-model: churn#prod`: resolve the reference and write the model from the store to
 * `<dir>/<model>-<version>.onnx` (verified on the way). Returns undefined when `text` is not a reference
 * (a plain path), so callers can pass any baseline-model value through it.
 */
export async function fetchReferencedModel(
  text: string,
  deps: { tags: TagStore; store: ObjectStore },
  dir: string,
  input = 'baseline-model',
): Promise<(ResolvedReference & { path: string }) | undefined> {
  if (!isRegistryReference(text)) return undefined;
  const resolved = await resolveRegistryReference(text, deps.tags, input);
  if (!(await deps.store.hasBlob(resolved.modelDigest))) {
    throw new UserError(`${text} is ${resolved.version} (${resolved.modelDigest}), which is not in the store ${deps.store.location}.`, { input, fix: 'Pass the store the model was promoted from.' });
  }
  const path = join(dir, `${resolved.model.replace(/\//g, '-')}-${resolved.version}.onnx`);
  await deps.store.getBlobToFile(resolved.modelDigest, path);
  return { ...resolved, path };
}

/** A model spec resolved to a local file, with what to remove afterwards. */
export interface LocalModel {
  path: string;
  cleanup(): Promise<void>;
}

/**
 * Evaluate's hook for registry references: `churn#prod` or `churn@v1.2.0` becomes a verified copy of
 * that model from the store in a temporary directory; a plain path is left alone (undefined).
 */
export function registryModelResolver(openTags: () => TagStore, openStore: () => ObjectStore): (spec: string, input: string) => Promise<LocalModel | undefined> {
  return async (spec, input) => {
    if (!isRegistryReference(spec)) return undefined;
    const dir = await mkdtemp(join(tmpdir(), 'mlci-model-'));
    const cleanup = () => rm(dir, { recursive: true, force: true });
    try {
      const fetched = await fetchReferencedModel(spec, { tags: openTags(), store: openStore() }, dir, input);
      return { path: fetched!.path, cleanup };
    } catch (error) {
      await cleanup();
      throw error;
    }
  };
}

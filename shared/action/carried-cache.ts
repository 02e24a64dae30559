import * as core from '@actions/core';
import type { ActionContext } from './context.js';

/**
 * A directory carried between workflow runs with @actions/cache (the data-version stat cache, the
 * onnxruntime install). Caches saved in a pull-request run are visible to that PR only, so they are
 * saved from pushes to the default branch, where every branch can read them. A cache that cannot be
 * restored or saved costs time, never correctness: failures become warnings.
 */
export interface CarriedCache {
  /** Paths to carry; keys hold no commas (the cache service rejects them). */
  paths: string[];
  /** Key prefix; the run id is appended so each default-branch push saves a fresh entry. */
  keyPrefix: string;
}

/**
 * @actions/cache, imported on first use: loading it (with the Azure storage client under it) costs
 * ~0.2 s of an action's start on a 2-core runner, and most steps never touch the cache.
 */
export function actionsCache(): Promise<typeof import('@actions/cache')> {
  return import('@actions/cache');
}

export async function restoreCarriedCache(carried: CarriedCache, context: ActionContext): Promise<boolean> {
  const cache = await actionsCache();
  if (!cache.isFeatureAvailable()) return false;
  try {
    const hit = await cache.restoreCache(carried.paths, cacheKey(carried, context), [safeKey(carried.keyPrefix)]);
    return hit !== undefined;
  } catch (error) {
    core.warning(`Could not restore the cache ${carried.keyPrefix}: ${(error as Error).message}`);
    return false;
  }
}

export async function saveCarriedCache(carried: CarriedCache, context: ActionContext): Promise<void> {
  if (!isDefaultBranchPush(context)) return;
  const cache = await actionsCache();
  if (!cache.isFeatureAvailable()) return;
  try {
    await cache.saveCache(carried.paths, cacheKey(carried, context));
  } catch (error) {
    core.warning(`Could not save the cache ${carried.keyPrefix}: ${(error as Error).message}`);
  }
}

export function isDefaultBranchPush(context: ActionContext): boolean {
  const repository = context.payload.repository as { default_branch?: string } | undefined;
  return context.eventName === 'push' && repository?.default_branch !== undefined && context.ref === `refs/heads/${repository.default_branch}`;
}

function cacheKey(carried: CarriedCache, context: ActionContext): string {
  return safeKey(`${carried.keyPrefix}${context.runId}-${context.runAttempt}`);
}

function safeKey(key: string): string {
  return key.replace(/,/g, '_');
}

import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import Bottleneck from 'bottleneck';
import { actionContext } from './context.js';

/** Octokit with REST methods, pagination, retries (5xx) and throttling (primary and secondary limits). */
export type Octokit = ReturnType<typeof getOctokit>;

/**
 * How hard the client may drive the API. The production values are GitHub's own guidance, as
 * @octokit/plugin-throttling applies it: at least a second between writes, three seconds between
 * writes that notify people (comments, issues, pull requests), and Retry-After honoured in seconds.
 */
export interface ApiPacing {
  /** Least gap between two writes (POST, PATCH, PUT, DELETE). */
  writeIntervalMs: number;
  /** Least gap between two writes that notify people. */
  notificationIntervalMs: number;
  /** Milliseconds per second of Retry-After and of the 5xx back-off (1, 4, 9 s). */
  retryAfterBaseValue: number;
}

export const GITHUB_PACING: Readonly<ApiPacing> = { writeIntervalMs: 1000, notificationIntervalMs: 3000, retryAfterBaseValue: 1000 };

export interface OctokitSettings extends Partial<ApiPacing> {
  /** Defaults to GITHUB_API_URL, so GitHub Enterprise Server works without configuration. */
  baseUrl?: string;
  /** How many times a rate-limited request is retried before the error reaches the caller. */
  rateLimitRetries?: number;
}

/**
 * Why pacing can be set per API URL at all: the actions build their client from GITHUB_API_URL, and
 * their tests run them against a local stand-in of GitHub (test/helpers/github-server.ts), where
 * production pacing made every test that writes wait seconds per request. The stand-in registers its
 * own loopback URL (a random port) here while it runs. This is deliberately an in-process call, not an
 * input or environment variable: nothing a workflow can set reaches it, so no user can switch
 * GitHub's pacing off, by accident or otherwise. Settings passed to `createOctokit` still win.
 */
const pacingByApiUrl = new Map<string, Partial<ApiPacing>>();

/** Pacing for one API base URL (for an in-process stand-in of GitHub); returns the undo. */
export function setApiPacing(apiUrl: string, pacing: Partial<ApiPacing>): () => void {
  const key = normalizeUrl(apiUrl);
  pacingByApiUrl.set(key, pacing);
  return () => {
    if (pacingByApiUrl.get(key) === pacing) pacingByApiUrl.delete(key);
  };
}

export function createOctokit(token: string, settings: OctokitSettings = {}): Octokit {
  core.setSecret(token);
  const baseUrl = normalizeUrl(settings.baseUrl ?? actionContext().apiUrl);
  const pacing = pacingFor(baseUrl, settings);
  const rateLimitRetries = settings.rateLimitRetries ?? 3;
  const retryWhileAllowed = (kind: string) => (retryAfter: number, options: { method?: string; url?: string }, _octokit: unknown, retryCount: number) => {
    core.warning(`GitHub ${kind} rate limit on ${options.method ?? ''} ${options.url ?? ''}; retrying in ${retryAfter} s (attempt ${retryCount + 1}).`);
    return retryCount < rateLimitRetries;
  };
  return getOctokit(
    token,
    {
      baseUrl,
      retry: { retryAfterBaseValue: pacing.retryAfterBaseValue },
      throttle: {
        retryAfterBaseValue: pacing.retryAfterBaseValue,
        ...writeLimiters(pacing),
        onRateLimit: retryWhileAllowed('primary'),
        onSecondaryRateLimit: retryWhileAllowed('secondary'),
      },
    },
    retry,
    throttling,
  );
}

function normalizeUrl(url: string): string {
  return url.replace(/\/+$/, '');
}

/** The pacing a client for `baseUrl` gets: explicit settings, else the URL's registered pacing, else GitHub's. */
export function pacingFor(baseUrl: string, settings: Partial<ApiPacing> = {}): ApiPacing {
  const explicit = Object.fromEntries(
    (['writeIntervalMs', 'notificationIntervalMs', 'retryAfterBaseValue'] as const).filter((k) => settings[k] !== undefined).map((k) => [k, settings[k]]),
  ) as Partial<ApiPacing>;
  return { ...GITHUB_PACING, ...pacingByApiUrl.get(normalizeUrl(baseUrl)), ...explicit };
}

/**
 * The throttling plugin keeps one write limiter per process, shared by every client, with GitHub's
 * intervals. At those intervals we leave it alone; other intervals get limiters of the same shape,
 * also shared by every client with the same pacing (cached), so pacing still holds across clients.
 */
const limiterCache = new Map<string, { write: Bottleneck.Group; notifications: Bottleneck.Group }>();

function writeLimiters(pacing: ApiPacing): { write?: Bottleneck.Group; notifications?: Bottleneck.Group } {
  if (pacing.writeIntervalMs === GITHUB_PACING.writeIntervalMs && pacing.notificationIntervalMs === GITHUB_PACING.notificationIntervalMs) return {};
  const key = `${pacing.writeIntervalMs}/${pacing.notificationIntervalMs}`;
  let limiters = limiterCache.get(key);
  if (!limiters) {
    limiters = {
      write: new Bottleneck.Group({ id: `mlci-write-${key}`, maxConcurrent: 1, minTime: pacing.writeIntervalMs }),
      notifications: new Bottleneck.Group({ id: `mlci-notifications-${key}`, maxConcurrent: 1, minTime: pacing.notificationIntervalMs }),
    };
    limiterCache.set(key, limiters);
  }
  return limiters;
}

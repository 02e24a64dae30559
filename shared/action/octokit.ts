import * as core from '@actions/core';
import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { actionContext } from './context.js';

/** Octokit with REST methods, pagination, retries (5xx) and throttling (primary and secondary limits). */
export type Octokit = ReturnType<typeof getOctokit>;

export interface OctokitSettings {
  /** Defaults to GITHUB_API_URL, so GitHub Enterprise Server works without configuration. */
  baseUrl?: string;
  /** Milliseconds per second of Retry-After; tests shrink it so a 60 s back-off takes 60 ms. */
  retryAfterBaseValue?: number;
  /** How many times a rate-limited request is retried before the error reaches the caller. */
  rateLimitRetries?: number;
}

export function createOctokit(token: string, settings: OctokitSettings = {}): Octokit {
  core.setSecret(token);
  const retryAfterBaseValue = settings.retryAfterBaseValue ?? 1000;
  const rateLimitRetries = settings.rateLimitRetries ?? 3;
  const retryWhileAllowed = (kind: string) => (retryAfter: number, options: { method?: string; url?: string }, _octokit: unknown, retryCount: number) => {
    core.warning(`GitHub ${kind} rate limit on ${options.method ?? ''} ${options.url ?? ''}; retrying in ${retryAfter} s (attempt ${retryCount + 1}).`);
    return retryCount < rateLimitRetries;
  };
  return getOctokit(
    token,
    {
      baseUrl: settings.baseUrl ?? actionContext().apiUrl,
      retry: { retryAfterBaseValue },
      throttle: {
        retryAfterBaseValue,
        onRateLimit: retryWhileAllowed('primary'),
        onSecondaryRateLimit: retryWhileAllowed('secondary'),
      },
    },
    retry,
    throttling,
  );
}

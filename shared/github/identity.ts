import type { Octokit } from '../action/octokit.js';
import { httpStatus } from './errors.js';

/**
 * Who the token acts as. The sticky comment is found by marker *and* author (anyone can paste a marker
 * into a comment), so we must know our own login. A personal token can ask GET /user; an installation
 * token (GITHUB_TOKEN or a GitHub App) gets 403 there, and comments made with GITHUB_TOKEN are authored
 * by `github-actions[bot]`. For another App the caller names it (`<slug>[bot]`); the login a created
 * comment really carries is checked afterwards anyway.
 */
export interface TokenIdentity {
  login: string;
  /** App slug owning check runs created with this token (`github-actions` for GITHUB_TOKEN). */
  appSlug: string;
  /** How we know: asked GitHub, told by the caller, or assumed GITHUB_TOKEN. */
  source: 'api' | 'configured' | 'github-token';
}

export const GITHUB_ACTIONS_LOGIN = 'github-actions[bot]';

export async function resolveIdentity(octokit: Octokit, configuredLogin?: string): Promise<TokenIdentity> {
  if (configuredLogin) return { login: configuredLogin, appSlug: appSlugOf(configuredLogin), source: 'configured' };
  try {
    const { data } = await octokit.rest.users.getAuthenticated();
    return { login: data.login, appSlug: appSlugOf(data.login), source: 'api' };
  } catch (error) {
    const status = httpStatus(error);
    if (status !== 403 && status !== 401 && status !== 404) throw error;
    return { login: GITHUB_ACTIONS_LOGIN, appSlug: 'github-actions', source: 'github-token' };
  }
}

export function appSlugOf(login: string): string {
  return login.replace(/\[bot\]$/, '');
}

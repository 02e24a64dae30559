import type { Octokit } from '../action/octokit.js';
import { UserError } from '../errors.js';
import { stripControls } from '../report/escape.js';
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

/**
 * GitHub logins: letters, digits and hyphens, at most 39 (managed users add `_shortcode`); an App's
 * installation token posts as `<slug>[bot]`.
 */
const LOGIN_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,44}(?:\[bot\])?$/;

/** GitHub logins are case-insensitive: `My-App[bot]` and `my-app[bot]` are the same account. */
export function sameLogin(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** A configured login, checked for shape; `input` names the action input (or CLI flag) it came from. */
export function validateLogin(login: string, input: string): string {
  const trimmed = login.trim();
  if (!LOGIN_PATTERN.test(trimmed)) {
    throw new UserError(`${input} ${quoteUntrusted(login)} is not a GitHub login.`, {
      input,
      fix: 'Give the login the token posts as: `<app-slug>[bot]` for a GitHub App token (e.g. `mlci-reporter[bot]`), or the user name of a personal access token.',
    });
  }
  return trimmed;
}

/**
 * Who a comment must be by to count as ours, when the caller names it. Checked against what GitHub
 * says before anything is written: a personal token's GET /user must give the same login, and an
 * installation token (GET /user refused) can only post as a `[bot]`. Naming someone else would make
 * us adopt, and with a maintainer's token edit, their comments.
 */
export async function resolveConfiguredAuthor(octokit: Octokit, configured: string, input: string): Promise<TokenIdentity> {
  const login = validateLogin(configured, input);
  const detected = await resolveIdentity(octokit);
  if (detected.source === 'api' && !sameLogin(detected.login, login)) {
    throw new UserError(`${input} is '${login}', but the token belongs to '${detected.login}'.`, {
      input,
      fix: `Set \`${input}: ${detected.login}\`, or leave it out: a personal token's login is found on its own.`,
    });
  }
  if (detected.source === 'github-token' && !login.endsWith('[bot]')) {
    throw new UserError(`${input} is '${login}', but the token is an installation token (GITHUB_TOKEN or a GitHub App), which posts as a '[bot]' account.`, {
      input,
      fix: 'Use `<app-slug>[bot]`, e.g. `mlci-reporter[bot]` for the App `mlci-reporter`, or leave it out for GITHUB_TOKEN.',
    });
  }
  return { login, appSlug: appSlugOf(login), source: 'configured' };
}

/** Untrusted text quoted for a one-line message: controls and bidi overrides removed, capped, JSON-quoted. */
function quoteUntrusted(text: string): string {
  const clean = stripControls(text).replace(/\n/g, ' ');
  return JSON.stringify(clean.length > 60 ? `${clean.slice(0, 60)}…` : clean);
}

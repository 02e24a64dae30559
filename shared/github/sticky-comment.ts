import { UserError } from '../errors.js';
import type { Octokit } from '../action/octokit.js';
import { gitHubCall, httpStatus, toUserError } from './errors.js';
import { resolveConfiguredAuthor, resolveIdentity, sameLogin, type TokenIdentity } from './identity.js';

/**
 * Exactly one report comment per pull request and tag, updated in place. The comment is found by a
 * hidden marker on its first line *and* by author, because anyone can paste the marker into their own
 * comment. Two concurrent runs can both find nothing and both create: so after creating we list again,
 * keep the oldest of our marked comments (lowest id, the same choice every run makes) and delete the
 * others, moving our body onto the survivor. Both runs converge on one comment.
 *
 * "Ours" needs our login. GET /user gives it for a personal token; an installation token cannot ask,
 * and we assume GITHUB_TOKEN (`github-actions[bot]`). With another App's token that guess is wrong: no
 * comment matched, every run created one and converged by deleting it again. So the caller can name the
 * author (`comment-author`), which is checked against the token before anything is written, and a
 * created comment whose recorded author differs from the configured or assumed one is reported.
 */

export const MAX_COMMENT_CHARS = 65_536;
const TAG_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

export function commentMarker(tag: string): string {
  return `<!-- mlci:report:${validateCommentTag(tag)} -->`;
}

export function validateCommentTag(tag: string): string {
  if (!TAG_PATTERN.test(tag)) {
    throw new UserError(`comment-tag '${tag}' is not a valid tag.`, {
      input: 'comment-tag',
      fix: 'Use 1-64 letters, digits, dots, dashes or underscores, starting with a letter or digit, e.g. `churn-model`.',
    });
  }
  return tag;
}

export interface StickyCommentRequest {
  owner: string;
  repo: string;
  issueNumber: number;
  tag: string;
  /** Markdown without the marker; at most 65,536 characters with it. */
  body: string;
  /**
   * Login whose comments count as ours (the `comment-author` input): `<app>[bot]` for a GitHub App
   * token. Default: GET /user for a personal token, else `github-actions[bot]`.
   */
  author?: string;
}

export interface StickyCommentResult {
  id: number;
  url: string;
  action: 'created' | 'updated' | 'unchanged';
  /** Duplicates removed (from concurrent runs). */
  deleted: number[];
  /** Set when GitHub recorded our new comment under a login we did not expect: how to stop recreating it. */
  warning?: string;
}

interface CommentSummary {
  id: number;
  body?: string;
  html_url: string;
  user: { login: string } | null;
}

export function withMarker(tag: string, body: string): string {
  const text = `${commentMarker(tag)}\n${body}`;
  if (text.length > MAX_COMMENT_CHARS) {
    throw new Error(`report body is ${text.length} characters; the renderer must cut it to ${MAX_COMMENT_CHARS}`);
  }
  return text;
}

export async function upsertStickyComment(octokit: Octokit, request: StickyCommentRequest): Promise<StickyCommentResult> {
  const body = withMarker(request.tag, request.body);
  const identity = request.author === undefined ? await resolveIdentity(octokit) : await resolveConfiguredAuthor(octokit, request.author, AUTHOR_INPUT);
  const ours = await listOurComments(octokit, request, identity.login);
  const existing = ours[0];
  if (existing) {
    const result = await updateIfChanged(octokit, request, existing, body);
    const deleted = await deleteDuplicates(octokit, request, ours.slice(1));
    return { ...result, deleted };
  }
  const created = await gitHubCall(callFor(request, 'create the report comment on'), () =>
    octokit.rest.issues.createComment({ owner: request.owner, repo: request.repo, issue_number: request.issueNumber, body }),
  );
  // The author GitHub recorded is the truth about who we are (an App token we could not identify).
  const login = created.data.user?.login ?? identity.login;
  const result = await converge(octokit, request, { id: created.data.id, html_url: created.data.html_url, user: { login }, body }, body);
  return checkAuthor(identity, login, result);
}

const AUTHOR_INPUT = 'comment-author';

/**
 * After a create, converge() has left one comment (by the login GitHub recorded). If that is not who we
 * looked for, the next run will miss it again: a configured author that is wrong is the user's to fix
 * (an error, the comment is already consistent); a guessed one gets a warning saying what to configure.
 */
function checkAuthor(identity: TokenIdentity, recorded: string, result: StickyCommentResult): StickyCommentResult {
  if (sameLogin(recorded, identity.login)) return result;
  if (identity.source === 'configured') {
    throw new UserError(`${AUTHOR_INPUT} is '${identity.login}', but GitHub recorded the report comment as by '${recorded}'.`, {
      input: AUTHOR_INPUT,
      fix: `Set \`${AUTHOR_INPUT}: ${recorded}\`; until then every run posts a new comment and deletes the duplicate.`,
    });
  }
  return {
    ...result,
    warning: `The token posts as '${recorded}', not '${identity.login}': set \`${AUTHOR_INPUT}: ${recorded}\` so that reruns update the comment in place instead of posting and deleting a duplicate.`,
  };
}

async function converge(octokit: Octokit, request: StickyCommentRequest, created: CommentSummary, body: string): Promise<StickyCommentResult> {
  const ours = await listOurComments(octokit, request, created.user!.login);
  const survivor = ours[0] ?? created;
  const duplicates = ours.filter((c) => c.id !== survivor.id);
  const deleted = await deleteDuplicates(octokit, request, duplicates);
  if (survivor.id === created.id) return { id: created.id, url: created.html_url, action: 'created', deleted };
  const moved = await updateIfChanged(octokit, request, survivor, body);
  return { ...moved, deleted };
}

async function listOurComments(octokit: Octokit, request: StickyCommentRequest, login: string): Promise<CommentSummary[]> {
  const marker = commentMarker(request.tag);
  const all = await gitHubCall(callFor(request, 'read the comments of', 'pull-requests: read'), () =>
    octokit.paginate(octokit.rest.issues.listComments, {
      owner: request.owner,
      repo: request.repo,
      issue_number: request.issueNumber,
      per_page: 100,
    }),
  );
  return all
    .filter((c) => c.user !== null && sameLogin(c.user.login, login) && (c.body ?? '').startsWith(marker))
    .sort((a, b) => a.id - b.id);
}

async function updateIfChanged(
  octokit: Octokit,
  request: StickyCommentRequest,
  comment: CommentSummary,
  body: string,
): Promise<Omit<StickyCommentResult, 'deleted'>> {
  if (comment.body === body) return { id: comment.id, url: comment.html_url, action: 'unchanged' };
  const updated = await gitHubCall(callFor(request, 'update the report comment on'), () =>
    octokit.rest.issues.updateComment({ owner: request.owner, repo: request.repo, comment_id: comment.id, body }),
  );
  return { id: updated.data.id, url: updated.data.html_url, action: 'updated' };
}

async function deleteDuplicates(octokit: Octokit, request: StickyCommentRequest, duplicates: CommentSummary[]): Promise<number[]> {
  const deleted: number[] = [];
  for (const duplicate of duplicates) {
    try {
      await octokit.rest.issues.deleteComment({ owner: request.owner, repo: request.repo, comment_id: duplicate.id });
      deleted.push(duplicate.id);
    } catch (error) {
      // The concurrent run deleted it first: that is the outcome we wanted.
      if (httpStatus(error) !== 404) throw toUserError(error, callFor(request, 'delete a duplicate report comment on'));
    }
  }
  return deleted;
}

function callFor(request: StickyCommentRequest, verb: string, permission = 'pull-requests: write') {
  return { doing: `${verb} ${request.owner}/${request.repo}#${request.issueNumber}`, permission };
}

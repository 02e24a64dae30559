import { UserError } from '../errors.js';

/**
 * GitHub answers a token that lacks a permission with 403 "Resource not accessible by integration";
 * what the user needs to hear is which `permissions:` line to add. Other statuses the user can act on
 * (401, 404, 422) become UserErrors too; anything else (5xx after retries) stays an internal failure.
 */

/** The parts of Octokit's RequestError we read, without depending on its package. */
interface HttpErrorLike {
  status: number;
  message: string;
  response?: { data?: unknown };
}

export function isHttpError(error: unknown): error is HttpErrorLike {
  return typeof error === 'object' && error !== null && typeof (error as { status?: unknown }).status === 'number';
}

export function httpStatus(error: unknown): number | undefined {
  return isHttpError(error) ? error.status : undefined;
}

export interface GitHubCall {
  /** What we were doing, as a phrase: "update the report comment on #12". */
  doing: string;
  /** The `permissions:` entry that allows it, e.g. `pull-requests: write`. */
  permission: string;
}

function gitHubMessage(error: HttpErrorLike): string {
  const data = error.response?.data;
  if (typeof data === 'object' && data !== null && typeof (data as { message?: unknown }).message === 'string') {
    return (data as { message: string }).message;
  }
  return error.message;
}

export function toUserError(error: unknown, call: GitHubCall): unknown {
  if (!isHttpError(error)) return error;
  const message = gitHubMessage(error);
  switch (error.status) {
    case 401:
      return new UserError(`GitHub rejected the token while trying to ${call.doing} (401: ${message}).`, {
        input: 'token',
        fix: 'Pass a valid token, usually `token: ${{ github.token }}`.',
        cause: error,
      });
    case 403:
      return new UserError(`The token may not ${call.doing} (403: ${message}).`, {
        input: 'token',
        fix:
          `Add \`${call.permission}\` under \`permissions:\` in the job. On pull requests from forks the token is ` +
          'read-only whatever the workflow says: post from a `workflow_run` job instead (see the fork-safe example).',
        cause: error,
      });
    case 404:
      return new UserError(`GitHub found nothing to ${call.doing} (404: ${message}).`, {
        fix: `Check the repository and number, and that the token can see the repository (\`${call.permission.replace('write', 'read')}\`).`,
        cause: error,
      });
    case 422:
      return new UserError(`GitHub refused to ${call.doing} (422: ${message}${describeValidationErrors(error)}).`, { cause: error });
    default:
      return error;
  }
}

function describeValidationErrors(error: HttpErrorLike): string {
  const data = error.response?.data as { errors?: Array<{ message?: string; field?: string }> } | undefined;
  const details = (data?.errors ?? []).map((e) => e.message ?? e.field).filter(Boolean);
  return details.length ? `: ${details.join('; ')}` : '';
}

/** Run one GitHub call, turning HTTP errors the user can fix into UserErrors. */
export async function gitHubCall<T>(call: GitHubCall, body: () => Promise<T>): Promise<T> {
  try {
    return await body();
  } catch (error) {
    throw toUserError(error, call);
  }
}

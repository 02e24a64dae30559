import { UserError, errnoCode } from '../errors.js';

interface S3LikeError {
  name?: string;
  Code?: string;
  code?: string;
  message?: string;
  $metadata?: { httpStatusCode?: number };
}

function s3Error(error: unknown): S3LikeError {
  return typeof error === 'object' && error !== null ? (error as S3LikeError) : {};
}

export function isNotFound(error: unknown): boolean {
  const e = s3Error(error);
  return e.name === 'NotFound' || e.name === 'NoSuchKey' || (e.$metadata?.httpStatusCode === 404 && e.name !== 'NoSuchBucket');
}

export function isPreconditionFailure(error: unknown): boolean {
  const e = s3Error(error);
  const status = e.$metadata?.httpStatusCode;
  return e.name === 'PreconditionFailed' || e.name === 'ConditionalRequestConflict' || status === 412 || status === 409;
}

/** Turns the SDK's errors into ones that say what to do: missing bucket, credentials, access, network. */
export function describeS3Error(error: unknown, location: string): Error {
  if (error instanceof UserError) return error;
  const e = s3Error(error);
  const name = e.name ?? '';
  const cause = { cause: error };
  if (name === 'NoSuchBucket') {
    return new UserError(`The bucket of ${location} does not exist.`, { ...cause, input: 'store', fix: 'Create the bucket, or fix the bucket name in `store:`.' });
  }
  if (name === 'CredentialsProviderError' || /Could not load credentials/i.test(e.message ?? '')) {
    return new UserError(`No AWS credentials were found for ${location}.`, {
      ...cause,
      input: 'store',
      fix: 'Add aws-actions/configure-aws-credentials (OIDC, `id-token: write`) before this step, or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.',
    });
  }
  if (['AccessDenied', 'InvalidAccessKeyId', 'SignatureDoesNotMatch', 'Forbidden', 'ExpiredToken'].includes(name) || e.$metadata?.httpStatusCode === 403) {
    return new UserError(`Access to ${location} was denied (${name || '403'}).`, {
      ...cause,
      input: 'store',
      fix: 'Check the credentials and that their policy allows s3:GetObject, s3:PutObject and s3:ListBucket on this bucket and prefix.',
    });
  }
  if (name === 'Region is missing' || /region is missing/i.test(e.message ?? '')) {
    return new UserError(`No AWS region is configured for ${location}.`, { ...cause, input: 's3-region', fix: 'Set AWS_REGION or the `s3-region` input.' });
  }
  const code = errnoCode(error) ?? errnoCode((error as { cause?: unknown }).cause);
  if (code && ['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'ECONNRESET', 'EHOSTUNREACH'].includes(code)) {
    return new UserError(`The store ${location} is unreachable (${code}).`, {
      ...cause,
      input: 's3-endpoint',
      fix: 'Check the endpoint URL and that the server is running and reachable from the runner.',
    });
  }
  return error instanceof Error ? error : new Error(String(error));
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isUserError, type UserError } from '../../shared/errors.js';
import { S3Store } from '../../shared/store/s3-store.js';
import { startS3Server, type S3TestServer } from '../helpers/s3-server.js';

let s3: S3TestServer;
beforeAll(async () => {
  s3 = await startS3Server();
});
afterAll(() => s3.stop());

async function userErrorOf(work: Promise<unknown>): Promise<UserError> {
  const error = await work.then(() => undefined, (e: unknown) => e);
  expect(isUserError(error), `expected a UserError, got ${String(error)}`).toBe(true);
  return error as UserError;
}

describe('S3 store errors say what to fix', () => {
  it('names a missing bucket', async () => {
    const store = new S3Store('no-such-bucket', 'p', s3.options);
    const error = await userErrorOf(store.putBlob(Buffer.from('x')));
    expect(error.message).toMatch(/bucket of s3:\/\/no-such-bucket\/p does not exist/);
    expect(error.fix).toMatch(/Create the bucket/);
  });

  it('reports denied credentials', async () => {
    const store = new S3Store('mlci-test', 'p', { ...s3.options, credentials: { accessKeyId: 'WRONG', secretAccessKey: 'WRONG' } });
    const error = await userErrorOf(store.hasBlob('sha256:' + '0'.repeat(64) as `sha256:${string}`));
    expect(error.message).toMatch(/denied/);
  });

  it('reports missing credentials from the standard chain', async () => {
    const saved = { ...process.env };
    for (const name of ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_PROFILE', 'AWS_WEB_IDENTITY_TOKEN_FILE', 'AWS_ROLE_ARN', 'AWS_CONTAINER_CREDENTIALS_FULL_URI', 'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI']) delete process.env[name];
    // Keep the chain on this machine: no instance-metadata lookups, no real profile files.
    process.env.AWS_EC2_METADATA_DISABLED = 'true';
    process.env.AWS_SHARED_CREDENTIALS_FILE = '/nonexistent/credentials';
    process.env.AWS_CONFIG_FILE = '/nonexistent/config';
    try {
      const { credentials: _none, ...withoutCredentials } = s3.options;
      const store = new S3Store('mlci-test', 'p', withoutCredentials);
      const error = await userErrorOf(store.putBlob(Buffer.from('x')));
      expect(error.message).toMatch(/No AWS credentials/);
      expect(error.fix).toMatch(/configure-aws-credentials/);
    } finally {
      process.env = saved;
    }
  });

  it('reports an unreachable endpoint', async () => {
    const store = new S3Store('mlci-test', 'p', { ...s3.options, endpoint: 'http://127.0.0.1:9' });
    const error = await userErrorOf(store.putBlob(Buffer.from('x')));
    expect(error.message).toMatch(/unreachable/);
  });
});

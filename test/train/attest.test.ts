import { createServer, type IncomingMessage, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idTokenAvailable, provenanceSigner } from '../../shared/action/attest.js';
import { UserError } from '../../shared/errors.js';
import type { ProvenanceStatement } from '../../shared/schemas/provenance.js';

/** A local stand-in for the runner's OIDC token endpoint: it records requests and hands out a dummy JWT. */
let server: Server;
const requests: IncomingMessage[] = [];
let saved: NodeJS.ProcessEnv;

beforeAll(async () => {
  saved = { ...process.env };
  server = createServer((request, response) => {
    requests.push(request);
    response.setHeader('content-type', 'application/json');
    const claims = Buffer.from(JSON.stringify({ sub: 'repo:octo/churn', iss: 'https://token.actions.githubusercontent.com' })).toString('base64url');
    response.end(JSON.stringify({ value: `eyJhbGciOiJub25lIn0.${claims}.` }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
});
afterAll(async () => {
  process.env = saved;
  await new Promise((resolve) => server.close(resolve));
});

const statement: ProvenanceStatement = {
  _type: 'https://in-toto.io/Statement/v1',
  subject: [{ name: 'model.onnx', digest: { sha256: 'ab'.repeat(32) } }],
  predicateType: 'https://slsa.dev/provenance/v1',
  predicate: { buildDefinition: { buildType: 'https://mlci.dev/buildtypes/train/v1', externalParameters: {}, resolvedDependencies: [] }, runDetails: { builder: { id: 'x' } } },
};

describe('provenance signing adapter', () => {
  it('stores unsigned (no signer) without id-token: write', () => {
    delete process.env.ACTIONS_ID_TOKEN_REQUEST_URL;
    delete process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
    expect(idTokenAvailable()).toBe(false);
    expect(provenanceSigner('token')).toBeUndefined();
  });

  it('with id-token: write, asks the runner for a sigstore OIDC token; a signing failure is a UserError naming the permissions', async () => {
    const { port } = server.address() as { port: number };
    process.env.ACTIONS_ID_TOKEN_REQUEST_URL = `http://127.0.0.1:${port}/token?api-version=2.0`;
    process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN = 'request-token';
    const signer = provenanceSigner(undefined);
    expect(signer).toBeDefined();
    // No Sigstore instance is reachable from the tests, so signing fails after the token request.
    const error = await signer!(statement).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toMatch(/^Signing the provenance failed: /);
    expect((error as UserError).fix).toContain('id-token: write');
    expect(requests[0]?.headers.authorization).toBe('Bearer request-token');
    expect(requests[0]?.url).toContain('audience=sigstore');
  }, 60_000);
});

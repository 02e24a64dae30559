import { attest } from '@actions/attest';
import * as core from '@actions/core';
import { UserError } from '../errors.js';
import type { ProvenanceStatement } from '../schemas/provenance.js';

/**
 * The train action's contact with the runner for provenance: signing with Sigstore through
 * `@actions/attest` (keyless, with the job's OIDC identity) and the environment the training command
 * starts from. Kept here because only `shared/action` may touch `@actions/*` and `process.env`.
 */

export type StatementSigner = (statement: ProvenanceStatement) => Promise<{ bundle: unknown; attestationId?: string }>;

/** The runner sets these only when the job has `permissions: id-token: write`. */
export function idTokenAvailable(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN);
}

/**
 * A signer when `id-token: write` is granted, otherwise undefined (the statement is then stored
 * unsigned). With a token the signed bundle is also uploaded to the repository's attestations
 * (`attestations: write`), so `gh attestation verify` finds it.
 */
export function provenanceSigner(token: string | undefined): StatementSigner | undefined {
  if (!idTokenAvailable()) {
    core.info('No id-token permission: the provenance statement is stored unsigned (grant `id-token: write` to sign it).');
    return undefined;
  }
  return async (statement) => {
    try {
      const attestation = await attest({
        subjects: statement.subject,
        predicateType: statement.predicateType,
        predicate: statement.predicate,
        token: token ?? '',
        skipWrite: !token,
      });
      return { bundle: attestation.bundle, ...(attestation.attestationID ? { attestationId: attestation.attestationID } : {}) };
    } catch (error) {
      throw new UserError(`Signing the provenance failed: ${(error as Error).message}`, {
        input: 'token',
        fix: 'Grant `id-token: write` and `attestations: write` in the job permissions, or remove `id-token: write` to store the statement unsigned.',
        cause: error,
      });
    }
  };
}

/** What the train action needs from the runner besides inputs: environment, logging, identity, signing. */
export interface TrainRunnerHooks {
  /** The step's environment; the train core removes credentials before the command sees it. */
  env: Readonly<Record<string, string | undefined>>;
  log: (line: string) => void;
  warn: (line: string) => void;
  signer: StatementSigner | undefined;
  /** Runner name, recorded in the lineage environment. */
  runner: string | undefined;
  /** SLSA builder id: the workflow file at its ref, as GitHub's own provenance names it. */
  builderId: string | undefined;
}

export function trainRunnerHooks(token: string | undefined, env: NodeJS.ProcessEnv = process.env): TrainRunnerHooks {
  const server = (env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/$/, '');
  return {
    env: { ...env },
    log: (line) => core.info(line),
    warn: (line) => core.warning(line),
    signer: provenanceSigner(token),
    runner: env.RUNNER_NAME,
    builderId: env.GITHUB_WORKFLOW_REF ? `${server}/${env.GITHUB_WORKFLOW_REF}` : undefined,
  };
}

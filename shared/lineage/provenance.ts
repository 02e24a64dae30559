import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { canonicalJson, digestHex, type Digest } from '../digest.js';
import { errnoCode, UserError } from '../errors.js';
import type { LineageRecord } from '../schemas/lineage-record.js';
import {
  IN_TOTO_STATEMENT_V1,
  SLSA_PROVENANCE_V1,
  validateProvenanceStatement,
  type ProvenanceStatement,
  type ResourceDescriptor,
} from '../schemas/provenance.js';

/** Our build type: what `externalParameters` and `internalParameters` mean is defined by this URI. */
export const TRAIN_BUILD_TYPE = 'https://mlci.dev/buildtypes/train/v1';
/** Builder id used outside GitHub Actions (CLI runs). */
export const LOCAL_BUILDER_ID = 'https://mlci.dev/builders/cli/v1';

export interface ProvenanceContext {
  /** e.g. `https://github.com/owner/repo` — the source repository the commit belongs to. */
  repositoryUrl?: string;
  /** The workflow's identity, e.g. `https://github.com/owner/repo/.github/workflows/train.yml@refs/heads/main`. */
  builderId?: string;
  /** Lineage record blob digest, listed as a byproduct. */
  lineageDigest?: Digest;
}

/**
 * The SLSA v1 provenance statement for every output of a training run. The data versions, the source
 * commit and the params file are resolved dependencies (so a verifier can check what went in), and the
 * params digest and the command are external parameters (what the user asked for).
 */
export function provenanceStatement(record: LineageRecord, context: ProvenanceContext = {}): ProvenanceStatement {
  return validateProvenanceStatement(
    {
      _type: IN_TOTO_STATEMENT_V1,
      subject: record.outputs.map((output) => ({ name: output.path, digest: { sha256: digestHex(output.digest) } })),
      predicateType: SLSA_PROVENANCE_V1,
      predicate: {
        buildDefinition: {
          buildType: TRAIN_BUILD_TYPE,
          externalParameters: {
            command: record.command,
            data: record.data.map((d) => d.spec),
            ...(record.params ? { params: { path: record.params.path, digest: { sha256: digestHex(record.params.digest) } } } : {}),
            outputs: record.outputs.map((o) => o.path),
            ...(record.code.globs ? { code: record.code.globs } : {}),
          },
          internalParameters: {
            cacheKey: record.cacheKey,
            codeDigest: record.code.digest,
            environment: record.environment,
          },
          resolvedDependencies: resolvedDependencies(record, context),
        },
        runDetails: {
          builder: { id: context.builderId ?? LOCAL_BUILDER_ID },
          metadata: {
            ...(record.workflowRun?.url ? { invocationId: `${record.workflowRun.url}/attempts/${record.workflowRun.attempt ?? '1'}` } : {}),
            startedOn: record.startedAt,
            finishedOn: record.finishedAt,
          },
          ...(context.lineageDigest ? { byproducts: [{ name: 'lineage-record', digest: { sha256: digestHex(context.lineageDigest) } }] } : {}),
        },
      },
    },
    'provenance statement',
  );
}

function resolvedDependencies(record: LineageRecord, context: ProvenanceContext): ResourceDescriptor[] {
  const dependencies: ResourceDescriptor[] = [];
  if (record.code.commit) {
    const repo = context.repositoryUrl ? `git+${context.repositoryUrl}` : 'git';
    dependencies.push({ uri: `${repo}@${record.code.commit}`, digest: { gitCommit: record.code.commit } });
  }
  dependencies.push({ name: 'code', digest: { sha256: digestHex(record.code.digest) }, annotations: { files: record.code.files } });
  for (const data of record.data) {
    dependencies.push({
      uri: data.source === 'dataset-version' ? `mlci:dataset/${data.name}@${data.number ?? ''}` : `file:${data.path}`,
      name: data.name,
      digest: { sha256: digestHex(data.digest) },
      annotations: { spec: data.spec, source: data.source, ...(data.number ? { number: data.number } : {}) },
    });
  }
  if (record.params) dependencies.push({ uri: `file:${record.params.path}`, name: 'params', digest: { sha256: digestHex(record.params.digest) } });
  return dependencies;
}

/** Canonical bytes of a statement, as stored: equal statements, equal digests. */
export function serializeStatement(statement: ProvenanceStatement): string {
  return canonicalJson(validateProvenanceStatement(statement, 'provenance statement'));
}

/**
 * Reads a statement file: a bare statement, a DSSE envelope (`payload` base64), or a Sigstore bundle
 * (`dsseEnvelope.payload`), as `@actions/attest` and `gh attestation download` write them.
 */
export function parseStatement(text: string, source: string): ProvenanceStatement {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UserError(`${source} is not JSON: ${(error as Error).message}`, { file: source, fix: 'Pass the provenance statement file.' });
  }
  const envelope = (value as { dsseEnvelope?: { payload?: unknown } }).dsseEnvelope ?? (value as { payload?: unknown });
  if (typeof envelope?.payload === 'string') value = JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8')) as unknown;
  return validateProvenanceStatement(value, source);
}

export interface VerifyResult {
  ok: boolean;
  digest: Digest;
  /** The matching subject's name when ok. */
  subject?: string;
  message: string;
}

/** Hashes `file` and checks that some subject of the statement has that sha256. */
export async function verifyFileAgainstStatement(file: string, statement: ProvenanceStatement): Promise<VerifyResult> {
  const hex = await sha256File(file);
  const digest = `sha256:${hex}` as Digest;
  const match = statement.subject.find((subject) => subject.digest.sha256 === hex);
  if (match) return { ok: true, digest, subject: match.name, message: `${basename(file)} matches subject '${match.name}' (${digest}).` };
  const names = statement.subject.map((s) => `${s.name} sha256:${s.digest.sha256 ?? '?'}`).join(', ');
  return { ok: false, digest, message: `${basename(file)} has digest ${digest}, which no subject of the statement has (subjects: ${names}).` };
}

async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  try {
    for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') throw new UserError(`${file} does not exist.`, { file, fix: 'Pass the path of the model file to verify.' });
    throw error;
  }
  return hash.digest('hex');
}

import type { ValidateFunction } from 'ajv/dist/2020.js';
import { UserError } from '../errors.js';
import { compileOnFirstUse, createAjv } from './record-type.js';

/**
 * An in-toto Statement v1 (https://in-toto.io/Statement/v1) whose predicate is SLSA Provenance v1
 * (https://slsa.dev/provenance/v1). These are external formats with their own `_type` and
 * `predicateType`, so they are not `RecordType`s (which carry kind/schemaVersion); this module holds
 * their schema — the subset the suite writes and relies on — and validates on write and read.
 */
export const IN_TOTO_STATEMENT_V1 = 'https://in-toto.io/Statement/v1';
export const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';

export interface ResourceDescriptor {
  uri?: string;
  name?: string;
  digest: Record<string, string>;
  annotations?: Record<string, unknown>;
}

export interface SlsaProvenancePredicate {
  buildDefinition: {
    buildType: string;
    externalParameters: Record<string, unknown>;
    internalParameters?: Record<string, unknown>;
    resolvedDependencies: ResourceDescriptor[];
  };
  runDetails: {
    builder: { id: string; version?: Record<string, string> };
    metadata?: { invocationId?: string; startedOn?: string; finishedOn?: string };
    byproducts?: ResourceDescriptor[];
  };
}

export interface ProvenanceStatement {
  _type: typeof IN_TOTO_STATEMENT_V1;
  subject: Array<{ name: string; digest: Record<string, string> }>;
  predicateType: typeof SLSA_PROVENANCE_V1;
  predicate: SlsaProvenancePredicate;
}

const descriptor = {
  type: 'object',
  required: ['digest'],
  properties: {
    uri: { type: 'string' },
    name: { type: 'string' },
    digest: { type: 'object', minProperties: 1, additionalProperties: { type: 'string', pattern: '^[0-9a-f]+$' } },
    annotations: { type: 'object' },
  },
};

const statementSchema = {
  type: 'object',
  required: ['_type', 'subject', 'predicateType', 'predicate'],
  properties: {
    _type: { const: IN_TOTO_STATEMENT_V1 },
    subject: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['name', 'digest'],
        properties: {
          name: { type: 'string' },
          digest: { type: 'object', minProperties: 1, additionalProperties: { type: 'string', pattern: '^[0-9a-f]+$' } },
        },
      },
    },
    predicateType: { const: SLSA_PROVENANCE_V1 },
    predicate: {
      type: 'object',
      required: ['buildDefinition', 'runDetails'],
      properties: {
        buildDefinition: {
          type: 'object',
          required: ['buildType', 'externalParameters', 'resolvedDependencies'],
          properties: {
            buildType: { type: 'string', minLength: 1 },
            externalParameters: { type: 'object' },
            internalParameters: { type: 'object' },
            resolvedDependencies: { type: 'array', items: descriptor },
          },
        },
        runDetails: {
          type: 'object',
          required: ['builder'],
          properties: {
            builder: { type: 'object', required: ['id'], properties: { id: { type: 'string', minLength: 1 } } },
            metadata: { type: 'object' },
            byproducts: { type: 'array', items: descriptor },
          },
        },
      },
    },
  },
};

// A separate ajv instance: in-toto documents may carry fields this schema does not list (it is
// open-world, as the spec requires consumers to ignore unknown fields), so strict mode stays off.
const statementValidator: () => ValidateFunction = compileOnFirstUse(() => createAjv({ strict: false }).compile(statementSchema));

export function validateProvenanceStatement(value: unknown, source: string): ProvenanceStatement {
  const validateStatement = statementValidator();
  if (!validateStatement(value)) {
    const problems = (validateStatement.errors ?? []).slice(0, 5).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
    throw new UserError(`${source} is not an in-toto v1 statement with an SLSA v1 provenance predicate: ${problems.join('; ')}`, {
      file: source,
      field: validateStatement.errors?.[0]?.instancePath || '/',
      fix: 'Pass the statement the train step wrote (provenance.intoto.json), or the `dsseEnvelope` payload of a signed bundle decoded from base64.',
    });
  }
  return value as ProvenanceStatement;
}

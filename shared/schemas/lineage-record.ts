import type { Digest } from '../digest.js';
import { RecordType } from './record-type.js';

/**
 * The lineage record: how one model file came to be. It answers "which data trained this model?"
 * from the model's digest alone: the store keeps it as a blob and indexes it under
 * `lineage/by-model/<model hex>` (see `lineageIndexType`).
 */

/** One training input: a dataset version restored from the store, or a plain path hashed as found. */
export interface LineageData {
  /** What the user wrote: `churn@3` or `data/train.csv`. */
  spec: string;
  /** Dataset name (or the path for unversioned data). */
  name: string;
  /** The dataset version's sequential number, when it is a version. */
  number?: number;
  /** The dataset version digest (manifest digest), or the content digest of an unversioned path. */
  digest: Digest;
  source: 'dataset-version' | 'path';
  /** Where the data was on disk for the run (relative to the working directory). */
  path: string;
}

export interface LineageOutput {
  path: string;
  digest: Digest;
  size: number;
}

export interface LineageRecord {
  kind: 'lineage-record';
  schemaVersion: 1;
  /** The first declared output: the model file. */
  model: LineageOutput;
  outputs: LineageOutput[];
  data: LineageData[];
  code: { digest: Digest; files: number; commit?: string; globs?: string[] };
  params?: { path: string; digest: Digest; content: Record<string, unknown> };
  command: string;
  environment: { os: string; arch: string; node: string; runner?: string };
  workflowRun?: { id?: string; attempt?: string; url?: string; actor?: string; repository?: string; workflow?: string; ref?: string };
  /** The run-cache key the outputs are stored under. */
  cacheKey: Digest;
  startedAt: string;
  finishedAt: string;
  durationMs: number;
}

/** `lineage/by-model/<hex>`: every lineage record known for a model digest, oldest first. */
export interface LineageIndex {
  kind: 'lineage-index';
  schemaVersion: 1;
  model: Digest;
  /** `digest`: the lineage record blob; `statement`/`bundle`: its provenance statement and signed bundle blobs. */
  records: Array<{ digest: Digest; createdAt: string; statement?: Digest; bundle?: Digest }>;
}

const digest = { $ref: 'defs.json#/$defs/digest' };
const timestamp = { $ref: 'defs.json#/$defs/timestamp' };
const text = { type: 'string' };

const output = {
  type: 'object',
  required: ['path', 'digest', 'size'],
  additionalProperties: false,
  properties: { path: { type: 'string', minLength: 1 }, digest, size: { type: 'integer', minimum: 0 } },
};

export const lineageRecordType = new RecordType<LineageRecord>('lineage-record', 1, {
  type: 'object',
  required: ['kind', 'schemaVersion', 'model', 'outputs', 'data', 'code', 'command', 'environment', 'cacheKey', 'startedAt', 'finishedAt', 'durationMs'],
  additionalProperties: false,
  properties: {
    kind: { const: 'lineage-record' },
    schemaVersion: { const: 1 },
    model: output,
    outputs: { type: 'array', minItems: 1, items: output },
    data: {
      type: 'array',
      items: {
        type: 'object',
        required: ['spec', 'name', 'digest', 'source', 'path'],
        additionalProperties: false,
        properties: {
          spec: { type: 'string', minLength: 1 },
          name: { type: 'string', minLength: 1 },
          number: { type: 'integer', minimum: 1 },
          digest,
          source: { enum: ['dataset-version', 'path'] },
          path: text,
        },
      },
    },
    code: {
      type: 'object',
      required: ['digest', 'files'],
      additionalProperties: false,
      properties: { digest, files: { type: 'integer', minimum: 0 }, commit: text, globs: { type: 'array', items: text } },
    },
    params: {
      type: 'object',
      required: ['path', 'digest', 'content'],
      additionalProperties: false,
      properties: { path: text, digest, content: { type: 'object' } },
    },
    command: { type: 'string', minLength: 1 },
    environment: {
      type: 'object',
      required: ['os', 'arch', 'node'],
      additionalProperties: false,
      properties: { os: text, arch: text, node: text, runner: text },
    },
    workflowRun: {
      type: 'object',
      additionalProperties: false,
      properties: { id: text, attempt: text, url: text, actor: text, repository: text, workflow: text, ref: text },
    },
    cacheKey: digest,
    startedAt: timestamp,
    finishedAt: timestamp,
    durationMs: { type: 'number', minimum: 0 },
  },
});

export const lineageIndexType = new RecordType<LineageIndex>('lineage-index', 1, {
  type: 'object',
  required: ['kind', 'schemaVersion', 'model', 'records'],
  additionalProperties: false,
  properties: {
    kind: { const: 'lineage-index' },
    schemaVersion: { const: 1 },
    model: digest,
    records: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['digest', 'createdAt'],
        additionalProperties: false,
        properties: { digest, createdAt: timestamp, statement: digest, bundle: digest },
      },
    },
  },
});

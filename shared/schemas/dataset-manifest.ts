import type { Digest } from '../digest.js';
import { RecordType } from './record-type.js';

/** Per-column profile of a tabular file (CSV, JSONL, Parquet). */
export interface ColumnProfile {
  name: string;
  type: 'number' | 'integer' | 'boolean' | 'string' | 'empty';
  nullShare: number;
  min?: number;
  max?: number;
  mean?: number;
  std?: number;
  /** HyperLogLog estimate; exact below a few thousand values. */
  distinct: number;
  /** Up to 10 most frequent values of string/boolean columns with their counts. */
  top?: Array<{ value: string; count: number }>;
}

export interface TableProfile {
  format: 'csv' | 'jsonl' | 'parquet';
  rows: number;
  columns: ColumnProfile[];
}

export interface ManifestFile {
  path: string;
  digest: Digest;
  size: number;
  profile?: TableProfile;
}

export interface Provenance {
  commit?: string;
  ref?: string;
  workflowRunUrl?: string;
  actor?: string;
  workflow?: string;
  repository?: string;
  createdAt: string;
  tool: string;
}

export interface DatasetManifest {
  kind: 'dataset-manifest';
  schemaVersion: 1;
  name: string;
  /** Friendly sequential alias per dataset name: 1, 2, 3… */
  number: number;
  /** Version digest of the previous version of this name, if any. */
  parent: Digest | null;
  files: ManifestFile[];
  fileCount: number;
  totalBytes: number;
  provenance: Provenance;
}

const columnProfile = {
  type: 'object',
  required: ['name', 'type', 'nullShare', 'distinct'],
  additionalProperties: false,
  properties: {
    name: { type: 'string' },
    type: { enum: ['number', 'integer', 'boolean', 'string', 'empty'] },
    nullShare: { type: 'number', minimum: 0, maximum: 1 },
    min: { type: 'number' },
    max: { type: 'number' },
    mean: { type: 'number' },
    std: { type: 'number' },
    distinct: { type: 'integer', minimum: 0 },
    top: {
      type: 'array',
      items: { type: 'object', required: ['value', 'count'], additionalProperties: false, properties: { value: { type: 'string' }, count: { type: 'integer' } } },
    },
  },
};

const tableProfile = {
  type: 'object',
  required: ['format', 'rows', 'columns'],
  additionalProperties: false,
  properties: {
    format: { enum: ['csv', 'jsonl', 'parquet'] },
    rows: { type: 'integer', minimum: 0 },
    columns: { type: 'array', items: columnProfile },
  },
};

export const datasetManifestType = new RecordType<DatasetManifest>('dataset-manifest', 1, {
  type: 'object',
  required: ['kind', 'schemaVersion', 'name', 'number', 'parent', 'files', 'fileCount', 'totalBytes', 'provenance'],
  additionalProperties: false,
  properties: {
    kind: { const: 'dataset-manifest' },
    schemaVersion: { const: 1 },
    name: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$' },
    number: { type: 'integer', minimum: 1 },
    parent: { anyOf: [{ $ref: 'defs.json#/$defs/digest' }, { type: 'null' }] },
    fileCount: { type: 'integer', minimum: 1 },
    totalBytes: { type: 'integer', minimum: 0 },
    files: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['path', 'digest', 'size'],
        additionalProperties: false,
        properties: {
          path: { type: 'string', minLength: 1 },
          digest: { $ref: 'defs.json#/$defs/digest' },
          size: { type: 'integer', minimum: 0 },
          profile: tableProfile,
        },
      },
    },
    provenance: {
      type: 'object',
      required: ['createdAt', 'tool'],
      additionalProperties: false,
      properties: {
        commit: { type: 'string' },
        ref: { type: 'string' },
        workflowRunUrl: { type: 'string' },
        actor: { type: 'string' },
        workflow: { type: 'string' },
        repository: { type: 'string' },
        createdAt: { $ref: 'defs.json#/$defs/timestamp' },
        tool: { type: 'string' },
      },
    },
  },
});

import type { Digest } from '../digest.js';
import type { LineageOutput } from './lineage-record.js';
import { RecordType } from './record-type.js';

/**
 * `train/cache/<key hex>`: the outputs of a finished training run, by digest, plus its lineage record.
 * The key digests every input (data versions, code, params, command, OS/arch, declared outputs), so a
 * hit means the command would run on exactly the same inputs again.
 */
export interface RunCacheEntry {
  kind: 'run-cache-entry';
  schemaVersion: 1;
  key: Digest;
  outputs: LineageOutput[];
  /** Blob digest of the lineage record written by the run that filled the entry. */
  lineage: Digest;
  /** Blob digest of the (unsigned) provenance statement, if one was written. */
  provenance?: Digest;
  /** How long the command took, to tell the user what a hit saved. */
  commandDurationMs: number;
  createdAt: string;
}

const digest = { $ref: 'defs.json#/$defs/digest' };

export const runCacheEntryType = new RecordType<RunCacheEntry>('run-cache-entry', 1, {
  type: 'object',
  required: ['kind', 'schemaVersion', 'key', 'outputs', 'lineage', 'commandDurationMs', 'createdAt'],
  additionalProperties: false,
  properties: {
    kind: { const: 'run-cache-entry' },
    schemaVersion: { const: 1 },
    key: digest,
    outputs: {
      type: 'array',
      minItems: 1,
      items: {
        type: 'object',
        required: ['path', 'digest', 'size'],
        additionalProperties: false,
        properties: { path: { type: 'string', minLength: 1 }, digest, size: { type: 'integer', minimum: 0 } },
      },
    },
    lineage: digest,
    provenance: digest,
    commandDurationMs: { type: 'number', minimum: 0 },
    createdAt: { $ref: 'defs.json#/$defs/timestamp' },
  },
});

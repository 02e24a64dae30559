import type { DatasetDiff } from '../data/diff.js';
import { RecordType } from './record-type.js';

/**
 * What data-version hands to report (`data-summary` input): the version written and its diff against
 * the parent. A separate small record, so the PR comment never has to load a 100,000-file manifest.
 */
export interface DatasetSummary {
  kind: 'dataset-summary';
  schemaVersion: 1;
  name: string;
  number: number;
  version: string;
  changed: boolean;
  store: string;
  diff: DatasetDiff;
}

const profileSnapshot = { type: 'object' };

export const datasetSummaryType = new RecordType<DatasetSummary>('dataset-summary', 1, {
  type: 'object',
  required: ['kind', 'schemaVersion', 'name', 'number', 'version', 'changed', 'store', 'diff'],
  additionalProperties: false,
  properties: {
    kind: { const: 'dataset-summary' },
    schemaVersion: { const: 1 },
    name: { type: 'string' },
    number: { type: 'integer', minimum: 1 },
    version: { $ref: 'defs.json#/$defs/digest' },
    changed: { type: 'boolean' },
    store: { type: 'string' },
    diff: {
      type: 'object',
      required: ['from', 'to', 'files', 'unchanged', 'bytesBefore', 'bytesAfter'],
      additionalProperties: false,
      properties: {
        from: { anyOf: [{ type: 'null' }, { type: 'object', required: ['name', 'number'], properties: { name: { type: 'string' }, number: { type: 'integer' } } }] },
        to: { type: 'object', required: ['name', 'number'], properties: { name: { type: 'string' }, number: { type: 'integer' } } },
        unchanged: { type: 'integer', minimum: 0 },
        bytesBefore: { type: 'integer', minimum: 0 },
        bytesAfter: { type: 'integer', minimum: 0 },
        files: {
          type: 'array',
          items: {
            type: 'object',
            required: ['path', 'change'],
            additionalProperties: false,
            properties: {
              path: { type: 'string' },
              change: { enum: ['added', 'removed', 'modified'] },
              sizeBefore: { type: 'integer' },
              sizeAfter: { type: 'integer' },
              digestBefore: { $ref: 'defs.json#/$defs/digest' },
              digestAfter: { $ref: 'defs.json#/$defs/digest' },
              table: {
                type: 'object',
                required: ['rowsBefore', 'rowsAfter', 'columns'],
                additionalProperties: false,
                properties: {
                  rowsBefore: { type: 'integer' },
                  rowsAfter: { type: 'integer' },
                  rows: { type: 'object', required: ['added', 'removed'], additionalProperties: false, properties: { added: { type: 'integer' }, removed: { type: 'integer' } } },
                  columns: {
                    type: 'array',
                    items: {
                      type: 'object',
                      required: ['name', 'change'],
                      additionalProperties: false,
                      properties: { name: { type: 'string' }, change: { enum: ['added', 'removed', 'type', 'stats'] }, before: profileSnapshot, after: profileSnapshot },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
  },
});

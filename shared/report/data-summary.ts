import type { DatasetDiff } from '../data/diff.js';
import { UserError } from '../errors.js';
import { datasetManifestType, type DatasetManifest } from '../schemas/dataset-manifest.js';

/**
 * What the report and the gate know about the data: the evaluated dataset version's manifest (column
 * profiles: null shares, types) and/or its diff against the previous version (from data-version). The
 * file may be either one, or `{ "manifest": …, "diff": … }`.
 */
export interface DataSummary {
  manifest?: DatasetManifest;
  diff?: DatasetDiff;
}

export function parseDataSummary(value: unknown, source: string): DataSummary {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw invalid(source, 'it is not a JSON object');
  }
  const object = value as Record<string, unknown>;
  if (object.kind === 'dataset-manifest') return { manifest: datasetManifestType.validate(value, source) };
  if (isDiff(object)) return { diff: object as unknown as DatasetDiff };
  if ('manifest' in object || 'diff' in object) {
    const summary: DataSummary = {};
    if (object.manifest !== undefined) summary.manifest = datasetManifestType.validate(object.manifest, `${source} (manifest)`);
    if (object.diff !== undefined) {
      if (!isDiff(object.diff)) throw invalid(source, '`diff` is not a dataset diff');
      summary.diff = object.diff as DatasetDiff;
    }
    return summary;
  }
  throw invalid(source, 'it is neither a dataset manifest nor a dataset diff');
}

function isDiff(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const diff = value as Record<string, unknown>;
  return Array.isArray(diff.files) && typeof diff.to === 'object' && diff.to !== null && typeof diff.unchanged === 'number';
}

function invalid(source: string, why: string): UserError {
  return new UserError(`${source} is not a data summary: ${why}.`, {
    input: 'data-summary',
    file: source,
    fix: 'Pass the manifest or diff JSON written by the data-version action.',
  });
}

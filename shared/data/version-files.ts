import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { datasetManifestType } from '../schemas/dataset-manifest.js';
import { datasetSummaryType, type DatasetSummary } from '../schemas/dataset-summary.js';
import type { VersionDatasetResult } from './version-dataset.js';

export interface VersionFiles {
  manifestPath: string;
  summaryPath: string;
  summary: DatasetSummary;
}

/** Writes the manifest and the small dataset summary (for report's `data-summary`) as files in `dir`. */
export async function writeVersionFiles(result: VersionDatasetResult, storeLocation: string, dir: string): Promise<VersionFiles> {
  await mkdir(dir, { recursive: true });
  const base = `${result.ref.name}-${result.ref.number}`;
  const manifestPath = join(dir, `${base}.manifest.json`);
  const summaryPath = join(dir, `${base}.summary.json`);
  const summary: DatasetSummary = {
    kind: 'dataset-summary',
    schemaVersion: 1,
    name: result.ref.name,
    number: result.ref.number,
    version: result.ref.version,
    changed: result.changed,
    store: storeLocation,
    diff: result.diff,
  };
  await writeFile(manifestPath, result.manifestBytes ?? datasetManifestType.serialize(result.manifest));
  await writeFile(summaryPath, datasetSummaryType.serialize(summary));
  return { manifestPath, summaryPath, summary };
}

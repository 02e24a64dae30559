import type { Digest } from '../digest.js';
import type { ColumnProfile, DatasetManifest, ManifestFile, TableProfile } from '../schemas/dataset-manifest.js';
import type { RowChanges } from './row-diff.js';

export interface FileChange {
  path: string;
  change: 'added' | 'removed' | 'modified';
  sizeBefore?: number;
  sizeAfter?: number;
  digestBefore?: Digest;
  digestAfter?: Digest;
  table?: TableChange;
}

export interface ColumnChange {
  name: string;
  change: 'added' | 'removed' | 'type' | 'stats';
  before?: ColumnProfile;
  after?: ColumnProfile;
}

export interface TableChange {
  rowsBefore: number;
  rowsAfter: number;
  /** Exact multiset row changes, when both versions were available to compare. */
  rows?: RowChanges;
  columns: ColumnChange[];
}

export interface DatasetDiff {
  from: { name: string; number: number } | null;
  to: { name: string; number: number };
  files: FileChange[];
  unchanged: number;
  bytesBefore: number;
  bytesAfter: number;
}

/** The diff of a version against itself, without walking its files. */
export function unchangedDiff(manifest: DatasetManifest): DatasetDiff {
  const ref = { name: manifest.name, number: manifest.number };
  return { from: ref, to: ref, files: [], unchanged: manifest.fileCount, bytesBefore: manifest.totalBytes, bytesAfter: manifest.totalBytes };
}

/** A column's stats changed when anything a reviewer would care about moved: nulls, range, centre, spread, cardinality. */
const RELATIVE_TOLERANCE = 1e-9;

export function diffManifests(before: DatasetManifest | undefined, after: DatasetManifest): DatasetDiff {
  const old = new Map((before?.files ?? []).map((file) => [file.path, file]));
  const current = new Map(after.files.map((file) => [file.path, file]));
  const files: FileChange[] = [];
  let unchanged = 0;
  for (const file of after.files) {
    const previous = old.get(file.path);
    if (!previous) files.push({ path: file.path, change: 'added', sizeAfter: file.size, digestAfter: file.digest });
    else if (previous.digest !== file.digest) files.push(modified(previous, file));
    else unchanged += 1;
  }
  for (const file of before?.files ?? []) {
    if (!current.has(file.path)) files.push({ path: file.path, change: 'removed', sizeBefore: file.size, digestBefore: file.digest });
  }
  files.sort((a, b) => (a.path < b.path ? -1 : 1));
  return {
    from: before ? { name: before.name, number: before.number } : null,
    to: { name: after.name, number: after.number },
    files,
    unchanged,
    bytesBefore: before?.totalBytes ?? 0,
    bytesAfter: after.totalBytes,
  };
}

function modified(before: ManifestFile, after: ManifestFile): FileChange {
  const change: FileChange = {
    path: after.path,
    change: 'modified',
    sizeBefore: before.size,
    sizeAfter: after.size,
    digestBefore: before.digest,
    digestAfter: after.digest,
  };
  if (before.profile && after.profile) change.table = diffProfiles(before.profile, after.profile);
  return change;
}

export function diffProfiles(before: TableProfile, after: TableProfile): TableChange {
  const old = new Map(before.columns.map((column) => [column.name, column]));
  const current = new Map(after.columns.map((column) => [column.name, column]));
  const columns: ColumnChange[] = [];
  for (const column of after.columns) {
    const previous = old.get(column.name);
    if (!previous) columns.push({ name: column.name, change: 'added', after: column });
    else if (previous.type !== column.type) columns.push({ name: column.name, change: 'type', before: previous, after: column });
    else if (statsDiffer(previous, column)) columns.push({ name: column.name, change: 'stats', before: previous, after: column });
  }
  for (const column of before.columns) {
    if (!current.has(column.name)) columns.push({ name: column.name, change: 'removed', before: column });
  }
  return { rowsBefore: before.rows, rowsAfter: after.rows, columns };
}

function statsDiffer(a: ColumnProfile, b: ColumnProfile): boolean {
  const keys = ['nullShare', 'min', 'max', 'mean', 'std', 'distinct'] as const;
  return keys.some((key) => !close(a[key], b[key])) || JSON.stringify(a.top ?? []) !== JSON.stringify(b.top ?? []);
}

function close(a: number | undefined, b: number | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return Math.abs(a - b) <= RELATIVE_TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b));
}

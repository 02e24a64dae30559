import { readdirSync, statSync, type Dirent, type Stats } from 'node:fs';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { errnoCode, UserError } from '../errors.js';
import { lstatFiles, type StatOptions } from './stat-files.js';

/** One file of a dataset as found on disk; `path` is relative to the dataset root, with `/`. */
export interface FoundFile {
  path: string;
  absolute: string;
  size: number;
  mtimeMs: number;
  ino: number;
}

/**
 * Expands the user's `path` entries (files or directories) into a sorted file list. Synchronous on
 * purpose: stat is a few microseconds and the thread-pool round trip of async stat would dominate on
 * trees of 100,000 files; large trees are stat'ed on several threads instead (see lstatFiles).
 */
export function findDatasetFiles(entries: string[], cwd: string, options: StatOptions = {}): FoundFile[] {
  if (entries.length === 0) {
    throw new UserError('No data path was given.', { input: 'path', fix: 'Set `path:` to a file or directory (several lines allowed).' });
  }
  // One entry cannot name a file twice; a map of 100,000 paths would cost more than the sort.
  const found = entries.length === 1 ? expandEntry(entries[0]!, cwd, options) : unique(entries.flatMap((entry) => expandEntry(entry, cwd, options)));
  return found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** The last entry naming a path wins, as the user listed them. */
function unique(files: FoundFile[]): FoundFile[] {
  return [...new Map(files.map((file) => [file.path, file])).values()];
}

function expandEntry(entry: string, cwd: string, options: StatOptions): FoundFile[] {
  const absolute = resolve(cwd, entry);
  const stats = statOrExplain(absolute, entry);
  if (stats.isFile()) return [toFound(absolute, relativeName(absolute, cwd, entry), stats)];
  if (!stats.isDirectory()) {
    throw new UserError(`'${entry}' is neither a file nor a directory.`, { input: 'path', fix: 'Point `path:` at regular files or directories.' });
  }
  const found = walkDirectory(absolute, relativeName(absolute, cwd, entry), entry, options);
  if (found.length === 0) {
    throw new UserError(`Directory '${entry}' contains no files.`, { input: 'path', fix: 'Check that the data was generated or downloaded before this step.' });
  }
  return found;
}

/** Paths inside the working directory keep their relative name; outside ones are named from their root. */
function relativeName(absolute: string, cwd: string, entry: string): string {
  const inside = relative(cwd, absolute);
  const name = inside && !inside.startsWith('..') && !isAbsolute(inside) ? inside : entry.replace(/^\/+/, '');
  return name.split(sep).join('/');
}

function walkDirectory(root: string, prefix: string, entry: string, options: StatOptions): FoundFile[] {
  let entries: Dirent[];
  try {
    // withFileTypes matters: without it Node's recursive readdir stats every entry itself (6× slower).
    entries = readdirSync(root, { recursive: true, withFileTypes: true });
  } catch (error) {
    throw explainFsError(error, entry);
  }
  const absolutes: string[] = [];
  for (const dirent of entries) {
    // Symbolic links are not followed: a link out of the dataset would version someone else's files.
    // Plain concatenation: path.join and path.relative normalize every string, which costs more than the lstat.
    if (dirent.isFile()) absolutes.push(`${dirent.parentPath}${sep}${dirent.name}`);
  }
  const stats = lstatFiles(absolutes, options);
  return absolutes.map((absolute, i) => {
    const name = absolute.slice(root.length + 1);
    const path = `${prefix}/${sep === '/' ? name : name.split(sep).join('/')}`;
    return { path, absolute, size: stats[i * 3]!, mtimeMs: stats[i * 3 + 1]!, ino: stats[i * 3 + 2]! };
  });
}

function toFound(absolute: string, path: string, stats: Stats): FoundFile {
  return { path, absolute, size: stats.size, mtimeMs: stats.mtimeMs, ino: stats.ino };
}

function statOrExplain(absolute: string, entry: string): Stats {
  try {
    return statSync(absolute);
  } catch (error) {
    throw explainFsError(error, entry);
  }
}

export function explainFsError(error: unknown, entry: string): Error {
  const code = errnoCode(error);
  if (code === 'ENOENT') {
    return new UserError(`Data path '${entry}' does not exist.`, { input: 'path', file: entry, fix: 'Check the path (it is relative to the repository root) and that an earlier step created it.' });
  }
  if (code === 'EACCES' || code === 'EPERM') {
    return new UserError(`Data path '${entry}' cannot be read (permission denied).`, { input: 'path', file: entry, fix: 'Make the files readable by the runner user (chmod a+r).' });
  }
  if (code === 'EIO' || code === 'EISDIR' || code === 'ELOOP' || code === 'ENXIO') {
    return new UserError(`Data path '${entry}' cannot be read (${code}).`, { input: 'path', file: entry, fix: 'Version regular, readable files only; check the disk if the error is EIO.' });
  }
  return error instanceof Error ? error : new Error(String(error));
}

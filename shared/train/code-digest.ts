import { execFile } from 'node:child_process';
import { lstatSync, readdirSync, readlinkSync, type Stats } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { digestBytes, digestOfJson, type Digest } from '../digest.js';
import { UserError } from '../errors.js';
import { hashFiles } from '../data/hash-files.js';
import { StatCache } from '../data/stat-cache.js';
import type { FoundFile } from '../data/walk.js';
import { compileGlobs } from './glob.js';

const run = promisify(execFile);

export interface CodeDigestOptions {
  /** The repository root (or project directory). */
  cwd: string;
  /** Globs naming the code; default: every tracked file. */
  globs?: readonly string[];
  /** Paths (files or directories, relative to cwd) that are not code: data, outputs, the params file. */
  exclude?: readonly string[];
  /** Stat cache file: an unchanged file (path, size, mtime, inode) is not read again. */
  statCacheFile?: string;
}

/** The identity of the training code: a digest over (path, content digest) of every code file. */
export interface CodeIdentity {
  digest: Digest;
  files: number;
  /** HEAD, when the directory is a git checkout with a commit. */
  commit?: string;
  /** How files were listed: `git ls-files`, or a directory walk outside git. */
  listing: 'git' | 'walk';
}

/**
 * Lists code files (tracked files by default, so build outputs and caches never count), drops data and
 * outputs, and hashes only the files the stat cache does not already know. Warm, a tree of 10,000
 * files costs one `git ls-files` and 10,000 lstat calls.
 */
export async function computeCodeDigest(options: CodeDigestOptions): Promise<CodeIdentity> {
  const root = resolve(options.cwd);
  const listed = await listFiles(root);
  const globs = compileGlobs(options.globs ?? []);
  const excluded = (options.exclude ?? []).map((path) => toRepoPath(root, path)).filter((path) => path !== '');
  const paths = listed.paths.filter((path) => globs.matches(path) && !excluded.some((ex) => path === ex || path.startsWith(`${ex}/`)));
  if (paths.length === 0) {
    throw new UserError(`No code files matched ${options.globs?.length ? options.globs.join(', ') : 'the tracked files'} in ${root}.`, {
      input: 'code',
      fix: 'Set `code:` to globs that match your training code (e.g. `src/**`, `train.py`), relative to the repository root.',
    });
  }
  const entries = await digestFiles(root, paths, options.statCacheFile);
  return { digest: digestOfJson(entries), files: entries.length, ...(listed.commit ? { commit: listed.commit } : {}), listing: listed.listing };
}

async function digestFiles(root: string, paths: string[], statCacheFile: string | undefined): Promise<[string, Digest][]> {
  const cache = await StatCache.load(statCacheFile);
  const found: FoundFile[] = [];
  const entries = new Map<string, Digest>();
  for (const path of paths) {
    const absolute = join(root, path);
    const stats = lstatSafe(absolute);
    // A tracked file deleted in the working tree is not part of what runs.
    if (!stats) continue;
    if (stats.isSymbolicLink()) entries.set(path, digestBytes(`symlink:${readlinkSync(absolute)}`));
    else if (stats.isFile()) found.push({ path, absolute, size: stats.size, mtimeMs: stats.mtimeMs, ino: stats.ino });
  }
  const misses = found.filter((file) => {
    const digest = cache.lookup(file);
    if (digest) entries.set(file.path, digest);
    return !digest;
  });
  if (misses.length) {
    const hashed = await hashFiles(misses, misses.length > 64 ? {} : { workers: 1 });
    const now = Date.now();
    for (const file of misses) {
      const digest = hashed.get(file.absolute)!;
      // "Racily clean" files (modified within the last second) could change again without a new mtime.
      if (now - file.mtimeMs > 1000) cache.remember(file, digest);
      entries.set(file.path, digest);
    }
    await cache.save();
  }
  return [...entries.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

async function listFiles(root: string): Promise<{ paths: string[]; listing: 'git' | 'walk'; commit?: string }> {
  try {
    const { stdout } = await run('git', ['ls-files', '-z', '--cached'], { cwd: root, maxBuffer: 1 << 28 });
    const commit = await run('git', ['rev-parse', '--verify', '-q', 'HEAD'], { cwd: root }).then(
      (result) => result.stdout.trim(),
      () => undefined,
    );
    return { paths: stdout.split('\0').filter(Boolean), listing: 'git', ...(commit ? { commit } : {}) };
  } catch {
    return { paths: walk(root), listing: 'walk' };
  }
}

/** Outside git: every file except version-control, dependency and mlci state directories. */
function walk(root: string): string[] {
  const skip = new Set(['.git', 'node_modules', '.mlci']);
  return (readdirSync(root, { recursive: true, encoding: 'utf8' }) as string[])
    .map((name) => name.split(sep).join('/'))
    .filter((name) => !name.split('/').some((part) => skip.has(part)))
    .filter((name) => lstatSafe(join(root, name))?.isFile() === true)
    .sort();
}

function lstatSafe(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

function toRepoPath(root: string, path: string): string {
  return relative(root, resolve(root, path)).split(sep).join('/');
}

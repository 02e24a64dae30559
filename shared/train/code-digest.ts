import { execFile, spawn } from 'node:child_process';
import { lstatSync, readdirSync, type Stats } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import { digestOfJson, type Digest } from '../digest.js';
import { UserError } from '../errors.js';
import { hashFiles } from '../data/hash-files.js';
import { StatCache } from '../data/stat-cache.js';
import type { FoundFile } from '../data/walk.js';
import { compileGlobs } from './glob.js';

const run = promisify(execFile);
const GIT_BUFFER = 1 << 28;

export interface CodeDigestOptions {
  /** The repository root (or project directory). */
  cwd: string;
  /** Globs naming the code; default: every tracked file. */
  globs?: readonly string[];
  /** Paths (files or directories, relative to cwd) that are not code: data, outputs, the params file. */
  exclude?: readonly string[];
  /** Stat cache for directories outside git: an unchanged file (path, size, mtime, inode) is not read again. */
  statCacheFile?: string;
}

/** The identity of the training code: a digest over (path, content id) of every code file. */
export interface CodeIdentity {
  digest: Digest;
  files: number;
  /** HEAD, when the directory is a git checkout with a commit. */
  commit?: string;
  /**
   * `git`: content ids are git object ids from the index (git's own stat cache: path, size, mtime,
   * inode, with racy-clean handling), re-hashed by `git hash-object` only for files that differ from
   * the index. `walk`: outside git, SHA-256 of every file through the suite's stat cache.
   */
  listing: 'git' | 'walk';
}

type Entries = Map<string, string>;

/**
 * Lists code files (tracked files by default, so build outputs and caches never count), drops data,
 * outputs and params, and digests (path, content id) pairs. In a fresh checkout nothing is read at all:
 * git's index already holds every file's id, so a 10,000-file tree costs two `git` calls.
 */
export async function computeCodeDigest(options: CodeDigestOptions): Promise<CodeIdentity> {
  const root = resolve(options.cwd);
  const git = await gitEntries(root);
  const all = git ? git.entries : await walkEntries(root, options.statCacheFile);
  const globs = compileGlobs(options.globs ?? []);
  const excluded = (options.exclude ?? []).map((path) => toRepoPath(root, path)).filter((path) => path !== '');
  const kept = [...all].filter(([path]) => globs.matches(path) && !excluded.some((ex) => path === ex || path.startsWith(`${ex}/`)));
  if (kept.length === 0) {
    throw new UserError(`No code files matched ${options.globs?.length ? options.globs.join(', ') : 'the tracked files'} in ${root}.`, {
      input: 'code',
      fix: 'Set `code:` to globs that match your training code (e.g. `src/**`, `train.py`), relative to the repository root.',
    });
  }
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    digest: digestOfJson(kept),
    files: kept.length,
    ...(git?.commit ? { commit: git.commit } : {}),
    listing: git ? 'git' : 'walk',
  };
}

/** Undefined outside a git work tree. Paths are relative to `root`, with `/`. */
async function gitEntries(root: string): Promise<{ entries: Entries; commit?: string } | undefined> {
  const options = { cwd: root, maxBuffer: GIT_BUFFER };
  let listing: string;
  let changed: string;
  try {
    // Both read the index; `diff-files` compares it with the working tree using git's stat data.
    [listing, changed] = await Promise.all([
      run('git', ['ls-files', '--stage', '-z'], options).then((r) => r.stdout),
      run('git', ['diff-files', '--name-only', '--relative', '-z'], options).then((r) => r.stdout),
    ]);
  } catch {
    return undefined;
  }
  const commit = await run('git', ['rev-parse', '--verify', '-q', 'HEAD'], options).then(
    (r) => r.stdout.trim(),
    () => undefined,
  );
  const entries = parseStage(listing);
  await rehashChanged(root, entries, changed.split('\0').filter(Boolean));
  return { entries, ...(commit ? { commit } : {}) };
}

/** `<mode> <object id> <stage>\t<path>` records; unmerged paths (stage > 0) count as changed. */
function parseStage(listing: string): Entries {
  const entries: Entries = new Map();
  for (const record of listing.split('\0')) {
    const match = /^(\d+) ([0-9a-f]+) (\d)\t(.+)$/s.exec(record);
    if (match) entries.set(match[4]!, match[3] === '0' ? match[2]! : 'unmerged');
  }
  return entries;
}

/**
 * Files that differ from the index get the id of their working-tree content from `git hash-object`
 * (same algorithm and clean filters as the index, so identical content keeps its id whether or not it is
 * staged). Deleted files are dropped: they are not part of what runs.
 */
async function rehashChanged(root: string, entries: Entries, changed: string[]): Promise<void> {
  const present: string[] = [];
  for (const path of changed) {
    const stats = lstatSafe(join(root, path));
    if (!stats) entries.delete(path);
    else if (stats.isFile()) present.push(path);
  }
  if (present.length === 0) return;
  const ids = (await gitWithInput(root, ['hash-object', '--stdin-paths'], `${present.join('\n')}\n`)).trim().split('\n');
  present.forEach((path, i) => entries.set(path, ids[i] ?? 'unreadable'));
}

function gitWithInput(cwd: string, args: string[], input: string): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn('git', args, { cwd, stdio: ['pipe', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => (stdout += chunk));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolvePromise(stdout) : reject(new Error(`git ${args[0]} exited with code ${code}`))));
    child.stdin.end(input);
  });
}

/** Outside git: every file except version-control, dependency and mlci state directories. */
async function walkEntries(root: string, statCacheFile: string | undefined): Promise<Entries> {
  const skip = new Set(['.git', 'node_modules', '.mlci']);
  const found: FoundFile[] = [];
  for (const name of readdirSync(root, { recursive: true, encoding: 'utf8' }) as string[]) {
    const path = name.split(sep).join('/');
    if (path.split('/').some((part) => skip.has(part))) continue;
    const absolute = join(root, name);
    const stats = lstatSafe(absolute);
    if (stats?.isFile()) found.push({ path, absolute, size: stats.size, mtimeMs: stats.mtimeMs, ino: stats.ino });
  }
  const cache = await StatCache.load(statCacheFile);
  const misses = found.filter((file) => !cache.lookup(file));
  const hashed = await hashFiles(misses, misses.length > 64 ? {} : { workers: 1 });
  const now = Date.now();
  // "Racily clean" files (modified within the last second) could change again without a new mtime.
  for (const file of misses) if (now - file.mtimeMs > 1000) cache.remember(file, hashed.get(file.absolute)!);
  if (misses.length) await cache.save();
  return new Map(found.map((file) => [file.path, cache.lookup(file) ?? hashed.get(file.absolute)!]));
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

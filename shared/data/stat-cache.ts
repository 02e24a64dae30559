import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { isDigest, type Digest } from '../digest.js';
import type { FoundFile } from './walk.js';

/**
 * Remembers the digest of each file by (path, size, mtime, inode), as git's index does, so an unchanged
 * file is never read again. Carried between workflow runs with @actions/cache. A damaged cache is
 * simply ignored: it can only cost time, never correctness.
 */
export class StatCache {
  private dirty = false;

  private constructor(
    private readonly file: string | undefined,
    private readonly entries: Map<string, CachedStat>,
  ) {}

  static async load(file: string | undefined): Promise<StatCache> {
    if (!file) return new StatCache(undefined, new Map());
    try {
      return new StatCache(file, fromColumns(JSON.parse(await readFile(file, 'utf8')) as Partial<CacheFile>));
    } catch {
      return new StatCache(file, new Map());
    }
  }

  lookup(file: FoundFile): Digest | undefined {
    const entry = this.entries.get(file.absolute);
    if (!entry) return undefined;
    return entry.size === file.size && entry.mtimeMs === file.mtimeMs && entry.ino === file.ino ? entry.digest : undefined;
  }

  remember(file: FoundFile, digest: Digest): void {
    this.entries.set(file.absolute, { size: file.size, mtimeMs: file.mtimeMs, ino: file.ino, digest });
    this.dirty = true;
  }

  /** Written atomically (temp + rename) so a killed run leaves the old cache or the new one; skipped when nothing changed. */
  async save(): Promise<void> {
    if (!this.file || !this.dirty) return;
    await mkdir(dirname(this.file), { recursive: true });
    const temp = `${this.file}.${process.pid}.tmp`;
    await writeFile(temp, JSON.stringify(toColumns(this.entries)));
    await rename(temp, this.file);
    this.dirty = false;
  }
}

interface CachedStat {
  size: number;
  mtimeMs: number;
  ino: number;
  digest: Digest;
}

/** Columns of primitives: JSON.parse reads arrays of numbers and strings several times faster than objects. */
interface CacheFile {
  version: number;
  paths: string[];
  sizes: number[];
  mtimes: number[];
  inos: number[];
  digests: string[];
}

const CACHE_VERSION = 2;

function toColumns(entries: Map<string, CachedStat>): CacheFile {
  const file: CacheFile = { version: CACHE_VERSION, paths: [], sizes: [], mtimes: [], inos: [], digests: [] };
  for (const [path, entry] of entries) {
    file.paths.push(path);
    file.sizes.push(entry.size);
    file.mtimes.push(entry.mtimeMs);
    file.inos.push(entry.ino);
    file.digests.push(entry.digest);
  }
  return file;
}

function fromColumns(file: Partial<CacheFile>): Map<string, CachedStat> {
  const entries = new Map<string, CachedStat>();
  const { paths = [], sizes = [], mtimes = [], inos = [], digests = [] } = file;
  if (file.version !== CACHE_VERSION) return entries;
  for (let i = 0; i < paths.length; i += 1) {
    const digest = digests[i];
    if (digest === undefined || !isDigest(digest)) continue;
    entries.set(paths[i]!, { size: sizes[i]!, mtimeMs: mtimes[i]!, ino: inos[i]!, digest });
  }
  return entries;
}

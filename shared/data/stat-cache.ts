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
  private constructor(
    private readonly file: string | undefined,
    private readonly entries: Map<string, CachedStat>,
  ) {}

  static async load(file: string | undefined): Promise<StatCache> {
    if (!file) return new StatCache(undefined, new Map());
    try {
      const parsed = JSON.parse(await readFile(file, 'utf8')) as { version?: number; entries?: Record<string, CachedStat> };
      if (parsed.version !== CACHE_VERSION || typeof parsed.entries !== 'object' || parsed.entries === null) throw new Error('old format');
      return new StatCache(file, new Map(Object.entries(parsed.entries).filter(([, entry]) => isDigest(entry.digest))));
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
  }

  /** Written atomically (temp + rename) so a killed run leaves the old cache or the new one. */
  async save(): Promise<void> {
    if (!this.file) return;
    await mkdir(dirname(this.file), { recursive: true });
    const temp = `${this.file}.${process.pid}.tmp`;
    await writeFile(temp, JSON.stringify({ version: CACHE_VERSION, entries: Object.fromEntries(this.entries) }));
    await rename(temp, this.file);
  }
}

interface CachedStat {
  size: number;
  mtimeMs: number;
  ino: number;
  digest: Digest;
}

const CACHE_VERSION = 1;

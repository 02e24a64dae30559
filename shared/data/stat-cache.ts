import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { isDigest, toDigest, type Digest } from '../digest.js';
import type { FoundFile } from './walk.js';

/**
 * Remembers the digest of each file by (path, size, mtime, inode), as git's index does, so an unchanged
 * file is never read again. Carried between workflow runs with @actions/cache. A damaged, truncated or
 * older-format cache is simply ignored: it can only cost time, never correctness.
 *
 * It can also remember one *tree*: the exact list of files (in order, with their stats) that made up a
 * dataset version. When the same files are found again with the same stats, the caller knows the
 * version is unchanged without looking up or comparing a digest per file (see `sameTree`).
 */
export class StatCache {
  private dirty = false;
  private index: Map<string, number> | undefined;
  /** Digests set by `remember` (hex), over the raw digests read from disk. */
  private readonly newDigests = new Map<number, string>();

  private constructor(
    private readonly file: string | undefined,
    private readonly rows: Rows,
    private tree: Tree | undefined,
  ) {}

  static async load(file: string | undefined): Promise<StatCache> {
    const empty = () => new StatCache(file, { paths: [], stats: [], rawDigests: Buffer.alloc(0) }, undefined);
    if (!file) return empty();
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch {
      return empty();
    }
    let decoded: ReturnType<typeof decodeCache>;
    try {
      decoded = decodeCache(bytes);
    } catch {
      decoded = undefined; // a checksum-valid file this code cannot read: a bug must not cost correctness either
    }
    return decoded ? new StatCache(file, decoded.rows, decoded.tree) : empty();
  }

  lookup(file: FoundFile): Digest | undefined {
    const row = this.rowIndex().get(file.absolute);
    return row !== undefined && this.statsEqual(row, file) ? this.digestAt(row) : undefined;
  }

  remember(file: FoundFile, digest: Digest): void {
    const index = this.rowIndex();
    let row = index.get(file.absolute);
    if (row === undefined) {
      row = this.rows.paths.push(file.absolute) - 1;
      index.set(file.absolute, row);
    }
    this.rows.stats[row * 3] = file.size;
    this.rows.stats[row * 3 + 1] = file.mtimeMs;
    this.rows.stats[row * 3 + 2] = file.ino;
    this.newDigests.set(row, digest.slice('sha256:'.length));
    this.dirty = true;
  }

  /**
   * True when `files` are, in this order, exactly the files remembered for `version` under `key`, each
   * with the same size, mtime and inode. One string and three number comparisons per file: no map, no
   * digest. Any difference (a file added, removed, renamed, touched) answers false.
   */
  sameTree(key: string, version: Digest, files: readonly FoundFile[]): boolean {
    const tree = this.tree;
    if (!tree || tree.key !== key || tree.version !== version || tree.rows.length !== files.length) return false;
    for (let i = 0; i < files.length; i += 1) {
      const row = tree.rows[i]!;
      if (this.rows.paths[row] !== files[i]!.absolute || !this.statsEqual(row, files[i]!)) return false;
    }
    return true;
  }

  /**
   * Remembers that `files` (in this order) make up `version` under `key`. Only when every file is cached
   * with its current stat: a file left out ("racily clean", just modified) would make a later match unsound,
   * so then no tree is kept at all.
   */
  rememberTree(key: string, version: Digest, files: readonly FoundFile[]): void {
    if (this.sameTree(key, version, files)) return;
    const index = this.rowIndex();
    const rows: number[] = [];
    for (const file of files) {
      const row = index.get(file.absolute);
      if (row === undefined || !this.statsEqual(row, file)) {
        this.forgetTree();
        return;
      }
      rows.push(row);
    }
    this.tree = { key, version, rows };
    this.dirty = true;
  }

  forgetTree(): void {
    if (!this.tree) return;
    this.tree = undefined;
    this.dirty = true;
  }

  /** Written atomically (temp + rename) so a killed run leaves the old cache or the new one; skipped when nothing changed. */
  async save(): Promise<void> {
    if (!this.file || !this.dirty) return;
    await mkdir(dirname(this.file), { recursive: true });
    const temp = `${this.file}.${process.pid}.tmp`;
    await writeFile(temp, this.encode());
    await rename(temp, this.file);
    this.dirty = false;
  }

  private statsEqual(row: number, file: FoundFile): boolean {
    const stats = this.rows.stats;
    return stats[row * 3] === file.size && stats[row * 3 + 1] === file.mtimeMs && stats[row * 3 + 2] === file.ino;
  }

  private digestAt(row: number): Digest {
    return toDigest(this.newDigests.get(row) ?? this.rows.rawDigests.toString('hex', row * DIGEST_BYTES, (row + 1) * DIGEST_BYTES));
  }

  /** Built on first use only: an unchanged tree is recognised without it. */
  private rowIndex(): Map<string, number> {
    if (!this.index) {
      this.index = new Map();
      for (const [row, path] of this.rows.paths.entries()) this.index.set(path, row);
    }
    return this.index;
  }

  /** The tree's rows first, in its order, so that a loaded tree is simply rows 0…n−1. */
  private encode(): Buffer {
    const treeRows = this.tree?.rows ?? [];
    const inTree = new Set(treeRows);
    const order = [...treeRows];
    for (let row = 0; row < this.rows.paths.length; row += 1) if (!inTree.has(row)) order.push(row);
    const digests = Buffer.alloc(order.length * DIGEST_BYTES);
    const numbers = Buffer.alloc(order.length * 3 * 8);
    for (const [at, row] of order.entries()) {
      for (let k = 0; k < 3; k += 1) numbers.writeDoubleLE(this.rows.stats[row * 3 + k]!, (at * 3 + k) * 8);
      const fresh = this.newDigests.get(row);
      if (fresh !== undefined) digests.write(fresh, at * DIGEST_BYTES, DIGEST_BYTES, 'hex');
      else this.rows.rawDigests.copy(digests, at * DIGEST_BYTES, row * DIGEST_BYTES, (row + 1) * DIGEST_BYTES);
    }
    const tree = this.tree ? { key: this.tree.key, version: this.tree.version, count: treeRows.length } : undefined;
    return encodeCache(numbers, digests, order.map((row) => this.rows.paths[row]!), tree);
  }
}

/** Columns rather than one object per file: 100,000 objects would cost more to build than the walk saves. */
interface Rows {
  paths: string[];
  /** size, mtimeMs, ino per row. */
  stats: number[];
  /** 32 bytes per row, as read from disk. */
  rawDigests: Buffer;
}

interface Tree {
  key: string;
  version: Digest;
  rows: number[];
}

/*
 * File layout (little-endian), version 3; any other magic or version is ignored (older caches were JSON):
 *   "MLCISTAT" | u32 version | u32 rows | u32 path bytes | u32 tree bytes
 *   rows × (f64 size, f64 mtimeMs, f64 ino) | rows × 32-byte SHA-256
 *   paths, UTF-8, separated by NUL (the one byte no path can hold) | tree as JSON {key, version, count}
 *   SHA-256 of everything before it: a flipped bit anywhere would otherwise hand out a wrong digest.
 */
const MAGIC = Buffer.from('MLCISTAT', 'latin1');
export const STAT_CACHE_FORMAT = 3;
const HEADER_BYTES = 24;
const DIGEST_BYTES = 32;
const CHECKSUM_BYTES = 32;

function encodeCache(numbers: Buffer, digests: Buffer, paths: string[], tree: { key: string; version: Digest; count: number } | undefined): Buffer {
  const pathBytes = Buffer.from(paths.join('\0'), 'utf8');
  const treeBytes = Buffer.from(tree ? JSON.stringify(tree) : '', 'utf8');
  const header = Buffer.alloc(HEADER_BYTES);
  MAGIC.copy(header, 0);
  header.writeUInt32LE(STAT_CACHE_FORMAT, 8);
  header.writeUInt32LE(paths.length, 12);
  header.writeUInt32LE(pathBytes.length, 16);
  header.writeUInt32LE(treeBytes.length, 20);
  const body = Buffer.concat([header, numbers, digests, pathBytes, treeBytes]);
  return Buffer.concat([body, createHash('sha256').update(body).digest()]);
}

/** Undefined for anything but an intact cache of this format. */
function decodeCache(bytes: Buffer): { rows: Rows; tree: Tree | undefined } | undefined {
  if (bytes.length < HEADER_BYTES + CHECKSUM_BYTES || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
  if (bytes.readUInt32LE(8) !== STAT_CACHE_FORMAT) return undefined;
  const count = bytes.readUInt32LE(12);
  const pathBytes = bytes.readUInt32LE(16);
  const treeBytes = bytes.readUInt32LE(20);
  const digestsAt = HEADER_BYTES + count * 3 * 8;
  const pathsAt = digestsAt + count * DIGEST_BYTES;
  const treeAt = pathsAt + pathBytes;
  const end = treeAt + treeBytes;
  if (end + CHECKSUM_BYTES !== bytes.length) return undefined;
  if (!createHash('sha256').update(bytes.subarray(0, end)).digest().equals(bytes.subarray(end))) return undefined;
  const paths = count === 0 ? [] : bytes.toString('utf8', pathsAt, treeAt).split('\0');
  if (paths.length !== count) return undefined;
  const stats: number[] = [];
  for (let i = 0; i < count * 3; i += 1) stats.push(bytes.readDoubleLE(HEADER_BYTES + i * 8));
  const rows = { paths, stats, rawDigests: bytes.subarray(digestsAt, pathsAt) };
  return { rows, tree: decodeTree(bytes.toString('utf8', treeAt, end), count) };
}

function decodeTree(text: string, rowCount: number): Tree | undefined {
  if (!text) return undefined;
  const tree = JSON.parse(text) as Partial<{ key: unknown; version: unknown; count: unknown }>;
  const { key, version, count } = tree;
  if (typeof key !== 'string' || typeof version !== 'string' || !isDigest(version)) return undefined;
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 0 || count > rowCount) return undefined;
  return { key, version, rows: Array.from({ length: count }, (_, row) => row) };
}

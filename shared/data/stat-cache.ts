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
 * It can also remember one *tree*: a fingerprint (SHA-256 over path, size, mtime and inode of every file,
 * in order) of the files that made up a dataset version. When the files found now have the same
 * fingerprint, the version is unchanged: no digest is looked up and the per-file rows are never decoded.
 */
export class StatCache {
  private dirty = false;
  private loadedRows: Rows | undefined;
  private index: Map<string, number> | undefined;
  /** Digests set by `remember` (hex), over the raw digests read from disk. */
  private readonly newDigests = new Map<number, string>();

  private constructor(
    private readonly file: string | undefined,
    /** The file as read, decoded into rows on first need: recognising an unchanged tree needs none of them. */
    private readonly stored: StoredCache | undefined,
    private tree: Tree | undefined,
  ) {}

  static async load(file: string | undefined): Promise<StatCache> {
    let bytes: Buffer | undefined;
    try {
      bytes = file ? await readFile(file) : undefined;
    } catch {
      bytes = undefined;
    }
    const stored = bytes && readHeader(bytes);
    return new StatCache(file, stored, stored && decodeTree(stored));
  }

  lookup(file: FoundFile): Digest | undefined {
    const row = this.rowIndex().get(file.absolute);
    return this.statsEqual(row, file) ? this.digestAt(row!) : undefined;
  }

  remember(file: FoundFile, digest: Digest): void {
    const index = this.rowIndex();
    let row = index.get(file.absolute);
    if (row === undefined) {
      row = this.rows().paths.push(file.absolute) - 1;
      index.set(file.absolute, row);
    }
    const { stats } = this.rows();
    stats[row * 3] = file.size;
    stats[row * 3 + 1] = file.mtimeMs;
    stats[row * 3 + 2] = file.ino;
    this.newDigests.set(row, digest.slice('sha256:'.length));
    this.dirty = true;
  }

  /**
   * True when `files` are, in this order, exactly the files remembered for `version` under `key`, each
   * with the same size, mtime and inode: any difference (a file added, removed, renamed, touched)
   * changes the fingerprint.
   */
  sameTree(key: string, version: Digest, files: readonly FoundFile[]): boolean {
    const tree = this.tree;
    return !!tree && tree.key === key && tree.version === version && tree.count === files.length && tree.fingerprint === treeFingerprint(files);
  }

  /**
   * Remembers that `files` (in this order) make up `version` under `key`. Only when every file is cached
   * with its current stat: a file left out ("racily clean", just modified) would make a later match unsound,
   * so then no tree is kept at all.
   */
  rememberTree(key: string, version: Digest, files: readonly FoundFile[]): void {
    if (this.sameTree(key, version, files)) return;
    const index = this.rowIndex();
    if (!files.every((file) => this.statsEqual(index.get(file.absolute), file))) {
      this.forgetTree();
      return;
    }
    this.tree = { key, version, count: files.length, fingerprint: treeFingerprint(files) };
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

  private statsEqual(row: number | undefined, file: FoundFile): boolean {
    if (row === undefined) return false;
    const { stats } = this.rows();
    return stats[row * 3] === file.size && stats[row * 3 + 1] === file.mtimeMs && stats[row * 3 + 2] === file.ino;
  }

  private digestAt(row: number): Digest {
    return toDigest(this.newDigests.get(row) ?? this.rows().rawDigests.toString('hex', row * DIGEST_BYTES, (row + 1) * DIGEST_BYTES));
  }

  private rows(): Rows {
    this.loadedRows ??= (this.stored && decodeRows(this.stored)) ?? { paths: [], stats: [], rawDigests: Buffer.alloc(0) };
    return this.loadedRows;
  }

  private rowIndex(): Map<string, number> {
    if (!this.index) {
      this.index = new Map();
      for (const [row, path] of this.rows().paths.entries()) this.index.set(path, row);
    }
    return this.index;
  }

  private encode(): Buffer {
    const rows = this.rows();
    const count = rows.paths.length;
    const numbers = Buffer.alloc(count * 3 * 8);
    for (let i = 0; i < count * 3; i += 1) numbers.writeDoubleLE(rows.stats[i]!, i * 8);
    const digests = Buffer.alloc(count * DIGEST_BYTES);
    rows.rawDigests.copy(digests);
    for (const [row, hex] of this.newDigests) digests.write(hex, row * DIGEST_BYTES, DIGEST_BYTES, 'hex');
    return encodeCache(numbers, digests, rows.paths, this.tree);
  }
}

/** Columns, not an object per file: building 100,000 objects would cost much of what the cache saves. */
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
  count: number;
  fingerprint: string;
}

/** The cache file with its header read; rows are decoded from it only when needed. */
interface StoredCache {
  bytes: Buffer;
  count: number;
  treeAt: number;
  numbersAt: number;
  digestsAt: number;
  pathsAt: number;
  end: number;
}

/*
 * File layout (little-endian), version 3; any other magic or version is ignored (older caches were JSON):
 *   "MLCISTAT" | u32 version | u32 rows | u32 path bytes | u32 tree bytes
 *   tree as JSON {key, version, count, fingerprint}
 *   rows × (f64 size, f64 mtimeMs, f64 ino) | rows × 32-byte SHA-256
 *   paths, UTF-8, separated by NUL (the one byte no path can hold)
 *   SHA-256 of everything before it, checked before any row is used: a flipped bit would otherwise hand
 *   out a wrong digest. The tree is used without that check (an unchanged tree then reads no row): a
 *   damaged tree cannot match the fingerprint of the files found.
 */
const MAGIC = Buffer.from('MLCISTAT', 'latin1');
export const STAT_CACHE_FORMAT = 3;
const HEADER_BYTES = 24;
const DIGEST_BYTES = 32;
const CHECKSUM_BYTES = 32;

function encodeCache(numbers: Buffer, digests: Buffer, paths: string[], tree: Tree | undefined): Buffer {
  const pathBytes = Buffer.from(paths.join('\0'), 'utf8');
  const treeBytes = Buffer.from(tree ? JSON.stringify(tree) : '', 'utf8');
  const header = Buffer.alloc(HEADER_BYTES);
  MAGIC.copy(header, 0);
  header.writeUInt32LE(STAT_CACHE_FORMAT, 8);
  header.writeUInt32LE(paths.length, 12);
  header.writeUInt32LE(pathBytes.length, 16);
  header.writeUInt32LE(treeBytes.length, 20);
  const body = Buffer.concat([header, treeBytes, numbers, digests, pathBytes]);
  return Buffer.concat([body, createHash('sha256').update(body).digest()]);
}

/** Undefined for anything but a cache of this format whose sections add up to its length. */
function readHeader(bytes: Buffer): StoredCache | undefined {
  if (bytes.length < HEADER_BYTES + CHECKSUM_BYTES || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
  if (bytes.readUInt32LE(8) !== STAT_CACHE_FORMAT) return undefined;
  const count = bytes.readUInt32LE(12);
  const numbersAt = HEADER_BYTES + bytes.readUInt32LE(20);
  const digestsAt = numbersAt + count * 3 * 8;
  const pathsAt = digestsAt + count * DIGEST_BYTES;
  const end = pathsAt + bytes.readUInt32LE(16);
  if (end + CHECKSUM_BYTES !== bytes.length) return undefined;
  return { bytes, count, treeAt: HEADER_BYTES, numbersAt, digestsAt, pathsAt, end };
}

function decodeTree(stored: StoredCache): Tree | undefined {
  if (stored.numbersAt === stored.treeAt) return undefined;
  let tree: Partial<Record<keyof Tree, unknown>>;
  try {
    tree = JSON.parse(stored.bytes.toString('utf8', stored.treeAt, stored.numbersAt)) as Partial<Record<keyof Tree, unknown>>;
  } catch {
    return undefined;
  }
  const { key, version, count, fingerprint } = tree ?? {};
  if (typeof key !== 'string' || typeof version !== 'string' || !isDigest(version) || typeof fingerprint !== 'string') return undefined;
  return typeof count === 'number' ? { key, version, count, fingerprint } : undefined;
}

/** Undefined when the checksum fails: the whole cache is then ignored. */
function decodeRows(stored: StoredCache): Rows | undefined {
  const { bytes, count, numbersAt, digestsAt, pathsAt, end } = stored;
  if (!createHash('sha256').update(bytes.subarray(0, end)).digest().equals(bytes.subarray(end))) return undefined;
  const paths = count === 0 ? [] : bytes.toString('utf8', pathsAt, end).split('\0');
  if (paths.length !== count) return undefined;
  const stats: number[] = [];
  for (let i = 0; i < count * 3; i += 1) stats.push(bytes.readDoubleLE(numbersAt + i * 8));
  return { paths, stats, rawDigests: bytes.subarray(digestsAt, pathsAt) };
}

/**
 * SHA-256 over each file's absolute path (NUL-terminated), size, mtime and inode, in the given order:
 * one pass over the walk's result, fed through a reused buffer.
 */
export function treeFingerprint(files: readonly FoundFile[]): string {
  const hash = createHash('sha256');
  const buffer = Buffer.allocUnsafe(1 << 16);
  let at = 0;
  for (const file of files) {
    // A UTF-16 code unit takes at most 3 bytes in UTF-8.
    if (at + file.absolute.length * 3 + 25 > buffer.length) {
      hash.update(buffer.subarray(0, at));
      at = 0;
    }
    if (file.absolute.length * 3 + 25 > buffer.length) {
      hash.update(file.absolute);
    } else {
      at += buffer.write(file.absolute, at, 'utf8');
    }
    at = buffer.writeUInt8(0, at);
    at = buffer.writeDoubleLE(file.size, at);
    at = buffer.writeDoubleLE(file.mtimeMs, at);
    at = buffer.writeDoubleLE(file.ino, at);
  }
  hash.update(buffer.subarray(0, at));
  return hash.digest('hex');
}

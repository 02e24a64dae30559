import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Digest } from '../digest.js';
import type { ObjectStore } from '../store/index.js';
import { scanTable } from '../tabular/read-table.js';
import type { DatasetDiff } from './diff.js';
import type { Table } from '../tabular/types.js';
import { hash32 } from './distinct-counter.js';

/** Rows added and removed between two versions of a tabular file, as multisets of whole rows. */
export interface RowChanges {
  added: number;
  removed: number;
}

/**
 * Hashes every row to 52 bits (two 32-bit hashes folded into a double, exact in a Float64Array), sorts
 * both lists and merges them. Row order does not matter; duplicates count. A collision can only hide a
 * change with probability about n²/2^53.
 */
export async function countRowChanges(before: string, after: string): Promise<RowChanges> {
  const [old, current] = await Promise.all([rowHashes(before), rowHashes(after)]);
  old.sort();
  current.sort();
  let i = 0;
  let j = 0;
  let added = 0;
  let removed = 0;
  while (i < old.length && j < current.length) {
    if (old[i]! === current[j]!) {
      i += 1;
      j += 1;
    } else if (old[i]! < current[j]!) {
      removed += 1;
      i += 1;
    } else {
      added += 1;
      j += 1;
    }
  }
  return { added: added + current.length - j, removed: removed + old.length - i };
}

async function rowHashes(file: string): Promise<Float64Array> {
  const parts: Float64Array[] = [];
  await scanTable(file, (batch: Table) => {
    // Columns are hashed by name, so reordering columns is not a row change.
    const columns = [...batch.columns].sort((a, b) => (a.name < b.name ? -1 : 1));
    parts.push(hashBatch(columns, batch.rowCount));
  });
  return concat(parts);
}

function hashBatch(columns: Table['columns'], rows: number): Float64Array {
  const high = new Uint32Array(rows).fill(0x9e3779b9);
  const low = new Uint32Array(rows).fill(0x85ebca6b);
  for (const column of columns) {
    const nameHash = hash32(column.name);
    if (column.type === 'string') {
      const categoryHashes = column.categories.map((category) => hash32(category));
      for (let r = 0; r < rows; r += 1) {
        const code = column.codes[r]!;
        mix(high, low, r, nameHash, code < 0 ? 0x6e756c6c : categoryHashes[code]!);
      }
    } else {
      for (let r = 0; r < rows; r += 1) {
        const value = column.values[r]!;
        mix(high, low, r, nameHash, Number.isNaN(value) ? 0x6e756c6c : hash32(String(value)));
      }
    }
  }
  const out = new Float64Array(rows);
  for (let r = 0; r < rows; r += 1) out[r] = (high[r]! & 0xfffff) * 2 ** 32 + low[r]!;
  return out;
}

function mix(high: Uint32Array, low: Uint32Array, row: number, nameHash: number, valueHash: number): void {
  const h = Math.imul(high[row]! ^ valueHash, 0x01000193) ^ nameHash;
  const l = Math.imul(low[row]! + valueHash, 0x5bd1e995) ^ (nameHash >>> 7);
  high[row] = (h ^ (h >>> 15)) >>> 0;
  low[row] = (l ^ (l >>> 13)) >>> 0;
}

function concat(parts: Float64Array[]): Float64Array {
  const out = new Float64Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

export interface RowChangeOptions {
  /** Skip files larger than this on either side (default: no limit). */
  maxBytes?: number;
  /** A local copy of the new version of a path, when there is one; otherwise it comes from the store. */
  localAfter?: (path: string) => string | undefined;
}

/**
 * Fills `rows` (exact rows added/removed) for every modified tabular file of a diff, downloading from the
 * store (verified) the versions that are not at hand. Temporary files keep the extension the reader needs.
 */
export async function addRowChanges(diff: DatasetDiff, store: ObjectStore, options: RowChangeOptions = {}): Promise<void> {
  const limit = options.maxBytes ?? Infinity;
  const candidates = diff.files.filter((file) => file.table && file.digestBefore && file.digestAfter && (file.sizeBefore ?? 0) <= limit && (file.sizeAfter ?? 0) <= limit);
  if (candidates.length === 0) return;
  const scratch = await mkdtemp(join(tmpdir(), 'mlci-rowdiff-'));
  const fetch = async (digest: Digest, name: string) => {
    const file = join(scratch, name);
    await store.getBlobToFile(digest, file);
    return file;
  };
  try {
    for (const [index, change] of candidates.entries()) {
      const suffix = /\.[A-Za-z0-9]+$/.exec(change.path)?.[0] ?? '';
      const before = await fetch(change.digestBefore!, `${index}-before${suffix}`);
      const after = options.localAfter?.(change.path) ?? (await fetch(change.digestAfter!, `${index}-after${suffix}`));
      change.table!.rows = await countRowChanges(before, after);
    }
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

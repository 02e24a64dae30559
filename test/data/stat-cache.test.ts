import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { digestBytes } from '../../shared/digest.js';
import { STAT_CACHE_FORMAT, StatCache } from '../../shared/data/stat-cache.js';
import type { FoundFile } from '../../shared/data/walk.js';
import { useTempDirs } from '../helpers/temp-dir.js';

const tempDir = useTempDirs();

function file(name: string, size = 10, mtimeMs = 1_700_000_000_123.456, ino = 42): FoundFile {
  return { path: name, absolute: `/data/${name}`, size, mtimeMs, ino };
}

const files = [file('a.csv', 1, 1_700_000_000_001.5, 11), file('b/c.txt', 2, 1_700_000_000_002.25, 12), file('é ü.bin', 3, 1_700_000_000_003, 2 ** 40)];
const digests = files.map((found) => digestBytes(found.path));
const version = digestBytes('version 1');
const KEY = 'tree key';

async function savedCache(): Promise<{ path: string; bytes: Buffer }> {
  const path = join(await tempDir(), 'stat.bin');
  const cache = await StatCache.load(path);
  files.forEach((found, index) => cache.remember(found, digests[index]!));
  cache.rememberTree(KEY, version, files);
  await cache.save();
  return { path, bytes: await readFile(path) };
}

/** Layout offsets, read from the header the way the decoder does (see stat-cache.ts). */
function digestOffset(bytes: Buffer, row: number): number {
  return 24 + bytes.readUInt32LE(20) + bytes.readUInt32LE(12) * 24 + row * 32;
}

function withChecksum(body: Buffer): Buffer {
  return Buffer.concat([body, createHash('sha256').update(body).digest()]);
}

describe('StatCache', () => {
  it('answers a digest only for the same path, size, mtime and inode', async () => {
    const cache = await StatCache.load(undefined);
    cache.remember(files[0]!, digests[0]!);
    expect(cache.lookup(files[0]!)).toBe(digests[0]);
    expect(cache.lookup({ ...files[0]!, size: 2 })).toBeUndefined();
    expect(cache.lookup({ ...files[0]!, mtimeMs: files[0]!.mtimeMs + 0.001 })).toBeUndefined();
    expect(cache.lookup({ ...files[0]!, ino: 99 })).toBeUndefined();
    expect(cache.lookup({ ...files[0]!, absolute: '/data/other.csv' })).toBeUndefined();
  });

  it('round-trips digests, exact stats and the tree through its binary file', async () => {
    const { path, bytes } = await savedCache();
    expect(bytes.subarray(0, 8).toString('latin1')).toBe('MLCISTAT');
    const loaded = await StatCache.load(path);
    files.forEach((found, index) => expect(loaded.lookup(found)).toBe(digests[index]));
    expect(loaded.sameTree(KEY, version, files)).toBe(true);
    // A second generation: loaded rows and newly remembered rows saved together.
    const extra = file('d.txt', 4);
    loaded.remember(extra, digestBytes('d'));
    loaded.remember(files[1]!, digestBytes('b changed'));
    await loaded.save();
    const again = await StatCache.load(path);
    expect(again.lookup(files[0]!)).toBe(digests[0]);
    expect(again.lookup(files[1]!)).toBe(digestBytes('b changed'));
    expect(again.lookup(extra)).toBe(digestBytes('d'));
    expect(again.sameTree(KEY, version, files)).toBe(true);
  });

  it('matches a tree only for the same key, version, files, order and stats', async () => {
    const { path } = await savedCache();
    const cache = await StatCache.load(path);
    expect(cache.sameTree('other key', version, files)).toBe(false);
    expect(cache.sameTree(KEY, digestBytes('version 2'), files)).toBe(false);
    expect(cache.sameTree(KEY, version, files.slice(0, 2))).toBe(false);
    expect(cache.sameTree(KEY, version, [...files, file('new.txt')])).toBe(false);
    expect(cache.sameTree(KEY, version, [files[1]!, files[0]!, files[2]!])).toBe(false);
    expect(cache.sameTree(KEY, version, [files[0]!, { ...files[1]!, mtimeMs: files[1]!.mtimeMs + 1 }, files[2]!])).toBe(false);
    expect(cache.sameTree(KEY, version, [files[0]!, files[1]!, { ...files[2]!, ino: 7 }])).toBe(false);
    expect(cache.sameTree(KEY, version, [files[0]!, files[1]!, { ...files[2]!, absolute: '/elsewhere/é ü.bin' }])).toBe(false);
  });

  it('keeps no tree when one of its files is not cached with its current stat', async () => {
    const cache = await StatCache.load(undefined);
    cache.remember(files[0]!, digests[0]!);
    cache.remember(files[1]!, digests[1]!);
    cache.rememberTree(KEY, version, files); // files[2] was never remembered (e.g. modified within the last second)
    expect(cache.sameTree(KEY, version, files)).toBe(false);
    cache.remember(files[2]!, digests[2]!);
    cache.rememberTree(KEY, version, files);
    expect(cache.sameTree(KEY, version, files)).toBe(true);
    cache.rememberTree(KEY, version, [files[0]!, files[1]!, { ...files[2]!, size: 30 }]);
    expect(cache.sameTree(KEY, version, files)).toBe(false);
  });

  it.each([
    ['truncated', (bytes: Buffer) => bytes.subarray(0, bytes.length - 40)],
    ['cut to its header', (bytes: Buffer) => bytes.subarray(0, 30)],
    ['empty', () => Buffer.alloc(0)],
    ['with an extra byte', (bytes: Buffer) => Buffer.concat([bytes, Buffer.from([0])])],
    ['of another format version (checksum intact)', (bytes: Buffer) => withChecksum(setU32(bytes.subarray(0, bytes.length - 32), 8, STAT_CACHE_FORMAT + 1))],
    ['with a header that overstates its rows (checksum intact)', (bytes: Buffer) => withChecksum(setU32(bytes.subarray(0, bytes.length - 32), 12, 1000))],
    ['with a flipped bit in the tree fingerprint', (bytes: Buffer) => flip(bytes, 24 + bytes.subarray(24).indexOf('"fingerprint":"') + 20)],
  ])('ignores a cache file %s: no digest and no tree is answered', async (_, damage) => {
    const { path, bytes } = await savedCache();
    await writeFile(path, damage(bytes));
    const cache = await StatCache.load(path);
    for (const found of files) expect(cache.lookup(found)).toBeUndefined();
    expect(cache.sameTree(KEY, version, files)).toBe(false);
  });

  it.each([
    ['a digest', (bytes: Buffer) => digestOffset(bytes, 1) + 5],
    ['a stat', (bytes: Buffer) => digestOffset(bytes, 0) - 8],
    ['a path', (bytes: Buffer) => bytes.length - 40],
  ])('answers no digest from a cache with a flipped bit in %s (checksum)', async (_, offset) => {
    const { path, bytes } = await savedCache();
    await writeFile(path, flip(bytes, offset(bytes)));
    const cache = await StatCache.load(path);
    for (const found of files) expect(cache.lookup(found)).toBeUndefined();
  });

  it('ignores the older JSON format and replaces it on save', async () => {
    const path = join(await tempDir(), 'stat.json');
    const old = { version: 2, paths: files.map((found) => found.absolute), sizes: files.map((found) => found.size), mtimes: files.map((found) => found.mtimeMs), inos: files.map((found) => found.ino), digests };
    await writeFile(path, JSON.stringify(old));
    const cache = await StatCache.load(path);
    for (const found of files) expect(cache.lookup(found)).toBeUndefined();
    cache.remember(files[0]!, digests[0]!);
    await cache.save();
    expect((await StatCache.load(path)).lookup(files[0]!)).toBe(digests[0]);
  });

  it('is not rewritten when nothing changed (an unchanged tree costs no write)', async () => {
    const { path } = await savedCache();
    const cache = await StatCache.load(path);
    await writeFile(path, 'marker'); // any write by save() would replace it
    files.forEach((found) => cache.lookup(found));
    cache.rememberTree(KEY, version, files);
    await cache.save();
    expect(await readFile(path, 'utf8')).toBe('marker');
    cache.forgetTree();
    await cache.save();
    expect(await readFile(path, 'utf8')).not.toBe('marker');
  });
});

function flip(bytes: Buffer, at: number): Buffer {
  const copy = Buffer.from(bytes);
  copy[at] = copy[at]! ^ 0x01;
  return copy;
}

function setU32(body: Buffer, at: number, value: number): Buffer {
  const copy = Buffer.from(body);
  copy.writeUInt32LE(value, at);
  return copy;
}

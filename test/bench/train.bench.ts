import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { copyFile, mkdir, mkdtemp, open, rm, utimes, writeFile } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalStore } from '../../shared/store/local-store.js';
import { computeCodeDigest } from '../../shared/train/code-digest.js';
import { train, type TrainRequest } from '../../shared/train/train.js';
import type { BenchFigure } from './figure.js';

/**
 * Two figures for the train action:
 *
 * 1. A cache hit of a 500 MB model, end to end (`train()`: code digest, cache lookup, restore with
 *    SHA-256 verification, lineage read), against a plain local copy of the same 500 MB file in the
 *    same run, two ways: `fs.copyFile` (what `cp` does: in-kernel copy_file_range on Linux) and a Node
 *    stream copy (read + write through user space, as the store's restore does, minus the hash).
 *    Figure: copy time / hit time; target ≥ 0.8. Verification must hash every byte, so against
 *    copyFile the figure is bounded by SHA-256 speed (logged alongside).
 * 2. The code cache key of a 10,000-file git tree, warm (after a first run): target < 1 s. In git the
 *    content ids come from git's index (its own stat cache), so only changed files are read.
 *
 * Best of 3 runs each, as the machine is shared. Everything lives in a temp directory, removed after.
 */
const MODEL_BYTES = 500 << 20;
const CODE_FILES = 10_000;
const RUNS = 3;

export async function bench(log: (line: string) => void): Promise<BenchFigure[]> {
  const root = await mkdtemp(join(tmpdir(), 'mlci-train-bench-'));
  try {
    return [...(await cacheHitFigures(root, log)), await codeKeyFigure(root, log)];
  } finally {
    await rm(root, { recursive: true, force: true, maxRetries: 5 });
  }
}

async function cacheHitFigures(root: string, log: (line: string) => void): Promise<BenchFigure[]> {
  const cwd = join(root, 'model-repo');
  const source = join(root, 'model-source.bin');
  await mkdir(join(cwd, 'out'), { recursive: true });
  await writeRandomFile(source, MODEL_BYTES);
  await writeFile(join(cwd, 'train.sh'), 'cp ../model-source.bin out/model.bin\n');
  gitInit(cwd);
  const request: TrainRequest = {
    command: 'sh train.sh',
    cwd,
    data: [],
    outputs: ['out/model.bin'],
    store: new LocalStore(join(root, 'store')),
    cache: true,
    env: { PATH: process.env.PATH },
    platform: { os: 'linux', arch: 'x64', node: process.versions.node },
    stateDir: join(root, 'state'),
    log: () => undefined,
    warn: log,
  };
  await train(request);
  let hit = Infinity;
  let copy = Infinity;
  let streamed = Infinity;
  for (let run = 0; run < RUNS; run++) {
    await rm(join(cwd, 'out/model.bin'));
    const started = performance.now();
    const result = await train(request);
    hit = Math.min(hit, performance.now() - started);
    if (!result.cacheHit) throw new Error('expected a cache hit');
    copy = Math.min(copy, await timed(() => copyFile(source, join(root, 'copy.bin'))));
    await rm(join(root, 'copy.bin'));
    streamed = Math.min(streamed, await timed(() => pipeline(createReadStream(source, { highWaterMark: 1 << 20 }), createWriteStream(join(root, 'copy.bin')))));
    await rm(join(root, 'copy.bin'));
  }
  const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  log(`train cache hit of 500 MB: ${seconds(hit)}; fs.copyFile ${seconds(copy)}; stream copy ${seconds(streamed)}; sha256 alone ${(MODEL_BYTES / 2 ** 20 / sha256Speed()).toFixed(2)} s`);
  return [
    { name: 'train: cache-hit restore of a 500 MB model vs fs.copyFile', value: round(copy / hit), unit: '×', target: '≥ 0.8× plain local copy speed', pass: copy / hit >= 0.8 },
    { name: 'train: cache-hit restore of a 500 MB model vs a Node stream copy (no hash)', value: round(streamed / hit), unit: '×', target: '≥ 0.8× plain local copy speed', pass: streamed / hit >= 0.8 },
  ];
}

async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

async function codeKeyFigure(root: string, log: (line: string) => void): Promise<BenchFigure> {
  const cwd = join(root, 'code-repo');
  const past = new Date(Date.now() - 60_000);
  for (let dir = 0; dir < CODE_FILES / 100; dir++) {
    await mkdir(join(cwd, `src/pkg${dir}`), { recursive: true });
    for (let file = 0; file < 100; file++) {
      const path = join(cwd, `src/pkg${dir}/module${file}.ts`);
      await writeFile(path, `export const value${file} = ${dir * 100 + file};\n`);
      // Older than a second, so the stat cache may remember them (racily-clean files are re-hashed).
      await utimes(path, past, past);
    }
  }
  gitInit(cwd);
  const options = { cwd, statCacheFile: join(root, 'state/code-stat-cache.bin') };
  const cold = performance.now();
  const first = await computeCodeDigest(options);
  const coldMs = performance.now() - cold;
  let warm = Infinity;
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    const again = await computeCodeDigest(options);
    warm = Math.min(warm, performance.now() - started);
    if (again.digest !== first.digest || again.files !== CODE_FILES) throw new Error('code digest changed between runs');
  }
  log(`code key of ${CODE_FILES} files: cold ${coldMs.toFixed(0)} ms, warm ${warm.toFixed(0)} ms`);
  return { name: 'train: code cache key of a 10,000-file tree, warm', value: round(warm / 1000), unit: 's', target: '< 1 s', pass: warm < 1000 };
}

async function writeRandomFile(path: string, bytes: number): Promise<void> {
  const chunk = randomBytes(4 << 20);
  const handle = await open(path, 'w');
  try {
    for (let written = 0, i = 0; written < bytes; written += chunk.length, i++) {
      chunk.writeUInt32LE(i, 0); // distinct chunks
      await handle.write(chunk);
    }
  } finally {
    await handle.close();
  }
}

function gitInit(cwd: string): void {
  // gc.auto=0: no background `git gc` still writing into .git while the temp directory is removed.
  const git = (...args: string[]) => execFileSync('git', ['-c', 'gc.auto=0', ...args], { cwd, stdio: 'ignore' });
  git('init', '-q');
  git('add', '.');
  git('-c', 'user.email=bench@example.com', '-c', 'user.name=bench', 'commit', '-q', '-m', 'bench');
}

/** In-memory SHA-256 throughput (MiB/s), to explain the cache-hit figure on slow-hash machines. */
function sha256Speed(): number {
  const block = randomBytes(16 << 20);
  const started = performance.now();
  const hash = createHash('sha256');
  for (let i = 0; i < 8; i++) hash.update(block);
  hash.digest();
  return 128 / ((performance.now() - started) / 1000);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

// Bundles every action (actions/<name>/src/index.ts → actions/<name>/dist/) and the CLI
// (shared/cli/main.ts → shared/cli/dist/) with ncc. onnxruntime-node stays external: its native binding
// is loaded through a computed path that no bundler can follow (see shared/model).
//
//   node scripts/build.mjs              build into the tree
//   node scripts/build.mjs --out <dir>  build into <dir>/<same relative paths> (the freshness test)
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ncc from '@vercel/ncc';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outFlag = process.argv.indexOf('--out');
const outRoot = outFlag >= 0 ? resolve(process.argv[outFlag + 1]) : root;
const only = process.argv.filter((arg, index) => index > 1 && !arg.startsWith('--') && process.argv[index - 1] !== '--out');

export async function bundleTargets() {
  const actions = (await readdir(join(root, 'actions'), { withFileTypes: true }))
    .filter((entry) => entry.isDirectory() && existsSync(join(root, 'actions', entry.name, 'src', 'index.ts')))
    .map((entry) => ({ name: entry.name, entry: `actions/${entry.name}/src/index.ts`, dist: `actions/${entry.name}/dist` }));
  return [...actions, { name: 'cli', entry: 'shared/cli/main.ts', dist: 'shared/cli/dist' }];
}

function bundle(entry) {
  return ncc(join(root, entry), {
    externals: ['onnxruntime-node'],
    transpileOnly: true,
    target: 'es2022',
    sourceMap: false,
    cache: false,
    quiet: true,
  });
}

// Worker threads run their own scripts (shared/worker-threads.ts): each is bundled once and written
// beside every bundle whose code names it.
const WORKERS = [
  { entry: 'shared/tabular/parquet-worker.ts', file: 'parquet-worker.js' },
  { entry: 'shared/model/predict-worker.ts', file: 'predict-worker.js' },
];
const workerBundles = new Map();

async function build(target) {
  const started = Date.now();
  const { code, assets } = await bundle(target.entry);
  const dist = join(outRoot, target.dist);
  await rm(dist, { recursive: true, force: true });
  await mkdir(dist, { recursive: true });
  await writeFile(join(dist, 'index.js'), code);
  // The code naming a worker may sit in a chunk of its own (a dynamic import), not in index.js.
  const chunks = [code, ...Object.entries(assets).filter(([name]) => name.endsWith('.js')).map(([, asset]) => asset.source.toString())];
  for (const worker of WORKERS) {
    if (!chunks.some((chunk) => chunk.includes(`'${worker.file}'`) || chunk.includes(`"${worker.file}"`))) continue;
    if (!workerBundles.has(worker.file)) workerBundles.set(worker.file, bundle(worker.entry).then((built) => built.code));
    await writeFile(join(dist, worker.file), await workerBundles.get(worker.file));
  }
  for (const [name, asset] of Object.entries(assets)) {
    await mkdir(dirname(join(dist, name)), { recursive: true });
    await writeFile(join(dist, name), asset.source);
  }
  console.log(`built ${target.dist} (${Math.round(code.length / 1024)} KiB, ${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

const targets = (await bundleTargets()).filter((target) => only.length === 0 || only.includes(target.name));
// Two at a time: ncc is mostly single-threaded and CI has two cores.
const queue = [...targets];
await Promise.all([0, 1].map(async () => {
  for (let target = queue.shift(); target; target = queue.shift()) await build(target);
}));

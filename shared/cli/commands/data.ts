import { join } from 'node:path';
import { UserError } from '../../errors.js';
import {
  diffManifests,
  fsckStore,
  listVersions,
  loadManifest,
  parseDatasetSpec,
  renderDatasetDiff,
  resolveDatasetVersion,
  restoreDataset,
  versionDataset,
} from '../../data/index.js';
import { addRowChanges } from '../../data/row-diff.js';
import { parseNumber } from '../../numbers.js';
import type { ObjectStore } from '../../store/index.js';
import { formatBytes } from '../../text.js';
import { printResult, requiredOption, stringListOption, stringOption, type CliCommand } from '../command.js';
import { STORE_OPTIONS, STORE_USAGE, storeFromArgs } from '../store-options.js';

const version: CliCommand = {
  path: ['data', 'version'],
  summary: 'version a dataset (files or directories) into the store',
  usage: `mlci data version --name <name> --path <file|dir> [--path …] [store options]\n\n  --stat-cache <file>          stat cache (default .mlci/cache/stat-<name>.bin)\n  --upload-concurrency <n>     parallel uploads (default 8)\n\n${STORE_USAGE}`,
  options: { ...STORE_OPTIONS, name: { type: 'string' }, path: { type: 'string', multiple: true }, 'stat-cache': { type: 'string' }, 'upload-concurrency': { type: 'string' } },
  async run(args, io) {
    const name = requiredOption(args, 'name');
    const result = await versionDataset({
      name,
      paths: stringListOption(args, 'path'),
      cwd: io.cwd,
      store: storeFromArgs(args, io),
      statCacheFile: stringOption(args, 'stat-cache') ?? join(io.cwd, '.mlci', 'cache', `stat-${name}.bin`),
      uploadConcurrency: parseNumber(stringOption(args, 'upload-concurrency') ?? '8', { min: 1, max: 64, integer: true }, { input: '--upload-concurrency' }),
      provenance: {},
      log: io.json ? undefined : (line) => io.err(line),
    });
    const { ref, changed, stats } = result;
    printResult(io, { ...ref, changed, stats, diff: result.diff }, `${changed ? 'new version' : 'unchanged'} ${ref.name}@${ref.number} ${ref.version} (${stats.files} files, ${stats.uploadedFiles} uploaded, ${formatBytes(stats.uploadedBytes)})`);
  },
};

const restore: CliCommand = {
  path: ['data', 'restore'],
  summary: 'write the files of a dataset version, verifying every digest',
  usage: `mlci data restore --name <name> [--version latest|<n>|sha256:…] --path <dir> [store options]\n\n${STORE_USAGE}`,
  options: { ...STORE_OPTIONS, name: { type: 'string' }, version: { type: 'string' }, path: { type: 'string' } },
  async run(args, io) {
    const result = await restoreDataset({
      name: requiredOption(args, 'name'),
      version: stringOption(args, 'version') ?? 'latest',
      store: storeFromArgs(args, io),
      path: stringOption(args, 'path') ?? '.',
      cwd: io.cwd,
    });
    printResult(io, { ...result.ref, files: result.files }, `restored ${result.ref.name}@${result.ref.number} (${result.files.length} files)`);
  },
};

const diff: CliCommand = {
  path: ['data', 'diff'],
  summary: 'compare two dataset versions: files, rows, column profiles',
  usage: `mlci data diff <name@version> <name@version> [store options]\n\n${STORE_USAGE}`,
  options: { ...STORE_OPTIONS },
  async run(args, io) {
    const [a, b] = args.positionals;
    if (!a || !b) throw new UserError('data diff needs two versions, e.g. `churn@1 churn@2`.', { input: 'arguments' });
    const store = storeFromArgs(args, io);
    const [before, after] = await Promise.all([a, b].map((spec) => manifestOf(store, spec)));
    const result = diffManifests(before, after!);
    await addRowChanges(result, store);
    printResult(io, result, renderDatasetDiff(result, `${a} → ${b}`));
  },
};

async function manifestOf(store: ObjectStore, spec: string) {
  const { name, version: wanted } = parseDatasetSpec(spec, 'arguments');
  const ref = await resolveDatasetVersion(store, name, wanted, 'arguments');
  return loadManifest(store, ref.version);
}

const log: CliCommand = {
  path: ['data', 'log'],
  summary: 'list the versions of a dataset, newest first',
  usage: `mlci data log <name> [store options]\n\n${STORE_USAGE}`,
  options: { ...STORE_OPTIONS },
  async run(args, io) {
    const name = args.positionals[0];
    if (!name) throw new UserError('data log needs a dataset name.', { input: 'arguments', fix: 'Run `mlci data log <name>`.' });
    const store = storeFromArgs(args, io);
    const refs = (await listVersions(store, name)).reverse();
    const entries = await Promise.all(refs.map(async (ref) => ({ ref, manifest: await loadManifest(store, ref.version) })));
    const json = entries.map(({ ref, manifest }) => ({ ...ref, createdAt: manifest.provenance.createdAt, commit: manifest.provenance.commit, files: manifest.fileCount, bytes: manifest.totalBytes }));
    const prose = json.map((entry) => `${name}@${entry.number}  ${entry.version.slice(0, 19)}  ${entry.createdAt}  ${entry.files} files  ${formatBytes(entry.bytes)}${entry.commit ? `  ${entry.commit.slice(0, 7)}` : ''}`);
    printResult(io, json, prose.length ? prose.join('\n') : `no versions of ${name}`);
  },
};

const fsck: CliCommand = {
  path: ['data', 'fsck'],
  summary: 'verify every blob of a store and every dataset version',
  usage: `mlci data fsck [store options]\n\n${STORE_USAGE}`,
  options: { ...STORE_OPTIONS },
  async run(args, io) {
    const report = await fsckStore(storeFromArgs(args, io));
    const prose = [`${report.blobs} blobs, ${report.manifests} versions checked`, ...report.problems.map((problem) => `${problem.kind}: ${problem.digest} ${problem.detail}`)];
    printResult(io, report, prose.join('\n'));
    return report.problems.length === 0 ? 0 : 1;
  },
};

export const commands: CliCommand[] = [version, restore, diff, log, fsck];

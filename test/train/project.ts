import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalStore } from '../../shared/store/local-store.js';
import type { TrainRequest } from '../../shared/train/train.js';

export const CHURN_CSV = join(import.meta.dirname, '../fixtures/train/churn-train.csv');

/**
 * A throwaway git repository with a tiny "training script" (copies the data and params into the model
 * file, so the model's bytes depend on every input) and a log of how often the command really ran.
 */
export interface Project {
  root: string;
  cwd: string;
  store: LocalStore;
  runsLog: string;
  warnings: string[];
  logs: string[];
  request(overrides?: Partial<TrainRequest>): TrainRequest;
  runs(): Promise<number>;
  cleanup(): Promise<void>;
}

const SCRIPT = `
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
appendFileSync(process.env.RUNS_LOG, 'run\\n');
console.log('training on data/train.csv');
mkdirSync('out', { recursive: true });
const model = readFileSync('data/train.csv', 'utf8') + readFileSync('params.yaml', 'utf8');
writeFileSync('out/model.bin', model);
writeFileSync('out/metrics.json', JSON.stringify({ rows: model.split('\\n').length }));
`;

export async function createProject(): Promise<Project> {
  const root = await mkdtemp(join(tmpdir(), 'mlci-train-'));
  const cwd = join(root, 'repo');
  await mkdir(join(cwd, 'data'), { recursive: true });
  await writeFile(join(cwd, 'train.mjs'), SCRIPT);
  await writeFile(join(cwd, 'params.yaml'), 'model: gradient-boosting\nn_estimators: 5\nlabel: churned\n');
  await copyFile(CHURN_CSV, join(cwd, 'data/train.csv'));
  git(cwd, 'init', '-q');
  git(cwd, 'add', 'train.mjs', 'params.yaml');
  git(cwd, '-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-q', '-m', 'init');
  const runsLog = join(root, 'runs.log');
  const store = new LocalStore(join(root, 'store'));
  const warnings: string[] = [];
  const logs: string[] = [];
  return {
    root,
    cwd,
    store,
    runsLog,
    warnings,
    logs,
    request: (overrides = {}) => ({
      command: 'node train.mjs',
      cwd,
      data: ['data/train.csv'],
      params: 'params.yaml',
      outputs: ['out/model.bin', 'out/metrics.json'],
      store,
      cache: true,
      env: { PATH: process.env.PATH, RUNS_LOG: runsLog },
      platform: { os: 'linux', arch: 'x64', node: '20' },
      stateDir: join(root, 'state'),
      log: (line) => logs.push(line),
      warn: (line) => warnings.push(line),
      ...overrides,
    }),
    runs: async () => (await readFile(runsLog, 'utf8').catch(() => '')).split('\n').filter(Boolean).length,
    cleanup: () => rm(root, { recursive: true, force: true }),
  };
}

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8' });
}

import { cp, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lineageOfModel } from '../../shared/lineage/lineage-store.js';
import { LocalStore } from '../../shared/store/local-store.js';
import { loadParamsFile } from '../../shared/train/params-file.js';
import { train } from '../../shared/train/train.js';
import { trainerSettings } from '../../shared/trainer/trainer-params.js';
import { git } from './project.js';

const REPO = join(import.meta.dirname, '../..');
const EXAMPLE = join(REPO, 'examples/churn');
let root: string;
let cwd: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'mlci-example-'));
  cwd = join(root, 'repo');
  await mkdir(join(cwd, 'examples'), { recursive: true });
  await cp(EXAMPLE, join(cwd, 'examples/churn'), { recursive: true, filter: (source) => !source.includes('/out') });
  git(cwd, 'init', '-q');
  git(cwd, 'add', '.');
  git(cwd, '-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-q', '-m', 'example');
});
afterAll(async () => rm(root, { recursive: true, force: true }));

describe('examples/churn', () => {
  it('every params variant is valid for the trainer', async () => {
    const variants = await readdir(join(EXAMPLE, 'params'));
    expect(variants.length).toBeGreaterThanOrEqual(3);
    for (const file of [...variants.map((v) => `params/${v}`), 'params.yaml']) {
      const settings = trainerSettings(await loadParamsFile(join(EXAMPLE, file)));
      expect(settings.label).toBe('churned');
    }
  });

  it('a matrix of variants: each trains its own model and writes its own lineage record', async () => {
    const store = new LocalStore(join(root, 'store'));
    const env = { PATH: process.env.PATH, MLCI: `node ${REPO}/node_modules/tsx/dist/cli.mjs ${REPO}/shared/cli/main.ts` };
    const models = new Set<string>();
    for (const variant of ['logreg', 'gbt-shallow', 'gbt-deep']) {
      const params = `examples/churn/params/${variant}.yaml`;
      const result = await train({
        command: `examples/churn/train.sh ${params}`,
        cwd,
        data: ['examples/churn/data/train.csv'],
        params,
        outputs: ['examples/churn/out/model.onnx', 'examples/churn/out/metrics.json'],
        store,
        cache: true,
        env,
        platform: { os: 'linux', arch: 'x64', node: '20' },
        stateDir: join(root, 'state'),
        log: () => undefined,
        warn: () => undefined,
      });
      expect(result.cacheHit).toBe(false);
      models.add(result.model.digest);
      const records = await lineageOfModel(store, result.model.digest);
      expect(records).toHaveLength(1);
      expect(records[0]!.params?.path).toBe(params);
      expect(records[0]!.data[0]!.name).toBe('examples/churn/data/train.csv');
    }
    expect(models.size).toBe(3);
  }, 120_000);
});

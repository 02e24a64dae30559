import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../shared/cli/main.js';
import { createProject, type Project } from './project.js';

let project: Project;
beforeEach(async () => {
  project = await createProject();
});
afterEach(async () => project.cleanup());

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const env = { PATH: process.env.PATH, RUNS_LOG: project.runsLog };
  const code = await runCli(argv, { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`), json: false, cwd: project.cwd, env });
  return { code, out, err };
}

describe('mlci train', () => {
  const args = () => ['train', '--run', 'node train.mjs', '--data', 'data/train.csv', '--params', 'params.yaml', '--output', 'out/model.bin', '--output', 'out/metrics.json', '--store', project.store.location];

  it('trains, then reports a cache hit; --json gives the result', async () => {
    const first = await cli(...args());
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/^trained: out\/model\.bin sha256:[0-9a-f]{64}/);
    expect(first.err).toContain('training on data/train.csv');
    const second = await cli(...args(), '--json');
    expect(second.code).toBe(0);
    const result = JSON.parse(second.out) as { cacheHit: boolean; reason: string };
    expect(result.cacheHit).toBe(true);
    expect(result.reason).toContain('Cache hit');
    expect(await project.runs()).toBe(1);
  });

  it('--no-cache always runs', async () => {
    await cli(...args(), '--no-cache');
    expect((await cli(...args(), '--no-cache')).out).toMatch(/^trained:/);
    expect(await project.runs()).toBe(2);
  });

  it('a failing command exits 1 with the error on stderr', async () => {
    const failed = await cli('train', '--run', 'exit 4', '--output', 'out/model.bin', '--store', project.store.location);
    expect(failed.code).toBe(1);
    expect(failed.err).toContain("input 'run': The run command exited with code 4.");
  });
});

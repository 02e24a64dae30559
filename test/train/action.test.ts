import { readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { run } from '../../actions/train/src/main.js';
import { lineageOfModel } from '../../shared/lineage/lineage-store.js';
import { createProject, type Project } from './project.js';

const ACTION_DIR = join(import.meta.dirname, '../../actions/train');
let project: Project;
let saved: NodeJS.ProcessEnv;

/** Runs the action's main as the runner would: inputs as INPUT_* variables, outputs and summary to files. */
async function runAction(inputs: Record<string, string>): Promise<{ outputs: Record<string, string>; summary: string }> {
  const outputFile = join(project.root, `output-${Math.random()}`);
  // @actions/core remembers the summary file of its first use, so one file per test process; read the new part.
  const summaryFile = join(tmpdir(), `mlci-train-action-summary-${process.pid}`);
  await writeFile(outputFile, '');
  await writeFile(summaryFile, '');
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key];
  Object.assign(process.env, {
    GITHUB_WORKSPACE: project.cwd,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_REPOSITORY: 'octo/churn',
    GITHUB_RUN_ID: '42',
    GITHUB_ACTOR: 'octocat',
    GITHUB_WORKFLOW_REF: 'octo/churn/.github/workflows/train.yml@refs/heads/main',
    RUNS_LOG: project.runsLog,
  });
  for (const [name, value] of Object.entries(inputs)) process.env[`INPUT_${name.toUpperCase()}`] = value;
  await run();
  return { outputs: parseOutputs(await readFile(outputFile, 'utf8')), summary: await readFile(summaryFile, 'utf8') };
}

/** GITHUB_OUTPUT uses heredoc blocks: `name<<DELIM\nvalue\nDELIM`. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  for (const match of text.matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) outputs[match[1]!] = match[3]!;
  return outputs;
}

beforeEach(async () => {
  saved = { ...process.env };
  delete process.env.ACTIONS_ID_TOKEN_REQUEST_URL;
  project = await createProject();
});
afterAll(async () => rm(join(tmpdir(), `mlci-train-action-summary-${process.pid}`), { force: true }));
afterEach(async () => {
  process.env = saved;
  process.exitCode = undefined;
  await project.cleanup();
});

describe('actions/train', () => {
  const inputs = () => ({ run: 'node train.mjs', data: 'data/train.csv', params: 'params.yaml', outputs: 'out/model.bin\nout/metrics.json', store: join(project.root, 'store') });

  it('sets outputs and a summary with the lineage graph; the second run is a cache hit', async () => {
    const first = await runAction(inputs());
    expect(process.exitCode).toBeUndefined();
    expect(first.outputs).toMatchObject({ model: 'out/model.bin', 'cache-hit': 'false' });
    expect(first.outputs['model-digest']).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(Number(first.outputs.duration)).toBeGreaterThanOrEqual(0);
    expect(first.summary).toContain('```mermaid\nflowchart LR');
    const [record] = await lineageOfModel(project.store, first.outputs['model-digest'] as `sha256:${string}`);
    expect(record!.workflowRun).toMatchObject({ id: '42', actor: 'octocat', repository: 'octo/churn', url: 'https://github.com/octo/churn/actions/runs/42' });
    const statement = JSON.parse(await readFile(first.outputs.statement!, 'utf8')) as { predicate: { runDetails: { builder: { id: string } } } };
    expect(statement.predicate.runDetails.builder.id).toBe('https://github.com/octo/churn/.github/workflows/train.yml@refs/heads/main');

    const second = await runAction(inputs());
    expect(second.outputs['cache-hit']).toBe('true');
    expect(second.outputs.lineage).toBe(first.outputs.lineage);
    expect(second.summary).toContain('cache hit');
    expect(await project.runs()).toBe(1);
  });

  it('fails the step with the command\'s exit code and output', async () => {
    await runAction({ ...inputs(), run: 'echo "CUDA out of memory" && exit 7' });
    expect(process.exitCode).toBe(1);
  });

  it('declares every input it reads and reads every declared input', async () => {
    const declared = Object.keys((parseYaml(await readFile(join(ACTION_DIR, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> }).inputs).sort();
    const source = await readFile(join(ACTION_DIR, 'src/main.ts'), 'utf8');
    const read = [...source.matchAll(/(?:requiredInput|optionalInput|listInput|booleanInput)\('([\w-]+)'/g)].map((m) => m[1]!).sort();
    expect([...new Set(read)]).toEqual(declared);
  });
});

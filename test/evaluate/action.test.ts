import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../actions/evaluate/src/main.js';
import { readEvaluationRecord } from '../../shared/evaluate/index.js';
import { data, model, scratch } from './helpers.js';

let saved: NodeJS.ProcessEnv;
const summaryFile = join(tmpdir(), `mlci-evaluate-action-summary-${process.pid}`);

/** The action's main as the runner runs it: INPUT_* variables, outputs and summary in files. */
async function runAction(inputs: Record<string, string>): Promise<{ outputs: Record<string, string>; summary: string }> {
  const dir = scratch();
  const outputFile = join(dir, 'github-output');
  await writeFile(outputFile, '');
  await writeFile(summaryFile, '');
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key];
  Object.assign(process.env, { GITHUB_WORKSPACE: process.cwd(), GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summaryFile });
  for (const [name, value] of Object.entries(inputs)) process.env[`INPUT_${name.toUpperCase()}`] = value;
  await run();
  const outputs: Record<string, string> = {};
  for (const match of (await readFile(outputFile, 'utf8')).matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) outputs[match[1]!] = match[3]!;
  return { outputs, summary: await readFile(summaryFile, 'utf8') };
}

beforeEach(() => {
  saved = { ...process.env };
});
afterEach(() => {
  process.env = saved;
  process.exitCode = undefined;
});
afterAll(async () => rm(summaryFile, { force: true }));

describe('actions/evaluate', () => {
  it('writes the record, sets record and metrics outputs and the metric table summary', async () => {
    const output = join(scratch(), 'record.json');
    const { outputs, summary } = await runAction({
      model: model('binary-logreg.onnx'),
      'baseline-model': model('binary-logreg-baseline.onnx'),
      data: data('binary.csv'),
      label: 'label',
      slices: 'region, segment',
      'bootstrap-resamples': '200',
      explain: 'none',
      output,
    });
    expect(process.exitCode).toBeUndefined();
    expect(outputs.record).toBe(resolve(output));
    const record = await readEvaluationRecord(output);
    const metrics = JSON.parse(outputs.metrics!) as { metrics: Record<string, unknown>; deltas: Record<string, { significant: boolean }> };
    expect(metrics.metrics.accuracy).toBe(record.metrics.accuracy);
    expect(typeof metrics.deltas.accuracy!.significant).toBe('boolean');
    expect(summary).toMatch(/\| metric +\| candidate \| baseline \| +delta \|/);
    expect(summary).toMatch(/#### Slices by region/);
  });

  it('fails the step with the user error and writes nothing on bad input', async () => {
    const output = join(scratch(), 'record.json');
    await runAction({ model: model('binary-logreg.onnx'), data: data('binary.csv'), label: 'outcome', output, explain: 'none' });
    expect(process.exitCode).toBe(1);
    expect(existsSync(output)).toBe(false);
  });
});

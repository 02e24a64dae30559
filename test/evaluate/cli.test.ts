import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../shared/cli/command.js';
import { runCli } from '../../shared/cli/main.js';
import { readEvaluationRecord } from '../../shared/evaluate/index.js';
import { data, model, scratch } from './helpers.js';

function captureIo(cwd: string): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (text) => stdout.push(text), err: (text) => stderr.push(text), json: false, cwd, env: {} };
}

describe('mlci evaluate', () => {
  it('evaluates a dataset version from the store and prints the metric table', async () => {
    const root = scratch();
    mkdirSync(join(root, 'eval'));
    copyFileSync(data('binary.csv'), join(root, 'eval', 'binary.csv'));
    const store = join(root, 'store');
    expect(await runCli(['data', 'version', '--name', 'holdout', '--path', 'eval', '--store', store], captureIo(root))).toBe(0);
    const io = captureIo(root);
    const code = await runCli(['evaluate', '--model', resolve(model('binary-logreg.onnx')), '--data', 'holdout@latest', '--label', 'label', '--slices', 'region', '--explain', 'none', '--store', store], io);
    expect(io.stderr.join('')).toBe('');
    expect(code).toBe(0);
    expect(io.stdout.join('')).toMatch(/\| accuracy +\| +0\.8312 \|/);
    const record = await readEvaluationRecord(join(root, 'evaluation-record.json'));
    expect(record.data).toMatchObject({ source: 'holdout@latest', version: 'holdout@1', format: 'csv' });
    expect(record.data.manifest).toMatch(/^sha256:/);
  });

  it('runs shards and merges them, with --json output', async () => {
    const root = scratch();
    const common = ['--model', resolve(model('binary-logreg.onnx')), '--data', resolve(data('binary.csv')), '--label', 'label', '--batch-rows', '100', '--explain', 'none'];
    for (const shard of ['1/2', '2/2']) expect(await runCli(['evaluate', ...common, '--shard', shard], captureIo(root))).toBe(0);
    expect(existsSync(join(root, 'evaluation-shard-2-of-2.json'))).toBe(true);
    const io = captureIo(root);
    expect(await runCli(['evaluate', '--merge', 'evaluation-shard-*.json', '--output', 'merged.json', '--json'], io)).toBe(0);
    const printed = JSON.parse(io.stdout.join('')) as { record: string; metrics: { rows: number } };
    expect(printed.record).toBe(join(root, 'merged.json'));
    expect(printed.metrics.rows).toBe(391);
  });

  it('reports bad flags as user errors', async () => {
    const io = captureIo(scratch());
    expect(await runCli(['evaluate', '--model', 'm.onnx', '--data', 'd.csv', '--label', 'y', '--threshold', 'high'], io)).toBe(1);
    expect(io.stderr.join('')).toMatch(/--threshold/);
    const noStore = captureIo(scratch());
    expect(await runCli(['evaluate', '--task', 'ranking'], noStore)).toBe(1);
    expect(noStore.stderr.join('')).toMatch(/--task must be one of binary, multiclass, regression/);
  });
});

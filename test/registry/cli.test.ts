import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commands } from '../../shared/cli/commands/registry.js';
import { runCli } from '../../shared/cli/main.js';
import type { CliIo } from '../../shared/cli/command.js';
import { gateDecision, makeRegistry } from './fixtures.js';

function io(cwd: string): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t), json: false, cwd, env: {} };
}

describe('mlci registry, promote, rollback (local git + local store)', () => {
  it('promotes, rolls back and prints the history with reasons', async () => {
    const reg = makeRegistry(new Date());
    const a = reg.model('a');
    const b = reg.model('b');
    writeFileSync(join(reg.dir, 'promotion.yml'), 'environments:\n  prod:\n    evidence: gate\n');
    writeFileSync(join(reg.dir, 'decision-a.json'), JSON.stringify(gateDecision(a.digest, new Date().toISOString())));
    const store = ['--store', reg.store.location];
    const first = io(reg.dir);
    expect(await runCli(['promote', '--model', 'churn', '--artifact', a.path, '--environment', 'prod', '--config', 'promotion.yml', '--evidence', 'decision-a.json', '--version', '1.0.0', '--reason', 'first release', ...store], first, commands)).toBe(0);
    expect(first.stdout.join('')).toContain('churn#prod#1: churn v1.0.0 is current in prod');

    const forced = io(reg.dir);
    expect(await runCli(['promote', '--model', 'churn', '--artifact', b.path, '--environment', 'prod', '--config', 'promotion.yml', '--force', '--reason', 'hotfix', '--json', ...store], forced, commands)).toBe(0);
    expect(JSON.parse(forced.stdout.join(''))).toMatchObject({ version: 'v1.0.1', previousVersion: 'v1.0.0', forced: true, tag: 'churn#prod#2' });

    expect(await runCli(['rollback', '--model', 'churn', '--environment', 'prod', '--reason', 'hotfix broke scoring', ...store], io(reg.dir), commands)).toBe(0);

    const history = io(reg.dir);
    expect(await runCli(['registry', 'history', 'churn', 'prod'], history, commands)).toBe(0);
    const lines = history.stdout.join('\n').split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/churn#prod#1 +v1\.0\.0 — reason: first release/);
    expect(lines[1]).toMatch(/churn#prod#2 +v1\.0\.1 \[forced\] — reason: hotfix/);
    expect(lines[2]).toMatch(/churn#prod#3 +rollback to v1\.0\.0 \(undoes churn#prod#2\) \[current\] — reason: hotfix broke scoring/);

    const show = io(reg.dir);
    expect(await runCli(['registry', 'show', '--json'], show, commands)).toBe(0);
    expect(JSON.parse(show.stdout.join(''))).toEqual([
      expect.objectContaining({ model: 'churn', environments: { prod: 'v1.0.0' }, versions: [expect.objectContaining({ version: 'v1.0.0', modelDigest: a.digest }), expect.objectContaining({ version: 'v1.0.1', modelDigest: b.digest })] }),
    ]);
  });

  it('reports user errors with exit code 1 and how to fix them', async () => {
    const reg = makeRegistry(new Date());
    const a = reg.model('a');
    const out = io(reg.dir);
    expect(await runCli(['promote', '--model', 'churn', '--artifact', a.path, '--environment', 'prod', '--store', reg.store.location], out, commands)).toBe(1);
    expect(out.stderr.join('')).toMatch(/requires a gate decision, and none was given[\s\S]*How to fix: Run the gate action/);
    const history = io(reg.dir);
    expect(await runCli(['registry', 'history', 'churn'], history, commands)).toBe(1);
    expect(history.stderr.join('')).toMatch(/needs a model and an environment/);
  });

  it('shows nothing registered yet without failing', async () => {
    const reg = makeRegistry();
    const out = io(reg.dir);
    expect(await runCli(['registry', 'show'], out, commands)).toBe(0);
    expect(out.stdout.join('')).toBe('No registry tags found.');
  });
});

import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../shared/cli/command.js';
import { GROUP_WORDS, loadGroup } from '../../shared/cli/commands/index.js';
import { runCli } from '../../shared/cli/main.js';
import { useTempDirs } from '../helpers/temp-dir.js';

const tempDir = useTempDirs();

function captureIo(cwd: string): CliIo & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (text) => stdout.push(text), err: (text) => stderr.push(text), json: false, cwd, env: {} };
}

describe('mlci CLI', () => {
  it('lists its commands on --help and refuses unknown ones', async () => {
    const io = captureIo('/');
    expect(await runCli(['--help'], io)).toBe(0);
    expect(io.stdout.join('')).toMatch(/data version\s+version a dataset/);
    const bad = captureIo('/');
    expect(await runCli(['nonsense'], bad)).toBe(1);
    expect(bad.stderr.join('')).toMatch(/unknown command: nonsense/);
  });

  it('loads a command group by its first words, which are exactly the first words of its commands', async () => {
    for (const [index, words] of GROUP_WORDS.entries()) {
      const { commands } = await loadGroup(index);
      expect([...new Set(commands.map((command) => command.path[0]))].sort(), `group ${index}`).toEqual([...words].sort());
    }
    const io = captureIo('/');
    expect(await runCli(['data', '--help'], io)).toBe(0);
    expect(io.stdout.join('')).toMatch(/data version/);
    expect(io.stdout.join('')).not.toMatch(/evaluate/);
  });

  it('reports an unknown option as a user error pointing at --help', async () => {
    const io = captureIo('/');
    expect(await runCli(['data', 'log', 'x', '--frobnicate'], io)).toBe(1);
    expect(io.stderr.join('')).toMatch(/error: .*frobnicate[\s\S]*mlci data log --help/);
  });

  it('versions, logs and restores a dataset with --json output', async () => {
    const root = await tempDir();
    await mkdir(join(root, 'data'));
    await writeFile(join(root, 'data', 'rows.csv'), 'a,b\n1,x\n2,y\n');
    const io = captureIo(root);
    expect(await runCli(['data', 'version', '--name', 'rows', '--path', 'data', '--json'], io)).toBe(0);
    const version = JSON.parse(io.stdout.join('')) as { number: number; changed: boolean; version: string };
    expect(version).toMatchObject({ number: 1, changed: true });
    const log = captureIo(root);
    expect(await runCli(['data', 'log', 'rows', '--json'], log)).toBe(0);
    expect(JSON.parse(log.stdout.join(''))).toEqual([expect.objectContaining({ number: 1, version: version.version, files: 1 })]);
    const restore = captureIo(root);
    expect(await runCli(['data', 'restore', '--name', 'rows', '--path', 'out'], restore)).toBe(0);
    expect(restore.stdout.join('')).toBe('restored rows@1 (1 files)');
  });

  it('diffs two stored versions, counting rows added and removed from the store alone', async () => {
    const root = await tempDir();
    await mkdir(join(root, 'data'));
    await writeFile(join(root, 'data', 'rows.csv'), 'a,b\n1,x\n2,y\n');
    expect(await runCli(['data', 'version', '--name', 'rows', '--path', 'data'], captureIo(root))).toBe(0);
    await writeFile(join(root, 'data', 'rows.csv'), 'a,b\n1,x\n3,z\n4,w\n');
    expect(await runCli(['data', 'version', '--name', 'rows', '--path', 'data'], captureIo(root))).toBe(0);
    const io = captureIo(root);
    expect(await runCli(['data', 'diff', 'rows@1', 'rows@2', '--json'], io)).toBe(0);
    const diff = JSON.parse(io.stdout.join('')) as { files: Array<{ path: string; change: string; table: { rows: { added: number; removed: number } } }> };
    expect(diff.files).toHaveLength(1);
    expect(diff.files[0]).toMatchObject({ path: 'data/rows.csv', change: 'modified', table: { rowsBefore: 2, rowsAfter: 3, rows: { added: 2, removed: 1 } } });
  });

  it('exits 1 with the reason for a missing version', async () => {
    const root = await tempDir();
    const io = captureIo(root);
    expect(await runCli(['data', 'restore', '--name', 'rows', '--version', '3'], io)).toBe(1);
    expect(io.stderr.join('')).toMatch(/Dataset 'rows' has no version '3'/);
  });
});

import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runAction, setOutputs } from '../../shared/action/index.js';
import { UserError } from '../../shared/errors.js';

let dir: string;
let output: string;
const writes: string[] = [];
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mlci-action-'));
  output = join(dir, 'output');
  await writeFile(output, '');
  process.env.GITHUB_OUTPUT = output;
  process.exitCode = undefined;
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    writes.push(String(chunk));
    return true;
  });
});
afterEach(async () => {
  vi.restoreAllMocks();
  writes.length = 0;
  delete process.env.GITHUB_OUTPUT;
  process.exitCode = undefined;
  await rm(dir, { recursive: true, force: true });
});

describe('runAction', () => {
  it('fails a user error with an annotation on the file, line and column, and how to fix it', async () => {
    await runAction(async () => {
      throw new UserError('margin must be a number', { file: 'policy.yml', line: 4, column: 12, fix: 'Write `margin: 0.01`.' });
    });
    expect(process.exitCode).toBe(1);
    const log = writes.join('');
    expect(log).toContain('::error title=Configuration error,file=policy.yml,line=4,col=12::policy.yml:4:12: margin must be a number%0AHow to fix: Write `margin: 0.01`.');
    expect(log).not.toContain('Internal error');
  });

  it('reports anything else as an internal failure with its stack', async () => {
    await runAction(async () => {
      throw new TypeError('x is undefined');
    });
    expect(process.exitCode).toBe(1);
    expect(writes.join('')).toMatch(/::error title=Internal error::Internal error \(please report it with this log\): TypeError: x is undefined/);
  });

  it('writes outputs, objects as JSON', async () => {
    await runAction(async () => setOutputs({ version: 'sha256:ab', number: 3, changed: false, metrics: { auc: 0.9 }, skipped: undefined }));
    const text = await readFile(output, 'utf8');
    expect(text).toMatch(/version<<ghadelimiter_[^\n]+\nsha256:ab\n/);
    expect(text).toMatch(/number<<ghadelimiter_[^\n]+\n3\n/);
    expect(text).toMatch(/metrics<<ghadelimiter_[^\n]+\n\{"auc":0.9\}\n/);
    expect(text).not.toContain('skipped');
    expect(process.exitCode).toBeUndefined();
  });
});

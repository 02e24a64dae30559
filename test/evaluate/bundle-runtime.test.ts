import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ONNXRUNTIME_PACKAGE, ONNXRUNTIME_VERSION } from '../../shared/model/runtime-install.js';
import { data, model } from './helpers.js';

/**
 * The committed evaluate bundle, run as a runner runs it: from a directory where onnxruntime-node cannot
 * be resolved (a user's checkout of the action has no node_modules), with the runtime already in the
 * runner's tool cache (what the installer leaves there; its npm and Actions-cache steps are tested in
 * test/model/runtime-install.test.ts). The bundle must start, find the runtime there and evaluate.
 */
describe('the bundled evaluate action without onnxruntime-node beside it', () => {
  it('loads the runtime from the tool cache and writes the record', () => {
    const root = mkdtempSync(join(tmpdir(), 'mlci-bundle-runtime-'));
    const action = join(root, 'action');
    cpSync(resolve('actions/evaluate/dist'), join(action, 'dist'), { recursive: true });
    const toolCache = join(root, 'tool-cache');
    const installed = join(toolCache, ONNXRUNTIME_PACKAGE, ONNXRUNTIME_VERSION, process.arch);
    mkdirSync(join(installed, 'node_modules'), { recursive: true });
    symlinkSync(resolve('node_modules', ONNXRUNTIME_PACKAGE), join(installed, 'node_modules', ONNXRUNTIME_PACKAGE), 'dir');
    writeFileSync(`${installed}.complete`, '');
    const output = join(root, 'record.json');
    const githubOutput = join(root, 'github-output');
    writeFileSync(githubOutput, '');
    const inputs = {
      model: resolve(model('binary-logreg.onnx')),
      'baseline-model': resolve(model('binary-logreg-baseline.onnx')),
      data: resolve(data('binary.csv')),
      label: 'label',
      explain: 'none',
      output,
    };
    const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, RUNNER_TOOL_CACHE: toolCache, RUNNER_TEMP: root, GITHUB_OUTPUT: githubOutput, GITHUB_WORKSPACE: root };
    for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
    const result = spawnSync(process.execPath, [join(action, 'dist', 'index.js')], { cwd: root, env, encoding: 'utf8' });
    expect(result.stdout + result.stderr).not.toMatch(/Cannot find (module|package) 'onnxruntime-node'/);
    expect(result.status, result.stdout + result.stderr).toBe(0);
    const record = JSON.parse(readFileSync(output, 'utf8')) as { kind: string; runtime: { onnxruntime: string }; comparison?: unknown };
    expect(record.kind).toBe('evaluation-record');
    expect(record.runtime.onnxruntime).toBe(ONNXRUNTIME_VERSION);
    expect(record.comparison).toBeDefined();
  });
});

import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vi } from 'vitest';

/** Runs an action's `run()` as the runner would: inputs as INPUT_* variables, outputs and summary in files. */
export async function runActionMain(
  run: () => Promise<void>,
  inputs: Record<string, string>,
  env: Record<string, string>,
): Promise<{ outputs: Record<string, string>; summary: string; exitCode: number | undefined }> {
  const outputFile = join(tmpdir(), `mlci-registry-output-${process.pid}-${Math.random()}`);
  // @actions/core keeps the summary file of its first use: one per process, read the new part only.
  const summaryFile = join(tmpdir(), `mlci-registry-summary-${process.pid}`);
  await writeFile(outputFile, '');
  const before = await readFile(summaryFile, 'utf8').catch(() => '');
  if (before === '') await writeFile(summaryFile, '');
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key];
  Object.assign(process.env, { GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summaryFile, ...env });
  for (const [name, value] of Object.entries(inputs)) process.env[`INPUT_${name.toUpperCase()}`] = value;
  process.exitCode = undefined;
  await run();
  const exitCode = process.exitCode as number | undefined;
  process.exitCode = undefined;
  const summary = (await readFile(summaryFile, 'utf8')).slice(before.length);
  return { outputs: parseOutputs(await readFile(outputFile, 'utf8')), summary, exitCode };
}

/** GITHUB_OUTPUT uses heredoc blocks: `name<<DELIM\nvalue\nDELIM`. */
function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  for (const match of text.matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) outputs[match[1]!] = match[3]!;
  return outputs;
}

/** Collects what the action writes to stdout (workflow commands such as ::error::) during a test. */
export function captureStdout(): string[] {
  const lines: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    lines.push(String(chunk));
    return true;
  });
  return lines;
}

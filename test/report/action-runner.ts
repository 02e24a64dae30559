import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Runs an action's `run()` in-process the way the runner does: inputs as real INPUT_* variables, the
 * event payload in GITHUB_EVENT_PATH, outputs and the step summary in files, and the workflow commands
 * (`::error file=…`) captured from stdout.
 */
export interface ActionRun {
  outputs: Record<string, string>;
  summary: string;
  exitCode: number | undefined;
  /** `::error …` / `::warning …` lines the action printed. */
  commands: string[];
}

// @actions/core remembers the summary file of its first use in a process: keep one and read the new part.
const summaryFile = join(mkdtempSync(join(tmpdir(), 'mlci-report-action-')), 'summary.md');
writeFileSync(summaryFile, '');

export async function runAction(run: () => Promise<void>, inputs: Record<string, string>, env: Record<string, string>, payload: unknown): Promise<ActionRun> {
  const dir = mkdtempSync(join(tmpdir(), 'mlci-action-'));
  const outputFile = join(dir, 'output');
  const eventFile = join(dir, 'event.json');
  writeFileSync(outputFile, '');
  writeFileSync(eventFile, JSON.stringify(payload));
  const before = readFileSync(summaryFile, 'utf8');
  const saved = { ...process.env };
  for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key];
  Object.assign(process.env, { GITHUB_OUTPUT: outputFile, GITHUB_STEP_SUMMARY: summaryFile, GITHUB_EVENT_PATH: eventFile, ...env });
  for (const [name, value] of Object.entries(inputs)) process.env[`INPUT_${name.toUpperCase()}`] = value;
  const commands: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array) => {
    const text = String(chunk);
    for (const line of text.split('\n')) if (/^::(error|warning|notice)/.test(line)) commands.push(line);
    return true;
  }) as typeof process.stdout.write;
  process.exitCode = undefined;
  try {
    await run();
  } finally {
    process.stdout.write = write;
    process.env = saved;
  }
  const exitCode = process.exitCode as number | undefined;
  process.exitCode = undefined;
  return { outputs: parseOutputs(readFileSync(outputFile, 'utf8')), summary: readFileSync(summaryFile, 'utf8').slice(before.length), exitCode, commands };
}

function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  for (const match of text.matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)) outputs[match[1]!] = match[3]!;
  return outputs;
}

const examples = createRequire(import.meta.url)('@octokit/webhooks-examples') as Array<{ name: string; examples: Array<Record<string, unknown>> }>;

/** A payload from @octokit/webhooks-examples (GitHub's own samples), deep-copied for editing. */
export function webhookExample(name: string, action?: string): Record<string, unknown> {
  const found = examples.find((e) => e.name === name)!.examples.find((e) => action === undefined || e.action === action)!;
  return structuredClone(found);
}

import { spawn } from 'node:child_process';
import { UserError } from '../errors.js';

export interface CommandOptions {
  cwd: string;
  /** The environment the command gets, before write credentials are removed. */
  env: Readonly<Record<string, string | undefined>>;
  /** Each line of the command's output as it arrives (stdout and stderr). */
  log: (line: string) => void;
  /** Lines kept for the error message when the command fails. */
  tailLines?: number;
}

export interface CommandResult {
  durationMs: number;
}

/**
 * Variables a training command must never see: it is the user's code (and its dependencies), so it gets
 * no GitHub credentials (`GITHUB_TOKEN`, `GH_TOKEN`, `ACTIONS_RUNTIME_TOKEN`, any `GITHUB_*`/`GH_*`/
 * `ACTIONS_*` name with TOKEN or PAT), no OIDC request credentials (which could mint a signing identity),
 * no runner service URLs and no action inputs (`INPUT_TOKEN`). The user's own variables (`HF_TOKEN`,
 * `WANDB_API_KEY`) pass: the workflow author put them in the step's `env:` for the command.
 */
const GITHUB_CREDENTIAL = /^(GITHUB|GH|ACTIONS)_\w*(TOKEN|PAT)/i;
const RUNNER_SERVICE = new Set(['ACTIONS_ID_TOKEN_REQUEST_URL', 'ACTIONS_RUNTIME_URL', 'ACTIONS_RESULTS_URL', 'ACTIONS_CACHE_URL']);

export function commandEnvironment(env: Readonly<Record<string, string | undefined>>): Record<string, string> {
  const clean: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined || GITHUB_CREDENTIAL.test(name) || RUNNER_SERVICE.has(name.toUpperCase()) || /^INPUT_/i.test(name)) continue;
    clean[name] = value;
  }
  return clean;
}

/** Runs `command` in a shell, streaming its output; a non-zero exit is a UserError with the last lines. */
export function runCommand(command: string, options: CommandOptions): Promise<CommandResult> {
  const started = performance.now();
  const tail: string[] = [];
  const keep = options.tailLines ?? 20;
  const onLine = (line: string) => {
    options.log(line);
    tail.push(line);
    if (tail.length > keep) tail.shift();
  };
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, { cwd: options.cwd, env: commandEnvironment(options.env), shell: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const flushOut = splitLines(child.stdout, onLine);
    const flushErr = splitLines(child.stderr, onLine);
    child.on('error', (error) => reject(new UserError(`The run command could not start: ${error.message}`, { input: 'run', cause: error })));
    child.on('close', (code, signal) => {
      flushOut();
      flushErr();
      if (code === 0) return resolvePromise({ durationMs: performance.now() - started });
      const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
      reject(
        new UserError(`The run command ${how}. Last lines of its output:\n${tail.map((line) => `  ${line}`).join('\n') || '  (no output)'}`, {
          input: 'run',
          fix: 'Fix the training command (see its output above); nothing was cached.',
        }),
      );
    });
  });
}

/** Calls `onLine` per complete line; the returned function flushes a final unterminated line. */
function splitLines(stream: NodeJS.ReadableStream, onLine: (line: string) => void): () => void {
  let pending = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    const parts = (pending + chunk).split(/\r?\n/);
    pending = parts.pop() ?? '';
    for (const part of parts) onLine(part);
  });
  return () => {
    if (pending) onLine(pending);
    pending = '';
  };
}

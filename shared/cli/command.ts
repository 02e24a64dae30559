import { UserError } from '../errors.js';
import type { ParseArgsConfig } from 'node:util';

export type CliOptions = NonNullable<ParseArgsConfig['options']>;

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  /** `--json`: print machine-readable results on stdout instead of prose. */
  json: boolean;
  cwd: string;
  env: NodeJS.ProcessEnv;
}

export interface CliArgs {
  values: Record<string, string | boolean | string[] | boolean[] | undefined>;
  positionals: string[];
}

/** One CLI command: `path` are the words that select it, e.g. ['data', 'version']. */
export interface CliCommand {
  path: string[];
  summary: string;
  /** Shown by `--help`: arguments and what each option means. */
  usage: string;
  options: CliOptions;
  run(args: CliArgs, io: CliIo): Promise<number | void>;
}

/** String value of an option, or undefined; for options declared `type: 'string'`. */
export function stringOption(args: CliArgs, name: string): string | undefined {
  const value = args.values[name];
  return typeof value === 'string' ? value : undefined;
}

export function stringListOption(args: CliArgs, name: string): string[] {
  const value = args.values[name];
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string');
  return [];
}

export function flagOption(args: CliArgs, name: string): boolean {
  return args.values[name] === true;
}

export function requiredOption(args: CliArgs, name: string): string {
  const value = stringOption(args, name);
  if (!value) throw new UserError(`--${name} is required.`, { input: `--${name}`, fix: `Add --${name} <value>; see --help.` });
  return value;
}

/** `--json` prints the machine-readable result; otherwise the prose line(s). */
export function printResult(io: CliIo, json: unknown, prose: string): void {
  io.out(io.json ? JSON.stringify(json, null, 2) : prose);
}

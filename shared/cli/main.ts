#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { formatUserError, isUserError, UserError } from '../errors.js';
import type { CliCommand, CliIo } from './command.js';
import { commandsFor } from './commands/index.js';

const COMMON_OPTIONS = {
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Runs one CLI invocation; returns the exit code (0 ok, 1 user error, 2 internal failure). */
export async function runCli(argv: string[], io: CliIo, given?: CliCommand[]): Promise<number> {
  const commands = given ?? (await commandsFor(argv));
  const command = findCommand(argv, commands);
  if (!command) {
    const wantsHelp = argv.length === 0 || argv.includes('--help') || argv.includes('-h');
    (wantsHelp ? io.out : io.err)(overview(commands, argv));
    return wantsHelp ? 0 : 1;
  }
  const rest = argv.slice(command.path.length);
  try {
    const { values, positionals } = parseArgs({
      args: rest,
      options: { ...COMMON_OPTIONS, ...command.options },
      allowPositionals: true,
      strict: true,
    });
    if (values.help) {
      io.out(helpFor(command));
      return 0;
    }
    const exit = await command.run({ values, positionals }, { ...io, json: values.json === true });
    return exit ?? 0;
  } catch (error) {
    return reportCliError(error, command, io);
  }
}

function findCommand(argv: string[], commands: CliCommand[]): CliCommand | undefined {
  const matching = commands.filter((command) => command.path.every((word, index) => argv[index] === word));
  return matching.sort((a, b) => b.path.length - a.path.length)[0];
}

function reportCliError(error: unknown, command: CliCommand, io: CliIo): number {
  if (isUserError(error)) {
    io.err(`error: ${formatUserError(error)}`);
    return 1;
  }
  // parseArgs throws TypeErrors with codes like ERR_PARSE_ARGS_UNKNOWN_OPTION: those are user errors.
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
    const usage = new UserError((error as Error).message, { fix: `See \`mlci ${command.path.join(' ')} --help\`.` });
    io.err(`error: ${formatUserError(usage)}`);
    return 1;
  }
  io.err(`internal error (please report it): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  return 2;
}

function helpFor(command: CliCommand): string {
  return `mlci ${command.path.join(' ')} — ${command.summary}\n\n${command.usage.trim()}\n\nCommon options:\n  --json    machine-readable output\n  --help    this help\n`;
}

function overview(commands: CliCommand[], argv: string[]): string {
  const unknown = argv.length && !argv[0]?.startsWith('-') ? `unknown command: ${argv.join(' ')}\n\n` : '';
  const width = Math.max(...commands.map((command) => command.path.join(' ').length));
  const lines = commands.map((command) => `  ${command.path.join(' ').padEnd(width)}  ${command.summary}`);
  return `${unknown}mlci — CI/CD for machine learning\n\nUsage: mlci <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nRun \`mlci <command> --help\` for a command's options.\n`;
}

function isEntryPoint(): boolean {
  const entry = process.argv[1] ?? '';
  return /(?:^|[\\/])(?:main\.ts|index\.js|mlci)$/.test(entry);
}

if (isEntryPoint()) {
  const io: CliIo = {
    out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
    err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
    json: false,
    cwd: process.cwd(),
    env: process.env,
  };
  process.exitCode = await runCli(process.argv.slice(2), io);
}

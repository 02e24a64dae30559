import type { CliCommand } from '../command.js';

type CommandGroup = () => Promise<{ commands: CliCommand[] }>;

/**
 * Every command group, in the order `mlci --help` lists them, each imported only when needed: a
 * command line loads the one group its first word names, so `mlci evaluate` does not load the GitHub
 * client, the signing library or the report renderer (~0.15 s of start-up on a 2-core runner).
 */
const GROUPS: ReadonlyArray<{ words: readonly string[]; load: CommandGroup }> = [
  { words: ['data'], load: () => import('./data.js') },
  { words: ['train', 'train-model', 'lineage', 'verify'], load: () => import('./train.js') },
  { words: ['registry', 'promote', 'rollback'], load: () => import('./registry.js') },
  { words: ['evaluate'], load: () => import('./evaluate.js') },
  { words: ['report', 'gate'], load: () => import('./report.js') },
];

/** Every command (for the overview). */
async function allCommands(): Promise<CliCommand[]> {
  const groups = await Promise.all(GROUPS.map((group) => group.load()));
  return groups.flatMap((group) => group.commands);
}

/** The commands a command line can name: those of the group its first word belongs to, else all. */
export async function commandsFor(argv: readonly string[]): Promise<CliCommand[]> {
  const group = GROUPS.find((candidate) => candidate.words.includes(argv[0] ?? ''));
  return group ? (await group.load()).commands : allCommands();
}

/** Which first words each group claims (a test checks them against the commands the groups define). */
export const GROUP_WORDS: ReadonlyArray<readonly string[]> = GROUPS.map((group) => group.words);
export const loadGroup = (index: number): Promise<{ commands: CliCommand[] }> => GROUPS[index]!.load();

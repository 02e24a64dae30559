import type { CliCommand } from '../command.js';
import { commands as data } from './data.js';
import { commands as train } from './train.js';
import { commands as registry } from './registry.js';
import { commands as evaluate } from './evaluate.js';
import { commands as report } from './report.js';

/** Every command group registers here, one import each. */
export const allCommands: CliCommand[] = [...data, ...train, ...registry, ...evaluate, ...report];

import * as core from '@actions/core';
import { parse as parseYaml } from 'yaml';
import { UserError } from '../errors.js';
import { parseNumber, type NumberBounds } from '../numbers.js';

/**
 * Typed readers for action inputs. Every reader takes the input's literal name, so a test can check
 * that each input read in an action's main.ts is declared in its action.yml (and the reverse).
 * Values are trimmed; an empty string counts as "not given", as it does in workflow YAML.
 */

export function optionalInput(name: string): string | undefined {
  const value = core.getInput(name).trim();
  return value === '' ? undefined : value;
}

export function requiredInput(name: string): string {
  const value = optionalInput(name);
  if (value === undefined) {
    throw new UserError(`Input '${name}' is required but was empty.`, {
      input: name,
      fix: `Set \`${name}:\` under \`with:\` in the step that uses this action.`,
    });
  }
  return value;
}

const TRUE_WORDS = new Set(['true', 'True', 'TRUE', 'yes', 'on', '1']);
const FALSE_WORDS = new Set(['false', 'False', 'FALSE', 'no', 'off', '0']);

export function booleanInput(name: string, defaultValue: boolean): boolean {
  const value = optionalInput(name);
  if (value === undefined) return defaultValue;
  if (TRUE_WORDS.has(value)) return true;
  if (FALSE_WORDS.has(value)) return false;
  throw new UserError(`Input '${name}' must be true or false, got '${value}'.`, {
    input: name,
    fix: `Write \`${name}: true\` or \`${name}: false\`.`,
  });
}

/** One value per line, or comma-separated on one line; blank entries and `#` comments dropped. */
export function listInput(name: string): string[] {
  return splitList(optionalInput(name) ?? '');
}

export function splitList(text: string): string[] {
  const lines = text.split(/\r?\n/).map((line) => line.replace(/(^|\s)#.*$/, '').trim());
  const items = lines.length === 1 ? (lines[0] ?? '').split(',') : lines;
  return items.map((item) => item.trim()).filter((item) => item !== '');
}

export function numberInput(name: string, defaultValue: number, bounds: NumberBounds = {}): number {
  const text = optionalInput(name);
  if (text === undefined) return defaultValue;
  return parseNumber(text, bounds, { input: name });
}

export function choiceInput<T extends string>(name: string, choices: readonly T[], defaultValue: T): T {
  const value = optionalInput(name);
  if (value === undefined) return defaultValue;
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new UserError(`Input '${name}' must be one of ${choices.join(', ')}; got '${value}'.`, {
    input: name,
    fix: `Write \`${name}: ${defaultValue}\` or another of: ${choices.join(', ')}.`,
  });
}

/**
 * An input holding inline YAML or JSON (JSON is YAML). Schema checks belong to the caller's RecordType
 * or policy validator, which know the field names; this reader only reports syntax errors with
 * their line and column inside the input.
 */
export function structuredInput(name: string): unknown {
  const text = optionalInput(name);
  if (text === undefined) return undefined;
  try {
    return parseYaml(text, { prettyErrors: true });
  } catch (error) {
    const position = (error as { linePos?: Array<{ line: number; col: number }> }).linePos?.[0];
    throw new UserError(`Input '${name}' is not valid YAML or JSON: ${(error as Error).message.split('\n')[0]}`, {
      input: name,
      ...(position ? { line: position.line, column: position.col } : {}),
      fix: 'Check the indentation and quoting of the value under `with:`.',
    });
  }
}

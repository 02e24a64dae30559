import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STORE_INPUT_NAMES } from '../../shared/action/store-inputs.js';
import { loadActions } from '../../scripts/docs.js';

const READERS = /\b(?:requiredInput|optionalInput|booleanInput|listInput|numberInput|choiceInput|structuredInput)\(\s*'([^']+)'/g;

/** Input names an action's adapter reads: literal names passed to the readers, plus the store inputs. */
function inputsReadBy(directory: string): string[] {
  const source = readFileSync(join('actions', directory, 'src', 'main.ts'), 'utf8');
  const names = [...source.matchAll(READERS)].map((match) => match[1]!);
  if (/\bstoreFromInputs\(/.test(source)) names.push(...STORE_INPUT_NAMES);
  return [...new Set(names)].sort();
}

const actions = await loadActions();

describe('every action reads exactly the inputs its action.yml declares', () => {
  it('has actions to check', () => {
    expect(actions.length).toBeGreaterThanOrEqual(2);
  });
  for (const { directory, manifest } of actions) {
    it(directory, () => {
      const declared = Object.keys(manifest.inputs ?? {}).sort();
      const read = inputsReadBy(directory);
      expect({ readButNotDeclared: read.filter((name) => !declared.includes(name)), declaredButNotRead: declared.filter((name) => !read.includes(name)) }).toEqual({
        readButNotDeclared: [],
        declaredButNotRead: [],
      });
    });
  }
});

describe('every action has a thin adapter', () => {
  for (const { directory } of actions) {
    it(`${directory}: two-line index.ts, main.ts of at most 60 lines, node24 runtime`, () => {
      const index = readFileSync(join('actions', directory, 'src', 'index.ts'), 'utf8').trim().split('\n');
      expect(index).toEqual(["import { run } from './main.js';", 'await run();']);
      const main = readFileSync(join('actions', directory, 'src', 'main.ts'), 'utf8').trimEnd().split('\n');
      expect(main.length).toBeLessThanOrEqual(60);
      expect(readFileSync(join('actions', directory, 'action.yml'), 'utf8')).toMatch(/using: '?node24'?\n\s+main: '?dist\/index\.js'?/);
    });
  }
});

import { afterEach, describe, expect, it } from 'vitest';
import { booleanInput, choiceInput, listInput, numberInput, optionalInput, requiredInput, structuredInput } from '../../shared/action/index.js';
import { isUserError, type UserError } from '../../shared/errors.js';

/** Inputs are set as the runner sets them: INPUT_<NAME> environment variables. */
const set: string[] = [];
function input(name: string, value: string): void {
  const key = `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
  process.env[key] = value;
  set.push(key);
}
afterEach(() => {
  for (const key of set.splice(0)) delete process.env[key];
});

function userError(read: () => unknown): UserError {
  try {
    read();
  } catch (error) {
    expect(isUserError(error)).toBe(true);
    return error as UserError;
  }
  throw new Error('expected a UserError');
}

describe('action inputs', () => {
  it('reads required and optional inputs, trimming and treating empty as absent', () => {
    input('name', '  churn ');
    input('empty', '   ');
    expect(requiredInput('name')).toBe('churn');
    expect(optionalInput('empty')).toBeUndefined();
    const error = userError(() => requiredInput('empty'));
    expect(error.location.input).toBe('empty');
    expect(error.fix).toMatch(/with:/);
  });

  it('reads booleans with a default and rejects anything else', () => {
    input('flag', 'yes');
    expect(booleanInput('flag', false)).toBe(true);
    expect(booleanInput('absent', true)).toBe(true);
    input('bad', 'maybe');
    expect(userError(() => booleanInput('bad', false)).message).toMatch(/must be true or false, got 'maybe'/);
  });

  it('reads lists from lines or commas, dropping blanks and comments', () => {
    input('paths', 'data/a.csv\n\n  data/b # the second\n');
    expect(listInput('paths')).toEqual(['data/a.csv', 'data/b']);
    input('cols', 'age, plan ,region');
    expect(listInput('cols')).toEqual(['age', 'plan', 'region']);
    expect(listInput('none')).toEqual([]);
  });

  it('reads bounded numbers and choices', () => {
    input('threshold', '0.7');
    expect(numberInput('threshold', 0.5, { min: 0, max: 1 })).toBe(0.7);
    input('rows', '2.5');
    expect(userError(() => numberInput('rows', 1, { integer: true })).message).toMatch(/must be an integer/);
    input('big', '7');
    expect(userError(() => numberInput('big', 1, { min: 0, max: 1 })).message).toMatch(/outside between 0 and 1/);
    input('mode', 'both');
    expect(choiceInput('mode', ['comment', 'summary', 'both'] as const, 'comment')).toBe('both');
    input('mode2', 'all');
    expect(userError(() => choiceInput('mode2', ['comment', 'summary'] as const, 'comment')).message).toMatch(/one of comment, summary/);
  });

  it('parses structured YAML/JSON input and names the line of a syntax error', () => {
    input('config', 'a: 1\nb: [1, 2]');
    expect(structuredInput('config')).toEqual({ a: 1, b: [1, 2] });
    input('broken', 'a: 1\nb: [1, 2\nc: 3');
    const error = userError(() => structuredInput('broken'));
    expect(error.location.input).toBe('broken');
    expect(error.location.line).toBeGreaterThanOrEqual(2);
  });
});

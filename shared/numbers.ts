import { UserError } from './errors.js';

export interface NumberBounds {
  min?: number;
  max?: number;
  integer?: boolean;
}

/** Shared by the action inputs and the CLI flags so both reject the same values the same way. */
export function parseNumber(text: string, bounds: NumberBounds, where: { input: string }): number {
  const value = Number(text);
  const kind = bounds.integer ? 'an integer' : 'a number';
  const range = describeRange(bounds);
  const fix = `Give ${kind}${range}.`;
  if (text.trim() === '' || !Number.isFinite(value) || (bounds.integer && !Number.isInteger(value))) {
    throw new UserError(`'${where.input}' must be ${kind}, got '${text}'.`, { input: where.input, fix });
  }
  if ((bounds.min !== undefined && value < bounds.min) || (bounds.max !== undefined && value > bounds.max)) {
    throw new UserError(`'${where.input}' is ${value}, outside${range}.`, { input: where.input, fix });
  }
  return value;
}

function describeRange(bounds: NumberBounds): string {
  if (bounds.min !== undefined && bounds.max !== undefined) return ` between ${bounds.min} and ${bounds.max}`;
  if (bounds.min !== undefined) return ` of at least ${bounds.min}`;
  if (bounds.max !== undefined) return ` of at most ${bounds.max}`;
  return '';
}

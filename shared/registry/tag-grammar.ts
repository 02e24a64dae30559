import { UserError } from '../errors.js';
import { formatSemver, parseSemver, type Semver } from './semver.js';

/**
 * GTO's tag grammar (https://dvc.org/doc/gto): `churn@v1.4.0` registers a version, `churn#prod#12` assigns
 * a version to an environment (the 12th event there), `churn#prod!#13` unassigns. Names are restricted
 * so that every tag is a valid git ref and cannot be confused with another model's tags.
 */
export type RegistryTag =
  | { kind: 'register'; model: string; version: Semver }
  | { kind: 'assign'; model: string; environment: string; counter: number }
  | { kind: 'unassign'; model: string; environment: string; counter: number };

const SEGMENT = '[a-z0-9](?:[a-z0-9_-]*[a-z0-9])?';
const MODEL_PATTERN = new RegExp(`^${SEGMENT}(?:/${SEGMENT})*$`);
const ENVIRONMENT_PATTERN = new RegExp(`^${SEGMENT}$`);
const REGISTER_PATTERN = /^(.+)@(v[^@#!]+)$/;
const ASSIGN_PATTERN = /^(.+?)#([^#!]+)(!?)#([1-9]\d*)$/;

export function isModelName(name: string): boolean {
  return MODEL_PATTERN.test(name);
}

export function isEnvironmentName(name: string): boolean {
  return ENVIRONMENT_PATTERN.test(name);
}

/** undefined for any tag that is not a registry tag (release tags, other tools' tags). */
export function parseTagName(name: string): RegistryTag | undefined {
  const register = REGISTER_PATTERN.exec(name);
  if (register) {
    const [, model = '', versionText = ''] = register;
    const version = parseSemver(versionText);
    return version && isModelName(model) ? { kind: 'register', model, version } : undefined;
  }
  const assign = ASSIGN_PATTERN.exec(name);
  if (!assign) return undefined;
  const [, model = '', environment = '', bang, counter = ''] = assign;
  if (!isModelName(model) || !isEnvironmentName(environment)) return undefined;
  return { kind: bang ? 'unassign' : 'assign', model, environment, counter: Number(counter) };
}

export function formatTagName(tag: RegistryTag): string {
  if (tag.kind === 'register') return `${tag.model}@${formatSemver(tag.version)}`;
  const bang = tag.kind === 'unassign' ? '!' : '';
  return `${tag.model}#${tag.environment}${bang}#${tag.counter}`;
}

/** The ref prefix under which every tag of one model lives (`churn` → tags starting `churn@`/`churn#`). */
export function modelTagPrefixes(model: string): string[] {
  return [`${model}@`, `${model}#`];
}

export function checkModelName(name: string, input: string): string {
  if (isModelName(name)) return name;
  throw new UserError(`'${name}' is not a valid model name.`, {
    input,
    fix: 'Use lowercase letters, digits, `-` and `_` (and `/` between parts), starting and ending with a letter or digit, e.g. `churn`.',
  });
}

export function checkEnvironmentName(name: string, input: string): string {
  if (isEnvironmentName(name)) return name;
  throw new UserError(`'${name}' is not a valid environment name.`, {
    input,
    fix: 'Use lowercase letters, digits, `-` and `_`, e.g. `staging` or `prod`.',
  });
}

import { readFile } from 'node:fs/promises';
import type { ErrorObject } from 'ajv/dist/2020.js';
import { isMap, isNode, LineCounter, parseDocument, type Document } from 'yaml';
import { errnoCode, UserError } from '../errors.js';
import { promotionConfigSchema, type EnvironmentRule, type PromotionConfig } from '../schemas/promotion.js';
import { compileOnFirstUse, createAjv } from '../schemas/record-type.js';

/**
 * Reads and checks the promotion config (YAML or JSON). Every problem names the file, line and column
 * and the field, because a wrong promotion rule is found at the worst possible moment: on the way to prod.
 */
const promotionValidator = compileOnFirstUse(() => createAjv().compile(promotionConfigSchema));

/** With no config file every environment is allowed, in any order, and needs a passing gate decision. */
export const DEFAULT_ENVIRONMENT_RULE: Required<Pick<EnvironmentRule, 'evidence' | 'allow-force'>> = {
  evidence: 'gate',
  'allow-force': true,
};

export interface LoadedPromotionConfig {
  /** undefined for the built-in default (no file given). */
  source?: string;
  config?: PromotionConfig;
  /** Where each environment is declared, for errors that point back into the file. */
  lines: Map<string, number>;
}

export async function loadPromotionConfig(path: string | undefined, input = 'config'): Promise<LoadedPromotionConfig> {
  if (path === undefined) return { lines: new Map() };
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const missing = errnoCode(error) === 'ENOENT';
    throw new UserError(`Promotion config ${path} ${missing ? 'does not exist' : 'cannot be read'}.`, {
      input,
      file: path,
      fix: missing ? 'Commit the promotion file (see examples/promotion.yml) or fix the path.' : 'Check the file permissions.',
      cause: error,
    });
  }
  return parsePromotionConfig(text, path);
}

export function parsePromotionConfig(text: string, source: string): LoadedPromotionConfig {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const syntax = doc.errors[0];
  if (syntax) {
    const pos = lineCounter.linePos(syntax.pos[0]);
    throw new UserError(`${source} is not valid YAML: ${syntax.message.split('\n')[0]}`, {
      file: source,
      line: pos.line,
      column: pos.col,
      fix: 'Check the indentation and quoting at that line.',
    });
  }
  const value: unknown = doc.toJS() ?? {};
  const validate = promotionValidator();
  if (!validate(value)) throw schemaError(doc, lineCounter, source, validate.errors ?? []);
  const config = normalize(value as PromotionConfig);
  const lines = environmentLines(doc, lineCounter, Object.keys(config.environments));
  checkOrder(config, source, lines);
  return { source, config, lines };
}

/** `prod:` with nothing under it is an environment with default rules. */
function normalize(config: PromotionConfig): PromotionConfig {
  const environments: Record<string, EnvironmentRule> = {};
  for (const [name, rule] of Object.entries(config.environments)) environments[name] = rule ?? {};
  return { environments };
}

function schemaError(doc: Document, counter: LineCounter, source: string, errors: ErrorObject[]): UserError {
  const first = errors[0] as ErrorObject;
  const params = first.params as Record<string, unknown>;
  const path = first.instancePath.split('/').slice(1).map(unescapePointer);
  const extra = typeof params.additionalProperty === 'string' ? params.additionalProperty : undefined;
  const field = extra === undefined ? first.instancePath || '/' : `${first.instancePath}/${extra}`;
  const position = nodePosition(doc, counter, path, extra);
  return new UserError(`${field} ${first.message ?? 'is invalid'}${describeParams(params)}.`, {
    file: source,
    field,
    ...position,
    fix: 'Each environment takes: from, min-time-in-from (e.g. 24h), evidence (none, evaluation, gate), max-evidence-age (e.g. 7d), allow-force. See examples/promotion.yml.',
  });
}

function describeParams(params: Record<string, unknown>): string {
  if (typeof params.additionalProperty === 'string') return ` ('${params.additionalProperty}')`;
  if (Array.isArray(params.allowedValues)) return ` (${params.allowedValues.join(', ')})`;
  if (typeof params.pattern === 'string') return ` (${params.pattern})`;
  return '';
}

function unescapePointer(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** Line/column of the node at `path` (or of the key `extra` inside it), 1-based. */
function nodePosition(doc: Document, counter: LineCounter, path: string[], extra?: string): { line?: number; column?: number } {
  let node: unknown = path.length === 0 ? doc.contents : doc.getIn(path, true);
  if (extra !== undefined && isMap(node)) {
    node = node.items.find((pair) => isNode(pair.key) && (pair.key as { value?: unknown }).value === extra)?.key ?? node;
  }
  const offset = isNode(node) ? node.range?.[0] : undefined;
  if (offset === undefined) return {};
  const pos = counter.linePos(offset);
  return { line: pos.line, column: pos.col };
}

function environmentLines(doc: Document, counter: LineCounter, names: string[]): Map<string, number> {
  const lines = new Map<string, number>();
  const environments = doc.get('environments', true);
  if (!isMap(environments)) return lines;
  for (const pair of environments.items) {
    const key = isNode(pair.key) ? (pair.key as { value?: unknown; range?: [number, number, number] }) : undefined;
    if (key?.range && names.includes(String(key.value))) lines.set(String(key.value), counter.linePos(key.range[0]).line);
  }
  return lines;
}

/** `from` must name a declared environment, and following `from` must never loop. */
function checkOrder(config: PromotionConfig, source: string, lines: Map<string, number>): void {
  for (const [name, rule] of Object.entries(config.environments)) {
    const where = { file: source, line: lines.get(name), field: `/environments/${name}/from` };
    if (rule['min-time-in-from'] !== undefined && rule.from === undefined) {
      throw new UserError(`Environment '${name}' sets min-time-in-from without from.`, { ...where, field: `/environments/${name}/min-time-in-from`, fix: `Add \`from: <environment>\` to '${name}', or remove min-time-in-from.` });
    }
    if (rule.from !== undefined && !(rule.from in config.environments)) {
      throw new UserError(`Environment '${name}' comes from '${rule.from}', which is not declared.`, { ...where, fix: `Declare '${rule.from}' under environments, or fix the name.` });
    }
    const seen = new Set([name]);
    for (let next = rule.from; next !== undefined; next = config.environments[next]?.from) {
      if (seen.has(next)) throw new UserError(`Environments loop through '${name}' ← '${next}'.`, { ...where, fix: 'The first environment must have no from.' });
      seen.add(next);
    }
  }
}

/** The rule for `environment`, or a UserError when the config does not declare it. */
export function environmentRule(loaded: LoadedPromotionConfig, environment: string, input = 'environment'): EnvironmentRule {
  if (!loaded.config) return { ...DEFAULT_ENVIRONMENT_RULE };
  const rule = loaded.config.environments[environment];
  if (rule !== undefined) return { ...DEFAULT_ENVIRONMENT_RULE, ...rule };
  const declared = Object.keys(loaded.config.environments).join(', ');
  throw new UserError(`Environment '${environment}' is not in ${loaded.source ?? 'the promotion config'} (declared: ${declared}).`, {
    input,
    file: loaded.source,
    fix: `Use one of: ${declared}; or declare '${environment}' under environments in ${loaded.source ?? 'the config'}.`,
  });
}

const UNIT_MS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/** `24h` → milliseconds; the schema already guarantees the shape. */
export function durationMs(text: string): number {
  const match = /^(\d+)([smhdw])$/.exec(text);
  if (!match) throw new Error(`not a duration: ${text}`);
  return Number(match[1]) * (UNIT_MS[match[2] as string] as number);
}

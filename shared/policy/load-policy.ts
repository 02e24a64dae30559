import type { ErrorObject } from 'ajv/dist/2020.js';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { digestBytes, type Digest } from '../digest.js';
import { UserError } from '../errors.js';
import { policySchema, type PolicyFile } from '../schemas/policy.js';
import { compileOnFirstUse, createAjv } from '../schemas/record-type.js';

/**
 * A policy file read from YAML or JSON (JSON is YAML, so one parser gives line numbers for both) and
 * validated against its JSON Schema. Errors name the file, line, column and field; every rule keeps a
 * way back to its line so the gate can annotate the policy line that failed.
 */

export interface Policy {
  file: PolicyFile;
  source: string;
  /** Digest of the file's bytes: the decision names exactly the policy it applied. */
  digest: Digest;
  /** Line and column (1-based) of the value at a JSON pointer, e.g. `/metrics/0/margin`. */
  locate(pointer: string): { line: number; column: number } | undefined;
}

// strictRequired off: the "at least one threshold" anyOf names members declared one level up.
const ajv = createAjv({ strictRequired: false });
const policyValidator = compileOnFirstUse(() => ajv.compile<PolicyFile>(policySchema));

export function parsePolicy(text: string, source: string): Policy {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: true });
  const locate = (pointer: string) => locatePointer(document, lineCounter, pointer);
  const syntax = document.errors[0];
  if (syntax) {
    const [line, column] = syntax.linePos?.[0] ? [syntax.linePos[0].line, syntax.linePos[0].col] : [undefined, undefined];
    throw new UserError(`${source} is not valid YAML/JSON: ${syntax.message.split('\n')[0]}`, {
      file: source,
      ...(line !== undefined ? { line, column } : {}),
      fix: 'Fix the syntax at that position (a duplicate key, a bad indent or an unclosed bracket).',
    });
  }
  const value: unknown = document.toJS();
  const validatePolicy = policyValidator();
  if (!validatePolicy(value)) {
    throw schemaError(validatePolicy.errors ?? [], source, locate);
  }
  return { file: value, source, digest: digestBytes(text), locate };
}

function schemaError(errors: ErrorObject[], source: string, locate: Policy['locate']): UserError {
  const error = mostSpecific(errors);
  const { pointer, text } = describe(error);
  const place = locate(pointer) ?? locate(error.instancePath) ?? { line: 1, column: 1 };
  return new UserError(`${source}: ${text}`, {
    file: source,
    line: place.line,
    column: place.column,
    field: pointer || '/',
    fix: `Correct ${pointer || 'the top level'}; the policy format is documented in shared/schemas/policy.ts (actions/gate README).`,
  });
}

/**
 * The deepest error is the one that says what to change. Errors inside `anyOf` branches only say "not
 * this alternative", so they count only when nothing else is wrong (then the anyOf error itself speaks).
 */
function mostSpecific(errors: ErrorObject[]): ErrorObject {
  const concrete = errors.filter((e) => e.keyword !== 'anyOf' && !e.schemaPath.includes('/anyOf/'));
  const alternatives = errors.filter((e) => e.keyword === 'anyOf');
  const pool = concrete.length ? concrete : alternatives.length ? alternatives : errors;
  return [...pool].sort((a, b) => b.instancePath.split('/').length - a.instancePath.split('/').length)[0]!;
}

function describe(error: ErrorObject): { pointer: string; text: string } {
  const params = error.params as Record<string, unknown>;
  const at = error.instancePath || '/';
  if (error.keyword === 'additionalProperties') {
    const key = String(params.additionalProperty);
    return { pointer: `${error.instancePath}/${key}`, text: `unknown field '${key}' at ${at}` };
  }
  if (error.keyword === 'required') {
    const key = String(params.missingProperty);
    return { pointer: error.instancePath, text: `missing field '${key}' at ${at}` };
  }
  if (error.keyword === 'enum' || error.keyword === 'const') {
    const allowed = (params.allowedValues as unknown[] | undefined) ?? [params.allowedValue];
    return { pointer: error.instancePath, text: `${at} must be ${allowed.map((v) => JSON.stringify(v)).join(' or ')}` };
  }
  if (error.keyword === 'anyOf' && /^\/(metrics|fairness)\/\d+$/.test(error.instancePath)) {
    return { pointer: error.instancePath, text: `rule ${at} has no threshold (give min, max, margin or max_increase)` };
  }
  if (error.keyword === 'anyOf' && error.instancePath.endsWith('/feature')) {
    return { pointer: error.instancePath, text: `${at} must be a column name or a list of column names` };
  }
  return { pointer: error.instancePath, text: `${at} ${error.message ?? 'is invalid'}` };
}

function locatePointer(document: Document, lineCounter: LineCounter, pointer: string): { line: number; column: number } | undefined {
  let node: unknown = document.contents;
  let keyNode: Node | undefined;
  const segments = pointer === '' ? [] : pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  for (const segment of segments) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === segment);
      if (!pair) return keyNode ? position(keyNode, lineCounter) : undefined;
      keyNode = pair.key as Node;
      node = pair.value;
    } else if (isSeq(node)) {
      node = node.items[Number(segment)];
      keyNode = undefined;
    } else {
      break;
    }
  }
  // Point at the key of a member (`margin: 0.001` → the line of `margin`), else at the value.
  const target = keyNode ?? (node as Node | undefined);
  return target ? position(target, lineCounter) : undefined;
}

function position(node: Node, lineCounter: LineCounter): { line: number; column: number } | undefined {
  const offset = node.range?.[0];
  if (offset === undefined) return undefined;
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import AjvModule, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';

/**
 * GitHub's published OpenAPI description (api.github.com, from `@octokit/openapi`) as a validator: find
 * the operation for a method and concrete path, check a request's query and JSON body, check a response's
 * status and JSON body, and build a minimal valid example of any response so a fake server can start from
 * something GitHub-shaped and override only what a test cares about.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };
type Schema = JsonObject;

// ajv and ajv-formats are CommonJS; under NodeNext their default exports are the module objects.
const Ajv = AjvModule as unknown as typeof AjvModule.default;
const addFormats = addFormatsModule as unknown as (ajv: InstanceType<typeof Ajv>) => void;

export interface OperationMatch {
  method: string;
  template: string;
  operationId: string;
  params: Record<string, string>;
}

interface CompiledOperation {
  method: string;
  template: string;
  operationId: string;
  pattern: RegExp;
  paramNames: string[];
  /** Literal segments: more specific templates win over `{ref}`-style catch-alls. */
  specificity: number;
  pointer: string;
  operation: JsonObject;
}

// Path parameters that GitHub documents as possibly containing slashes.
const MULTI_SEGMENT_PARAMS = new Set(['ref', 'path']);
const HTTP_METHODS = ['get', 'post', 'put', 'patch', 'delete'];

function loadDescription(): JsonObject {
  const require = createRequire(import.meta.url);
  const packageDir = dirname(require.resolve('@octokit/openapi/package.json'));
  return JSON.parse(readFileSync(join(packageDir, 'generated', 'api.github.com.json'), 'utf8')) as JsonObject;
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

export class OpenApiValidator {
  private static instance: OpenApiValidator | undefined;
  private readonly ajv: InstanceType<typeof Ajv>;
  private readonly operations: CompiledOperation[];
  private readonly validators = new Map<string, ValidateFunction>();

  private constructor(private readonly doc: JsonObject) {
    // strict: false because the description uses OpenAPI keywords (example, discriminator, x-github).
    this.ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false });
    addFormats(this.ajv);
    this.ajv.addSchema(doc as object, 'openapi');
    this.operations = this.compileOperations();
  }

  /** Parsing the 13 MB description is slow enough to do once per test file. */
  static shared(): OpenApiValidator {
    OpenApiValidator.instance ??= new OpenApiValidator(loadDescription());
    return OpenApiValidator.instance;
  }

  private compileOperations(): CompiledOperation[] {
    const paths = this.doc.paths as JsonObject;
    const compiled: CompiledOperation[] = [];
    for (const [template, item] of Object.entries(paths)) {
      for (const method of HTTP_METHODS) {
        const operation = (item as JsonObject)[method] as JsonObject | undefined;
        if (!operation) continue;
        const paramNames: string[] = [];
        const source = template
          .split('/')
          .map((segment) => {
            const param = /^\{([^}]+)\}$/.exec(segment);
            if (!param) return segment.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
            paramNames.push(param[1]!);
            return MULTI_SEGMENT_PARAMS.has(param[1]!) ? '(.+)' : '([^/]+)';
          })
          .join('/');
        compiled.push({
          method: method.toUpperCase(),
          template,
          operationId: String(operation.operationId),
          pattern: new RegExp(`^${source}$`),
          paramNames,
          specificity: template.split('/').filter((s) => !s.startsWith('{')).length,
          pointer: `openapi#/paths/${escapePointer(template)}/${method}`,
          operation,
        });
      }
    }
    return compiled.sort((a, b) => b.specificity - a.specificity);
  }

  /** The documented operation for a method and a raw (still percent-encoded) path, with decoded params. */
  match(method: string, rawPath: string): OperationMatch | undefined {
    for (const op of this.operations) {
      if (op.method !== method.toUpperCase()) continue;
      const found = op.pattern.exec(rawPath);
      if (!found) continue;
      const params = Object.fromEntries(op.paramNames.map((name, i) => [name, decodeURIComponent(found[i + 1]!)]));
      return { method: op.method, template: op.template, operationId: op.operationId, params };
    }
    return undefined;
  }

  /** Problems with a request: unknown or mistyped query parameters, a body the operation does not accept. */
  validateRequest(match: OperationMatch, query: URLSearchParams, body: unknown): string[] {
    const op = this.operation(match);
    const problems: string[] = [];
    const parameters = ((op.operation.parameters ?? []) as JsonObject[]).map((p) => this.deref(p));
    for (const [name, value] of query) {
      const declared = parameters.find((p) => p.in === 'query' && p.name === name);
      if (!declared) {
        problems.push(`query parameter '${name}' is not documented for ${match.operationId}`);
        continue;
      }
      const schema = this.deref((declared.schema ?? {}) as JsonObject);
      if (schema.type === 'integer' && !/^-?\d+$/.test(value)) problems.push(`query parameter '${name}' must be an integer, got '${value}'`);
      if (Array.isArray(schema.enum) && !schema.enum.includes(value)) problems.push(`query parameter '${name}' must be one of ${schema.enum.join(', ')}, got '${value}'`);
    }
    for (const p of parameters) {
      if (p.in === 'query' && p.required === true && !query.has(String(p.name))) problems.push(`required query parameter '${String(p.name)}' is missing`);
    }
    const requestBody = op.operation.requestBody as JsonObject | undefined;
    if (requestBody === undefined) {
      if (body !== undefined) problems.push(`${match.operationId} takes no request body`);
      return problems;
    }
    const resolvedBody = this.deref(requestBody);
    if (body === undefined) {
      if (resolvedBody.required === true) problems.push(`${match.operationId} requires a JSON body`);
      return problems;
    }
    if (!(resolvedBody.content as JsonObject | undefined)?.['application/json']) return problems;
    return problems.concat(this.check(`${op.pointer}/requestBody/content/application~1json/schema`, body, 'request body'));
  }

  /** Problems with a response: a status the operation does not document, or a body that does not match. */
  validateResponse(match: OperationMatch, status: number, body: unknown): string[] {
    const op = this.operation(match);
    const responses = op.operation.responses as JsonObject;
    const response = responses[String(status)] as JsonObject | undefined;
    if (!response) return [`status ${status} is not documented for ${match.operationId} (documented: ${Object.keys(responses).join(', ')})`];
    const resolved = this.deref(response);
    const content = resolved.content as JsonObject | undefined;
    if (!content?.['application/json']) {
      return body === undefined || body === '' ? [] : [`status ${status} of ${match.operationId} has no documented body`];
    }
    const pointer = this.responseSchemaPointer(op, status, response);
    return this.check(pointer, body, `response ${status} body`);
  }

  /** True when the status is documented for the operation (faults like 5xx are not). */
  documentsStatus(match: OperationMatch, status: number): boolean {
    return String(status) in (this.operation(match).operation.responses as JsonObject);
  }

  /** A minimal value satisfying the documented JSON body of `status`, to be overridden by the caller. */
  example(match: OperationMatch, status: number): Json {
    const op = this.operation(match);
    const response = this.deref((op.operation.responses as JsonObject)[String(status)] as JsonObject);
    const schema = ((response.content as JsonObject)['application/json'] as JsonObject).schema as Schema;
    return this.sample(schema, 0);
  }

  /** A minimal valid instance of a component schema, e.g. `simple-user`. */
  exampleOf(component: string): Json {
    return this.sample({ $ref: `#/components/schemas/${component}` }, 0);
  }

  private responseSchemaPointer(op: CompiledOperation, status: number, response: JsonObject): string {
    if (typeof response.$ref === 'string') {
      return `openapi${response.$ref}/content/application~1json/schema`;
    }
    return `${op.pointer}/responses/${status}/content/application~1json/schema`;
  }

  private check(pointer: string, value: unknown, what: string): string[] {
    let validate = this.validators.get(pointer);
    if (!validate) {
      validate = this.ajv.compile({ $ref: pointer });
      this.validators.set(pointer, validate);
    }
    if (validate(value)) return [];
    return (validate.errors ?? []).slice(0, 8).map((e: ErrorObject) => `${what} ${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
  }

  private operation(match: OperationMatch): CompiledOperation {
    const op = this.operations.find((o) => o.method === match.method && o.template === match.template);
    if (!op) throw new Error(`no operation ${match.method} ${match.template}`);
    return op;
  }

  private deref(node: JsonObject): JsonObject {
    let current = node;
    while (typeof current.$ref === 'string') {
      const parts = current.$ref.replace(/^#\//, '').split('/').map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
      let target: Json = this.doc;
      for (const part of parts) target = (target as JsonObject)[part] as Json;
      current = target as JsonObject;
    }
    return current;
  }

  /** Depth-limited so recursive schemas terminate; optional members are left out. */
  private sample(node: Schema, depth: number): Json {
    const schema = this.deref(node);
    if (depth > 12) return null;
    // Optional-looking nullable members become null; the value asked for at the top is built in full.
    if (schema.nullable === true && depth > 0) return null;
    if (Array.isArray(schema.allOf)) {
      return Object.assign({}, ...schema.allOf.map((s) => this.sample(s as Schema, depth + 1) as JsonObject)) as JsonObject;
    }
    const choice = (schema.oneOf ?? schema.anyOf) as Schema[] | undefined;
    if (choice?.length) return this.sample(choice[0]!, depth + 1);
    if (schema.enum) return (schema.enum as Json[])[0] ?? null;
    const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
    switch (type) {
      case 'object':
        return this.sampleObject(schema, depth);
      case 'array':
        return Array.from({ length: Number(schema.minItems ?? 0) }, () => this.sample((schema.items ?? {}) as Schema, depth + 1));
      case 'integer':
      case 'number':
        return Number(schema.minimum ?? 1);
      case 'boolean':
        return false;
      case 'string':
        return sampleString(String(schema.format ?? ''));
      case 'null':
        return null;
      default:
        return schema.properties ? this.sampleObject(schema, depth) : null;
    }
  }

  private sampleObject(schema: Schema, depth: number): JsonObject {
    const properties = (schema.properties ?? {}) as Record<string, Schema>;
    const out: JsonObject = {};
    for (const name of (schema.required ?? []) as string[]) {
      out[name] = properties[name] ? this.sample(properties[name], depth + 1) : null;
    }
    return out;
  }
}

function sampleString(format: string): string {
  switch (format) {
    case 'date-time':
      return '2026-01-01T00:00:00Z';
    case 'uri':
      return 'https://github.example/x';
    case 'email':
      return 'someone@example.com';
    case 'uri-template':
      return 'https://github.example/x{/y}';
    default:
      return 'x';
  }
}

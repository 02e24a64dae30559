import { Ajv2020, type ErrorObject, type Options, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { UserError } from '../errors.js';
import { canonicalJson } from '../digest.js';

/**
 * Every record the suite writes (dataset manifest, evaluation record, lineage, gate decision, promotion
 * event) is a `RecordType`: a JSON Schema plus a `kind` and `schemaVersion` that every instance carries.
 * Records are validated on write (`serialize`) and on read (`parse`), so a corrupt or foreign file is a
 * clear user error, never an undefined-property crash deep inside a report.
 */
export interface RecordHeader {
  kind: string;
  schemaVersion: number;
}

// ajv-formats is CommonJS; under NodeNext its default export is the module object.
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

/**
 * The one way the suite builds a JSON Schema validator: every error reported, strict schemas unless the
 * caller says otherwise, formats known. ajv's code optimization pass is off: it made compiling the
 * evaluation record's schema take 0.38 s instead of 0.22 s, while validating one record takes
 * microseconds either way.
 */
export function createAjv(options: Pick<Options, 'strict' | 'strictRequired'> = {}): Ajv2020 {
  return addFormats(new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, code: { optimize: false }, ...options }));
}

let recordAjv: Ajv2020 | undefined;

/**
 * The validator every record type compiles with, made on first use: adding the first schema compiles
 * ajv's meta-schema (to check the schema against it), 0.05 s that every run paid at start-up, before
 * it had any record to validate.
 */
function recordTypes(): Ajv2020 {
  if (recordAjv) return recordAjv;
  recordAjv = createAjv();
  // Shared definitions every schema may `$ref` as `defs.json#/$defs/<name>`.
  recordAjv.addSchema({
    $id: 'https://mlci.dev/schemas/defs.json',
    $defs: {
      digest: { type: 'string', pattern: '^sha256:[0-9a-f]{64}$' },
      timestamp: { type: 'string', format: 'date-time' },
      undefinedValue: {
        type: 'object',
        required: ['undefined'],
        properties: { undefined: { type: 'string', minLength: 1 } },
        additionalProperties: false,
      },
    },
  });
  return recordAjv;
}

/**
 * A validator compiled on first use. Compiling every schema when its module loads cost each action and
 * CLI run a few hundred milliseconds of start-up for records it never touches. Every schema is still
 * compiled (and checked by ajv's strict mode) by the tests of its record kind.
 */
export function compileOnFirstUse<T = unknown>(compile: () => ValidateFunction<T>): () => ValidateFunction<T> {
  let validator: ValidateFunction<T> | undefined;
  return () => (validator ??= compile());
}

export interface RecordTypeOptions {
  /**
   * Top-level properties whose schemas compile only when a record has them: the evaluation record's
   * fairness and explanations sections are 80% of its schema, and compiling all of it took 0.16–0.25 s
   * of every evaluate run against 0.03 s without them. A deferred property may hold anything as far as
   * the rest of the schema is concerned; its own schema then checks it, and its errors are reported
   * with the others, at their paths in the record.
   */
  deferred?: Record<string, Record<string, unknown>>;
}

export class RecordType<T extends RecordHeader> {
  private readonly validator: () => ValidateFunction;
  private readonly sections: Array<{ name: string; validator: () => ValidateFunction }>;

  constructor(
    readonly kind: string,
    readonly schemaVersion: number,
    readonly schema: Record<string, unknown>,
    options: RecordTypeOptions = {},
  ) {
    const id = `https://mlci.dev/schemas/${kind}-v${schemaVersion}`;
    const deferred = Object.entries(options.deferred ?? {});
    const core = deferred.length === 0 ? schema : { ...schema, properties: { ...(schema.properties as Record<string, unknown>), ...Object.fromEntries(deferred.map(([name]) => [name, true])) } };
    this.validator = compileOnFirstUse(() => recordTypes().compile({ ...core, $id: `${id}.json` }));
    this.sections = deferred.map(([name, section]) => ({ name, validator: compileOnFirstUse(() => recordTypes().compile({ ...section, $id: `${id}-${name}.json` })) }));
  }

  /** Compiles the validator (and those of the deferred `sections` named) now rather than on first use. */
  prepare(sections: readonly string[] = []): void {
    // One call on an empty object as well: V8 compiles a function on its first call, and ajv's generated
    // validators are large (the evaluation record's first validation took 0.08 s, the next 4 ms).
    this.validator()({});
    for (const section of this.sections) if (sections.includes(section.name)) section.validator()({});
  }

  /** Throws a UserError naming the first problems; `source` says where the value came from. */
  validate(value: unknown, source: string): T {
    this.checkHeader(value, source);
    const errors = this.errorsOf(value as Record<string, unknown>);
    if (errors.length > 0) {
      throw new UserError(`${source} is not a valid ${this.kind} record: ${describeAjvErrors(errors)}`, {
        file: source,
        field: errors[0]!.instancePath || '/',
        fix: `Regenerate the file with this version of the suite; the schema is shared/schemas (kind ${this.kind}, schemaVersion ${this.schemaVersion}).`,
      });
    }
    return value as T;
  }

  /** Every violation: the record's, then each deferred section's that the record has, at its path. */
  private errorsOf(value: Record<string, unknown>): ErrorObject[] {
    const validator = this.validator();
    const errors = validator(value) ? [] : [...(validator.errors ?? [])];
    for (const section of this.sections) {
      if (value[section.name] === undefined) continue;
      const check = section.validator();
      if (check(value[section.name])) continue;
      errors.push(...(check.errors ?? []).map((error) => ({ ...error, instancePath: `/${section.name}${error.instancePath}` })));
    }
    return errors;
  }

  parse(text: string, source: string): T {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new UserError(`${source} is not JSON: ${(error as Error).message}`, {
        file: source,
        ...jsonErrorPosition(text, error as Error),
        fix: `Check that ${source} is a complete ${this.kind} record (it may have been truncated).`,
      });
    }
    return this.validate(value, source);
  }

  /** Validated, canonical (sorted-key) JSON: equal records have equal bytes and digests. */
  serialize(value: T, source = `new ${this.kind} record`): string {
    return canonicalJson(this.validate(value, source));
  }

  private checkHeader(value: unknown, source: string): void {
    if (value === null || typeof value !== 'object') {
      throw new UserError(`${source} is not a JSON object, so it cannot be a ${this.kind} record.`, { file: source });
    }
    const header = value as Partial<RecordHeader>;
    if (header.kind !== this.kind) {
      throw new UserError(`${source} is a '${String(header.kind)}' record, expected '${this.kind}'.`, {
        file: source,
        field: '/kind',
        fix: 'Pass the file produced by the matching action.',
      });
    }
    if (header.schemaVersion !== this.schemaVersion) {
      throw new UserError(
        `${source} has schemaVersion ${String(header.schemaVersion)}, this suite reads ${this.kind} schemaVersion ${this.schemaVersion}.`,
        { file: source, field: '/schemaVersion', fix: 'Use the same version of the suite to write and read records.' },
      );
    }
  }
}

function describeAjvErrors(errors: ErrorObject[] | null | undefined): string {
  if (!errors?.length) return 'unknown schema violation';
  const shown = errors.slice(0, 5).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}${describeParams(e)}`);
  const more = errors.length > 5 ? ` (and ${errors.length - 5} more)` : '';
  return shown.join('; ') + more;
}

function describeParams(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  if (typeof params.additionalProperty === 'string') return ` ('${params.additionalProperty}')`;
  if (Array.isArray(params.allowedValues)) return ` (${params.allowedValues.join(', ')})`;
  return '';
}

/** V8 says "at position N" (Node 20) or "(line L column C)" (Node 22+); turn either into line/column. */
function jsonErrorPosition(text: string, error: Error): { line?: number; column?: number } {
  const lineColumn = /line (\d+) column (\d+)/.exec(error.message);
  if (lineColumn) return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
  const position = /position (\d+)/.exec(error.message);
  if (!position) return {};
  const before = text.slice(0, Number(position[1]));
  const lines = before.split('\n');
  return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}

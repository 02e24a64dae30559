export const id = 637;
export const ids = [637];
export const modules = {

/***/ 310:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Pp: () => (/* binding */ stringOption),
/* harmony export */   RS: () => (/* binding */ printResult),
/* harmony export */   kY: () => (/* binding */ flagOption),
/* harmony export */   z7: () => (/* binding */ stringListOption),
/* harmony export */   zB: () => (/* binding */ requiredOption)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2635);

/** String value of an option, or undefined; for options declared `type: 'string'`. */
function stringOption(args, name) {
    const value = args.values[name];
    return typeof value === 'string' ? value : undefined;
}
function stringListOption(args, name) {
    const value = args.values[name];
    if (typeof value === 'string')
        return [value];
    if (Array.isArray(value))
        return value.filter((item) => typeof item === 'string');
    return [];
}
function flagOption(args, name) {
    return args.values[name] === true;
}
function requiredOption(args, name) {
    const value = stringOption(args, name);
    if (!value)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`--${name} is required.`, { input: `--${name}`, fix: `Add --${name} <value>; see --help.` });
    return value;
}
/** `--json` prints the machine-readable result; otherwise the prose line(s). */
function printResult(io, json, prose) {
    io.out(io.json ? JSON.stringify(json, null, 2) : prose);
}


/***/ }),

/***/ 4057:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UC: () => (/* binding */ STORE_USAGE),
/* harmony export */   n0: () => (/* binding */ STORE_OPTIONS),
/* harmony export */   z8: () => (/* binding */ storeFromArgs)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2635);
/* harmony import */ var _store_index_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2633);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(310);



/** The store flags every command that touches a store accepts; the same names as the action inputs. */
const STORE_OPTIONS = {
    store: { type: 'string' },
    's3-endpoint': { type: 'string' },
    's3-region': { type: 'string' },
    's3-checksums': { type: 'string' },
};
const STORE_USAGE = `Store options:
  --store <dir|s3://bucket/prefix>   object store (default .mlci/store)
  --s3-endpoint <url>                S3-compatible endpoint (path-style addressing)
  --s3-region <region>               AWS region (default from the AWS chain)
  --s3-checksums <when-supported|when-required>
                                     use when-required for servers that reject CRC32 checksums`;
function storeFromArgs(args, io) {
    const checksums = (0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .stringOption */ .Pp)(args, 's3-checksums');
    if (checksums !== undefined && checksums !== 'when-supported' && checksums !== 'when-required') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`--s3-checksums must be when-supported or when-required, got '${checksums}'.`, { input: '--s3-checksums' });
    }
    return (0,_store_index_js__WEBPACK_IMPORTED_MODULE_1__/* .openStore */ .Ch)((0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .stringOption */ .Pp)(args, 'store') ?? io.env.MLCI_STORE, {
        cwd: io.cwd,
        endpoint: (0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .stringOption */ .Pp)(args, 's3-endpoint'),
        region: (0,_command_js__WEBPACK_IMPORTED_MODULE_2__/* .stringOption */ .Pp)(args, 's3-region'),
        checksums,
    });
}


/***/ }),

/***/ 5568:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bc: () => (/* binding */ isDigest),
/* harmony export */   O6: () => (/* binding */ toDigest),
/* harmony export */   QN: () => (/* binding */ digestBytes),
/* harmony export */   Qs: () => (/* binding */ digestOfJson),
/* harmony export */   dj: () => (/* binding */ canonicalJson),
/* harmony export */   sU: () => (/* binding */ digestHex)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);

const DIGEST_PATTERN = /^sha256:[0-9a-f]{64}$/;
function isDigest(value) {
    return DIGEST_PATTERN.test(value);
}
function toDigest(hex) {
    const digest = `sha256:${hex}`;
    if (!isDigest(digest))
        throw new Error(`not a SHA-256 hex string: ${hex}`);
    return digest;
}
function digestHex(digest) {
    return digest.slice('sha256:'.length);
}
function digestBytes(bytes) {
    return toDigest((0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes).digest('hex'));
}
/**
 * JSON with object keys sorted recursively and no insignificant whitespace, so that equal values have
 * equal bytes and therefore equal digests. Undefined object members are dropped, as JSON.stringify does.
 */
function canonicalJson(value) {
    return JSON.stringify(sortKeys(value));
}
function sortKeys(value) {
    if (Array.isArray(value))
        return value.map(sortKeys);
    if (value === null || typeof value !== 'object')
        return value;
    const sorted = {};
    for (const key of Object.keys(value).sort()) {
        const member = value[key];
        if (member !== undefined)
            sorted[key] = sortKeys(member);
    }
    return sorted;
}
function digestOfJson(value) {
    return digestBytes(canonicalJson(value));
}


/***/ }),

/***/ 3479:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ CHUNK_BYTES),
/* harmony export */   i: () => (/* binding */ hashFileSync)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5568);



/** Read size per syscall: large enough that the hash, not the syscall, bounds the speed. */
const CHUNK_BYTES = 4 << 20;
/** SHA-256 of one file, synchronously, with one reused buffer (the fastest single-stream way in Node). */
function hashFileSync(file, buffer = Buffer.allocUnsafe(CHUNK_BYTES)) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    const fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.openSync)(file, 'r');
    try {
        for (;;) {
            const read = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readSync)(fd, buffer, 0, buffer.length, null);
            hash.update(buffer.subarray(0, read));
            // A short read of a regular file means end of file: saves a second read(2) per small file.
            if (read < buffer.length)
                break;
        }
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.closeSync)(fd);
    }
    return (0,_digest_js__WEBPACK_IMPORTED_MODULE_2__/* .toDigest */ .O6)(hash.digest('hex'));
}


/***/ }),

/***/ 5021:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E0: () => (/* binding */ compileOnFirstUse),
/* harmony export */   ee: () => (/* binding */ RecordType),
/* harmony export */   gr: () => (/* binding */ createAjv)
/* harmony export */ });
/* harmony import */ var ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2210);
/* harmony import */ var ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var ajv_formats__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2815);
/* harmony import */ var ajv_formats__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(ajv_formats__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2635);
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5568);




// ajv-formats is CommonJS; under NodeNext its default export is the module object.
const addFormats = (ajv_formats__WEBPACK_IMPORTED_MODULE_0___default());
/**
 * The one way the suite builds a JSON Schema validator: every error reported, strict schemas unless the
 * caller says otherwise, formats known. ajv's code optimization pass is off: it made compiling the
 * evaluation record's schema take 0.38 s instead of 0.22 s, while validating one record takes
 * microseconds either way.
 */
function createAjv(options = {}) {
    return addFormats(new ajv_dist_2020_js__WEBPACK_IMPORTED_MODULE_3__.Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true, code: { optimize: false }, ...options }));
}
let recordAjv;
/**
 * The validator every record type compiles with, made on first use: adding the first schema compiles
 * ajv's meta-schema (to check the schema against it), 0.05 s that every run paid at start-up, before
 * it had any record to validate.
 */
function recordTypes() {
    if (recordAjv)
        return recordAjv;
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
function compileOnFirstUse(compile) {
    let validator;
    return () => (validator ??= compile());
}
class RecordType {
    kind;
    schemaVersion;
    schema;
    validator;
    sections;
    constructor(kind, schemaVersion, schema, options = {}) {
        this.kind = kind;
        this.schemaVersion = schemaVersion;
        this.schema = schema;
        const id = `https://mlci.dev/schemas/${kind}-v${schemaVersion}`;
        const deferred = Object.entries(options.deferred ?? {});
        const core = deferred.length === 0 ? schema : { ...schema, properties: { ...schema.properties, ...Object.fromEntries(deferred.map(([name]) => [name, true])) } };
        this.validator = compileOnFirstUse(() => recordTypes().compile({ ...core, $id: `${id}.json` }));
        this.sections = deferred.map(([name, section]) => ({ name, validator: compileOnFirstUse(() => recordTypes().compile({ ...section, $id: `${id}-${name}.json` })) }));
    }
    /** Compiles the validator (and those of the deferred `sections` named) now rather than on first use. */
    prepare(sections = []) {
        // One call on an empty object as well: V8 compiles a function on its first call, and ajv's generated
        // validators are large (the evaluation record's first validation took 0.08 s, the next 4 ms).
        this.validator()({});
        for (const section of this.sections)
            if (sections.includes(section.name))
                section.validator()({});
    }
    /** Throws a UserError naming the first problems; `source` says where the value came from. */
    validate(value, source) {
        this.checkHeader(value, source);
        const errors = this.errorsOf(value);
        if (errors.length > 0) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${source} is not a valid ${this.kind} record: ${describeAjvErrors(errors)}`, {
                file: source,
                field: errors[0].instancePath || '/',
                fix: `Regenerate the file with this version of the suite; the schema is shared/schemas (kind ${this.kind}, schemaVersion ${this.schemaVersion}).`,
            });
        }
        return value;
    }
    /** Every violation: the record's, then each deferred section's that the record has, at its path. */
    errorsOf(value) {
        const validator = this.validator();
        const errors = validator(value) ? [] : [...(validator.errors ?? [])];
        for (const section of this.sections) {
            if (value[section.name] === undefined)
                continue;
            const check = section.validator();
            if (check(value[section.name]))
                continue;
            errors.push(...(check.errors ?? []).map((error) => ({ ...error, instancePath: `/${section.name}${error.instancePath}` })));
        }
        return errors;
    }
    parse(text, source) {
        let value;
        try {
            value = JSON.parse(text);
        }
        catch (error) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${source} is not JSON: ${error.message}`, {
                file: source,
                ...jsonErrorPosition(text, error),
                fix: `Check that ${source} is a complete ${this.kind} record (it may have been truncated).`,
            });
        }
        return this.validate(value, source);
    }
    /** Validated, canonical (sorted-key) JSON: equal records have equal bytes and digests. */
    serialize(value, source = `new ${this.kind} record`) {
        return (0,_digest_js__WEBPACK_IMPORTED_MODULE_2__/* .canonicalJson */ .dj)(this.validate(value, source));
    }
    checkHeader(value, source) {
        if (value === null || typeof value !== 'object') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${source} is not a JSON object, so it cannot be a ${this.kind} record.`, { file: source });
        }
        const header = value;
        if (header.kind !== this.kind) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${source} is a '${String(header.kind)}' record, expected '${this.kind}'.`, {
                file: source,
                field: '/kind',
                fix: 'Pass the file produced by the matching action.',
            });
        }
        if (header.schemaVersion !== this.schemaVersion) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${source} has schemaVersion ${String(header.schemaVersion)}, this suite reads ${this.kind} schemaVersion ${this.schemaVersion}.`, { file: source, field: '/schemaVersion', fix: 'Use the same version of the suite to write and read records.' });
        }
    }
}
function describeAjvErrors(errors) {
    if (!errors?.length)
        return 'unknown schema violation';
    const shown = errors.slice(0, 5).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}${describeParams(e)}`);
    const more = errors.length > 5 ? ` (and ${errors.length - 5} more)` : '';
    return shown.join('; ') + more;
}
function describeParams(error) {
    const params = error.params;
    if (typeof params.additionalProperty === 'string')
        return ` ('${params.additionalProperty}')`;
    if (Array.isArray(params.allowedValues))
        return ` (${params.allowedValues.join(', ')})`;
    return '';
}
/** V8 says "at position N" (Node 20) or "(line L column C)" (Node 22+); turn either into line/column. */
function jsonErrorPosition(text, error) {
    const lineColumn = /line (\d+) column (\d+)/.exec(error.message);
    if (lineColumn)
        return { line: Number(lineColumn[1]), column: Number(lineColumn[2]) };
    const position = /position (\d+)/.exec(error.message);
    if (!position)
        return {};
    const before = text.slice(0, Number(position[1]));
    const lines = before.split('\n');
    return { line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1 };
}


/***/ }),

/***/ 609:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ missingBlobError),
/* harmony export */   p: () => (/* binding */ corruptBlobError)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2635);

function corruptBlobError(digest, where, actual) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Corrupt object ${digest} at ${where}: its content hashes to ${actual}.`, {
        file: where,
        fix: 'Run `mlci data fsck` to list every corrupt object, then re-run the step that wrote it (data-version or train) to upload it again.',
    });
}
function missingBlobError(digest, location) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Object ${digest} is not in the store ${location}.`, {
        fix: 'Check that the store URL is the one the data was versioned to, and that the upload finished (run `mlci data fsck`).',
    });
}


/***/ }),

/***/ 2633:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  OJ: () => (/* reexport */ object_store/* PreconditionFailed */.OJ),
  Ch: () => (/* reexport */ openStore)
});

// UNUSED EXPORTS: BLOB_PREFIX, DEFAULT_STORE, LocalStore, POINTER_PREFIX, blobKey, checkPointerKey, digestFromBlobKey, s3Location

// EXTERNAL MODULE: ./shared/store/object-store.ts
var object_store = __webpack_require__(4637);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: ./shared/digest.ts
var shared_digest = __webpack_require__(5568);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(2635);
// EXTERNAL MODULE: ./shared/file-digest.ts
var file_digest = __webpack_require__(3479);
// EXTERNAL MODULE: ./shared/store/corrupt.ts
var corrupt = __webpack_require__(609);
;// CONCATENATED MODULE: ./shared/store/local-store.ts











const LOCK_STALE_MS = 30_000;
const LOCK_RETRY_MS = 5;
/**
 * The embedded default store: a directory. Every write goes to a temporary file first and appears
 * atomically (hard link for create-once, rename under a lock for compare-and-swap), so a process killed
 * mid-write leaves only a stray temporary file, never a partial blob or pointer.
 */
class LocalStore {
    location;
    rootChecked;
    constructor(location) {
        this.location = location;
    }
    /** A store path that exists but is no directory would otherwise surface as ENOTDIR deep inside a read. */
    checkRoot() {
        this.rootChecked ??= (0,promises_.stat)(this.location).then((info) => {
            if (!info.isDirectory())
                throw this.unwritable('ENOTDIR');
        }, (error) => {
            if ((0,errors/* errnoCode */.UK)(error) !== 'ENOENT')
                throw this.unwritable((0,errors/* errnoCode */.UK)(error) ?? String(error));
        });
        return this.rootChecked;
    }
    unwritable(reason) {
        return new errors/* UserError */.yo(`The store directory ${this.location} cannot be written (${reason}).`, {
            input: 'store',
            fix: 'Point `store:` at a writable directory, or at s3://bucket/prefix.',
        });
    }
    async hasBlob(digest) {
        await this.checkRoot();
        return exists(this.path((0,object_store/* blobKey */.bd)(digest)));
    }
    async putBlob(source) {
        await this.checkRoot();
        if (!(source instanceof Uint8Array) && source.digest && (await this.hasBlob(source.digest)))
            return source.digest;
        const temp = await this.tempPath();
        try {
            const digest = await writeHashed(source, temp);
            if (!(source instanceof Uint8Array) && source.digest && source.digest !== digest) {
                throw new errors/* UserError */.yo(`${source.file} changed while it was being stored (expected ${source.digest}, read ${digest}).`, {
                    file: source.file,
                    fix: 'Make sure nothing writes to the data while it is versioned, then run again.',
                });
            }
            await this.publishOnce(temp, (0,object_store/* blobKey */.bd)(digest));
            return digest;
        }
        finally {
            await (0,promises_.rm)(temp, { force: true });
        }
    }
    async getBlob(digest) {
        await this.checkRoot();
        const file = this.path((0,object_store/* blobKey */.bd)(digest));
        const bytes = await (0,promises_.readFile)(file).catch((error) => {
            throw (0,errors/* errnoCode */.UK)(error) === 'ENOENT' ? (0,corrupt/* missingBlobError */.U)(digest, this.location) : error;
        });
        const actual = (0,shared_digest/* digestBytes */.QN)(bytes);
        if (actual !== digest)
            throw (0,corrupt/* corruptBlobError */.p)(digest, file, actual);
        return bytes;
    }
    async getBlobToFile(digest, path) {
        await this.checkRoot();
        const file = this.path((0,object_store/* blobKey */.bd)(digest));
        if (!(await exists(file)))
            throw (0,corrupt/* missingBlobError */.U)(digest, this.location);
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
        const temp = `${path}.mlci-${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`;
        try {
            // The kernel copies (a reflink where the file system has them) while this thread hashes the blob:
            // the restore takes the longer of the two, not their sum. Blobs are immutable once written.
            const copying = (0,promises_.copyFile)(file, temp, external_node_fs_.constants.COPYFILE_FICLONE);
            let actual;
            try {
                actual = (0,file_digest/* hashFileSync */.i)(file);
            }
            finally {
                await copying;
            }
            if (actual !== digest)
                throw (0,corrupt/* corruptBlobError */.p)(digest, file, actual);
            await (0,promises_.rename)(temp, path);
        }
        finally {
            await (0,promises_.rm)(temp, { force: true });
        }
    }
    async *listBlobs() {
        await this.checkRoot();
        for (const file of await listFiles(this.path(object_store/* BLOB_PREFIX */.tX))) {
            const digest = (0,object_store/* digestFromBlobKey */.Bi)((0,external_node_path_.relative)(this.location, file).split(external_node_path_.sep).join('/'));
            if (digest)
                yield digest;
        }
    }
    async readPointer(key) {
        await this.checkRoot();
        (0,object_store/* checkPointerKey */.pp)(key);
        try {
            const body = await (0,promises_.readFile)(this.path(object_store/* POINTER_PREFIX */.JP + key));
            return { body, etag: etagOf(body) };
        }
        catch (error) {
            if ((0,errors/* errnoCode */.UK)(error) === 'ENOENT')
                return undefined;
            throw error;
        }
    }
    async writePointer(key, body, condition) {
        await this.checkRoot();
        (0,object_store/* checkPointerKey */.pp)(key);
        const bytes = typeof body === 'string' ? Buffer.from(body) : Buffer.from(body);
        const temp = await this.tempPath();
        try {
            await (0,promises_.writeFile)(temp, bytes);
            if ('ifNoneMatch' in condition) {
                if (!(await this.publishOnce(temp, object_store/* POINTER_PREFIX */.JP + key)))
                    throw new object_store/* PreconditionFailed */.OJ(key);
            }
            else {
                await this.withLock(key, async () => {
                    const current = await this.readPointer(key);
                    if (!current || current.etag !== condition.ifMatch)
                        throw new object_store/* PreconditionFailed */.OJ(key);
                    await (0,promises_.rename)(temp, this.path(object_store/* POINTER_PREFIX */.JP + key));
                });
            }
            return etagOf(bytes);
        }
        finally {
            await (0,promises_.rm)(temp, { force: true });
        }
    }
    async listPointers(prefix) {
        await this.checkRoot();
        const root = this.path(object_store/* POINTER_PREFIX */.JP);
        const files = await listFiles((0,external_node_path_.join)(root, prefix.replace(/[^/]*$/, '')));
        return files
            .map((file) => (0,external_node_path_.relative)(root, file).split(external_node_path_.sep).join('/'))
            .filter((key) => key.startsWith(prefix) && !key.endsWith('.lock'))
            .sort();
    }
    path(key) {
        return (0,external_node_path_.join)(this.location, ...key.split('/'));
    }
    async tempPath() {
        const dir = (0,external_node_path_.join)(this.location, 'tmp');
        await (0,promises_.mkdir)(dir, { recursive: true }).catch((error) => {
            throw this.unwritable((0,errors/* errnoCode */.UK)(error) ?? String(error));
        });
        return (0,external_node_path_.join)(dir, `${process.pid}-${(0,external_node_crypto_.randomBytes)(8).toString('hex')}`);
    }
    /** Hard-links `temp` to `key` only if nothing is there; false when it already existed. */
    async publishOnce(temp, key) {
        const target = this.path(key);
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(target), { recursive: true });
        try {
            await (0,promises_.link)(temp, target);
            return true;
        }
        catch (error) {
            if ((0,errors/* errnoCode */.UK)(error) === 'EEXIST')
                return false;
            throw error;
        }
    }
    /** A lock file next to the pointer serializes compare-and-swap between processes. */
    async withLock(key, work) {
        const lock = `${this.path(object_store/* POINTER_PREFIX */.JP + key)}.lock`;
        await (0,promises_.mkdir)((0,external_node_path_.dirname)(lock), { recursive: true });
        for (;;) {
            try {
                const handle = await (0,promises_.open)(lock, 'wx');
                await handle.close();
                break;
            }
            catch (error) {
                if ((0,errors/* errnoCode */.UK)(error) !== 'EEXIST')
                    throw error;
                await removeIfStale(lock);
                await new Promise((resolve) => setTimeout(resolve, LOCK_RETRY_MS));
            }
        }
        try {
            return await work();
        }
        finally {
            await (0,promises_.unlink)(lock).catch(() => undefined);
        }
    }
}
/** Content-derived etag, like S3's for single-part uploads: equal bytes, equal tag. */
function etagOf(bytes) {
    return `"${(0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex').slice(0, 32)}"`;
}
async function writeHashed(source, temp) {
    if (source instanceof Uint8Array) {
        await (0,promises_.writeFile)(temp, source);
        return (0,shared_digest/* digestBytes */.QN)(source);
    }
    return copyHashed(source.file, temp);
}
/** Copies `from` to `to` and returns the SHA-256 of the bytes actually copied. */
async function copyHashed(from, to) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    const tap = new external_node_stream_.Transform({
        transform(chunk, _encoding, done) {
            hash.update(chunk);
            done(null, chunk);
        },
    });
    await (0,external_node_stream_promises_.pipeline)((0,external_node_fs_.createReadStream)(from, { highWaterMark: 1 << 20 }), tap, (0,external_node_fs_.createWriteStream)(to));
    return (0,shared_digest/* toDigest */.O6)(hash.digest('hex'));
}
async function exists(path) {
    try {
        await (0,promises_.stat)(path);
        return true;
    }
    catch (error) {
        if ((0,errors/* errnoCode */.UK)(error) === 'ENOENT')
            return false;
        throw error;
    }
}
async function removeIfStale(lock) {
    try {
        const info = await (0,promises_.stat)(lock);
        if (Date.now() - info.mtimeMs > LOCK_STALE_MS)
            await (0,promises_.unlink)(lock);
    }
    catch {
        // Gone already: the next attempt will take it.
    }
}
async function listFiles(dir) {
    try {
        const entries = await (0,promises_.readdir)(dir, { recursive: true, withFileTypes: true });
        return entries.filter((entry) => entry.isFile()).map((entry) => (0,external_node_path_.join)(entry.parentPath, entry.name));
    }
    catch (error) {
        if ((0,errors/* errnoCode */.UK)(error) === 'ENOENT')
            return [];
        throw error;
    }
}

;// CONCATENATED MODULE: ./shared/store/open-store.ts




const DEFAULT_STORE = '.mlci/store';
/** A directory path (relative to `cwd`) or `s3://bucket/prefix`. */
function openStore(url, options = {}) {
    const location = url?.trim() || DEFAULT_STORE;
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(location) && !location.startsWith('s3://') && !location.startsWith('file://')) {
        throw new errors/* UserError */.yo(`Unsupported store URL '${location}'.`, { input: 'store', fix: 'Use a directory path or s3://bucket/prefix.' });
    }
    if (location.startsWith('s3://')) {
        const match = /^s3:\/\/([^/]+)\/?(.*)$/.exec(location);
        if (!match?.[1])
            throw new errors/* UserError */.yo(`Store URL '${location}' names no bucket.`, { input: 'store', fix: 'Write s3://<bucket>/<prefix>.' });
        const { cwd: _cwd, ...s3Options } = options;
        return new LazyS3Store(match[1], match[2] ?? '', s3Options);
    }
    const path = location.startsWith('file://') ? new URL(location).pathname : location;
    return new LocalStore((0,external_node_path_.resolve)(options.cwd ?? process.cwd(), path));
}
/**
 * The S3 store, with the AWS SDK imported on first use: loading it costs ~0.35 s of every action's and
 * CLI command's start (measured on the bundle, 2-core runner), and most runs use a local store.
 */
class LazyS3Store {
    bucket;
    prefix;
    options;
    location;
    loading;
    constructor(bucket, prefix, options) {
        this.bucket = bucket;
        this.prefix = prefix;
        this.options = options;
        this.location = (0,object_store/* s3Location */.eS)(bucket, prefix);
    }
    store() {
        this.loading ??= Promise.all(/* import() */[__webpack_require__.e(711), __webpack_require__.e(385)]).then(__webpack_require__.bind(__webpack_require__, 3385)).then(({ S3Store }) => new S3Store(this.bucket, this.prefix, this.options));
        return this.loading;
    }
    async hasBlob(digest) {
        return (await this.store()).hasBlob(digest);
    }
    async putBlob(source) {
        return (await this.store()).putBlob(source);
    }
    async getBlob(digest) {
        return (await this.store()).getBlob(digest);
    }
    async getBlobToFile(digest, path) {
        return (await this.store()).getBlobToFile(digest, path);
    }
    async *listBlobs() {
        yield* (await this.store()).listBlobs();
    }
    async readPointer(key) {
        return (await this.store()).readPointer(key);
    }
    async writePointer(key, body, condition) {
        return (await this.store()).writePointer(key, body, condition);
    }
    async listPointers(prefix) {
        return (await this.store()).listPointers(prefix);
    }
}

;// CONCATENATED MODULE: ./shared/store/index.ts





/***/ }),

/***/ 4637:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bi: () => (/* binding */ digestFromBlobKey),
/* harmony export */   JP: () => (/* binding */ POINTER_PREFIX),
/* harmony export */   OJ: () => (/* binding */ PreconditionFailed),
/* harmony export */   bd: () => (/* binding */ blobKey),
/* harmony export */   eS: () => (/* binding */ s3Location),
/* harmony export */   pp: () => (/* binding */ checkPointerKey),
/* harmony export */   tX: () => (/* binding */ BLOB_PREFIX)
/* harmony export */ });
/** The condition did not hold: someone else created or changed the pointer first. Re-read and retry. */
class PreconditionFailed extends Error {
    key;
    name = 'PreconditionFailed';
    constructor(key) {
        super(`pointer ${key} was created or changed concurrently`);
        this.key = key;
    }
}
/** `s3://bucket/prefix`, without a trailing slash: an S3 store's `location`. */
function s3Location(bucket, prefix) {
    return `s3://${bucket}/${prefix}`.replace(/\/$/, '');
}
const BLOB_PREFIX = 'objects/sha256/';
const POINTER_PREFIX = 'refs/';
/** `objects/sha256/ab/cdef…`: two-character fan-out keeps directories small. */
function blobKey(digest) {
    const hex = digest.slice('sha256:'.length);
    return `${BLOB_PREFIX}${hex.slice(0, 2)}/${hex.slice(2)}`;
}
function digestFromBlobKey(key) {
    const match = /objects\/sha256\/([0-9a-f]{2})\/([0-9a-f]{62})$/.exec(key);
    return match ? `sha256:${match[1]}${match[2]}` : undefined;
}
/** Pointer keys are slash-separated words; no empty segments, no `..`, nothing that escapes the store. */
function checkPointerKey(key) {
    if (!/^[A-Za-z0-9._@=+-]+(\/[A-Za-z0-9._@=+-]+)*$/.test(key) || key.split('/').some((part) => part === '..' || part === '.')) {
        throw new Error(`invalid pointer key: ${JSON.stringify(key)}`);
    }
}


/***/ })

};

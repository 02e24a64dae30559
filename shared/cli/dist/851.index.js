export const id = 851;
export const ids = [851];
export const modules = {

/***/ 7146:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $0: () => (/* binding */ parseDatasetSpec),
/* harmony export */   Eg: () => (/* binding */ readLatest),
/* harmony export */   OV: () => (/* binding */ checkDatasetName),
/* harmony export */   _5: () => (/* binding */ versionKey),
/* harmony export */   eY: () => (/* binding */ loadManifest),
/* harmony export */   p8: () => (/* binding */ latestKey),
/* harmony export */   r0: () => (/* binding */ resolveDatasetVersion),
/* harmony export */   yO: () => (/* binding */ listVersions)
/* harmony export */ });
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5568);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2635);
/* harmony import */ var _schemas_dataset_manifest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6295);



const NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
function checkDatasetName(name, input = 'name') {
    if (!NAME_PATTERN.test(name) || name.includes('..')) {
        const why = /[\\/]/.test(name) ? 'contains a path separator' : 'is not a plain name';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Dataset name '${name}' ${why}.`, {
            input,
            fix: 'Use letters, digits, dot, dash and underscore only (e.g. `churn-train`); it names the dataset, not a path.',
        });
    }
    return name;
}
const versionKey = (name, number) => `datasets/${name}/versions/${number}`;
const latestKey = (name) => `datasets/${name}/latest`;
async function readLatest(store, name) {
    const pointer = await store.readPointer(latestKey(name));
    if (!pointer)
        return undefined;
    const parsed = JSON.parse(pointer.body.toString('utf8'));
    return { ref: { name, number: parsed.number, version: parsed.version }, etag: pointer.etag };
}
async function loadManifest(store, version) {
    const bytes = await store.getBlob(version);
    return _schemas_dataset_manifest_js__WEBPACK_IMPORTED_MODULE_2__/* .datasetManifestType */ .U.parse(bytes.toString('utf8'), `manifest ${version}`);
}
/** `latest`, a sequential number (`3`), or a version digest. */
async function resolveDatasetVersion(store, name, spec, input = 'version') {
    checkDatasetName(name);
    const wanted = spec.trim() || 'latest';
    if (wanted === 'latest') {
        const latest = await readLatest(store, name);
        if (!latest)
            throw versionNotFound(name, wanted, store, input);
        return latest.ref;
    }
    if (/^\d+$/.test(wanted)) {
        const pointer = await store.readPointer(versionKey(name, Number(wanted)));
        if (!pointer)
            throw versionNotFound(name, wanted, store, input);
        return { name, number: Number(wanted), version: pointer.body.toString('utf8').trim() };
    }
    if ((0,_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .isDigest */ .Bc)(wanted)) {
        if (!(await store.hasBlob(wanted)))
            throw versionNotFound(name, wanted, store, input);
        const manifest = await loadManifest(store, wanted);
        if (manifest.name !== name) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Version ${wanted} belongs to dataset '${manifest.name}', not '${name}'.`, { input, fix: `Use name '${manifest.name}' or a version of '${name}'.` });
        }
        return { name, number: manifest.number, version: wanted };
    }
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`'${wanted}' is not a dataset version.`, { input, fix: 'Give `latest`, a version number such as `3`, or a digest `sha256:<64 hex>`.' });
}
/** `name@version` as used by train and evaluate inputs (`churn@3`, `churn@latest`, `churn@sha256:…`). */
function parseDatasetSpec(spec, input) {
    const at = spec.indexOf('@');
    const name = at < 0 ? spec : spec.slice(0, at);
    const version = at < 0 ? 'latest' : spec.slice(at + 1);
    return { name: checkDatasetName(name, input), version };
}
function versionNotFound(name, spec, store, input) {
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`Dataset '${name}' has no version '${spec}' in ${store.location}.`, {
        input,
        fix: `List the versions with \`mlci data log ${name} --store ${store.location}\`.`,
    });
}
/** Every version of a dataset, oldest first. */
async function listVersions(store, name) {
    checkDatasetName(name);
    const keys = await store.listPointers(`datasets/${name}/versions/`);
    const refs = await Promise.all(keys.map(async (key) => {
        const number = Number(key.slice(key.lastIndexOf('/') + 1));
        const pointer = await store.readPointer(key);
        return { name, number, version: (pointer?.body.toString('utf8').trim() ?? '') };
    }));
    return refs.sort((a, b) => a.number - b.number);
}


/***/ }),

/***/ 358:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ DistinctCounter),
/* harmony export */   A: () => (/* binding */ hash32)
/* harmony export */ });
/**
 * Distinct-value count: exact up to EXACT_LIMIT values, then a HyperLogLog estimate (2^12 registers,
 * standard error about 1.6%). The profile says "estimate" for a reason.
 */
const EXACT_LIMIT = 4096;
const REGISTER_BITS = 12;
const REGISTERS = 1 << REGISTER_BITS;
class DistinctCounter {
    exact = new Set();
    registers = new Uint8Array(REGISTERS);
    add(value) {
        this.addToSketch(value);
        if (!this.exact)
            return;
        this.exact.add(value);
        if (this.exact.size > EXACT_LIMIT)
            this.exact = undefined;
    }
    estimate() {
        if (this.exact)
            return this.exact.size;
        let sum = 0;
        let zeros = 0;
        for (const register of this.registers) {
            sum += 2 ** -register;
            if (register === 0)
                zeros += 1;
        }
        const alpha = 0.7213 / (1 + 1.079 / REGISTERS);
        const raw = (alpha * REGISTERS * REGISTERS) / sum;
        // Linear counting is more accurate while many registers are still empty.
        const estimate = raw <= 2.5 * REGISTERS && zeros > 0 ? REGISTERS * Math.log(REGISTERS / zeros) : raw;
        return Math.round(estimate);
    }
    addToSketch(value) {
        const hash = hash32(value);
        const index = hash >>> (32 - REGISTER_BITS);
        const rest = (hash << REGISTER_BITS) | (1 << (REGISTER_BITS - 1));
        const rank = Math.clz32(rest) + 1;
        if (rank > (this.registers[index] ?? 0))
            this.registers[index] = rank;
    }
}
/** FNV-1a over UTF-16 code units with a murmur3 finalizer for avalanche. */
function hash32(text) {
    let hash = 0x811c9dc5;
    for (let i = 0; i < text.length; i += 1) {
        hash ^= text.charCodeAt(i);
        hash = Math.imul(hash, 0x01000193);
    }
    hash ^= hash >>> 16;
    hash = Math.imul(hash, 0x85ebca6b);
    hash ^= hash >>> 13;
    hash = Math.imul(hash, 0xc2b2ae35);
    hash ^= hash >>> 16;
    return hash >>> 0;
}


/***/ }),

/***/ 8894:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A6: () => (/* binding */ profileTable),
/* harmony export */   an: () => (/* binding */ isTabular)
/* harmony export */ });
/* unused harmony export TABULAR_EXTENSIONS */
/* harmony import */ var _tabular_read_table_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(345);
/* harmony import */ var _distinct_counter_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(358);


const TOP_VALUES = 10;
/** Category counts kept per column; beyond it new values are not counted (top values stay exact for frequent ones). */
const CATEGORY_LIMIT = 10_000;
const TABULAR_EXTENSIONS = /\.(csv|tsv|jsonl|ndjson|parquet|pq)$/i;
function isTabular(path) {
    return TABULAR_EXTENSIONS.test(path);
}
/** One streaming pass over a tabular file: rows, and per column type, nulls, range, moments, distinct, top values. */
async function profileTable(file, displayPath = file) {
    const format = (0,_tabular_read_table_js__WEBPACK_IMPORTED_MODULE_0__/* .detectFormat */ .Tz)(file);
    const accumulators = new Map();
    const { rowCount, columns } = await (0,_tabular_read_table_js__WEBPACK_IMPORTED_MODULE_0__/* .scanTable */ .SS)(file, (batch) => {
        for (const column of batch.columns) {
            let accumulator = accumulators.get(column.name);
            if (!accumulator)
                accumulators.set(column.name, (accumulator = new ColumnAccumulator(column.name)));
            accumulator.addBatch(column);
        }
    }, { input: displayPath });
    return {
        format,
        rows: rowCount,
        columns: columns.map((name) => (accumulators.get(name) ?? new ColumnAccumulator(name)).finish(rowCount)),
    };
}
/**
 * Batches are typed independently, so a column can arrive as integers first and as text later: the
 * widest type wins (boolean < integer < number < string), and numeric moments use Welford's update so
 * merging batches is exact and stable.
 */
class ColumnAccumulator {
    name;
    type = 'empty';
    nulls = 0;
    count = 0;
    mean = 0;
    m2 = 0;
    min = Infinity;
    max = -Infinity;
    distinct = new _distinct_counter_js__WEBPACK_IMPORTED_MODULE_1__/* .DistinctCounter */ .$();
    categories = new Map();
    constructor(name) {
        this.name = name;
    }
    addBatch(column) {
        this.nulls += column.nullCount;
        if (column.type === 'string')
            this.addStrings(column.codes, column.categories);
        else
            this.addNumbers(column.values, column.type === 'number' ? 'number' : column.type === 'int' ? 'integer' : 'boolean');
    }
    addNumbers(values, type) {
        this.widen(type);
        for (let i = 0; i < values.length; i += 1) {
            const value = values[i];
            if (Number.isNaN(value))
                continue;
            this.count += 1;
            const delta = value - this.mean;
            this.mean += delta / this.count;
            this.m2 += delta * (value - this.mean);
            if (value < this.min)
                this.min = value;
            if (value > this.max)
                this.max = value;
            const text = type === 'boolean' ? String(value === 1) : String(value);
            this.distinct.add(text);
            if (type === 'boolean')
                this.countCategory(text, 1);
        }
    }
    addStrings(codes, categories) {
        this.widen('string');
        const counts = new Float64Array(categories.length);
        for (let i = 0; i < codes.length; i += 1) {
            const code = codes[i];
            if (code >= 0)
                counts[code] += 1;
        }
        categories.forEach((category, code) => {
            if (counts[code] === 0)
                return;
            this.distinct.add(category);
            this.countCategory(category, counts[code]);
        });
    }
    countCategory(value, count) {
        const current = this.categories.get(value);
        if (current !== undefined)
            this.categories.set(value, current + count);
        else if (this.categories.size < CATEGORY_LIMIT)
            this.categories.set(value, count);
    }
    widen(type) {
        const order = ['empty', 'boolean', 'integer', 'number', 'string'];
        if (order.indexOf(type) > order.indexOf(this.type))
            this.type = type;
    }
    finish(rows) {
        const profile = {
            name: this.name,
            type: this.type,
            nullShare: rows === 0 ? 0 : this.nulls / rows,
            distinct: this.distinct.estimate(),
        };
        if (this.count > 0 && (this.type === 'number' || this.type === 'integer')) {
            profile.min = this.min;
            profile.max = this.max;
            profile.mean = this.mean;
            // Population standard deviation (ddof=0, numpy's default), stable for one-row columns.
            profile.std = Math.sqrt(this.m2 / this.count);
        }
        if (this.type === 'string' || this.type === 'boolean')
            profile.top = this.topValues();
        return profile;
    }
    topValues() {
        return [...this.categories.entries()]
            .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
            .slice(0, TOP_VALUES)
            .map(([value, count]) => ({ value, count }));
    }
}


/***/ }),

/***/ 6028:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ restoreDataset)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2635);
/* harmony import */ var _dataset_refs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7146);





/**
 * Writes a version's files after verifying each digest. Everything is first downloaded and verified
 * into a staging directory beside the target; only then are files moved into place, so a corrupt or
 * missing object leaves the target untouched.
 */
async function restoreDataset(options) {
    const ref = await (0,_dataset_refs_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveDatasetVersion */ .r0)(options.store, options.name, options.version);
    const manifest = await (0,_dataset_refs_js__WEBPACK_IMPORTED_MODULE_4__/* .loadManifest */ .eY)(options.store, ref.version);
    const target = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(options.cwd, options.path);
    const staging = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(target), `.mlci-restore-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}`);
    try {
        for (const file of manifest.files)
            await options.store.getBlobToFile(file.digest, safeJoin(staging, file.path));
        const written = [];
        for (const file of manifest.files) {
            const destination = safeJoin(target, file.path);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(destination), { recursive: true });
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(safeJoin(staging, file.path), destination);
            written.push(destination);
        }
        return { ref, manifest, files: written };
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(staging, { recursive: true, force: true });
    }
}
/** Manifest paths come from the store: never let one climb out of the target directory. */
function safeJoin(root, relativePath) {
    const joined = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.resolve)(root, ...relativePath.split('/'));
    if (!joined.startsWith(root + node_path__WEBPACK_IMPORTED_MODULE_2__.sep)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`Manifest path '${relativePath}' points outside the restore directory.`, {
            fix: 'The manifest was not written by mlci; run `mlci data fsck` on the store.',
        });
    }
    return joined;
}


/***/ }),

/***/ 8964:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ parseNumber)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2635);

/** Shared by the action inputs and the CLI flags so both reject the same values the same way. */
function parseNumber(text, bounds, where) {
    const value = Number(text);
    const kind = bounds.integer ? 'an integer' : 'a number';
    const range = describeRange(bounds);
    const fix = `Give ${kind}${range}.`;
    if (text.trim() === '' || !Number.isFinite(value) || (bounds.integer && !Number.isInteger(value))) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`'${where.input}' must be ${kind}, got '${text}'.`, { input: where.input, fix });
    }
    if ((bounds.min !== undefined && value < bounds.min) || (bounds.max !== undefined && value > bounds.max)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`'${where.input}' is ${value}, outside${range}.`, { input: where.input, fix });
    }
    return value;
}
function describeRange(bounds) {
    if (bounds.min !== undefined && bounds.max !== undefined)
        return ` between ${bounds.min} and ${bounds.max}`;
    if (bounds.min !== undefined)
        return ` of at least ${bounds.min}`;
    if (bounds.max !== undefined)
        return ` of at most ${bounds.max}`;
    return '';
}


/***/ }),

/***/ 6682:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   Zs: () => (/* binding */ escapeMarkdownTableCell),
/* harmony export */   _b: () => (/* binding */ mermaidLabel),
/* harmony export */   gk: () => (/* binding */ mermaidChartLabel),
/* harmony export */   ti: () => (/* binding */ inlineCode)
/* harmony export */ });
/* unused harmony exports ZWJ, stripControls, neutralizeReferences */
/**
 * Escaping for untrusted text (branch names, column and group values, metric names, paths, commit
 * messages) entering GitHub-flavoured markdown, HTML blocks and Mermaid diagrams.
 *
 * GitHub renders a comment in two stages: markdown → HTML (where backslash escapes and entities work),
 * then HTML filters over text nodes (where @mentions, #123 references and bare URLs become links, and a
 * backslash escape has already disappeared). So markdown syntax is neutralised with backslashes and
 * entities, while mentions, references and autolinks are broken with an invisible zero-width joiner that
 * survives both stages. `$` is wrapped in a `<span>` because that is what GitHub documents for a literal
 * dollar next to math, and a lone `\$` is not honoured everywhere (tables).
 */
/** Zero-width joiner: invisible and not a word character, so `@` + ZWJ + `user` is no longer a mention. */
const ZWJ = '\u200D';
// Bidirectional overrides ("Trojan source") and C0/C1 controls other than tab and newline: never useful
// in a report, and they can make displayed text differ from what it is.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVISIBLE_CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;
// ASCII punctuation with a markdown meaning anywhere on a line. CommonMark allows a backslash before any
// ASCII punctuation, so over-escaping is harmless.
const MARKDOWN_PUNCTUATION = /[\\`*_{}[\]()#+\-!|~=]/g;
/** Remove control characters and bidi overrides; normalise line endings to `\n`. */
function stripControls(text) {
    return text.replace(/\r\n?/g, '\n').replace(INVISIBLE_CONTROLS, '');
}
/**
 * Break what GitHub's HTML filters turn into links or notifications: `@user` / `@org/team` mentions,
 * `#123` / `GH-123` references, and bare `https://` / `www.` autolinks.
 */
function neutralizeReferences(text) {
    return text
        .replace(/@(?=[A-Za-z0-9])/g, `@${ZWJ}`)
        .replace(/(?<!&)#(?=\d)/g, `#${ZWJ}`)
        .replace(/\b(GH)-(?=\d)/gi, `$1${ZWJ}-`)
        .replace(/:\/\//g, `:${ZWJ}//`)
        .replace(/\bwww\./gi, (match) => `${match.slice(0, 3)}${ZWJ}.`);
}
/**
 * Inline markdown text: rendered exactly as given, never as formatting, links, images, HTML, math,
 * mentions or block structure. Newlines become spaces (an inline fragment cannot start a block).
 */
function escapeMarkdown(text) {
    const flat = stripControls(text).replace(/\n/g, ' ');
    const escaped = flat
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(MARKDOWN_PUNCTUATION, '\\$&')
        // An ordered-list marker ("1. " / "1) ") only counts at the start of a line.
        .replace(/^(\d+)([.)])/, '$1\\$2');
    return neutralizeReferences(escaped).replace(/\$/g, '<span>$</span>');
}
/** A GFM table cell: like `escapeMarkdown`, and newlines kept as `<br>` instead of breaking the row. */
function escapeMarkdownTableCell(text) {
    return stripControls(text)
        .split('\n')
        .map((line) => escapeMarkdown(line))
        .join('<br>');
}
/**
 * Text inside raw HTML (`<summary>`, attribute values). Markdown is not parsed inside an HTML block, but
 * GitHub's mention, reference and math handling still sees the text, so those are neutralised too.
 */
function escapeHtml(text) {
    const escaped = stripControls(text)
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;')
        .replace(/\$/g, '&#36;');
    return neutralizeReferences(escaped);
}
/**
 * A code span that shows `text` verbatim: the fence is one backtick longer than the longest run inside,
 * padded with spaces when the text starts or ends with a backtick. `tableCell` escapes `|`, which GFM
 * treats as a cell separator even inside code spans.
 */
function inlineCode(text, options = {}) {
    let body = stripControls(text).replace(/\n/g, ' ');
    if (body === '')
        return '<code></code>';
    if (options.tableCell)
        body = body.replace(/\|/g, '\\|');
    const longestRun = Math.max(0, ...(body.match(/`+/g) ?? []).map((run) => run.length));
    const fence = '`'.repeat(longestRun + 1);
    const pad = body.startsWith('`') || body.endsWith('`') || /^ .* $/.test(body) ? ' ' : '';
    return `${fence}${pad}${body}${pad}${fence}`;
}
// Kept literally inside a quoted Mermaid label; everything else becomes a `#<code>;` entity, which
// Mermaid decodes for display. `%` (directives `%%{…}%%` are found by a regex over the whole source,
// quotes or not), `#` (entity syntax), quotes, brackets, `<` (HTML labels) and backticks (markdown
// strings) are therefore never literal.
const MERMAID_SAFE = /[\p{L}\p{N} _.,:/+\-=?!*'@]/u;
/**
 * Text for inside a double-quoted Mermaid label (`A["…"]`, `A -->|"…"| B`). Cannot close the quote, start
 * a directive, a comment, an HTML tag, a link or a `click` statement. Newlines become spaces.
 */
function mermaidLabel(text) {
    const flat = stripControls(text).replace(/\n/g, ' ');
    let out = '';
    for (const char of flat) {
        out += MERMAID_SAFE.test(char) ? char : `#${char.codePointAt(0)};`;
    }
    return out;
}
// Chart labels (xychart-beta axes, pie slices) are drawn as SVG text without entity decoding, so there
// unsafe characters are replaced rather than encoded.
const MERMAID_CHART_UNSAFE = /[^\p{L}\p{N} _.,:/+\-=?!*@()]/gu;
/** Text for a quoted label in a Mermaid chart (`x-axis ["…"]`, pie `"…" : 3`): unsafe characters → `_`. */
function mermaidChartLabel(text) {
    return stripControls(text).replace(/\n/g, ' ').replace(MERMAID_CHART_UNSAFE, '_');
}


/***/ }),

/***/ 6295:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ datasetManifestType)
/* harmony export */ });
/* harmony import */ var _record_type_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5021);

const columnProfile = {
    type: 'object',
    required: ['name', 'type', 'nullShare', 'distinct'],
    additionalProperties: false,
    properties: {
        name: { type: 'string' },
        type: { enum: ['number', 'integer', 'boolean', 'string', 'empty'] },
        nullShare: { type: 'number', minimum: 0, maximum: 1 },
        min: { type: 'number' },
        max: { type: 'number' },
        mean: { type: 'number' },
        std: { type: 'number' },
        distinct: { type: 'integer', minimum: 0 },
        top: {
            type: 'array',
            items: { type: 'object', required: ['value', 'count'], additionalProperties: false, properties: { value: { type: 'string' }, count: { type: 'integer' } } },
        },
    },
};
const tableProfile = {
    type: 'object',
    required: ['format', 'rows', 'columns'],
    additionalProperties: false,
    properties: {
        format: { enum: ['csv', 'jsonl', 'parquet'] },
        rows: { type: 'integer', minimum: 0 },
        columns: { type: 'array', items: columnProfile },
    },
};
const datasetManifestType = new _record_type_js__WEBPACK_IMPORTED_MODULE_0__/* .RecordType */ .ee('dataset-manifest', 1, {
    type: 'object',
    required: ['kind', 'schemaVersion', 'name', 'number', 'parent', 'files', 'fileCount', 'totalBytes', 'provenance'],
    additionalProperties: false,
    properties: {
        kind: { const: 'dataset-manifest' },
        schemaVersion: { const: 1 },
        name: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$' },
        number: { type: 'integer', minimum: 1 },
        parent: { anyOf: [{ $ref: 'defs.json#/$defs/digest' }, { type: 'null' }] },
        fileCount: { type: 'integer', minimum: 1 },
        totalBytes: { type: 'integer', minimum: 0 },
        files: {
            type: 'array',
            minItems: 1,
            items: {
                type: 'object',
                required: ['path', 'digest', 'size'],
                additionalProperties: false,
                properties: {
                    path: { type: 'string', minLength: 1 },
                    digest: { $ref: 'defs.json#/$defs/digest' },
                    size: { type: 'integer', minimum: 0 },
                    profile: tableProfile,
                },
            },
        },
        provenance: {
            type: 'object',
            required: ['createdAt', 'tool'],
            additionalProperties: false,
            properties: {
                commit: { type: 'string' },
                ref: { type: 'string' },
                workflowRunUrl: { type: 'string' },
                actor: { type: 'string' },
                workflow: { type: 'string' },
                repository: { type: 'string' },
                createdAt: { $ref: 'defs.json#/$defs/timestamp' },
                tool: { type: 'string' },
            },
        },
    },
});


/***/ }),

/***/ 345:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Tz: () => (/* binding */ detectFormat),
  p4: () => (/* binding */ readColumnNames),
  xz: () => (/* binding */ readTable),
  SS: () => (/* binding */ scanTable),
  bJ: () => (/* binding */ statedRowCount)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(2635);
;// CONCATENATED MODULE: ./shared/tabular/column-builder.ts
/**
 * Builds one column from values as they stream in, inferring its type: it starts numeric and turns into a
 * string column at the first value that is not a number or a boolean. Demoting re-renders the numbers
 * seen so far, which is exact only when each was written canonically (`1`, not `01` or `1.0`); when it is
 * not, `NonCanonicalDemotion` asks the reader to start over with the column forced to `string`.
 */
class NonCanonicalDemotion extends Error {
    column;
    constructor(column) {
        super(`column ${column} must be re-read as text`);
        this.column = column;
    }
}
/** A cell that does not fit a type forced with `types`; readers add the file and line. */
class column_builder_CellTypeError extends Error {
    column;
    text;
    expected;
    constructor(column, text, expected) {
        super(`'${text}' in column ${column} is not ${expected === 'int' ? 'an int' : `a ${expected}`}`);
        this.column = column;
        this.text = text;
        this.expected = expected;
    }
}
const INTEGER_TEXT = /^[+-]?\d+$/;
const NUMBER_TEXT = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const SPECIAL_NUMBERS = {
    nan: NaN, '+nan': NaN, '-nan': NaN, inf: Infinity, '+inf': Infinity, '-inf': -Infinity,
    infinity: Infinity, '+infinity': Infinity, '-infinity': -Infinity,
};
/** Missing values named in an error message, per column: the first few rows are enough to find them. */
const NULL_SAMPLES = 5;
class ColumnBuilder {
    name;
    forced;
    lossyDemotion;
    type;
    values = new Float64Array(1024);
    codes = new Int32Array(0);
    dictionary = new Map();
    categories = [];
    nulls;
    length = 0;
    canonical = true;
    nullCount = 0;
    nullSamples = [];
    memo;
    constructor(name, forced, 
    /** Streaming scans cannot start over: they accept `01` becoming `1` when a column turns out to be text. */
    lossyDemotion = false) {
        this.name = name;
        this.forced = forced;
        this.lossyDemotion = lossyDemotion;
        this.type = forced ?? 'empty';
        if (forced === 'string')
            this.codes = new Int32Array(1024);
    }
    get forcedType() {
        return this.forced;
    }
    get size() {
        return this.length;
    }
    /** A text cell (CSV): empty means missing. */
    pushText(text, line) {
        if (text === '')
            return this.pushNull(line);
        if (this.type === 'string')
            return this.pushString(text);
        const parsed = parseText(text, this.forced);
        if (parsed === undefined)
            return this.demoteThenPush(text);
        this.pushTyped(parsed.value, parsed.type, parsed.canonical);
    }
    /** A JSON value (JSONL, Parquet): null/undefined is missing; numbers stay numbers, strings stay strings. */
    pushValue(value, line) {
        if (value === null || value === undefined)
            return this.pushNull(line);
        if (this.type === 'string')
            return this.pushString(stringOf(value));
        if (typeof value === 'number')
            return this.pushTyped(value, Number.isInteger(value) ? 'int' : 'number', true);
        if (typeof value === 'bigint')
            return this.pushTyped(Number(value), 'int', true);
        if (typeof value === 'boolean')
            return this.pushTyped(value ? 1 : 0, 'bool', true);
        if (value instanceof Date)
            return this.pushTyped(value.getTime(), 'int', true);
        this.demoteThenPush(stringOf(value));
    }
    /** Room for `rows` more values in one allocation (Parquet knows its row counts). */
    reserve(rows) {
        const needed = this.length + rows;
        if (needed <= this.capacity())
            return;
        if (this.type === 'string')
            this.codes = grow(this.codes, needed);
        else
            this.values = grow(this.values, needed);
        if (this.nulls)
            this.nulls = grow(this.nulls, needed);
    }
    /**
     * Values [from, to) of a decoded column chunk. Numbers go straight into the Float64Array when the
     * column's type is fixed (Parquet): the per-value type inference of `pushValue` is for text formats.
     */
    pushChunk(data, from, to) {
        this.reserve(to - from);
        if (this.forced !== undefined && this.forced !== 'string' && isNumberArray(data)) {
            this.values.set(data.subarray(from, to), this.length);
            this.length += to - from;
            return;
        }
        for (let i = from; i < to; i += 1)
            this.pushDecoded(data[i]);
    }
    /** Rows [from, to) of a decoded page: values, or indices into a dictionary (parquet-pages.ts). */
    pushPart(part) {
        if ('data' in part)
            this.pushChunk(part.data, part.from, part.to);
        else
            this.pushIndexed(part.dictionary, part.indices, part.from, part.to);
    }
    /**
     * Dictionary-encoded rows (index -1: missing). The first row that uses an entry goes through
     * `pushDecoded`, exactly as if the value had been pushed; what it became (number or category code) is
     * remembered and later rows copy it. So errors, category order and conversions stay those of the
     * value-by-value path. Only for fixed types: an inferred type could still change under the memo.
     */
    pushIndexed(dictionary, indices, from, to) {
        this.reserve(to - from);
        if (this.forced === undefined) {
            for (let i = from; i < to; i += 1)
                this.pushDecoded(indices[i] < 0 ? null : dictionary[indices[i]]);
            return;
        }
        const memo = this.memoFor(dictionary);
        // Locals, not fields, in the loop: it runs once per row of every dictionary-encoded column.
        const strings = this.type === 'string';
        const target = strings ? this.codes : this.values;
        const known = memo.known;
        const mapped = strings ? memo.codes : memo.numbers;
        let length = this.length;
        for (let i = from; i < to; i += 1) {
            const index = indices[i];
            if (index >= 0 && known[index] === 1) {
                target[length++] = mapped[index];
                continue;
            }
            this.length = length;
            if (index < 0) {
                this.pushNull();
            }
            else {
                const value = dictionary[index];
                this.pushDecoded(value);
                // A missing entry stays on this path: pushDecoded records it as a null each time.
                if (value !== null && value !== undefined) {
                    mapped[index] = target[this.length - 1];
                    known[index] = 1;
                }
            }
            length = this.length;
        }
        this.length = length;
    }
    /** What each dictionary entry became, for the dictionary of the column chunk being read. */
    memoFor(dictionary) {
        if (this.memo?.dictionary !== dictionary) {
            const size = dictionary.length;
            this.memo = { dictionary, known: new Uint8Array(size), numbers: new Float64Array(this.type === 'string' ? 0 : size), codes: new Int32Array(this.type === 'string' ? size : 0) };
        }
        return this.memo;
    }
    /** One decoded value (Parquet, after hyparquet's type conversion), capacity already reserved. */
    pushDecoded(value) {
        if ((this.forced === 'number' || this.forced === 'int') && typeof value === 'number')
            this.values[this.length++] = value;
        else if (this.type === 'string' && typeof value === 'string')
            this.pushString(value);
        else
            this.pushValue(value);
    }
    /**
     * Storage for `rows` values in shared memory, so that worker threads decode their rows in place
     * (`ColumnBuilder.over`) and this thread neither copies them nor faults their pages in itself.
     * Only for a fresh builder of a fixed type.
     */
    shareStorage(rows) {
        if (this.length > 0 || this.forced === undefined)
            throw new Error(`column ${this.name}: shared storage needs a fresh builder of a fixed type`);
        const buffer = new SharedArrayBuffer(Math.max(1, rows) * (this.type === 'string' ? 4 : 8));
        if (this.type === 'string')
            this.codes = new Int32Array(buffer);
        else
            this.values = new Float64Array(buffer);
        return buffer;
    }
    /** A builder writing rows [offset, offset + rows) of storage from `shareStorage` (in a worker). */
    static over(name, type, storage, offset, rows) {
        const builder = new ColumnBuilder(name, type, true);
        if (type === 'string')
            builder.codes = new Int32Array(storage, offset * 4, rows);
        else
            builder.values = new Float64Array(storage, offset * 8, rows);
        return builder;
    }
    /**
     * Appends a column built elsewhere by a builder of the same forced type (a worker decoding other row
     * groups): values copied (or already in place, in shared storage), string codes mapped into this
     * dictionary, nulls and their samples carried over with rows shifted to this column's numbering.
     */
    appendColumn(column, nullSamples) {
        const offset = this.length;
        const rows = column.type === 'string' ? column.codes.length : column.values.length;
        if ((column.type === 'string') !== (this.type === 'string'))
            throw new Error(`column ${this.name}: cannot append a ${column.type} column to a ${this.type} one`);
        this.reserve(rows);
        if (column.type === 'string') {
            // In shared storage the source is this column's own rows: the loop then maps the codes in place.
            const remap = new Int32Array(column.categories.length);
            column.categories.forEach((text, code) => (remap[code] = this.codeOf(text)));
            const source = column.codes;
            const codes = this.codes;
            for (let i = 0; i < rows; i += 1) {
                const code = source[i];
                codes[offset + i] = code < 0 ? -1 : remap[code];
            }
        }
        else if (!isAt(column.values, this.values, offset)) {
            this.values.set(column.values, offset);
        }
        if (column.nullCount > 0)
            this.appendNulls(column, offset, rows, nullSamples);
        this.length += rows;
    }
    pushNull(line) {
        this.ensureCapacity();
        if (!this.nulls)
            this.nulls = new Uint8Array(this.capacity());
        this.nulls[this.length] = 1;
        if (this.type === 'string')
            this.codes[this.length] = -1;
        else
            this.values[this.length] = NaN;
        if (this.nullSamples.length < NULL_SAMPLES)
            this.nullSamples.push(line === undefined ? { row: this.length } : { row: this.length, line });
        this.nullCount += 1;
        this.length += 1;
    }
    build() {
        const n = this.length;
        const nulls = this.nulls ? exact(this.nulls, n) : undefined;
        if (this.type === 'string') {
            return { name: this.name, type: 'string', codes: exact(this.codes, n), categories: this.categories, nullCount: this.nullCount };
        }
        const type = this.type === 'empty' ? 'number' : this.type;
        const column = { name: this.name, type, values: exact(this.values, n), nullCount: this.nullCount };
        if (nulls && this.nullCount > 0)
            column.nulls = nulls;
        return column;
    }
    pushTyped(value, type, canonical) {
        if (this.forced === undefined)
            this.type = mergeNumeric(this.type, type);
        if (this.type === 'string')
            return this.demoteThenPush(String(value));
        this.canonical &&= canonical;
        this.ensureCapacity();
        this.values[this.length] = value;
        this.length += 1;
    }
    pushString(text) {
        this.ensureCapacity();
        this.codes[this.length] = this.codeOf(text);
        this.length += 1;
    }
    codeOf(text) {
        let code = this.dictionary.get(text);
        if (code === undefined) {
            code = this.categories.length;
            this.categories.push(text);
            this.dictionary.set(text, code);
        }
        return code;
    }
    appendNulls(column, offset, rows, samples) {
        if (!this.nulls)
            this.nulls = new Uint8Array(this.capacity());
        const nulls = this.nulls;
        if (column.type === 'string') {
            const codes = column.codes;
            for (let i = 0; i < rows; i += 1)
                if (codes[i] === -1)
                    nulls[offset + i] = 1;
        }
        else if (column.nulls) {
            nulls.set(column.nulls, offset);
        }
        for (const sample of samples)
            if (this.nullSamples.length < NULL_SAMPLES)
                this.nullSamples.push({ ...sample, row: sample.row + offset });
        this.nullCount += column.nullCount;
    }
    /** Turn the numbers seen so far into text, then continue as a string column. */
    demoteThenPush(text) {
        if (this.forced !== undefined && this.forced !== 'string')
            throw new column_builder_CellTypeError(this.name, text, this.forced);
        if (this.type !== 'string') {
            if (!this.canonical && !this.lossyDemotion)
                throw new NonCanonicalDemotion(this.name);
            const previousType = this.type;
            const previous = this.values;
            this.type = 'string';
            this.codes = new Int32Array(this.capacity());
            const count = this.length;
            this.length = 0;
            for (let i = 0; i < count; i += 1) {
                if (this.nulls?.[i]) {
                    this.codes[i] = -1;
                    this.length += 1;
                }
                else {
                    this.pushString(renderNumber(previous[i], previousType));
                }
            }
        }
        this.pushString(text);
    }
    capacity() {
        return this.type === 'string' ? this.codes.length : this.values.length;
    }
    ensureCapacity() {
        if (this.length < this.capacity())
            return;
        const size = Math.max(1024, this.capacity() * 2);
        if (this.type === 'string')
            this.codes = grow(this.codes, size);
        else
            this.values = grow(this.values, size);
        if (this.nulls)
            this.nulls = grow(this.nulls, size);
    }
}
/** Whether `part` is the view of `whole` that starts at element `offset` (rows written in place). */
function isAt(part, whole, offset) {
    return part.buffer === whole.buffer && part.byteOffset === whole.byteOffset + offset * part.BYTES_PER_ELEMENT;
}
/** The first n values, without a copy when the array is exactly that long. */
function exact(array, n) {
    return (array.length === n ? array : array.slice(0, n));
}
function isNumberArray(data) {
    return ArrayBuffer.isView(data) && !(data instanceof BigInt64Array) && !(data instanceof BigUint64Array) && !(data instanceof DataView);
}
function grow(array, size) {
    const bigger = new array.constructor(size);
    bigger.set(array);
    return bigger;
}
function mergeNumeric(current, next) {
    if (current === 'empty' || current === next)
        return next;
    if (current === 'string')
        return 'string';
    if (current === 'bool' || next === 'bool')
        return 'string';
    return 'number';
}
function renderNumber(value, type) {
    if (type === 'bool')
        return value === 1 ? 'true' : 'false';
    return String(value);
}
function stringOf(value) {
    if (typeof value === 'string')
        return value;
    if (typeof value === 'object')
        return JSON.stringify(value);
    return String(value);
}
/** A CSV cell as a number or boolean, or undefined when it is text. */
function parseText(text, forced) {
    const trimmed = text.trim();
    if (forced !== 'number' && forced !== 'int') {
        const lower = trimmed.toLowerCase();
        if (lower === 'true' || lower === 'false')
            return { value: lower === 'true' ? 1 : 0, type: 'bool', canonical: trimmed === lower };
        if (forced === 'bool')
            return undefined;
    }
    if (INTEGER_TEXT.test(trimmed)) {
        const value = Number(trimmed);
        return { value, type: 'int', canonical: String(value) === text };
    }
    if (NUMBER_TEXT.test(trimmed)) {
        const value = Number(trimmed);
        return { value, type: 'number', canonical: String(value) === text };
    }
    const special = SPECIAL_NUMBERS[trimmed.toLowerCase()];
    if (special !== undefined)
        return { value: special, type: 'number', canonical: false };
    return undefined;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./node_modules/csv-parse/lib/index.js
var lib = __webpack_require__(8075);
;// CONCATENATED MODULE: ./shared/tabular/select.ts

/** Indices of the requested columns in the file's column order (all when none are requested). */
function selectColumns(available, requested, file, input) {
    if (!requested)
        return available.map((_, i) => i);
    return [...new Set(requested)].map((name) => {
        const index = available.indexOf(name);
        if (index < 0) {
            throw new errors/* UserError */.yo(`column '${name}' is not in ${file}.`, {
                file,
                input,
                fix: `Use one of its columns: ${available.slice(0, 30).join(', ')}${available.length > 30 ? ', …' : ''}.`,
            });
        }
        return index;
    });
}

;// CONCATENATED MODULE: ./shared/tabular/csv.ts





/**
 * RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF, optional UTF-8 BOM) streamed through
 * csv-parse. The first record is the header. A `.tsv` file uses tabs.
 */
async function scanCsv(file, sink, range, columns, input) {
    const parser = (0,external_node_fs_.createReadStream)(file).pipe((0,lib/* parse */.qg)({ bom: true, raw: true, skip_empty_lines: true, delimiter: file.toLowerCase().endsWith('.tsv') ? '\t' : ',' }));
    let indices;
    let row = 0;
    const lines = new LineCounter();
    try {
        for await (const { record, raw } of parser) {
            const line = lines.startOf(raw);
            if (!indices) {
                indices = selectColumns(checkHeader(record, file, line), columns, file, input);
                sink.setColumns(indices.map((i) => record[i]));
                continue;
            }
            if (row >= range.end)
                break;
            if (row >= range.start) {
                pushRow(sink, indices.map((i) => record[i] ?? ''), line, file);
                await sink.flushIfFull();
            }
            row += 1;
        }
    }
    catch (error) {
        throw toUserError(error, file, input);
    }
    finally {
        parser.destroy();
    }
    if (!indices)
        throw new errors/* UserError */.yo(`${file} has no header row.`, { file, input, fix: 'The first line of a CSV file must name the columns.' });
}
/**
 * The line each record starts on. csv-parse's own `info.lines` counts a quoted CRLF twice, so lines are
 * counted from each record's raw text (which carries the skipped blank lines before it).
 */
class LineCounter {
    next = 1;
    startOf(raw) {
        const leading = /^(?:\r\n|\r|\n)*/.exec(raw)[0];
        const start = this.next + countBreaks(leading);
        this.next += countBreaks(raw);
        return start;
    }
}
function countBreaks(text) {
    return text.match(/\r\n|\r|\n/g)?.length ?? 0;
}
function pushRow(sink, cells, line, file) {
    try {
        sink.pushTextRow(cells, line);
    }
    catch (error) {
        if (!(error instanceof column_builder_CellTypeError))
            throw error;
        throw new errors/* UserError */.yo(`${error.message} (line ${line}).`, {
            file,
            line,
            fix: `Fix the value or drop the type override for column ${error.column}.`,
        });
    }
}
function checkHeader(header, file, line) {
    const seen = new Set();
    header.forEach((name, index) => {
        if (name.trim() === '') {
            throw new errors/* UserError */.yo(`column ${index + 1} of the header of ${file} has no name.`, { file, line, column: index + 1, fix: 'Name every column in the header row.' });
        }
        if (seen.has(name)) {
            throw new errors/* UserError */.yo(`column '${name}' appears twice in the header of ${file}.`, { file, line, fix: 'Give every column a unique name.' });
        }
        seen.add(name);
    });
    return header;
}
function toUserError(error, file, input) {
    if (!(error instanceof lib/* CsvError */.J$))
        return error;
    const line = error.lines;
    return new errors/* UserError */.yo(`${file} is not valid CSV: ${error.message}`, {
        file,
        input,
        ...(line === undefined ? {} : { line }),
        fix: 'Quote fields that contain commas, quotes or line breaks ("a ""quoted"" word"), and give every row as many fields as the header.',
        cause: error,
    });
}

// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __webpack_require__(481);
;// CONCATENATED MODULE: ./shared/tabular/jsonl.ts





/**
 * JSON Lines: one JSON object per line, blank lines skipped. Columns are the union of the keys in file
 * order; a key absent from a row is a missing value there.
 */
async function scanJsonl(file, sink, range, columns, input) {
    const lines = (0,external_node_readline_.createInterface)({ input: (0,external_node_fs_.createReadStream)(file, 'utf8'), crlfDelay: Infinity });
    const index = new Map();
    if (columns) {
        sink.setColumns([...new Set(columns)]);
        sink.columnNames.forEach((name, i) => index.set(name, i));
    }
    else {
        sink.setColumns([]);
    }
    const seen = new Set();
    let lineNumber = 0;
    let row = 0;
    try {
        for await (const text of lines) {
            lineNumber += 1;
            if (text.trim() === '')
                continue;
            if (row >= range.end)
                break;
            if (row >= range.start) {
                const object = parseLine(lineNumber === 1 ? text.replace(/^\uFEFF/, '') : text, file, lineNumber, input);
                for (const key of Object.keys(object))
                    seen.add(key);
                pushObject(sink, object, index, !columns, file, lineNumber);
                await sink.flushIfFull();
            }
            row += 1;
        }
    }
    finally {
        lines.close();
    }
    if (columns && row > 0)
        selectColumns([...seen], columns, file, input);
}
function parseLine(text, file, line, input) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* UserError */.yo(`line ${line} of ${file} is not valid JSON: ${error.message}`, {
            file, line, input, fix: 'Write one complete JSON object per line (JSON Lines).',
        });
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        throw new errors/* UserError */.yo(`line ${line} of ${file} is not a JSON object.`, { file, line, input, fix: 'Write one JSON object per line, e.g. {"age": 31, "label": 1}.' });
    }
    return value;
}
function pushObject(sink, object, index, openColumns, file, line) {
    if (openColumns) {
        for (const key of Object.keys(object))
            if (!index.has(key))
                index.set(key, sink.addColumn(key));
    }
    const values = new Array(sink.columnNames.length);
    for (const [key, value] of Object.entries(object)) {
        const at = index.get(key);
        if (at !== undefined)
            values[at] = value;
    }
    try {
        sink.pushValueRow(values, line);
    }
    catch (error) {
        if (!(error instanceof column_builder_CellTypeError))
            throw error;
        throw new errors/* UserError */.yo(`${error.message} (line ${line}).`, { file, line, fix: `Fix the value or drop the type override for column ${error.column}.` });
    }
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./node_modules/fzstd/esm/index.mjs
var esm = __webpack_require__(8339);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/node.js
var node = __webpack_require__(1609);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/metadata.js + 1 modules
var src_metadata = __webpack_require__(6367);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/read.js + 8 modules
var read = __webpack_require__(7992);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/column.js
var column = __webpack_require__(6167);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/convert.js + 1 modules
var convert = __webpack_require__(9234);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/datapage.js + 3 modules
var datapage = __webpack_require__(6884);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/encoding.js
var encoding = __webpack_require__(1067);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/schema.js
var src_schema = __webpack_require__(8286);
;// CONCATENATED MODULE: ./shared/tabular/parquet-pages.ts





/** The decoder for top-level column `name` of row group `group`, or undefined when it is not flat. */
function flatColumnDecoder(metadata, schema, group, name, compressors) {
    const chunk = metadata.row_groups[group]?.columns.find((c) => c.meta_data?.path_in_schema.length === 1 && c.meta_data.path_in_schema[0] === name);
    const meta = chunk?.meta_data;
    if (!chunk || !meta || chunk.file_path)
        return undefined;
    const schemaPath = (0,src_schema/* getTreePath */.st)(schema, meta.path_in_schema);
    if (!(0,src_schema/* isFlatColumn */.g7)(schemaPath))
        return undefined;
    const element = schemaPath[schemaPath.length - 1].element;
    return { chunk, decoder: { pathInSchema: meta.path_in_schema, element, schemaPath, type: meta.type, codec: meta.codec, compressors, parsers: convert/* DEFAULT_PARSERS */.Rc } };
}
/** The column chunk's bytes: its dictionary page (when it has one) through its last data page. */
async function readChunkBytes(buffer, { chunk }) {
    const meta = chunk.meta_data;
    const start = Number(meta.dictionary_page_offset || meta.data_page_offset);
    const end = start + Number(meta.total_compressed_size);
    return new Uint8Array(await buffer.slice(start, end));
}
/**
 * Rows [select.start, select.end) of a flat column chunk (row numbers relative to the row group), as
 * parts in row order: pages wholly before the selection are skipped without decoding their values.
 * Each part is valid only during its `emit` call: dictionary indices live in a buffer reused from page
 * to page (fresh memory is what decoding costs most on small VMs: see `scratch`).
 */
function decodeFlatChunk(bytes, decoder, select, emit) {
    const reader = { view: new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), offset: 0 };
    const maxDefinition = (0,src_schema/* getMaxDefinitionLevel */.mM)(decoder.schemaPath);
    let dictionary;
    let row = 0;
    while (row < select.end && reader.offset < bytes.byteLength - 1) {
        const header = (0,column/* parquetHeader */.wK)(reader);
        if (header.type === 'DICTIONARY_PAGE') {
            const { data } = (0,column/* readPage */.SP)(reader, header, decoder, undefined, undefined, 0);
            if (data)
                dictionary = (0,convert/* convert */.C6)(data, decoder);
            continue;
        }
        const pageRows = rowsOf(header);
        const body = bytes.subarray(reader.offset, reader.offset + header.compressed_page_size);
        reader.offset += header.compressed_page_size;
        if (row + pageRows > select.start) {
            const part = decodeDataPage(body, header, decoder, maxDefinition, dictionary);
            emit({ ...part, from: Math.max(0, select.start - row), to: Math.min(pageRows, select.end - row) });
        }
        row += pageRows;
    }
    if (row < select.end)
        throw new Error(`parquet column ${decoder.pathInSchema.join('.')}: its pages end at row ${row} of the row group, expected ${select.end}`);
}
function rowsOf(header) {
    if (header.type === 'DATA_PAGE' && header.data_page_header)
        return header.data_page_header.num_values;
    if (header.type === 'DATA_PAGE_V2' && header.data_page_header_v2)
        return header.data_page_header_v2.num_rows;
    throw new Error(`parquet unsupported page type: ${header.type}`);
}
function decodeDataPage(body, header, decoder, maxDefinition, dictionary) {
    const encoding = header.data_page_header?.encoding ?? header.data_page_header_v2.encoding;
    if (encoding === 'PLAIN_DICTIONARY' || encoding === 'RLE_DICTIONARY') {
        if (!dictionary)
            throw new Error(`parquet column ${decoder.pathInSchema.join('.')}: a dictionary-encoded page comes before any dictionary page`);
        return { dictionary, indices: header.type === 'DATA_PAGE' ? dictionaryIndicesV1(body, header, decoder, maxDefinition) : dictionaryIndicesV2(body, header, decoder, maxDefinition) };
    }
    const page = header.type === 'DATA_PAGE'
        ? (0,datapage/* readDataPage */.kS)((0,datapage/* decompressPage */.tC)(body, header.uncompressed_page_size, decoder.codec, decoder.compressors), header.data_page_header, decoder)
        : (0,datapage/* readDataPageV2 */.uD)(body, header, decoder);
    return { data: withNulls((0,convert/* convert */.C6)(page.dataPage, decoder), page.definitionLevels, maxDefinition) };
}
/** A data page v1: [definition levels with a 4-byte length] [bit width] [RLE/bit-packed indices], all compressed. */
function dictionaryIndicesV1(body, header, decoder, maxDefinition) {
    const page = (0,datapage/* decompressPage */.tC)(body, header.uncompressed_page_size, decoder.codec, decoder.compressors);
    const reader = { view: new DataView(page.buffer, page.byteOffset, page.byteLength), offset: 0 };
    const rows = header.data_page_header.num_values;
    const levels = maxDefinition ? new Uint8Array(rows) : undefined;
    if (levels)
        (0,encoding/* readRleBitPackedHybrid */.z)(reader, bitWidth(maxDefinition), levels);
    return readIndices(reader, page.byteLength, rows, levels, maxDefinition);
}
/** A data page v2: [repetition levels] [definition levels] uncompressed, then [bit width] [indices], maybe compressed. */
function dictionaryIndicesV2(body, header, decoder, maxDefinition) {
    const v2 = header.data_page_header_v2;
    const levelBytes = v2.repetition_levels_byte_length + v2.definition_levels_byte_length;
    const levels = maxDefinition ? new Uint8Array(v2.num_values) : undefined;
    if (levels) {
        const reader = { view: new DataView(body.buffer, body.byteOffset, body.byteLength), offset: v2.repetition_levels_byte_length };
        (0,encoding/* readRleBitPackedHybrid */.z)(reader, bitWidth(maxDefinition), levels, v2.definition_levels_byte_length);
    }
    const valuesSize = header.uncompressed_page_size - levelBytes;
    let values = body.subarray(levelBytes);
    if (v2.is_compressed !== false && valuesSize)
        values = (0,datapage/* decompressPage */.tC)(values, valuesSize, decoder.codec, decoder.compressors);
    const reader = { view: new DataView(values.buffer, values.byteOffset, values.byteLength), offset: 0 };
    return readIndices(reader, values.byteLength, v2.num_values, levels, maxDefinition);
}
/** One index per row, -1 where the definition level says the value is missing. */
function readIndices(reader, byteLength, rows, levels, maxDefinition) {
    let present = rows;
    if (levels)
        for (let i = 0; i < rows; i += 1)
            if (levels[i] !== maxDefinition)
                present -= 1;
    const indices = scratch(0, present);
    if (present > 0) {
        const width = reader.view.getUint8(reader.offset++);
        // Width 0: every index is 0 (a one-entry dictionary).
        if (width)
            (0,encoding/* readRleBitPackedHybrid */.z)(reader, width, indices, byteLength - reader.offset);
        else
            indices.fill(0);
    }
    if (present === rows)
        return indices;
    const spread = scratch(1, rows);
    for (let i = 0, k = 0; i < rows; i += 1)
        spread[i] = levels[i] === maxDefinition ? indices[k++] : -1;
    return spread;
}
/**
 * Index buffers reused across pages (two: one for the indices read, one for them spread over the rows
 * around missing values). A fresh 1 MB array per page would cost more in page faults than decoding it
 * takes: 3 ms per MB first touched on the 2-core bench VM, against 0.04 ms to rewrite it.
 */
const scratchBuffers = [new Int32Array(0), new Int32Array(0)];
function scratch(which, length) {
    if (scratchBuffers[which].length < length)
        scratchBuffers[which] = new Int32Array(length);
    return scratchBuffers[which].subarray(0, length);
}
/** Values with a null wherever a definition level is below the maximum (hyparquet's flat-column assembly). */
function withNulls(values, levels, maxDefinition) {
    if (!levels?.length)
        return values;
    const rows = new Array(levels.length);
    for (let i = 0, k = 0; i < levels.length; i += 1)
        rows[i] = levels[i] === maxDefinition ? values[k++] : null;
    return rows;
}
function bitWidth(value) {
    return 32 - Math.clz32(value);
}

// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
// EXTERNAL MODULE: ./shared/worker-threads.ts
var worker_threads = __webpack_require__(1814);
;// CONCATENATED MODULE: ./shared/tabular/parquet-workers.ts



/** The worker's script (see `workerScript`): `parquet-worker.js` beside the bundle, or the .ts from source. */
const BUILT_WORKER = 'parquet-worker.js';
const SOURCE_WORKER = 'parquet-worker.ts';
/**
 * Starts `count` workers and hands them row groups from index `first` on (the caller decodes the ones
 * before) as they are needed, at most two per worker ahead of the one being consumed, so memory stays
 * bounded when the sink streams batches. Into shared storage (the whole table) there is nothing to
 * bound: workers go on while this thread is busy elsewhere.
 * Undefined when no worker script can be found (the caller decodes in this thread).
 */
function decodeInWorkers(setup, groups, count, first = 0) {
    const offsets = rowOffsets(groups);
    const ahead = setup.storage ? groups.length : 2 * count;
    const entry = (0,worker_threads/* workerScript */.wF)(import.meta.url, BUILT_WORKER, SOURCE_WORKER);
    if (!entry)
        return undefined;
    const settled = new Map();
    const slot = (index) => {
        let found = settled.get(index);
        if (!found) {
            let resolve;
            let reject;
            const promise = new Promise((ok, fail) => {
                resolve = ok;
                reject = fail;
            });
            promise.catch(() => undefined); // a failure is reported when that group is asked for
            found = { promise, resolve, reject };
            settled.set(index, found);
        }
        return found;
    };
    let next = first;
    let wanted = first;
    let failed;
    const idle = [];
    const pump = () => {
        while (!failed && idle.length > 0 && next < groups.length && next <= wanted + ahead) {
            const worker = idle.pop();
            const request = { index: next, offset: offsets[next], ...groups[next] };
            slot(next);
            next += 1;
            worker.postMessage(request);
        }
    };
    const fail = (error) => {
        failed ??= error;
        for (const pending of settled.values())
            pending.reject(failed);
    };
    const workers = Array.from({ length: count }, () => {
        const worker = new external_node_worker_threads_.Worker(entry.script, { eval: entry.eval, workerData: setup });
        worker.on('message', (reply) => {
            if ('failure' in reply)
                slot(reply.index).reject(fromFailure(reply.failure));
            else
                slot(reply.index).resolve(reply.columns);
            idle.push(worker);
            pump();
        });
        worker.on('error', fail);
        worker.on('exit', (code) => {
            if (code !== 0)
                fail(new Error(`a Parquet decoding worker exited with code ${code}`));
        });
        idle.push(worker);
        return worker;
    });
    pump();
    const decode = ((index) => {
        wanted = index;
        pump();
        return slot(index).promise.finally(() => settled.delete(index));
    });
    decode.close = async () => {
        await Promise.all(workers.map((worker) => worker.terminate()));
    };
    return decode;
}
/** Where each group's rows start in the read. */
function rowOffsets(groups) {
    let rows = 0;
    return groups.map((group) => {
        const offset = rows;
        rows += group.end - group.start;
        return offset;
    });
}
function fromFailure(failure) {
    if (failure.cellType)
        return new column_builder_CellTypeError(failure.cellType.column, failure.cellType.text, failure.cellType.expected);
    return (0,worker_threads/* fromThreadError */.tk)(failure, 'a Parquet decoding worker');
}
function toFailure(error) {
    if (error instanceof CellTypeError)
        return { message: error.message, cellType: { column: error.column, text: error.text, expected: error.expected } };
    return toThreadError(error);
}
/** The buffers of decoded columns, moved (not copied) to the main thread; shared storage is shared, not moved. */
function transferList(columns) {
    return columns
        .flatMap(({ column }) => (column.type === 'string' ? [column.codes] : [column.values, ...(column.nulls ? [column.nulls] : [])]).map((array) => array.buffer))
        .filter((buffer) => buffer instanceof ArrayBuffer);
}

;// CONCATENATED MODULE: ./shared/tabular/parquet.ts










async function scanParquet(file, sink, range, options = {}) {
    const { input } = options;
    const { buffer, metadata } = await openFooter(file, input);
    const source = openParquet(buffer, metadata);
    const topLevel = topLevelColumns(metadata);
    const names = selectColumns(topLevel.map((c) => c.name), options.columns, file, input).map((i) => topLevel[i].name);
    sink.setColumns(names, Object.fromEntries(topLevel.map((c) => [c.name, parquetColumnType(c)])));
    // One allocation per column for the whole range, instead of growing group by group.
    sink.reserve(Math.max(0, Math.min(Number(metadata.num_rows), range.end) - range.start));
    const groups = groupRanges(metadata, range);
    const rows = groups.reduce((total, group) => total + group.end - group.start, 0);
    const workers = decodeThreads(groups.length, rows, options.threads);
    // Shared storage for decode workers, and for a caller working on rows as they land (the table in progress).
    const setup = workers > 1 || options.onRowsReady ? workerSetup(file, names, sink, rows) : undefined;
    // This thread decodes the first row group while the workers start, and they take the rest. A caller
    // that works on rows as they land (onRowsReady) does so in a thread of its own (inference): one core
    // is left to it, so this thread and one worker fewer decode (on 2 cores, this thread alone).
    const decoders = options.onRowsReady ? workers - 2 : workers;
    const decode = setup && decoders > 0 ? decodeInWorkers(setup, groups, decoders, 1) : undefined;
    const preview = setup?.storage && options.onRowsReady ? previewOf(file, names, setup) : undefined;
    // Before any row: the caller can start what will work on rows (threads, sessions) while they are decoded.
    if (preview)
        options.onRowsReady({ rows: 0, total: rows, table: { ...preview, rowCount: 0 } });
    try {
        const offsets = rowOffsets(groups);
        for (const [index, group] of groups.entries()) {
            // What works on rows as they land gets the first ones before the whole first group is decoded.
            const parts = index === 0 && preview ? splitFirstRows(group) : [group];
            for (const part of parts) {
                const partRows = part.end - part.start;
                await withCellTypeErrors(file, async () => {
                    sink.reserve(partRows);
                    if (!setup)
                        await sink.pushColumnParts((push) => decodeRowGroup(source, names, part, push), partRows);
                    else
                        sink.pushColumns(index === 0 || !decode ? await decodeGroupColumns(source, setup, { index, offset: offsets[index] + part.start - group.start, ...part }) : await decode(index), partRows);
                });
                await sink.flushIfFull();
                if (preview)
                    options.onRowsReady({ rows: sink.rowCount, total: rows, table: { ...preview, rowCount: sink.rowCount } });
            }
        }
    }
    finally {
        await decode?.close();
    }
}
/**
 * Rows decoded apart at the start of a large first row group when a caller works on rows as they land:
 * a group of a few hundred thousand rows takes a tenth of a second or more to decode, and these few
 * batches' worth start the work meanwhile. Pages overlapping both parts are decompressed twice, once.
 */
const FIRST_ROWS = 65_536;
function splitFirstRows(group) {
    if (group.end - group.start <= 2 * FIRST_ROWS)
        return [group];
    return [{ ...group, end: group.start + FIRST_ROWS }, { ...group, start: group.start + FIRST_ROWS }];
}
/** Rows of a Parquet file, from its footer. */
async function parquetRowCount(file, input) {
    return Number((await openFooter(file, input)).metadata.num_rows);
}
/**
 * The table being read in shared storage, for `onRowsReady`: numeric columns are the final arrays
 * (rows are written in place, in row-group order); text columns are placeholders without rows, since
 * their codes are only mapped to the table's dictionary when the read ends.
 */
function previewOf(file, names, setup) {
    const columns = names.map((name, c) => {
        const type = setup.types[name] ?? 'number';
        if (type === 'string')
            return { name, type, codes: new Int32Array(0), categories: [], nullCount: 0 };
        return { name, type, values: new Float64Array(setup.storage[c]), nullCount: 0 };
    });
    return { columns, file, format: 'parquet' };
}
function workerSetup(file, names, sink, rows) {
    const storage = sink.shareStorage(rows);
    return { file, names, types: sink.forcedTypes(), ...(storage ? { storage } : {}) };
}
/** Rows [start, end) of each row group that overlaps the range, in file order. */
function groupRanges(metadata, range) {
    const groups = [];
    let groupStart = 0;
    for (const [group, { num_rows }] of metadata.row_groups.entries()) {
        const groupEnd = groupStart + Number(num_rows);
        const start = Math.max(groupStart, range.start);
        const end = Math.min(groupEnd, range.end);
        if (start < end)
            groups.push({ group, first: groupStart, start, end });
        groupStart = groupEnd;
        if (groupStart >= range.end)
            break;
    }
    return groups;
}
/** Workers pay off from a few hundred thousand rows over two or more row groups; `threads` overrides. */
const PARALLEL_MIN_ROWS = 200_000;
function decodeThreads(groups, rows, threads) {
    const wanted = threads ?? (rows >= PARALLEL_MIN_ROWS ? (0,external_node_os_.availableParallelism)() : 1);
    return Math.max(1, Math.min(wanted, groups));
}
async function withCellTypeErrors(file, work) {
    try {
        await work();
    }
    catch (error) {
        if (!(error instanceof column_builder_CellTypeError))
            throw error;
        throw new errors/* UserError */.yo(`${error.message} in ${file}.`, { file, fix: `Drop the type override for column ${error.column}.` });
    }
}
/**
 * The footer read last, with the file's size and modification time. Evaluate reads a large file's footer
 * to plan its threads, then for its header, then for the rows: ~10 ms each, before the first row, that
 * one read serves. A file changed since (size or times) is read again.
 */
let lastFooter;
async function openFooter(file, input) {
    const [buffer, { mtimeMs, ctimeMs }] = await Promise.all([(0,node/* asyncBufferFromFile */.Rv)(file), (0,promises_.stat)(file)]);
    const known = lastFooter;
    if (known?.file === file && known.size === buffer.byteLength && known.mtimeMs === mtimeMs && known.ctimeMs === ctimeMs)
        return { buffer, metadata: await known.metadata };
    const metadata = readMetadata(buffer, file, input);
    const entry = { file, size: buffer.byteLength, mtimeMs, ctimeMs, metadata };
    lastFooter = entry;
    // A footer that failed to parse is not kept: the next read tries again and words its own error.
    metadata.catch(() => lastFooter === entry && (lastFooter = undefined));
    return { buffer, metadata: await metadata };
}
async function readMetadata(buffer, file, input) {
    try {
        return await (0,src_metadata/* parquetMetadataAsync */.Ei)(buffer);
    }
    catch (error) {
        throw new errors/* UserError */.yo(`${file} is not a Parquet file: ${error.message}`, {
            file, input, fix: 'Pass a Parquet file, or give the file a .csv/.jsonl extension if it is text.', cause: error,
        });
    }
}
function openParquet(buffer, metadata) {
    return { buffer, metadata, schema: (0,src_metadata/* parquetSchema */.YR)(metadata) };
}
/**
 * The decoded rows [start, end) of one row group, column by column, as parts in row order. Flat columns
 * are decoded page by page (parquet-pages.ts); any other column goes through hyparquet's parquetRead.
 * A part is valid only during its `push` call.
 */
async function decodeRowGroup(source, names, range, push) {
    const select = { start: range.start - range.first, end: range.end - range.first };
    const flat = names.map((name) => flatColumnDecoder(source.metadata, source.schema, range.group, name, COMPRESSORS));
    for (const [c, column] of flat.entries()) {
        if (column)
            decodeFlatChunk(await readChunkBytes(source.buffer, column), column.decoder, select, (part) => push(c, part));
    }
    const others = names.flatMap((name, c) => (flat[c] ? [] : [c]));
    if (others.length === 0)
        return;
    const assembled = await assembledColumns(source, others.map((c) => names[c]), range);
    others.forEach((c, i) => assembled[i].forEach((part) => push(c, part)));
}
/**
 * One row group decoded into built columns, in a worker or in this thread: into the whole read's shared
 * storage when there is one (rows written in place), else into arrays of its own.
 */
async function decodeGroupColumns(source, setup, request) {
    const rows = request.end - request.start;
    const builders = setup.names.map((name, c) => {
        const type = setup.types[name];
        const storage = setup.storage?.[c];
        // Lossy demotion is moot: Parquet columns have fixed types, and a forced type never demotes.
        const builder = storage && type ? ColumnBuilder.over(name, type, storage, request.offset, rows) : new ColumnBuilder(name, type, true);
        builder.reserve(rows);
        return builder;
    });
    await decodeRowGroup(source, setup.names, request, (column, part) => builders[column].pushPart(part));
    return builders.map((builder) => ({ column: builder.build(), nullSamples: [...builder.nullSamples] }));
}
/** Columns hyparquet assembles (nested ones), clipped to the range. */
async function assembledColumns({ buffer, metadata }, names, { start, end }) {
    const chunks = new Map(names.map((n) => [n, []]));
    await (0,read/* parquetRead */.bA)({
        file: buffer, metadata, columns: names, rowStart: start, rowEnd: end, compressors: COMPRESSORS,
        onChunk: (chunk) => chunks.get(chunk.columnName)?.push(chunk),
    });
    return names.map((name) => clip(chunks.get(name) ?? [], start, end, name));
}
/**
 * The parts of the chunks that hold rows [start, end), in row order, as index ranges into each chunk
 * (chunks may start before or end after the range). No copy: the builder reads them in place.
 */
function clip(chunks, start, end, name) {
    const parts = [];
    let next = start;
    for (const chunk of [...chunks].sort((a, b) => a.rowStart - b.rowStart)) {
        const from = Math.max(chunk.rowStart, next);
        const to = Math.min(chunk.rowEnd, end);
        if (from >= to)
            continue;
        parts.push({ data: chunk.columnData, from: from - chunk.rowStart, to: to - chunk.rowStart });
        next = to;
    }
    if (next !== end)
        throw new Error(`parquet column ${name}: decoded rows end at ${next}, expected ${end}`);
    return parts;
}
/** Nested columns (structs, lists) are not tabular features; they are left out. */
function topLevelColumns(metadata) {
    const columns = [];
    const root = metadata.schema[0];
    let index = 1;
    for (let child = 0; child < (root?.num_children ?? 0); child += 1) {
        const element = metadata.schema[index];
        if (!element.num_children)
            columns.push({ name: element.name, element });
        index = skipSubtree(metadata.schema, index);
    }
    return columns;
}
function skipSubtree(schema, index) {
    const children = schema[index]?.num_children ?? 0;
    let next = index + 1;
    for (let i = 0; i < children; i += 1)
        next = skipSubtree(schema, next);
    return next;
}
function parquetColumnType({ element }) {
    const logical = element.logical_type?.type;
    if (element.type === 'BOOLEAN')
        return 'bool';
    if (element.type === 'FLOAT' || element.type === 'DOUBLE')
        return 'number';
    if (logical === 'DECIMAL' || element.converted_type === 'DECIMAL')
        return 'number';
    if (element.type === 'INT32' || element.type === 'INT64')
        return 'int';
    return 'string';
}
const zstd = external_node_zlib_.zstdDecompressSync;
const COMPRESSORS = {
    ZSTD: (input, outputLength) => (zstd ? new Uint8Array(zstd(input)) : (0,esm/* decompress */.mF)(input, new Uint8Array(outputLength))),
    GZIP: (input) => new Uint8Array(external_node_zlib_.gunzipSync(input)),
    BROTLI: (input) => new Uint8Array(external_node_zlib_.brotliDecompressSync(input)),
};

;// CONCATENATED MODULE: ./shared/tabular/table-sink.ts

/**
 * Where readers put rows: it owns one ColumnBuilder per column and emits a Table every `batchRows` rows.
 * Readers only parse; typing, batching and null bookkeeping live here once.
 */
class TableSink {
    options;
    onBatch;
    builders = [];
    names = [];
    lines;
    rowsInBatch = 0;
    emitted = 0;
    nulls = new Map();
    constructor(options, onBatch) {
        this.options = options;
        this.onBatch = onBatch;
    }
    get rowCount() {
        return this.emitted + this.rowsInBatch;
    }
    get columnNames() {
        return this.names;
    }
    setColumns(names, types = {}) {
        this.names = [...names];
        this.builders = this.names.map((name) => new ColumnBuilder(name, this.options.types?.[name] ?? types[name], this.options.lossyDemotion));
    }
    /** A column first seen after some rows (JSONL): earlier rows of this batch are missing it. */
    addColumn(name) {
        const builder = new ColumnBuilder(name, this.options.types?.[name], this.options.lossyDemotion);
        for (let row = 0; row < this.rowsInBatch; row += 1)
            builder.pushNull(this.lineOf(row));
        this.names.push(name);
        this.builders.push(builder);
        return this.builders.length - 1;
    }
    pushTextRow(cells, line) {
        for (let c = 0; c < this.builders.length; c += 1)
            this.builders[c].pushText(cells[c] ?? '', line);
        this.endRow(line);
    }
    /** `values[c]` for column c; undefined counts as missing. */
    pushValueRow(values, line) {
        for (let c = 0; c < this.builders.length; c += 1)
            this.builders[c].pushValue(values[c], line);
        this.endRow(line);
    }
    /** Room for `rows` more rows in every column (Parquet knows its row counts). */
    reserve(rows) {
        const room = Math.min(rows, this.options.batchRows - this.rowsInBatch);
        for (const builder of this.builders)
            builder.reserve(room);
    }
    /**
     * Columnar append (Parquet): `decode` hands over, for each column, parts of decoded pages in row
     * order, together covering the same `rows` rows.
     */
    async pushColumnParts(decode, rows) {
        await decode((column, part) => this.builders[column].pushPart(part));
        this.rowsInBatch += rows;
    }
    /** The type each column is fixed to (Parquet's schema or the caller's override), for builders elsewhere. */
    forcedTypes() {
        return Object.fromEntries(this.builders.map((builder) => [builder.name, builder.forcedType]));
    }
    /**
     * Shared storage for every column of a whole-table read (see `ColumnBuilder.shareStorage`); undefined
     * when the sink emits batches, whose builders are replaced batch by batch.
     */
    shareStorage(rows) {
        if (this.options.batchRows !== Infinity)
            return undefined;
        return this.builders.map((builder) => builder.shareStorage(rows));
    }
    /** Columnar append of columns built by other builders (Parquet row groups decoded in workers). */
    pushColumns(columns, rows) {
        for (let c = 0; c < this.builders.length; c += 1)
            this.builders[c].appendColumn(columns[c].column, columns[c].nullSamples);
        this.rowsInBatch += rows;
    }
    async flushIfFull() {
        if (this.rowsInBatch >= this.options.batchRows)
            await this.flush();
    }
    async finish() {
        if (this.rowsInBatch > 0 || this.emitted === 0)
            await this.flush();
    }
    nullReports() {
        return [...this.nulls.values()];
    }
    endRow(line) {
        if (this.options.trackLines && line !== undefined) {
            if (!this.lines || this.lines.length <= this.rowsInBatch)
                this.lines = growLines(this.lines);
            this.lines[this.rowsInBatch] = line;
        }
        this.rowsInBatch += 1;
    }
    lineOf(row) {
        return this.lines?.[row];
    }
    async flush() {
        const table = {
            columns: this.builders.map((b) => b.build()),
            rowCount: this.rowsInBatch,
            file: this.options.file,
            format: this.options.format,
        };
        if (this.options.trackLines && this.lines)
            table.lines = this.lines.slice(0, this.rowsInBatch);
        this.recordNulls(this.emitted);
        const offset = this.emitted;
        this.emitted += this.rowsInBatch;
        this.rowsInBatch = 0;
        this.lines = undefined;
        this.builders = this.names.map((name) => new ColumnBuilder(name, this.builders.find((b) => b.name === name)?.forcedType, this.options.lossyDemotion));
        await this.onBatch(table, offset);
    }
    recordNulls(offset) {
        for (const builder of this.builders) {
            if (builder.nullCount === 0)
                continue;
            const report = this.nulls.get(builder.name) ?? { column: builder.name, count: 0, samples: [] };
            report.count += builder.nullCount;
            for (const sample of builder.nullSamples) {
                if (report.samples.length < NULL_SAMPLES)
                    report.samples.push({ ...sample, row: sample.row + offset });
            }
            this.nulls.set(builder.name, report);
        }
    }
}
function growLines(lines) {
    const bigger = new Int32Array(Math.max(1024, (lines?.length ?? 0) * 2));
    if (lines)
        bigger.set(lines);
    return bigger;
}

// EXTERNAL MODULE: ./shared/tabular/table.ts
var tabular_table = __webpack_require__(3460);
;// CONCATENATED MODULE: ./shared/tabular/read-table.ts








const EXTENSIONS = {
    csv: 'csv', tsv: 'csv', jsonl: 'jsonl', ndjson: 'jsonl', parquet: 'parquet', pq: 'parquet',
};
function detectFormat(file, input) {
    const extension = /\.([a-z0-9]+)$/i.exec(file)?.[1]?.toLowerCase() ?? '';
    const format = EXTENSIONS[extension];
    if (!format) {
        throw new errors/* UserError */.yo(`cannot tell the format of ${file} from its extension.`, {
            file, input, fix: 'Use a .csv, .tsv, .jsonl, .ndjson or .parquet file.',
        });
    }
    return format;
}
/** The whole table (or the requested columns and row range), typed, with the missing-value policy applied. */
async function readTable(file, options = {}) {
    let types = { ...options.types };
    for (;;) {
        try {
            return await readOnce(file, { ...options, types });
        }
        catch (error) {
            // A column that looked numeric turned out to be text written like numbers (`01`): read it as text.
            if (!(error instanceof NonCanonicalDemotion) || types[error.column] === 'string')
                throw error;
            types = { ...types, [error.column]: 'string' };
        }
    }
}
async function readOnce(file, options) {
    let table;
    const sink = await scanInto(file, options, Infinity, (batch) => {
        table = batch;
    });
    if (!table)
        throw new Error('reader emitted no table');
    return applyMissingPolicy(table, sink.nullReports(), options);
}
/**
 * Streams the file as typed batches of `batchRows` rows (the last may be shorter). Each batch is typed
 * on its own, so a CSV column can be `int` in one batch and `number` in the next; profilers merge.
 * Missing values are kept (nulls masks), never an error here.
 */
async function scanTable(file, onBatch, options = {}) {
    const sink = await scanInto(file, options, options.batchRows ?? 65_536, onBatch);
    return { rowCount: sink.rowCount, columns: sink.columnNames };
}
async function scanInto(file, options, batchRows, onBatch) {
    const format = options.format ?? detectFormat(file, options.input);
    await checkFile(file, options.input);
    const sink = new TableSink({ file, format, types: options.types, batchRows, trackLines: format !== 'parquet', lossyDemotion: batchRows !== Infinity }, onBatch);
    const range = { start: options.rowStart ?? 0, end: options.rowEnd ?? Infinity };
    if (format === 'csv')
        await scanCsv(file, sink, range, options.columns, options.input);
    else if (format === 'jsonl')
        await scanJsonl(file, sink, range, options.columns, options.input);
    else
        await scanParquet(file, sink, range, { columns: options.columns, input: options.input, threads: options.threads, onRowsReady: options.onRowsReady });
    await sink.finish();
    return sink;
}
async function checkFile(file, input) {
    let size;
    try {
        const info = await (0,promises_.stat)(file);
        if (!info.isFile())
            throw new errors/* UserError */.yo(`${file} is not a file.`, { file, input, fix: 'Pass the path of a data file.' });
        size = info.size;
    }
    catch (error) {
        if (error instanceof errors/* UserError */.yo)
            throw error;
        if ((0,errors/* errnoCode */.UK)(error) === 'ENOENT') {
            throw new errors/* UserError */.yo(`data file ${file} does not exist.`, { file, input, fix: 'Check the path (it is relative to the working directory).' });
        }
        throw error;
    }
    if (size === 0)
        throw new errors/* UserError */.yo(`data file ${file} is empty.`, { file, input, fix: 'Pass a file with a header and at least one row.' });
}
function applyMissingPolicy(table, reports, options) {
    const policy = options.missing ?? 'error';
    if (reports.length === 0 || policy === 'allow')
        return table;
    if (policy === 'error')
        throw missingValuesError(table, reports, options.input);
    const keep = [];
    for (let row = 0; row < table.rowCount; row += 1) {
        if (!table.columns.some((c) => isNullAt(c, row)))
            keep.push(row);
    }
    return (0,tabular_table/* takeRows */.LY)(table, Int32Array.from(keep));
}
function isNullAt(column, row) {
    return column.type === 'string' ? column.codes[row] === -1 : column.nulls?.[row] === 1;
}
function missingValuesError(table, reports, input) {
    const described = reports.map((r) => {
        const where = r.samples.map((s) => (s.line === undefined ? `row ${s.row + 1}` : `line ${s.line}`)).join(', ');
        return `${r.column} (${r.count} missing: ${where}${r.count > r.samples.length ? ', …' : ''})`;
    });
    const first = reports[0].samples[0];
    return new errors/* UserError */.yo(`${table.file} has missing values in ${described.join('; ')}.`, {
        file: table.file,
        input,
        ...(first?.line === undefined ? {} : { line: first.line }),
        fix: 'Fill the missing values, or set missing values to be dropped (`missing: drop`) or allowed (`missing: allow`).',
    });
}
/**
 * The column names of a CSV or Parquet file from its header or metadata alone (undefined for JSONL,
 * whose columns are only known after a full pass), so callers can read just the columns they use.
 */
async function readColumnNames(file, options = {}) {
    const format = options.format ?? detectFormat(file, options.input);
    if (format === 'jsonl')
        return undefined;
    await checkFile(file, options.input);
    const sink = new HeaderSink({ file, format, batchRows: Infinity, trackLines: false, lossyDemotion: true });
    try {
        if (format === 'csv')
            await scanCsv(file, sink, { start: 0, end: 0 }, undefined, options.input);
        else
            await scanParquet(file, sink, { start: 0, end: 0 }, { input: options.input });
    }
    catch (error) {
        if (!(error instanceof HeaderRead))
            throw error;
    }
    return sink.header;
}
/**
 * The number of data rows when the file states it without a pass over the rows (Parquet's footer), so
 * callers can plan (worker threads) before reading; undefined for text formats.
 */
async function statedRowCount(file, options = {}) {
    const format = options.format ?? detectFormat(file, options.input);
    if (format !== 'parquet')
        return undefined;
    await checkFile(file, options.input);
    return parquetRowCount(file, options.input);
}
class HeaderRead extends Error {
}
/** A sink that keeps the column names and stops the reader right there. */
class HeaderSink extends TableSink {
    header;
    constructor(options) {
        super(options, () => undefined);
    }
    setColumns(names) {
        this.header = [...names];
        throw new HeaderRead();
    }
}


/***/ }),

/***/ 3460:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ie: () => (/* binding */ cellText),
/* harmony export */   LY: () => (/* binding */ takeRows),
/* harmony export */   W2: () => (/* binding */ categorize),
/* harmony export */   _: () => (/* binding */ describeRow),
/* harmony export */   bf: () => (/* binding */ getColumn)
/* harmony export */ });
/* unused harmony export isNumericColumn */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2635);

/** The named column, or a UserError listing the columns there are. */
function getColumn(table, name, input) {
    const column = table.columns.find((c) => c.name === name);
    if (!column) {
        const names = table.columns.map((c) => c.name);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`column '${name}' is not in ${table.file}.`, {
            file: table.file,
            input,
            fix: `Use one of its columns: ${names.slice(0, 30).join(', ')}${names.length > 30 ? ', …' : ''}.`,
        });
    }
    return column;
}
function isNumericColumn(column) {
    return column.type !== 'string';
}
/** The cell as text (class labels, slice values): `1` for 1, `true` for a bool, null when missing. */
function cellText(column, row) {
    if (column.type === 'string') {
        const code = column.codes[row];
        return code < 0 ? null : column.categories[code];
    }
    if (column.nulls?.[row])
        return null;
    const value = column.values[row];
    if (column.type === 'bool')
        return value === 1 ? 'true' : 'false';
    return String(value);
}
/**
 * The column as dictionary codes over its distinct texts (numeric columns too), for grouping by slice
 * or sensitive value. Categories are sorted so the order does not depend on row order.
 */
function categorize(column) {
    const source = column.type === 'string' ? column : toStringColumn(column);
    const order = source.categories.map((_, i) => i).sort((a, b) => compareText(source.categories[a], source.categories[b]));
    const remap = new Int32Array(order.length);
    order.forEach((old, position) => (remap[old] = position));
    const codes = source.codes.map((code) => (code < 0 ? -1 : remap[code]));
    return { codes, categories: order.map((i) => source.categories[i]) };
}
function toStringColumn(column) {
    const dictionary = new Map();
    const categories = [];
    const codes = new Int32Array(column.values.length);
    for (let row = 0; row < codes.length; row += 1) {
        const text = cellText(column, row);
        if (text === null) {
            codes[row] = -1;
            continue;
        }
        let code = dictionary.get(text);
        if (code === undefined) {
            code = categories.length;
            categories.push(text);
            dictionary.set(text, code);
        }
        codes[row] = code;
    }
    return { name: column.name, type: 'string', codes, categories, nullCount: column.nullCount };
}
/** Numbers in numeric order, then text; stable across runs and shards. */
function compareText(a, b) {
    const x = Number(a);
    const y = Number(b);
    if (a !== '' && b !== '' && Number.isFinite(x) && Number.isFinite(y) && x !== y)
        return x - y;
    return a < b ? -1 : a > b ? 1 : 0;
}
/** A table of the given rows, in the given order. */
function takeRows(table, rows) {
    const columns = table.columns.map((column) => {
        if (column.type === 'string') {
            const codes = rows.map((r) => column.codes[r]);
            return { ...column, codes, nullCount: codes.reduce((n, c) => n + (c < 0 ? 1 : 0), 0) };
        }
        const values = Float64Array.from(rows, (r) => column.values[r]);
        const taken = { name: column.name, type: column.type, values, nullCount: 0 };
        if (column.nulls) {
            const nulls = Uint8Array.from(rows, (r) => column.nulls[r]);
            taken.nullCount = nulls.reduce((n, v) => n + v, 0);
            if (taken.nullCount > 0)
                taken.nulls = nulls;
        }
        return taken;
    });
    const taken = { ...table, columns, rowCount: rows.length };
    if (table.lines)
        taken.lines = rows.map((r) => table.lines[r]);
    return taken;
}
/** Where row r is, for messages: `line 12` in a text file, `row 11` in Parquet. */
function describeRow(table, row) {
    const line = table.lines?.[row];
    return line === undefined ? { text: `row ${row + 1}` } : { text: `line ${line}`, line };
}


/***/ }),

/***/ 1814:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   tk: () => (/* binding */ fromThreadError),
/* harmony export */   wF: () => (/* binding */ workerScript)
/* harmony export */ });
/* unused harmony export toThreadError */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2635);



/**
 * The script of a worker thread whose entry module is `source` (a .ts file beside the module at `base`,
 * which passes its `import.meta.url`): `built` next to the running bundle (scripts/build.mjs writes each
 * worker bundle into every dist whose code names it), or, running from source (tests, `npm run mlci`),
 * the TypeScript file through tsx. Undefined when neither exists. Callers pass the names as variables,
 * not as string literals inside `new URL(…)`, so that the bundler leaves them alone.
 */
function workerScript(base, built, source) {
    const bundled = new URL(built, base);
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_url__WEBPACK_IMPORTED_MODULE_1__.fileURLToPath)(bundled)))
        return { script: bundled, eval: false };
    const typescript = new URL(source, base);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_url__WEBPACK_IMPORTED_MODULE_1__.fileURLToPath)(typescript)))
        return undefined;
    // A worker's entry module does not go through `--import tsx` hooks (Node 20): register tsx, then import.
    return { script: `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(typescript.href)}); });`, eval: true };
}
function toThreadError(error) {
    if (error instanceof UserError)
        return { message: error.message, user: { location: error.location, ...(error.fix === undefined ? {} : { fix: error.fix }) } };
    return { message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
}
/** The error again on this side; `thread` names the worker in internal errors. */
function fromThreadError(error, thread) {
    if (error.user)
        return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(error.message, { ...error.user.location, ...(error.user.fix === undefined ? {} : { fix: error.user.fix }) });
    return new Error(`${thread}: ${error.message}`);
}


/***/ })

};

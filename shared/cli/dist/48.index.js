export const id = 48;
export const ids = [48];
export const modules = {

/***/ 5048:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  commands: () => (/* binding */ commands)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(2635);
// EXTERNAL MODULE: ./shared/lineage/lineage-store.ts
var lineage_store = __webpack_require__(1381);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./shared/digest.ts
var digest = __webpack_require__(5568);
// EXTERNAL MODULE: ./shared/schemas/record-type.ts
var record_type = __webpack_require__(5021);
;// CONCATENATED MODULE: ./shared/schemas/provenance.ts


/**
 * An in-toto Statement v1 (https://in-toto.io/Statement/v1) whose predicate is SLSA Provenance v1
 * (https://slsa.dev/provenance/v1). These are external formats with their own `_type` and
 * `predicateType`, so they are not `RecordType`s (which carry kind/schemaVersion); this module holds
 * their schema — the subset the suite writes and relies on — and validates on write and read.
 */
const IN_TOTO_STATEMENT_V1 = 'https://in-toto.io/Statement/v1';
const SLSA_PROVENANCE_V1 = 'https://slsa.dev/provenance/v1';
const descriptor = {
    type: 'object',
    required: ['digest'],
    properties: {
        uri: { type: 'string' },
        name: { type: 'string' },
        digest: { type: 'object', minProperties: 1, additionalProperties: { type: 'string', pattern: '^[0-9a-f]+$' } },
        annotations: { type: 'object' },
    },
};
const statementSchema = {
    type: 'object',
    required: ['_type', 'subject', 'predicateType', 'predicate'],
    properties: {
        _type: { const: IN_TOTO_STATEMENT_V1 },
        subject: {
            type: 'array',
            minItems: 1,
            items: {
                type: 'object',
                required: ['name', 'digest'],
                properties: {
                    name: { type: 'string' },
                    digest: { type: 'object', minProperties: 1, additionalProperties: { type: 'string', pattern: '^[0-9a-f]+$' } },
                },
            },
        },
        predicateType: { const: SLSA_PROVENANCE_V1 },
        predicate: {
            type: 'object',
            required: ['buildDefinition', 'runDetails'],
            properties: {
                buildDefinition: {
                    type: 'object',
                    required: ['buildType', 'externalParameters', 'resolvedDependencies'],
                    properties: {
                        buildType: { type: 'string', minLength: 1 },
                        externalParameters: { type: 'object' },
                        internalParameters: { type: 'object' },
                        resolvedDependencies: { type: 'array', items: descriptor },
                    },
                },
                runDetails: {
                    type: 'object',
                    required: ['builder'],
                    properties: {
                        builder: { type: 'object', required: ['id'], properties: { id: { type: 'string', minLength: 1 } } },
                        metadata: { type: 'object' },
                        byproducts: { type: 'array', items: descriptor },
                    },
                },
            },
        },
    },
};
// A separate ajv instance: in-toto documents may carry fields this schema does not list (it is
// open-world, as the spec requires consumers to ignore unknown fields), so strict mode stays off.
const statementValidator = (0,record_type/* compileOnFirstUse */.E0)(() => (0,record_type/* createAjv */.gr)({ strict: false }).compile(statementSchema));
function validateProvenanceStatement(value, source) {
    const validateStatement = statementValidator();
    if (!validateStatement(value)) {
        const problems = (validateStatement.errors ?? []).slice(0, 5).map((e) => `${e.instancePath || '/'} ${e.message ?? 'is invalid'}`);
        throw new errors/* UserError */.yo(`${source} is not an in-toto v1 statement with an SLSA v1 provenance predicate: ${problems.join('; ')}`, {
            file: source,
            field: validateStatement.errors?.[0]?.instancePath || '/',
            fix: 'Pass the statement the train step wrote (provenance.intoto.json), or the `dsseEnvelope` payload of a signed bundle decoded from base64.',
        });
    }
    return value;
}

;// CONCATENATED MODULE: ./shared/lineage/provenance.ts






/** Our build type: what `externalParameters` and `internalParameters` mean is defined by this URI. */
const TRAIN_BUILD_TYPE = 'https://mlci.dev/buildtypes/train/v1';
/** Builder id used outside GitHub Actions (CLI runs). */
const LOCAL_BUILDER_ID = 'https://mlci.dev/builders/cli/v1';
/**
 * The SLSA v1 provenance statement for every output of a training run. The data versions, the source
 * commit and the params file are resolved dependencies (so a verifier can check what went in), and the
 * params digest and the command are external parameters (what the user asked for).
 */
function provenanceStatement(record, context = {}) {
    return validateProvenanceStatement({
        _type: IN_TOTO_STATEMENT_V1,
        subject: record.outputs.map((output) => ({ name: output.path, digest: { sha256: (0,digest/* digestHex */.sU)(output.digest) } })),
        predicateType: SLSA_PROVENANCE_V1,
        predicate: {
            buildDefinition: {
                buildType: TRAIN_BUILD_TYPE,
                externalParameters: {
                    command: record.command,
                    data: record.data.map((d) => d.spec),
                    ...(record.params ? { params: { path: record.params.path, digest: { sha256: (0,digest/* digestHex */.sU)(record.params.digest) } } } : {}),
                    outputs: record.outputs.map((o) => o.path),
                    ...(record.code.globs ? { code: record.code.globs } : {}),
                },
                internalParameters: {
                    cacheKey: record.cacheKey,
                    codeDigest: record.code.digest,
                    environment: record.environment,
                },
                resolvedDependencies: resolvedDependencies(record, context),
            },
            runDetails: {
                builder: { id: context.builderId ?? LOCAL_BUILDER_ID },
                metadata: {
                    ...(record.workflowRun?.url ? { invocationId: `${record.workflowRun.url}/attempts/${record.workflowRun.attempt ?? '1'}` } : {}),
                    startedOn: record.startedAt,
                    finishedOn: record.finishedAt,
                },
                ...(context.lineageDigest ? { byproducts: [{ name: 'lineage-record', digest: { sha256: (0,digest/* digestHex */.sU)(context.lineageDigest) } }] } : {}),
            },
        },
    }, 'provenance statement');
}
function resolvedDependencies(record, context) {
    const dependencies = [];
    if (record.code.commit) {
        const repo = context.repositoryUrl ? `git+${context.repositoryUrl}` : 'git';
        dependencies.push({ uri: `${repo}@${record.code.commit}`, digest: { gitCommit: record.code.commit } });
    }
    dependencies.push({ name: 'code', digest: { sha256: (0,digest/* digestHex */.sU)(record.code.digest) }, annotations: { files: record.code.files } });
    for (const data of record.data) {
        dependencies.push({
            uri: data.source === 'dataset-version' ? `mlci:dataset/${data.name}@${data.number ?? ''}` : `file:${data.path}`,
            name: data.name,
            digest: { sha256: (0,digest/* digestHex */.sU)(data.digest) },
            annotations: { spec: data.spec, source: data.source, ...(data.number ? { number: data.number } : {}) },
        });
    }
    if (record.params)
        dependencies.push({ uri: `file:${record.params.path}`, name: 'params', digest: { sha256: (0,digest/* digestHex */.sU)(record.params.digest) } });
    return dependencies;
}
/** Canonical bytes of a statement, as stored: equal statements, equal digests. */
function serializeStatement(statement) {
    return (0,digest/* canonicalJson */.dj)(validateProvenanceStatement(statement, 'provenance statement'));
}
/**
 * Reads a statement file: a bare statement, a DSSE envelope (`payload` base64), or a Sigstore bundle
 * (`dsseEnvelope.payload`), as `@actions/attest` and `gh attestation download` write them.
 */
function parseStatement(text, source) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* UserError */.yo(`${source} is not JSON: ${error.message}`, { file: source, fix: 'Pass the provenance statement file.' });
    }
    const envelope = value.dsseEnvelope ?? value;
    if (typeof envelope?.payload === 'string')
        value = JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8'));
    return validateProvenanceStatement(value, source);
}
/** Hashes `file` and checks that some subject of the statement has that sha256. */
async function verifyFileAgainstStatement(file, statement) {
    const hex = await sha256File(file);
    const digest = `sha256:${hex}`;
    const match = statement.subject.find((subject) => subject.digest.sha256 === hex);
    if (match)
        return { ok: true, digest, subject: match.name, message: `${(0,external_node_path_.basename)(file)} matches subject '${match.name}' (${digest}).` };
    const names = statement.subject.map((s) => `${s.name} sha256:${s.digest.sha256 ?? '?'}`).join(', ');
    return { ok: false, digest, message: `${(0,external_node_path_.basename)(file)} has digest ${digest}, which no subject of the statement has (subjects: ${names}).` };
}
async function sha256File(file) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    try {
        for await (const chunk of (0,external_node_fs_.createReadStream)(file))
            hash.update(chunk);
    }
    catch (error) {
        if ((0,errors/* errnoCode */.UK)(error) === 'ENOENT')
            throw new errors/* UserError */.yo(`${file} does not exist.`, { file, fix: 'Pass the path of the model file to verify.' });
        throw error;
    }
    return hash.digest('hex');
}

// EXTERNAL MODULE: ./shared/report/escape.ts
var report_escape = __webpack_require__(6682);
;// CONCATENATED MODULE: ./shared/lineage/render.ts

/** `sha256:0123456789ab`: enough to tell digests apart in a graph or a sentence. */
function shortDigest(digest) {
    return digest.slice(0, 'sha256:'.length + 12);
}
function describeData(data) {
    return data.source === 'dataset-version' ? `${data.name} v${data.number ?? '?'}` : data.name;
}
/**
 * The lineage as a Mermaid flowchart: data versions, code and params flow into the run, the run
 * produces the model and the other outputs. Every label is user text, so it goes through `mermaidLabel`.
 */
function lineageMermaid(record) {
    const lines = ['flowchart LR'];
    const node = (id, label, shape) => {
        const [open, close] = shape === 'db' ? ['[("', '")]'] : shape === 'round' ? ['("', '")'] : ['["', '"]'];
        lines.push(`  ${id}${open}${(0,report_escape/* mermaidLabel */._b)(label)}${close}`);
    };
    node('run', `train: ${record.command}`, 'round');
    record.data.forEach((data, i) => {
        node(`data${i}`, `${describeData(data)} ${shortDigest(data.digest)}`, 'db');
        lines.push(`  data${i} --> run`);
    });
    node('code', `code ${record.code.commit ? record.code.commit.slice(0, 12) : shortDigest(record.code.digest)}`, 'box');
    lines.push('  code --> run');
    if (record.params) {
        node('params', `params ${record.params.path} ${shortDigest(record.params.digest)}`, 'box');
        lines.push('  params --> run');
    }
    record.outputs.forEach((output, i) => {
        node(`out${i}`, `${output.path} ${shortDigest(output.digest)}`, i === 0 ? 'db' : 'box');
        lines.push(`  run --> out${i}`);
    });
    return lines.join('\n');
}
/** The job summary of the train step: what happened, the lineage graph, and the inputs as a table. */
function lineageSummaryMarkdown(record, facts) {
    const rows = [
        ...record.data.map((d) => ['data', (0,report_escape/* escapeMarkdownTableCell */.Zs)(describeData(d)), (0,report_escape/* inlineCode */.ti)(d.digest, { tableCell: true })]),
        ['code', (0,report_escape/* escapeMarkdownTableCell */.Zs)(record.code.commit ?? `${record.code.files} files`), (0,report_escape/* inlineCode */.ti)(record.code.digest, { tableCell: true })],
        ...(record.params ? [['params', (0,report_escape/* escapeMarkdownTableCell */.Zs)(record.params.path), (0,report_escape/* inlineCode */.ti)(record.params.digest, { tableCell: true })]] : []),
        ...record.outputs.map((o) => ['output', (0,report_escape/* escapeMarkdownTableCell */.Zs)(o.path), (0,report_escape/* inlineCode */.ti)(o.digest, { tableCell: true })]),
    ];
    return [
        `### Train: ${facts.cacheHit ? 'cache hit' : 'trained'} in ${(facts.durationMs / 1000).toFixed(1)} s`,
        '',
        (0,report_escape/* escapeMarkdown */.FV)(facts.reason),
        '',
        '```mermaid',
        lineageMermaid(record),
        '```',
        '',
        '| input | what | digest |',
        '| --- | --- | --- |',
        ...rows.map((row) => `| ${row.join(' | ')} |`),
        '',
        `Lineage record ${(0,report_escape/* inlineCode */.ti)(facts.lineageDigest)}; provenance: ${(0,report_escape/* escapeMarkdown */.FV)(facts.provenance)}.`,
        '',
    ].join('\n');
}
/** Plain text for `mlci lineage why`: the data that trained the model, one line per input. */
function whyText(model, records) {
    const lines = [`Model ${model} was trained on:`];
    for (const record of records) {
        if (records.length > 1)
            lines.push(`- run finished ${record.finishedAt}${record.workflowRun?.url ? ` (${record.workflowRun.url})` : ''}:`);
        const indent = records.length > 1 ? '    ' : '  ';
        if (record.data.length === 0)
            lines.push(`${indent}(no data inputs were declared)`);
        for (const data of record.data)
            lines.push(`${indent}${describeData(data)}  ${data.digest}  (${data.spec})`);
        lines.push(`${indent}with code ${record.code.commit ?? record.code.digest}${record.params ? `, params ${record.params.path} ${record.params.digest}` : ''}`);
    }
    return lines.join('\n');
}
/** Plain text for `mlci lineage show`. */
function showText(record) {
    const run = record.workflowRun;
    return [
        `model     ${record.model.path}  ${record.model.digest}  (${record.model.size} bytes)`,
        ...record.data.map((d) => `data      ${describeData(d)}  ${d.digest}  (${d.spec} at ${d.path})`),
        `code      ${record.code.digest}  (${record.code.files} files${record.code.commit ? `, commit ${record.code.commit}` : ''})`,
        ...(record.params ? [`params    ${record.params.path}  ${record.params.digest}  ${JSON.stringify(record.params.content)}`] : []),
        `command   ${record.command}`,
        `env       ${record.environment.os}/${record.environment.arch}, node ${record.environment.node}${record.environment.runner ? `, runner ${record.environment.runner}` : ''}`,
        ...(run ? [`run       ${[run.url, run.actor && `by ${run.actor}`].filter(Boolean).join(' ') || run.id || ''}`] : []),
        ...record.outputs.slice(1).map((o) => `output    ${o.path}  ${o.digest}`),
        `cache key ${record.cacheKey}`,
        `time      ${record.startedAt} → ${record.finishedAt} (${(record.durationMs / 1000).toFixed(1)} s)`,
    ].join('\n');
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./shared/train/platform.ts

/** OS and CPU are part of the cache key: native code can give different bytes on another platform. */
function currentPlatform(runner) {
    return { os: (0,external_node_os_.platform)(), arch: (0,external_node_os_.arch)(), node: process.versions.node, ...(runner ? { runner } : {}) };
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
// EXTERNAL MODULE: ./shared/data/hash-files.ts
var hash_files = __webpack_require__(565);
// EXTERNAL MODULE: ./shared/data/stat-cache.ts
var stat_cache = __webpack_require__(7890);
// EXTERNAL MODULE: ./shared/train/glob.ts
var glob = __webpack_require__(7965);
;// CONCATENATED MODULE: ./shared/train/code-digest.ts









const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
const GIT_BUFFER = 1 << 28;
/**
 * Lists code files (tracked files by default, so build outputs and caches never count), drops data,
 * outputs and params, and digests (path, content id) pairs. In a fresh checkout nothing is read at all:
 * git's index already holds every file's id, so a 10,000-file tree costs two `git` calls.
 */
async function computeCodeDigest(options) {
    const root = (0,external_node_path_.resolve)(options.cwd);
    const git = await gitEntries(root);
    const all = git ? git.entries : await walkEntries(root, options.statCacheFile);
    const globs = (0,glob/* compileGlobs */.t)(options.globs ?? []);
    const excluded = (options.exclude ?? []).map((path) => toRepoPath(root, path)).filter((path) => path !== '');
    const kept = [...all].filter(([path]) => globs.matches(path) && !excluded.some((ex) => path === ex || path.startsWith(`${ex}/`)));
    if (kept.length === 0) {
        throw new errors/* UserError */.yo(`No code files matched ${options.globs?.length ? options.globs.join(', ') : 'the tracked files'} in ${root}.`, {
            input: 'code',
            fix: 'Set `code:` to globs that match your training code (e.g. `src/**`, `train.py`), relative to the repository root.',
        });
    }
    kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return {
        digest: (0,digest/* digestOfJson */.Qs)(kept),
        files: kept.length,
        ...(git?.commit ? { commit: git.commit } : {}),
        listing: git ? 'git' : 'walk',
    };
}
/** Undefined outside a git work tree. Paths are relative to `root`, with `/`. */
async function gitEntries(root) {
    const options = { cwd: root, maxBuffer: GIT_BUFFER };
    let listing;
    let changed;
    try {
        // Both read the index; `diff-files` compares it with the working tree using git's stat data.
        [listing, changed] = await Promise.all([
            run('git', ['ls-files', '--stage', '-z'], options).then((r) => r.stdout),
            run('git', ['diff-files', '--name-only', '--relative', '-z'], options).then((r) => r.stdout),
        ]);
    }
    catch {
        return undefined;
    }
    const commit = await run('git', ['rev-parse', '--verify', '-q', 'HEAD'], options).then((r) => r.stdout.trim(), () => undefined);
    const entries = parseStage(listing);
    await rehashChanged(root, entries, changed.split('\0').filter(Boolean));
    return { entries, ...(commit ? { commit } : {}) };
}
/** `<mode> <object id> <stage>\t<path>` records; unmerged paths (stage > 0) count as changed. */
function parseStage(listing) {
    const entries = new Map();
    for (const record of listing.split('\0')) {
        const match = /^(\d+) ([0-9a-f]+) (\d)\t(.+)$/s.exec(record);
        if (match)
            entries.set(match[4], match[3] === '0' ? match[2] : 'unmerged');
    }
    return entries;
}
/**
 * Files that differ from the index get the id of their working-tree content from `git hash-object`
 * (same algorithm and clean filters as the index, so identical content keeps its id whether or not it is
 * staged). Deleted files are dropped: they are not part of what runs.
 */
async function rehashChanged(root, entries, changed) {
    const present = [];
    for (const path of changed) {
        const stats = lstatSafe((0,external_node_path_.join)(root, path));
        if (!stats)
            entries.delete(path);
        else if (stats.isFile())
            present.push(path);
    }
    if (present.length === 0)
        return;
    const ids = (await gitWithInput(root, ['hash-object', '--stdin-paths'], `${present.join('\n')}\n`)).trim().split('\n');
    present.forEach((path, i) => entries.set(path, ids[i] ?? 'unreadable'));
}
function gitWithInput(cwd, args, input) {
    return new Promise((resolvePromise, reject) => {
        const child = (0,external_node_child_process_.spawn)('git', args, { cwd, stdio: ['pipe', 'pipe', 'inherit'] });
        let stdout = '';
        child.stdout.setEncoding('utf8');
        child.stdout.on('data', (chunk) => (stdout += chunk));
        child.on('error', reject);
        child.on('close', (code) => (code === 0 ? resolvePromise(stdout) : reject(new Error(`git ${args[0]} exited with code ${code}`))));
        child.stdin.end(input);
    });
}
/** Outside git: every file except version-control, dependency and mlci state directories. */
async function walkEntries(root, statCacheFile) {
    const skip = new Set(['.git', 'node_modules', '.mlci']);
    const found = [];
    for (const name of (0,external_node_fs_.readdirSync)(root, { recursive: true, encoding: 'utf8' })) {
        const path = name.split(external_node_path_.sep).join('/');
        if (path.split('/').some((part) => skip.has(part)))
            continue;
        const absolute = (0,external_node_path_.join)(root, name);
        const stats = lstatSafe(absolute);
        if (stats?.isFile())
            found.push({ path, absolute, size: stats.size, mtimeMs: stats.mtimeMs, ino: stats.ino });
    }
    const cache = await stat_cache/* StatCache */.XO.load(statCacheFile);
    const misses = found.filter((file) => !cache.lookup(file));
    const hashed = await (0,hash_files/* hashFiles */.y)(misses, misses.length > 64 ? {} : { workers: 1 });
    const now = Date.now();
    // "Racily clean" files (modified within the last second) could change again without a new mtime.
    for (const file of misses)
        if (now - file.mtimeMs > 1000)
            cache.remember(file, hashed.get(file.absolute));
    if (misses.length)
        await cache.save();
    return new Map(found.map((file) => [file.path, cache.lookup(file) ?? hashed.get(file.absolute)]));
}
function lstatSafe(path) {
    try {
        return (0,external_node_fs_.lstatSync)(path);
    }
    catch {
        return undefined;
    }
}
function toRepoPath(root, path) {
    return (0,external_node_path_.relative)(root, (0,external_node_path_.resolve)(root, path)).split(external_node_path_.sep).join('/');
}

// EXTERNAL MODULE: ./shared/data/dataset-refs.ts
var dataset_refs = __webpack_require__(7146);
// EXTERNAL MODULE: ./shared/data/restore-dataset.ts
var restore_dataset = __webpack_require__(6028);
// EXTERNAL MODULE: ./shared/data/walk.ts + 1 modules
var walk = __webpack_require__(40);
;// CONCATENATED MODULE: ./shared/train/data-inputs.ts







/**
 * `name@version` (`churn@3`, `churn@latest`, `churn@sha256:…`) is a dataset version: resolved in the
 * store, and restored to its recorded paths if the command runs. Anything else is a path, hashed as
 * found (its digest is then a content digest of the files, not a version).
 */
function isDatasetSpec(spec) {
    return /^[A-Za-z0-9][A-Za-z0-9._-]*@[^/\\]+$/.test(spec.trim());
}
async function resolveDataInputs(specs, store, cwd, statCacheFile) {
    const inputs = [];
    for (const spec of specs) {
        inputs.push(isDatasetSpec(spec) ? await resolveVersion(spec.trim(), store, cwd) : await hashPath(spec.trim(), cwd, statCacheFile));
    }
    return inputs;
}
/** Resolves the version and reads its manifest, but restores files only when asked (a cache hit never needs them). */
async function resolveVersion(spec, store, cwd) {
    const { name, version } = (0,dataset_refs/* parseDatasetSpec */.$0)(spec, 'data');
    const ref = await (0,dataset_refs/* resolveDatasetVersion */.r0)(store, name, version, 'data');
    const manifest = await (0,dataset_refs/* loadManifest */.eY)(store, ref.version);
    const paths = manifest.files.map((file) => file.path);
    return {
        lineage: { spec, name, number: ref.number, digest: ref.version, source: 'dataset-version', path: commonRoot(paths) },
        paths,
        // Pinned to the version digest, so a `latest` that moves meanwhile cannot change what is restored.
        restore: async () => {
            await (0,restore_dataset/* restoreDataset */.L)({ name, version: ref.version, store, path: '.', cwd });
        },
    };
}
async function hashPath(spec, cwd, statCacheFile) {
    const files = findFilesAsDataInput(spec, cwd);
    const cache = await stat_cache/* StatCache */.XO.load(statCacheFile);
    const misses = files.filter((file) => !cache.lookup(file));
    const hashed = await (0,hash_files/* hashFiles */.y)(misses);
    const now = Date.now();
    // Files modified within the last second are not remembered: they could change again without a new mtime.
    for (const file of misses)
        if (now - file.mtimeMs > 1000)
            cache.remember(file, hashed.get(file.absolute));
    await cache.save();
    const entries = files.map((file) => [file.path, cache.lookup(file) ?? hashed.get(file.absolute), file.size]);
    return {
        lineage: { spec, name: spec, digest: (0,digest/* digestOfJson */.Qs)(entries), source: 'path', path: spec },
        paths: files.map((file) => file.path),
    };
}
/** The data walker names its own `path` input; here the same problem is in the `data` input. */
function findFilesAsDataInput(spec, cwd) {
    try {
        return (0,walk/* findDatasetFiles */.g)([spec], cwd);
    }
    catch (error) {
        if (!(error instanceof errors/* UserError */.yo))
            throw error;
        throw new errors/* UserError */.yo(error.message, {
            ...error.location,
            input: 'data',
            fix: 'Give a dataset version (`churn@3`) or a path (file or directory) that exists when the step starts.',
            cause: error,
        });
    }
}
/** The longest common directory of the paths (the file itself when there is one). */
function commonRoot(paths) {
    if (paths.length === 1)
        return paths[0];
    const split = paths.map((path) => path.split('/'));
    const first = split[0] ?? [];
    let length = 0;
    while (length < first.length - 1 && split.every((parts) => parts[length] === first[length]))
        length += 1;
    return first.slice(0, length).join('/') || '.';
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./shared/train/params-file.ts




async function loadParamsFile(path, input = 'params') {
    const text = await (0,promises_.readFile)(path, 'utf8').catch((error) => {
        if ((0,errors/* errnoCode */.UK)(error) === 'ENOENT') {
            throw new errors/* UserError */.yo(`params file ${path} does not exist.`, { input, file: path, fix: 'Commit the params file or correct the path.' });
        }
        throw error;
    });
    return parseParamsText(text, path, input);
}
function parseParamsText(text, path, input = 'params') {
    const lineCounter = new dist/* LineCounter */.HN();
    const document = (0,dist/* parseDocument */.Tp)(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
    const problem = document.errors[0];
    if (problem) {
        const position = lineCounter.linePos(problem.pos[0]);
        throw new errors/* UserError */.yo(`params file ${path} is not valid YAML/JSON: ${firstLine(problem.message)}`, {
            input,
            file: path,
            line: position.line,
            column: position.col,
            fix: 'Fix the syntax at that position (a YAML mapping or a JSON object of parameters).',
        });
    }
    const content = document.toJS();
    if (content === null || typeof content !== 'object' || Array.isArray(content)) {
        throw new errors/* UserError */.yo(`params file ${path} must be a mapping of parameter names to values.`, {
            input,
            file: path,
            line: 1,
            column: 1,
            fix: 'Write parameters as `name: value` lines (YAML) or one JSON object.',
        });
    }
    const record = content;
    return { path, content: record, digest: (0,digest/* digestOfJson */.Qs)(record), locate: (keys) => locateIn(document, lineCounter, keys) };
}
function locateIn(document, lineCounter, keys) {
    const node = document.getIn(keys, true);
    const parent = keys.length > 1 ? document.getIn(keys.slice(0, -1), true) : document.contents;
    const start = node?.range?.[0] ?? ((0,dist/* isMap */.jh)(parent) || (0,dist/* isSeq */.oP)(parent) ? parent.range?.[0] : undefined);
    if (start === undefined)
        return {};
    const position = lineCounter.linePos(start);
    return { line: position.line, column: position.col };
}
function firstLine(message) {
    return message.split('\n')[0] ?? message;
}

;// CONCATENATED MODULE: ./shared/schemas/run-cache-entry.ts

const run_cache_entry_digest = { $ref: 'defs.json#/$defs/digest' };
const runCacheEntryType = new record_type/* RecordType */.ee('run-cache-entry', 1, {
    type: 'object',
    required: ['kind', 'schemaVersion', 'key', 'outputs', 'lineage', 'commandDurationMs', 'createdAt'],
    additionalProperties: false,
    properties: {
        kind: { const: 'run-cache-entry' },
        schemaVersion: { const: 1 },
        key: run_cache_entry_digest,
        outputs: {
            type: 'array',
            minItems: 1,
            items: {
                type: 'object',
                required: ['path', 'digest', 'size'],
                additionalProperties: false,
                properties: { path: { type: 'string', minLength: 1 }, digest: run_cache_entry_digest, size: { type: 'integer', minimum: 0 } },
            },
        },
        lineage: run_cache_entry_digest,
        provenance: run_cache_entry_digest,
        commandDurationMs: { type: 'number', minimum: 0 },
        createdAt: { $ref: 'defs.json#/$defs/timestamp' },
    },
});

// EXTERNAL MODULE: ./shared/store/object-store.ts
var object_store = __webpack_require__(4637);
;// CONCATENATED MODULE: ./shared/train/run-cache.ts





function cacheKey(parts) {
    const data = [...parts.data].sort((a, b) => (a.spec < b.spec ? -1 : a.spec > b.spec ? 1 : 0));
    return (0,digest/* digestOfJson */.Qs)({ v: 1, ...parts, data });
}
function cacheEntryKey(key) {
    return `train/cache/${(0,digest/* digestHex */.sU)(key)}`;
}
async function lookupEntry(store, key) {
    const pointer = await store.readPointer(cacheEntryKey(key));
    if (!pointer)
        return { state: 'miss' };
    try {
        const entry = runCacheEntryType.parse(pointer.body.toString('utf8'), `cache entry ${cacheEntryKey(key)}`);
        if (entry.key !== key)
            throw new Error(`it names key ${entry.key}`);
        return { state: 'hit', entry };
    }
    catch (error) {
        return { state: 'corrupt', etag: pointer.etag, problem: error.message };
    }
}
/**
 * Restores every output from the store (each blob verified before its file appears). A missing or
 * corrupt blob makes the whole entry unusable; the caller then runs the command again.
 */
async function restoreOutputs(store, outputs, cwd) {
    try {
        await Promise.all(outputs.map((output) => store.getBlobToFile(output.digest, (0,external_node_path_.join)(cwd, output.path))));
        return { ok: true };
    }
    catch (error) {
        if ((0,errors/* isUserError */.iU)(error))
            return { ok: false, problem: error.message };
        throw error;
    }
}
/**
 * Writes the entry: create-once, or replace a corrupt one by compare-and-swap. Losing a race to a job
 * that stored the same key first is fine — its outputs came from the same inputs.
 */
async function writeEntry(store, entry, replaceEtag) {
    try {
        await store.writePointer(cacheEntryKey(entry.key), runCacheEntryType.serialize(entry), replaceEtag ? { ifMatch: replaceEtag } : { ifNoneMatch: '*' });
        return 'written';
    }
    catch (error) {
        if (error instanceof object_store/* PreconditionFailed */.OJ)
            return 'raced';
        throw error;
    }
}

;// CONCATENATED MODULE: ./shared/train/run-command.ts


/**
 * Variables a training command must never see: it is the user's code (and its dependencies), so it gets
 * no GitHub credentials (`GITHUB_TOKEN`, `GH_TOKEN`, `ACTIONS_RUNTIME_TOKEN`, any `GITHUB_*`/`GH_*`/
 * `ACTIONS_*` name with TOKEN or PAT), no OIDC request credentials (which could mint a signing identity),
 * no runner service URLs and no action inputs (`INPUT_TOKEN`). The user's own variables (`HF_TOKEN`,
 * `WANDB_API_KEY`) pass: the workflow author put them in the step's `env:` for the command.
 */
const GITHUB_CREDENTIAL = /^(GITHUB|GH|ACTIONS)_\w*(TOKEN|PAT)/i;
const RUNNER_SERVICE = new Set(['ACTIONS_ID_TOKEN_REQUEST_URL', 'ACTIONS_RUNTIME_URL', 'ACTIONS_RESULTS_URL', 'ACTIONS_CACHE_URL']);
function commandEnvironment(env) {
    const clean = {};
    for (const [name, value] of Object.entries(env)) {
        if (value === undefined || GITHUB_CREDENTIAL.test(name) || RUNNER_SERVICE.has(name.toUpperCase()) || /^INPUT_/i.test(name))
            continue;
        clean[name] = value;
    }
    return clean;
}
/** Runs `command` in a shell, streaming its output; a non-zero exit is a UserError with the last lines. */
function runCommand(command, options) {
    const started = performance.now();
    const tail = [];
    const keep = options.tailLines ?? 20;
    const onLine = (line) => {
        options.log(line);
        tail.push(line);
        if (tail.length > keep)
            tail.shift();
    };
    return new Promise((resolvePromise, reject) => {
        const child = (0,external_node_child_process_.spawn)(command, { cwd: options.cwd, env: commandEnvironment(options.env), shell: true, stdio: ['ignore', 'pipe', 'pipe'] });
        const flushOut = splitLines(child.stdout, onLine);
        const flushErr = splitLines(child.stderr, onLine);
        child.on('error', (error) => reject(new errors/* UserError */.yo(`The run command could not start: ${error.message}`, { input: 'run', cause: error })));
        child.on('close', (code, signal) => {
            flushOut();
            flushErr();
            if (code === 0)
                return resolvePromise({ durationMs: performance.now() - started });
            const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
            reject(new errors/* UserError */.yo(`The run command ${how}. Last lines of its output:\n${tail.map((line) => `  ${line}`).join('\n') || '  (no output)'}`, {
                input: 'run',
                fix: 'Fix the training command (see its output above); nothing was cached.',
            }));
        });
    });
}
/** Calls `onLine` per complete line; the returned function flushes a final unterminated line. */
function splitLines(stream, onLine) {
    let pending = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk) => {
        const parts = (pending + chunk).split(/\r?\n/);
        pending = parts.pop() ?? '';
        for (const part of parts)
            onLine(part);
    });
    return () => {
        if (pending)
            onLine(pending);
        pending = '';
    };
}

;// CONCATENATED MODULE: ./shared/train/train.ts












/** The train use case: resolve inputs, hit the run cache or run the command, record lineage and provenance. */
async function train(request) {
    const started = request.now?.() ?? new Date();
    const outputs = checkOutputs(request);
    const inputs = await resolveInputs(request, outputs);
    const lookup = request.cache ? await lookupEntry(request.store, inputs.key) : { state: 'disabled' };
    let replaceEtag;
    let missReason = request.cache ? 'No cached run has these inputs, so the command ran.' : 'The run cache is off (cache: false), so the command ran.';
    if (lookup.state === 'hit') {
        const hit = await tryHit(request, lookup.entry, inputs, started);
        if (hit.ok)
            return hit.result;
        request.warn(`Cache entry for key ${inputs.key} is unusable (${hit.problem}); running the command again.`);
        missReason = `The cached run was unusable (${hit.problem}), so the command ran again.`;
    }
    else if (lookup.state === 'corrupt') {
        request.warn(`Cache entry for key ${inputs.key} is corrupt (${lookup.problem}); running the command again.`);
        missReason = 'The cache entry was corrupt, so the command ran again.';
        replaceEtag = lookup.etag;
    }
    return runAndRecord(request, outputs, inputs, { started, missReason, replaceEtag });
}
function checkOutputs(request) {
    const outputs = request.outputs.map((o) => o.trim()).filter(Boolean);
    if (outputs.length === 0) {
        throw new errors/* UserError */.yo('No outputs were declared.', { input: 'outputs', fix: 'Set `outputs:` to the model path (first) and any metrics files the command writes.' });
    }
    for (const output of outputs) {
        const inside = (0,external_node_path_.relative)(request.cwd, (0,external_node_path_.resolve)(request.cwd, output));
        if (inside === '' || inside.startsWith('..') || (0,external_node_path_.isAbsolute)(inside)) {
            throw new errors/* UserError */.yo(`Output '${output}' is outside the working directory.`, { input: 'outputs', fix: 'Declare outputs as paths relative to the repository root.' });
        }
    }
    return outputs.map((o) => (0,external_node_path_.relative)(request.cwd, (0,external_node_path_.resolve)(request.cwd, o)).split(external_node_path_.sep).join('/'));
}
async function resolveInputs(request, outputs) {
    if (!request.command.trim())
        throw new errors/* UserError */.yo('No run command was given.', { input: 'run', fix: 'Set `run:` to the command that trains the model.' });
    const params = request.params ? await loadParamsFile((0,external_node_path_.resolve)(request.cwd, request.params)) : undefined;
    const stateDir = request.stateDir ?? (0,external_node_path_.join)(request.cwd, '.mlci');
    const data = await resolveDataInputs(request.data, request.store, request.cwd, (0,external_node_path_.join)(stateDir, 'cache', 'data-stat-cache.bin'));
    const code = await computeCodeDigest({
        cwd: request.cwd,
        ...(request.code?.length ? { globs: request.code } : {}),
        exclude: [
            ...data.flatMap((d) => d.paths),
            ...outputs,
            ...(request.params ? [request.params] : []),
            (0,external_node_path_.relative)(request.cwd, stateDir),
            // A store directory inside the repository is state, not code.
            ...(request.store.location.includes('://') ? [] : [(0,external_node_path_.relative)(request.cwd, request.store.location)]),
        ],
        statCacheFile: (0,external_node_path_.join)(stateDir, 'cache', 'code-stat-cache.bin'),
    });
    const key = cacheKey({
        data: data.map((d) => ({ spec: d.lineage.spec, digest: d.lineage.digest })),
        code: code.digest,
        params: params?.digest ?? null,
        command: request.command,
        os: request.platform.os,
        arch: request.platform.arch,
        outputs,
    });
    return { data, ...(params ? { params } : {}), code, key };
}
async function tryHit(request, entry, inputs, started) {
    const restored = await restoreOutputs(request.store, entry.outputs, request.cwd);
    if (!restored.ok)
        return restored;
    let lineage;
    let statement;
    try {
        lineage = await (0,lineage_store/* readLineage */.Kj)(request.store, entry.lineage);
        statement = entry.provenance ? parseStatement((await request.store.getBlob(entry.provenance)).toString('utf8'), `statement ${entry.provenance}`) : undefined;
    }
    catch (error) {
        if (error instanceof errors/* UserError */.yo)
            return { ok: false, problem: error.message };
        throw error;
    }
    statement ??= provenanceStatement(lineage, { lineageDigest: entry.lineage, ...provenanceContext(request) });
    const seconds = (entry.commandDurationMs / 1000).toFixed(1);
    const reason = `Cache hit: data, code, params, command and platform are unchanged since ${entry.createdAt} (key ${inputs.key}); ` +
        `restored ${entry.outputs.length} output(s) from the store and skipped the command (it took ${seconds} s).`;
    request.log(reason);
    const files = await writeRecordFiles(request, lineage, statement);
    return { ok: true, result: finish(request, { cacheHit: true, reason, key: inputs.key, lineage, lineageDigest: entry.lineage, files, statement, started, signed: false }) };
}
async function runAndRecord(request, outputs, inputs, context) {
    request.log(context.missReason);
    for (const data of inputs.data)
        await data.restore?.();
    const { durationMs: commandDurationMs } = await runCommand(request.command, { cwd: request.cwd, env: request.env, log: request.log });
    const found = await checkOutputsExist(request.cwd, outputs);
    const stored = [];
    for (const output of found)
        stored.push({ ...output, digest: await request.store.putBlob({ file: (0,external_node_path_.join)(request.cwd, output.path) }) });
    const finished = request.now?.() ?? new Date();
    const lineage = lineageRecord(request, inputs, stored, context.started, finished);
    const lineageDigest = await (0,lineage_store/* putLineageRecord */.GF)(request.store, lineage);
    const statement = provenanceStatement(lineage, { lineageDigest, ...provenanceContext(request) });
    const statementDigest = await request.store.putBlob(Buffer.from(serializeStatement(statement)));
    const signature = request.signer ? await request.signer(statement) : undefined;
    const bundleDigest = signature ? await request.store.putBlob(Buffer.from(JSON.stringify(signature.bundle))) : undefined;
    await (0,lineage_store/* indexLineage */.Qz)(request.store, lineage, lineageDigest, { statement: statementDigest, ...(bundleDigest ? { bundle: bundleDigest } : {}) });
    if (request.cache) {
        const entry = {
            kind: 'run-cache-entry',
            schemaVersion: 1,
            key: inputs.key,
            outputs: stored,
            lineage: lineageDigest,
            provenance: statementDigest,
            commandDurationMs,
            createdAt: finished.toISOString(),
        };
        if ((await writeEntry(request.store, entry, context.replaceEtag)) === 'raced')
            request.log('Another job cached the same inputs first; kept its entry.');
    }
    const files = await writeRecordFiles(request, lineage, statement, signature?.bundle);
    return finish(request, {
        cacheHit: false,
        reason: context.missReason,
        key: inputs.key,
        lineage,
        lineageDigest,
        files,
        statement,
        started: context.started,
        signed: signature !== undefined,
        ...(signature?.attestationId ? { attestationId: signature.attestationId } : {}),
    });
}
/** Every declared output must exist after the run; otherwise nothing is stored. */
async function checkOutputsExist(cwd, outputs) {
    const found = [];
    for (const path of outputs) {
        try {
            const info = await (0,promises_.stat)((0,external_node_path_.join)(cwd, path));
            if (!info.isFile())
                throw Object.assign(new Error('not a file'), { code: 'EISDIR' });
            found.push({ path, size: info.size });
        }
        catch (error) {
            const what = (0,errors/* errnoCode */.UK)(error) === 'EISDIR' ? 'is not a file' : 'does not exist';
            throw new errors/* UserError */.yo(`Declared output '${path}' ${what} after the run command finished.`, {
                input: 'outputs',
                file: path,
                fix: 'Make the command write every declared output (check its paths), or remove the output from `outputs:`. Nothing was cached.',
            });
        }
    }
    return found;
}
function lineageRecord(request, inputs, outputs, started, finished) {
    return {
        kind: 'lineage-record',
        schemaVersion: 1,
        model: outputs[0],
        outputs,
        data: inputs.data.map((d) => d.lineage),
        code: {
            digest: inputs.code.digest,
            files: inputs.code.files,
            ...(inputs.code.commit ? { commit: inputs.code.commit } : {}),
            ...(request.code?.length ? { globs: [...request.code] } : {}),
        },
        ...(inputs.params ? { params: { path: request.params ?? inputs.params.path, digest: inputs.params.digest, content: inputs.params.content } } : {}),
        command: request.command,
        environment: request.platform,
        ...(request.workflowRun ? { workflowRun: request.workflowRun } : {}),
        cacheKey: inputs.key,
        startedAt: started.toISOString(),
        finishedAt: finished.toISOString(),
        durationMs: finished.getTime() - started.getTime(),
    };
}
function provenanceContext(request) {
    return { ...(request.repositoryUrl ? { repositoryUrl: request.repositoryUrl } : {}), ...(request.builderId ? { builderId: request.builderId } : {}) };
}
async function writeRecordFiles(request, lineage, statement, bundle) {
    const dir = (0,external_node_path_.join)(request.stateDir ?? (0,external_node_path_.join)(request.cwd, '.mlci'), 'train', lineage.model.digest.slice('sha256:'.length, 'sha256:'.length + 16));
    await (0,promises_.mkdir)(dir, { recursive: true });
    const files = { lineage: (0,external_node_path_.join)(dir, 'lineage.json'), statement: (0,external_node_path_.join)(dir, 'provenance.intoto.json') };
    await (0,promises_.writeFile)(files.lineage, `${JSON.stringify(lineage, null, 2)}\n`);
    await (0,promises_.writeFile)(files.statement, `${JSON.stringify(statement, null, 2)}\n`);
    if (bundle !== undefined) {
        files.bundle = (0,external_node_path_.join)(dir, 'provenance.sigstore.json');
        await (0,promises_.writeFile)(files.bundle, `${JSON.stringify(bundle, null, 2)}\n`);
    }
    return files;
}
function finish(request, facts) {
    const durationMs = (request.now?.() ?? new Date()).getTime() - facts.started.getTime();
    const statementDigest = digestOfStatement(facts.statement);
    const provenanceText = facts.signed
        ? `signed with Sigstore${facts.attestationId ? ` (attestation ${facts.attestationId})` : ''}`
        : facts.cacheHit
            ? 'recorded by the run that trained the model'
            : 'unsigned statement in the store (grant `id-token: write` to sign it)';
    return {
        cacheHit: facts.cacheHit,
        reason: facts.reason,
        key: facts.key,
        model: facts.lineage.model,
        outputs: facts.lineage.outputs,
        lineage: facts.lineage,
        lineageDigest: facts.lineageDigest,
        files: facts.files,
        provenance: { statementDigest, signed: facts.signed, ...(facts.attestationId ? { attestationId: facts.attestationId } : {}) },
        durationMs,
        summaryMarkdown: lineageSummaryMarkdown(facts.lineage, {
            cacheHit: facts.cacheHit,
            reason: facts.reason,
            durationMs,
            lineageDigest: facts.lineageDigest,
            provenance: provenanceText,
        }),
    };
}
function digestOfStatement(statement) {
    return (0,digest/* digestBytes */.QN)(serializeStatement(statement));
}

// EXTERNAL MODULE: ./node_modules/csv-parse/lib/api/index.js + 3 modules
var api = __webpack_require__(7084);
// EXTERNAL MODULE: ./node_modules/csv-parse/lib/api/normalize_options.js + 1 modules
var normalize_options = __webpack_require__(6845);
;// CONCATENATED MODULE: ./node_modules/csv-parse/lib/sync.js



const parse = function (data, opts = {}) {
  if (typeof data === "string") {
    data = Buffer.from(data);
  }
  const records = opts && opts.objname ? Object.create(null) : [];
  const parser = (0,api/* transform */.p)(opts);
  const push = (record) => {
    if (parser.options.objname === undefined) records.push(record);
    else {
      records[record[0]] = record[1];
    }
  };
  const close = () => {};
  const error = parser.parse(data, true, push, close);
  if (error !== undefined) throw error;
  return records;
};



;// CONCATENATED MODULE: ./shared/trainer/dataset.ts


function parseTrainingCsv(text, options) {
    const rows = readRows(text, options.source);
    const header = rows[0]?.record;
    if (!header || rows.length < 2) {
        throw new errors/* UserError */.yo(`${options.source} has no data rows.`, {
            file: options.source,
            fix: 'Give a CSV file with a header line and at least one data row.',
        });
    }
    const labelIndex = columnIndex(header, options.label, options.source, 'label');
    const featureNames = options.features ? [...options.features] : header.filter((_, i) => i !== labelIndex);
    const featureIndexes = featureNames.map((name) => columnIndex(header, name, options.source, 'features'));
    const dataRows = rows.slice(1);
    const features = new Float32Array(dataRows.length * featureNames.length);
    const labels = new Uint8Array(dataRows.length);
    dataRows.forEach((row, r) => {
        labels[r] = parseLabel(row, labelIndex, options);
        featureIndexes.forEach((column, f) => {
            features[r * featureNames.length + f] = parseFeature(row, column, header[column] ?? '', options.source);
        });
    });
    return { featureNames, labelName: options.label, features, labels, rows: dataRows.length };
}
function readRows(text, source) {
    try {
        // With `info: true` each record comes as { record, info }; csv-parse's sync typings do not model that.
        return parse(text, { info: true, skip_empty_lines: true, trim: true });
    }
    catch (error) {
        const { lines, column } = error;
        throw new errors/* UserError */.yo(`${source} is not valid CSV: ${error.message}`, {
            file: source,
            ...(lines === undefined ? {} : { line: lines }),
            ...(typeof column === 'number' ? { column: column + 1 } : {}),
            fix: 'Check quoting and that every row has as many fields as the header.',
            cause: error,
        });
    }
}
function columnIndex(header, name, source, input) {
    const index = header.indexOf(name);
    if (index < 0) {
        throw new errors/* UserError */.yo(`${source} has no column '${name}' (columns: ${header.join(', ')}).`, {
            file: source,
            line: 1,
            input,
            fix: `Name one of the header's columns as the ${input}.`,
        });
    }
    return index;
}
function parseLabel(row, index, options) {
    const value = row.record[index] ?? '';
    if (value === '0' || value === 'false')
        return 0;
    if (value === '1' || value === 'true')
        return 1;
    throw new errors/* UserError */.yo(`label '${options.label}' is '${value}'; the trainer fits binary labels 0/1.`, {
        file: options.source,
        line: row.info.lines,
        column: index + 1,
        fix: 'Encode the label column as 0 and 1 (or false and true).',
    });
}
function parseFeature(row, index, name, source) {
    const text = row.record[index] ?? '';
    const value = text === '' ? Number.NaN : Number(text);
    if (!Number.isFinite(value)) {
        throw new errors/* UserError */.yo(`feature '${name}' is '${text}', not a finite number.`, {
            file: source,
            line: row.info.lines,
            column: index + 1,
            fix: 'Encode every feature column as numbers (one-hot encode categories, impute missing values) before training.',
        });
    }
    return value;
}

;// CONCATENATED MODULE: ./shared/trainer/logistic-regression.ts
function trainLogisticRegression(data, params) {
    const width = data.featureNames.length + 1; // last slot: intercept
    let theta = new Float64Array(width);
    let loss = objective(data, theta, params.C);
    let iterations = 0;
    let converged = false;
    while (iterations < params.maxIter && !converged) {
        iterations += 1;
        const { gradient, hessian } = derivatives(data, theta, params.C);
        const step = solveCholesky(hessian, gradient, width);
        // Step halving keeps Newton monotone on badly scaled data, where a full step can overshoot.
        let scale = 1;
        let next = subtractScaled(theta, step, scale);
        let nextLoss = objective(data, next, params.C);
        while (nextLoss > loss && scale > 1e-10) {
            scale /= 2;
            next = subtractScaled(theta, step, scale);
            nextLoss = objective(data, next, params.C);
        }
        converged = maxAbs(step) * scale <= params.tol;
        theta = next;
        loss = nextLoss;
    }
    const rounded = Array.from(theta, (v) => Math.fround(v));
    return {
        kind: 'logistic-regression',
        featureNames: [...data.featureNames],
        coefficients: rounded.slice(0, -1),
        intercept: rounded[width - 1] ?? 0,
        iterations,
        converged,
    };
}
function logisticLogits(model, features, rows) {
    const width = model.coefficients.length;
    const out = new Float64Array(rows);
    for (let r = 0; r < rows; r++) {
        let z = model.intercept;
        for (let f = 0; f < width; f++)
            z += (model.coefficients[f] ?? 0) * (features[r * width + f] ?? 0);
        out[r] = z;
    }
    return out;
}
function linear(data, theta, row) {
    const width = data.featureNames.length;
    let z = theta[width] ?? 0;
    for (let f = 0; f < width; f++)
        z += (theta[f] ?? 0) * (data.features[row * width + f] ?? 0);
    return z;
}
function objective(data, theta, C) {
    let loss = 0;
    for (let r = 0; r < data.rows; r++) {
        const z = linear(data, theta, r);
        // log(1 + e^z) - y z, computed without overflow.
        loss += (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z))) - (data.labels[r] ?? 0) * z;
    }
    let penalty = 0;
    for (let f = 0; f < data.featureNames.length; f++)
        penalty += (theta[f] ?? 0) ** 2;
    return C * loss + 0.5 * penalty;
}
function derivatives(data, theta, C) {
    const features = data.featureNames.length;
    const width = features + 1;
    const gradient = new Float64Array(width);
    const hessian = new Float64Array(width * width);
    const x = new Float64Array(width);
    for (let r = 0; r < data.rows; r++) {
        for (let f = 0; f < features; f++)
            x[f] = data.features[r * features + f] ?? 0;
        x[features] = 1;
        const p = sigmoid(linear(data, theta, r));
        const residual = C * (p - (data.labels[r] ?? 0));
        const weight = C * p * (1 - p);
        for (let i = 0; i < width; i++) {
            gradient[i] += residual * x[i];
            for (let j = 0; j <= i; j++)
                hessian[i * width + j] += weight * x[i] * x[j];
        }
    }
    for (let f = 0; f < features; f++) {
        gradient[f] += theta[f];
        hessian[f * width + f] += 1;
    }
    return { gradient, hessian };
}
/** Solves H x = g for symmetric positive definite H (lower triangle filled). */
function solveCholesky(h, g, n) {
    const l = new Float64Array(n * n);
    for (let i = 0; i < n; i++) {
        for (let j = 0; j <= i; j++) {
            let sum = h[i * n + j];
            for (let k = 0; k < j; k++)
                sum -= l[i * n + k] * l[j * n + k];
            // A tiny ridge keeps a degenerate column (constant feature, C huge) from dividing by zero.
            l[i * n + j] = i === j ? Math.sqrt(Math.max(sum, 1e-12)) : sum / l[j * n + j];
        }
    }
    const y = new Float64Array(n);
    for (let i = 0; i < n; i++) {
        let sum = g[i];
        for (let k = 0; k < i; k++)
            sum -= l[i * n + k] * y[k];
        y[i] = sum / l[i * n + i];
    }
    const x = new Float64Array(n);
    for (let i = n - 1; i >= 0; i--) {
        let sum = y[i];
        for (let k = i + 1; k < n; k++)
            sum -= l[k * n + i] * x[k];
        x[i] = sum / l[i * n + i];
    }
    return x;
}
function sigmoid(z) {
    return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}
function subtractScaled(a, b, scale) {
    return a.map((v, i) => v - scale * (b[i] ?? 0));
}
function maxAbs(values) {
    return values.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
}

;// CONCATENATED MODULE: ./shared/trainer/gradient-boosting.ts

function trainGradientBoosting(data, params) {
    const positives = data.labels.reduce((n, y) => n + y, 0);
    const init = Math.fround(Math.log(positives / (data.rows - positives)));
    const raw = new Float64Array(data.rows).fill(init);
    const context = {
        data,
        sorted: data.featureNames.map((_, f) => sortedRows(data, f)),
        residuals: new Float64Array(data.rows),
        hessians: new Float64Array(data.rows),
        params,
    };
    const trees = [];
    for (let stage = 0; stage < params.nEstimators; stage++) {
        for (let r = 0; r < data.rows; r++) {
            const p = sigmoid(raw[r]);
            context.residuals[r] = data.labels[r] - p;
            context.hessians[r] = p * (1 - p);
        }
        const allRows = Uint32Array.from({ length: data.rows }, (_, i) => i);
        const tree = growTree(context, allRows, 0);
        trees.push(tree);
        for (let r = 0; r < data.rows; r++)
            raw[r] += leafValue(tree, data.features, r, data.featureNames.length);
    }
    return { kind: 'gradient-boosting', featureNames: [...data.featureNames], init, trees };
}
function boostingLogits(model, features, rows) {
    const out = new Float64Array(rows);
    const width = model.featureNames.length;
    for (let r = 0; r < rows; r++) {
        let z = model.init;
        for (const tree of model.trees)
            z += leafValue(tree, features, r, width);
        out[r] = z;
    }
    return out;
}
function leafValue(tree, features, row, width) {
    let node = tree;
    while (!node.leaf)
        node = (features[row * width + node.feature] ?? 0) <= node.threshold ? node.left : node.right;
    return node.value;
}
function growTree(context, rows, depth) {
    const split = depth < context.params.maxDepth ? bestSplit(context, rows) : undefined;
    if (!split)
        return { leaf: true, value: newtonLeaf(context, rows) };
    const width = context.data.featureNames.length;
    const left = rows.filter((r) => context.data.features[r * width + split.feature] <= split.threshold);
    const right = rows.filter((r) => context.data.features[r * width + split.feature] > split.threshold);
    return {
        leaf: false,
        feature: split.feature,
        threshold: split.threshold,
        left: growTree(context, left, depth + 1),
        right: growTree(context, right, depth + 1),
    };
}
/** The split maximising Σ_L r² / n_L + Σ_R r² / n_R, i.e. the largest squared-error reduction. */
function bestSplit(context, rows) {
    const member = new Uint8Array(context.data.rows);
    let total = 0;
    for (const r of rows) {
        member[r] = 1;
        total += context.residuals[r];
    }
    // A split must beat the unsplit node by more than rounding noise.
    let best;
    let bestScore = (total * total) / rows.length + 1e-12;
    for (let f = 0; f < context.data.featureNames.length; f++) {
        const candidate = bestSplitOnFeature(context, f, member, rows.length, total);
        if (candidate && candidate.score > bestScore) {
            best = candidate;
            bestScore = candidate.score;
        }
    }
    return best;
}
function bestSplitOnFeature(context, feature, member, count, total) {
    const { data, residuals } = context;
    const width = data.featureNames.length;
    const minLeaf = context.params.minSamplesLeaf;
    let best;
    let leftSum = 0;
    let leftCount = 0;
    let previous;
    for (const r of context.sorted[feature]) {
        if (!member[r])
            continue;
        const value = data.features[r * width + feature];
        // Between two distinct values, everything seen so far goes left.
        if (previous !== undefined && value !== previous && leftCount >= minLeaf && count - leftCount >= minLeaf) {
            const rightSum = total - leftSum;
            const score = (leftSum * leftSum) / leftCount + (rightSum * rightSum) / (count - leftCount);
            if (!best || score > best.score)
                best = { feature, threshold: threshold(previous, value), score };
        }
        leftSum += residuals[r];
        leftCount += 1;
        previous = value;
    }
    return best;
}
/** The float32 midpoint, unless rounding lands it on the upper value (adjacent floats): then the lower. */
function threshold(lower, upper) {
    const mid = Math.fround((lower + upper) / 2);
    return mid >= upper || mid < lower ? lower : mid;
}
function newtonLeaf(context, rows) {
    let numerator = 0;
    let denominator = 0;
    for (const r of rows) {
        numerator += context.residuals[r];
        denominator += context.hessians[r];
    }
    const step = denominator < 1e-150 ? 0 : numerator / denominator;
    return Math.fround(context.params.learningRate * step);
}
function sortedRows(data, feature) {
    const width = data.featureNames.length;
    const rows = Uint32Array.from({ length: data.rows }, (_, i) => i);
    // Stable on ties (row order), so equal inputs always give equal trees.
    return rows.sort((a, b) => data.features[a * width + feature] - data.features[b * width + feature] || a - b);
}

;// CONCATENATED MODULE: ./shared/trainer/protobuf.ts
/**
 * A minimal protobuf (proto3 wire format) encoder: just enough to write ONNX `ModelProto` messages.
 * Only the wire types ONNX needs are here: varint (0), 32-bit (5) and length-delimited (2).
 * See https://protobuf.dev/programming-guides/encoding/.
 */
const WIRE_VARINT = 0;
const WIRE_LENGTH_DELIMITED = 2;
const WIRE_FIXED32 = 5;
/** Appends fields in call order; `finish()` returns the message bytes (to nest, pass them to `message`). */
class ProtoWriter {
    chunks = [];
    /** int32/int64/enum field. Negative values use the 10-byte two's complement form, as protobuf requires. */
    varint(field, value) {
        this.tag(field, WIRE_VARINT);
        this.chunks.push(encodeVarint(BigInt.asUintN(64, BigInt(value))));
        return this;
    }
    float(field, value) {
        this.tag(field, WIRE_FIXED32);
        const bytes = new Uint8Array(4);
        new DataView(bytes.buffer).setFloat32(0, value, true);
        this.chunks.push(bytes);
        return this;
    }
    string(field, value) {
        return this.bytes(field, new TextEncoder().encode(value));
    }
    bytes(field, value) {
        this.tag(field, WIRE_LENGTH_DELIMITED);
        this.chunks.push(encodeVarint(BigInt(value.length)), value);
        return this;
    }
    message(field, nested) {
        return this.bytes(field, nested.finish());
    }
    /** Packed repeated int64 (proto3 packs repeated scalars by default; ONNX readers accept both). */
    packedVarints(field, values) {
        const body = values.map((v) => encodeVarint(BigInt.asUintN(64, BigInt(v))));
        return this.bytes(field, concat(body));
    }
    packedFloats(field, values) {
        const bytes = new Uint8Array(values.length * 4);
        const view = new DataView(bytes.buffer);
        values.forEach((v, i) => view.setFloat32(i * 4, v, true));
        return this.bytes(field, bytes);
    }
    finish() {
        return concat(this.chunks);
    }
    tag(field, wireType) {
        this.chunks.push(encodeVarint(BigInt((field << 3) | wireType)));
    }
}
function encodeVarint(value) {
    const out = [];
    let rest = value;
    do {
        let byte = Number(rest & 0x7fn);
        rest >>= 7n;
        if (rest !== 0n)
            byte |= 0x80;
        out.push(byte);
    } while (rest !== 0n);
    return Uint8Array.from(out);
}
function concat(chunks) {
    const total = chunks.reduce((n, c) => n + c.length, 0);
    const out = new Uint8Array(total);
    let offset = 0;
    for (const chunk of chunks) {
        out.set(chunk, offset);
        offset += chunk.length;
    }
    return out;
}

;// CONCATENATED MODULE: ./shared/trainer/onnx-writer.ts

const DATA_TYPE = { float: 1, int64: 7 };
const ATTRIBUTE_TYPE = {
    float: 1,
    int: 2,
    string: 3,
    tensor: 4,
    floats: 6,
    ints: 7,
    strings: 8,
};
/** The serialized `ModelProto`: the bytes of a `.onnx` file. */
function encodeOnnxModel(model) {
    const w = new ProtoWriter();
    w.varint(1, model.irVersion);
    w.string(2, model.producerName);
    w.string(3, model.producerVersion);
    if (model.docString)
        w.string(6, model.docString);
    w.message(7, encodeGraph(model.graph));
    for (const opset of model.opsetImports) {
        w.message(8, new ProtoWriter().string(1, opset.domain).varint(2, opset.version));
    }
    // Sorted so equal models have equal bytes (and digests) whatever the insertion order.
    for (const key of Object.keys(model.metadata).sort()) {
        w.message(14, new ProtoWriter().string(1, key).string(2, model.metadata[key] ?? ''));
    }
    return w.finish();
}
function encodeGraph(graph) {
    const w = new ProtoWriter();
    for (const node of graph.nodes)
        w.message(1, encodeNode(node));
    w.string(2, graph.name);
    for (const tensor of graph.initializers)
        w.message(5, encodeTensor(tensor));
    for (const input of graph.inputs)
        w.message(11, encodeValueInfo(input));
    for (const output of graph.outputs)
        w.message(12, encodeValueInfo(output));
    return w;
}
function encodeNode(node) {
    const w = new ProtoWriter();
    for (const input of node.inputs)
        w.string(1, input);
    for (const output of node.outputs)
        w.string(2, output);
    if (node.name)
        w.string(3, node.name);
    w.string(4, node.opType);
    for (const [name, attribute] of Object.entries(node.attributes ?? {}))
        w.message(5, encodeAttribute(name, attribute));
    if (node.domain)
        w.string(7, node.domain);
    return w;
}
function encodeAttribute(name, attribute) {
    const w = new ProtoWriter().string(1, name);
    switch (attribute.type) {
        case 'float':
            w.float(2, attribute.value);
            break;
        case 'int':
            w.varint(3, attribute.value);
            break;
        case 'string':
            w.string(4, attribute.value);
            break;
        case 'tensor':
            w.message(5, encodeTensor(attribute.value));
            break;
        case 'floats':
            w.packedFloats(7, attribute.value);
            break;
        case 'ints':
            w.packedVarints(8, attribute.value);
            break;
        case 'strings':
            for (const s of attribute.value)
                w.string(9, s);
            break;
    }
    return w.varint(20, ATTRIBUTE_TYPE[attribute.type]);
}
function encodeTensor(tensor) {
    const expected = tensor.dims.reduce((n, d) => n * d, 1);
    if (expected !== tensor.values.length) {
        throw new Error(`tensor ${tensor.name}: dims ${tensor.dims.join('x')} need ${expected} values, got ${tensor.values.length}`);
    }
    const w = new ProtoWriter();
    w.packedVarints(1, tensor.dims);
    w.varint(2, DATA_TYPE[tensor.elemType]);
    if (tensor.elemType === 'float')
        w.packedFloats(4, tensor.values);
    else
        w.packedVarints(7, tensor.values);
    return w.string(8, tensor.name);
}
function encodeValueInfo(info) {
    const shape = new ProtoWriter();
    for (const dim of info.shape) {
        shape.message(1, typeof dim === 'number' ? new ProtoWriter().varint(1, dim) : new ProtoWriter().string(2, dim));
    }
    const tensorType = new ProtoWriter().varint(1, DATA_TYPE[info.elemType]).message(2, shape);
    return new ProtoWriter().string(1, info.name).message(2, new ProtoWriter().message(1, tensorType));
}

;// CONCATENATED MODULE: ./shared/trainer/classifier-graph.ts

/**
 * Both model families end in the same graph tail, so their ONNX files have one contract, the one a
 * converted scikit-learn classifier has without ZipMap:
 *
 *   input  `features`      float32 [N, F]
 *   output `label`         int64   [N]     (ArgMax of probabilities: ties go to class 0, like sklearn)
 *   output `probabilities` float32 [N, 2]  ([1 - p, p] with p = sigmoid(logit))
 *
 * Each family supplies only the nodes that compute `logit` float32 [N, 1].
 */
const INPUT_NAME = 'features';
const LABEL_OUTPUT = 'label';
const PROBABILITIES_OUTPUT = 'probabilities';
const LOGIT = 'logit';
const ONNX_OPSET = 17;
const ONNX_ML_OPSET = 3;
const IR_VERSION = 8;
function classifierModelBytes(logit, options) {
    const tail = probabilityTail();
    return encodeOnnxModel({
        irVersion: IR_VERSION,
        opsetImports: [
            { domain: '', version: ONNX_OPSET },
            ...(logit.mlOpset ? [{ domain: 'ai.onnx.ml', version: ONNX_ML_OPSET }] : []),
        ],
        producerName: 'mlci-trainer',
        producerVersion: '1',
        graph: {
            name: options.graphName,
            nodes: [...logit.nodes, ...tail.nodes],
            initializers: [...logit.initializers, ...tail.initializers],
            inputs: [{ name: INPUT_NAME, elemType: 'float', shape: ['N', options.featureNames.length] }],
            outputs: [
                { name: LABEL_OUTPUT, elemType: 'int64', shape: ['N'] },
                { name: PROBABILITIES_OUTPUT, elemType: 'float', shape: ['N', 2] },
            ],
        },
        metadata: { ...options.metadata, feature_names: JSON.stringify(options.featureNames) },
    });
}
/** The name of the tensor each family must produce. */
const LOGIT_OUTPUT = LOGIT;
function probabilityTail() {
    return {
        initializers: [{ name: 'one', elemType: 'float', dims: [1], values: [1] }],
        nodes: [
            { opType: 'Sigmoid', inputs: [LOGIT], outputs: ['p1'], name: 'sigmoid' },
            { opType: 'Sub', inputs: ['one', 'p1'], outputs: ['p0'], name: 'complement' },
            {
                opType: 'Concat',
                inputs: ['p0', 'p1'],
                outputs: [PROBABILITIES_OUTPUT],
                name: 'concat',
                attributes: { axis: { type: 'int', value: 1 } },
            },
            {
                opType: 'ArgMax',
                inputs: [PROBABILITIES_OUTPUT],
                outputs: [LABEL_OUTPUT],
                name: 'argmax',
                attributes: { axis: { type: 'int', value: 1 }, keepdims: { type: 'int', value: 0 } },
            },
        ],
    };
}

;// CONCATENATED MODULE: ./shared/trainer/model.ts



/** P(class 1) per row, computed the way the exported ONNX graph does (float32 parameters). */
function predictProbabilities(model, features, rows) {
    const logits = model.kind === 'logistic-regression' ? logisticLogits(model, features, rows) : boostingLogits(model, features, rows);
    return logits.map(sigmoid);
}
/** Class labels as sklearn's predict gives them: 1 when P(1) > P(0), ties to 0. */
function predictLabels(probabilities) {
    return Uint8Array.from(probabilities, (p) => (p > 1 - p ? 1 : 0));
}
/** The model as ONNX bytes; `metadata` lands in metadata_props next to `feature_names` and `model_type`. */
function modelToOnnx(model, metadata = {}) {
    const logit = model.kind === 'logistic-regression' ? logisticGraph(model) : boostingGraph(model);
    return classifierModelBytes(logit, {
        graphName: model.kind,
        featureNames: model.featureNames,
        metadata: { ...metadata, model_type: model.kind },
    });
}
function logisticGraph(model) {
    return {
        mlOpset: false,
        initializers: [
            { name: 'coefficients', elemType: 'float', dims: [model.coefficients.length, 1], values: model.coefficients },
            { name: 'intercept', elemType: 'float', dims: [1], values: [model.intercept] },
        ],
        nodes: [
            { opType: 'MatMul', inputs: [INPUT_NAME, 'coefficients'], outputs: ['linear'], name: 'matmul' },
            { opType: 'Add', inputs: ['linear', 'intercept'], outputs: [LOGIT_OUTPUT], name: 'add_intercept' },
        ],
    };
}
/**
 * ai.onnx.ml TreeEnsembleRegressor summing every tree's leaf on top of the prior (`base_values`), then the
 * shared sigmoid tail. Not TreeEnsembleClassifier: with one weight per leaf for two classes its
 * probability layout is runtime-specific ("ONNX is vague about two classes", says onnxruntime's source),
 * while raw score → Sigmoid is exact and the same graph tail as logistic regression.
 */
function boostingGraph(model) {
    const flat = { treeIds: [], nodeIds: [], featureIds: [], modes: [], values: [], trueIds: [], falseIds: [], leafTree: [], leafNode: [], leafWeight: [] };
    model.trees.forEach((tree, treeId) => flattenTree(tree, treeId, flat, { next: 0 }));
    return {
        mlOpset: true,
        initializers: [],
        nodes: [
            {
                opType: 'TreeEnsembleRegressor',
                domain: 'ai.onnx.ml',
                inputs: [INPUT_NAME],
                outputs: [LOGIT_OUTPUT],
                name: 'trees',
                attributes: {
                    n_targets: { type: 'int', value: 1 },
                    aggregate_function: { type: 'string', value: 'SUM' },
                    post_transform: { type: 'string', value: 'NONE' },
                    base_values: { type: 'floats', value: [model.init] },
                    nodes_treeids: { type: 'ints', value: flat.treeIds },
                    nodes_nodeids: { type: 'ints', value: flat.nodeIds },
                    nodes_featureids: { type: 'ints', value: flat.featureIds },
                    nodes_modes: { type: 'strings', value: flat.modes },
                    nodes_values: { type: 'floats', value: flat.values },
                    nodes_truenodeids: { type: 'ints', value: flat.trueIds },
                    nodes_falsenodeids: { type: 'ints', value: flat.falseIds },
                    target_treeids: { type: 'ints', value: flat.leafTree },
                    target_nodeids: { type: 'ints', value: flat.leafNode },
                    target_ids: { type: 'ints', value: flat.leafTree.map(() => 0) },
                    target_weights: { type: 'floats', value: flat.leafWeight },
                },
            },
        ],
    };
}
/** Pre-order numbering; BRANCH_LEQ sends `x <= threshold` to the true (left) child, as the trainer does. */
function flattenTree(node, treeId, flat, counter) {
    const id = counter.next++;
    const index = flat.nodeIds.length;
    flat.treeIds.push(treeId);
    flat.nodeIds.push(id);
    if (node.leaf) {
        flat.featureIds.push(0);
        flat.modes.push('LEAF');
        flat.values.push(0);
        flat.trueIds.push(0);
        flat.falseIds.push(0);
        flat.leafTree.push(treeId);
        flat.leafNode.push(id);
        flat.leafWeight.push(node.value);
        return id;
    }
    flat.featureIds.push(node.feature);
    flat.modes.push('BRANCH_LEQ');
    flat.values.push(node.threshold);
    flat.trueIds.push(0);
    flat.falseIds.push(0);
    flat.trueIds[index] = flattenTree(node.left, treeId, flat, counter);
    flat.falseIds[index] = flattenTree(node.right, treeId, flat, counter);
    return id;
}

;// CONCATENATED MODULE: ./shared/trainer/trainer-params.ts

const LOGISTIC_RULES = [
    { key: 'C', min: 0, max: Infinity, integer: false, dflt: 1, minInclusive: false },
    { key: 'max_iter', min: 1, max: 1000, integer: true, dflt: 100, minInclusive: true },
    { key: 'tol', min: 0, max: 1, integer: false, dflt: 1e-8, minInclusive: false },
];
const BOOSTING_RULES = [
    { key: 'n_estimators', min: 1, max: 1000, integer: true, dflt: 50, minInclusive: true },
    { key: 'learning_rate', min: 0, max: 1, integer: false, dflt: 0.1, minInclusive: false },
    { key: 'max_depth', min: 1, max: 3, integer: true, dflt: 3, minInclusive: true },
    { key: 'min_samples_leaf', min: 1, max: 1e9, integer: true, dflt: 1, minInclusive: true },
];
const COMMON_KEYS = ['model', 'label', 'features'];
const MODELS = ['logistic-regression', 'gradient-boosting'];
/** Validates the trainer's keys in a params file, pointing at the offending line on error. */
function trainerSettings(file) {
    const model = file.content.model ?? 'logistic-regression';
    if (model !== MODELS[0] && model !== MODELS[1]) {
        throw paramError(file, ['model'], `model is '${String(model)}'`, `Set model to one of: ${MODELS.join(', ')}.`);
    }
    const rules = model === 'logistic-regression' ? LOGISTIC_RULES : BOOSTING_RULES;
    rejectUnknownKeys(file, [...COMMON_KEYS, ...rules.map((r) => r.key)]);
    const n = Object.fromEntries(rules.map((rule) => [rule.key, numberParam(file, rule)]));
    const params = model === 'logistic-regression'
        ? { model, C: n.C, maxIter: n.max_iter, tol: n.tol }
        : {
            model,
            nEstimators: n.n_estimators,
            learningRate: n.learning_rate,
            maxDepth: n.max_depth,
            minSamplesLeaf: n.min_samples_leaf,
        };
    return { params, label: stringParam(file, 'label'), features: featuresParam(file) };
}
function numberParam(file, rule) {
    const value = file.content[rule.key];
    if (value === undefined)
        return rule.dflt;
    const ok = typeof value === 'number' &&
        Number.isFinite(value) &&
        (rule.minInclusive ? value >= rule.min : value > rule.min) &&
        value <= rule.max &&
        (!rule.integer || Number.isInteger(value));
    if (!ok) {
        const range = `${rule.minInclusive ? '[' : '('}${rule.min}, ${rule.max === Infinity ? '∞)' : `${rule.max}]`}`;
        const kind = rule.integer ? 'an integer' : 'a number';
        throw paramError(file, [rule.key], `${rule.key} is ${JSON.stringify(value)}`, `Set ${rule.key} to ${kind} in ${range}.`);
    }
    return value;
}
function stringParam(file, key) {
    const value = file.content[key];
    if (value === undefined)
        return undefined;
    if (typeof value !== 'string' || value === '')
        throw paramError(file, [key], `${key} is ${JSON.stringify(value)}`, `Set ${key} to a column name.`);
    return value;
}
function featuresParam(file) {
    const value = file.content.features;
    if (value === undefined)
        return undefined;
    if (!Array.isArray(value) || value.length === 0 || !value.every((v) => typeof v === 'string')) {
        throw paramError(file, ['features'], `features is ${JSON.stringify(value)}`, 'Set features to a non-empty list of column names.');
    }
    return value;
}
function rejectUnknownKeys(file, allowed) {
    const unknown = Object.keys(file.content).find((key) => !allowed.includes(key));
    if (unknown !== undefined) {
        throw paramError(file, [unknown], `unknown parameter '${unknown}' for model ${String(file.content.model ?? 'logistic-regression')}`, `Use only: ${allowed.join(', ')}.`);
    }
}
function paramError(file, keys, what, fix) {
    return new errors/* UserError */.yo(`params file ${file.path}: ${what}.`, { file: file.path, field: `/${keys.join('/')}`, ...file.locate(keys), fix });
}

;// CONCATENATED MODULE: ./shared/trainer/train-model.ts










/** Reads data and params, trains, and writes the ONNX model (and metrics) — the `mlci train-model` use case. */
async function trainModelFromFiles(options) {
    const settings = trainerSettings(await loadParamsFile(options.params));
    const label = options.label ?? settings.label;
    if (!label) {
        throw new errors/* UserError */.yo('No label column given.', { input: 'label', fix: 'Pass --label <column> or set `label:` in the params file.' });
    }
    const text = await (0,promises_.readFile)(options.data, 'utf8').catch((error) => {
        if ((0,errors/* errnoCode */.UK)(error) !== 'ENOENT')
            throw error;
        throw new errors/* UserError */.yo(`training data ${options.data} does not exist.`, { input: 'data', file: options.data, fix: 'Restore the dataset version first or correct the path.' });
    });
    const data = parseTrainingCsv(text, { label, features: settings.features, source: options.data });
    const model = trainBinaryClassifier(data, settings.params);
    const bytes = modelToOnnx(model, { label });
    const metrics = trainingMetrics(model, data, settings.params);
    await writeOutput(options.out, bytes);
    if (options.metrics)
        await writeOutput(options.metrics, `${JSON.stringify(metrics, null, 2)}\n`);
    return { model, modelDigest: (0,digest/* digestBytes */.QN)(bytes), metrics };
}
function trainBinaryClassifier(data, params) {
    const positives = data.labels.reduce((n, y) => n + y, 0);
    if (positives === 0 || positives === data.rows) {
        throw new errors/* UserError */.yo(`label '${data.labelName}' has only one class (${positives === 0 ? 0 : 1}) in ${data.rows} rows.`, {
            input: 'label',
            fix: 'A binary classifier needs examples of both classes; check the label column and the data version.',
        });
    }
    return params.model === 'logistic-regression' ? trainLogisticRegression(data, params) : trainGradientBoosting(data, params);
}
function trainingMetrics(model, data, params) {
    const p = predictProbabilities(model, data.features, data.rows);
    const labels = predictLabels(p);
    let correct = 0;
    let loss = 0;
    const eps = 2 ** -52;
    for (let r = 0; r < data.rows; r++) {
        const y = data.labels[r];
        if (labels[r] === y)
            correct += 1;
        const q = Math.min(Math.max(p[r], eps), 1 - eps);
        loss -= y === 1 ? Math.log(q) : Math.log(1 - q);
    }
    return { model: params.model, n_samples: data.rows, n_features: data.featureNames.length, accuracy: correct / data.rows, log_loss: loss / data.rows };
}
async function writeOutput(path, bytes) {
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
    await (0,promises_.writeFile)(path, bytes);
}

// EXTERNAL MODULE: ./shared/cli/command.ts
var command = __webpack_require__(310);
// EXTERNAL MODULE: ./shared/cli/store-options.ts
var store_options = __webpack_require__(4057);
;// CONCATENATED MODULE: ./shared/cli/commands/train.ts











const trainCommand = {
    path: ['train'],
    summary: 'run a training command through the run cache, recording lineage and provenance',
    usage: `mlci train --run <command> --output <model> [--output <file> …] [--data <name@version|path> …]
           [--params <file>] [--code <glob> …] [--no-cache] [store options]

  --run <command>   the training command (run in a shell, without GitHub credentials)
  --output <path>   a file the command writes; the first is the model
  --data <spec>     a dataset version (churn@3, churn@latest) restored first, or a path
  --params <file>   YAML/JSON hyperparameters (their digest is part of the cache key)
  --code <glob>     code identity (default: tracked files minus data, outputs and params)
  --no-cache        always run (outputs and lineage are still recorded)

${store_options/* STORE_USAGE */.UC}`,
    options: {
        ...store_options/* STORE_OPTIONS */.n0,
        run: { type: 'string' },
        output: { type: 'string', multiple: true },
        data: { type: 'string', multiple: true },
        params: { type: 'string' },
        code: { type: 'string', multiple: true },
        'no-cache': { type: 'boolean' },
    },
    async run(args, io) {
        const result = await train({
            command: (0,command/* requiredOption */.zB)(args, 'run'),
            cwd: io.cwd,
            data: (0,command/* stringListOption */.z7)(args, 'data'),
            params: (0,command/* stringOption */.Pp)(args, 'params'),
            code: (0,command/* stringListOption */.z7)(args, 'code'),
            outputs: (0,command/* stringListOption */.z7)(args, 'output'),
            store: (0,store_options/* storeFromArgs */.z8)(args, io),
            cache: !(0,command/* flagOption */.kY)(args, 'no-cache'),
            env: io.env,
            platform: currentPlatform(),
            log: (line) => io.err(line),
            warn: (line) => io.err(`warning: ${line}`),
        });
        const { model, cacheHit, lineageDigest, key, files, reason } = result;
        (0,command/* printResult */.RS)(io, { model, cacheHit, reason, key, lineage: lineageDigest, files, durationMs: result.durationMs }, `${cacheHit ? 'cache hit' : 'trained'}: ${model.path} ${model.digest}\nlineage ${lineageDigest}\nstatement ${files.statement}`);
    },
};
const trainModel = {
    path: ['train-model'],
    summary: 'train the built-in logistic regression or gradient-boosted trees on a CSV and write ONNX',
    usage: `mlci train-model --data <train.csv> --params <params.yaml> --out <model.onnx> [--label <column>] [--metrics <metrics.json>]

  params keys: model (logistic-regression | gradient-boosting), label, features,
    logistic-regression: C, max_iter, tol
    gradient-boosting:   n_estimators, learning_rate, max_depth (1-3), min_samples_leaf`,
    options: { data: { type: 'string' }, label: { type: 'string' }, params: { type: 'string' }, out: { type: 'string' }, metrics: { type: 'string' } },
    async run(args, io) {
        const at = (name) => (0,external_node_path_.resolve)(io.cwd, (0,command/* requiredOption */.zB)(args, name));
        const metrics = (0,command/* stringOption */.Pp)(args, 'metrics');
        const result = await trainModelFromFiles({
            data: at('data'),
            params: at('params'),
            out: at('out'),
            ...((0,command/* stringOption */.Pp)(args, 'label') ? { label: (0,command/* stringOption */.Pp)(args, 'label') } : {}),
            ...(metrics ? { metrics: (0,external_node_path_.resolve)(io.cwd, metrics) } : {}),
        });
        (0,command/* printResult */.RS)(io, { digest: result.modelDigest, metrics: result.metrics }, `wrote ${(0,command/* requiredOption */.zB)(args, 'out')} ${result.modelDigest} (train accuracy ${result.metrics.accuracy.toFixed(4)})`);
    },
};
const lineageShow = {
    path: ['lineage', 'show'],
    summary: 'show how a model was made: data versions, code, params, command, environment, run',
    usage: `mlci lineage show <model digest> [store options]\n\n${store_options/* STORE_USAGE */.UC}`,
    options: { ...store_options/* STORE_OPTIONS */.n0 },
    async run(args, io) {
        const digest = (0,lineage_store/* parseDigestArgument */.$w)(args.positionals[0] ?? '', 'model digest');
        const records = await (0,lineage_store/* lineageOfModel */.mu)((0,store_options/* storeFromArgs */.z8)(args, io), digest);
        (0,command/* printResult */.RS)(io, records, records.map(showText).join('\n\n'));
    },
};
const lineageWhy = {
    path: ['lineage', 'why'],
    summary: 'which data trained this model?',
    usage: `mlci lineage why <model digest> [store options]\n\n${store_options/* STORE_USAGE */.UC}`,
    options: { ...store_options/* STORE_OPTIONS */.n0 },
    async run(args, io) {
        const digest = (0,lineage_store/* parseDigestArgument */.$w)(args.positionals[0] ?? '', 'model digest');
        const records = await (0,lineage_store/* lineageOfModel */.mu)((0,store_options/* storeFromArgs */.z8)(args, io), digest);
        (0,command/* printResult */.RS)(io, records.map((r) => ({ model: digest, data: r.data, code: r.code, params: r.params?.digest })), whyText(digest, records));
    },
};
const verify = {
    path: ['verify'],
    summary: "check a file's digest against a provenance statement's subjects",
    usage: `mlci verify <file> --statement <provenance.intoto.json | sigstore bundle>

  Exit code 0 when the file's sha256 is a subject of the statement, 1 otherwise. This checks content
  identity only; check the bundle's signature with \`gh attestation verify <file> -R <owner/repo>\`.`,
    options: { statement: { type: 'string' } },
    async run(args, io) {
        const file = args.positionals[0];
        if (!file)
            throw new errors/* UserError */.yo('verify needs the file to check.', { input: 'file', fix: 'Run `mlci verify model.onnx --statement provenance.intoto.json`.' });
        const statementPath = (0,external_node_path_.resolve)(io.cwd, (0,command/* requiredOption */.zB)(args, 'statement'));
        const text = await (0,promises_.readFile)(statementPath, 'utf8').catch((error) => {
            if ((0,errors/* errnoCode */.UK)(error) === 'ENOENT')
                throw new errors/* UserError */.yo(`${statementPath} does not exist.`, { input: '--statement' });
            throw error;
        });
        const result = await verifyFileAgainstStatement((0,external_node_path_.resolve)(io.cwd, file), parseStatement(text, statementPath));
        (0,command/* printResult */.RS)(io, result, `${result.ok ? 'verified' : 'MISMATCH'}: ${result.message}`);
        return result.ok ? 0 : 1;
    },
};
const commands = [trainCommand, trainModel, lineageShow, lineageWhy, verify];


/***/ }),

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

/***/ 1381:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $w: () => (/* binding */ parseDigestArgument),
/* harmony export */   GF: () => (/* binding */ putLineageRecord),
/* harmony export */   Kj: () => (/* binding */ readLineage),
/* harmony export */   Qz: () => (/* binding */ indexLineage),
/* harmony export */   X0: () => (/* binding */ lineageIndexOf),
/* harmony export */   mu: () => (/* binding */ lineageOfModel)
/* harmony export */ });
/* unused harmony exports lineageIndexKey, writeLineage */
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5568);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2635);
/* harmony import */ var _schemas_lineage_record_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1200);
/* harmony import */ var _store_object_store_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4637);




/** Pointer key of a model's lineage index. */
function lineageIndexKey(model) {
    return `lineage/by-model/${(0,_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .digestHex */ .sU)(model)}`;
}
/** Stores the record as a blob (content-addressed: writing it twice is harmless) and returns its digest. */
async function putLineageRecord(store, record) {
    return store.putBlob(Buffer.from(_schemas_lineage_record_js__WEBPACK_IMPORTED_MODULE_2__/* .lineageRecordType */ .R.serialize(record)));
}
/**
 * Appends a stored record to its model's index with compare-and-swap, so two jobs that happen to produce
 * the same model bytes (a deterministic trainer, unchanged code) both keep their lineage.
 */
async function indexLineage(store, record, digest, attachments = {}) {
    const key = lineageIndexKey(record.model.digest);
    for (let attempt = 0; attempt < 20; attempt++) {
        const current = await store.readPointer(key);
        const index = current
            ? _schemas_lineage_record_js__WEBPACK_IMPORTED_MODULE_2__/* .lineageIndexType */ .S.parse(current.body.toString('utf8'), `${store.location} ${key}`)
            : { kind: 'lineage-index', schemaVersion: 1, model: record.model.digest, records: [] };
        if (index.records.some((entry) => entry.digest === digest))
            return;
        index.records.push({ digest, createdAt: record.finishedAt, ...attachments });
        try {
            await store.writePointer(key, _schemas_lineage_record_js__WEBPACK_IMPORTED_MODULE_2__/* .lineageIndexType */ .S.serialize(index), current ? { ifMatch: current.etag } : { ifNoneMatch: '*' });
            return;
        }
        catch (error) {
            if (!(error instanceof _store_object_store_js__WEBPACK_IMPORTED_MODULE_3__/* .PreconditionFailed */ .OJ))
                throw error;
        }
    }
    throw new Error(`lineage index ${key} kept changing; gave up after 20 attempts`);
}
/** `putLineageRecord` then `indexLineage`; returns the record's blob digest. */
async function writeLineage(store, record, attachments = {}) {
    const digest = await putLineageRecord(store, record);
    await indexLineage(store, record, digest, attachments);
    return digest;
}
/** The model's index entries (lineage, statement and bundle digests), oldest first; undefined if none. */
async function lineageIndexOf(store, model) {
    const key = lineageIndexKey(model);
    const pointer = await store.readPointer(key);
    return pointer ? _schemas_lineage_record_js__WEBPACK_IMPORTED_MODULE_2__/* .lineageIndexType */ .S.parse(pointer.body.toString('utf8'), `${store.location} ${key}`) : undefined;
}
async function readLineage(store, digest) {
    return _schemas_lineage_record_js__WEBPACK_IMPORTED_MODULE_2__/* .lineageRecordType */ .R.parse((await store.getBlob(digest)).toString('utf8'), `lineage record ${digest}`);
}
/** Every lineage record of a model digest, oldest first; a UserError when the store knows none. */
async function lineageOfModel(store, model) {
    const index = await lineageIndexOf(store, model);
    if (!index) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`No lineage is recorded for model ${model} in ${store.location}.`, {
            fix: 'Check the digest (`sha256:` + 64 hex, as the train step printed it as model-digest) and the --store URL.',
        });
    }
    return Promise.all(index.records.map((entry) => readLineage(store, entry.digest)));
}
/** A digest argument as typed by a user: `sha256:<hex>` or bare hex. */
function parseDigestArgument(text, input) {
    const candidate = text.startsWith('sha256:') ? text : `sha256:${text}`;
    if (!(0,_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .isDigest */ .Bc)(candidate)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`'${text}' is not a SHA-256 digest.`, { input, fix: 'Pass `sha256:` followed by 64 lowercase hex digits.' });
    }
    return candidate;
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

/***/ 1200:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ lineageRecordType),
/* harmony export */   S: () => (/* binding */ lineageIndexType)
/* harmony export */ });
/* harmony import */ var _record_type_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5021);

const digest = { $ref: 'defs.json#/$defs/digest' };
const timestamp = { $ref: 'defs.json#/$defs/timestamp' };
const text = { type: 'string' };
const output = {
    type: 'object',
    required: ['path', 'digest', 'size'],
    additionalProperties: false,
    properties: { path: { type: 'string', minLength: 1 }, digest, size: { type: 'integer', minimum: 0 } },
};
const lineageRecordType = new _record_type_js__WEBPACK_IMPORTED_MODULE_0__/* .RecordType */ .ee('lineage-record', 1, {
    type: 'object',
    required: ['kind', 'schemaVersion', 'model', 'outputs', 'data', 'code', 'command', 'environment', 'cacheKey', 'startedAt', 'finishedAt', 'durationMs'],
    additionalProperties: false,
    properties: {
        kind: { const: 'lineage-record' },
        schemaVersion: { const: 1 },
        model: output,
        outputs: { type: 'array', minItems: 1, items: output },
        data: {
            type: 'array',
            items: {
                type: 'object',
                required: ['spec', 'name', 'digest', 'source', 'path'],
                additionalProperties: false,
                properties: {
                    spec: { type: 'string', minLength: 1 },
                    name: { type: 'string', minLength: 1 },
                    number: { type: 'integer', minimum: 1 },
                    digest,
                    source: { enum: ['dataset-version', 'path'] },
                    path: text,
                },
            },
        },
        code: {
            type: 'object',
            required: ['digest', 'files'],
            additionalProperties: false,
            properties: { digest, files: { type: 'integer', minimum: 0 }, commit: text, globs: { type: 'array', items: text } },
        },
        params: {
            type: 'object',
            required: ['path', 'digest', 'content'],
            additionalProperties: false,
            properties: { path: text, digest, content: { type: 'object' } },
        },
        command: { type: 'string', minLength: 1 },
        environment: {
            type: 'object',
            required: ['os', 'arch', 'node'],
            additionalProperties: false,
            properties: { os: text, arch: text, node: text, runner: text },
        },
        workflowRun: {
            type: 'object',
            additionalProperties: false,
            properties: { id: text, attempt: text, url: text, actor: text, repository: text, workflow: text, ref: text },
        },
        cacheKey: digest,
        startedAt: timestamp,
        finishedAt: timestamp,
        durationMs: { type: 'number', minimum: 0 },
    },
});
const lineageIndexType = new _record_type_js__WEBPACK_IMPORTED_MODULE_0__/* .RecordType */ .ee('lineage-index', 1, {
    type: 'object',
    required: ['kind', 'schemaVersion', 'model', 'records'],
    additionalProperties: false,
    properties: {
        kind: { const: 'lineage-index' },
        schemaVersion: { const: 1 },
        model: digest,
        records: {
            type: 'array',
            minItems: 1,
            items: {
                type: 'object',
                required: ['digest', 'createdAt'],
                additionalProperties: false,
                properties: { digest, createdAt: timestamp, statement: digest, bundle: digest },
            },
        },
    },
});


/***/ }),

/***/ 7965:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ globToRegExp),
/* harmony export */   t: () => (/* binding */ compileGlobs)
/* harmony export */ });
function compileGlobs(patterns) {
    const include = patterns.filter((p) => !p.startsWith('!')).map(globToRegExp);
    const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => globToRegExp(p.slice(1)));
    return {
        matches: (path) => (include.length === 0 || include.some((re) => re.test(path))) && !exclude.some((re) => re.test(path)),
    };
}
function globToRegExp(pattern) {
    const clean = pattern.trim().replace(/^\.\//, '').replace(/\/+$/, '');
    let source = '';
    for (let i = 0; i < clean.length; i++) {
        const char = clean[i];
        if (char === '*' && clean[i + 1] === '*') {
            const slash = clean[i + 2] === '/';
            source += slash ? '(?:.*/)?' : '.*';
            i += slash ? 2 : 1;
        }
        else if (char === '*')
            source += '[^/]*';
        else if (char === '?')
            source += '[^/]';
        else
            source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    // Anything below a matched directory matches too.
    return new RegExp(`^${source}(?:/.*)?$`);
}


/***/ })

};

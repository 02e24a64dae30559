export const id = 446;
export const ids = [446];
export const modules = {

/***/ 3446:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  commands: () => (/* binding */ commands)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(2635);
// EXTERNAL MODULE: ./shared/data/dataset-refs.ts
var dataset_refs = __webpack_require__(7146);
;// CONCATENATED MODULE: ./shared/data/diff.ts
/** The diff of a version against itself, without walking its files. */
function unchangedDiff(manifest) {
    const ref = { name: manifest.name, number: manifest.number };
    return { from: ref, to: ref, files: [], unchanged: manifest.fileCount, bytesBefore: manifest.totalBytes, bytesAfter: manifest.totalBytes };
}
/** A column's stats changed when anything a reviewer would care about moved: nulls, range, centre, spread, cardinality. */
const RELATIVE_TOLERANCE = 1e-9;
function diffManifests(before, after) {
    const old = new Map((before?.files ?? []).map((file) => [file.path, file]));
    const current = new Map(after.files.map((file) => [file.path, file]));
    const files = [];
    let unchanged = 0;
    for (const file of after.files) {
        const previous = old.get(file.path);
        if (!previous)
            files.push({ path: file.path, change: 'added', sizeAfter: file.size, digestAfter: file.digest });
        else if (previous.digest !== file.digest)
            files.push(modified(previous, file));
        else
            unchanged += 1;
    }
    for (const file of before?.files ?? []) {
        if (!current.has(file.path))
            files.push({ path: file.path, change: 'removed', sizeBefore: file.size, digestBefore: file.digest });
    }
    files.sort((a, b) => (a.path < b.path ? -1 : 1));
    return {
        from: before ? { name: before.name, number: before.number } : null,
        to: { name: after.name, number: after.number },
        files,
        unchanged,
        bytesBefore: before?.totalBytes ?? 0,
        bytesAfter: after.totalBytes,
    };
}
function modified(before, after) {
    const change = {
        path: after.path,
        change: 'modified',
        sizeBefore: before.size,
        sizeAfter: after.size,
        digestBefore: before.digest,
        digestAfter: after.digest,
    };
    if (before.profile && after.profile)
        change.table = diffProfiles(before.profile, after.profile);
    return change;
}
function diffProfiles(before, after) {
    const old = new Map(before.columns.map((column) => [column.name, column]));
    const current = new Map(after.columns.map((column) => [column.name, column]));
    const columns = [];
    for (const column of after.columns) {
        const previous = old.get(column.name);
        if (!previous)
            columns.push({ name: column.name, change: 'added', after: column });
        else if (previous.type !== column.type)
            columns.push({ name: column.name, change: 'type', before: previous, after: column });
        else if (statsDiffer(previous, column))
            columns.push({ name: column.name, change: 'stats', before: previous, after: column });
    }
    for (const column of before.columns) {
        if (!current.has(column.name))
            columns.push({ name: column.name, change: 'removed', before: column });
    }
    return { rowsBefore: before.rows, rowsAfter: after.rows, columns };
}
function statsDiffer(a, b) {
    const keys = ['nullShare', 'min', 'max', 'mean', 'std', 'distinct'];
    return keys.some((key) => !diff_close(a[key], b[key])) || JSON.stringify(a.top ?? []) !== JSON.stringify(b.top ?? []);
}
function diff_close(a, b) {
    if (a === undefined || b === undefined)
        return a === b;
    return Math.abs(a - b) <= RELATIVE_TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b));
}

// EXTERNAL MODULE: ./shared/data/diff-markdown.ts
var diff_markdown = __webpack_require__(3188);
;// CONCATENATED MODULE: ./shared/data/fsck.ts


/** Verifies every blob's content against its digest, and that every dataset version's files are present. */
async function fsckStore(store) {
    const problems = [];
    const present = new Set();
    for await (const digest of store.listBlobs()) {
        present.add(digest);
        try {
            await store.getBlob(digest);
        }
        catch (error) {
            if (!(0,errors/* isUserError */.iU)(error))
                throw error;
            problems.push({ kind: 'corrupt', digest, detail: error.message });
        }
    }
    let manifests = 0;
    for (const name of await datasetNames(store)) {
        for (const ref of await (0,dataset_refs/* listVersions */.yO)(store, name)) {
            manifests += 1;
            try {
                const manifest = await (0,dataset_refs/* loadManifest */.eY)(store, ref.version);
                for (const file of manifest.files) {
                    if (!present.has(file.digest))
                        problems.push({ kind: 'missing', digest: file.digest, detail: `${name}@${ref.number}: ${file.path} is missing` });
                }
            }
            catch (error) {
                if (!(0,errors/* isUserError */.iU)(error))
                    throw error;
                problems.push({ kind: 'bad-manifest', digest: ref.version, detail: `${name}@${ref.number}: ${error.message}` });
            }
        }
    }
    return { blobs: present.size, manifests, problems };
}
async function datasetNames(store) {
    const keys = await store.listPointers('datasets/');
    return [...new Set(keys.map((key) => key.split('/')[1]).filter(Boolean))].sort();
}

// EXTERNAL MODULE: ./shared/data/hash-files.ts
var hash_files = __webpack_require__(565);
// EXTERNAL MODULE: ./shared/data/profile.ts
var profile = __webpack_require__(8894);
// EXTERNAL MODULE: ./shared/data/restore-dataset.ts
var restore_dataset = __webpack_require__(6028);
// EXTERNAL MODULE: ./shared/schemas/dataset-manifest.ts
var dataset_manifest = __webpack_require__(6295);
// EXTERNAL MODULE: ./shared/store/index.ts + 2 modules
var shared_store = __webpack_require__(2633);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: ./shared/tabular/read-table.ts + 8 modules
var read_table = __webpack_require__(345);
// EXTERNAL MODULE: ./shared/data/distinct-counter.ts
var distinct_counter = __webpack_require__(358);
;// CONCATENATED MODULE: ./shared/data/row-diff.ts





/**
 * Hashes every row to 52 bits (two 32-bit hashes folded into a double, exact in a Float64Array), sorts
 * both lists and merges them. Row order does not matter; duplicates count. A collision can only hide a
 * change with probability about n²/2^53.
 */
async function countRowChanges(before, after) {
    const [old, current] = await Promise.all([rowHashes(before), rowHashes(after)]);
    old.sort();
    current.sort();
    let i = 0;
    let j = 0;
    let added = 0;
    let removed = 0;
    while (i < old.length && j < current.length) {
        if (old[i] === current[j]) {
            i += 1;
            j += 1;
        }
        else if (old[i] < current[j]) {
            removed += 1;
            i += 1;
        }
        else {
            added += 1;
            j += 1;
        }
    }
    return { added: added + current.length - j, removed: removed + old.length - i };
}
async function rowHashes(file) {
    const parts = [];
    await (0,read_table/* scanTable */.SS)(file, (batch) => {
        // Columns are hashed by name, so reordering columns is not a row change.
        const columns = [...batch.columns].sort((a, b) => (a.name < b.name ? -1 : 1));
        parts.push(hashBatch(columns, batch.rowCount));
    });
    return concat(parts);
}
function hashBatch(columns, rows) {
    const high = new Uint32Array(rows).fill(0x9e3779b9);
    const low = new Uint32Array(rows).fill(0x85ebca6b);
    for (const column of columns) {
        const nameHash = (0,distinct_counter/* hash32 */.A)(column.name);
        if (column.type === 'string') {
            const categoryHashes = column.categories.map((category) => (0,distinct_counter/* hash32 */.A)(category));
            for (let r = 0; r < rows; r += 1) {
                const code = column.codes[r];
                mix(high, low, r, nameHash, code < 0 ? 0x6e756c6c : categoryHashes[code]);
            }
        }
        else {
            for (let r = 0; r < rows; r += 1) {
                const value = column.values[r];
                mix(high, low, r, nameHash, Number.isNaN(value) ? 0x6e756c6c : (0,distinct_counter/* hash32 */.A)(String(value)));
            }
        }
    }
    const out = new Float64Array(rows);
    for (let r = 0; r < rows; r += 1)
        out[r] = (high[r] & 0xfffff) * 2 ** 32 + low[r];
    return out;
}
function mix(high, low, row, nameHash, valueHash) {
    const h = Math.imul(high[row] ^ valueHash, 0x01000193) ^ nameHash;
    const l = Math.imul(low[row] + valueHash, 0x5bd1e995) ^ (nameHash >>> 7);
    high[row] = (h ^ (h >>> 15)) >>> 0;
    low[row] = (l ^ (l >>> 13)) >>> 0;
}
function concat(parts) {
    const out = new Float64Array(parts.reduce((sum, part) => sum + part.length, 0));
    let offset = 0;
    for (const part of parts) {
        out.set(part, offset);
        offset += part.length;
    }
    return out;
}
/**
 * Fills `rows` (exact rows added/removed) for every modified tabular file of a diff, downloading from the
 * store (verified) the versions that are not at hand. Temporary files keep the extension the reader needs.
 */
async function addRowChanges(diff, store, options = {}) {
    const limit = options.maxBytes ?? Infinity;
    const candidates = diff.files.filter((file) => file.table && file.digestBefore && file.digestAfter && (file.sizeBefore ?? 0) <= limit && (file.sizeAfter ?? 0) <= limit);
    if (candidates.length === 0)
        return;
    const scratch = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'mlci-rowdiff-'));
    const fetch = async (digest, name) => {
        const file = (0,external_node_path_.join)(scratch, name);
        await store.getBlobToFile(digest, file);
        return file;
    };
    try {
        for (const [index, change] of candidates.entries()) {
            const suffix = /\.[A-Za-z0-9]+$/.exec(change.path)?.[0] ?? '';
            const before = await fetch(change.digestBefore, `${index}-before${suffix}`);
            const after = options.localAfter?.(change.path) ?? (await fetch(change.digestAfter, `${index}-after${suffix}`));
            change.table.rows = await countRowChanges(before, after);
        }
    }
    finally {
        await (0,promises_.rm)(scratch, { recursive: true, force: true });
    }
}

// EXTERNAL MODULE: ./shared/data/stat-cache.ts
var stat_cache = __webpack_require__(7890);
// EXTERNAL MODULE: ./shared/data/walk.ts + 1 modules
var walk = __webpack_require__(40);
;// CONCATENATED MODULE: ./shared/data/version-dataset.ts









const TOOL_NAME = 'mlci';
/**
 * Versions a dataset: hash (skipping unchanged files through the stat cache), compare with the latest
 * version, profile tabular files, upload missing blobs, then publish the manifest. The manifest is the
 * last thing written, so an interrupted run leaves only unreferenced blobs, and a rerun completes it.
 */
async function versionDataset(options) {
    const log = options.log ?? (() => undefined);
    (0,dataset_refs/* checkDatasetName */.OV)(options.name);
    const found = (0,walk/* findDatasetFiles */.g)(options.paths, options.cwd);
    const [cache, known] = await Promise.all([stat_cache/* StatCache */.XO.load(options.statCacheFile), (0,dataset_refs/* readLatest */.Eg)(options.store, options.name)]);
    const tree = treeKey(options);
    if (known && cache.sameTree(tree, known.ref.version, found)) {
        log(`${found.length} files, all unchanged by stat since version ${known.ref.number}`);
        return unchangedTree(options.store, known.ref, found);
    }
    const { digests, hashedFiles, hashedBytes } = await digestFiles(found, cache, options.workers);
    log(`${found.length} files, ${hashedFiles} hashed (${hashedBytes} bytes), ${found.length - hashedFiles} unchanged by stat`);
    // Read again: hashing takes time, and a version another run published meanwhile may equal these files.
    const latest = await (0,dataset_refs/* readLatest */.Eg)(options.store, options.name);
    const parent = latest ? await (0,dataset_refs/* loadManifest */.eY)(options.store, latest.ref.version) : undefined;
    const files = found.map((file) => ({ path: file.path, digest: digests.get(file.absolute), size: file.size }));
    const stats = { files: found.length, hashedFiles, hashedBytes, uploadedFiles: 0, uploadedBytes: 0 };
    if (latest && parent && sameFiles(parent.files, files)) {
        cache.rememberTree(tree, latest.ref.version, found);
        await cache.save();
        return { ref: latest.ref, manifest: parent, changed: false, diff: unchangedDiff(parent), stats };
    }
    if (options.profile !== false)
        await addProfiles(files, found, parent, log);
    const uploaded = await uploadMissing(options.store, found, files, options.uploadConcurrency ?? 8);
    Object.assign(stats, uploaded);
    const { ref, manifest, parentManifest } = await publish(options, files, latest?.ref, parent);
    cache.rememberTree(tree, ref.version, found);
    await cache.save();
    const diff = diffManifests(parentManifest, manifest);
    const local = new Map(found.map((file) => [file.path, file.absolute]));
    await addRowChanges(diff, options.store, { maxBytes: options.rowDiffMaxBytes ?? 256 * 1024 * 1024, localAfter: (path) => local.get(path) });
    return { ref, manifest, changed: true, diff, stats };
}
/**
 * The latest version, recognised by the stat cache's tree: the files (paths, sizes, stats) are those it
 * was made of. Its manifest (12 MB of JSON for 100,000 files) is read and verified against its digest
 * now, but parsed and validated only if a caller reads `manifest`; the diff needs only the found files.
 */
async function unchangedTree(store, ref, found) {
    const manifestBytes = await store.getBlob(ref.version);
    const totalBytes = found.reduce((sum, file) => sum + file.size, 0);
    const at = { name: ref.name, number: ref.number };
    const diff = { from: at, to: at, files: [], unchanged: found.length, bytesBefore: totalBytes, bytesAfter: totalBytes };
    const stats = { files: found.length, hashedFiles: 0, hashedBytes: 0, uploadedFiles: 0, uploadedBytes: 0 };
    let manifest;
    const result = { ref, changed: false, diff, manifestBytes, stats };
    return Object.defineProperty(result, 'manifest', {
        enumerable: true,
        get: () => (manifest ??= dataset_manifest/* datasetManifestType */.U.parse(manifestBytes.toString('utf8'), `manifest ${ref.version}`)),
    });
}
/**
 * What the remembered tree is valid for: the same dataset in the same store, and the same `path`
 * entries from the same directory (they decide each file's name in the manifest, not just its location).
 */
function treeKey(options) {
    return JSON.stringify({ name: options.name, store: options.store.location, cwd: options.cwd, paths: options.paths });
}
async function digestFiles(found, cache, workers) {
    const digests = new Map();
    const toHash = found.filter((file) => {
        const cached = cache.lookup(file);
        if (cached)
            digests.set(file.absolute, cached);
        return !cached;
    });
    const hashed = await (0,hash_files/* hashFiles */.y)(toHash, { workers });
    const startedAt = Date.now();
    for (const file of toHash) {
        const digest = hashed.get(file.absolute);
        digests.set(file.absolute, digest);
        // "Racily clean" files (modified within the last second) could change again without a new mtime.
        if (startedAt - file.mtimeMs > 1000)
            cache.remember(file, digest);
    }
    return { digests, hashedFiles: toHash.length, hashedBytes: toHash.reduce((sum, file) => sum + file.size, 0) };
}
function sameFiles(a, b) {
    return a.length === b.length && a.every((file, index) => file.path === b[index].path && file.digest === b[index].digest);
}
/** Profiles of unchanged files are carried over from the parent; only new content is read. */
async function addProfiles(files, found, parent, log) {
    const previous = new Map((parent?.files ?? []).filter((file) => file.profile).map((file) => [file.digest, file.profile]));
    for (const [index, file] of files.entries()) {
        if (!(0,profile/* isTabular */.an)(file.path))
            continue;
        const carried = previous.get(file.digest);
        file.profile = carried ?? (await (0,profile/* profileTable */.A6)(found[index].absolute, file.path));
        if (!carried)
            log(`profiled ${file.path}: ${file.profile.rows} rows, ${file.profile.columns.length} columns`);
    }
}
async function uploadMissing(store, found, files, concurrency) {
    const seen = new Set();
    const queue = files.map((file, index) => ({ file, absolute: found[index].absolute })).filter(({ file }) => !seen.has(file.digest) && seen.add(file.digest));
    let uploadedFiles = 0;
    let uploadedBytes = 0;
    const worker = async () => {
        for (let item = queue.shift(); item; item = queue.shift()) {
            if (await store.hasBlob(item.file.digest))
                continue;
            await store.putBlob({ file: item.absolute, digest: item.file.digest });
            uploadedFiles += 1;
            uploadedBytes += item.file.size;
        }
    };
    await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
    return { uploadedFiles, uploadedBytes };
}
/**
 * Allocates the next number by creating `versions/<n>` (create-once); if another run took it, re-reads
 * the latest version and tries again with it as parent. Then advances `latest` by compare-and-swap.
 */
async function publish(options, files, latest, parent) {
    const now = options.now ?? (() => new Date());
    for (;;) {
        const manifest = {
            kind: 'dataset-manifest',
            schemaVersion: 1,
            name: options.name,
            number: (latest?.number ?? 0) + 1,
            parent: latest?.version ?? null,
            files,
            fileCount: files.length,
            totalBytes: files.reduce((sum, file) => sum + file.size, 0),
            provenance: { ...dropUndefined(options.provenance), createdAt: now().toISOString(), tool: TOOL_NAME },
        };
        const version = await options.store.putBlob(Buffer.from(dataset_manifest/* datasetManifestType */.U.serialize(manifest)));
        try {
            await options.store.writePointer((0,dataset_refs/* versionKey */._5)(options.name, manifest.number), version, { ifNoneMatch: '*' });
        }
        catch (error) {
            if (!(error instanceof shared_store/* PreconditionFailed */.OJ))
                throw error;
            latest = (await readLatestOrNumbered(options.store, options.name, manifest.number));
            parent = await (0,dataset_refs/* loadManifest */.eY)(options.store, latest.version);
            continue;
        }
        const ref = { name: options.name, number: manifest.number, version };
        await advanceLatest(options.store, ref);
        return { ref, manifest, parentManifest: parent };
    }
}
/** After losing number n, the winner's version n is the parent, even if `latest` has not moved yet. */
async function readLatestOrNumbered(store, name, lost) {
    const latest = await (0,dataset_refs/* readLatest */.Eg)(store, name);
    if (latest && latest.ref.number >= lost)
        return latest.ref;
    const pointer = await store.readPointer((0,dataset_refs/* versionKey */._5)(name, lost));
    return pointer ? { name, number: lost, version: pointer.body.toString('utf8').trim() } : latest?.ref;
}
async function advanceLatest(store, ref) {
    const body = JSON.stringify({ number: ref.number, version: ref.version });
    for (;;) {
        const current = await (0,dataset_refs/* readLatest */.Eg)(store, ref.name);
        if (current && current.ref.number >= ref.number)
            return;
        try {
            await store.writePointer((0,dataset_refs/* latestKey */.p8)(ref.name), body, current ? { ifMatch: current.etag } : { ifNoneMatch: '*' });
            return;
        }
        catch (error) {
            if (!(error instanceof shared_store/* PreconditionFailed */.OJ))
                throw error;
        }
    }
}
function dropUndefined(value) {
    return Object.fromEntries(Object.entries(value).filter(([, member]) => member !== undefined && member !== ''));
}

// EXTERNAL MODULE: ./shared/schemas/record-type.ts
var record_type = __webpack_require__(5021);
;// CONCATENATED MODULE: ./shared/schemas/dataset-summary.ts

const profileSnapshot = { type: 'object' };
const dataset_summary_datasetSummaryType = new record_type/* RecordType */.ee('dataset-summary', 1, {
    type: 'object',
    required: ['kind', 'schemaVersion', 'name', 'number', 'version', 'changed', 'store', 'diff'],
    additionalProperties: false,
    properties: {
        kind: { const: 'dataset-summary' },
        schemaVersion: { const: 1 },
        name: { type: 'string' },
        number: { type: 'integer', minimum: 1 },
        version: { $ref: 'defs.json#/$defs/digest' },
        changed: { type: 'boolean' },
        store: { type: 'string' },
        diff: {
            type: 'object',
            required: ['from', 'to', 'files', 'unchanged', 'bytesBefore', 'bytesAfter'],
            additionalProperties: false,
            properties: {
                from: { anyOf: [{ type: 'null' }, { type: 'object', required: ['name', 'number'], properties: { name: { type: 'string' }, number: { type: 'integer' } } }] },
                to: { type: 'object', required: ['name', 'number'], properties: { name: { type: 'string' }, number: { type: 'integer' } } },
                unchanged: { type: 'integer', minimum: 0 },
                bytesBefore: { type: 'integer', minimum: 0 },
                bytesAfter: { type: 'integer', minimum: 0 },
                files: {
                    type: 'array',
                    items: {
                        type: 'object',
                        required: ['path', 'change'],
                        additionalProperties: false,
                        properties: {
                            path: { type: 'string' },
                            change: { enum: ['added', 'removed', 'modified'] },
                            sizeBefore: { type: 'integer' },
                            sizeAfter: { type: 'integer' },
                            digestBefore: { $ref: 'defs.json#/$defs/digest' },
                            digestAfter: { $ref: 'defs.json#/$defs/digest' },
                            table: {
                                type: 'object',
                                required: ['rowsBefore', 'rowsAfter', 'columns'],
                                additionalProperties: false,
                                properties: {
                                    rowsBefore: { type: 'integer' },
                                    rowsAfter: { type: 'integer' },
                                    rows: { type: 'object', required: ['added', 'removed'], additionalProperties: false, properties: { added: { type: 'integer' }, removed: { type: 'integer' } } },
                                    columns: {
                                        type: 'array',
                                        items: {
                                            type: 'object',
                                            required: ['name', 'change'],
                                            additionalProperties: false,
                                            properties: { name: { type: 'string' }, change: { enum: ['added', 'removed', 'type', 'stats'] }, before: profileSnapshot, after: profileSnapshot },
                                        },
                                    },
                                },
                            },
                        },
                    },
                },
            },
        },
    },
});

;// CONCATENATED MODULE: ./shared/data/version-files.ts




/** Writes the manifest and the small dataset summary (for report's `data-summary`) as files in `dir`. */
async function writeVersionFiles(result, storeLocation, dir) {
    await mkdir(dir, { recursive: true });
    const base = `${result.ref.name}-${result.ref.number}`;
    const manifestPath = join(dir, `${base}.manifest.json`);
    const summaryPath = join(dir, `${base}.summary.json`);
    const summary = {
        kind: 'dataset-summary',
        schemaVersion: 1,
        name: result.ref.name,
        number: result.ref.number,
        version: result.ref.version,
        changed: result.changed,
        store: storeLocation,
        diff: result.diff,
    };
    await writeFile(manifestPath, result.manifestBytes ?? datasetManifestType.serialize(result.manifest));
    await writeFile(summaryPath, datasetSummaryType.serialize(summary));
    return { manifestPath, summaryPath, summary };
}

;// CONCATENATED MODULE: ./shared/data/index.ts










// EXTERNAL MODULE: ./shared/numbers.ts
var numbers = __webpack_require__(8964);
// EXTERNAL MODULE: ./shared/text.ts
var shared_text = __webpack_require__(2763);
// EXTERNAL MODULE: ./shared/cli/command.ts
var command = __webpack_require__(310);
// EXTERNAL MODULE: ./shared/cli/store-options.ts
var store_options = __webpack_require__(4057);
;// CONCATENATED MODULE: ./shared/cli/commands/data.ts








const version = {
    path: ['data', 'version'],
    summary: 'version a dataset (files or directories) into the store',
    usage: `mlci data version --name <name> --path <file|dir> [--path …] [store options]\n\n  --stat-cache <file>          stat cache (default .mlci/cache/stat-<name>.bin)\n  --upload-concurrency <n>     parallel uploads (default 8)\n\n${store_options/* STORE_USAGE */.UC}`,
    options: { ...store_options/* STORE_OPTIONS */.n0, name: { type: 'string' }, path: { type: 'string', multiple: true }, 'stat-cache': { type: 'string' }, 'upload-concurrency': { type: 'string' } },
    async run(args, io) {
        const name = (0,command/* requiredOption */.zB)(args, 'name');
        const result = await versionDataset({
            name,
            paths: (0,command/* stringListOption */.z7)(args, 'path'),
            cwd: io.cwd,
            store: (0,store_options/* storeFromArgs */.z8)(args, io),
            statCacheFile: (0,command/* stringOption */.Pp)(args, 'stat-cache') ?? (0,external_node_path_.join)(io.cwd, '.mlci', 'cache', `stat-${name}.bin`),
            uploadConcurrency: (0,numbers/* parseNumber */.$)((0,command/* stringOption */.Pp)(args, 'upload-concurrency') ?? '8', { min: 1, max: 64, integer: true }, { input: '--upload-concurrency' }),
            provenance: {},
            log: io.json ? undefined : (line) => io.err(line),
        });
        const { ref, changed, stats } = result;
        (0,command/* printResult */.RS)(io, { ...ref, changed, stats, diff: result.diff }, `${changed ? 'new version' : 'unchanged'} ${ref.name}@${ref.number} ${ref.version} (${stats.files} files, ${stats.uploadedFiles} uploaded, ${(0,shared_text/* formatBytes */.z3)(stats.uploadedBytes)})`);
    },
};
const restore = {
    path: ['data', 'restore'],
    summary: 'write the files of a dataset version, verifying every digest',
    usage: `mlci data restore --name <name> [--version latest|<n>|sha256:…] --path <dir> [store options]\n\n${store_options/* STORE_USAGE */.UC}`,
    options: { ...store_options/* STORE_OPTIONS */.n0, name: { type: 'string' }, version: { type: 'string' }, path: { type: 'string' } },
    async run(args, io) {
        const result = await (0,restore_dataset/* restoreDataset */.L)({
            name: (0,command/* requiredOption */.zB)(args, 'name'),
            version: (0,command/* stringOption */.Pp)(args, 'version') ?? 'latest',
            store: (0,store_options/* storeFromArgs */.z8)(args, io),
            path: (0,command/* stringOption */.Pp)(args, 'path') ?? '.',
            cwd: io.cwd,
        });
        (0,command/* printResult */.RS)(io, { ...result.ref, files: result.files }, `restored ${result.ref.name}@${result.ref.number} (${result.files.length} files)`);
    },
};
const diff = {
    path: ['data', 'diff'],
    summary: 'compare two dataset versions: files, rows, column profiles',
    usage: `mlci data diff <name@version> <name@version> [store options]\n\n${store_options/* STORE_USAGE */.UC}`,
    options: { ...store_options/* STORE_OPTIONS */.n0 },
    async run(args, io) {
        const [a, b] = args.positionals;
        if (!a || !b)
            throw new errors/* UserError */.yo('data diff needs two versions, e.g. `churn@1 churn@2`.', { input: 'arguments' });
        const store = (0,store_options/* storeFromArgs */.z8)(args, io);
        const [before, after] = await Promise.all([a, b].map((spec) => manifestOf(store, spec)));
        const result = diffManifests(before, after);
        await addRowChanges(result, store);
        (0,command/* printResult */.RS)(io, result, (0,diff_markdown/* renderDatasetDiff */.U)(result, `${a} → ${b}`));
    },
};
async function manifestOf(store, spec) {
    const { name, version: wanted } = (0,dataset_refs/* parseDatasetSpec */.$0)(spec, 'arguments');
    const ref = await (0,dataset_refs/* resolveDatasetVersion */.r0)(store, name, wanted, 'arguments');
    return (0,dataset_refs/* loadManifest */.eY)(store, ref.version);
}
const log = {
    path: ['data', 'log'],
    summary: 'list the versions of a dataset, newest first',
    usage: `mlci data log <name> [store options]\n\n${store_options/* STORE_USAGE */.UC}`,
    options: { ...store_options/* STORE_OPTIONS */.n0 },
    async run(args, io) {
        const name = args.positionals[0];
        if (!name)
            throw new errors/* UserError */.yo('data log needs a dataset name.', { input: 'arguments', fix: 'Run `mlci data log <name>`.' });
        const store = (0,store_options/* storeFromArgs */.z8)(args, io);
        const refs = (await (0,dataset_refs/* listVersions */.yO)(store, name)).reverse();
        const entries = await Promise.all(refs.map(async (ref) => ({ ref, manifest: await (0,dataset_refs/* loadManifest */.eY)(store, ref.version) })));
        const json = entries.map(({ ref, manifest }) => ({ ...ref, createdAt: manifest.provenance.createdAt, commit: manifest.provenance.commit, files: manifest.fileCount, bytes: manifest.totalBytes }));
        const prose = json.map((entry) => `${name}@${entry.number}  ${entry.version.slice(0, 19)}  ${entry.createdAt}  ${entry.files} files  ${(0,shared_text/* formatBytes */.z3)(entry.bytes)}${entry.commit ? `  ${entry.commit.slice(0, 7)}` : ''}`);
        (0,command/* printResult */.RS)(io, json, prose.length ? prose.join('\n') : `no versions of ${name}`);
    },
};
const fsck = {
    path: ['data', 'fsck'],
    summary: 'verify every blob of a store and every dataset version',
    usage: `mlci data fsck [store options]\n\n${store_options/* STORE_USAGE */.UC}`,
    options: { ...store_options/* STORE_OPTIONS */.n0 },
    async run(args, io) {
        const report = await fsckStore((0,store_options/* storeFromArgs */.z8)(args, io));
        const prose = [`${report.blobs} blobs, ${report.manifests} versions checked`, ...report.problems.map((problem) => `${problem.kind}: ${problem.digest} ${problem.detail}`)];
        (0,command/* printResult */.RS)(io, report, prose.join('\n'));
        return report.problems.length === 0 ? 0 : 1;
    },
};
const commands = [version, restore, diff, log, fsck];


/***/ }),

/***/ 3188:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ renderDatasetDiff)
/* harmony export */ });
/* harmony import */ var markdown_table__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(735);
/* harmony import */ var _report_escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6682);
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2763);



/** The data-version job summary: what changed against the parent version, files first, then tables. */
function renderDatasetDiff(diff, headline) {
    const lines = [`### ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdown */ .FV)(headline)}`, ''];
    if (!diff.from)
        lines.push(`First version of ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)(diff.to.name)}.`, '');
    else
        lines.push(`Compared with version ${diff.from.number}: ${describeCounts(diff)}.`, '');
    if (diff.files.length > 0)
        lines.push(fileTable(diff.files), '');
    for (const file of diff.files.filter((change) => change.table))
        lines.push(...tableSection(file), '');
    return lines.join('\n');
}
function describeCounts(diff) {
    const count = (kind) => diff.files.filter((file) => file.change === kind).length;
    return `${count('added')} added, ${count('removed')} removed, ${count('modified')} modified, ${diff.unchanged} unchanged (${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z3)(diff.bytesBefore)} → ${(0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z3)(diff.bytesAfter)})`;
}
function fileTable(files) {
    return (0,markdown_table__WEBPACK_IMPORTED_MODULE_2__/* .markdownTable */ .Q)([
        ['File', 'Change', 'Size before', 'Size after'],
        ...files.map((file) => [
            (0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)(file.path, { tableCell: true }),
            file.change,
            file.sizeBefore === undefined ? '' : (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z3)(file.sizeBefore),
            file.sizeAfter === undefined ? '' : (0,_text_js__WEBPACK_IMPORTED_MODULE_1__/* .formatBytes */ .z3)(file.sizeAfter),
        ]),
    ]);
}
function tableSection(file) {
    const table = file.table;
    const rows = table.rows ? `rows +${table.rows.added} / −${table.rows.removed}` : 'rows (net)';
    const lines = [`#### ${(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .inlineCode */ .ti)(file.path)}: ${table.rowsBefore} → ${table.rowsAfter} rows; ${rows}`];
    if (table.columns.length === 0)
        return [...lines, '', 'No column changes.'];
    return [...lines, '', (0,markdown_table__WEBPACK_IMPORTED_MODULE_2__/* .markdownTable */ .Q)([['Column', 'Change', 'Before', 'After'], ...table.columns.map(columnRow)])];
}
function columnRow(change) {
    return [(0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdownTableCell */ .Zs)(change.name), change.change, describeColumn(change.before), describeColumn(change.after)];
}
function describeColumn(column) {
    if (!column)
        return '';
    const parts = [column.type, `nulls ${(column.nullShare * 100).toFixed(1)}%`, `distinct ≈${column.distinct}`];
    if (column.mean !== undefined)
        parts.push(`mean ${round(column.mean)}`, `std ${round(column.std)}`, `range ${round(column.min)}…${round(column.max)}`);
    if (column.top?.length)
        parts.push(`top ${column.top.slice(0, 3).map((entry) => `${entry.value} (${entry.count})`).join(', ')}`);
    return (0,_report_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeMarkdownTableCell */ .Zs)(parts.join(', '));
}
function round(value) {
    return Number.isInteger(value) ? String(value) : value.toPrecision(4);
}


/***/ }),

/***/ 2763:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/* unused harmony exports truncateUtf8, formatDuration */
/**
 * Cut text to at most `maxBytes` UTF-8 bytes, never inside a character (or a surrogate pair), and
 * append `note` (which counts towards the limit). Deterministic: the same input gives the same output.
 */
function truncateUtf8(text, maxBytes, note = '') {
    if (Buffer.byteLength(text, 'utf8') <= maxBytes)
        return text;
    const budget = maxBytes - Buffer.byteLength(note, 'utf8');
    if (budget <= 0)
        return note.slice(0, Math.max(0, maxBytes));
    let bytes = 0;
    let end = 0;
    for (const char of text) {
        const size = Buffer.byteLength(char, 'utf8');
        if (bytes + size > budget)
            break;
        bytes += size;
        end += char.length;
    }
    return text.slice(0, end) + note;
}
/** Human-readable byte size with binary units: 1.5 MiB. */
function formatBytes(bytes) {
    const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
    let value = Math.abs(bytes);
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
        value /= 1024;
        unit += 1;
    }
    const sign = bytes < 0 ? '-' : '';
    return unit === 0 ? `${sign}${value} B` : `${sign}${value.toFixed(1)} ${units[unit]}`;
}
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)} ms`;
    if (ms < 60_000)
        return `${(ms / 1000).toFixed(1)} s`;
    return `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
}


/***/ })

};

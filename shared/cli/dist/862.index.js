export const id = 862;
export const ids = [862];
export const modules = {

/***/ 565:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   y: () => (/* binding */ hashFiles)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5568);
/* harmony import */ var _file_digest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3479);
/* harmony import */ var _walk_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(40);





/** Files claimed at a time: large enough that claiming is free, small enough to balance the threads. */
const CLAIM_FILES = 32;

/**
 * Hashes files on every core: the calling thread and (cores − 1) worker threads take runs of files
 * from one shared counter (Atomics on a SharedArrayBuffer), so no thread waits for a message while
 * another has work, and one core's worth of hashing starts before any worker has booted. Largest files
 * go first so a big file never starts last. The worker's code is inlined as a string so an action's
 * ncc bundle needs no second file.
 */
async function hashFiles(files, options = {}) {
    const ordered = [...files].sort((a, b) => b.size - a.size);
    const threads = Math.max(1, Math.min(options.workers ?? (0,node_os__WEBPACK_IMPORTED_MODULE_0__.availableParallelism)(), Math.ceil(ordered.length / CLAIM_FILES)));
    const counter = new Int32Array(new SharedArrayBuffer(4));
    const paths = ordered.map((file) => file.absolute);
    const digests = new Array(ordered.length);
    const workers = Array.from({ length: threads - 1 }, () => startWorker(paths, counter, digests));
    const buffer = Buffer.allocUnsafe(_file_digest_js__WEBPACK_IMPORTED_MODULE_3__/* .CHUNK_BYTES */ .E);
    let failure;
    try {
        for (let start = claim(counter); start < ordered.length; start = claim(counter)) {
            for (let i = start; i < Math.min(start + CLAIM_FILES, ordered.length); i += 1)
                digests[i] = hashOne(ordered[i], buffer);
        }
    }
    catch (error) {
        failure = error;
        Atomics.store(counter, 0, ordered.length); // the workers stop at their next claim
    }
    const outcomes = await Promise.allSettled(workers);
    if (failure)
        throw failure;
    for (const outcome of outcomes) {
        if (outcome.status === 'rejected') {
            const { file, error } = outcome.reason;
            throw (0,_walk_js__WEBPACK_IMPORTED_MODULE_4__/* .explainFsError */ .P)(error, ordered.find((candidate) => candidate.absolute === file)?.path ?? file);
        }
    }
    return new Map(ordered.map((file, index) => [file.absolute, (0,_digest_js__WEBPACK_IMPORTED_MODULE_2__/* .toDigest */ .O6)(digests[index])]));
}
function claim(counter) {
    return Atomics.add(counter, 0, CLAIM_FILES);
}
function hashOne(file, buffer) {
    try {
        return (0,_file_digest_js__WEBPACK_IMPORTED_MODULE_3__/* .hashFileSync */ .i)(file.absolute, buffer).slice('sha256:'.length);
    }
    catch (error) {
        throw (0,_walk_js__WEBPACK_IMPORTED_MODULE_4__/* .explainFsError */ .P)(error, file.path);
    }
}
/** Resolves when the worker has drained the counter, with its digests written into `digests` (a later exit is ignored). */
function startWorker(paths, counter, digests) {
    // execArgv: [] — the source needs only Node's built-ins; inheriting a loader (tsx, from source) would only slow the start.
    const worker = new node_worker_threads__WEBPACK_IMPORTED_MODULE_1__.Worker(WORKER_SOURCE, { eval: true, execArgv: [], workerData: { paths, counter, claim: CLAIM_FILES, chunk: _file_digest_js__WEBPACK_IMPORTED_MODULE_3__/* .CHUNK_BYTES */ .E } });
    return new Promise((resolve, reject) => {
        worker.on('message', (reply) => {
            if ('error' in reply) {
                reject({ file: reply.file, error: Object.assign(new Error(reply.error), { code: reply.code }) });
                return;
            }
            for (let i = 0; i < reply.done.length; i += 2)
                digests[reply.done[i]] = reply.done[i + 1];
            resolve();
        });
        worker.on('error', (error) => reject({ file: '(worker)', error }));
        worker.on('exit', () => reject({ file: '(worker)', error: new Error('hash worker exited without a result') }));
    });
}
const WORKER_SOURCE = `
const { createHash } = require('node:crypto');
const { openSync, readSync, closeSync } = require('node:fs');
const { parentPort, workerData } = require('node:worker_threads');
const { paths, counter, claim, chunk } = workerData;
const buffer = Buffer.allocUnsafe(chunk);
function hashFile(file) {
  const hash = createHash('sha256');
  const fd = openSync(file, 'r');
  try {
    for (;;) {
      const read = readSync(fd, buffer, 0, buffer.length, null);
      hash.update(buffer.subarray(0, read));
      if (read < buffer.length) break;
    }
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}
// One message at the end: per-claim messages would cost more than the hashing of small files.
const done = [];
let failed = null;
for (let start = Atomics.add(counter, 0, claim); start < paths.length && !failed; start = Atomics.add(counter, 0, claim)) {
  const end = Math.min(start + claim, paths.length);
  for (let i = start; i < end; i += 1) {
    try {
      done.push(i, hashFile(paths[i]));
    } catch (error) {
      failed = { error: String(error && error.message), code: error && error.code, file: paths[i] };
      Atomics.store(counter, 0, paths.length);
      break;
    }
  }
}
parentPort.postMessage(failed || { done });
`;


/***/ }),

/***/ 7890:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   XO: () => (/* binding */ StatCache)
/* harmony export */ });
/* unused harmony exports STAT_CACHE_FORMAT, treeFingerprint */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5568);




/**
 * Remembers the digest of each file by (path, size, mtime, inode), as git's index does, so an unchanged
 * file is never read again. Carried between workflow runs with @actions/cache. A damaged, truncated or
 * older-format cache is simply ignored: it can only cost time, never correctness.
 *
 * It can also remember one *tree*: a fingerprint (SHA-256 over path, size, mtime and inode of every file,
 * in order) of the files that made up a dataset version. When the files found now have the same
 * fingerprint, the version is unchanged: no digest is looked up and the per-file rows are never decoded.
 */
class StatCache {
    file;
    stored;
    tree;
    dirty = false;
    loadedRows;
    index;
    /** Digests set by `remember` (hex), over the raw digests read from disk. */
    newDigests = new Map();
    constructor(file, 
    /** The file as read, decoded into rows on first need: recognising an unchanged tree needs none of them. */
    stored, tree) {
        this.file = file;
        this.stored = stored;
        this.tree = tree;
    }
    static async load(file) {
        let bytes;
        try {
            bytes = file ? await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(file) : undefined;
        }
        catch {
            bytes = undefined;
        }
        const stored = bytes && readHeader(bytes);
        return new StatCache(file, stored, stored && decodeTree(stored));
    }
    lookup(file) {
        const row = this.rowIndex().get(file.absolute);
        return this.statsEqual(row, file) ? this.digestAt(row) : undefined;
    }
    remember(file, digest) {
        const index = this.rowIndex();
        let row = index.get(file.absolute);
        if (row === undefined) {
            row = this.rows().paths.push(file.absolute) - 1;
            index.set(file.absolute, row);
        }
        const { stats } = this.rows();
        stats[row * 3] = file.size;
        stats[row * 3 + 1] = file.mtimeMs;
        stats[row * 3 + 2] = file.ino;
        this.newDigests.set(row, digest.slice('sha256:'.length));
        this.dirty = true;
    }
    /**
     * True when `files` are, in this order, exactly the files remembered for `version` under `key`, each
     * with the same size, mtime and inode: any difference (a file added, removed, renamed, touched)
     * changes the fingerprint.
     */
    sameTree(key, version, files) {
        const tree = this.tree;
        return !!tree && tree.key === key && tree.version === version && tree.count === files.length && tree.fingerprint === treeFingerprint(files);
    }
    /**
     * Remembers that `files` (in this order) make up `version` under `key`. Only when every file is cached
     * with its current stat: a file left out ("racily clean", just modified) would make a later match unsound,
     * so then no tree is kept at all.
     */
    rememberTree(key, version, files) {
        if (this.sameTree(key, version, files))
            return;
        const index = this.rowIndex();
        if (!files.every((file) => this.statsEqual(index.get(file.absolute), file))) {
            this.forgetTree();
            return;
        }
        this.tree = { key, version, count: files.length, fingerprint: treeFingerprint(files) };
        this.dirty = true;
    }
    forgetTree() {
        if (!this.tree)
            return;
        this.tree = undefined;
        this.dirty = true;
    }
    /** Written atomically (temp + rename) so a killed run leaves the old cache or the new one; skipped when nothing changed. */
    async save() {
        if (!this.file || !this.dirty)
            return;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.dirname)(this.file), { recursive: true });
        const temp = `${this.file}.${process.pid}.tmp`;
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.writeFile)(temp, this.encode());
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rename)(temp, this.file);
        this.dirty = false;
    }
    statsEqual(row, file) {
        if (row === undefined)
            return false;
        const { stats } = this.rows();
        return stats[row * 3] === file.size && stats[row * 3 + 1] === file.mtimeMs && stats[row * 3 + 2] === file.ino;
    }
    digestAt(row) {
        return (0,_digest_js__WEBPACK_IMPORTED_MODULE_3__/* .toDigest */ .O6)(this.newDigests.get(row) ?? this.rows().rawDigests.toString('hex', row * DIGEST_BYTES, (row + 1) * DIGEST_BYTES));
    }
    rows() {
        this.loadedRows ??= (this.stored && decodeRows(this.stored)) ?? { paths: [], stats: [], rawDigests: Buffer.alloc(0) };
        return this.loadedRows;
    }
    rowIndex() {
        if (!this.index) {
            this.index = new Map();
            for (const [row, path] of this.rows().paths.entries())
                this.index.set(path, row);
        }
        return this.index;
    }
    encode() {
        const rows = this.rows();
        const count = rows.paths.length;
        const numbers = Buffer.alloc(count * 3 * 8);
        for (let i = 0; i < count * 3; i += 1)
            numbers.writeDoubleLE(rows.stats[i], i * 8);
        const digests = Buffer.alloc(count * DIGEST_BYTES);
        rows.rawDigests.copy(digests);
        for (const [row, hex] of this.newDigests)
            digests.write(hex, row * DIGEST_BYTES, DIGEST_BYTES, 'hex');
        return encodeCache(numbers, digests, rows.paths, this.tree);
    }
}
/*
 * File layout (little-endian), version 3; any other magic or version is ignored (older caches were JSON):
 *   "MLCISTAT" | u32 version | u32 rows | u32 path bytes | u32 tree bytes
 *   tree as JSON {key, version, count, fingerprint}
 *   rows × (f64 size, f64 mtimeMs, f64 ino) | rows × 32-byte SHA-256
 *   paths, UTF-8, separated by NUL (the one byte no path can hold)
 *   SHA-256 of everything before it, checked before any row is used: a flipped bit would otherwise hand
 *   out a wrong digest. The tree is used without that check (an unchanged tree then reads no row): a
 *   damaged tree cannot match the fingerprint of the files found.
 */
const MAGIC = Buffer.from('MLCISTAT', 'latin1');
const STAT_CACHE_FORMAT = 3;
const HEADER_BYTES = 24;
const DIGEST_BYTES = 32;
const CHECKSUM_BYTES = 32;
function encodeCache(numbers, digests, paths, tree) {
    const pathBytes = Buffer.from(paths.join('\0'), 'utf8');
    const treeBytes = Buffer.from(tree ? JSON.stringify(tree) : '', 'utf8');
    const header = Buffer.alloc(HEADER_BYTES);
    MAGIC.copy(header, 0);
    header.writeUInt32LE(STAT_CACHE_FORMAT, 8);
    header.writeUInt32LE(paths.length, 12);
    header.writeUInt32LE(pathBytes.length, 16);
    header.writeUInt32LE(treeBytes.length, 20);
    const body = Buffer.concat([header, treeBytes, numbers, digests, pathBytes]);
    return Buffer.concat([body, (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(body).digest()]);
}
/** Undefined for anything but a cache of this format whose sections add up to its length. */
function readHeader(bytes) {
    if (bytes.length < HEADER_BYTES + CHECKSUM_BYTES || !bytes.subarray(0, MAGIC.length).equals(MAGIC))
        return undefined;
    if (bytes.readUInt32LE(8) !== STAT_CACHE_FORMAT)
        return undefined;
    const count = bytes.readUInt32LE(12);
    const numbersAt = HEADER_BYTES + bytes.readUInt32LE(20);
    const digestsAt = numbersAt + count * 3 * 8;
    const pathsAt = digestsAt + count * DIGEST_BYTES;
    const end = pathsAt + bytes.readUInt32LE(16);
    if (end + CHECKSUM_BYTES !== bytes.length)
        return undefined;
    return { bytes, count, treeAt: HEADER_BYTES, numbersAt, digestsAt, pathsAt, end };
}
function decodeTree(stored) {
    if (stored.numbersAt === stored.treeAt)
        return undefined;
    let tree;
    try {
        tree = JSON.parse(stored.bytes.toString('utf8', stored.treeAt, stored.numbersAt));
    }
    catch {
        return undefined;
    }
    const { key, version, count, fingerprint } = tree ?? {};
    if (typeof key !== 'string' || typeof version !== 'string' || !(0,_digest_js__WEBPACK_IMPORTED_MODULE_3__/* .isDigest */ .Bc)(version) || typeof fingerprint !== 'string')
        return undefined;
    return typeof count === 'number' ? { key, version, count, fingerprint } : undefined;
}
/** Undefined when the checksum fails: the whole cache is then ignored. */
function decodeRows(stored) {
    const { bytes, count, numbersAt, digestsAt, pathsAt, end } = stored;
    if (!(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(bytes.subarray(0, end)).digest().equals(bytes.subarray(end)))
        return undefined;
    const paths = count === 0 ? [] : bytes.toString('utf8', pathsAt, end).split('\0');
    if (paths.length !== count)
        return undefined;
    const stats = [];
    for (let i = 0; i < count * 3; i += 1)
        stats.push(bytes.readDoubleLE(numbersAt + i * 8));
    return { paths, stats, rawDigests: bytes.subarray(digestsAt, pathsAt) };
}
/**
 * SHA-256 over each file's absolute path (NUL-terminated), size, mtime and inode, in the given order:
 * one pass over the walk's result, fed through a reused buffer.
 */
function treeFingerprint(files) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    const buffer = Buffer.allocUnsafe(1 << 16);
    let at = 0;
    for (const file of files) {
        // A UTF-16 code unit takes at most 3 bytes in UTF-8.
        if (at + file.absolute.length * 3 + 25 > buffer.length) {
            hash.update(buffer.subarray(0, at));
            at = 0;
        }
        if (file.absolute.length * 3 + 25 > buffer.length) {
            hash.update(file.absolute);
        }
        else {
            at += buffer.write(file.absolute, at, 'utf8');
        }
        at = buffer.writeUInt8(0, at);
        at = buffer.writeDoubleLE(file.size, at);
        at = buffer.writeDoubleLE(file.mtimeMs, at);
        at = buffer.writeDoubleLE(file.ino, at);
    }
    hash.update(buffer.subarray(0, at));
    return hash.digest('hex');
}


/***/ }),

/***/ 40:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  P: () => (/* binding */ explainFsError),
  g: () => (/* binding */ findDatasetFiles)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(2635);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:worker_threads"
var external_node_worker_threads_ = __webpack_require__(5919);
;// CONCATENATED MODULE: ./shared/data/stat-files.ts



/** Files claimed at a time: claiming costs one atomic add, a chunk about 0.2 ms of lstat. */
const CLAIM_FILES = 256;
/** Below this many files per thread a worker's start-up (tens of ms) costs more than it saves. */
const FILES_PER_THREAD = 8192;
/** How long the calling thread waits for a worker's claimed chunk before doing it itself. */
const STALL_MS = 5000;
/**
 * lstat of many files, as git's preloaded index does it: on a tree of 100,000 files the stat calls are
 * most of the time of finding that nothing changed, and they parallelise. The calling thread and
 * worker threads claim chunks from one shared counter, so the caller never waits for a worker that has
 * not started yet (it simply takes every chunk itself); results go into shared memory, not messages.
 * Synchronous, like the walk it serves. Returns `size, mtimeMs, ino` per file, in order.
 */
function lstatFiles(paths, options = {}) {
    const threads = Math.max(1, Math.min(options.threads ?? idleThreads(), Math.floor(paths.length / (options.filesPerThread ?? FILES_PER_THREAD))));
    const stats = new Float64Array(new SharedArrayBuffer(paths.length * 3 * 8)).fill(Number.NaN);
    // [0] next unclaimed index, [1] files finished by any thread.
    const counter = new Int32Array(new SharedArrayBuffer(8));
    const workers = Array.from({ length: threads - 1 }, () => startWorker(paths, stats, counter));
    try {
        if (!(options.workersOnly && workers.length > 0))
            claimAll(paths, stats, counter);
        if (workers.length > 0)
            awaitWorkers(paths, stats, counter);
    }
    finally {
        Atomics.store(counter, 0, paths.length); // a worker still starting finds nothing left to claim
    }
    return stats;
}
/**
 * Like `make -l`: another thread pays only where a core is idle. On a saturated machine the worker takes
 * CPU from the calling thread instead, and the whole gets slower (measured on 2 cores, 100,000 files:
 * at load 2, 0.49 s on one thread and 0.37 s on two; at load 4, 0.59 s and 0.88 s, medians). The load
 * average counts this process too, hence the + 1. Windows reports 0: every core is used, at most 4.
 */
function idleThreads() {
    const cores = (0,external_node_os_.availableParallelism)();
    return Math.max(1, Math.min(4, cores, Math.round(cores + 1 - ((0,external_node_os_.loadavg)()[0] ?? 0))));
}
function claimAll(paths, stats, counter) {
    for (let start = Atomics.add(counter, 0, CLAIM_FILES); start < paths.length; start = Atomics.add(counter, 0, CLAIM_FILES)) {
        const end = Math.min(start + CLAIM_FILES, paths.length);
        for (let i = start; i < end; i += 1)
            statInto(paths[i], stats, i);
        Atomics.add(counter, 1, end - start);
    }
}
function statInto(path, stats, i) {
    const found = (0,external_node_fs_.lstatSync)(path);
    stats[i * 3] = found.size;
    stats[i * 3 + 1] = found.mtimeMs;
    stats[i * 3 + 2] = found.ino;
}
/**
 * Waits for the chunks workers have claimed; after a stall (a worker died), stats what is left itself.
 * A file a worker could not stat is left as NaN and stat'ed here, so its error is thrown as usual.
 */
function awaitWorkers(paths, stats, counter) {
    for (let finished = Atomics.load(counter, 1); finished < paths.length; finished = Atomics.load(counter, 1)) {
        if (Atomics.wait(counter, 1, finished, STALL_MS) === 'timed-out' && Atomics.load(counter, 1) === finished)
            break;
    }
    for (let i = 0; i < paths.length; i += 1)
        if (Number.isNaN(stats[i * 3 + 2]))
            statInto(paths[i], stats, i);
}
function startWorker(paths, stats, counter) {
    // One string crosses to the worker far faster than 100,000; execArgv [] keeps a loader hook (tsx) out of it.
    const worker = new external_node_worker_threads_.Worker(WORKER_SOURCE, { eval: true, execArgv: [], workerData: { paths: paths.join('\0'), stats, counter, claim: CLAIM_FILES } });
    worker.unref();
    worker.on('error', () => undefined); // its unfinished files stay NaN and are stat'ed by the caller
    return worker;
}
const WORKER_SOURCE = `
const { lstatSync } = require('node:fs');
const { workerData } = require('node:worker_threads');
const { stats, counter, claim } = workerData;
const paths = workerData.paths.split('\\0');
for (let start = Atomics.add(counter, 0, claim); start < paths.length; start = Atomics.add(counter, 0, claim)) {
  const end = Math.min(start + claim, paths.length);
  for (let i = start; i < end; i += 1) {
    try {
      const found = lstatSync(paths[i]);
      stats[i * 3] = found.size;
      stats[i * 3 + 1] = found.mtimeMs;
      stats[i * 3 + 2] = found.ino;
    } catch {
      // left NaN: the calling thread stats it again and reports the error
    }
  }
  Atomics.add(counter, 1, end - start);
  Atomics.notify(counter, 1);
}
`;

;// CONCATENATED MODULE: ./shared/data/walk.ts




/**
 * Expands the user's `path` entries (files or directories) into a sorted file list. Synchronous on
 * purpose: stat is a few microseconds and the thread-pool round trip of async stat would dominate on
 * trees of 100,000 files; large trees are stat'ed on several threads instead (see lstatFiles).
 */
function findDatasetFiles(entries, cwd, options = {}) {
    if (entries.length === 0) {
        throw new errors/* UserError */.yo('No data path was given.', { input: 'path', fix: 'Set `path:` to a file or directory (several lines allowed).' });
    }
    // One entry cannot name a file twice; a map of 100,000 paths would cost more than the sort.
    const found = entries.length === 1 ? expandEntry(entries[0], cwd, options) : unique(entries.flatMap((entry) => expandEntry(entry, cwd, options)));
    return found.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
/** The last entry naming a path wins, as the user listed them. */
function unique(files) {
    return [...new Map(files.map((file) => [file.path, file])).values()];
}
function expandEntry(entry, cwd, options) {
    const absolute = (0,external_node_path_.resolve)(cwd, entry);
    const stats = statOrExplain(absolute, entry);
    if (stats.isFile())
        return [toFound(absolute, relativeName(absolute, cwd, entry), stats)];
    if (!stats.isDirectory()) {
        throw new errors/* UserError */.yo(`'${entry}' is neither a file nor a directory.`, { input: 'path', fix: 'Point `path:` at regular files or directories.' });
    }
    const found = walkDirectory(absolute, relativeName(absolute, cwd, entry), entry, options);
    if (found.length === 0) {
        throw new errors/* UserError */.yo(`Directory '${entry}' contains no files.`, { input: 'path', fix: 'Check that the data was generated or downloaded before this step.' });
    }
    return found;
}
/** Paths inside the working directory keep their relative name; outside ones are named from their root. */
function relativeName(absolute, cwd, entry) {
    const inside = (0,external_node_path_.relative)(cwd, absolute);
    const name = inside && !inside.startsWith('..') && !(0,external_node_path_.isAbsolute)(inside) ? inside : entry.replace(/^\/+/, '');
    return name.split(external_node_path_.sep).join('/');
}
function walkDirectory(root, prefix, entry, options) {
    let entries;
    try {
        // withFileTypes matters: without it Node's recursive readdir stats every entry itself (6× slower).
        entries = (0,external_node_fs_.readdirSync)(root, { recursive: true, withFileTypes: true });
    }
    catch (error) {
        throw explainFsError(error, entry);
    }
    const absolutes = [];
    for (const dirent of entries) {
        // Symbolic links are not followed: a link out of the dataset would version someone else's files.
        // Plain concatenation: path.join and path.relative normalize every string, which costs more than the lstat.
        if (dirent.isFile())
            absolutes.push(`${dirent.parentPath}${external_node_path_.sep}${dirent.name}`);
    }
    const stats = lstatFiles(absolutes, options);
    return absolutes.map((absolute, i) => {
        const name = absolute.slice(root.length + 1);
        const path = `${prefix}/${external_node_path_.sep === '/' ? name : name.split(external_node_path_.sep).join('/')}`;
        return { path, absolute, size: stats[i * 3], mtimeMs: stats[i * 3 + 1], ino: stats[i * 3 + 2] };
    });
}
function toFound(absolute, path, stats) {
    return { path, absolute, size: stats.size, mtimeMs: stats.mtimeMs, ino: stats.ino };
}
function statOrExplain(absolute, entry) {
    try {
        return (0,external_node_fs_.statSync)(absolute);
    }
    catch (error) {
        throw explainFsError(error, entry);
    }
}
function explainFsError(error, entry) {
    const code = (0,errors/* errnoCode */.UK)(error);
    if (code === 'ENOENT') {
        return new errors/* UserError */.yo(`Data path '${entry}' does not exist.`, { input: 'path', file: entry, fix: 'Check the path (it is relative to the repository root) and that an earlier step created it.' });
    }
    if (code === 'EACCES' || code === 'EPERM') {
        return new errors/* UserError */.yo(`Data path '${entry}' cannot be read (permission denied).`, { input: 'path', file: entry, fix: 'Make the files readable by the runner user (chmod a+r).' });
    }
    if (code === 'EIO' || code === 'EISDIR' || code === 'ELOOP' || code === 'ENXIO') {
        return new errors/* UserError */.yo(`Data path '${entry}' cannot be read (${code}).`, { input: 'path', file: entry, fix: 'Version regular, readable files only; check the disk if the error is EIO.' });
    }
    return error instanceof Error ? error : new Error(String(error));
}


/***/ })

};

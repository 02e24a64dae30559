export const id = 90;
export const ids = [90];
export const modules = {

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

/***/ 6090:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  kk: () => (/* reexport */ GitTagStore),
  YO: () => (/* reexport */ currentVersion),
  I$: () => (/* reexport */ deriveModelState),
  oW: () => (/* reexport */ environmentHistory),
  As: () => (/* reexport */ formatHistory),
  Q5: () => (/* reexport */ formatModelState),
  Qn: () => (/* reexport */ loadEvidence),
  UJ: () => (/* reexport */ loadPromotionConfig),
  ci: () => (/* reexport */ modelNames),
  A4: () => (/* reexport */ modelTagPrefixes),
  pt: () => (/* reexport */ promote),
  dI: () => (/* reexport */ registryModelResolver),
  dU: () => (/* reexport */ rollback)
});

// UNUSED EXPORTS: BUMP_PARTS, DEFAULT_ENVIRONMENT_RULE, bumpSemver, checkEnvironmentName, checkEvidence, checkModelName, compareSemver, dispatchRequest, durationMs, environmentRule, fetchReferencedModel, findVersion, formatSemver, formatTagMessage, formatTagName, isBumpPart, isEnvironmentName, isModelName, isRegistryReference, lastEvent, latestVersion, loadVersionMetrics, metricsSideBySide, nextCounter, oneLine, parseDispatchSpec, parseEvidence, parsePromotionConfig, parseSemver, parseTagMessage, parseTagName, pointerKey, previousDistinctVersion, promoteSummary, readModelState, renderRollbackSummary, resolveArtifact, resolveRegistryReference, rollbackSummary, splitEvidenceInput, syncEnvironmentPointer, versionAt, versionsWithDigest

;// CONCATENATED MODULE: ./shared/registry/semver.ts
const BUMP_PARTS = ['major', 'minor', 'patch'];
const NUMBER = '0|[1-9]\\d*';
const IDENTIFIER = '[0-9A-Za-z-]+';
const SEMVER_PATTERN = new RegExp(`^v?(${NUMBER})\\.(${NUMBER})\\.(${NUMBER})(?:-(${IDENTIFIER}(?:\\.${IDENTIFIER})*))?$`);
/** Build metadata (`+...`) is not accepted: `+` has no place in a tag that must identify one version. */
function parseSemver(text) {
    const match = SEMVER_PATTERN.exec(text);
    if (!match)
        return undefined;
    const prerelease = match[4] === undefined ? [] : match[4].split('.');
    if (prerelease.some((part) => /^0\d+$/.test(part)))
        return undefined;
    return { major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3]), prerelease };
}
/** Always with the `v` prefix, the form stored in tags. */
function formatSemver(version) {
    const core = `v${version.major}.${version.minor}.${version.patch}`;
    return version.prerelease.length ? `${core}-${version.prerelease.join('.')}` : core;
}
/** Negative when a < b, positive when a > b, 0 when equal (SemVer precedence rules). */
function compareSemver(a, b) {
    const core = a.major - b.major || a.minor - b.minor || a.patch - b.patch;
    if (core !== 0)
        return core;
    return comparePrerelease(a.prerelease, b.prerelease);
}
function comparePrerelease(a, b) {
    // A release sorts after any of its pre-releases.
    if (a.length === 0 || b.length === 0)
        return b.length - a.length;
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
        const order = compareIdentifier(a[i], b[i]);
        if (order !== 0)
            return order;
    }
    return a.length - b.length;
}
function compareIdentifier(a, b) {
    const aNumeric = /^\d+$/.test(a);
    const bNumeric = /^\d+$/.test(b);
    if (aNumeric && bNumeric)
        return Number(a) - Number(b);
    if (aNumeric !== bNumeric)
        return aNumeric ? -1 : 1;
    return a < b ? -1 : a > b ? 1 : 0;
}
/** Bumping a pre-release's own part releases it (1.2.0-rc.1 minor → 1.2.0), as npm's semver does. */
function bumpSemver(version, part) {
    const base = version ?? { major: 0, minor: 0, patch: 0, prerelease: [] };
    const pre = base.prerelease.length > 0;
    if (part === 'major') {
        const keep = pre && base.minor === 0 && base.patch === 0;
        return { major: keep ? base.major : base.major + 1, minor: 0, patch: 0, prerelease: [] };
    }
    if (part === 'minor') {
        const keep = pre && base.patch === 0;
        return { major: base.major, minor: keep ? base.minor : base.minor + 1, patch: 0, prerelease: [] };
    }
    return { major: base.major, minor: base.minor, patch: pre ? base.patch : base.patch + 1, prerelease: [] };
}
function isBumpPart(text) {
    return BUMP_PARTS.includes(text);
}

// EXTERNAL MODULE: ./shared/errors.ts
var shared_errors = __webpack_require__(2635);
;// CONCATENATED MODULE: ./shared/registry/tag-grammar.ts


const SEGMENT = '[a-z0-9](?:[a-z0-9_-]*[a-z0-9])?';
const MODEL_PATTERN = new RegExp(`^${SEGMENT}(?:/${SEGMENT})*$`);
const ENVIRONMENT_PATTERN = new RegExp(`^${SEGMENT}$`);
const REGISTER_PATTERN = /^(.+)@(v[^@#!]+)$/;
const ASSIGN_PATTERN = /^(.+?)#([^#!]+)(!?)#([1-9]\d*)$/;
function isModelName(name) {
    return MODEL_PATTERN.test(name);
}
function isEnvironmentName(name) {
    return ENVIRONMENT_PATTERN.test(name);
}
/** undefined for any tag that is not a registry tag (release tags, other tools' tags). */
function parseTagName(name) {
    const register = REGISTER_PATTERN.exec(name);
    if (register) {
        const [, model = '', versionText = ''] = register;
        const version = parseSemver(versionText);
        return version && isModelName(model) ? { kind: 'register', model, version } : undefined;
    }
    const assign = ASSIGN_PATTERN.exec(name);
    if (!assign)
        return undefined;
    const [, model = '', environment = '', bang, counter = ''] = assign;
    if (!isModelName(model) || !isEnvironmentName(environment))
        return undefined;
    return { kind: bang ? 'unassign' : 'assign', model, environment, counter: Number(counter) };
}
function formatTagName(tag) {
    if (tag.kind === 'register')
        return `${tag.model}@${formatSemver(tag.version)}`;
    const bang = tag.kind === 'unassign' ? '!' : '';
    return `${tag.model}#${tag.environment}${bang}#${tag.counter}`;
}
/** The ref prefix under which every tag of one model lives (`churn` → tags starting `churn@`/`churn#`). */
function modelTagPrefixes(model) {
    return [`${model}@`, `${model}#`];
}
function checkModelName(name, input) {
    if (isModelName(name))
        return name;
    throw new shared_errors/* UserError */.yo(`'${name}' is not a valid model name.`, {
        input,
        fix: 'Use lowercase letters, digits, `-` and `_` (and `/` between parts), starting and ending with a letter or digit, e.g. `churn`.',
    });
}
function checkEnvironmentName(name, input) {
    if (isEnvironmentName(name))
        return name;
    throw new shared_errors/* UserError */.yo(`'${name}' is not a valid environment name.`, {
        input,
        fix: 'Use lowercase letters, digits, `-` and `_`, e.g. `staging` or `prod`.',
    });
}

// EXTERNAL MODULE: ./shared/digest.ts
var digest = __webpack_require__(5568);
;// CONCATENATED MODULE: ./shared/registry/tag-message.ts

function single(key, name) {
    return {
        key,
        get: (facts) => (facts[name] === undefined ? [] : [facts[name]]),
        set: (facts, value) => {
            facts[name] = value;
        },
    };
}
function digestField(key, name) {
    return {
        key,
        get: (facts) => (facts[name] === undefined ? [] : [facts[name]]),
        set: (facts, value) => {
            if ((0,digest/* isDigest */.Bc)(value))
                facts[name] = value;
        },
    };
}
const FIELDS = [
    { key: 'Model', get: (f) => [f.model], set: (f, v) => void (f.model = v) },
    single('Version', 'version'),
    single('Environment', 'environment'),
    digestField('Model-Digest', 'modelDigest'),
    { key: 'Data-Version', get: (f) => f.dataVersions, set: (f, v) => void f.dataVersions.push(v) },
    digestField('Evaluation-Digest', 'evaluationDigest'),
    digestField('Evidence-Digest', 'evidenceDigest'),
    single('Previous-Version', 'previousVersion'),
    single('Rollback-Of', 'rollbackOf'),
    { key: 'Forced', get: (f) => (f.forced ? ['true'] : []), set: (f, v) => void (f.forced = v === 'true') },
    single('Reason', 'reason'),
    single('Actor', 'actor'),
    single('Run-Url', 'runUrl'),
];
/** Trailer values are one line: a reason typed with newlines must not forge another trailer. */
function oneLine(text, maxLength = 500) {
    const flat = text.replace(/[\r\n\t\f\v\u2028\u2029]+/g, ' ').replace(/ {2,}/g, ' ').trim();
    return flat.length > maxLength ? `${flat.slice(0, maxLength - 1)}…` : flat;
}
function formatTagMessage(subject, facts) {
    const trailers = FIELDS.flatMap((field) => field.get(facts).map((value) => `${field.key}: ${oneLine(value)}`));
    return `${oneLine(subject)}\n\n${trailers.join('\n')}\n`;
}
/** Reads the trailer block (the last paragraph); unknown keys are ignored, so newer writers stay readable. */
function parseTagMessage(message) {
    const paragraphs = message.trim().split(/\n\s*\n/);
    const subject = paragraphs[0]?.split('\n')[0]?.trim() ?? '';
    const facts = { model: '', dataVersions: [], forced: false };
    if (paragraphs.length < 2)
        return { subject, facts };
    for (const line of (paragraphs.at(-1) ?? '').split('\n')) {
        const match = /^([A-Za-z][A-Za-z-]*):\s?(.*)$/.exec(line.trim());
        const field = match && FIELDS.find((f) => f.key.toLowerCase() === match[1]?.toLowerCase());
        if (field && match)
            field.set(facts, (match[2] ?? '').trim());
    }
    return { subject, facts };
}

;// CONCATENATED MODULE: ./shared/registry/state.ts



function deriveModelState(model, tags) {
    const state = { model, versions: [], environments: new Map(), ignored: [], maxCounter: 0 };
    const assigns = [];
    for (const stored of tags) {
        const tag = parseTagName(stored.name);
        if (!tag || tag.model !== model)
            continue;
        if (tag.kind !== 'register')
            state.maxCounter = Math.max(state.maxCounter, tag.counter);
        if (!stored.annotated) {
            state.ignored.push({ tag: stored.name, why: 'lightweight tag (the registry reads annotated tags only)' });
        }
        else if (tag.kind === 'register') {
            state.versions.push(toVersion(stored, tag.version));
        }
        else {
            assigns.push({ stored, environment: tag.environment, counter: tag.counter, kind: tag.kind });
        }
    }
    state.versions.sort((a, b) => compareSemver(a.semver, b.semver));
    for (const assign of assigns.sort((a, b) => a.counter - b.counter)) {
        const event = toEvent(assign.stored, assign, state.versions);
        if (event.kind === 'assign' && event.version === undefined) {
            state.ignored.push({ tag: event.tag, why: 'names no registered version' });
            continue;
        }
        const events = state.environments.get(event.environment) ?? [];
        events.push(event);
        state.environments.set(event.environment, events);
    }
    return state;
}
function toVersion(stored, semver) {
    const { facts } = parseTagMessage(stored.message);
    const version = `v${semver.major}.${semver.minor}.${semver.patch}${semver.prerelease.length ? `-${semver.prerelease.join('.')}` : ''}`;
    return { version, semver, tag: stored.name, commit: stored.commit, taggedAt: stored.taggedAt, facts };
}
function toEvent(stored, parsed, versions) {
    const { facts } = parseTagMessage(stored.message);
    const base = { kind: parsed.kind, tag: stored.name, environment: parsed.environment, counter: parsed.counter };
    const common = { ...base, commit: stored.commit, taggedAt: stored.taggedAt, facts };
    if (parsed.kind === 'unassign')
        return common;
    return { ...common, version: resolveAssignedVersion(facts, stored.commit, versions) };
}
/**
 * Our tags say the version in a `Version:` trailer; tags written by GTO itself do not, and GTO resolves
 * the version registered on the same commit (the highest, if several).
 */
function resolveAssignedVersion(facts, commit, versions) {
    const named = facts.version ? parseSemver(facts.version) : undefined;
    if (named)
        return versions.find((v) => compareSemver(v.semver, named) === 0)?.version;
    return versions.filter((v) => v.commit === commit).at(-1)?.version;
}
/** The event that decides the environment's current version, or undefined if nothing was ever assigned. */
function lastEvent(state, environment) {
    return state.environments.get(environment)?.at(-1);
}
function currentVersion(state, environment) {
    const event = lastEvent(state, environment);
    return event?.version === undefined ? undefined : findVersion(state, event.version);
}
function findVersion(state, version) {
    const wanted = parseSemver(version);
    return wanted && state.versions.find((v) => compareSemver(v.semver, wanted) === 0);
}
function latestVersion(state) {
    return state.versions.at(-1);
}
function versionsWithDigest(state, digest) {
    return state.versions.filter((v) => v.facts.modelDigest === digest);
}
/** The next free counter; GTO counts events per model across environments. */
function nextCounter(state) {
    return state.maxCounter + 1;
}
function environmentHistory(state, environment) {
    const events = state.environments.get(environment) ?? [];
    return events.map((event, i) => ({
        event,
        version: event.version,
        from: event.taggedAt,
        until: events[i + 1]?.taggedAt,
        current: i === events.length - 1,
    }));
}
/** What was current at `time`: the highest-counter event tagged at or before it. */
function versionAt(state, environment, time) {
    const events = (state.environments.get(environment) ?? []).filter((e) => e.taggedAt !== undefined && Date.parse(e.taggedAt) <= time.getTime());
    return events.at(-1)?.version;
}
/**
 * Most recent distinct version before the current one, for rollbacks with no explicit target. Versions
 * that an earlier rollback moved away from are skipped: a second rollback must not restore a known-bad model.
 */
function previousDistinctVersion(state, environment) {
    const events = state.environments.get(environment) ?? [];
    const current = events.at(-1)?.version;
    const rolledBack = new Set(events.filter((e) => e.facts.rollbackOf).map((e) => events.find((x) => x.tag === e.facts.rollbackOf)?.version));
    for (let i = events.length - 2; i >= 0; i--) {
        const version = events[i]?.version;
        if (version !== undefined && version !== current && !rolledBack.has(version))
            return version;
    }
    return undefined;
}
/** Every model that has at least one registry tag, sorted. */
function modelNames(tags) {
    const names = new Set();
    for (const stored of tags) {
        const tag = parseTagName(stored.name);
        if (tag)
            names.add(tag.model);
    }
    return [...names].sort();
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./shared/registry/git-tag-store.ts


/**
 * Registry tags in a local git repository, through the `git` CLI. `prepare` writes the tag object with
 * `git mktag`; `publish` creates the ref with `git update-ref <ref> <object> <zero-id>`, which git
 * performs under a lock and only if the ref does not exist: the compare-and-create counters rely on.
 */
const ZERO_ID = '0000000000000000000000000000000000000000';
const RECORD_END = '\u0000\u0000\n';
const FORMAT = ['%(refname:strip=2)', '%(objecttype)', '%(*objectname)', '%(objectname)', '%(taggerdate:iso-strict)', '%(contents)'].join('%00') + '%00%00';
class GitTagStore {
    repository;
    description;
    constructor(repository) {
        this.repository = repository;
        this.description = `git repository ${repository}`;
    }
    async list(prefixes) {
        // An empty prefix lists every tag: `refs/tags` matches literally up to the slash.
        const patterns = prefixes.map((prefix) => (prefix === '' ? 'refs/tags' : `refs/tags/${escapeGlob(prefix)}*`));
        const output = await this.git(['for-each-ref', `--format=${FORMAT}`, ...patterns]);
        return output.split(RECORD_END).filter((record) => record !== '').map(parseRecord);
    }
    async prepare(tag) {
        const seconds = Math.floor(tag.date.getTime() / 1000);
        const body = [
            `object ${tag.commit}`,
            'type commit',
            `tag ${tag.name}`,
            `tagger ${identity(tag.tagger.name)} <${identity(tag.tagger.email)}> ${seconds} +0000`,
            '',
            tag.message,
        ].join('\n');
        return (await this.git(['mktag'], body)).trim();
    }
    async publish(name, objectId) {
        try {
            await this.git(['update-ref', '--create-reflog', `refs/tags/${name}`, objectId, ZERO_ID]);
            return true;
        }
        catch (error) {
            // "reference already exists", or another process holds the lock while creating the same name.
            if (/already exists|cannot lock ref|File exists/i.test(error.message))
                return false;
            throw error;
        }
    }
    async defaultCommit() {
        try {
            return (await this.git(['rev-parse', '--verify', 'HEAD^{commit}'])).trim();
        }
        catch (error) {
            throw new shared_errors/* UserError */.yo(`${this.description} has no commit to tag.`, {
                fix: 'Commit something first (tags point at commits), or pass the commit to tag.',
                cause: error,
            });
        }
    }
    /** The repository's configured identity, as `git tag` would use it; mlci's own when none is set. */
    async tagger() {
        const read = async (key) => (await this.git(['config', '--get', key]).catch(() => '')).trim() || undefined;
        return { name: (await read('user.name')) ?? 'mlci', email: (await read('user.email')) ?? 'mlci@localhost' };
    }
    /** Full commit id of a ref or abbreviated id; a UserError when it does not name a commit. */
    async resolveCommit(ref) {
        try {
            return (await this.git(['rev-parse', '--verify', `${ref}^{commit}`])).trim();
        }
        catch (error) {
            throw new shared_errors/* UserError */.yo(`'${ref}' is not a commit in ${this.description}.`, { fix: 'Pass a commit id or a branch name.', cause: error });
        }
    }
    git(args, input) {
        return new Promise((resolve, reject) => {
            const child = (0,external_node_child_process_.execFile)('git', args, { cwd: this.repository, maxBuffer: 256 * 1024 * 1024 }, (error, stdout, stderr) => {
                if (error)
                    reject(gitError(this.repository, args, stderr, error));
                else
                    resolve(stdout);
            });
            if (input !== undefined)
                child.stdin?.end(input);
        });
    }
}
function parseRecord(record) {
    const [name = '', type = '', peeled = '', object = '', date = '', ...rest] = record.replace(/^\n/, '').split('\u0000');
    const annotated = type === 'tag';
    const tag = { name, commit: annotated ? peeled : object, annotated, message: annotated ? rest.join('\u0000') : '' };
    if (annotated && date)
        tag.taggedAt = new Date(date).toISOString();
    return tag;
}
/** fnmatch metacharacters in a model name must match literally. */
function escapeGlob(text) {
    return text.replace(/[*?[\]\\]/g, (c) => `\\${c}`);
}
/** `<`, `>` and newlines would corrupt the tagger line. */
function identity(text) {
    return text.replace(/[<>\n\r]/g, '').trim() || 'mlci';
}
function gitError(repository, args, stderr, error) {
    const detail = stderr.trim() || error.message;
    if (/not a git repository/i.test(detail)) {
        return new shared_errors/* UserError */.yo(`${repository} is not a git repository.`, {
            fix: 'Run the command inside a git checkout, or pass --repo <path>.',
            cause: error,
        });
    }
    if (error.code === 'ENOENT') {
        return new shared_errors/* UserError */.yo('git is not installed or not on PATH.', { fix: 'Install git.', cause: error });
    }
    return new Error(`git ${args[0]} failed in ${repository}: ${detail}`, { cause: error });
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./shared/schemas/evaluation-record.ts
var evaluation_record = __webpack_require__(6521);
// EXTERNAL MODULE: ./shared/schemas/gate-decision.ts
var gate_decision = __webpack_require__(5041);
;// CONCATENATED MODULE: ./shared/registry/evidence.ts





/** Reads an evaluation record or a gate decision (told apart by `kind`). */
function parseEvidence(text, source) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        throw new shared_errors/* UserError */.yo(`Evidence ${source} is not JSON: ${error.message}`, {
            input: 'evidence',
            file: source,
            fix: 'Pass the evaluation record written by `evaluate` or the decision written by `gate`.',
        });
    }
    const kind = value?.kind;
    if (kind === 'evaluation-record')
        return fromEvaluation(value, source);
    if (kind === 'gate-decision')
        return fromGateDecision(value, source);
    throw new shared_errors/* UserError */.yo(`Evidence ${source} is a '${String(kind)}' record; expected an evaluation record or a gate decision.`, {
        input: 'evidence',
        file: source,
        field: '/kind',
        fix: 'Pass the evaluation record written by `evaluate` or the decision written by `gate`.',
    });
}
function fromEvaluation(value, source) {
    const record = evaluation_record/* evaluationRecordType */.oo.validate(value, source);
    return {
        kind: 'evaluation',
        source,
        digest: (0,digest/* digestOfJson */.Qs)(record),
        modelDigest: record.model.digest,
        passed: true,
        at: record.createdAt,
        evaluationDigest: (0,digest/* digestOfJson */.Qs)(record),
        metrics: record.metrics,
        canonical: (0,digest/* canonicalJson */.dj)(record),
    };
}
/** A gate decision passes when its check-run conclusion is success (an override label counts, visibly). */
function fromGateDecision(value, source) {
    const decision = gate_decision/* gateDecisionType */.U.validate(value, source);
    const evaluationDigest = decision.evaluations[0];
    return {
        kind: 'gate',
        source,
        digest: (0,digest/* digestOfJson */.Qs)(decision),
        modelDigest: decision.model,
        passed: decision.conclusion === 'success',
        at: decision.createdAt,
        ...(evaluationDigest ? { evaluationDigest } : {}),
        canonical: (0,digest/* canonicalJson */.dj)(decision),
    };
}
/** The evidence that satisfies the requirement, or a UserError saying what is missing and how to get it. */
function checkEvidence(evidence, check) {
    if (check.requirement === 'none')
        return evidence.find((e) => e.modelDigest === check.modelDigest);
    const wanted = check.requirement === 'gate' ? 'gate decision' : 'evaluation record';
    const candidates = evidence.filter((e) => check.requirement === 'evaluation' || e.kind === 'gate');
    const fix = check.requirement === 'gate'
        ? `Run the gate action on ${check.modelDigest} and pass its decision file as evidence (or force with a reason).`
        : `Evaluate ${check.modelDigest} and pass the evaluation record as evidence (or force with a reason).`;
    if (candidates.length === 0) {
        throw new shared_errors/* UserError */.yo(`Promotion to '${check.environment}' requires a ${wanted}, and none was given.`, { input: 'evidence', fix });
    }
    const forDigest = candidates.filter((e) => e.modelDigest === check.modelDigest);
    if (forDigest.length === 0) {
        const other = candidates.map((e) => `${e.source} is about ${e.modelDigest}`).join('; ');
        throw new shared_errors/* UserError */.yo(`No ${wanted} is about the model being promoted (${check.modelDigest}): ${other}.`, { input: 'evidence', fix });
    }
    const passed = forDigest.filter((e) => e.passed);
    if (passed.length === 0) {
        throw new shared_errors/* UserError */.yo(`The gate did not pass ${check.modelDigest} (${forDigest.map((e) => e.source).join(', ')}).`, { input: 'evidence', fix: 'Fix the regression and run the gate again; or force with a reason if this is deliberate.' });
    }
    return freshest(passed, check, wanted, fix);
}
function freshest(passed, check, wanted, fix) {
    const newest = [...passed].sort((a, b) => Date.parse(b.at) - Date.parse(a.at))[0];
    const age = check.now.getTime() - Date.parse(newest.at);
    if (check.maxAgeMs !== undefined && age > check.maxAgeMs) {
        const days = (age / 86_400_000).toFixed(1);
        throw new shared_errors/* UserError */.yo(`The ${wanted} ${newest.source} is stale: made ${newest.at} (${days} days ago), '${check.environment}' accepts evidence up to ${check.maxAgeText ?? `${check.maxAgeMs} ms`} old.`, {
            input: 'evidence',
            fix,
        });
    }
    return newest;
}
/**
 * The `evidence` input: one entry per line, each a file path, a store digest, or the record itself as
 * one line of JSON (the gate action's `decision` output). Not split on commas, unlike other list inputs:
 * JSON is full of them.
 */
function splitEvidenceInput(text) {
    return (text ?? '').split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '');
}
/** Evidence named by file path, by digest of a record in the store, or given inline as JSON. */
async function loadEvidence(specs, store, input = 'evidence') {
    return Promise.all(specs.map((spec, i) => loadOne(spec, store, input, i)));
}
async function loadOne(spec, store, input, index) {
    if (spec.startsWith('{'))
        return parseEvidence(spec, `${input} (entry ${index + 1}, inline JSON)`);
    if ((0,digest/* isDigest */.Bc)(spec)) {
        if (!(await store.hasBlob(spec)))
            throw new shared_errors/* UserError */.yo(`Evidence ${spec} is not in the store ${store.location}.`, { input, fix: 'Pass the record file, or the store the evaluate/gate step wrote to.' });
        return parseEvidence((await store.getBlob(spec)).toString('utf8'), spec);
    }
    try {
        return parseEvidence(await (0,promises_.readFile)(spec, 'utf8'), spec);
    }
    catch (error) {
        if (error instanceof shared_errors/* UserError */.yo)
            throw error;
        throw new shared_errors/* UserError */.yo(`Evidence file ${spec} ${(0,shared_errors/* errnoCode */.UK)(error) === 'ENOENT' ? 'does not exist' : 'cannot be read'}.`, {
            input,
            file: spec,
            fix: 'Pass the path of the evaluation record or gate decision written by an earlier step (download it first if it is an artifact).',
            cause: error,
        });
    }
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./shared/schemas/record-type.ts
var record_type = __webpack_require__(5021);
;// CONCATENATED MODULE: ./shared/schemas/promotion.ts

const DURATION_PATTERN = '^[1-9][0-9]*(s|m|h|d|w)$';
const promotionConfigSchema = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://mlci.dev/schemas/promotion-config.json',
    type: 'object',
    required: ['environments'],
    additionalProperties: false,
    properties: {
        environments: {
            type: 'object',
            minProperties: 1,
            propertyNames: { pattern: '^[a-z0-9](?:[a-z0-9_-]*[a-z0-9])?$' },
            additionalProperties: {
                type: ['object', 'null'],
                additionalProperties: false,
                properties: {
                    from: { type: 'string', minLength: 1 },
                    'min-time-in-from': { type: 'string', pattern: DURATION_PATTERN },
                    evidence: { enum: ['none', 'evaluation', 'gate'] },
                    'max-evidence-age': { type: 'string', pattern: DURATION_PATTERN },
                    'allow-force': { type: 'boolean' },
                },
            },
        },
    },
};
const promotionEventSchema = {
    type: 'object',
    additionalProperties: false,
    required: ['kind', 'schemaVersion', 'action', 'model', 'version', 'environment', 'tag', 'modelDigest', 'dataVersions', 'forced', 'at'],
    properties: {
        kind: { const: 'promotion-event' },
        schemaVersion: { const: 1 },
        action: { enum: ['promote', 'rollback'] },
        model: { type: 'string', minLength: 1 },
        version: { type: 'string', pattern: '^v' },
        environment: { type: 'string', minLength: 1 },
        tag: { type: 'string', minLength: 1 },
        registeredTag: { type: 'string', minLength: 1 },
        modelDigest: { $ref: 'defs.json#/$defs/digest' },
        previousVersion: { type: 'string' },
        dataVersions: { type: 'array', items: { type: 'string' } },
        evaluationDigest: { $ref: 'defs.json#/$defs/digest' },
        evidenceDigest: { $ref: 'defs.json#/$defs/digest' },
        rollbackOf: { type: 'string' },
        reason: { type: 'string' },
        forced: { type: 'boolean' },
        deploymentId: { type: 'integer' },
        actor: { type: 'string' },
        runUrl: { type: 'string' },
        at: { $ref: 'defs.json#/$defs/timestamp' },
    },
};
const promotionEventType = new record_type/* RecordType */.ee('promotion-event', 1, promotionEventSchema);
const environmentPointerType = new record_type/* RecordType */.ee('environment-pointer', 1, {
    type: 'object',
    additionalProperties: false,
    required: ['kind', 'schemaVersion', 'model', 'environment', 'version', 'modelDigest', 'tag', 'counter', 'updatedAt'],
    properties: {
        kind: { const: 'environment-pointer' },
        schemaVersion: { const: 1 },
        model: { type: 'string' },
        environment: { type: 'string' },
        version: { type: 'string' },
        modelDigest: { $ref: 'defs.json#/$defs/digest' },
        tag: { type: 'string' },
        counter: { type: 'integer', minimum: 1 },
        updatedAt: { $ref: 'defs.json#/$defs/timestamp' },
    },
});

;// CONCATENATED MODULE: ./shared/registry/promotion-config.ts





/**
 * Reads and checks the promotion config (YAML or JSON). Every problem names the file, line and column
 * and the field, because a wrong promotion rule is found at the worst possible moment: on the way to prod.
 */
const promotionValidator = (0,record_type/* compileOnFirstUse */.E0)(() => (0,record_type/* createAjv */.gr)().compile(promotionConfigSchema));
/** With no config file every environment is allowed, in any order, and needs a passing gate decision. */
const DEFAULT_ENVIRONMENT_RULE = {
    evidence: 'gate',
    'allow-force': true,
};
async function loadPromotionConfig(path, input = 'config') {
    if (path === undefined)
        return { lines: new Map() };
    let text;
    try {
        text = await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        const missing = (0,shared_errors/* errnoCode */.UK)(error) === 'ENOENT';
        throw new shared_errors/* UserError */.yo(`Promotion config ${path} ${missing ? 'does not exist' : 'cannot be read'}.`, {
            input,
            file: path,
            fix: missing ? 'Commit the promotion file (see examples/promotion.yml) or fix the path.' : 'Check the file permissions.',
            cause: error,
        });
    }
    return parsePromotionConfig(text, path);
}
function parsePromotionConfig(text, source) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, prettyErrors: false });
    const syntax = doc.errors[0];
    if (syntax) {
        const pos = lineCounter.linePos(syntax.pos[0]);
        throw new shared_errors/* UserError */.yo(`${source} is not valid YAML: ${syntax.message.split('\n')[0]}`, {
            file: source,
            line: pos.line,
            column: pos.col,
            fix: 'Check the indentation and quoting at that line.',
        });
    }
    const value = doc.toJS() ?? {};
    const validate = promotionValidator();
    if (!validate(value))
        throw schemaError(doc, lineCounter, source, validate.errors ?? []);
    const config = normalize(value);
    const lines = environmentLines(doc, lineCounter, Object.keys(config.environments));
    checkOrder(config, source, lines);
    return { source, config, lines };
}
/** `prod:` with nothing under it is an environment with default rules. */
function normalize(config) {
    const environments = {};
    for (const [name, rule] of Object.entries(config.environments))
        environments[name] = rule ?? {};
    return { environments };
}
function schemaError(doc, counter, source, errors) {
    const first = errors[0];
    const params = first.params;
    const path = first.instancePath.split('/').slice(1).map(unescapePointer);
    const extra = typeof params.additionalProperty === 'string' ? params.additionalProperty : undefined;
    const field = extra === undefined ? first.instancePath || '/' : `${first.instancePath}/${extra}`;
    const position = nodePosition(doc, counter, path, extra);
    return new shared_errors/* UserError */.yo(`${field} ${first.message ?? 'is invalid'}${describeParams(params)}.`, {
        file: source,
        field,
        ...position,
        fix: 'Each environment takes: from, min-time-in-from (e.g. 24h), evidence (none, evaluation, gate), max-evidence-age (e.g. 7d), allow-force. See examples/promotion.yml.',
    });
}
function describeParams(params) {
    if (typeof params.additionalProperty === 'string')
        return ` ('${params.additionalProperty}')`;
    if (Array.isArray(params.allowedValues))
        return ` (${params.allowedValues.join(', ')})`;
    if (typeof params.pattern === 'string')
        return ` (${params.pattern})`;
    return '';
}
function unescapePointer(segment) {
    return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}
/** Line/column of the node at `path` (or of the key `extra` inside it), 1-based. */
function nodePosition(doc, counter, path, extra) {
    let node = path.length === 0 ? doc.contents : doc.getIn(path, true);
    if (extra !== undefined && (0,dist/* isMap */.jh)(node)) {
        node = node.items.find((pair) => (0,dist/* isNode */.Ll)(pair.key) && pair.key.value === extra)?.key ?? node;
    }
    const offset = (0,dist/* isNode */.Ll)(node) ? node.range?.[0] : undefined;
    if (offset === undefined)
        return {};
    const pos = counter.linePos(offset);
    return { line: pos.line, column: pos.col };
}
function environmentLines(doc, counter, names) {
    const lines = new Map();
    const environments = doc.get('environments', true);
    if (!(0,dist/* isMap */.jh)(environments))
        return lines;
    for (const pair of environments.items) {
        const key = (0,dist/* isNode */.Ll)(pair.key) ? pair.key : undefined;
        if (key?.range && names.includes(String(key.value)))
            lines.set(String(key.value), counter.linePos(key.range[0]).line);
    }
    return lines;
}
/** `from` must name a declared environment, and following `from` must never loop. */
function checkOrder(config, source, lines) {
    for (const [name, rule] of Object.entries(config.environments)) {
        const where = { file: source, line: lines.get(name), field: `/environments/${name}/from` };
        if (rule['min-time-in-from'] !== undefined && rule.from === undefined) {
            throw new shared_errors/* UserError */.yo(`Environment '${name}' sets min-time-in-from without from.`, { ...where, field: `/environments/${name}/min-time-in-from`, fix: `Add \`from: <environment>\` to '${name}', or remove min-time-in-from.` });
        }
        if (rule.from !== undefined && !(rule.from in config.environments)) {
            throw new shared_errors/* UserError */.yo(`Environment '${name}' comes from '${rule.from}', which is not declared.`, { ...where, fix: `Declare '${rule.from}' under environments, or fix the name.` });
        }
        const seen = new Set([name]);
        for (let next = rule.from; next !== undefined; next = config.environments[next]?.from) {
            if (seen.has(next))
                throw new shared_errors/* UserError */.yo(`Environments loop through '${name}' ← '${next}'.`, { ...where, fix: 'The first environment must have no from.' });
            seen.add(next);
        }
    }
}
/** The rule for `environment`, or a UserError when the config does not declare it. */
function environmentRule(loaded, environment, input = 'environment') {
    if (!loaded.config)
        return { ...DEFAULT_ENVIRONMENT_RULE };
    const rule = loaded.config.environments[environment];
    if (rule !== undefined)
        return { ...DEFAULT_ENVIRONMENT_RULE, ...rule };
    const declared = Object.keys(loaded.config.environments).join(', ');
    throw new shared_errors/* UserError */.yo(`Environment '${environment}' is not in ${loaded.source ?? 'the promotion config'} (declared: ${declared}).`, {
        input,
        file: loaded.source,
        fix: `Use one of: ${declared}; or declare '${environment}' under environments in ${loaded.source ?? 'the config'}.`,
    });
}
const UNIT_MS = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };
/** `24h` → milliseconds; the schema already guarantees the shape. */
function durationMs(text) {
    const match = /^(\d+)([smhdw])$/.exec(text);
    if (!match)
        throw new Error(`not a duration: ${text}`);
    return Number(match[1]) * UNIT_MS[match[2]];
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./shared/registry/artifact.ts





async function resolveArtifact(artifact, store, input = 'artifact') {
    if (artifact.startsWith('sha256:')) {
        if (!(0,digest/* isDigest */.Bc)(artifact)) {
            throw new shared_errors/* UserError */.yo(`'${artifact}' is not a SHA-256 digest.`, { input, fix: 'Write sha256: followed by 64 lowercase hex digits, or give the model file path.' });
        }
        if (!(await store.hasBlob(artifact))) {
            throw new shared_errors/* UserError */.yo(`Model ${artifact} is not in the store ${store.location}.`, { input, fix: 'Pass the model file path (it is uploaded), or the store the train action wrote to.' });
        }
        return { digest: artifact };
    }
    return { digest: await hashFile(artifact, input), file: artifact };
}
async function hashFile(path, input) {
    try {
        if (!(await (0,promises_.stat)(path)).isFile())
            throw new shared_errors/* UserError */.yo(`Artifact ${path} is not a file.`, { input, file: path, fix: 'Pass the model file (e.g. model.onnx), not a directory.' });
        const hash = (0,external_node_crypto_.createHash)('sha256');
        for await (const chunk of (0,external_node_fs_.createReadStream)(path))
            hash.update(chunk);
        return (0,digest/* toDigest */.O6)(hash.digest('hex'));
    }
    catch (error) {
        if (error instanceof shared_errors/* UserError */.yo)
            throw error;
        const missing = (0,shared_errors/* errnoCode */.UK)(error) === 'ENOENT';
        throw new shared_errors/* UserError */.yo(`Artifact ${path} ${missing ? 'does not exist' : 'cannot be read'}.`, {
            input,
            file: path,
            fix: missing ? 'Check the path (relative to the working directory), or pass the model digest from the train step.' : 'Check the file permissions.',
            cause: error,
        });
    }
}

// EXTERNAL MODULE: ./shared/store/object-store.ts
var object_store = __webpack_require__(4637);
;// CONCATENATED MODULE: ./shared/registry/assignment.ts






/**
 * The write half shared by promote and rollback: allocate the next counter by creating the assign ref
 * (a taken name means another promotion won that counter: re-read and take the next), then move the
 * environment's pointer in the store by compare-and-swap to whatever the tags now say is current.
 */
const MAX_ATTEMPTS = 25;
async function readModelState(deps, model) {
    return deriveModelState(model, await deps.tags.list(modelTagPrefixes(model)));
}
/** Writes the tag object for the next counter; nothing is visible until `publishAssignment`. */
async function prepareAssignment(deps, spec, state, after = 0) {
    const counter = Math.max(nextCounter(state), after + 1);
    const name = formatTagName({ kind: 'assign', model: spec.model, environment: spec.environment, counter });
    const previousVersion = currentVersion(state, spec.environment)?.version;
    const facts = { ...spec.facts, ...(previousVersion ? { previousVersion } : {}) };
    const date = (deps.clock ?? (() => new Date()))();
    const objectId = await deps.tags.prepare({ name, commit: spec.commit, message: formatTagMessage(spec.subject, facts), tagger: deps.tagger, date });
    return { spec, name, counter, objectId, ...(previousVersion ? { previousVersion } : {}) };
}
/** Creates the ref; on a lost race re-reads the tags and tries the next counter. */
async function publishAssignment(deps, prepared) {
    let attempt = prepared;
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
        if (await deps.tags.publish(attempt.name, attempt.objectId))
            return attempt;
        deps.log?.(`${attempt.name} was taken by a concurrent promotion; retrying with the next counter.`);
        const state = await readModelState(deps, attempt.spec.model);
        attempt = await prepareAssignment(deps, attempt.spec, state, attempt.counter);
    }
    throw new shared_errors/* UserError */.yo(`Could not allocate an event counter for ${prepared.spec.model} in ${MAX_ATTEMPTS} attempts.`, {
        fix: 'Too many promotions of this model are running at once; run fewer concurrently (a workflow `concurrency:` group per model).',
    });
}
function pointerKey(model, environment) {
    return `environments/${model}/${environment}`;
}
/**
 * Moves `environments/<model>/<env>` to the version the tags say is current, never backwards: a pointer
 * already at a higher counter (a concurrent promotion that finished first) is left alone.
 */
async function syncEnvironmentPointer(deps, model, environment) {
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
        const state = await readModelState(deps, model);
        const event = lastEvent(state, environment);
        const version = event?.version === undefined ? undefined : findVersion(state, event.version);
        if (!event || !version?.facts.modelDigest)
            return undefined;
        const key = pointerKey(model, environment);
        const existing = await deps.store.readPointer(key);
        const old = existing ? environmentPointerType.parse(existing.body.toString('utf8'), key) : undefined;
        if (old && old.counter >= event.counter)
            return old;
        const body = {
            kind: 'environment-pointer',
            schemaVersion: 1,
            model,
            environment,
            version: version.version,
            modelDigest: version.facts.modelDigest,
            tag: event.tag,
            counter: event.counter,
            updatedAt: (deps.clock ?? (() => new Date()))().toISOString(),
        };
        try {
            await deps.store.writePointer(key, environmentPointerType.serialize(body), existing ? { ifMatch: existing.etag } : { ifNoneMatch: '*' });
            return body;
        }
        catch (error) {
            if (!(error instanceof object_store/* PreconditionFailed */.OJ))
                throw error;
        }
    }
    throw new Error(`pointer ${pointerKey(model, environment)} kept changing under ${MAX_ATTEMPTS} attempts`);
}
/** The event record next to the tag, as a blob: the tag says what happened, the record keeps every detail. */
async function writePromotionEvent(deps, event) {
    return deps.store.putBlob(Buffer.from(promotionEventType.serialize(event)));
}

// EXTERNAL MODULE: ./shared/lineage/lineage-store.ts
var lineage_store = __webpack_require__(1381);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
;// CONCATENATED MODULE: ./shared/registry/resolve.ts








function isRegistryReference(text) {
    return parseReference(text) !== undefined;
}
function parseReference(text) {
    const env = /^(.+)#([^#!@]+)$/.exec(text);
    if (env && isModelName(env[1] ?? '') && isEnvironmentName(env[2] ?? ''))
        return { model: env[1], environment: env[2] };
    const at = /^(.+)@(v?\d[^@#!]*)$/.exec(text);
    if (at && isModelName(at[1] ?? '') && parseSemver(at[2] ?? ''))
        return { model: at[1], version: at[2] };
    return undefined;
}
async function resolveRegistryReference(text, tags, input = 'baseline-model') {
    const ref = parseReference(text);
    if (!ref)
        throw new shared_errors/* UserError */.yo(`'${text}' is not a registry reference.`, { input, fix: 'Write `<model>#<environment>` (e.g. churn#prod) or `<model>@<version>` (e.g. churn@v1.2.0).' });
    const state = await readModelState({ tags }, ref.model);
    const version = ref.environment ? currentVersion(state, ref.environment) : findVersion(state, ref.version ?? '');
    if (!version) {
        const what = ref.environment ? `Nothing of ${ref.model} is current in '${ref.environment}'` : `${ref.model} has no version ${ref.version ?? ''}`;
        throw new shared_errors/* UserError */.yo(`${what} in ${tags.description}.`, { input, fix: `List what exists with \`mlci registry show ${ref.model}\`.` });
    }
    if (!version.facts.modelDigest)
        throw new shared_errors/* UserError */.yo(`${version.tag} records no model digest.`, { input, fix: 'Promote the version with mlci so its tag carries the digest.' });
    return { model: ref.model, version: version.version, modelDigest: version.facts.modelDigest, tag: version.tag, ...(ref.environment ? { environment: ref.environment } : {}) };
}
/**
 * For `baseline-model: churn#prod`: resolve the reference and write the model from the store to
 * `<dir>/<model>-<version>.onnx` (verified on the way). Returns undefined when `text` is not a reference
 * (a plain path), so callers can pass any baseline-model value through it.
 */
async function fetchReferencedModel(text, deps, dir, input = 'baseline-model') {
    if (!isRegistryReference(text))
        return undefined;
    const resolved = await resolveRegistryReference(text, deps.tags, input);
    if (!(await deps.store.hasBlob(resolved.modelDigest))) {
        throw new shared_errors/* UserError */.yo(`${text} is ${resolved.version} (${resolved.modelDigest}), which is not in the store ${deps.store.location}.`, { input, fix: 'Pass the store the model was promoted from.' });
    }
    const path = (0,external_node_path_.join)(dir, `${resolved.model.replace(/\//g, '-')}-${resolved.version}.onnx`);
    await deps.store.getBlobToFile(resolved.modelDigest, path);
    return { ...resolved, path };
}
/**
 * Evaluate's hook for registry references: `churn#prod` or `churn@v1.2.0` becomes a verified copy of
 * that model from the store in a temporary directory; a plain path is left alone (undefined).
 */
function registryModelResolver(openTags, openStore) {
    return async (spec, input) => {
        if (!isRegistryReference(spec))
            return undefined;
        const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'mlci-model-'));
        const cleanup = () => (0,promises_.rm)(dir, { recursive: true, force: true });
        try {
            const fetched = await fetchReferencedModel(spec, { tags: openTags(), store: openStore() }, dir, input);
            return { path: fetched.path, cleanup };
        }
        catch (error) {
            await cleanup();
            throw error;
        }
    };
}

;// CONCATENATED MODULE: ./shared/registry/promote.ts











/**
 * Registers (if new) and assigns a model version to an environment. Every check runs before the first
 * write; the writes then go: tag objects (proves contents: write), deployment (proves deployments:
 * write), refs, deployment status, store pointer, event record, dispatch.
 */
async function promote(options, deps) {
    const plan = await planPromotion(options, deps);
    const current = currentVersion(plan.state, options.environment);
    if (current?.version === plan.version) {
        // A re-run after a crash between the tag and the pointer finishes the pointer; otherwise a no-op.
        await syncEnvironmentPointer(deps, options.model, options.environment);
        return alreadyCurrent(options, plan);
    }
    if (plan.artifact.file)
        await deps.store.putBlob({ file: plan.artifact.file, digest: plan.artifact.digest });
    await keepEvidence(options.evidence, plan.artifact.digest, deps);
    return writePromotion(options, plan, deps);
}
/**
 * The evidence about this model goes into the store under its digest, which the tags record: a later
 * rollback (or an auditor) finds each version's metrics from the tag alone, long after CI artifacts expire.
 */
async function keepEvidence(evidence, modelDigest, deps) {
    for (const e of evidence.filter((x) => x.modelDigest === modelDigest))
        await deps.store.putBlob(Buffer.from(e.canonical));
}
async function planPromotion(options, deps) {
    const model = checkModelName(options.model, 'model');
    const environment = checkEnvironmentName(options.environment, 'environment');
    const rule = environmentRule(options.config, environment);
    const forced = checkForce(options, rule);
    const state = await readModelState(deps, model);
    const artifact = await resolvePromotedArtifact(options.artifact, state, deps);
    const { version, existing } = chooseVersion(state, options.version, artifact.digest);
    const now = (deps.clock ?? (() => new Date()))();
    if (!forced)
        promote_checkOrder(state, rule, environment, version, now);
    const given = options.evidence.length > 0 ? options.evidence : await recordedEvidence(state, deps, version);
    const evidence = forced ? given.find((e) => e.modelDigest === artifact.digest) : checkEvidence(given, evidenceCheck(rule, artifact.digest, now, environment));
    const commit = existing?.commit ?? options.commit ?? (await deps.tags.defaultCommit());
    const trainedOn = await trainingData(deps, artifact.digest);
    const facts = buildFacts(options, { model, version, environment, digest: artifact.digest, evidence, forced, deps, trainedOn });
    return { artifact, state, version, ...(existing ? { existing } : {}), ...(evidence ? { evidence } : {}), forced, commit, facts };
}
/** `artifact: churn#staging` promotes what staging runs: the reference resolves through the same tags. */
async function resolvePromotedArtifact(artifact, state, deps) {
    if (!isRegistryReference(artifact))
        return resolveArtifact(artifact, deps.store);
    const resolved = await resolveRegistryReference(artifact, deps.tags, 'artifact');
    if (resolved.model !== state.model) {
        throw new shared_errors/* UserError */.yo(`artifact ${artifact} is a version of '${resolved.model}', not of '${state.model}'.`, { input: 'artifact', fix: `Use ${state.model}#<environment> or ${state.model}@<version>.` });
    }
    return resolveArtifact(resolved.modelDigest, deps.store);
}
/**
 * With no evidence given, the evidence an earlier promotion of this version recorded (its digest is in
 * the tags, the record in the store) is used: a version promoted to staging on a passing gate carries that
 * decision on to prod, where freshness and the prod rules are checked again.
 */
async function recordedEvidence(state, deps, version) {
    const events = [...state.environments.values()].flat().filter((e) => e.version === version);
    const digests = new Set([findVersion(state, version)?.facts.evidenceDigest, ...events.map((e) => e.facts.evidenceDigest)]);
    const present = [];
    for (const digest of digests)
        if (digest && (await deps.store.hasBlob(digest)))
            present.push(digest);
    return loadEvidence(present, deps.store);
}
/** The data versions the train step recorded for this model (its newest lineage record), if any. */
async function trainingData(deps, digest) {
    if (!(await (0,lineage_store/* lineageIndexOf */.X0)(deps.store, digest)))
        return [];
    const record = (await (0,lineage_store/* lineageOfModel */.mu)(deps.store, digest)).at(-1);
    return (record?.data ?? []).map((d) => `${d.number === undefined ? d.spec : `${d.name}@${d.number}`} ${d.digest}`);
}
function checkForce(options, rule) {
    if (!options.force)
        return false;
    if (rule['allow-force'] === false) {
        throw new shared_errors/* UserError */.yo(`The promotion config does not allow force for '${options.environment}'.`, { input: 'force', fix: 'Promote with evidence, or set allow-force: true for this environment.' });
    }
    if (!options.reason?.trim()) {
        throw new shared_errors/* UserError */.yo('force skips the evidence checks, so it needs a reason, which is recorded in the tag.', { input: 'reason', fix: 'Set `reason:` to why this promotion cannot wait for evidence.' });
    }
    return true;
}
function evidenceCheck(rule, modelDigest, now, environment) {
    const maxAge = rule['max-evidence-age'];
    return {
        requirement: rule.evidence ?? 'gate',
        modelDigest,
        now,
        environment,
        ...(maxAge ? { maxAgeMs: durationMs(maxAge), maxAgeText: maxAge } : {}),
    };
}
/** A bump reuses the version already registered for this digest, so staging → prod does not bump twice. */
function chooseVersion(state, requested, digest) {
    if (isBumpPart(requested)) {
        const same = versionsWithDigest(state, digest).at(-1);
        if (same)
            return { version: same.version, existing: same };
        return { version: formatSemver(bumpSemver(latestVersion(state)?.semver, requested)) };
    }
    const semver = parseSemver(requested);
    if (!semver) {
        throw new shared_errors/* UserError */.yo(`'${requested}' is not a version.`, { input: 'version', fix: 'Write a semantic version such as 1.4.0 (or v1.4.0), or patch, minor or major.' });
    }
    const version = formatSemver(semver);
    const existing = findVersion(state, version);
    if (existing && existing.facts.modelDigest !== digest) {
        throw new shared_errors/* UserError */.yo(`${state.model}@${version} already exists with another model (${existing.facts.modelDigest ?? 'no digest'}); this artifact is ${digest}.`, {
            input: 'version',
            fix: `Versions are immutable: pick a new version (e.g. \`version: patch\`), or promote ${existing.facts.modelDigest ?? 'the registered model'} itself.`,
        });
    }
    return existing ? { version, existing } : { version };
}
/** prod `from: staging`: the version must be current in staging, for at least min-time-in-from. */
function promote_checkOrder(state, rule, environment, version, now) {
    if (rule.from === undefined)
        return;
    const there = currentVersion(state, rule.from);
    if (there?.version !== version) {
        throw new shared_errors/* UserError */.yo(`${state.model} ${version} cannot go to '${environment}': it must be current in '${rule.from}' first (current there: ${there?.version ?? 'nothing'}).`, {
            input: 'environment',
            fix: `Promote ${version} to '${rule.from}' first, or force with a reason.`,
        });
    }
    const minimum = rule['min-time-in-from'];
    const since = lastEvent(state, rule.from)?.taggedAt;
    if (minimum === undefined || since === undefined)
        return;
    const waited = now.getTime() - Date.parse(since);
    if (waited < durationMs(minimum)) {
        const ready = new Date(Date.parse(since) + durationMs(minimum)).toISOString();
        throw new shared_errors/* UserError */.yo(`${state.model} ${version} has been in '${rule.from}' since ${since}; '${environment}' requires ${minimum} there (ready at ${ready}).`, {
            input: 'environment',
            fix: `Wait until ${ready}, or force with a reason.`,
        });
    }
}
function buildFacts(options, v) {
    const fromEvidence = options.evidence.filter((e) => e.modelDigest === v.digest);
    // An evaluation record given directly names itself; a gate decision names the records it judged.
    const ordered = [...fromEvidence.filter((e) => e.kind === 'evaluation'), ...fromEvidence.filter((e) => e.kind === 'gate')];
    const evaluationDigest = ordered.map((e) => e.evaluationDigest).find((d) => d !== undefined);
    const dataVersions = [...new Set([...v.trainedOn, ...(options.dataVersions ?? [])])];
    return {
        model: v.model,
        version: v.version,
        environment: v.environment,
        modelDigest: v.digest,
        dataVersions,
        ...(evaluationDigest ? { evaluationDigest } : {}),
        ...(v.evidence ? { evidenceDigest: v.evidence.digest } : {}),
        ...(options.reason?.trim() ? { reason: oneLine(options.reason) } : {}),
        forced: v.forced,
        ...(v.deps.actor ? { actor: v.deps.actor } : {}),
        ...(v.deps.runUrl ? { runUrl: v.deps.runUrl } : {}),
    };
}
function alreadyCurrent(options, plan) {
    const event = lastEvent(plan.state, options.environment);
    return {
        model: options.model,
        environment: options.environment,
        version: plan.version,
        modelDigest: plan.artifact.digest,
        tag: event?.tag ?? '',
        ...(event?.facts.previousVersion ? { previousVersion: event.facts.previousVersion } : {}),
        changed: false,
        forced: plan.forced,
    };
}
async function writePromotion(options, plan, deps) {
    const register = plan.existing ? undefined : await prepareRegistration(plan, deps);
    const spec = {
        model: options.model,
        environment: options.environment,
        version: plan.version,
        commit: plan.commit,
        subject: `Assign ${options.model} ${plan.version} to ${options.environment}`,
        facts: plan.facts,
    };
    const prepared = await prepareAssignment(deps, spec, plan.state);
    const deploymentId = await deps.deployments?.create(deploymentRequest(options, plan, register?.name));
    try {
        if (register)
            await publishRegistration(deps, plan, register);
        const assigned = await publishAssignment(deps, prepared);
        return await finishPromotion(options, plan, deps, { assigned, deploymentId, registeredTag: register?.name });
    }
    catch (error) {
        if (deploymentId !== undefined)
            await deps.deployments?.setStatus(deploymentId, 'error', { description: 'Promotion failed before the registry was updated.' });
        throw error;
    }
}
async function prepareRegistration(plan, deps) {
    const semver = parseSemver(plan.version);
    if (!semver)
        throw new Error(`internal: version ${plan.version} did not parse`);
    const name = formatTagName({ kind: 'register', model: plan.facts.model, version: semver });
    const { environment: _environment, reason: _reason, forced: _forced, ...facts } = plan.facts;
    const message = formatTagMessage(`Register ${plan.facts.model} ${plan.version}`, { ...facts, forced: false });
    const date = (deps.clock ?? (() => new Date()))();
    return { name, objectId: await deps.tags.prepare({ name, commit: plan.commit, message, tagger: deps.tagger, date }) };
}
/** A concurrent promotion may have registered the same version first: fine if it is the same model. */
async function publishRegistration(deps, plan, register) {
    if (await deps.tags.publish(register.name, register.objectId))
        return;
    const winner = findVersion(await readModelState(deps, plan.facts.model), plan.version);
    if (winner?.facts.modelDigest === plan.artifact.digest)
        return;
    throw new shared_errors/* UserError */.yo(`${register.name} was just registered by a concurrent promotion with another model (${winner?.facts.modelDigest ?? 'unknown'}).`, {
        input: 'version',
        fix: 'Run the promotion again with `version: patch` to take the next version.',
    });
}
function deploymentRequest(options, plan, registeredTag) {
    return {
        environment: options.environment,
        ref: plan.commit,
        description: `${options.model} ${plan.version}`.slice(0, 140),
        payload: {
            model: options.model,
            version: plan.version,
            modelDigest: plan.artifact.digest,
            versionTag: registeredTag ?? plan.existing?.tag ?? `${options.model}@${plan.version}`,
            ...(plan.facts.evaluationDigest ? { evaluationDigest: plan.facts.evaluationDigest } : {}),
            forced: plan.forced,
        },
    };
}
async function finishPromotion(options, plan, deps, done) {
    const { assigned, deploymentId } = done;
    if (deploymentId !== undefined)
        await deps.deployments?.setStatus(deploymentId, 'success', { description: `${assigned.name}`, ...(deps.runUrl ? { logUrl: deps.runUrl } : {}) });
    await syncEnvironmentPointer(deps, options.model, options.environment);
    const event = {
        kind: 'promotion-event',
        schemaVersion: 1,
        action: 'promote',
        ...pickEventFacts(plan.facts),
        version: plan.version,
        environment: options.environment,
        tag: assigned.name,
        ...(done.registeredTag ? { registeredTag: done.registeredTag } : {}),
        modelDigest: plan.artifact.digest,
        ...(assigned.previousVersion ? { previousVersion: assigned.previousVersion } : {}),
        ...(deploymentId !== undefined ? { deploymentId } : {}),
        at: (deps.clock ?? (() => new Date()))().toISOString(),
    };
    const eventDigest = await writePromotionEvent(deps, event);
    if (options.dispatch)
        await deps.dispatcher?.dispatch(dispatchRequest(options.dispatch, event));
    deps.log?.(`${assigned.name}: ${options.model} ${plan.version} is current in ${options.environment}${assigned.previousVersion ? ` (was ${assigned.previousVersion})` : ''}.`);
    return {
        model: options.model,
        environment: options.environment,
        version: plan.version,
        modelDigest: plan.artifact.digest,
        tag: assigned.name,
        ...(done.registeredTag ? { registeredTag: done.registeredTag } : {}),
        ...(assigned.previousVersion ? { previousVersion: assigned.previousVersion } : {}),
        ...(deploymentId !== undefined ? { deploymentId } : {}),
        changed: true,
        forced: plan.forced,
        event,
        eventDigest,
    };
}
/** Workflow inputs are strings; a repository_dispatch payload carries the whole event. */
function dispatchRequest(spec, event) {
    const inputs = { model: event.model, version: event.version, environment: event.environment, 'model-digest': event.modelDigest, tag: event.tag };
    if (spec.kind === 'workflow')
        return { ...spec, inputs };
    return { kind: 'repository', eventType: spec.eventType, payload: { ...inputs, event } };
}
/** `workflow:deploy.yml` (on `ref`) or `repository:<event-type>`. */
function parseDispatchSpec(text, ref, input = 'dispatch') {
    if (text === undefined || text.trim() === '')
        return undefined;
    const match = /^(workflow|repository):(.+)$/.exec(text.trim());
    if (match?.[1] === 'workflow')
        return { kind: 'workflow', workflow: (match[2] ?? '').trim(), ref };
    if (match?.[1] === 'repository')
        return { kind: 'repository', eventType: (match[2] ?? '').trim() };
    throw new UserError(`'${text}' is not a dispatch target.`, { input, fix: 'Write `workflow:deploy.yml` (workflow_dispatch) or `repository:deploy-model` (repository_dispatch).' });
}
/** The facts a promotion event shares with its tag. */
function pickEventFacts(facts) {
    return {
        model: facts.model,
        dataVersions: facts.dataVersions,
        forced: facts.forced,
        ...(facts.evaluationDigest ? { evaluationDigest: facts.evaluationDigest } : {}),
        ...(facts.evidenceDigest ? { evidenceDigest: facts.evidenceDigest } : {}),
        ...(facts.rollbackOf ? { rollbackOf: facts.rollbackOf } : {}),
        ...(facts.reason ? { reason: facts.reason } : {}),
        ...(facts.actor ? { actor: facts.actor } : {}),
        ...(facts.runUrl ? { runUrl: facts.runUrl } : {}),
    };
}

;// CONCATENATED MODULE: ./shared/registry/rollback.ts









/**
 * A rollback is a new assign event pointing at an earlier version, with `Rollback-Of:` and `Reason:`
 * trailers: history only grows, tags are never deleted. The target's model is re-verified in the store
 * first (a rollback to a model that cannot be fetched would turn one incident into two).
 */
async function rollback(options, deps) {
    const model = checkModelName(options.model, 'model');
    const environment = checkEnvironmentName(options.environment, 'environment');
    const reason = checkReason(options.reason);
    const state = await readModelState(deps, model);
    const { current, from, target } = chooseTarget(state, environment, options.to);
    const digest = await verifyTarget(deps, target);
    const { actor: _actor, runUrl: _runUrl, previousVersion: _previous, rollbackOf: _rollbackOf, ...inherited } = target.facts;
    const facts = {
        ...inherited,
        model,
        version: target.version,
        environment,
        modelDigest: digest,
        rollbackOf: current,
        reason,
        forced: false,
        ...(deps.actor ? { actor: deps.actor } : {}),
        ...(deps.runUrl ? { runUrl: deps.runUrl } : {}),
    };
    const spec = { model, environment, version: target.version, commit: target.commit, subject: `Roll back ${model} in ${environment} from ${from.version} to ${target.version}`, facts };
    const prepared = await prepareAssignment(deps, spec, state);
    const inactiveDeploymentId = await deps.deployments?.latest(environment, model);
    const deploymentId = await deps.deployments?.create({
        environment,
        ref: target.commit,
        description: `Rollback of ${model} to ${target.version}`.slice(0, 140),
        payload: { model, version: target.version, modelDigest: digest, versionTag: target.tag, rollbackOf: current, reason },
    });
    let assigned;
    try {
        assigned = await publishAssignment(deps, prepared);
    }
    catch (error) {
        if (deploymentId !== undefined)
            await deps.deployments?.setStatus(deploymentId, 'error', { description: 'Rollback failed before the registry was updated.' });
        throw error;
    }
    return finish(deps, { model, environment, from, target, digest, assigned, facts, deploymentId, inactiveDeploymentId, current });
}
function checkReason(reason) {
    const text = oneLine(reason ?? '');
    if (text === '')
        throw new shared_errors/* UserError */.yo('A rollback needs a reason; it is recorded in the tag for whoever reads the history next.', { input: 'reason', fix: 'Set `reason:` to what went wrong, e.g. "precision dropped in production".' });
    return text;
}
function chooseTarget(state, environment, to) {
    const last = lastEvent(state, environment);
    const from = last?.version === undefined ? undefined : findVersion(state, last.version);
    if (!last || !from) {
        throw new shared_errors/* UserError */.yo(`Nothing of ${state.model} is current in '${environment}', so there is nothing to roll back.`, { input: 'environment', fix: 'Check the model and environment names (`mlci registry show`).' });
    }
    const wanted = to ?? previousDistinctVersion(state, environment);
    if (wanted === undefined) {
        throw new shared_errors/* UserError */.yo(`${state.model} has no earlier version in '${environment}' than ${from.version} to roll back to.`, { input: 'to', fix: 'Name a registered version with `to:`, or promote a fixed version instead.' });
    }
    const target = findVersion(state, wanted);
    if (!target) {
        const known = state.versions.map((v) => v.version).join(', ') || 'none';
        throw new shared_errors/* UserError */.yo(`${state.model} has no version '${wanted}' (registered: ${known}).`, { input: 'to', fix: 'Name one of the registered versions.' });
    }
    if (target.version === from.version) {
        throw new shared_errors/* UserError */.yo(`${state.model} ${target.version} is already current in '${environment}'.`, { input: 'to', fix: 'Name an earlier version.' });
    }
    return { current: last.tag, from, target };
}
/** Streams the blob to a scratch file: the store verifies the digest on the way, without holding it in memory. */
async function verifyTarget(deps, target) {
    const digest = target.facts.modelDigest;
    if (!digest)
        throw new shared_errors/* UserError */.yo(`${target.tag} records no model digest, so it cannot be verified.`, { input: 'to', fix: 'Roll back to a version registered by mlci.' });
    if (!(await deps.store.hasBlob(digest))) {
        throw new shared_errors/* UserError */.yo(`The model of ${target.tag} (${digest}) is not in the store ${deps.store.location}.`, { input: 'to', fix: 'Upload the model again (promote it by path) or pick another version.' });
    }
    const scratch = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'mlci-rollback-'));
    try {
        await deps.store.getBlobToFile(digest, (0,external_node_path_.join)(scratch, 'model'));
    }
    finally {
        await (0,promises_.rm)(scratch, { recursive: true, force: true });
    }
    return digest;
}
async function finish(deps, done) {
    const logUrl = deps.runUrl ? { logUrl: deps.runUrl } : {};
    if (done.deploymentId !== undefined)
        await deps.deployments?.setStatus(done.deploymentId, 'success', { description: done.assigned.name, ...logUrl });
    if (done.inactiveDeploymentId !== undefined)
        await deps.deployments?.setStatus(done.inactiveDeploymentId, 'inactive', { description: `Rolled back: ${done.facts.reason ?? ''}`.slice(0, 140), ...logUrl });
    await syncEnvironmentPointer(deps, done.model, done.environment);
    const event = {
        kind: 'promotion-event',
        schemaVersion: 1,
        action: 'rollback',
        ...pickEventFacts(done.facts),
        version: done.target.version,
        environment: done.environment,
        tag: done.assigned.name,
        modelDigest: done.digest,
        previousVersion: done.from.version,
        ...(done.deploymentId !== undefined ? { deploymentId: done.deploymentId } : {}),
        at: (deps.clock ?? (() => new Date()))().toISOString(),
    };
    const eventDigest = await writePromotionEvent(deps, event);
    deps.log?.(`${done.assigned.name}: rolled ${done.model} in ${done.environment} back from ${done.from.version} to ${done.target.version}.`);
    return {
        model: done.model,
        environment: done.environment,
        version: done.target.version,
        modelDigest: done.digest,
        previousVersion: done.from.version,
        tag: done.assigned.name,
        rollbackOf: done.current,
        ...(done.deploymentId !== undefined ? { deploymentId: done.deploymentId } : {}),
        ...(done.inactiveDeploymentId !== undefined ? { inactiveDeploymentId: done.inactiveDeploymentId } : {}),
        event,
        eventDigest,
        from: done.from,
        target: done.target,
    };
}

;// CONCATENATED MODULE: ./shared/registry/render.ts





/** Markdown for job summaries and plain text for the CLI, from registry state and results. */
/** The evaluation record a version's tag names, if the store has it. */
async function loadEvaluation(store, version) {
    const digest = version.facts.evaluationDigest;
    if (!digest || !isDigest(digest) || !(await store.hasBlob(digest)))
        return undefined;
    return evaluationRecordType.parse((await store.getBlob(digest)).toString('utf8'), `evaluation record ${digest}`);
}
/** Metrics of a version from its evaluation record in the store; undefined when it has none there. */
async function loadVersionMetrics(store, version) {
    return (await loadEvaluation(store, version))?.metrics;
}
function formatMetric(value) {
    if (value === undefined)
        return '—';
    if (isUndefinedValue(value))
        return `undefined: ${escapeMarkdownTableCell(value.undefined)}`;
    return Number.isInteger(value) ? String(value) : value.toFixed(4);
}
/** One row per metric either version has; a version with no record says so instead of a table of dashes. */
function metricsSideBySide(left, right) {
    if (!left.metrics && !right.metrics)
        return '_Neither version has an evaluation record in the store._';
    const names = [...new Set([...Object.keys(left.metrics ?? {}), ...Object.keys(right.metrics ?? {})])].sort();
    // Numbers are ours and safe; metric names and labels come from records and are escaped.
    const rows = names.map((name) => [escapeMarkdownTableCell(name), formatMetric(left.metrics?.[name]), formatMetric(right.metrics?.[name])]);
    return markdownTable([['metric', escapeMarkdownTableCell(left.label), escapeMarkdownTableCell(right.label)], ...rows], { align: ['l', 'r', 'r'] });
}
function rollbackSummary(result, metrics) {
    const reason = escapeMarkdown(result.event.reason ?? '');
    return [
        `### Rolled back ${escapeMarkdown(result.model)} in ${escapeMarkdown(result.environment)}: ${escapeMarkdown(result.previousVersion)} → ${escapeMarkdown(result.version)}`,
        '',
        `**Reason:** ${reason}`,
        '',
        `Event \`${result.tag}\` (rollback of \`${result.rollbackOf}\`), model \`${result.modelDigest}\` re-verified in the store.`,
        '',
        metricsSideBySide({ label: `${result.previousVersion} (rolled back)`, ...opt(metrics.from) }, { label: `${result.version} (now current)`, ...opt(metrics.target) }),
        '',
    ].join('\n');
}
function promoteSummary(result) {
    if (!result.changed)
        return `${escapeMarkdown(result.model)} ${escapeMarkdown(result.version)} is already current in ${escapeMarkdown(result.environment)} (\`${result.tag}\`); nothing written.\n`;
    const lines = [
        `### Promoted ${escapeMarkdown(result.model)} ${escapeMarkdown(result.version)} to ${escapeMarkdown(result.environment)}`,
        '',
        markdownTable([
            ['', ''],
            ['event', `\`${result.tag}\``],
            ['registered', result.registeredTag ? `\`${result.registeredTag}\` (new)` : 'already registered'],
            ['previous version', escapeMarkdownTableCell(result.previousVersion ?? 'none')],
            ['model digest', `\`${result.modelDigest}\``],
            ['deployment', result.deploymentId === undefined ? '—' : String(result.deploymentId)],
            ['forced', result.forced ? `**yes**: ${escapeMarkdownTableCell(result.event?.reason ?? '')}` : 'no'],
        ]),
        '',
    ];
    return lines.join('\n');
}
function opt(metrics) {
    return metrics ? { metrics } : {};
}
/** `registry show`: versions with digests, and the current version per environment. */
function formatModelState(state) {
    const lines = [`${state.model}`];
    const environments = [...state.environments.keys()].sort();
    for (const env of environments)
        lines.push(`  ${env}: ${currentVersion(state, env)?.version ?? '(unassigned)'}`);
    if (environments.length === 0)
        lines.push('  (not assigned to any environment)');
    for (const v of state.versions)
        lines.push(`  ${v.version.padEnd(12)} ${v.facts.modelDigest ?? '(no digest)'}  ${v.taggedAt ?? ''}`);
    for (const ignored of state.ignored)
        lines.push(`  ignored ${ignored.tag}: ${ignored.why}`);
    return lines.join('\n');
}
/** `registry history`: every event with its time, version and reason, oldest first. */
function formatHistory(state, environment) {
    const history = environmentHistory(state, environment);
    if (history.length === 0)
        return `${state.model} has never been assigned to '${environment}'.`;
    return history
        .map((h) => {
        const what = h.event.kind === 'unassign' ? 'unassigned' : h.event.facts.rollbackOf ? `rollback to ${h.version} (undoes ${h.event.facts.rollbackOf})` : `${h.version}`;
        const flags = [h.current ? 'current' : '', h.event.facts.forced ? 'forced' : ''].filter(Boolean).join(', ');
        const reason = h.event.facts.reason ? ` — reason: ${h.event.facts.reason}` : '';
        return `${h.from ?? '?'}  ${h.event.tag.padEnd(20)} ${what}${flags ? ` [${flags}]` : ''}${reason}`;
    })
        .join('\n');
}
/**
 * The rollback action's summary needs both versions' metrics. A version without its own record in the
 * store (a forced first release) is often the baseline the other one was evaluated against, on the same rows.
 */
async function renderRollbackSummary(store, result) {
    const [from, target] = await Promise.all([loadEvaluation(store, result.from), loadEvaluation(store, result.target)]);
    const targetMetrics = target?.metrics ?? (from?.baseline?.digest === result.modelDigest ? from.baselineMetrics : undefined);
    return rollbackSummary(result, { ...(from ? { from: from.metrics } : {}), ...(targetMetrics ? { target: targetMetrics } : {}) });
}

;// CONCATENATED MODULE: ./shared/registry/index.ts
















/***/ })

};

export const id = 538;
export const ids = [538];
export const modules = {

/***/ 3538:
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
var shared_errors = __webpack_require__(2635);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 22 modules
var github = __webpack_require__(2413);
// EXTERNAL MODULE: ./shared/github/errors.ts
var errors = __webpack_require__(5585);
;// CONCATENATED MODULE: ./shared/github/git-refs.ts



const WRITE_PERMISSION = 'contents: write';
const READ_PERMISSION = 'contents: read';
const READ_CONCURRENCY = 8;
class GitHubTagStore {
    octokit;
    repository;
    sha;
    description;
    /** Tag objects are immutable, so each is fetched once per run however often the refs are re-listed. */
    objects = new Map();
    constructor(octokit, repository, 
    /** The workflow's commit (GITHUB_SHA), tagged when the caller names none. */
    sha) {
        this.octokit = octokit;
        this.repository = repository;
        this.sha = sha;
        this.description = `GitHub repository ${repository.owner}/${repository.repo}`;
    }
    async list(prefixes) {
        const refs = (await Promise.all(prefixes.map((prefix) => this.matchingRefs(prefix)))).flat();
        // A few requests at a time: hundreds of parallel reads would trip GitHub's secondary rate limit.
        const tags = [];
        for (let i = 0; i < refs.length; i += READ_CONCURRENCY) {
            tags.push(...(await Promise.all(refs.slice(i, i + READ_CONCURRENCY).map((ref) => this.toStoredTag(ref)))));
        }
        return tags;
    }
    async matchingRefs(prefix) {
        return (0,errors/* gitHubCall */.S5)({ doing: `list tags starting with ${prefix}`, permission: READ_PERMISSION }, () => this.octokit.paginate(this.octokit.rest.git.listMatchingRefs, { ...this.repository, ref: `tags/${prefix}` }));
    }
    async toStoredTag(ref) {
        const name = ref.ref.replace(/^refs\/tags\//, '');
        if (ref.object.type !== 'tag')
            return { name, commit: ref.object.sha, annotated: false, message: '' };
        const object = await this.tagObject(ref.object.sha);
        return { name, annotated: true, ...object };
    }
    async tagObject(sha) {
        const cached = this.objects.get(sha);
        if (cached)
            return cached;
        const { data } = await (0,errors/* gitHubCall */.S5)({ doing: `read tag object ${sha.slice(0, 12)}`, permission: READ_PERMISSION }, () => this.octokit.rest.git.getTag({ ...this.repository, tag_sha: sha }));
        const object = { commit: data.object.sha, message: data.message, ...(data.tagger?.date ? { taggedAt: new Date(data.tagger.date).toISOString() } : {}) };
        this.objects.set(sha, object);
        return object;
    }
    async prepare(tag) {
        const { data } = await (0,errors/* gitHubCall */.S5)({ doing: `create the tag object ${tag.name}`, permission: WRITE_PERMISSION }, () => this.octokit.rest.git.createTag({
            ...this.repository,
            tag: tag.name,
            message: tag.message,
            object: tag.commit,
            type: 'commit',
            tagger: { name: tag.tagger.name, email: tag.tagger.email, date: tag.date.toISOString().replace(/\.\d{3}Z$/, 'Z') },
        }));
        return data.sha;
    }
    async publish(name, objectId) {
        try {
            await this.octokit.rest.git.createRef({ ...this.repository, ref: `refs/tags/${name}`, sha: objectId });
            return true;
        }
        catch (error) {
            // GitHub answers 422 "Reference already exists" when another promotion took the name first.
            if ((0,errors/* httpStatus */.nG)(error) === 422 && /already exists/i.test(errorText(error)))
                return false;
            return (0,errors/* gitHubCall */.S5)({ doing: `create the tag ${name}`, permission: WRITE_PERMISSION }, () => Promise.reject(error));
        }
    }
    async defaultCommit() {
        return this.sha;
    }
}
function errorText(error) {
    const data = error.response?.data;
    return `${typeof data?.message === 'string' ? data.message : ''} ${error.message ?? ''}`;
}
/**
 * For the CLI reading a GitHub repository's registry (`--github owner/repo`): a plain Octokit, because
 * createOctokit announces the token as a secret on stdout, which is a workflow command, not CLI output.
 */
function readOnlyGitHubTagStore(repository, token, apiUrl = 'https://api.github.com') {
    const [owner, repo, extra] = repository.split('/');
    if (!owner || !repo || extra !== undefined) {
        throw new shared_errors/* UserError */.yo(`'${repository}' is not owner/repo.`, { input: '--github', fix: 'Write it as owner/repo, e.g. acme/models.' });
    }
    if (!token) {
        throw new shared_errors/* UserError */.yo(`Reading ${repository} through the GitHub API needs a token.`, { input: '--token', fix: 'Set GITHUB_TOKEN (e.g. `export GITHUB_TOKEN=$(gh auth token)`) or pass --token.' });
    }
    const octokit = (0,github/* getOctokit */.Q)(token, { baseUrl: apiUrl.replace(/\/$/, '') });
    return new GitHubTagStore(octokit, { owner, repo }, '');
}

// EXTERNAL MODULE: ./shared/registry/semver.ts
var registry_semver = __webpack_require__(6978);
// EXTERNAL MODULE: ./shared/registry/tag-grammar.ts
var tag_grammar = __webpack_require__(7232);
// EXTERNAL MODULE: ./shared/registry/tag-message.ts
var tag_message = __webpack_require__(2878);
// EXTERNAL MODULE: ./shared/registry/state.ts
var registry_state = __webpack_require__(5033);
// EXTERNAL MODULE: ./shared/registry/git-tag-store.ts
var git_tag_store = __webpack_require__(9121);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./shared/digest.ts
var digest = __webpack_require__(5568);
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
// EXTERNAL MODULE: ./shared/schemas/promotion.ts
var promotion = __webpack_require__(892);
// EXTERNAL MODULE: ./shared/schemas/record-type.ts
var record_type = __webpack_require__(5021);
;// CONCATENATED MODULE: ./shared/registry/promotion-config.ts





/**
 * Reads and checks the promotion config (YAML or JSON). Every problem names the file, line and column
 * and the field, because a wrong promotion rule is found at the worst possible moment: on the way to prod.
 */
const promotionValidator = (0,record_type/* compileOnFirstUse */.E0)(() => (0,record_type/* createAjv */.gr)().compile(promotion/* promotionConfigSchema */.pL));
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

// EXTERNAL MODULE: ./shared/registry/assignment.ts
var assignment = __webpack_require__(1575);
// EXTERNAL MODULE: ./shared/lineage/lineage-store.ts
var lineage_store = __webpack_require__(1381);
// EXTERNAL MODULE: ./shared/registry/resolve.ts
var resolve = __webpack_require__(5592);
;// CONCATENATED MODULE: ./shared/registry/promote.ts











/**
 * Registers (if new) and assigns a model version to an environment. Every check runs before the first
 * write; the writes then go: tag objects (proves contents: write), deployment (proves deployments:
 * write), refs, deployment status, store pointer, event record, dispatch.
 */
async function promote(options, deps) {
    const plan = await planPromotion(options, deps);
    const current = (0,registry_state/* currentVersion */.YO)(plan.state, options.environment);
    if (current?.version === plan.version) {
        // A re-run after a crash between the tag and the pointer finishes the pointer; otherwise a no-op.
        await (0,assignment/* syncEnvironmentPointer */.MP)(deps, options.model, options.environment);
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
    const model = (0,tag_grammar/* checkModelName */.Xs)(options.model, 'model');
    const environment = (0,tag_grammar/* checkEnvironmentName */.r0)(options.environment, 'environment');
    const rule = environmentRule(options.config, environment);
    const forced = checkForce(options, rule);
    const state = await (0,assignment/* readModelState */.Nz)(deps, model);
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
    if (!(0,resolve/* isRegistryReference */.lb)(artifact))
        return resolveArtifact(artifact, deps.store);
    const resolved = await (0,resolve/* resolveRegistryReference */.N2)(artifact, deps.tags, 'artifact');
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
    const digests = new Set([(0,registry_state/* findVersion */.Am)(state, version)?.facts.evidenceDigest, ...events.map((e) => e.facts.evidenceDigest)]);
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
    if ((0,registry_semver/* isBumpPart */.ue)(requested)) {
        const same = (0,registry_state/* versionsWithDigest */.e)(state, digest).at(-1);
        if (same)
            return { version: same.version, existing: same };
        return { version: (0,registry_semver/* formatSemver */.a1)((0,registry_semver/* bumpSemver */.rr)((0,registry_state/* latestVersion */.qD)(state)?.semver, requested)) };
    }
    const semver = (0,registry_semver/* parseSemver */.kf)(requested);
    if (!semver) {
        throw new shared_errors/* UserError */.yo(`'${requested}' is not a version.`, { input: 'version', fix: 'Write a semantic version such as 1.4.0 (or v1.4.0), or patch, minor or major.' });
    }
    const version = (0,registry_semver/* formatSemver */.a1)(semver);
    const existing = (0,registry_state/* findVersion */.Am)(state, version);
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
    const there = (0,registry_state/* currentVersion */.YO)(state, rule.from);
    if (there?.version !== version) {
        throw new shared_errors/* UserError */.yo(`${state.model} ${version} cannot go to '${environment}': it must be current in '${rule.from}' first (current there: ${there?.version ?? 'nothing'}).`, {
            input: 'environment',
            fix: `Promote ${version} to '${rule.from}' first, or force with a reason.`,
        });
    }
    const minimum = rule['min-time-in-from'];
    const since = (0,registry_state/* lastEvent */.Rf)(state, rule.from)?.taggedAt;
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
        ...(options.reason?.trim() ? { reason: (0,tag_message/* oneLine */.TN)(options.reason) } : {}),
        forced: v.forced,
        ...(v.deps.actor ? { actor: v.deps.actor } : {}),
        ...(v.deps.runUrl ? { runUrl: v.deps.runUrl } : {}),
    };
}
function alreadyCurrent(options, plan) {
    const event = (0,registry_state/* lastEvent */.Rf)(plan.state, options.environment);
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
    const prepared = await (0,assignment/* prepareAssignment */.hm)(deps, spec, plan.state);
    const deploymentId = await deps.deployments?.create(deploymentRequest(options, plan, register?.name));
    try {
        if (register)
            await publishRegistration(deps, plan, register);
        const assigned = await (0,assignment/* publishAssignment */.hQ)(deps, prepared);
        return await finishPromotion(options, plan, deps, { assigned, deploymentId, registeredTag: register?.name });
    }
    catch (error) {
        if (deploymentId !== undefined)
            await deps.deployments?.setStatus(deploymentId, 'error', { description: 'Promotion failed before the registry was updated.' });
        throw error;
    }
}
async function prepareRegistration(plan, deps) {
    const semver = (0,registry_semver/* parseSemver */.kf)(plan.version);
    if (!semver)
        throw new Error(`internal: version ${plan.version} did not parse`);
    const name = (0,tag_grammar/* formatTagName */.pg)({ kind: 'register', model: plan.facts.model, version: semver });
    const { environment: _environment, reason: _reason, forced: _forced, ...facts } = plan.facts;
    const message = (0,tag_message/* formatTagMessage */.vn)(`Register ${plan.facts.model} ${plan.version}`, { ...facts, forced: false });
    const date = (deps.clock ?? (() => new Date()))();
    return { name, objectId: await deps.tags.prepare({ name, commit: plan.commit, message, tagger: deps.tagger, date }) };
}
/** A concurrent promotion may have registered the same version first: fine if it is the same model. */
async function publishRegistration(deps, plan, register) {
    if (await deps.tags.publish(register.name, register.objectId))
        return;
    const winner = (0,registry_state/* findVersion */.Am)(await (0,assignment/* readModelState */.Nz)(deps, plan.facts.model), plan.version);
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
    await (0,assignment/* syncEnvironmentPointer */.MP)(deps, options.model, options.environment);
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
    const eventDigest = await (0,assignment/* writePromotionEvent */.V5)(deps, event);
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

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./shared/registry/rollback.ts









/**
 * A rollback is a new assign event pointing at an earlier version, with `Rollback-Of:` and `Reason:`
 * trailers: history only grows, tags are never deleted. The target's model is re-verified in the store
 * first (a rollback to a model that cannot be fetched would turn one incident into two).
 */
async function rollback(options, deps) {
    const model = (0,tag_grammar/* checkModelName */.Xs)(options.model, 'model');
    const environment = (0,tag_grammar/* checkEnvironmentName */.r0)(options.environment, 'environment');
    const reason = checkReason(options.reason);
    const state = await (0,assignment/* readModelState */.Nz)(deps, model);
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
    const prepared = await (0,assignment/* prepareAssignment */.hm)(deps, spec, state);
    const inactiveDeploymentId = await deps.deployments?.latest(environment, model);
    const deploymentId = await deps.deployments?.create({
        environment,
        ref: target.commit,
        description: `Rollback of ${model} to ${target.version}`.slice(0, 140),
        payload: { model, version: target.version, modelDigest: digest, versionTag: target.tag, rollbackOf: current, reason },
    });
    let assigned;
    try {
        assigned = await (0,assignment/* publishAssignment */.hQ)(deps, prepared);
    }
    catch (error) {
        if (deploymentId !== undefined)
            await deps.deployments?.setStatus(deploymentId, 'error', { description: 'Rollback failed before the registry was updated.' });
        throw error;
    }
    return finish(deps, { model, environment, from, target, digest, assigned, facts, deploymentId, inactiveDeploymentId, current });
}
function checkReason(reason) {
    const text = (0,tag_message/* oneLine */.TN)(reason ?? '');
    if (text === '')
        throw new shared_errors/* UserError */.yo('A rollback needs a reason; it is recorded in the tag for whoever reads the history next.', { input: 'reason', fix: 'Set `reason:` to what went wrong, e.g. "precision dropped in production".' });
    return text;
}
function chooseTarget(state, environment, to) {
    const last = (0,registry_state/* lastEvent */.Rf)(state, environment);
    const from = last?.version === undefined ? undefined : (0,registry_state/* findVersion */.Am)(state, last.version);
    if (!last || !from) {
        throw new shared_errors/* UserError */.yo(`Nothing of ${state.model} is current in '${environment}', so there is nothing to roll back.`, { input: 'environment', fix: 'Check the model and environment names (`mlci registry show`).' });
    }
    const wanted = to ?? (0,registry_state/* previousDistinctVersion */.q6)(state, environment);
    if (wanted === undefined) {
        throw new shared_errors/* UserError */.yo(`${state.model} has no earlier version in '${environment}' than ${from.version} to roll back to.`, { input: 'to', fix: 'Name a registered version with `to:`, or promote a fixed version instead.' });
    }
    const target = (0,registry_state/* findVersion */.Am)(state, wanted);
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
    await (0,assignment/* syncEnvironmentPointer */.MP)(deps, done.model, done.environment);
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
    const eventDigest = await (0,assignment/* writePromotionEvent */.V5)(deps, event);
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
        lines.push(`  ${env}: ${(0,registry_state/* currentVersion */.YO)(state, env)?.version ?? '(unassigned)'}`);
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
    const history = (0,registry_state/* environmentHistory */.oW)(state, environment);
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















// EXTERNAL MODULE: ./shared/cli/command.ts
var command = __webpack_require__(310);
// EXTERNAL MODULE: ./shared/cli/store-options.ts
var store_options = __webpack_require__(4057);
;// CONCATENATED MODULE: ./shared/cli/commands/registry.ts






const SOURCE_OPTIONS = { repo: { type: 'string' }, github: { type: 'string' }, token: { type: 'string' } };
const SOURCE_USAGE = `Where the tags are:
  --repo <dir>          local git repository (default: the current directory)
  --github <owner/repo> read through the GitHub REST API (token: --token or GITHUB_TOKEN; GITHUB_API_URL for GHES)`;
function tagSource(args, io) {
    const github = (0,command/* stringOption */.Pp)(args, 'github');
    if (github)
        return readOnlyGitHubTagStore(github, (0,command/* stringOption */.Pp)(args, 'token') ?? io.env.GITHUB_TOKEN, io.env.GITHUB_API_URL);
    return new git_tag_store/* GitTagStore */.k((0,external_node_path_.resolve)(io.cwd, (0,command/* stringOption */.Pp)(args, 'repo') ?? '.'));
}
async function modelStates(tags, model) {
    const all = await tags.list(model ? (0,tag_grammar/* modelTagPrefixes */.A4)(model) : ['']);
    return (model ? [model] : (0,registry_state/* modelNames */.ci)(all)).map((name) => (0,registry_state/* deriveModelState */.I$)(name, all));
}
function stateJson(state) {
    const environments = Object.fromEntries([...state.environments.keys()].map((env) => [env, (0,registry_state/* currentVersion */.YO)(state, env)?.version ?? null]));
    const versions = state.versions.map((v) => ({ version: v.version, tag: v.tag, modelDigest: v.facts.modelDigest, commit: v.commit, taggedAt: v.taggedAt }));
    return { model: state.model, environments, versions, ignored: state.ignored };
}
const show = {
    path: ['registry', 'show'],
    summary: 'registered versions of a model (or all models) and the current version per environment',
    usage: `mlci registry show [model]\n\n${SOURCE_USAGE}`,
    options: { ...SOURCE_OPTIONS },
    async run(args, io) {
        const states = await modelStates(tagSource(args, io), args.positionals[0]);
        if (io.json)
            io.out(JSON.stringify(states.map(stateJson), null, 2));
        else
            io.out(states.length ? states.map(formatModelState).join('\n\n') : 'No registry tags found.');
    },
};
const registry_history = {
    path: ['registry', 'history'],
    summary: 'every assign/unassign event of a model in an environment: what was current when, and why',
    usage: `mlci registry history <model> <environment>\n\n${SOURCE_USAGE}`,
    options: { ...SOURCE_OPTIONS },
    async run(args, io) {
        const [model, environment] = args.positionals;
        if (!model || !environment)
            throw new shared_errors/* UserError */.yo('registry history needs a model and an environment, e.g. `churn prod`.', { input: 'arguments' });
        const [state] = await modelStates(tagSource(args, io), model);
        if (!state)
            return;
        if (io.json)
            io.out(JSON.stringify((0,registry_state/* environmentHistory */.oW)(state, environment), null, 2));
        else
            io.out(formatHistory(state, environment));
    },
};
/** Paths are relative to the working directory; digests name store objects. */
function pathOrDigest(io, value) {
    return value.startsWith('sha256:') ? value : (0,external_node_path_.resolve)(io.cwd, value);
}
async function localDeps(args, io) {
    const tags = new git_tag_store/* GitTagStore */.k((0,external_node_path_.resolve)(io.cwd, (0,command/* stringOption */.Pp)(args, 'repo') ?? '.'));
    return { tags, store: (0,store_options/* storeFromArgs */.z8)(args, io), tagger: await tags.tagger(), log: io.json ? undefined : (line) => io.err(line) };
}
const promoteCommand = {
    path: ['promote'],
    summary: 'register a model version and assign it to an environment (local git tags + store)',
    usage: `mlci promote --model <name> --artifact <file|sha256:…> --environment <env> [--version <x.y.z|patch|minor|major>]
  --config <file>        promotion config (environments, order, soak time, evidence)
  --evidence <file|sha256:…>  evaluation record or gate decision (repeatable)
  --data-version <v>     dataset version the model was trained on (repeatable)
  --reason <text>        recorded in the tag (required with --force)
  --force                skip evidence, order and soak checks (recorded)
  --repo <dir>           git repository for the tags (default: current directory)

${store_options/* STORE_USAGE */.UC}`,
    options: {
        ...store_options/* STORE_OPTIONS */.n0,
        repo: { type: 'string' },
        model: { type: 'string' },
        version: { type: 'string' },
        artifact: { type: 'string' },
        environment: { type: 'string' },
        config: { type: 'string' },
        evidence: { type: 'string', multiple: true },
        'data-version': { type: 'string', multiple: true },
        reason: { type: 'string' },
        force: { type: 'boolean' },
    },
    async run(args, io) {
        const deps = await localDeps(args, io);
        const config = (0,command/* stringOption */.Pp)(args, 'config');
        const result = await promote({
            model: (0,command/* requiredOption */.zB)(args, 'model'),
            version: (0,command/* stringOption */.Pp)(args, 'version') ?? 'patch',
            artifact: pathOrDigest(io, (0,command/* requiredOption */.zB)(args, 'artifact')),
            environment: (0,command/* requiredOption */.zB)(args, 'environment'),
            config: await loadPromotionConfig(config === undefined ? undefined : (0,external_node_path_.resolve)(io.cwd, config), '--config'),
            evidence: await loadEvidence((0,command/* stringListOption */.z7)(args, 'evidence').map((e) => pathOrDigest(io, e)), deps.store, '--evidence'),
            dataVersions: (0,command/* stringListOption */.z7)(args, 'data-version'),
            reason: (0,command/* stringOption */.Pp)(args, 'reason'),
            force: (0,command/* flagOption */.kY)(args, 'force'),
        }, deps);
        const { event: _event, ...summary } = result;
        const prose = result.changed ? `${result.tag}: ${result.model} ${result.version} is current in ${result.environment}${result.previousVersion ? ` (was ${result.previousVersion})` : ''}` : `${result.model} ${result.version} was already current in ${result.environment} (${result.tag})`;
        (0,command/* printResult */.RS)(io, summary, prose);
    },
};
const rollbackCommand = {
    path: ['rollback'],
    summary: 'assign an earlier version to an environment again, with a reason (tags are never deleted)',
    usage: `mlci rollback --model <name> --environment <env> --reason <text> [--to <version>]
  --to <version>   default: the previous distinct version in the environment's history
  --repo <dir>     git repository for the tags (default: current directory)

${store_options/* STORE_USAGE */.UC}`,
    options: { ...store_options/* STORE_OPTIONS */.n0, repo: { type: 'string' }, model: { type: 'string' }, environment: { type: 'string' }, to: { type: 'string' }, reason: { type: 'string' } },
    async run(args, io) {
        const deps = await localDeps(args, io);
        const to = (0,command/* stringOption */.Pp)(args, 'to');
        const result = await rollback({ model: (0,command/* requiredOption */.zB)(args, 'model'), environment: (0,command/* requiredOption */.zB)(args, 'environment'), reason: (0,command/* requiredOption */.zB)(args, 'reason'), ...(to ? { to } : {}) }, deps);
        const { from: _from, target: _target, event: _event, ...summary } = result;
        (0,command/* printResult */.RS)(io, summary, `${result.tag}: ${result.model} in ${result.environment} rolled back from ${result.previousVersion} to ${result.version}`);
    },
};
const commands = [show, registry_history, promoteCommand, rollbackCommand];


/***/ }),

/***/ 5585:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S5: () => (/* binding */ gitHubCall),
/* harmony export */   nG: () => (/* binding */ httpStatus)
/* harmony export */ });
/* unused harmony exports isHttpError, toUserError */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2635);

function isHttpError(error) {
    return typeof error === 'object' && error !== null && typeof error.status === 'number';
}
function httpStatus(error) {
    return isHttpError(error) ? error.status : undefined;
}
function gitHubMessage(error) {
    const data = error.response?.data;
    if (typeof data === 'object' && data !== null && typeof data.message === 'string') {
        return data.message;
    }
    return error.message;
}
function toUserError(error, call) {
    if (!isHttpError(error))
        return error;
    const message = gitHubMessage(error);
    switch (error.status) {
        case 401:
            return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`GitHub rejected the token while trying to ${call.doing} (401: ${message}).`, {
                input: 'token',
                fix: 'Pass a valid token, usually `token: ${{ github.token }}`.',
                cause: error,
            });
        case 403:
            return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`The token may not ${call.doing} (403: ${message}).`, {
                input: 'token',
                fix: `Add \`${call.permission}\` under \`permissions:\` in the job. On pull requests from forks the token is ` +
                    'read-only whatever the workflow says: post from a `workflow_run` job instead (see the fork-safe example).',
                cause: error,
            });
        case 404:
            return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`GitHub found nothing to ${call.doing} (404: ${message}).`, {
                fix: `Check the repository and number, and that the token can see the repository (\`${call.permission.replace('write', 'read')}\`).`,
                cause: error,
            });
        case 422:
            return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`GitHub refused to ${call.doing} (422: ${message}${describeValidationErrors(error)}).`, { cause: error });
        default:
            return error;
    }
}
function describeValidationErrors(error) {
    const data = error.response?.data;
    const details = (data?.errors ?? []).map((e) => e.message ?? e.field).filter(Boolean);
    return details.length ? `: ${details.join('; ')}` : '';
}
/** Run one GitHub call, turning HTTP errors the user can fix into UserErrors. */
async function gitHubCall(call, body) {
    try {
        return await body();
    }
    catch (error) {
        throw toUserError(error, call);
    }
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

/***/ 5041:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ gateDecisionType)
/* harmony export */ });
/* unused harmony export gateDecisionSchema */
/* harmony import */ var _record_type_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5021);

const digest = { $ref: 'defs.json#/$defs/digest' };
const status = { enum: ['pass', 'warn', 'fail', 'error', 'not-run'] };
const count = { type: 'integer', minimum: 0 };
const ruleResult = {
    type: 'object',
    required: ['id', 'kind', 'subject', 'status', 'severity', 'message'],
    additionalProperties: false,
    properties: {
        id: { type: 'string' },
        kind: {
            enum: ['min-rows', 'metric-floor', 'metric-ceiling', 'non-inferiority', 'fairness-floor', 'fairness-ceiling', 'fairness-worsening', 'null-share', 'schema-unchanged'],
        },
        subject: { type: 'string' },
        status,
        severity: { enum: ['fail', 'warn'] },
        message: { type: 'string' },
        observed: { type: 'number' },
        threshold: { type: 'number' },
        evaluation: { type: 'string' },
        line: { type: 'integer', minimum: 1 },
        column: { type: 'integer', minimum: 1 },
    },
};
const gateDecisionSchema = {
    type: 'object',
    required: ['kind', 'schemaVersion', 'createdAt', 'model', 'evaluations', 'policy', 'failOn', 'notRun', 'rules', 'counts', 'outcome', 'conclusion'],
    additionalProperties: false,
    properties: {
        kind: { const: 'gate-decision' },
        schemaVersion: { const: 1 },
        createdAt: { $ref: 'defs.json#/$defs/timestamp' },
        model: digest,
        baseline: digest,
        evaluations: { type: 'array', minItems: 1, items: digest },
        policy: {
            type: 'object',
            required: ['digest', 'source'],
            additionalProperties: false,
            properties: { digest, source: { type: 'string' } },
        },
        failOn: { enum: ['fail', 'warn'] },
        notRun: { enum: ['fail', 'warn', 'pass'] },
        rules: { type: 'array', items: ruleResult },
        counts: {
            type: 'object',
            required: ['pass', 'warn', 'fail', 'error', 'not-run'],
            additionalProperties: false,
            properties: { pass: count, warn: count, fail: count, error: count, 'not-run': count },
        },
        outcome: { enum: ['pass', 'block'] },
        override: {
            type: 'object',
            required: ['label'],
            additionalProperties: false,
            properties: { label: { type: 'string' }, appliedBy: { type: 'string' }, appliedAt: { type: 'string' } },
        },
        conclusion: { enum: ['success', 'failure'] },
        headSha: { type: 'string', pattern: '^[0-9a-f]{40}$' },
    },
};
const gateDecisionType = new _record_type_js__WEBPACK_IMPORTED_MODULE_0__/* .RecordType */ .ee('gate-decision', 1, gateDecisionSchema);


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


/***/ })

};

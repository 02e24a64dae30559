export const id = 582;
export const ids = [582];
export const modules = {

/***/ 943:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ explanationsSchema)
/* harmony export */ });
/* harmony import */ var _scoring_names_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2922);

const undefinedValue = { $ref: 'defs.json#/$defs/undefinedValue' };
const count = { type: 'integer', minimum: 0 };
const numberOrUndefined = { oneOf: [{ type: 'number' }, undefinedValue] };
const featureImportance = {
    type: 'object',
    required: ['feature', 'importances', 'mean', 'std'],
    additionalProperties: false,
    properties: {
        feature: { type: 'string' },
        importances: { type: 'array', items: { type: 'number' } },
        mean: { type: 'number' },
        std: { type: 'number', minimum: 0 },
    },
};
const shapFeature = {
    type: 'object',
    required: ['feature', 'meanAbs', 'stdError'],
    additionalProperties: false,
    properties: { feature: { type: 'string' }, meanAbs: { type: 'number', minimum: 0 }, stdError: numberOrUndefined },
};
const rankChange = {
    type: 'array',
    items: {
        type: 'object',
        required: ['feature', 'candidateRank', 'baselineRank', 'change'],
        additionalProperties: false,
        properties: {
            feature: { type: 'string' },
            candidateRank: { type: 'integer', minimum: 1 },
            baselineRank: { oneOf: [{ type: 'integer', minimum: 1 }, undefinedValue] },
            change: { oneOf: [{ type: 'integer' }, undefinedValue] },
        },
    },
};
const permutationSchema = {
    type: 'object',
    required: ['scoring', 'rows', 'repeats', 'baselineScore', 'features', 'inferenceRows'],
    additionalProperties: false,
    properties: {
        // Records written before explain-scoring existed hold accuracy or r2, both in this list.
        scoring: { enum: [..._scoring_names_js__WEBPACK_IMPORTED_MODULE_0__/* .ALL_SCORING_NAMES */ ["do"]] },
        rows: count,
        repeats: { type: 'integer', minimum: 1 },
        baselineScore: { type: 'number' },
        features: { type: 'array', items: featureImportance },
        baselineModel: {
            type: 'object',
            required: ['baselineScore', 'features'],
            additionalProperties: false,
            properties: { baselineScore: { type: 'number' }, features: { type: 'array', items: featureImportance } },
        },
        rankChange,
        inferenceRows: count,
    },
};
const shapSchema = {
    type: 'object',
    required: ['method', 'rows', 'backgroundRows', 'expectedValue', 'maxEfficiencyGap', 'features', 'inferenceRows'],
    additionalProperties: false,
    properties: {
        method: { enum: ['exact', 'antithetic-permutation'] },
        rows: count,
        backgroundRows: { type: 'integer', minimum: 1, maximum: 100 },
        permutations: { type: 'integer', minimum: 1 },
        expectedValue: { type: 'number' },
        maxEfficiencyGap: { type: 'number', minimum: 0 },
        features: { type: 'array', items: shapFeature },
        baselineModel: {
            type: 'object',
            required: ['expectedValue', 'features'],
            additionalProperties: false,
            properties: { expectedValue: { type: 'number' }, features: { type: 'array', items: shapFeature } },
        },
        rankChange,
        inferenceRows: count,
    },
};
/** JSON Schema (2020-12) of `ExplanationsSection`. */
const explanationsSchema = {
    type: 'object',
    required: ['method', 'seed', 'features', 'budget', 'timings'],
    additionalProperties: false,
    properties: {
        method: { enum: ['permutation', 'shap', 'all'] },
        seed: { type: 'integer' },
        features: { type: 'array', items: { type: 'string' } },
        budget: {
            type: 'object',
            required: ['limitRows', 'requestedRows', 'plannedRows', 'usedRows', 'subsampled', 'notes'],
            additionalProperties: false,
            properties: {
                limitRows: count,
                requestedRows: count,
                plannedRows: count,
                usedRows: count,
                subsampled: { type: 'boolean' },
                notes: { type: 'array', items: { type: 'string' } },
            },
        },
        timings: {
            type: 'object',
            required: ['totalMs'],
            additionalProperties: false,
            properties: { permutationMs: { type: 'number', minimum: 0 }, shapMs: { type: 'number', minimum: 0 }, totalMs: { type: 'number', minimum: 0 } },
        },
        permutation: permutationSchema,
        shap: shapSchema,
        notes: { type: 'array', items: { type: 'string' } },
    },
};


/***/ }),

/***/ 2922:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L9: () => (/* binding */ SCORING_NAMES),
/* harmony export */   cH: () => (/* binding */ DEFAULT_SCORING),
/* harmony export */   "do": () => (/* binding */ ALL_SCORING_NAMES)
/* harmony export */ });
/**
 * `explain-scoring`: which scikit-learn scorer permutation importance uses, by scikit-learn's name. Only
 * tasks that have explanations have scorers (multiclass models are not explained). The default is
 * scikit-learn's own (`estimator.score`: accuracy for classifiers, R² for regressors), so records keep
 * the figures they had before the input existed and match `permutation_importance(scoring=None)`.
 */
const SCORING_NAMES = {
    binary: ['accuracy', 'balanced_accuracy', 'f1', 'roc_auc', 'average_precision', 'neg_log_loss'],
    regression: ['r2', 'neg_mean_absolute_error', 'neg_mean_squared_error', 'neg_root_mean_squared_error'],
};
const DEFAULT_SCORING = { binary: 'accuracy', regression: 'r2' };
/** Every scorer name of every task, in a stable order (for schemas and messages). */
const ALL_SCORING_NAMES = [...SCORING_NAMES.binary, ...SCORING_NAMES.regression];


/***/ }),

/***/ 1583:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N5: () => (/* binding */ fairnessSchema),
/* harmony export */   QW: () => (/* binding */ BINARY_DISPARITIES),
/* harmony export */   iY: () => (/* binding */ REGRESSION_GAPS)
/* harmony export */ });
/* unused harmony exports BINARY_GROUP_METRICS, REGRESSION_GROUP_METRICS */
/**
 * The `fairness` section of the evaluation record: TypeScript types and the JSON Schema fragment the
 * evaluation record embeds (`properties.fairness = fairnessSchema`). Shared `$defs` come from `defs.json`
 * (see shared/schemas/record-type.ts). Group values are untrusted text from the data, kept verbatim; the
 * report escapes them.
 */
const BINARY_GROUP_METRICS = ['base_rate', 'selection_rate', 'tpr', 'fpr', 'fnr', 'precision', 'accuracy'];
const REGRESSION_GROUP_METRICS = ['mae', 'rmse', 'mean_prediction', 'mean_label'];
/** Disparities in Fairlearn's names; `_to_overall` marks method='to_overall' (the others are between_groups). */
const BINARY_DISPARITIES = [
    'demographic_parity_difference', 'demographic_parity_ratio',
    'equalized_odds_difference', 'equalized_odds_ratio',
    'equal_opportunity_difference', 'equal_opportunity_ratio',
    'demographic_parity_difference_to_overall', 'demographic_parity_ratio_to_overall',
    'equalized_odds_difference_to_overall', 'equalized_odds_ratio_to_overall',
    'equal_opportunity_difference_to_overall', 'equal_opportunity_ratio_to_overall',
];
/** Largest gap (max − min over groups) of each regression metric. */
const REGRESSION_GAPS = ['mae_gap', 'rmse_gap', 'mean_prediction_gap'];
const undefinedValue = { $ref: 'defs.json#/$defs/undefinedValue' };
const value = { oneOf: [{ type: 'number' }, undefinedValue] };
const count = { type: 'integer', minimum: 0 };
const groupKey = { type: 'array', minItems: 1, items: { type: ['string', 'null'] } };
const metricsOf = (names) => ({
    type: 'object',
    required: [...names],
    additionalProperties: false,
    properties: Object.fromEntries(names.map((n) => [n, value])),
});
const counts = {
    type: 'object',
    required: ['tp', 'fp', 'tn', 'fn'],
    additionalProperties: false,
    properties: { tp: count, fp: count, tn: count, fn: count },
};
const disparityProperties = {
    value,
    baseline: value,
    delta: value,
    ci: { oneOf: [{ type: 'array', items: { type: 'number' }, minItems: 2, maxItems: 2 }, undefinedValue] },
};
const disparity = { type: 'object', required: ['value'], additionalProperties: false, properties: disparityProperties };
const gap = {
    type: 'object',
    required: ['value'],
    additionalProperties: false,
    properties: { ...disparityProperties, highest: groupKey, lowest: groupKey },
};
const excludedGroups = {
    type: 'array',
    items: {
        type: 'object',
        required: ['values', 'n', 'reason'],
        additionalProperties: false,
        properties: { values: groupKey, n: count, positives: count, negatives: count, reason: { type: 'string' } },
    },
};
const recordOf = (names, item) => ({
    type: 'object',
    required: [...names],
    additionalProperties: false,
    properties: Object.fromEntries(names.map((n) => [n, item])),
});
const featureBase = { columns: { type: 'array', minItems: 1, items: { type: 'string' } }, excluded: excludedGroups, note: { type: 'string' } };
const binaryMetrics = metricsOf(BINARY_GROUP_METRICS);
const regressionMetrics = metricsOf(REGRESSION_GROUP_METRICS);
const binaryFeature = {
    type: 'object',
    required: ['columns', 'overall', 'groups', 'excluded', 'excludedFromRates', 'disparities', 'fourFifths'],
    additionalProperties: false,
    properties: {
        ...featureBase,
        overall: { type: 'object', required: ['n', 'counts', 'metrics'], additionalProperties: false, properties: { n: count, counts, metrics: binaryMetrics } },
        groups: {
            type: 'array',
            items: {
                type: 'object',
                required: ['values', 'n', 'positives', 'negatives', 'counts', 'metrics'],
                additionalProperties: false,
                properties: { values: groupKey, n: count, positives: count, negatives: count, counts, metrics: binaryMetrics, baselineMetrics: binaryMetrics },
            },
        },
        excludedFromRates: excludedGroups,
        disparities: recordOf(BINARY_DISPARITIES, disparity),
        fourFifths: { type: 'object', required: ['ratio', 'flagged'], additionalProperties: false, properties: { ratio: value, flagged: { type: 'boolean' } } },
    },
};
const regressionFeature = {
    type: 'object',
    required: ['columns', 'overall', 'groups', 'excluded', 'gaps'],
    additionalProperties: false,
    properties: {
        ...featureBase,
        overall: { type: 'object', required: ['n', 'metrics'], additionalProperties: false, properties: { n: count, metrics: regressionMetrics } },
        groups: {
            type: 'array',
            items: {
                type: 'object',
                required: ['values', 'n', 'metrics'],
                additionalProperties: false,
                properties: { values: groupKey, n: count, metrics: regressionMetrics, baselineMetrics: regressionMetrics },
            },
        },
        gaps: recordOf(REGRESSION_GAPS, gap),
    },
};
const comparison = {
    type: 'object',
    required: ['method', 'resamples', 'seed', 'confidence'],
    additionalProperties: false,
    properties: { method: { const: 'poisson-bootstrap' }, resamples: { type: 'integer', minimum: 1 }, seed: { type: 'integer' }, confidence: { type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 1 } },
};
/** JSON Schema (2020-12) of `FairnessSection`. */
const fairnessSchema = {
    oneOf: [
        {
            type: 'object',
            required: ['task', 'minGroup', 'minPositives', 'minNegatives', 'features'],
            additionalProperties: false,
            properties: {
                task: { const: 'binary' },
                minGroup: { type: 'integer', minimum: 1 },
                minPositives: count,
                minNegatives: count,
                features: { type: 'array', items: binaryFeature },
                comparison,
            },
        },
        {
            type: 'object',
            required: ['task', 'minGroup', 'features'],
            additionalProperties: false,
            properties: { task: { const: 'regression' }, minGroup: { type: 'integer', minimum: 1 }, features: { type: 'array', items: regressionFeature }, comparison },
        },
    ],
};


/***/ }),

/***/ 1575:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MP: () => (/* binding */ syncEnvironmentPointer),
/* harmony export */   Nz: () => (/* binding */ readModelState),
/* harmony export */   V5: () => (/* binding */ writePromotionEvent),
/* harmony export */   hQ: () => (/* binding */ publishAssignment),
/* harmony export */   hm: () => (/* binding */ prepareAssignment)
/* harmony export */ });
/* unused harmony export pointerKey */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2635);
/* harmony import */ var _schemas_promotion_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(892);
/* harmony import */ var _store_object_store_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4637);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5033);
/* harmony import */ var _tag_grammar_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7232);
/* harmony import */ var _tag_message_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2878);






/**
 * The write half shared by promote and rollback: allocate the next counter by creating the assign ref
 * (a taken name means another promotion won that counter: re-read and take the next), then move the
 * environment's pointer in the store by compare-and-swap to whatever the tags now say is current.
 */
const MAX_ATTEMPTS = 25;
async function readModelState(deps, model) {
    return (0,_state_js__WEBPACK_IMPORTED_MODULE_3__/* .deriveModelState */ .I$)(model, await deps.tags.list((0,_tag_grammar_js__WEBPACK_IMPORTED_MODULE_4__/* .modelTagPrefixes */ .A4)(model)));
}
/** Writes the tag object for the next counter; nothing is visible until `publishAssignment`. */
async function prepareAssignment(deps, spec, state, after = 0) {
    const counter = Math.max((0,_state_js__WEBPACK_IMPORTED_MODULE_3__/* .nextCounter */ .Q3)(state), after + 1);
    const name = (0,_tag_grammar_js__WEBPACK_IMPORTED_MODULE_4__/* .formatTagName */ .pg)({ kind: 'assign', model: spec.model, environment: spec.environment, counter });
    const previousVersion = (0,_state_js__WEBPACK_IMPORTED_MODULE_3__/* .currentVersion */ .YO)(state, spec.environment)?.version;
    const facts = { ...spec.facts, ...(previousVersion ? { previousVersion } : {}) };
    const date = (deps.clock ?? (() => new Date()))();
    const objectId = await deps.tags.prepare({ name, commit: spec.commit, message: (0,_tag_message_js__WEBPACK_IMPORTED_MODULE_5__/* .formatTagMessage */ .vn)(spec.subject, facts), tagger: deps.tagger, date });
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
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`Could not allocate an event counter for ${prepared.spec.model} in ${MAX_ATTEMPTS} attempts.`, {
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
        const event = (0,_state_js__WEBPACK_IMPORTED_MODULE_3__/* .lastEvent */ .Rf)(state, environment);
        const version = event?.version === undefined ? undefined : (0,_state_js__WEBPACK_IMPORTED_MODULE_3__/* .findVersion */ .Am)(state, event.version);
        if (!event || !version?.facts.modelDigest)
            return undefined;
        const key = pointerKey(model, environment);
        const existing = await deps.store.readPointer(key);
        const old = existing ? _schemas_promotion_js__WEBPACK_IMPORTED_MODULE_1__/* .environmentPointerType */ .vo.parse(existing.body.toString('utf8'), key) : undefined;
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
            await deps.store.writePointer(key, _schemas_promotion_js__WEBPACK_IMPORTED_MODULE_1__/* .environmentPointerType */ .vo.serialize(body), existing ? { ifMatch: existing.etag } : { ifNoneMatch: '*' });
            return body;
        }
        catch (error) {
            if (!(error instanceof _store_object_store_js__WEBPACK_IMPORTED_MODULE_2__/* .PreconditionFailed */ .OJ))
                throw error;
        }
    }
    throw new Error(`pointer ${pointerKey(model, environment)} kept changing under ${MAX_ATTEMPTS} attempts`);
}
/** The event record next to the tag, as a blob: the tag says what happened, the record keeps every detail. */
async function writePromotionEvent(deps, event) {
    return deps.store.putBlob(Buffer.from(_schemas_promotion_js__WEBPACK_IMPORTED_MODULE_1__/* .promotionEventType */ .CX.serialize(event)));
}


/***/ }),

/***/ 9121:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ GitTagStore)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2635);


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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${this.description} has no commit to tag.`, {
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`'${ref}' is not a commit in ${this.description}.`, { fix: 'Pass a commit id or a branch name.', cause: error });
        }
    }
    git(args, input) {
        return new Promise((resolve, reject) => {
            const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile)('git', args, { cwd: this.repository, maxBuffer: 256 * 1024 * 1024 }, (error, stdout, stderr) => {
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
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${repository} is not a git repository.`, {
            fix: 'Run the command inside a git checkout, or pass --repo <path>.',
            cause: error,
        });
    }
    if (error.code === 'ENOENT') {
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo('git is not installed or not on PATH.', { fix: 'Install git.', cause: error });
    }
    return new Error(`git ${args[0]} failed in ${repository}: ${detail}`, { cause: error });
}


/***/ }),

/***/ 5592:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N2: () => (/* binding */ resolveRegistryReference),
/* harmony export */   dI: () => (/* binding */ registryModelResolver),
/* harmony export */   lb: () => (/* binding */ isRegistryReference)
/* harmony export */ });
/* unused harmony export fetchReferencedModel */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2635);
/* harmony import */ var _assignment_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1575);
/* harmony import */ var _semver_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(6978);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5033);
/* harmony import */ var _tag_grammar_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7232);








function isRegistryReference(text) {
    return parseReference(text) !== undefined;
}
function parseReference(text) {
    const env = /^(.+)#([^#!@]+)$/.exec(text);
    if (env && (0,_tag_grammar_js__WEBPACK_IMPORTED_MODULE_7__/* .isModelName */ .jp)(env[1] ?? '') && (0,_tag_grammar_js__WEBPACK_IMPORTED_MODULE_7__/* .isEnvironmentName */ .tq)(env[2] ?? ''))
        return { model: env[1], environment: env[2] };
    const at = /^(.+)@(v?\d[^@#!]*)$/.exec(text);
    if (at && (0,_tag_grammar_js__WEBPACK_IMPORTED_MODULE_7__/* .isModelName */ .jp)(at[1] ?? '') && (0,_semver_js__WEBPACK_IMPORTED_MODULE_5__/* .parseSemver */ .kf)(at[2] ?? ''))
        return { model: at[1], version: at[2] };
    return undefined;
}
async function resolveRegistryReference(text, tags, input = 'baseline-model') {
    const ref = parseReference(text);
    if (!ref)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`'${text}' is not a registry reference.`, { input, fix: 'Write `<model>#<environment>` (e.g. churn#prod) or `<model>@<version>` (e.g. churn@v1.2.0).' });
    const state = await (0,_assignment_js__WEBPACK_IMPORTED_MODULE_4__/* .readModelState */ .Nz)({ tags }, ref.model);
    const version = ref.environment ? (0,_state_js__WEBPACK_IMPORTED_MODULE_6__/* .currentVersion */ .YO)(state, ref.environment) : (0,_state_js__WEBPACK_IMPORTED_MODULE_6__/* .findVersion */ .Am)(state, ref.version ?? '');
    if (!version) {
        const what = ref.environment ? `Nothing of ${ref.model} is current in '${ref.environment}'` : `${ref.model} has no version ${ref.version ?? ''}`;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${what} in ${tags.description}.`, { input, fix: `List what exists with \`mlci registry show ${ref.model}\`.` });
    }
    if (!version.facts.modelDigest)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${version.tag} records no model digest.`, { input, fix: 'Promote the version with mlci so its tag carries the digest.' });
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo(`${text} is ${resolved.version} (${resolved.modelDigest}), which is not in the store ${deps.store.location}.`, { input, fix: 'Pass the store the model was promoted from.' });
    }
    const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, `${resolved.model.replace(/\//g, '-')}-${resolved.version}.onnx`);
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
        const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'mlci-model-'));
        const cleanup = () => (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true });
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


/***/ }),

/***/ 6978:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a1: () => (/* binding */ formatSemver),
/* harmony export */   kf: () => (/* binding */ parseSemver),
/* harmony export */   mU: () => (/* binding */ compareSemver),
/* harmony export */   rr: () => (/* binding */ bumpSemver),
/* harmony export */   ue: () => (/* binding */ isBumpPart)
/* harmony export */ });
/* unused harmony export BUMP_PARTS */
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


/***/ }),

/***/ 5033:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Am: () => (/* binding */ findVersion),
/* harmony export */   I$: () => (/* binding */ deriveModelState),
/* harmony export */   Q3: () => (/* binding */ nextCounter),
/* harmony export */   Rf: () => (/* binding */ lastEvent),
/* harmony export */   YO: () => (/* binding */ currentVersion),
/* harmony export */   ci: () => (/* binding */ modelNames),
/* harmony export */   e: () => (/* binding */ versionsWithDigest),
/* harmony export */   oW: () => (/* binding */ environmentHistory),
/* harmony export */   q6: () => (/* binding */ previousDistinctVersion),
/* harmony export */   qD: () => (/* binding */ latestVersion)
/* harmony export */ });
/* unused harmony export versionAt */
/* harmony import */ var _semver_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6978);
/* harmony import */ var _tag_grammar_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7232);
/* harmony import */ var _tag_message_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2878);



function deriveModelState(model, tags) {
    const state = { model, versions: [], environments: new Map(), ignored: [], maxCounter: 0 };
    const assigns = [];
    for (const stored of tags) {
        const tag = (0,_tag_grammar_js__WEBPACK_IMPORTED_MODULE_1__/* .parseTagName */ .fe)(stored.name);
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
    state.versions.sort((a, b) => (0,_semver_js__WEBPACK_IMPORTED_MODULE_0__/* .compareSemver */ .mU)(a.semver, b.semver));
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
    const { facts } = (0,_tag_message_js__WEBPACK_IMPORTED_MODULE_2__/* .parseTagMessage */ .V3)(stored.message);
    const version = `v${semver.major}.${semver.minor}.${semver.patch}${semver.prerelease.length ? `-${semver.prerelease.join('.')}` : ''}`;
    return { version, semver, tag: stored.name, commit: stored.commit, taggedAt: stored.taggedAt, facts };
}
function toEvent(stored, parsed, versions) {
    const { facts } = (0,_tag_message_js__WEBPACK_IMPORTED_MODULE_2__/* .parseTagMessage */ .V3)(stored.message);
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
    const named = facts.version ? (0,_semver_js__WEBPACK_IMPORTED_MODULE_0__/* .parseSemver */ .kf)(facts.version) : undefined;
    if (named)
        return versions.find((v) => (0,_semver_js__WEBPACK_IMPORTED_MODULE_0__/* .compareSemver */ .mU)(v.semver, named) === 0)?.version;
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
    const wanted = (0,_semver_js__WEBPACK_IMPORTED_MODULE_0__/* .parseSemver */ .kf)(version);
    return wanted && state.versions.find((v) => (0,_semver_js__WEBPACK_IMPORTED_MODULE_0__/* .compareSemver */ .mU)(v.semver, wanted) === 0);
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
        const tag = (0,_tag_grammar_js__WEBPACK_IMPORTED_MODULE_1__/* .parseTagName */ .fe)(stored.name);
        if (tag)
            names.add(tag.model);
    }
    return [...names].sort();
}


/***/ }),

/***/ 7232:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A4: () => (/* binding */ modelTagPrefixes),
/* harmony export */   Xs: () => (/* binding */ checkModelName),
/* harmony export */   fe: () => (/* binding */ parseTagName),
/* harmony export */   jp: () => (/* binding */ isModelName),
/* harmony export */   pg: () => (/* binding */ formatTagName),
/* harmony export */   r0: () => (/* binding */ checkEnvironmentName),
/* harmony export */   tq: () => (/* binding */ isEnvironmentName)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2635);
/* harmony import */ var _semver_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6978);


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
        const version = (0,_semver_js__WEBPACK_IMPORTED_MODULE_1__/* .parseSemver */ .kf)(versionText);
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
        return `${tag.model}@${(0,_semver_js__WEBPACK_IMPORTED_MODULE_1__/* .formatSemver */ .a1)(tag.version)}`;
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
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`'${name}' is not a valid model name.`, {
        input,
        fix: 'Use lowercase letters, digits, `-` and `_` (and `/` between parts), starting and ending with a letter or digit, e.g. `churn`.',
    });
}
function checkEnvironmentName(name, input) {
    if (isEnvironmentName(name))
        return name;
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`'${name}' is not a valid environment name.`, {
        input,
        fix: 'Use lowercase letters, digits, `-` and `_`, e.g. `staging` or `prod`.',
    });
}


/***/ }),

/***/ 2878:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   V3: () => (/* binding */ parseTagMessage),
/* harmony export */   vn: () => (/* binding */ formatTagMessage)
/* harmony export */ });
/* harmony import */ var _digest_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5568);

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
            if ((0,_digest_js__WEBPACK_IMPORTED_MODULE_0__/* .isDigest */ .Bc)(value))
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


/***/ }),

/***/ 6521:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ul: () => (/* binding */ isUndefinedValue),
/* harmony export */   dP: () => (/* binding */ compactMetrics),
/* harmony export */   jx: () => (/* binding */ evaluationShardType),
/* harmony export */   oo: () => (/* binding */ evaluationRecordType)
/* harmony export */ });
/* unused harmony exports evaluationRecordSchema, evaluationShardSchema */
/* harmony import */ var _explain_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(943);
/* harmony import */ var _fairness_schema_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1583);
/* harmony import */ var _record_type_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5021);



function isUndefinedValue(value) {
    return typeof value === 'object' && value !== null && typeof value.undefined === 'string';
}
function compactMetrics(record) {
    const compact = { task: record.task, rows: record.rows, model: record.model.digest, metrics: record.metrics };
    if (record.baseline)
        compact.baseline = record.baseline.digest;
    if (record.comparison) {
        compact.deltas = Object.fromEntries(Object.entries(record.comparison.metrics).map(([name, c]) => [name, { delta: c.delta, ci: c.ci, significant: c.significant }]));
    }
    return compact;
}
// ---------------------------------------------------------------------------------------------------
// JSON Schemas
const digest = { $ref: 'defs.json#/$defs/digest' };
const timestamp = { $ref: 'defs.json#/$defs/timestamp' };
const metricValue = { anyOf: [{ type: 'number' }, { $ref: 'defs.json#/$defs/undefinedValue' }] };
const metricMap = { type: 'object', additionalProperties: metricValue };
const nonNegativeInt = { type: 'integer', minimum: 0 };
const stringList = { type: 'array', items: { type: 'string' } };
const task = { enum: ['binary', 'multiclass', 'regression'] };
const interval = {
    anyOf: [
        { type: 'array', prefixItems: [{ type: 'number' }, { type: 'number' }], items: false, minItems: 2, maxItems: 2 },
        { $ref: 'defs.json#/$defs/undefinedValue' },
    ],
};
const tensorInfo = {
    type: 'object',
    required: ['name', 'type'],
    properties: {
        name: { type: 'string' },
        type: { type: 'string' },
        shape: { type: 'array', items: { type: ['number', 'string'] } },
    },
    additionalProperties: false,
};
const modelRef = {
    type: 'object',
    required: ['digest', 'name', 'inputs', 'outputs'],
    properties: {
        digest,
        name: { type: 'string', minLength: 1 },
        path: { type: 'string' },
        inputs: { type: 'array', items: tensorInfo },
        outputs: { type: 'array', items: tensorInfo },
    },
    additionalProperties: false,
};
const dataRef = {
    type: 'object',
    required: ['digest', 'source', 'format'],
    properties: {
        digest,
        source: { type: 'string', minLength: 1 },
        format: { enum: ['csv', 'jsonl', 'parquet'] },
        version: { type: 'string' },
        manifest: digest,
    },
    additionalProperties: false,
};
const confusionMatrix = {
    type: 'object',
    required: ['labels', 'counts'],
    properties: { labels: stringList, counts: { type: 'array', items: { type: 'array', items: nonNegativeInt } } },
    additionalProperties: false,
};
const sliceColumn = {
    type: 'object',
    required: ['column', 'minSize', 'groups', 'excluded'],
    properties: {
        column: { type: 'string' },
        minSize: nonNegativeInt,
        groups: {
            type: 'array',
            items: {
                type: 'object',
                required: ['value', 'n', 'metrics'],
                properties: { value: { type: 'string' }, n: nonNegativeInt, metrics: metricMap },
                additionalProperties: false,
            },
        },
        excluded: {
            type: 'array',
            items: {
                type: 'object',
                required: ['value', 'n'],
                properties: { value: { type: 'string' }, n: nonNegativeInt },
                additionalProperties: false,
            },
        },
    },
    additionalProperties: false,
};
const metricComparison = {
    type: 'object',
    required: ['candidate', 'baseline', 'delta', 'ci', 'method', 'significant', 'mde', 'higherIsBetter'],
    properties: {
        candidate: metricValue,
        baseline: metricValue,
        delta: metricValue,
        ci: interval,
        method: { enum: ['mcnemar-exact', 'delong', 'paired-bootstrap'] },
        pValue: { type: 'number', minimum: 0, maximum: 1 },
        significant: { type: 'boolean' },
        mde: metricValue,
        higherIsBetter: { type: 'boolean' },
    },
    additionalProperties: false,
};
const comparison = {
    type: 'object',
    required: ['confidence', 'bootstrap', 'metrics'],
    properties: {
        confidence: { type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 1 },
        bootstrap: {
            type: 'object',
            required: ['resamples', 'seed'],
            properties: { resamples: nonNegativeInt, seed: { type: 'integer' } },
            additionalProperties: false,
        },
        metrics: { type: 'object', additionalProperties: metricComparison },
    },
    additionalProperties: false,
};
const runtime = {
    type: 'object',
    required: ['node', 'onnxruntime', 'mlci'],
    properties: { node: { type: 'string' }, onnxruntime: { type: 'string' }, mlci: { type: 'string' } },
    additionalProperties: false,
};
const timings = { type: 'object', additionalProperties: { type: 'number', minimum: 0 } };
/** Members shared by full records and shard records. */
const commonProperties = {
    createdAt: timestamp,
    task,
    model: modelRef,
    baseline: modelRef,
    data: dataRef,
    label: { type: 'string', minLength: 1 },
    features: stringList,
    positiveLabel: { type: 'string' },
    threshold: { type: 'number', minimum: 0, maximum: 1 },
    classes: stringList,
    explanations: _explain_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .explanationsSchema */ .u,
    timings,
    runtime,
    seed: { type: 'integer' },
};
const evaluationRecordSchema = {
    type: 'object',
    required: ['kind', 'schemaVersion', 'createdAt', 'task', 'model', 'data', 'rows', 'label', 'features', 'metrics', 'slices', 'timings', 'runtime', 'seed'],
    properties: {
        kind: { const: 'evaluation-record' },
        schemaVersion: { const: 1 },
        ...commonProperties,
        rows: nonNegativeInt,
        metrics: metricMap,
        confusionMatrix,
        baselineMetrics: metricMap,
        slices: { type: 'array', items: sliceColumn },
        comparison,
        fairness: _fairness_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .fairnessSchema */ .N5,
        shards: {
            type: 'object',
            required: ['count', 'partials'],
            properties: { count: { type: 'integer', minimum: 1 }, partials: { type: 'array', items: digest } },
            additionalProperties: false,
        },
    },
    additionalProperties: false,
};
const encodedColumns = {
    type: 'object',
    required: ['encoding', 'rows', 'columns', 'data'],
    properties: {
        encoding: { const: 'gzip-base64' },
        rows: nonNegativeInt,
        columns: {
            type: 'array',
            items: {
                type: 'object',
                required: ['name', 'type', 'width'],
                properties: {
                    name: { type: 'string' },
                    type: { enum: ['float64', 'int32', 'uint8'] },
                    width: { type: 'integer', minimum: 1 },
                    categories: stringList,
                },
                additionalProperties: false,
            },
        },
        data: { type: 'string' },
    },
    additionalProperties: false,
};
const evaluationShardSchema = {
    type: 'object',
    required: ['kind', 'schemaVersion', 'createdAt', 'shard', 'task', 'model', 'data', 'label', 'features', 'settings', 'predictions', 'timings', 'runtime', 'seed'],
    properties: {
        kind: { const: 'evaluation-shard' },
        schemaVersion: { const: 1 },
        ...commonProperties,
        shard: {
            type: 'object',
            required: ['index', 'count', 'rowStart', 'rowEnd', 'totalRows'],
            properties: {
                index: { type: 'integer', minimum: 1 },
                count: { type: 'integer', minimum: 1 },
                rowStart: nonNegativeInt,
                rowEnd: nonNegativeInt,
                totalRows: nonNegativeInt,
            },
            additionalProperties: false,
        },
        settings: { type: 'object' },
        predictions: encodedColumns,
    },
    additionalProperties: false,
};
const evaluationRecordType = new _record_type_js__WEBPACK_IMPORTED_MODULE_2__/* .RecordType */ .ee('evaluation-record', 1, evaluationRecordSchema, { deferred: { fairness: _fairness_schema_js__WEBPACK_IMPORTED_MODULE_1__/* .fairnessSchema */ .N5, explanations: _explain_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .explanationsSchema */ .u } });
const evaluationShardType = new _record_type_js__WEBPACK_IMPORTED_MODULE_2__/* .RecordType */ .ee('evaluation-shard', 1, evaluationShardSchema, { deferred: { explanations: _explain_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .explanationsSchema */ .u } });


/***/ }),

/***/ 892:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CX: () => (/* binding */ promotionEventType),
/* harmony export */   pL: () => (/* binding */ promotionConfigSchema),
/* harmony export */   vo: () => (/* binding */ environmentPointerType)
/* harmony export */ });
/* unused harmony exports DURATION_PATTERN, promotionEventSchema */
/* harmony import */ var _record_type_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5021);

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
const promotionEventType = new _record_type_js__WEBPACK_IMPORTED_MODULE_0__/* .RecordType */ .ee('promotion-event', 1, promotionEventSchema);
const environmentPointerType = new _record_type_js__WEBPACK_IMPORTED_MODULE_0__/* .RecordType */ .ee('environment-pointer', 1, {
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


/***/ })

};

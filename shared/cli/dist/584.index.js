export const id = 584;
export const ids = [584];
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

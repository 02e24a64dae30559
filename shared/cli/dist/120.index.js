export const id = 120;
export const ids = [120];
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

/***/ 9120:
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
var shared_errors = __webpack_require__(2635);
// EXTERNAL MODULE: ./shared/numbers.ts
var numbers = __webpack_require__(8964);
// EXTERNAL MODULE: ./shared/text.ts
var shared_text = __webpack_require__(2763);
// EXTERNAL MODULE: ./shared/schemas/evaluation-record.ts
var evaluation_record = __webpack_require__(6521);
// EXTERNAL MODULE: ./shared/schemas/gate-decision.ts
var gate_decision = __webpack_require__(5041);
// EXTERNAL MODULE: ./shared/schemas/lineage-record.ts
var lineage_record = __webpack_require__(1200);
// EXTERNAL MODULE: ./shared/schemas/dataset-manifest.ts
var dataset_manifest = __webpack_require__(6295);
;// CONCATENATED MODULE: ./shared/report/data-summary.ts


function parseDataSummary(value, source) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw invalid(source, 'it is not a JSON object');
    }
    const object = value;
    if (object.kind === 'dataset-manifest')
        return { manifest: dataset_manifest/* datasetManifestType */.U.validate(value, source) };
    if (isDiff(object))
        return { diff: object };
    if ('manifest' in object || 'diff' in object) {
        const summary = {};
        if (object.manifest !== undefined)
            summary.manifest = dataset_manifest/* datasetManifestType */.U.validate(object.manifest, `${source} (manifest)`);
        if (object.diff !== undefined) {
            if (!isDiff(object.diff))
                throw invalid(source, '`diff` is not a dataset diff');
            summary.diff = object.diff;
        }
        return summary;
    }
    throw invalid(source, 'it is neither a dataset manifest nor a dataset diff');
}
function isDiff(value) {
    if (typeof value !== 'object' || value === null)
        return false;
    const diff = value;
    return Array.isArray(diff.files) && typeof diff.to === 'object' && diff.to !== null && typeof diff.unchanged === 'number';
}
function invalid(source, why) {
    return new shared_errors/* UserError */.yo(`${source} is not a data summary: ${why}.`, {
        input: 'data-summary',
        file: source,
        fix: 'Pass the manifest or diff JSON written by the data-version action.',
    });
}

;// CONCATENATED MODULE: ./shared/report/read-inputs.ts








/**
 * Reading the records the report and gate are given. In the fork-safe pattern they come from an
 * artifact a pull request's code produced, so they are untrusted: size-capped before reading, parsed
 * and validated against their schema (a wrong kind or schema version says which), and only then used.
 */
/** Evaluation records are small (kilobytes); anything this big is not one. */
const MAX_RECORD_BYTES = 32 * 1024 * 1024;
async function readCapped(path, input, maxBytes) {
    let size;
    try {
        size = (await (0,promises_.stat)(path)).size;
    }
    catch (error) {
        if ((0,shared_errors/* errnoCode */.UK)(error) === 'ENOENT') {
            throw new shared_errors/* UserError */.yo(`${path} does not exist.`, { input, file: path, fix: `Check the path given to '${input}' (relative to the workspace), and that the artifact was downloaded.` });
        }
        throw error;
    }
    if (size > maxBytes) {
        throw new shared_errors/* UserError */.yo(`${path} is ${(0,shared_text/* formatBytes */.z3)(size)}, more than the ${(0,shared_text/* formatBytes */.z3)(maxBytes)} a record may be.`, {
            input,
            file: path,
            fix: 'Pass the record written by the suite; a file this large is not one (or has been tampered with).',
        });
    }
    return (0,promises_.readFile)(path, 'utf8');
}
/** Paths, each a record file or a directory of `*.json` records (a downloaded artifact). */
async function expandRecordPaths(paths, input) {
    const files = [];
    for (const path of paths) {
        const info = await (0,promises_.stat)(path).catch(() => undefined);
        if (info?.isDirectory()) {
            const names = (await (0,promises_.readdir)(path)).filter((name) => name.endsWith('.json')).sort();
            if (names.length === 0)
                throw new shared_errors/* UserError */.yo(`Directory ${path} holds no .json records.`, { input, file: path, fix: 'Point at the evaluation record file or the directory the artifact was downloaded to.' });
            files.push(...names.map((name) => (0,external_node_path_.join)(path, name)));
        }
        else {
            files.push(path);
        }
    }
    return files;
}
async function readEvaluationRecords(paths, maxBytes = MAX_RECORD_BYTES) {
    if (paths.length === 0)
        throw new shared_errors/* UserError */.yo('No evaluation record was given.', { input: 'evaluation', fix: 'Set `evaluation:` to the record file(s) written by the evaluate action.' });
    const files = await expandRecordPaths(paths, 'evaluation');
    const records = [];
    for (const file of files) {
        const text = await readCapped(file, 'evaluation', maxBytes);
        records.push({ record: withInput(() => evaluation_record/* evaluationRecordType */.oo.parse(text, file), 'evaluation'), source: file });
    }
    return records;
}
/** A file input relative to `cwd`; JSON text (a previous step's output) stays as it is. */
function resolveInput(value, cwd) {
    if (value === undefined || value.trim() === '' || value.trim().startsWith('{'))
        return value;
    return (0,external_node_path_.resolve)(cwd, value.trim());
}
/** An optional input given either as a file path or as JSON text (a previous step's output). */
async function readJsonInput(value, input, maxBytes = MAX_RECORD_BYTES) {
    if (value === undefined || value.trim() === '')
        return undefined;
    const trimmed = value.trim();
    const isInline = trimmed.startsWith('{');
    const source = isInline ? `input '${input}'` : trimmed;
    const text = isInline ? trimmed : await readCapped(trimmed, input, maxBytes);
    try {
        return { value: JSON.parse(text), source };
    }
    catch (error) {
        throw new shared_errors/* UserError */.yo(`${source} is not JSON: ${error.message}`, { input, file: isInline ? undefined : source, fix: `Pass the file (or output) the matching action wrote as '${input}'.` });
    }
}
async function readDecision(value) {
    const json = await readJsonInput(value, 'decision');
    return json && withInput(() => gate_decision/* gateDecisionType */.U.validate(json.value, json.source), 'decision');
}
async function readLineage(value) {
    const json = await readJsonInput(value, 'lineage');
    return json && withInput(() => lineage_record/* lineageRecordType */.R.validate(json.value, json.source), 'lineage');
}
async function readDataSummary(value) {
    const json = await readJsonInput(value, 'data-summary');
    return json && parseDataSummary(json.value, json.source);
}
/** Name the action input on schema errors raised by RecordType (which knows only the file). */
function withInput(read, input) {
    try {
        return read();
    }
    catch (error) {
        if (error instanceof shared_errors/* UserError */.yo && error.location.input === undefined) {
            throw new shared_errors/* UserError */.yo(error.message, { ...error.location, input, ...(error.fix ? { fix: error.fix } : {}), cause: error });
        }
        throw error;
    }
}

// EXTERNAL MODULE: ./node_modules/markdown-table/index.js
var markdown_table = __webpack_require__(735);
// EXTERNAL MODULE: ./shared/report/escape.ts
var report_escape = __webpack_require__(6682);
;// CONCATENATED MODULE: ./shared/report/format.ts


/** Number formatting shared by every report table, so the same figure always reads the same. */
const MINUS = '−';
function formatNumber(value, digits = 3) {
    if (!Number.isFinite(value))
        return String(value);
    const abs = Math.abs(value);
    const text = abs !== 0 && (abs < 10 ** -digits || abs >= 1e6) ? abs.toExponential(2) : abs.toFixed(digits);
    return value < 0 && Number(text) !== 0 ? `${MINUS}${text}` : text;
}
function formatSigned(value, digits = 3) {
    const text = formatNumber(value, digits);
    return value > 0 && Number(Math.abs(value).toFixed(digits)) !== 0 ? `+${text}` : text;
}
function formatInteger(value) {
    return value.toLocaleString('en-US');
}
/** A metric value for a table cell; an undefined value shows its reason. */
function formatMetric(value, signed = false) {
    if (value === undefined)
        return '';
    if ((0,evaluation_record/* isUndefinedValue */.Ul)(value))
        return `n/a (${(0,report_escape/* escapeMarkdownTableCell */.Zs)(value.undefined)})`;
    return signed ? formatSigned(value) : formatNumber(value);
}
function formatInterval(ci) {
    if (ci === undefined)
        return '';
    if ((0,evaluation_record/* isUndefinedValue */.Ul)(ci))
        return `n/a (${(0,report_escape/* escapeMarkdownTableCell */.Zs)(ci.undefined)})`;
    return `[${formatSigned(ci[0])}, ${formatSigned(ci[1])}]`;
}
function formatPercent(share) {
    return `${(share * 100).toFixed(1)}%`;
}
/** Metrics where lower is better, when no comparison says so. */
const LOWER_IS_BETTER = /(^|_)(loss|log_loss|brier|mae|mse|rmse|error|fnr|fpr)($|_)/;
function higherIsBetter(metric) {
    return !LOWER_IS_BETTER.test(metric);
}
/** The short digest shown in prose: `sha256:0123456789ab`. */
function shortDigest(digest) {
    return digest.slice(0, 'sha256:'.length + 12);
}

;// CONCATENATED MODULE: ./shared/report/gate-summary.ts



/** The gate's rules table: the check run's summary, and a section of the PR comment. */
const STATUS_ICON = { pass: '✅ pass', warn: '⚠️ warn', fail: '❌ fail', error: '🛑 error', 'not-run': '⏭️ not run' };
const ORDER = { error: 0, fail: 1, 'not-run': 2, warn: 3, pass: 4 };
/** Problems first, then in policy order (stable). */
function sortRules(rules) {
    return rules.map((rule, i) => ({ rule, i })).sort((a, b) => ORDER[a.rule.status] - ORDER[b.rule.status] || a.i - b.i).map(({ rule }) => rule);
}
function gateHeadline(decision) {
    const problems = decision.counts.fail + decision.counts.error + (decision.notRun === 'fail' ? decision.counts['not-run'] : 0);
    if (decision.outcome === 'pass')
        return `✅ **Gate passed**: ${decision.counts.pass} of ${decision.rules.length} rules pass${decision.counts.warn ? `, ${decision.counts.warn} warning${decision.counts.warn === 1 ? '' : 's'}` : ''}.`;
    if (decision.override) {
        const who = decision.override.appliedBy ? `@${decision.override.appliedBy}` : 'someone (GitHub kept no event)';
        return `⚠️ **Gate overridden**: ${problems} rule${problems === 1 ? '' : 's'} would block, but the ${(0,report_escape/* inlineCode */.ti)(decision.override.label)} label applied by ${(0,report_escape/* escapeMarkdown */.FV)(who)} lets it pass.`;
    }
    return `❌ **Gate blocked**: ${problems} rule${problems === 1 ? '' : 's'} failed${decision.counts.warn ? `, ${decision.counts.warn} warning${decision.counts.warn === 1 ? '' : 's'}` : ''}.`;
}
function rulesTable(rules, policySource, maxRows = rules.length) {
    const sorted = sortRules(rules);
    const rows = sorted.slice(0, maxRows).map((rule) => [
        STATUS_ICON[rule.status],
        (0,report_escape/* escapeMarkdownTableCell */.Zs)(rule.subject),
        figure(rule, rule.observed),
        figure(rule, rule.threshold),
        (0,report_escape/* escapeMarkdownTableCell */.Zs)(rule.message) + (rule.evaluation ? ` (${(0,report_escape/* escapeMarkdownTableCell */.Zs)(rule.evaluation)})` : ''),
        rule.line === undefined ? (0,report_escape/* inlineCode */.ti)(rule.id, { tableCell: true }) : `${(0,report_escape/* inlineCode */.ti)(`${policySource}:${rule.line}`, { tableCell: true })}`,
    ]);
    const table = (0,markdown_table/* markdownTable */.Q)([['Status', 'Rule', 'Observed', 'Threshold', 'Detail', 'Policy'], ...rows], { alignDelimiters: false });
    const more = sorted.length > rows.length ? ['', `_${sorted.length - rows.length} more rules (all passing or warnings) in the decision record._`] : [];
    return [table, ...more];
}
function figure(rule, value) {
    if (value === undefined)
        return '';
    return rule.kind === 'min-rows' ? formatInteger(value) : formatNumber(value);
}
/** The check run's summary (cut to bytes by the caller) and the gate section of the comment. */
function renderGateSummary(decision) {
    return [
        gateHeadline(decision),
        '',
        ...rulesTable(decision.rules, decision.policy.source),
        '',
        `<sub>Model ${(0,report_escape/* inlineCode */.ti)(shortDigest(decision.model))} · policy ${(0,report_escape/* inlineCode */.ti)(shortDigest(decision.policy.digest))} · fail-on ${decision.failOn} · not-run counts as ${decision.notRun}</sub>`,
    ].join('\n');
}

;// CONCATENATED MODULE: ./shared/report/truncate.ts
/**
 * Deterministic cutting of markdown to GitHub's limits. Whole sections are dropped first (by the caller,
 * lowest priority first); this is the last resort: cut at a line boundary, never inside a code fence (a
 * half Mermaid block fails to render) and close any `<details>` left open, then append the note. Limits
 * are on characters (comments: 65,536) and, optionally, UTF-8 bytes (check-run summaries: 65,535).
 */
function fits(text, limit) {
    return text.length <= limit.chars && (limit.bytes === undefined || Buffer.byteLength(text, 'utf8') <= limit.bytes);
}
function truncateMarkdown(text, limit, note) {
    if (fits(text, limit))
        return text;
    const lines = text.split('\n');
    // Binary search for the most lines whose repaired prefix plus the note fits.
    let low = 0;
    let high = lines.length;
    while (low < high) {
        const mid = Math.ceil((low + high) / 2);
        if (fits(repair(lines.slice(0, mid)) + note, limit))
            low = mid;
        else
            high = mid - 1;
    }
    const cut = repair(lines.slice(0, low)) + note;
    return fits(cut, limit) ? cut : hardCut(note, limit);
}
/** Drop an unterminated code fence and close open `<details>` blocks. */
function repair(lines) {
    const kept = [...lines];
    let fenceStart = -1;
    kept.forEach((line, i) => {
        if (/^\s*(```|~~~)/.test(line))
            fenceStart = fenceStart === -1 ? i : -1;
    });
    if (fenceStart !== -1)
        kept.length = fenceStart;
    const text = kept.join('\n');
    const open = (text.match(/<details\b/g) ?? []).length - (text.match(/<\/details>/g) ?? []).length;
    return text + '\n' + '\n</details>\n'.repeat(Math.max(0, open));
}
function hardCut(note, limit) {
    let out = note;
    while (!fits(out, limit))
        out = out.slice(0, -1);
    return out;
}

// EXTERNAL MODULE: ./shared/digest.ts
var digest = __webpack_require__(5568);
;// CONCATENATED MODULE: ./shared/policy/evaluate-policy.ts

function result(ctx, kind, subject, status, message, figures = {}) {
    // A failing rule of severity warn only warns.
    const shown = status === 'fail' && ctx.severity === 'warn' ? 'warn' : status;
    const place = ctx.policy.locate(ctx.pointer);
    return {
        id: ctx.pointer,
        kind,
        subject,
        status: shown,
        severity: ctx.severity,
        message,
        ...(figures.observed !== undefined && Number.isFinite(figures.observed) ? { observed: figures.observed } : {}),
        ...(figures.threshold !== undefined ? { threshold: figures.threshold } : {}),
        ...(ctx.evaluation !== undefined ? { evaluation: ctx.evaluation } : {}),
        ...(place ? { line: place.line, column: place.column } : {}),
    };
}
function evaluatePolicy(policy, inputs) {
    const results = [];
    const several = inputs.evaluations.length > 1;
    for (const { record, source } of inputs.evaluations) {
        const evaluation = several ? source : undefined;
        results.push(...rowRules(policy, record, evaluation));
        (policy.file.metrics ?? []).forEach((rule, i) => results.push(...metricRules(policy, rule, i, record, evaluation)));
        (policy.file.fairness ?? []).forEach((rule, i) => results.push(...fairnessRules(policy, rule, i, record, evaluation)));
    }
    results.push(...dataRules(policy, inputs.data));
    return results;
}
function fmt(value) {
    return Number.isInteger(value) ? String(value) : value.toPrecision(4).replace(/\.?0+$/, '');
}
function rowRules(policy, record, evaluation) {
    const rows = policy.file.rows;
    if (!rows)
        return [];
    const ctx = { policy, pointer: '/rows/min', severity: rows.severity ?? 'fail', ...(evaluation ? { evaluation } : {}) };
    const ok = record.rows >= rows.min;
    const message = ok ? `${record.rows} rows ≥ ${rows.min}` : `only ${record.rows} rows; the policy needs at least ${rows.min}`;
    return [result(ctx, 'min-rows', 'rows', ok ? 'pass' : 'fail', message, { observed: record.rows, threshold: rows.min })];
}
function metricRules(policy, rule, index, record, evaluation) {
    const base = { policy, severity: rule.severity ?? 'fail', ...(evaluation ? { evaluation } : {}) };
    const out = [];
    const value = record.metrics[rule.metric];
    if (rule.min !== undefined) {
        out.push(bound({ ...base, pointer: `/metrics/${index}/min` }, 'metric-floor', rule.metric, value, rule.min, record));
    }
    if (rule.max !== undefined) {
        out.push(bound({ ...base, pointer: `/metrics/${index}/max` }, 'metric-ceiling', rule.metric, value, rule.max, record));
    }
    if (rule.margin !== undefined) {
        out.push(nonInferiority({ ...base, pointer: `/metrics/${index}/margin` }, rule.metric, rule.margin, record));
    }
    return out;
}
function bound(ctx, kind, metric, value, limit, record) {
    if (value === undefined) {
        const known = Object.keys(record.metrics).join(', ') || 'none';
        return result(ctx, kind, metric, 'not-run', `metric ${metric} is not in the evaluation record (it has: ${known})`, { threshold: limit });
    }
    if ((0,evaluation_record/* isUndefinedValue */.Ul)(value))
        return result(ctx, kind, metric, 'error', `${metric} could not be computed: ${value.undefined}`, { threshold: limit });
    const floor = kind === 'metric-floor';
    const ok = floor ? value >= limit : value <= limit;
    const relation = floor ? (ok ? '≥' : '<') : ok ? '≤' : '>';
    return result(ctx, kind, metric, ok ? 'pass' : 'fail', `${metric} = ${fmt(value)} ${relation} ${fmt(limit)}`, { observed: value, threshold: limit });
}
function nonInferiority(ctx, metric, margin, record) {
    const comparison = record.comparison?.metrics[metric];
    if (!record.baseline || !comparison) {
        return result(ctx, 'non-inferiority', metric, 'not-run', `no baseline comparison of ${metric} in the evaluation record (evaluate with a baseline model)`, { threshold: margin });
    }
    if ((0,evaluation_record/* isUndefinedValue */.Ul)(comparison.ci)) {
        return result(ctx, 'non-inferiority', metric, 'error', `the confidence interval of the ${metric} delta could not be computed: ${comparison.ci.undefined}`, { threshold: margin });
    }
    if (!(0,evaluation_record/* isUndefinedValue */.Ul)(comparison.mde) && margin < comparison.mde) {
        return result(ctx, 'non-inferiority', metric, 'error', `margin ${fmt(margin)} is smaller than the minimum detectable effect ${fmt(comparison.mde)} at ${record.rows} rows: the gate would flap on noise. Raise the margin to at least ${fmt(comparison.mde)} or evaluate on more rows`, { observed: comparison.mde, threshold: margin });
    }
    const [low, high] = comparison.ci;
    // The bound on the worse side: the lower bound when higher is better, the upper bound for losses.
    const worst = comparison.higherIsBetter ? low : -high;
    const ok = worst >= -margin;
    const side = comparison.higherIsBetter ? 'lower' : 'upper';
    const shownBound = comparison.higherIsBetter ? low : high;
    const message = ok
        ? `${metric} is non-inferior: the ${side} CI bound of the delta (${fmt(shownBound)}) is within the margin ${fmt(margin)}`
        : `${metric} may be worse than the baseline by more than ${fmt(margin)}: the ${side} CI bound of the delta is ${fmt(shownBound)}`;
    return result(ctx, 'non-inferiority', metric, ok ? 'pass' : 'fail', message, { observed: shownBound, threshold: margin });
}
function featureName(rule) {
    return Array.isArray(rule.feature) ? rule.feature : [rule.feature];
}
function fairnessRules(policy, rule, index, record, evaluation) {
    const base = { policy, severity: rule.severity ?? 'fail', ...(evaluation ? { evaluation } : {}) };
    const columns = featureName(rule);
    const subject = `${rule.metric} (${columns.join(' × ')})`;
    const checks = [];
    if (rule.min !== undefined)
        checks.push({ pointer: `/fairness/${index}/min`, kind: 'fairness-floor', limit: rule.min });
    if (rule.max !== undefined)
        checks.push({ pointer: `/fairness/${index}/max`, kind: 'fairness-ceiling', limit: rule.max });
    if (rule.max_increase !== undefined)
        checks.push({ pointer: `/fairness/${index}/max_increase`, kind: 'fairness-worsening', limit: rule.max_increase });
    const figure = fairnessFigure(record, columns, rule.metric);
    return checks.map(({ pointer, kind, limit }) => {
        const ctx = { ...base, pointer };
        if (typeof figure === 'string')
            return result(ctx, kind, subject, 'not-run', figure, { threshold: limit });
        return kind === 'fairness-worsening' ? worsening(ctx, subject, rule.metric, figure, limit) : fairnessBound(ctx, kind, subject, figure.value, limit);
    });
}
/** The disparity (binary) or gap (regression) for a feature, or why there is none. */
function fairnessFigure(record, columns, metric) {
    const section = record.fairness;
    if (!section)
        return 'the evaluation record has no fairness section (evaluate with sensitive features)';
    const feature = section.features.find((f) => f.columns.length === columns.length && f.columns.every((c, i) => c === columns[i]));
    if (!feature)
        return `no fairness results for ${columns.join(' × ')} (evaluated: ${section.features.map((f) => f.columns.join(' × ')).join(', ') || 'none'})`;
    const table = (section.task === 'binary' ? feature.disparities : feature.gaps);
    const figure = table[metric];
    if (!figure)
        return `${metric} is not a ${section.task} fairness metric (available: ${Object.keys(table).join(', ')})`;
    return { ...figure, ...(feature.note ? { note: feature.note } : {}) };
}
function fairnessBound(ctx, kind, subject, value, limit) {
    if ((0,evaluation_record/* isUndefinedValue */.Ul)(value))
        return result(ctx, kind, subject, 'error', `${subject} could not be computed: ${value.undefined}`, { threshold: limit });
    const floor = kind === 'fairness-floor';
    const ok = floor ? value >= limit : value <= limit;
    const relation = floor ? (ok ? '≥' : '<') : ok ? '≤' : '>';
    return result(ctx, kind, subject, ok ? 'pass' : 'fail', `${subject} = ${fmt(value)} ${relation} ${fmt(limit)}`, { observed: value, threshold: limit });
}
/** Ratios are better high; differences and gaps are better low. */
function fairnessHigherIsBetter(metric) {
    return /ratio/.test(metric);
}
function worsening(ctx, subject, metric, figure, limit) {
    if (figure.ci === undefined) {
        return result(ctx, 'fairness-worsening', subject, 'not-run', `no baseline comparison for ${subject} (evaluate with a baseline model)`, { threshold: limit });
    }
    if ((0,evaluation_record/* isUndefinedValue */.Ul)(figure.ci))
        return result(ctx, 'fairness-worsening', subject, 'error', `the interval of the ${subject} change could not be computed: ${figure.ci.undefined}`, { threshold: limit });
    const [low, high] = figure.ci;
    // Confident worsening: the whole interval lies beyond the allowed change on the worse side.
    const higherIsBetter = fairnessHigherIsBetter(metric);
    const bestCase = higherIsBetter ? -high : low;
    const ok = bestCase <= limit;
    const shown = higherIsBetter ? high : low;
    const message = ok
        ? `no confident worsening of ${subject} beyond ${fmt(limit)} (interval of the change [${fmt(low)}, ${fmt(high)}])`
        : `${subject} got worse by more than ${fmt(limit)} with confidence (interval of the change [${fmt(low)}, ${fmt(high)}])`;
    return result(ctx, 'fairness-worsening', subject, ok ? 'pass' : 'fail', message, { observed: shown, threshold: limit });
}
function dataRules(policy, data) {
    const rules = policy.file.data;
    if (!rules)
        return [];
    const severity = rules.severity ?? 'fail';
    const out = [];
    if (rules.max_null_share !== undefined)
        out.push(...nullShareRules({ policy, severity, pointer: '/data/max_null_share' }, rules.max_null_share, rules.columns, data));
    if (rules.schema === 'unchanged')
        out.push(schemaRule({ policy, severity, pointer: '/data/schema' }, data));
    return out;
}
function nullShareRules(ctx, limit, only, data) {
    const files = data?.manifest?.files.filter((f) => f.profile) ?? [];
    if (files.length === 0) {
        return [result(ctx, 'null-share', 'data', 'not-run', 'no column profiles: pass the data-version manifest as data-summary', { threshold: limit })];
    }
    const out = [];
    const seen = new Set();
    for (const file of files) {
        for (const column of file.profile.columns) {
            if (only && !only.includes(column.name))
                continue;
            seen.add(column.name);
            const subject = files.length > 1 ? `${file.path}: ${column.name}` : column.name;
            const ok = column.nullShare <= limit;
            const message = `${subject}: ${fmt(column.nullShare * 100)}% nulls ${ok ? '≤' : '>'} ${fmt(limit * 100)}%`;
            out.push(result(ctx, 'null-share', subject, ok ? 'pass' : 'fail', message, { observed: column.nullShare, threshold: limit }));
        }
    }
    for (const missing of (only ?? []).filter((c) => !seen.has(c))) {
        out.push(result(ctx, 'null-share', missing, 'not-run', `column ${missing} is not in the data`, { threshold: limit }));
    }
    return out;
}
function schemaRule(ctx, data) {
    const diff = data?.diff;
    if (!diff)
        return result(ctx, 'schema-unchanged', 'schema', 'not-run', 'no data diff: pass the data-version diff as data-summary');
    if (!diff.from)
        return result(ctx, 'schema-unchanged', 'schema', 'pass', 'first version of the data: nothing to compare');
    const changes = diff.files.flatMap((file) => {
        if (file.change === 'added' || file.change === 'removed')
            return [`${file.path} ${file.change}`];
        return (file.table?.columns ?? []).filter((c) => c.change !== 'stats').map((c) => `${c.name} ${c.change === 'type' ? 'retyped' : c.change}`);
    });
    if (changes.length === 0)
        return result(ctx, 'schema-unchanged', 'schema', 'pass', 'no column added, removed or retyped');
    return result(ctx, 'schema-unchanged', 'schema', 'fail', `schema changed: ${changes.slice(0, 5).join(', ')}${changes.length > 5 ? ` and ${changes.length - 5} more` : ''}`);
}

;// CONCATENATED MODULE: ./shared/policy/decide-gate.ts




function decideGate(request) {
    const model = commonModel(request);
    const rules = evaluatePolicy(request.policy, { evaluations: request.evaluations, ...(request.data ? { data: request.data } : {}) });
    const notRun = request.policy.file.not_run ?? 'fail';
    const counts = countStatuses(rules);
    const outcome = rules.some((rule) => blocks(rule.status, request.failOn, notRun)) ? 'block' : 'pass';
    const baseline = request.evaluations[0]?.record.baseline?.digest;
    const decision = {
        kind: 'gate-decision',
        schemaVersion: 1,
        createdAt: (request.now ?? new Date()).toISOString(),
        model,
        ...(baseline ? { baseline } : {}),
        evaluations: request.evaluations.map(({ record }) => (0,digest/* digestOfJson */.Qs)(record)),
        policy: { digest: request.policy.digest, source: request.policy.source },
        failOn: request.failOn,
        notRun,
        rules,
        counts,
        outcome,
        ...(request.override ? { override: request.override } : {}),
        conclusion: outcome === 'pass' || request.override ? 'success' : 'failure',
        ...(request.headSha ? { headSha: request.headSha } : {}),
    };
    return gate_decision/* gateDecisionType */.U.validate(decision, 'gate decision');
}
function blocks(status, failOn, notRun) {
    const effective = status === 'not-run' ? notRun : status;
    if (effective === 'fail' || effective === 'error')
        return true;
    return effective === 'warn' && failOn === 'warn';
}
function countStatuses(rules) {
    const counts = { pass: 0, warn: 0, fail: 0, error: 0, 'not-run': 0 };
    for (const rule of rules)
        counts[rule.status] += 1;
    return counts;
}
function commonModel(request) {
    const [first, ...rest] = request.evaluations;
    if (!first)
        throw new shared_errors/* UserError */.yo('No evaluation record was given.', { input: 'evaluation', fix: 'Pass the evaluation record(s) written by the evaluate action.' });
    const model = first.record.model.digest;
    for (const other of rest) {
        if (other.record.model.digest !== model) {
            throw new shared_errors/* UserError */.yo(`${other.source} is about model ${other.record.model.digest.slice(0, 19)}…, but ${first.source} is about ${model.slice(0, 19)}…: one gate judges one model.`, { input: 'evaluation', file: other.source, field: '/model/digest', fix: 'Pass only the evaluation records of the candidate model this check is about.' });
        }
    }
    if (request.expectedModel && request.expectedModel !== model) {
        throw new shared_errors/* UserError */.yo(`${first.source} is about model ${model}, but this check is about ${request.expectedModel}.`, {
            input: 'evaluation',
            file: first.source,
            field: '/model/digest',
            fix: 'Download the evaluation record of the same run (same model digest) that this check is for.',
        });
    }
    return model;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./shared/schemas/policy.ts
/**
 * The gate policy file (YAML or JSON), written by users. Keys are snake_case, like workflow YAML. Every
 * rule is an entry in a list so that a failing rule has a line to annotate.
 *
 * ```yaml
 * version: 1
 * not_run: fail            # a rule that could not run counts as: fail (default) | warn | pass
 * rows: { min: 1000 }
 * metrics:
 *   - metric: roc_auc
 *     min: 0.80            # absolute floor on the candidate
 *     margin: 0.01         # non-inferiority: block when the CI lower bound of the delta is below -0.01
 *   - metric: log_loss
 *     max: 0.45            # absolute ceiling
 *     severity: warn       # a failing warn-rule warns instead of blocking (unless fail-on: warn)
 * fairness:
 *   - feature: gender      # the sensitive column (a list for an intersection)
 *     metric: demographic_parity_ratio
 *     min: 0.8
 *   - feature: gender
 *     metric: equalized_odds_difference
 *     max_increase: 0.02   # block a confident worsening by more than 0.02 against the baseline
 * data:
 *   max_null_share: 0.05   # any column of the evaluated data
 *   schema: unchanged      # no added, removed or retyped column against the previous data version
 * ```
 */
const severity = { enum: ['fail', 'warn'] };
const finite = { type: 'number' };
const nonNegative = { type: 'number', minimum: 0 };
const policySchema = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://mlci.dev/schemas/policy-v1.json',
    type: 'object',
    required: ['version'],
    additionalProperties: false,
    properties: {
        version: { const: 1 },
        not_run: { enum: ['fail', 'warn', 'pass'] },
        rows: {
            type: 'object',
            required: ['min'],
            additionalProperties: false,
            properties: { min: { type: 'integer', minimum: 1 }, severity },
        },
        metrics: {
            type: 'array',
            items: {
                type: 'object',
                required: ['metric'],
                anyOf: [{ required: ['min'] }, { required: ['max'] }, { required: ['margin'] }],
                additionalProperties: false,
                properties: {
                    metric: { type: 'string', minLength: 1 },
                    min: finite,
                    max: finite,
                    margin: { type: 'number', exclusiveMinimum: 0 },
                    severity,
                },
            },
        },
        fairness: {
            type: 'array',
            items: {
                type: 'object',
                required: ['feature', 'metric'],
                anyOf: [{ required: ['min'] }, { required: ['max'] }, { required: ['max_increase'] }],
                additionalProperties: false,
                properties: {
                    feature: {
                        anyOf: [{ type: 'string', minLength: 1 }, { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } }],
                    },
                    metric: { type: 'string', minLength: 1 },
                    min: finite,
                    max: finite,
                    max_increase: nonNegative,
                    severity,
                },
            },
        },
        data: {
            type: 'object',
            additionalProperties: false,
            properties: {
                max_null_share: { type: 'number', minimum: 0, maximum: 1 },
                columns: { type: 'array', items: { type: 'string', minLength: 1 } },
                schema: { const: 'unchanged' },
                severity,
            },
        },
    },
};

// EXTERNAL MODULE: ./shared/schemas/record-type.ts
var record_type = __webpack_require__(5021);
;// CONCATENATED MODULE: ./shared/policy/load-policy.ts





// strictRequired off: the "at least one threshold" anyOf names members declared one level up.
const ajv = (0,record_type/* createAjv */.gr)({ strictRequired: false });
const policyValidator = (0,record_type/* compileOnFirstUse */.E0)(() => ajv.compile(policySchema));
function parsePolicy(text, source) {
    const lineCounter = new dist/* LineCounter */.HN();
    const document = (0,dist/* parseDocument */.Tp)(text, { lineCounter, uniqueKeys: true, prettyErrors: true });
    const locate = (pointer) => locatePointer(document, lineCounter, pointer);
    const syntax = document.errors[0];
    if (syntax) {
        const [line, column] = syntax.linePos?.[0] ? [syntax.linePos[0].line, syntax.linePos[0].col] : [undefined, undefined];
        throw new shared_errors/* UserError */.yo(`${source} is not valid YAML/JSON: ${syntax.message.split('\n')[0]}`, {
            file: source,
            ...(line !== undefined ? { line, column } : {}),
            fix: 'Fix the syntax at that position (a duplicate key, a bad indent or an unclosed bracket).',
        });
    }
    const value = document.toJS();
    const validatePolicy = policyValidator();
    if (!validatePolicy(value)) {
        throw schemaError(validatePolicy.errors ?? [], source, locate);
    }
    return { file: value, source, digest: (0,digest/* digestBytes */.QN)(text), locate };
}
function schemaError(errors, source, locate) {
    const error = mostSpecific(errors);
    const { pointer, text } = describe(error);
    const place = locate(pointer) ?? locate(error.instancePath) ?? { line: 1, column: 1 };
    return new shared_errors/* UserError */.yo(`${source}: ${text}`, {
        file: source,
        line: place.line,
        column: place.column,
        field: pointer || '/',
        fix: `Correct ${pointer || 'the top level'}; the policy format is documented in shared/schemas/policy.ts (actions/gate README).`,
    });
}
/**
 * The deepest error is the one that says what to change. Errors inside `anyOf` branches only say "not
 * this alternative", so they count only when nothing else is wrong (then the anyOf error itself speaks).
 */
function mostSpecific(errors) {
    const concrete = errors.filter((e) => e.keyword !== 'anyOf' && !e.schemaPath.includes('/anyOf/'));
    const alternatives = errors.filter((e) => e.keyword === 'anyOf');
    const pool = concrete.length ? concrete : alternatives.length ? alternatives : errors;
    return [...pool].sort((a, b) => b.instancePath.split('/').length - a.instancePath.split('/').length)[0];
}
function describe(error) {
    const params = error.params;
    const at = error.instancePath || '/';
    if (error.keyword === 'additionalProperties') {
        const key = String(params.additionalProperty);
        return { pointer: `${error.instancePath}/${key}`, text: `unknown field '${key}' at ${at}` };
    }
    if (error.keyword === 'required') {
        const key = String(params.missingProperty);
        return { pointer: error.instancePath, text: `missing field '${key}' at ${at}` };
    }
    if (error.keyword === 'enum' || error.keyword === 'const') {
        const allowed = params.allowedValues ?? [params.allowedValue];
        return { pointer: error.instancePath, text: `${at} must be ${allowed.map((v) => JSON.stringify(v)).join(' or ')}` };
    }
    if (error.keyword === 'anyOf' && /^\/(metrics|fairness)\/\d+$/.test(error.instancePath)) {
        return { pointer: error.instancePath, text: `rule ${at} has no threshold (give min, max, margin or max_increase)` };
    }
    if (error.keyword === 'anyOf' && error.instancePath.endsWith('/feature')) {
        return { pointer: error.instancePath, text: `${at} must be a column name or a list of column names` };
    }
    return { pointer: error.instancePath, text: `${at} ${error.message ?? 'is invalid'}` };
}
function locatePointer(document, lineCounter, pointer) {
    let node = document.contents;
    let keyNode;
    const segments = pointer === '' ? [] : pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
    for (const segment of segments) {
        if ((0,dist/* isMap */.jh)(node)) {
            const pair = node.items.find((item) => (0,dist/* isScalar */.jn)(item.key) && String(item.key.value) === segment);
            if (!pair)
                return keyNode ? position(keyNode, lineCounter) : undefined;
            keyNode = pair.key;
            node = pair.value;
        }
        else if ((0,dist/* isSeq */.oP)(node)) {
            node = node.items[Number(segment)];
            keyNode = undefined;
        }
        else {
            break;
        }
    }
    // Point at the key of a member (`margin: 0.001` → the line of `margin`), else at the value.
    const target = keyNode ?? node;
    return target ? position(target, lineCounter) : undefined;
}
function position(node, lineCounter) {
    const offset = node.range?.[0];
    if (offset === undefined)
        return undefined;
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
}

;// CONCATENATED MODULE: ./shared/policy/run-gate.ts








const CHECK_SUMMARY_LIMIT = { chars: 65_535, bytes: 65_535 };
async function runGate(request, ports) {
    // Relative paths are relative to the repository root, wherever the process runs.
    const policy = parsePolicy(await readPolicy((0,external_node_path_.resolve)(request.workspace, request.policy), request.policy), request.policy);
    const evaluations = await readEvaluationRecords(request.evaluation.map((path) => (0,external_node_path_.resolve)(request.workspace, path)));
    const data = await readDataSummary(resolveInput(request.dataSummary, request.workspace));
    const target = ports.resolveTarget ? await ports.resolveTarget(request.event) : { kind: 'commit', sha: request.event.sha };
    const headSha = target.kind === 'commit' ? target.sha : target.headSha;
    const override = await findOverride(request, ports, target);
    const decision = decideGate({
        policy, evaluations, failOn: request.failOn,
        ...(data ? { data } : {}), ...(override ? { override } : {}), ...(request.expectedModel ? { expectedModel: request.expectedModel } : {}),
        ...(/^[0-9a-f]{40}$/.test(headSha) ? { headSha } : {}), ...(request.now ? { now: request.now } : {}),
    });
    const summary = renderGateSummary(decision);
    const result = { decision, conclusion: decision.conclusion, summary };
    await ports.appendSummary?.(summary);
    if (ports.publishCheck && headSha) {
        const check = await ports.publishCheck({
            headSha,
            name: request.checkName,
            conclusion: decision.conclusion,
            title: checkTitle(decision),
            summary: truncateMarkdown(summary, CHECK_SUMMARY_LIMIT, '\n\n> Cut at the check-run limit; the full table is in the job summary.\n'),
            annotations: annotations(decision, repositoryPath(request.policy, request.workspace)),
            ...(request.detailsUrl ? { detailsUrl: request.detailsUrl } : {}),
        });
        ports.log(`Check run '${request.checkName}' on ${headSha.slice(0, 12)}: ${decision.conclusion} (${check.url})`);
        result.checkRunId = check.id;
        result.checkRunUrl = check.url;
    }
    return result;
}
/** The step fails on a block too, so a workflow without required checks still stops. */
function assertGatePassed(result) {
    if (result.conclusion === 'success')
        return;
    const { counts } = result.decision;
    throw new UserError(`The model gate blocked this change: ${counts.fail} failed, ${counts.error} errors, ${counts['not-run']} not run (see the rules table in the job summary).`, {
        input: 'policy',
        file: result.decision.policy.source,
        fix: 'Fix the regression, change the policy in review, or have a maintainer apply the override label.',
    });
}
async function readPolicy(path, shown) {
    try {
        return await (0,promises_.readFile)(path, 'utf8');
    }
    catch (error) {
        if ((0,shared_errors/* errnoCode */.UK)(error) === 'ENOENT')
            throw new shared_errors/* UserError */.yo(`Policy file ${shown} does not exist.`, { input: 'policy', file: shown, fix: 'Commit a policy file (see the gate README) and pass its path as `policy:`.' });
        throw error;
    }
}
async function findOverride(request, ports, target) {
    if (!request.overrideLabel || target.kind !== 'pull-request' || !ports.findLabel)
        return undefined;
    const applied = await ports.findLabel(target.number, request.overrideLabel);
    if (!applied)
        return undefined;
    return { label: applied.label, ...(applied.appliedBy ? { appliedBy: applied.appliedBy } : {}), ...(applied.appliedAt ? { appliedAt: applied.appliedAt } : {}) };
}
function checkTitle(decision) {
    if (decision.outcome === 'pass')
        return `Passed: ${decision.counts.pass}/${decision.rules.length} rules`;
    if (decision.override)
        return `Overridden by ${decision.override.appliedBy ?? 'label'}: ${decision.counts.fail + decision.counts.error} rules would block`;
    return `Blocked: ${decision.counts.fail} failed, ${decision.counts.error} errors, ${decision.counts['not-run']} not run`;
}
function annotations(decision, path) {
    return decision.rules
        .filter((rule) => rule.line !== undefined && rule.status !== 'pass')
        .map((rule) => ({
        path,
        startLine: rule.line,
        level: blocks(rule.status, decision.failOn, decision.notRun) ? 'failure' : 'warning',
        title: `${rule.status}: ${rule.subject}`,
        message: rule.message,
    }));
}
function repositoryPath(path, workspace) {
    const absolute = (0,external_node_path_.isAbsolute)(path) ? path : (0,external_node_path_.resolve)(workspace, path);
    return (0,external_node_path_.relative)(workspace, absolute).split(external_node_path_.sep).join('/');
}

// EXTERNAL MODULE: ./shared/github/errors.ts
var errors = __webpack_require__(5585);
;// CONCATENATED MODULE: ./shared/github/identity.ts



const GITHUB_ACTIONS_LOGIN = 'github-actions[bot]';
async function identity_resolveIdentity(octokit, configuredLogin) {
    if (configuredLogin)
        return { login: configuredLogin, appSlug: appSlugOf(configuredLogin), source: 'configured' };
    try {
        const { data } = await octokit.rest.users.getAuthenticated();
        return { login: data.login, appSlug: appSlugOf(data.login), source: 'api' };
    }
    catch (error) {
        const status = httpStatus(error);
        if (status !== 403 && status !== 401 && status !== 404)
            throw error;
        return { login: GITHUB_ACTIONS_LOGIN, appSlug: 'github-actions', source: 'github-token' };
    }
}
function appSlugOf(login) {
    return login.replace(/\[bot\]$/, '');
}
/**
 * GitHub logins: letters, digits and hyphens, at most 39 (managed users add `_shortcode`); an App's
 * installation token posts as `<slug>[bot]`.
 */
const LOGIN_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,44}(?:\[bot\])?$/;
/** GitHub logins are case-insensitive: `My-App[bot]` and `my-app[bot]` are the same account. */
function identity_sameLogin(a, b) {
    return a.toLowerCase() === b.toLowerCase();
}
/** A configured login, checked for shape; `input` names the action input (or CLI flag) it came from. */
function validateLogin(login, input) {
    const trimmed = login.trim();
    if (!LOGIN_PATTERN.test(trimmed)) {
        throw new UserError(`${input} ${quoteUntrusted(login)} is not a GitHub login.`, {
            input,
            fix: 'Give the login the token posts as: `<app-slug>[bot]` for a GitHub App token (e.g. `mlci-reporter[bot]`), or the user name of a personal access token.',
        });
    }
    return trimmed;
}
/**
 * Who a comment must be by to count as ours, when the caller names it. Checked against what GitHub
 * says before anything is written: a personal token's GET /user must give the same login, and an
 * installation token (GET /user refused) can only post as a `[bot]`. Naming someone else would make
 * us adopt, and with a maintainer's token edit, their comments.
 */
async function identity_resolveConfiguredAuthor(octokit, configured, input) {
    const login = validateLogin(configured, input);
    const detected = await identity_resolveIdentity(octokit);
    if (detected.source === 'api' && !identity_sameLogin(detected.login, login)) {
        throw new UserError(`${input} is '${login}', but the token belongs to '${detected.login}'.`, {
            input,
            fix: `Set \`${input}: ${detected.login}\`, or leave it out: a personal token's login is found on its own.`,
        });
    }
    if (detected.source === 'github-token' && !login.endsWith('[bot]')) {
        throw new UserError(`${input} is '${login}', but the token is an installation token (GITHUB_TOKEN or a GitHub App), which posts as a '[bot]' account.`, {
            input,
            fix: 'Use `<app-slug>[bot]`, e.g. `mlci-reporter[bot]` for the App `mlci-reporter`, or leave it out for GITHUB_TOKEN.',
        });
    }
    return { login, appSlug: appSlugOf(login), source: 'configured' };
}
/** Untrusted text quoted for a one-line message: controls and bidi overrides removed, capped, JSON-quoted. */
function quoteUntrusted(text) {
    const clean = stripControls(text).replace(/\n/g, ' ');
    return JSON.stringify(clean.length > 60 ? `${clean.slice(0, 60)}…` : clean);
}

;// CONCATENATED MODULE: ./shared/github/sticky-comment.ts



/**
 * Exactly one report comment per pull request and tag, updated in place. The comment is found by a
 * hidden marker on its first line *and* by author, because anyone can paste the marker into their own
 * comment. Two concurrent runs can both find nothing and both create: so after creating we list again,
 * keep the oldest of our marked comments (lowest id, the same choice every run makes) and delete the
 * others, moving our body onto the survivor. Both runs converge on one comment.
 *
 * "Ours" needs our login. GET /user gives it for a personal token; an installation token cannot ask,
 * and we assume GITHUB_TOKEN (`github-actions[bot]`). With another App's token that guess is wrong: no
 * comment matched, every run created one and converged by deleting it again. So the caller can name the
 * author (`comment-author`), which is checked against the token before anything is written, and a
 * created comment whose recorded author differs from the configured or assumed one is reported.
 */
const MAX_COMMENT_CHARS = 65_536;
const TAG_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
function commentMarker(tag) {
    return `<!-- mlci:report:${validateCommentTag(tag)} -->`;
}
function validateCommentTag(tag) {
    if (!TAG_PATTERN.test(tag)) {
        throw new shared_errors/* UserError */.yo(`comment-tag '${tag}' is not a valid tag.`, {
            input: 'comment-tag',
            fix: 'Use 1-64 letters, digits, dots, dashes or underscores, starting with a letter or digit, e.g. `churn-model`.',
        });
    }
    return tag;
}
function withMarker(tag, body) {
    const text = `${commentMarker(tag)}\n${body}`;
    if (text.length > MAX_COMMENT_CHARS) {
        throw new Error(`report body is ${text.length} characters; the renderer must cut it to ${MAX_COMMENT_CHARS}`);
    }
    return text;
}
async function upsertStickyComment(octokit, request) {
    const body = withMarker(request.tag, request.body);
    const identity = request.author === undefined ? await resolveIdentity(octokit) : await resolveConfiguredAuthor(octokit, request.author, AUTHOR_INPUT);
    const ours = await listOurComments(octokit, request, identity.login);
    const existing = ours[0];
    if (existing) {
        const result = await updateIfChanged(octokit, request, existing, body);
        const deleted = await deleteDuplicates(octokit, request, ours.slice(1));
        return { ...result, deleted };
    }
    const created = await gitHubCall(callFor(request, 'create the report comment on'), () => octokit.rest.issues.createComment({ owner: request.owner, repo: request.repo, issue_number: request.issueNumber, body }));
    // The author GitHub recorded is the truth about who we are (an App token we could not identify).
    const login = created.data.user?.login ?? identity.login;
    const result = await converge(octokit, request, { id: created.data.id, html_url: created.data.html_url, user: { login }, body }, body);
    return checkAuthor(identity, login, result);
}
const AUTHOR_INPUT = 'comment-author';
/**
 * After a create, converge() has left one comment (by the login GitHub recorded). If that is not who we
 * looked for, the next run will miss it again: a configured author that is wrong is the user's to fix
 * (an error, the comment is already consistent); a guessed one gets a warning saying what to configure.
 */
function checkAuthor(identity, recorded, result) {
    if (sameLogin(recorded, identity.login))
        return result;
    if (identity.source === 'configured') {
        throw new UserError(`${AUTHOR_INPUT} is '${identity.login}', but GitHub recorded the report comment as by '${recorded}'.`, {
            input: AUTHOR_INPUT,
            fix: `Set \`${AUTHOR_INPUT}: ${recorded}\`; until then every run posts a new comment and deletes the duplicate.`,
        });
    }
    return {
        ...result,
        warning: `The token posts as '${recorded}', not '${identity.login}': set \`${AUTHOR_INPUT}: ${recorded}\` so that reruns update the comment in place instead of posting and deleting a duplicate.`,
    };
}
async function converge(octokit, request, created, body) {
    const ours = await listOurComments(octokit, request, created.user.login);
    const survivor = ours[0] ?? created;
    const duplicates = ours.filter((c) => c.id !== survivor.id);
    const deleted = await deleteDuplicates(octokit, request, duplicates);
    if (survivor.id === created.id)
        return { id: created.id, url: created.html_url, action: 'created', deleted };
    const moved = await updateIfChanged(octokit, request, survivor, body);
    return { ...moved, deleted };
}
async function listOurComments(octokit, request, login) {
    const marker = commentMarker(request.tag);
    const all = await gitHubCall(callFor(request, 'read the comments of', 'pull-requests: read'), () => octokit.paginate(octokit.rest.issues.listComments, {
        owner: request.owner,
        repo: request.repo,
        issue_number: request.issueNumber,
        per_page: 100,
    }));
    return all
        .filter((c) => c.user !== null && sameLogin(c.user.login, login) && (c.body ?? '').startsWith(marker))
        .sort((a, b) => a.id - b.id);
}
async function updateIfChanged(octokit, request, comment, body) {
    if (comment.body === body)
        return { id: comment.id, url: comment.html_url, action: 'unchanged' };
    const updated = await gitHubCall(callFor(request, 'update the report comment on'), () => octokit.rest.issues.updateComment({ owner: request.owner, repo: request.repo, comment_id: comment.id, body }));
    return { id: updated.data.id, url: updated.data.html_url, action: 'updated' };
}
async function deleteDuplicates(octokit, request, duplicates) {
    const deleted = [];
    for (const duplicate of duplicates) {
        try {
            await octokit.rest.issues.deleteComment({ owner: request.owner, repo: request.repo, comment_id: duplicate.id });
            deleted.push(duplicate.id);
        }
        catch (error) {
            // The concurrent run deleted it first: that is the outcome we wanted.
            if (httpStatus(error) !== 404)
                throw toUserError(error, callFor(request, 'delete a duplicate report comment on'));
        }
    }
    return deleted;
}
function callFor(request, verb, permission = 'pull-requests: write') {
    return { doing: `${verb} ${request.owner}/${request.repo}#${request.issueNumber}`, permission };
}

// EXTERNAL MODULE: ./shared/data/diff-markdown.ts
var diff_markdown = __webpack_require__(3188);
;// CONCATENATED MODULE: ./shared/report/sections.ts




/**
 * The per-evaluation sections of the report: metrics against the baseline, worst slices, a per-slice
 * Mermaid bar chart, fairness and top features. Every function returns markdown lines; untrusted text
 * (metric names, column and group values, feature names) goes through escape.ts.
 */
function details(summary, body, open = false) {
    return [`<details${open ? ' open' : ''}><summary>${summary}</summary>`, '', ...body, '', '</details>'];
}
function table(rows, align) {
    return (0,markdown_table/* markdownTable */.Q)(rows, { align: align ?? null, alignDelimiters: false });
}
/** ▲ significantly better, ▼ significantly worse, · no significant difference. */
function significanceMark(comparison) {
    if (!comparison.significant || (0,evaluation_record/* isUndefinedValue */.Ul)(comparison.delta))
        return '· n.s.';
    const better = comparison.higherIsBetter ? comparison.delta > 0 : comparison.delta < 0;
    return better ? '▲ better' : '▼ worse';
}
function metricsSection(record, maxRows) {
    const comparisons = record.comparison?.metrics ?? {};
    const names = Object.keys(record.metrics);
    const shown = names.slice(0, maxRows);
    const more = names.length > shown.length ? [`_${names.length - shown.length} more metrics in the job summary._`] : [];
    if (!record.baseline || Object.keys(comparisons).length === 0) {
        const rows = shown.map((name) => [(0,report_escape/* inlineCode */.ti)(name, { tableCell: true }), formatMetric(record.metrics[name]), formatMetric(record.baselineMetrics?.[name])]);
        const header = record.baselineMetrics ? ['Metric', 'Candidate', 'Baseline'] : ['Metric', 'Value'];
        return [table([header, ...rows.map((r) => r.slice(0, header.length))], ['l', 'r', 'r']), ...more];
    }
    const confidence = Math.round((record.comparison?.confidence ?? 0.95) * 100);
    const header = ['Metric', 'Candidate', 'Baseline', 'Δ', `${confidence}% CI of Δ`, 'Significance', 'MDE'];
    const rows = shown.map((name) => {
        const c = comparisons[name];
        if (!c)
            return [(0,report_escape/* inlineCode */.ti)(name, { tableCell: true }), formatMetric(record.metrics[name]), formatMetric(record.baselineMetrics?.[name]), '', '', 'not compared', ''];
        return [(0,report_escape/* inlineCode */.ti)(name, { tableCell: true }), formatMetric(c.candidate), formatMetric(c.baseline), formatMetric(c.delta, true), formatInterval(c.ci), significanceMark(c), formatMetric(c.mde)];
    });
    const method = [...new Set(Object.values(comparisons).map((c) => c.method))].join(', ');
    return [table([header, ...rows], ['l', 'r', 'r', 'r', 'c', 'l', 'r']), ...more, '', `<sub>Δ = candidate − baseline; ${method}; MDE = smallest difference this set can detect (80% power).</sub>`];
}
/** The metric slices are ranked by: AUC for classifiers when present, else accuracy; RMSE for regression. */
function primaryMetric(record) {
    const candidates = record.task === 'regression' ? ['rmse', 'mae', 'r2'] : ['roc_auc', 'accuracy', 'f1', 'f1_macro'];
    const available = new Set(record.slices.flatMap((s) => s.groups.flatMap((g) => Object.keys(g.metrics))));
    return candidates.find((m) => available.has(m)) ?? [...available][0];
}
/** Worst first; undefined values last (they cannot be ranked); ties by column then value for stability. */
function worstSlices(record, metric) {
    const rows = record.slices.flatMap((s) => s.groups.map((g) => ({ column: s.column, value: g.value, n: g.n, score: g.metrics[metric] })));
    const sign = higherIsBetter(metric) ? 1 : -1;
    const rank = (row) => (typeof row.score === 'number' ? sign * row.score : Number.POSITIVE_INFINITY);
    return rows.sort((a, b) => rank(a) - rank(b) || a.column.localeCompare(b.column) || a.value.localeCompare(b.value));
}
function slicesSection(record, maxRows) {
    const metric = primaryMetric(record);
    if (!metric || record.slices.length === 0)
        return [];
    const overall = record.metrics[metric];
    const rows = worstSlices(record, metric);
    const shown = rows.slice(0, maxRows).map((row) => [
        (0,report_escape/* escapeMarkdownTableCell */.Zs)(row.column),
        (0,report_escape/* escapeMarkdownTableCell */.Zs)(row.value),
        formatInteger(row.n),
        formatMetric(row.score),
        typeof row.score === 'number' && typeof overall === 'number' ? formatSigned(row.score - overall) : '',
    ]);
    const body = [table([['Column', 'Group', 'Rows', metric, `vs overall (${formatMetric(overall)})`], ...shown], ['l', 'l', 'r', 'r', 'r'])];
    if (rows.length > shown.length)
        body.push('', `_${rows.length - shown.length} more groups in the job summary._`);
    const excluded = record.slices.flatMap((s) => s.excluded.map((e) => `${(0,report_escape/* escapeMarkdownTableCell */.Zs)(s.column)} = ${(0,report_escape/* escapeMarkdownTableCell */.Zs)(e.value)} (${e.n})`));
    if (excluded.length)
        body.push('', `Too small to score (below the minimum group size): ${excluded.slice(0, maxRows).join('; ')}.`);
    const chart = sliceChart(record, metric, rows);
    if (chart.length)
        body.unshift(...chart, '');
    return details(`Slices: worst ${(0,report_escape/* escapeHtml */.ZD)(metric)} first (${rows.length} groups)`, body, true);
}
/** Native GitHub rendering: a Mermaid xychart bar per slice group of the first slice column. */
function sliceChart(record, metric, rows = worstSlices(record, metric)) {
    const column = record.slices[0]?.column;
    const bars = rows.filter((r) => r.column === column && typeof r.score === 'number').slice(0, 12);
    if (bars.length === 0 || column === undefined)
        return [];
    const values = bars.map((b) => b.score);
    const low = Math.min(...values);
    const high = Math.max(...values);
    const pad = (high - low) * 0.2 || Math.abs(high) * 0.05 || 0.1;
    const floor = Number((low - pad).toPrecision(3));
    const ceiling = Number((high + pad).toPrecision(3));
    return [
        '```mermaid',
        'xychart-beta',
        `  title "${(0,report_escape/* mermaidChartLabel */.gk)(`${metric} by ${column}`)}"`,
        `  x-axis [${bars.map((b) => `"${(0,report_escape/* mermaidChartLabel */.gk)(b.value)}"`).join(', ')}]`,
        `  y-axis "${(0,report_escape/* mermaidChartLabel */.gk)(metric)}" ${floor} --> ${ceiling}`,
        `  bar [${values.map((v) => Number(v.toPrecision(4))).join(', ')}]`,
        '```',
    ];
}
const FAIRNESS_SHOWN = ['demographic_parity_ratio', 'demographic_parity_difference', 'equalized_odds_difference', 'equal_opportunity_difference'];
function fairnessSection(record, maxRows) {
    const section = record.fairness;
    if (!section)
        return [];
    const rows = [];
    const notes = [];
    for (const feature of section.features) {
        const name = (0,report_escape/* escapeMarkdownTableCell */.Zs)(feature.columns.join(' × '));
        const figures = section.task === 'binary' ? feature.disparities : feature.gaps;
        const names = section.task === 'binary' ? FAIRNESS_SHOWN : Object.keys(figures);
        for (const metric of names) {
            const figure = figures[metric];
            if (figure)
                rows.push([name, (0,report_escape/* inlineCode */.ti)(metric, { tableCell: true }), formatMetric(figure.value), formatMetric(figure.baseline), formatMetric(figure.delta, true), formatInterval(figure.ci), fairnessFlag(metric, figure)]);
        }
        if (feature.note)
            notes.push(`${name}: ${(0,report_escape/* escapeMarkdownTableCell */.Zs)(feature.note)}`);
        const excluded = feature.excluded.map((e) => `${e.values.map((v) => (0,report_escape/* escapeMarkdownTableCell */.Zs)(v ?? '(missing)')).join(' × ')} (${e.n} rows: ${(0,report_escape/* escapeMarkdownTableCell */.Zs)(e.reason)})`);
        if (excluded.length)
            notes.push(`${name}, left out: ${excluded.slice(0, maxRows).join('; ')}`);
    }
    if (rows.length === 0)
        return [];
    const flagged = rows.filter((r) => r[6] !== '').length;
    const body = [table([['Feature', 'Metric', 'Candidate', 'Baseline', 'Δ', 'CI of Δ', 'Flag'], ...rows.slice(0, maxRows)], ['l', 'l', 'r', 'r', 'r', 'c', 'l'])];
    if (rows.length > maxRows)
        body.push('', `_${rows.length - maxRows} more rows in the job summary._`);
    if (notes.length)
        body.push('', ...notes.map((n) => `- ${n}`));
    return details(`Fairness: ${flagged === 0 ? 'no flags' : `${flagged} flag${flagged === 1 ? '' : 's'}`}`, body, flagged > 0);
}
/** The four-fifths rule on ratios; a confident worsening (whole interval on the worse side) on the rest. */
function fairnessFlag(metric, figure) {
    const flags = [];
    const ratio = metric.includes('ratio');
    if (ratio && typeof figure.value === 'number' && figure.value < 0.8)
        flags.push('⚠️ below 0.8');
    if (figure.ci && !(0,evaluation_record/* isUndefinedValue */.Ul)(figure.ci)) {
        const worse = ratio ? figure.ci[1] < 0 : figure.ci[0] > 0;
        if (worse)
            flags.push('⚠️ worse than baseline');
    }
    return flags.join(', ');
}
function featuresSection(record, maxRows) {
    const explanations = record.explanations;
    if (!explanations)
        return [];
    // Why a method was left out (e.g. ROC AUC cannot score rows of one class): said, not silently dropped.
    const notes = (explanations.notes ?? []).map((note) => `<sub>${(0,report_escape/* escapeMarkdown */.FV)(note)}.</sub>`);
    const source = explanations.permutation ?? explanations.shap;
    if (!source)
        return notes.length ? details('Top features', notes) : [];
    const values = new Map(explanations.permutation ? explanations.permutation.features.map((f) => [f.feature, f.mean]) : (explanations.shap?.features ?? []).map((f) => [f.feature, f.meanAbs]));
    const ranked = [...values.entries()].sort((a, b) => b[1] - a[1]).slice(0, Math.min(maxRows, 10));
    const changes = new Map((source.rankChange ?? []).map((c) => [c.feature, c]));
    const kind = explanations.permutation ? `permutation importance (${(0,report_escape/* escapeMarkdownTableCell */.Zs)(explanations.permutation.scoring)} drop)` : 'mean |SHAP|';
    const rows = ranked.map(([feature, value], i) => {
        const change = changes.get(feature);
        return [String(i + 1), (0,report_escape/* inlineCode */.ti)(feature, { tableCell: true }), formatNumber(value, 4), change ? baselineRank(change.baselineRank) : '', change ? rankArrow(change.change) : ''];
    });
    const header = source.rankChange ? ['Rank', 'Feature', kind, 'Baseline rank', 'Change'] : ['Rank', 'Feature', kind];
    const body = [table([header, ...rows.map((r) => r.slice(0, header.length))], ['r', 'l', 'r', 'r', 'l'])];
    if (explanations.budget.subsampled)
        body.push('', `<sub>Computed on ${formatInteger(explanations.budget.usedRows)} of ${formatInteger(explanations.budget.requestedRows)} rows (budget).</sub>`);
    if (notes.length)
        body.push('', ...notes);
    return details(`Top features (${explanations.permutation ? 'permutation importance' : 'SHAP'})`, body);
}
function baselineRank(rank) {
    return typeof rank === 'number' ? String(rank) : 'new';
}
function rankArrow(change) {
    if (typeof change !== 'number')
        return '🆕';
    if (change > 0)
        return `▲ ${change}`;
    if (change < 0)
        return `▼ ${-change}`;
    return '=';
}

;// CONCATENATED MODULE: ./shared/report/report.ts







/** 65,536 minus room for the marker line `<!-- mlci:report:<64-char tag> -->\n`. */
const COMMENT_BODY_LIMIT = { chars: 65_536 - 100 };
function renderReport(input, options = {}) {
    checkConsistency(input);
    const maxRows = options.maxRows ?? 20;
    const sections = buildSections(input, maxRows, options);
    const limit = options.limit ?? COMMENT_BODY_LIMIT;
    const dropped = [];
    let markdown = join(sections);
    const byPriority = [...sections].filter((s) => s.priority < 100).sort((a, b) => a.priority - b.priority);
    for (const section of byPriority) {
        if (fits(markdown, limit))
            break;
        section.lines = [`_${section.name}: left out to fit GitHub's comment limit; see the job summary._`];
        dropped.push(section.name);
        markdown = join(sections);
    }
    const note = truncationNote(options);
    if (dropped.length > 0 && fits(markdown + note, limit))
        markdown += note;
    const cut = truncateMarkdown(markdown, limit, note);
    return { markdown: cut, truncated: dropped.length > 0 || cut !== markdown, dropped };
}
function join(sections) {
    return sections.map((s) => s.lines.join('\n')).filter((text) => text !== '').join('\n\n') + '\n';
}
function truncationNote(options) {
    const summary = options.runUrl ? `[job summary](${options.runUrl})` : 'job summary';
    const record = options.artifact ? ` and the evaluation record uploaded as artifact ${(0,report_escape/* inlineCode */.ti)(options.artifact)}` : ' and the uploaded evaluation record';
    return `\n> [!NOTE]\n> This report was shortened to fit GitHub's 65,536-character comment limit. The full report is in the ${summary}${record}.\n`;
}
/** A gate decision shown next to an evaluation must be about the same model. */
function checkConsistency(input) {
    if (input.evaluations.length === 0) {
        throw new shared_errors/* UserError */.yo('No evaluation record was given.', { input: 'evaluation', fix: 'Pass the evaluation record(s) written by the evaluate action.' });
    }
    const model = input.evaluations[0].record.model.digest;
    const other = input.evaluations.find((e) => e.record.model.digest !== model);
    if (other) {
        throw new shared_errors/* UserError */.yo(`${other.source} is about model ${shortDigest(other.record.model.digest)}, the first record about ${shortDigest(model)}.`, {
            input: 'evaluation', file: other.source, field: '/model/digest', fix: 'Report one candidate model per comment; use comment-tag for several models.',
        });
    }
    if (input.decision && input.decision.model !== model) {
        throw new shared_errors/* UserError */.yo(`The gate decision is about model ${shortDigest(input.decision.model)}, but the evaluation is about ${shortDigest(model)}.`, {
            input: 'decision', field: '/model', fix: 'Pass the decision the gate wrote for this same evaluation run.',
        });
    }
}
function buildSections(input, maxRows, options) {
    const sections = [{ name: 'headline', priority: 100, lines: headline(input, options) }];
    if (input.decision)
        sections.push({ name: 'Gate rules', priority: 90, lines: details(`Gate rules (${input.decision.rules.length})`, rulesTable(input.decision.rules, input.decision.policy.source, maxRows), input.decision.outcome === 'block') });
    const several = input.evaluations.length > 1;
    input.evaluations.forEach(({ record, source }, i) => {
        const heading = several ? [`### ${i + 1}. Evaluation on ${(0,report_escape/* inlineCode */.ti)(record.data.version ?? record.data.source)} (${(0,report_escape/* escapeMarkdown */.FV)(source)})`, ''] : [];
        sections.push({ name: `Metrics${several ? ` ${i + 1}` : ''}`, priority: 95 - i, lines: [...heading, ...provenanceLine(record), '', ...metricsSection(record, maxRows)] });
        sections.push({ name: `Slices${several ? ` ${i + 1}` : ''}`, priority: 50 - i, lines: slicesSection(record, maxRows) });
        sections.push({ name: `Fairness${several ? ` ${i + 1}` : ''}`, priority: 60 - i, lines: fairnessSection(record, maxRows) });
        sections.push({ name: `Top features${several ? ` ${i + 1}` : ''}`, priority: 40 - i, lines: featuresSection(record, maxRows) });
    });
    if (input.data?.diff)
        sections.push({ name: 'Data changes', priority: 30, lines: details('Data changes', [(0,diff_markdown/* renderDatasetDiff */.U)(input.data.diff, `Dataset ${input.data.diff.to.name} v${input.data.diff.to.number}`)]) });
    sections.push({ name: 'Lineage', priority: 20, lines: details('Lineage', lineageGraph(input)) });
    return sections;
}
function headline(input, options) {
    const record = input.evaluations[0].record;
    const title = `## ${options.title ? (0,report_escape/* escapeMarkdown */.FV)(options.title) : 'Model report'}: ${(0,report_escape/* inlineCode */.ti)(record.model.name)}`;
    const verdict = input.decision ? gateHeadline(input.decision) : comparisonVerdict(input.evaluations.map((e) => e.record));
    return [title, '', verdict];
}
/** Without a gate: what the statistics say, significant changes only. */
function comparisonVerdict(records) {
    const better = [];
    const worse = [];
    for (const record of records) {
        for (const [name, comparison] of Object.entries(record.comparison?.metrics ?? {})) {
            const mark = significanceMark(comparison);
            const text = `${(0,report_escape/* inlineCode */.ti)(name)} ${typeof comparison.delta === 'number' ? formatSigned(comparison.delta) : ''}`.trim();
            if (mark.startsWith('▲'))
                better.push(text);
            if (mark.startsWith('▼'))
                worse.push(text);
        }
    }
    if (!records.some((r) => r.comparison))
        return `ℹ️ No baseline to compare with: ${formatInteger(records[0].rows)} rows evaluated.`;
    if (worse.length)
        return `🔴 **Significant regression** in ${worse.join(', ')}${better.length ? `; better in ${better.join(', ')}` : ''}.`;
    if (better.length)
        return `🟢 **Significant improvement** in ${better.join(', ')}; no significant regression.`;
    return '⚪ **No significant change** against the baseline.';
}
function provenanceLine(record) {
    const baseline = record.baseline ? ` vs baseline ${(0,report_escape/* inlineCode */.ti)(record.baseline.name)} (${(0,report_escape/* inlineCode */.ti)(shortDigest(record.baseline.digest))})` : '';
    return [
        `Candidate ${(0,report_escape/* inlineCode */.ti)(record.model.name)} (${(0,report_escape/* inlineCode */.ti)(shortDigest(record.model.digest))})${baseline} on ${(0,report_escape/* inlineCode */.ti)(record.data.version ?? record.data.source)}: ${formatInteger(record.rows)} rows, label ${(0,report_escape/* inlineCode */.ti)(record.label)}.`,
    ];
}
/** data → model → evaluation, from the lineage record when given, else from the evaluation alone. */
function lineageGraph(input) {
    const record = input.evaluations[0].record;
    const lines = ['```mermaid', 'flowchart LR'];
    const node = (id, label, open = '["', close = '"]') => lines.push(`  ${id}${open}${(0,report_escape/* mermaidLabel */._b)(label)}${close}`);
    if (input.lineage) {
        input.lineage.data.forEach((data, i) => {
            node(`train${i}`, `${data.name}${data.number !== undefined ? ` v${data.number}` : ''} ${shortDigest(data.digest)}`, '[("', '")]');
            lines.push(`  train${i} -->|trained| model`);
        });
    }
    node('model', `${record.model.name} ${shortDigest(record.model.digest)}`, '(["', '"])');
    if (record.baseline)
        node('baseline', `baseline ${record.baseline.name} ${shortDigest(record.baseline.digest)}`, '(["', '"])');
    input.evaluations.forEach(({ record: r }, i) => {
        node(`data${i}`, `${r.data.version ?? r.data.source} ${shortDigest(r.data.digest)}`, '[("', '")]');
        node(`eval${i}`, `evaluation: ${formatInteger(r.rows)} rows`);
        lines.push(`  data${i} --> eval${i}`, `  model --> eval${i}`);
        if (r.baseline)
            lines.push(`  baseline -.-> eval${i}`);
    });
    if (input.decision) {
        node('gate', `gate: ${input.decision.conclusion}`, '{{"', '"}}');
        input.evaluations.forEach((_, i) => lines.push(`  eval${i} --> gate`));
    }
    lines.push('```');
    return lines;
}

;// CONCATENATED MODULE: ./shared/report/run-report.ts





const REPORT_MODES = (/* unused pure expression or super */ null && (['comment', 'summary', 'both', 'body-only']));
/** Events that have a pull request to comment on; the others (push, merge_group) get a summary only. */
const COMMENT_EVENTS = new Set(['pull_request', 'pull_request_target', 'workflow_run']);
async function runReport(request, ports) {
    validateCommentTag(request.tag);
    const cwd = request.cwd ?? '.';
    const evaluations = await readEvaluationRecords(request.evaluation.map((path) => (0,external_node_path_.resolve)(cwd, path)));
    const [data, lineage, decision] = await Promise.all([
        readDataSummary(resolveInput(request.dataSummary, cwd)),
        readLineage(resolveInput(request.lineage, cwd)),
        readDecision(resolveInput(request.decision, cwd)),
    ]);
    const input = { evaluations, ...(data ? { data } : {}), ...(lineage ? { lineage } : {}), ...(decision ? { decision } : {}) };
    const links = { ...(request.runUrl ? { runUrl: request.runUrl } : {}), ...(request.artifact ? { artifact: request.artifact } : {}) };
    const comment = renderReport(input, { maxRows: request.maxRows, title: request.tag === 'default' ? undefined : request.tag, ...links });
    const result = { body: comment.markdown, truncated: comment.truncated };
    if (request.mode === 'body-only')
        return result;
    if (request.mode === 'summary' || request.mode === 'both') {
        // The job summary has room (1 MiB) for every row: it is where the truncation note points.
        const full = renderReport(input, { maxRows: 1000, limit: { chars: 1_000_000, bytes: 1_000_000 }, title: request.tag === 'default' ? undefined : request.tag });
        await ports.appendSummary?.(full.markdown);
    }
    if (request.mode === 'comment' || request.mode === 'both')
        await postComment(request, ports, result);
    return result;
}
async function postComment(request, ports, result) {
    if (!COMMENT_EVENTS.has(request.event.eventName)) {
        result.skipped = `no pull request on a ${request.event.eventName || 'local'} event: job summary only`;
        ports.log(result.skipped);
        if (request.mode === 'comment')
            await ports.appendSummary?.(result.body);
        return;
    }
    if (!ports.resolveTarget || !ports.upsertComment) {
        throw new shared_errors/* UserError */.yo(`mode '${request.mode}' posts a comment, which needs a token.`, { input: 'token', fix: 'Pass `token: ${{ github.token }}` with `pull-requests: write`, or use mode `summary` or `body-only`.' });
    }
    const target = await ports.resolveTarget(request.event);
    if (target.kind !== 'pull-request') {
        result.skipped = `the ${request.event.eventName} event has no pull request`;
        ports.log(result.skipped);
        return;
    }
    const comment = await ports.upsertComment(target.number, request.tag, result.body);
    ports.log(`Report comment ${comment.action}: ${comment.url}`);
    result.commentId = comment.id;
    result.commentUrl = comment.url;
}

// EXTERNAL MODULE: ./shared/cli/command.ts
var command = __webpack_require__(310);
;// CONCATENATED MODULE: ./shared/cli/commands/report.ts








/**
 * `mlci report` renders the pull-request comment to a file (or stdout); `mlci gate` judges evaluation
 * records against a policy offline. Same use cases as the actions, without GitHub: nothing is posted.
 */
const offlineEvent = () => ({ eventName: 'local', payload: {}, owner: '', repo: '', sha: '' });
function evaluations(args) {
    const paths = [...(0,command/* stringListOption */.z7)(args, 'evaluation'), ...args.positionals];
    if (paths.length === 0)
        throw new shared_errors/* UserError */.yo('Give at least one evaluation record.', { input: '--evaluation', fix: 'Pass the record file(s) written by `mlci evaluate` as arguments.' });
    return paths;
}
async function writeOrPrint(text, out, cwd, print) {
    if (out)
        await (0,promises_.writeFile)((0,external_node_path_.resolve)(cwd, out), text);
    else
        print(text);
}
const report = {
    path: ['report'],
    summary: 'render the pull-request report (markdown) from evaluation records',
    usage: `mlci report <evaluation.json>... [--data-summary f] [--lineage f] [--decision f] [--tag t] [--max-rows n] [--out body.md]

  --data-summary   data-version manifest or diff (adds the data changes)
  --lineage        lineage record (adds the training data to the graph)
  --decision       gate decision from \`mlci gate --out\` (adds the verdict and the rules)
  --tag            report title / comment tag (default: default)
  --max-rows       rows per table (default 20)
  --out            write the markdown here instead of stdout`,
    options: {
        evaluation: { type: 'string', multiple: true },
        'data-summary': { type: 'string' },
        lineage: { type: 'string' },
        decision: { type: 'string' },
        tag: { type: 'string' },
        'max-rows': { type: 'string' },
        out: { type: 'string' },
    },
    async run(args, io) {
        const maxRows = (0,command/* stringOption */.Pp)(args, 'max-rows');
        const result = await runReport({
            evaluation: evaluations(args),
            dataSummary: (0,command/* stringOption */.Pp)(args, 'data-summary'),
            lineage: (0,command/* stringOption */.Pp)(args, 'lineage'),
            decision: (0,command/* stringOption */.Pp)(args, 'decision'),
            mode: 'body-only',
            tag: (0,command/* stringOption */.Pp)(args, 'tag') ?? 'default',
            maxRows: maxRows === undefined ? 20 : (0,numbers/* parseNumber */.$)(maxRows, { min: 1, max: 1000, integer: true }, { input: '--max-rows' }),
            event: offlineEvent(),
            cwd: io.cwd,
        }, { log: io.err });
        if (io.json)
            io.out(JSON.stringify({ body: result.body, truncated: result.truncated }));
        else
            await writeOrPrint(result.body, (0,command/* stringOption */.Pp)(args, 'out'), io.cwd, io.out);
    },
};
const gate = {
    path: ['gate'],
    summary: 'judge evaluation records against a gate policy (offline); exit 1 on a block',
    usage: `mlci gate <evaluation.json>... --policy policy.yml [--data-summary f] [--fail-on fail|warn] [--out decision.json]

  --policy         policy file (YAML or JSON)
  --data-summary   data-version manifest or diff, for data rules
  --fail-on        fail (default) or warn: warnings block too
  --out            write the gate decision record here (for \`mlci report --decision\`)`,
    options: {
        evaluation: { type: 'string', multiple: true },
        policy: { type: 'string' },
        'data-summary': { type: 'string' },
        'fail-on': { type: 'string' },
        out: { type: 'string' },
    },
    async run(args, io) {
        const policy = (0,command/* stringOption */.Pp)(args, 'policy');
        if (!policy)
            throw new shared_errors/* UserError */.yo('--policy is required.', { input: '--policy', fix: 'Pass the policy file, e.g. `--policy .github/model-policy.yml`.' });
        const failOn = (0,command/* stringOption */.Pp)(args, 'fail-on') ?? 'fail';
        if (failOn !== 'fail' && failOn !== 'warn')
            throw new shared_errors/* UserError */.yo(`--fail-on must be fail or warn, got '${failOn}'.`, { input: '--fail-on' });
        const result = await runGate({ evaluation: evaluations(args), policy, dataSummary: (0,command/* stringOption */.Pp)(args, 'data-summary'), checkName: 'model-gate', failOn, event: offlineEvent(), workspace: io.cwd }, { log: io.err });
        const out = (0,command/* stringOption */.Pp)(args, 'out');
        if (out)
            await (0,promises_.writeFile)((0,external_node_path_.resolve)(io.cwd, out), gate_decision/* gateDecisionType */.U.serialize(result.decision));
        io.out(io.json ? JSON.stringify(result.decision) : result.summary);
        return result.conclusion === 'success' ? 0 : 1;
    },
};
const commands = [report, gate];


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


/***/ }),

/***/ 735:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ markdownTable)
/* harmony export */ });
// To do: next major: remove.
/**
 * @typedef {Options} MarkdownTableOptions
 *   Configuration.
 */

/**
 * @typedef Options
 *   Configuration.
 * @property {boolean | null | undefined} [alignDelimiters=true]
 *   Whether to align the delimiters (default: `true`);
 *   they are aligned by default:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   Pass `false` to make them staggered:
 *
 *   ```markdown
 *   | Alpha | B |
 *   | - | - |
 *   | C | Delta |
 *   ```
 * @property {ReadonlyArray<string | null | undefined> | string | null | undefined} [align]
 *   How to align columns (default: `''`);
 *   one style for all columns or styles for their respective columns;
 *   each style is either `'l'` (left), `'r'` (right), or `'c'` (center);
 *   other values are treated as `''`, which doesn’t place the colon in the
 *   alignment row but does align left;
 *   *only the lowercased first character is used, so `Right` is fine.*
 * @property {boolean | null | undefined} [delimiterEnd=true]
 *   Whether to end each row with the delimiter (default: `true`).
 *
 *   > 👉 **Note**: please don’t use this: it could create fragile structures
 *   > that aren’t understandable to some markdown parsers.
 *
 *   When `true`, there are ending delimiters:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there are no ending delimiters:
 *
 *   ```markdown
 *   | Alpha | B
 *   | ----- | -----
 *   | C     | Delta
 *   ```
 * @property {boolean | null | undefined} [fillRows=true]
 *   Whether to fill rows with empty cells up to the most cells in a row
 *   (default: `true`).
 *
 *   When `true`, all rows have as many cells as the longest row:
 *
 *   ```markdown
 *   | Alpha | B    |   |
 *   | ----- | ---- | - |
 *   | C     |      |   |
 *   | D     | Echo | F |
 *   ```
 *
 *   When `false`, rows keep their cells,
 *   and the delimiter row has as many cells as the header row:
 *
 *   ```markdown
 *   | Alpha | B    |
 *   | ----- | ---- |
 *   | C     |
 *   | D     | Echo | F |
 *   ```
 * @property {boolean | null | undefined} [delimiterStart=true]
 *   Whether to begin each row with the delimiter (default: `true`).
 *
 *   > 👉 **Note**: please don’t use this: it could create fragile structures
 *   > that aren’t understandable to some markdown parsers.
 *
 *   When `true`, there are starting delimiters:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there are no starting delimiters:
 *
 *   ```markdown
 *   Alpha | B     |
 *   ----- | ----- |
 *   C     | Delta |
 *   ```
 * @property {boolean | null | undefined} [padding=true]
 *   Whether to add a space of padding between delimiters and cells
 *   (default: `true`).
 *
 *   When `true`, there is padding:
 *
 *   ```markdown
 *   | Alpha | B     |
 *   | ----- | ----- |
 *   | C     | Delta |
 *   ```
 *
 *   When `false`, there is no padding:
 *
 *   ```markdown
 *   |Alpha|B    |
 *   |-----|-----|
 *   |C    |Delta|
 *   ```
 * @property {((value: string) => number) | null | undefined} [stringLength]
 *   Function to detect the length of table cell content (optional);
 *   this is used when aligning the delimiters (`|`) between table cells;
 *   full-width characters and emoji mess up delimiter alignment when viewing
 *   the markdown source;
 *   to fix this, you can pass this function,
 *   which receives the cell content and returns its “visible” size;
 *   note that what is and isn’t visible depends on where the text is displayed.
 *
 *   Without such a function, the following:
 *
 *   ```js
 *   markdownTable([
 *     ['Alpha', 'Bravo'],
 *     ['中文', 'Charlie'],
 *     ['👩‍❤️‍👩', 'Delta']
 *   ])
 *   ```
 *
 *   Yields:
 *
 *   ```markdown
 *   | Alpha | Bravo |
 *   | - | - |
 *   | 中文 | Charlie |
 *   | 👩‍❤️‍👩 | Delta |
 *   ```
 *
 *   With [`string-width`](https://github.com/sindresorhus/string-width):
 *
 *   ```js
 *   import stringWidth from 'string-width'
 *
 *   markdownTable(
 *     [
 *       ['Alpha', 'Bravo'],
 *       ['中文', 'Charlie'],
 *       ['👩‍❤️‍👩', 'Delta']
 *     ],
 *     {stringLength: stringWidth}
 *   )
 *   ```
 *
 *   Yields:
 *
 *   ```markdown
 *   | Alpha | Bravo   |
 *   | ----- | ------- |
 *   | 中文  | Charlie |
 *   | 👩‍❤️‍👩    | Delta   |
 *   ```
 */

/**
 * Get the length of a cell.
 *
 * @param {string} value
 *   Cell value.
 * @returns {number}
 *   Cell size.
 */
function defaultStringLength(value) {
  return value.length
}

/**
 * Generate a markdown
 * ([GFM](https://docs.github.com/en/github/writing-on-github/working-with-advanced-formatting/organizing-information-with-tables))
 * table.
 *
 * @param {ReadonlyArray<ReadonlyArray<string | null | undefined>>} table
 *   Table data (matrix of strings).
 * @param {Readonly<Options> | null | undefined} [options]
 *   Configuration (optional).
 * @returns {string}
 *   Result.
 */
function markdownTable(table, options) {
  const settings = options || {}
  // To do: next major: change to spread.
  // eslint-disable-next-line unicorn/prefer-spread -- `align` can be a string.
  const align = (settings.align || []).concat()
  const stringLength = settings.stringLength || defaultStringLength
  /** @type {Array<number>} Character codes as symbols for alignment per column. */
  const alignments = []
  /** @type {Array<Array<string>>} Cells per row. */
  const cellMatrix = []
  /** @type {Array<Array<number>>} Sizes of each cell per row. */
  const sizeMatrix = []
  /** @type {Array<number>} */
  const longestCellByColumn = []
  let mostCellsPerRow = 0
  let rowIndex = -1

  // This is a superfluous loop if we don’t align delimiters, but otherwise we’d
  // do superfluous work when aligning, so optimize for aligning.
  while (++rowIndex < table.length) {
    /** @type {Array<string>} */
    const row = []
    /** @type {Array<number>} */
    const sizes = []
    let columnIndex = -1

    if (table[rowIndex].length > mostCellsPerRow) {
      mostCellsPerRow = table[rowIndex].length
    }

    while (++columnIndex < table[rowIndex].length) {
      const cell = serialize(table[rowIndex][columnIndex])

      if (settings.alignDelimiters !== false) {
        const size = stringLength(cell)
        sizes[columnIndex] = size

        if (
          longestCellByColumn[columnIndex] === undefined ||
          size > longestCellByColumn[columnIndex]
        ) {
          longestCellByColumn[columnIndex] = size
        }
      }

      row.push(cell)
    }

    cellMatrix[rowIndex] = row
    sizeMatrix[rowIndex] = sizes
  }

  // Figure out which alignments to use.
  let columnIndex = -1

  if (typeof align === 'object' && 'length' in align) {
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = toAlignment(align[columnIndex])
    }
  } else {
    const code = toAlignment(align)

    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = code
    }
  }

  // Inject the alignment row.
  columnIndex = -1
  /** @type {Array<string>} */
  const row = []
  /** @type {Array<number>} */
  const sizes = []

  while (++columnIndex < mostCellsPerRow) {
    const code = alignments[columnIndex]
    let before = ''
    let after = ''

    if (code === 99 /* `c` */) {
      before = ':'
      after = ':'
    } else if (code === 108 /* `l` */) {
      before = ':'
    } else if (code === 114 /* `r` */) {
      after = ':'
    }

    // There *must* be at least one hyphen-minus in each alignment cell.
    let size =
      settings.alignDelimiters === false
        ? 1
        : Math.max(
            1,
            longestCellByColumn[columnIndex] - before.length - after.length
          )

    const cell = before + '-'.repeat(size) + after

    if (settings.alignDelimiters !== false) {
      size = before.length + size + after.length

      if (size > longestCellByColumn[columnIndex]) {
        longestCellByColumn[columnIndex] = size
      }

      sizes[columnIndex] = size
    }

    row[columnIndex] = cell
  }

  // Inject the alignment row.
  cellMatrix.splice(1, 0, row)
  sizeMatrix.splice(1, 0, sizes)

  rowIndex = -1
  /** @type {Array<string>} */
  const lines = []

  while (++rowIndex < cellMatrix.length) {
    const row = cellMatrix[rowIndex]
    const sizes = sizeMatrix[rowIndex]
    const cellsInRow =
      settings.fillRows === false
        ? Math.max(1, cellMatrix[rowIndex === 1 ? 0 : rowIndex].length)
        : mostCellsPerRow
    columnIndex = -1
    /** @type {Array<string>} */
    const line = []

    while (++columnIndex < cellsInRow) {
      const cell = row[columnIndex] || ''
      let before = ''
      let after = ''

      if (settings.alignDelimiters !== false) {
        const size =
          longestCellByColumn[columnIndex] - (sizes[columnIndex] || 0)
        const code = alignments[columnIndex]

        if (code === 114 /* `r` */) {
          before = ' '.repeat(size)
        } else if (code === 99 /* `c` */) {
          const half = size / 2

          if (size % 2) {
            before = ' '.repeat(half + 0.5)
            after = ' '.repeat(half - 0.5)
          } else {
            before = ' '.repeat(half)
            after = before
          }
        } else {
          after = ' '.repeat(size)
        }
      }

      if (settings.delimiterStart !== false && !columnIndex) {
        line.push('|')
      }

      if (
        settings.padding !== false &&
        // Don’t add the opening space if we’re not aligning and the cell is
        // empty: there will be a closing space.
        !(settings.alignDelimiters === false && cell === '') &&
        (settings.delimiterStart !== false || columnIndex)
      ) {
        line.push(' ')
      }

      if (settings.alignDelimiters !== false) {
        line.push(before)
      }

      line.push(cell)

      if (settings.alignDelimiters !== false) {
        line.push(after)
      }

      if (settings.padding !== false) {
        line.push(' ')
      }

      if (settings.delimiterEnd !== false || columnIndex !== cellsInRow - 1) {
        line.push('|')
      }
    }

    lines.push(
      settings.delimiterEnd === false
        ? line.join('').replace(/ +$/, '')
        : line.join('')
    )
  }

  return lines.join('\n')
}

/**
 * Serialize a cell value.
 *
 * @param {string | null | undefined} [value]
 *   Value to serialize.
 * @returns {string}
 *   Result.
 */
function serialize(value) {
  return value === null || value === undefined ? '' : String(value)
}

/**
 * Get the alignment character code from a value.
 *
 * @param {string | null | undefined} value
 *   Value.
 * @returns {number}
 *   Alignment.
 */
function toAlignment(value) {
  const code = typeof value === 'string' ? value.codePointAt(0) : 0

  return code === 67 /* `C` */ || code === 99 /* `c` */
    ? 99 /* `c` */
    : code === 76 /* `L` */ || code === 108 /* `l` */
      ? 108 /* `l` */
      : code === 82 /* `R` */ || code === 114 /* `r` */
        ? 114 /* `r` */
        : 0
}


/***/ })

};

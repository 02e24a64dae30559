import { isUndefinedValue, type EvaluationRecord, type MetricValue } from '../schemas/evaluation-record.js';
import type { DataSummary } from '../report/data-summary.js';
import type { FairnessRule, MetricRule, Severity } from '../schemas/policy.js';
import type { RuleKind, RuleResult, RuleStatus } from '../schemas/gate-decision.js';
import type { Policy } from './load-policy.js';

/**
 * Applies a policy to evaluation records (and the data summary). Pure: every rule becomes one or more
 * results, each pass / warn / fail / error / not-run, with the figure it judged and the policy line it
 * came from. A rule never silently passes for lack of data: that is `not-run`, counted as the policy says.
 *
 * Non-inferiority is judged on the confidence interval of the delta (candidate − baseline), in the
 * metric's own direction: block only when the bound on the "worse" side is beyond the margin. A margin
 * smaller than the minimum detectable effect at this set's size would flap on noise, so it is an `error`
 * (a configuration problem) rather than a verdict.
 */

export interface PolicyInputs {
  evaluations: Array<{ record: EvaluationRecord; source: string }>;
  data?: DataSummary;
}

interface RuleContext {
  policy: Policy;
  pointer: string;
  severity: Severity;
  evaluation?: string;
}

function result(ctx: RuleContext, kind: RuleKind, subject: string, status: RuleStatus, message: string, figures: { observed?: number; threshold?: number } = {}): RuleResult {
  // A failing rule of severity warn only warns.
  const shown: RuleStatus = status === 'fail' && ctx.severity === 'warn' ? 'warn' : status;
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

export function evaluatePolicy(policy: Policy, inputs: PolicyInputs): RuleResult[] {
  const results: RuleResult[] = [];
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

function fmt(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toPrecision(4).replace(/\.?0+$/, '');
}

function rowRules(policy: Policy, record: EvaluationRecord, evaluation?: string): RuleResult[] {
  const rows = policy.file.rows;
  if (!rows) return [];
  const ctx: RuleContext = { policy, pointer: '/rows/min', severity: rows.severity ?? 'fail', ...(evaluation ? { evaluation } : {}) };
  const ok = record.rows >= rows.min;
  const message = ok ? `${record.rows} rows ≥ ${rows.min}` : `only ${record.rows} rows; the policy needs at least ${rows.min}`;
  return [result(ctx, 'min-rows', 'rows', ok ? 'pass' : 'fail', message, { observed: record.rows, threshold: rows.min })];
}

function metricRules(policy: Policy, rule: MetricRule, index: number, record: EvaluationRecord, evaluation?: string): RuleResult[] {
  const base = { policy, severity: rule.severity ?? 'fail', ...(evaluation ? { evaluation } : {}) };
  const out: RuleResult[] = [];
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

function bound(ctx: RuleContext, kind: 'metric-floor' | 'metric-ceiling', metric: string, value: MetricValue | undefined, limit: number, record: EvaluationRecord): RuleResult {
  if (value === undefined) {
    const known = Object.keys(record.metrics).join(', ') || 'none';
    return result(ctx, kind, metric, 'not-run', `metric ${metric} is not in the evaluation record (it has: ${known})`, { threshold: limit });
  }
  if (isUndefinedValue(value)) return result(ctx, kind, metric, 'error', `${metric} could not be computed: ${value.undefined}`, { threshold: limit });
  const floor = kind === 'metric-floor';
  const ok = floor ? value >= limit : value <= limit;
  const relation = floor ? (ok ? '≥' : '<') : ok ? '≤' : '>';
  return result(ctx, kind, metric, ok ? 'pass' : 'fail', `${metric} = ${fmt(value)} ${relation} ${fmt(limit)}`, { observed: value, threshold: limit });
}

function nonInferiority(ctx: RuleContext, metric: string, margin: number, record: EvaluationRecord): RuleResult {
  const comparison = record.comparison?.metrics[metric];
  if (!record.baseline || !comparison) {
    return result(ctx, 'non-inferiority', metric, 'not-run', `no baseline comparison of ${metric} in the evaluation record (evaluate with a baseline model)`, { threshold: margin });
  }
  if (isUndefinedValue(comparison.ci)) {
    return result(ctx, 'non-inferiority', metric, 'error', `the confidence interval of the ${metric} delta could not be computed: ${comparison.ci.undefined}`, { threshold: margin });
  }
  if (!isUndefinedValue(comparison.mde) && margin < comparison.mde) {
    return result(
      ctx,
      'non-inferiority',
      metric,
      'error',
      `margin ${fmt(margin)} is smaller than the minimum detectable effect ${fmt(comparison.mde)} at ${record.rows} rows: the gate would flap on noise. Raise the margin to at least ${fmt(comparison.mde)} or evaluate on more rows`,
      { observed: comparison.mde, threshold: margin },
    );
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

function featureName(rule: FairnessRule): string[] {
  return Array.isArray(rule.feature) ? rule.feature : [rule.feature];
}

function fairnessRules(policy: Policy, rule: FairnessRule, index: number, record: EvaluationRecord, evaluation?: string): RuleResult[] {
  const base = { policy, severity: rule.severity ?? 'fail', ...(evaluation ? { evaluation } : {}) };
  const columns = featureName(rule);
  const subject = `${rule.metric} (${columns.join(' × ')})`;
  const checks: Array<{ pointer: string; kind: RuleKind; limit: number }> = [];
  if (rule.min !== undefined) checks.push({ pointer: `/fairness/${index}/min`, kind: 'fairness-floor', limit: rule.min });
  if (rule.max !== undefined) checks.push({ pointer: `/fairness/${index}/max`, kind: 'fairness-ceiling', limit: rule.max });
  if (rule.max_increase !== undefined) checks.push({ pointer: `/fairness/${index}/max_increase`, kind: 'fairness-worsening', limit: rule.max_increase });
  const figure = fairnessFigure(record, columns, rule.metric);
  return checks.map(({ pointer, kind, limit }) => {
    const ctx = { ...base, pointer };
    if (typeof figure === 'string') return result(ctx, kind, subject, 'not-run', figure, { threshold: limit });
    return kind === 'fairness-worsening' ? worsening(ctx, subject, rule.metric, figure, limit) : fairnessBound(ctx, kind, subject, figure.value, limit);
  });
}

interface FairnessFigure {
  value: MetricValue;
  delta?: MetricValue;
  ci?: [number, number] | { undefined: string };
  note?: string;
}

/** The disparity (binary) or gap (regression) for a feature, or why there is none. */
function fairnessFigure(record: EvaluationRecord, columns: string[], metric: string): FairnessFigure | string {
  const section = record.fairness;
  if (!section) return 'the evaluation record has no fairness section (evaluate with sensitive features)';
  const feature = section.features.find((f) => f.columns.length === columns.length && f.columns.every((c, i) => c === columns[i]));
  if (!feature) return `no fairness results for ${columns.join(' × ')} (evaluated: ${section.features.map((f) => f.columns.join(' × ')).join(', ') || 'none'})`;
  const table = (section.task === 'binary' ? (feature as { disparities: Record<string, FairnessFigure> }).disparities : (feature as { gaps: Record<string, FairnessFigure> }).gaps);
  const figure = table[metric];
  if (!figure) return `${metric} is not a ${section.task} fairness metric (available: ${Object.keys(table).join(', ')})`;
  return { ...figure, ...(feature.note ? { note: feature.note } : {}) };
}

function fairnessBound(ctx: RuleContext, kind: RuleKind, subject: string, value: MetricValue, limit: number): RuleResult {
  if (isUndefinedValue(value)) return result(ctx, kind, subject, 'error', `${subject} could not be computed: ${value.undefined}`, { threshold: limit });
  const floor = kind === 'fairness-floor';
  const ok = floor ? value >= limit : value <= limit;
  const relation = floor ? (ok ? '≥' : '<') : ok ? '≤' : '>';
  return result(ctx, kind, subject, ok ? 'pass' : 'fail', `${subject} = ${fmt(value)} ${relation} ${fmt(limit)}`, { observed: value, threshold: limit });
}

/** Ratios are better high; differences and gaps are better low. */
function fairnessHigherIsBetter(metric: string): boolean {
  return /ratio/.test(metric);
}

function worsening(ctx: RuleContext, subject: string, metric: string, figure: FairnessFigure, limit: number): RuleResult {
  if (figure.ci === undefined) {
    return result(ctx, 'fairness-worsening', subject, 'not-run', `no baseline comparison for ${subject} (evaluate with a baseline model)`, { threshold: limit });
  }
  if (isUndefinedValue(figure.ci)) return result(ctx, 'fairness-worsening', subject, 'error', `the interval of the ${subject} change could not be computed: ${figure.ci.undefined}`, { threshold: limit });
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

function dataRules(policy: Policy, data: DataSummary | undefined): RuleResult[] {
  const rules = policy.file.data;
  if (!rules) return [];
  const severity = rules.severity ?? 'fail';
  const out: RuleResult[] = [];
  if (rules.max_null_share !== undefined) out.push(...nullShareRules({ policy, severity, pointer: '/data/max_null_share' }, rules.max_null_share, rules.columns, data));
  if (rules.schema === 'unchanged') out.push(schemaRule({ policy, severity, pointer: '/data/schema' }, data));
  return out;
}

function nullShareRules(ctx: RuleContext, limit: number, only: string[] | undefined, data: DataSummary | undefined): RuleResult[] {
  const files = data?.manifest?.files.filter((f) => f.profile) ?? [];
  if (files.length === 0) {
    return [result(ctx, 'null-share', 'data', 'not-run', 'no column profiles: pass the data-version manifest as data-summary', { threshold: limit })];
  }
  const out: RuleResult[] = [];
  const seen = new Set<string>();
  for (const file of files) {
    for (const column of file.profile!.columns) {
      if (only && !only.includes(column.name)) continue;
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

function schemaRule(ctx: RuleContext, data: DataSummary | undefined): RuleResult {
  const diff = data?.diff;
  if (!diff) return result(ctx, 'schema-unchanged', 'schema', 'not-run', 'no data diff: pass the data-version diff as data-summary');
  if (!diff.from) return result(ctx, 'schema-unchanged', 'schema', 'pass', 'first version of the data: nothing to compare');
  const changes = diff.files.flatMap((file) => {
    if (file.change === 'added' || file.change === 'removed') return [`${file.path} ${file.change}`];
    return (file.table?.columns ?? []).filter((c) => c.change !== 'stats').map((c) => `${c.name} ${c.change === 'type' ? 'retyped' : c.change}`);
  });
  if (changes.length === 0) return result(ctx, 'schema-unchanged', 'schema', 'pass', 'no column added, removed or retyped');
  return result(ctx, 'schema-unchanged', 'schema', 'fail', `schema changed: ${changes.slice(0, 5).join(', ')}${changes.length > 5 ? ` and ${changes.length - 5} more` : ''}`);
}

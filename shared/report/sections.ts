import { markdownTable } from 'markdown-table';
import { isUndefinedValue, type EvaluationRecord, type MetricComparison, type MetricValue, type SliceColumn } from '../schemas/evaluation-record.js';
import { escapeHtml, escapeMarkdown, escapeMarkdownTableCell, inlineCode, mermaidChartLabel } from './escape.js';
import { formatInteger, formatInterval, formatMetric, formatNumber, formatSigned, higherIsBetter } from './format.js';

/**
 * The per-evaluation sections of the report: metrics against the baseline, worst slices, a per-slice
 * Mermaid bar chart, fairness and top features. Every function returns markdown lines; untrusted text
 * (metric names, column and group values, feature names) goes through escape.ts.
 */

export function details(summary: string, body: string[], open = false): string[] {
  return [`<details${open ? ' open' : ''}><summary>${summary}</summary>`, '', ...body, '', '</details>'];
}

function table(rows: string[][], align?: Array<'l' | 'r' | 'c'>): string {
  return markdownTable(rows, { align: align ?? null, alignDelimiters: false });
}

/** ▲ significantly better, ▼ significantly worse, · no significant difference. */
export function significanceMark(comparison: MetricComparison): string {
  if (!comparison.significant || isUndefinedValue(comparison.delta)) return '· n.s.';
  const better = comparison.higherIsBetter ? comparison.delta > 0 : comparison.delta < 0;
  return better ? '▲ better' : '▼ worse';
}

export function metricsSection(record: EvaluationRecord, maxRows: number): string[] {
  const comparisons = record.comparison?.metrics ?? {};
  const names = Object.keys(record.metrics);
  const shown = names.slice(0, maxRows);
  const more = names.length > shown.length ? [`_${names.length - shown.length} more metrics in the job summary._`] : [];
  if (!record.baseline || Object.keys(comparisons).length === 0) {
    const rows = shown.map((name) => [inlineCode(name, { tableCell: true }), formatMetric(record.metrics[name]), formatMetric(record.baselineMetrics?.[name])]);
    const header = record.baselineMetrics ? ['Metric', 'Candidate', 'Baseline'] : ['Metric', 'Value'];
    return [table([header, ...rows.map((r) => r.slice(0, header.length))], ['l', 'r', 'r']), ...more];
  }
  const confidence = Math.round((record.comparison?.confidence ?? 0.95) * 100);
  const header = ['Metric', 'Candidate', 'Baseline', 'Δ', `${confidence}% CI of Δ`, 'Significance', 'MDE'];
  const rows = shown.map((name) => {
    const c = comparisons[name];
    if (!c) return [inlineCode(name, { tableCell: true }), formatMetric(record.metrics[name]), formatMetric(record.baselineMetrics?.[name]), '', '', 'not compared', ''];
    return [inlineCode(name, { tableCell: true }), formatMetric(c.candidate), formatMetric(c.baseline), formatMetric(c.delta, true), formatInterval(c.ci), significanceMark(c), formatMetric(c.mde)];
  });
  const method = [...new Set(Object.values(comparisons).map((c) => c.method))].join(', ');
  return [table([header, ...rows], ['l', 'r', 'r', 'r', 'c', 'l', 'r']), ...more, '', `<sub>Δ = candidate − baseline; ${method}; MDE = smallest difference this set can detect (80% power).</sub>`];
}

/** The metric slices are ranked by: AUC for classifiers when present, else accuracy; RMSE for regression. */
export function primaryMetric(record: EvaluationRecord): string | undefined {
  const candidates = record.task === 'regression' ? ['rmse', 'mae', 'r2'] : ['roc_auc', 'accuracy', 'f1', 'f1_macro'];
  const available = new Set(record.slices.flatMap((s) => s.groups.flatMap((g) => Object.keys(g.metrics))));
  return candidates.find((m) => available.has(m)) ?? [...available][0];
}

interface SliceRow {
  column: string;
  value: string;
  n: number;
  score: MetricValue | undefined;
}

/** Worst first; undefined values last (they cannot be ranked); ties by column then value for stability. */
export function worstSlices(record: EvaluationRecord, metric: string): SliceRow[] {
  const rows = record.slices.flatMap((s: SliceColumn) => s.groups.map((g) => ({ column: s.column, value: g.value, n: g.n, score: g.metrics[metric] })));
  const sign = higherIsBetter(metric) ? 1 : -1;
  const rank = (row: SliceRow) => (typeof row.score === 'number' ? sign * row.score : Number.POSITIVE_INFINITY);
  return rows.sort((a, b) => rank(a) - rank(b) || a.column.localeCompare(b.column) || a.value.localeCompare(b.value));
}

export function slicesSection(record: EvaluationRecord, maxRows: number): string[] {
  const metric = primaryMetric(record);
  if (!metric || record.slices.length === 0) return [];
  const overall = record.metrics[metric];
  const rows = worstSlices(record, metric);
  const shown = rows.slice(0, maxRows).map((row) => [
    escapeMarkdownTableCell(row.column),
    escapeMarkdownTableCell(row.value),
    formatInteger(row.n),
    formatMetric(row.score),
    typeof row.score === 'number' && typeof overall === 'number' ? formatSigned(row.score - overall) : '',
  ]);
  const body = [table([['Column', 'Group', 'Rows', metric, `vs overall (${formatMetric(overall)})`], ...shown], ['l', 'l', 'r', 'r', 'r'])];
  if (rows.length > shown.length) body.push('', `_${rows.length - shown.length} more groups in the job summary._`);
  const excluded = record.slices.flatMap((s) => s.excluded.map((e) => `${escapeMarkdownTableCell(s.column)} = ${escapeMarkdownTableCell(e.value)} (${e.n})`));
  if (excluded.length) body.push('', `Too small to score (below the minimum group size): ${excluded.slice(0, maxRows).join('; ')}.`);
  const chart = sliceChart(record, metric, rows);
  if (chart.length) body.unshift(...chart, '');
  return details(`Slices: worst ${escapeHtml(metric)} first (${rows.length} groups)`, body, true);
}

/** Native GitHub rendering: a Mermaid xychart bar per slice group of the first slice column. */
export function sliceChart(record: EvaluationRecord, metric: string, rows = worstSlices(record, metric)): string[] {
  const column = record.slices[0]?.column;
  const bars = rows.filter((r) => r.column === column && typeof r.score === 'number').slice(0, 12) as Array<SliceRow & { score: number }>;
  if (bars.length === 0 || column === undefined) return [];
  const values = bars.map((b) => b.score);
  const low = Math.min(...values);
  const high = Math.max(...values);
  const pad = (high - low) * 0.2 || Math.abs(high) * 0.05 || 0.1;
  const floor = Number((low - pad).toPrecision(3));
  const ceiling = Number((high + pad).toPrecision(3));
  return [
    '```mermaid',
    'xychart-beta',
    `  title "${mermaidChartLabel(`${metric} by ${column}`)}"`,
    `  x-axis [${bars.map((b) => `"${mermaidChartLabel(b.value)}"`).join(', ')}]`,
    `  y-axis "${mermaidChartLabel(metric)}" ${floor} --> ${ceiling}`,
    `  bar [${values.map((v) => Number(v.toPrecision(4))).join(', ')}]`,
    '```',
  ];
}

const FAIRNESS_SHOWN = ['demographic_parity_ratio', 'demographic_parity_difference', 'equalized_odds_difference', 'equal_opportunity_difference'];

export function fairnessSection(record: EvaluationRecord, maxRows: number): string[] {
  const section = record.fairness;
  if (!section) return [];
  const rows: string[][] = [];
  const notes: string[] = [];
  for (const feature of section.features) {
    const name = escapeMarkdownTableCell(feature.columns.join(' × '));
    const figures = section.task === 'binary' ? (feature as { disparities: Record<string, FairnessFigureLike> }).disparities : (feature as { gaps: Record<string, FairnessFigureLike> }).gaps;
    const names = section.task === 'binary' ? FAIRNESS_SHOWN : Object.keys(figures);
    for (const metric of names) {
      const figure = figures[metric];
      if (figure) rows.push([name, inlineCode(metric, { tableCell: true }), formatMetric(figure.value), formatMetric(figure.baseline), formatMetric(figure.delta, true), formatInterval(figure.ci), fairnessFlag(metric, figure)]);
    }
    if (feature.note) notes.push(`${name}: ${escapeMarkdownTableCell(feature.note)}`);
    const excluded = feature.excluded.map((e) => `${e.values.map((v) => escapeMarkdownTableCell(v ?? '(missing)')).join(' × ')} (${e.n} rows: ${escapeMarkdownTableCell(e.reason)})`);
    if (excluded.length) notes.push(`${name}, left out: ${excluded.slice(0, maxRows).join('; ')}`);
  }
  if (rows.length === 0) return [];
  const flagged = rows.filter((r) => r[6] !== '').length;
  const body = [table([['Feature', 'Metric', 'Candidate', 'Baseline', 'Δ', 'CI of Δ', 'Flag'], ...rows.slice(0, maxRows)], ['l', 'l', 'r', 'r', 'r', 'c', 'l'])];
  if (rows.length > maxRows) body.push('', `_${rows.length - maxRows} more rows in the job summary._`);
  if (notes.length) body.push('', ...notes.map((n) => `- ${n}`));
  return details(`Fairness: ${flagged === 0 ? 'no flags' : `${flagged} flag${flagged === 1 ? '' : 's'}`}`, body, flagged > 0);
}

interface FairnessFigureLike {
  value: MetricValue;
  baseline?: MetricValue;
  delta?: MetricValue;
  ci?: [number, number] | { undefined: string };
}

/** The four-fifths rule on ratios; a confident worsening (whole interval on the worse side) on the rest. */
function fairnessFlag(metric: string, figure: FairnessFigureLike): string {
  const flags: string[] = [];
  const ratio = metric.includes('ratio');
  if (ratio && typeof figure.value === 'number' && figure.value < 0.8) flags.push('⚠️ below 0.8');
  if (figure.ci && !isUndefinedValue(figure.ci)) {
    const worse = ratio ? figure.ci[1] < 0 : figure.ci[0] > 0;
    if (worse) flags.push('⚠️ worse than baseline');
  }
  return flags.join(', ');
}

export function featuresSection(record: EvaluationRecord, maxRows: number): string[] {
  const explanations = record.explanations;
  if (!explanations) return [];
  // Why a method was left out (e.g. ROC AUC cannot score rows of one class): said, not silently dropped.
  const notes = (explanations.notes ?? []).map((note) => `<sub>${escapeMarkdown(note)}.</sub>`);
  const source = explanations.permutation ?? explanations.shap;
  if (!source) return notes.length ? details('Top features', notes) : [];
  const values = new Map<string, number>(
    explanations.permutation ? explanations.permutation.features.map((f) => [f.feature, f.mean]) : (explanations.shap?.features ?? []).map((f) => [f.feature, f.meanAbs]),
  );
  const ranked = [...values.entries()].sort((a, b) => b[1] - a[1]).slice(0, Math.min(maxRows, 10));
  const changes = new Map((source.rankChange ?? []).map((c) => [c.feature, c]));
  const kind = explanations.permutation ? `permutation importance (${escapeMarkdownTableCell(explanations.permutation.scoring)} drop)` : 'mean |SHAP|';
  const rows = ranked.map(([feature, value], i) => {
    const change = changes.get(feature);
    return [String(i + 1), inlineCode(feature, { tableCell: true }), formatNumber(value, 4), change ? baselineRank(change.baselineRank) : '', change ? rankArrow(change.change) : ''];
  });
  const header = source.rankChange ? ['Rank', 'Feature', kind, 'Baseline rank', 'Change'] : ['Rank', 'Feature', kind];
  const body = [table([header, ...rows.map((r) => r.slice(0, header.length))], ['r', 'l', 'r', 'r', 'l'])];
  if (explanations.budget.subsampled) body.push('', `<sub>Computed on ${formatInteger(explanations.budget.usedRows)} of ${formatInteger(explanations.budget.requestedRows)} rows (budget).</sub>`);
  if (notes.length) body.push('', ...notes);
  return details(`Top features (${explanations.permutation ? 'permutation importance' : 'SHAP'})`, body);
}

function baselineRank(rank: number | { undefined: string }): string {
  return typeof rank === 'number' ? String(rank) : 'new';
}

function rankArrow(change: number | { undefined: string }): string {
  if (typeof change !== 'number') return '🆕';
  if (change > 0) return `▲ ${change}`;
  if (change < 0) return `▼ ${-change}`;
  return '=';
}

import { markdownTable } from 'markdown-table';
import { escapeMarkdown, escapeMarkdownTableCell } from '../report/escape.js';
import { isUndefinedValue, type EvaluationRecord, type MetricValue, type SliceColumn } from '../schemas/evaluation-record.js';

/**
 * The job summary of an evaluation: the metric table (with the baseline comparison when there is one)
 * and the slices. Model, data and slice values are untrusted text and go through the escapers.
 */
export function evaluationSummary(record: EvaluationRecord): string {
  const lines = [
    `### Evaluation of ${escapeMarkdown(record.model.name)}`,
    '',
    `${record.rows} rows of ${escapeMarkdown(record.data.version ?? record.data.source)} · task ${record.task}` +
      (record.threshold === undefined ? '' : ` · threshold ${record.threshold}`) +
      (record.baseline ? ` · baseline ${escapeMarkdown(record.baseline.name)}` : '') +
      (record.shards ? ` · merged from ${record.shards.count} shards` : ''),
    '',
    metricTable(record),
  ];
  for (const slice of record.slices) lines.push('', sliceTable(slice));
  return lines.join('\n') + '\n';
}

function metricTable(record: EvaluationRecord): string {
  const comparison = record.comparison?.metrics;
  const header = comparison ? ['metric', 'candidate', 'baseline', 'delta', '95% CI', 'significant'] : ['metric', 'value'];
  const rows = Object.entries(record.metrics).map(([name, value]) => {
    const c = comparison?.[name];
    if (!comparison) return [name, formatValue(value)];
    if (!c) return [name, formatValue(value), '', '', '', ''];
    const ci = Array.isArray(c.ci) ? `[${formatNumber(c.ci[0])}, ${formatNumber(c.ci[1])}]` : '—';
    return [name, formatValue(c.candidate), formatValue(c.baseline), formatValue(c.delta), ci, c.significant ? 'yes' : 'no'];
  });
  return markdownTable([header, ...rows], { align: header.map((_, i) => (i === 0 ? 'l' : 'r')) });
}

function sliceTable(slice: SliceColumn): string {
  const metrics = [...new Set(slice.groups.flatMap((g) => Object.keys(g.metrics)))].slice(0, 4);
  const rows = slice.groups.map((g) => [escapeMarkdownTableCell(g.value), String(g.n), ...metrics.map((m) => formatValue(g.metrics[m]))]);
  const table = markdownTable([[`${escapeMarkdownTableCell(slice.column)}`, 'n', ...metrics], ...rows]);
  const excluded = slice.excluded.length
    ? `\n\nExcluded (under ${slice.minSize} rows): ${slice.excluded.map((e) => `${escapeMarkdown(e.value)} (${e.n})`).join(', ')}`
    : '';
  return `#### Slices by ${escapeMarkdown(slice.column)}\n\n${table}${excluded}`;
}

function formatValue(value: MetricValue | undefined): string {
  if (value === undefined) return '';
  if (isUndefinedValue(value)) return `undefined (${escapeMarkdownTableCell(value.undefined)})`;
  return formatNumber(value);
}

function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toPrecision(4);
}

import { isUndefinedValue, type MetricValue } from '../schemas/evaluation-record.js';
import { escapeMarkdownTableCell } from './escape.js';

/** Number formatting shared by every report table, so the same figure always reads the same. */

const MINUS = '−';

export function formatNumber(value: number, digits = 3): string {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  const text = abs !== 0 && (abs < 10 ** -digits || abs >= 1e6) ? abs.toExponential(2) : abs.toFixed(digits);
  return value < 0 && Number(text) !== 0 ? `${MINUS}${text}` : text;
}

export function formatSigned(value: number, digits = 3): string {
  const text = formatNumber(value, digits);
  return value > 0 && Number(Math.abs(value).toFixed(digits)) !== 0 ? `+${text}` : text;
}

export function formatInteger(value: number): string {
  return value.toLocaleString('en-US');
}

/** A metric value for a table cell; an undefined value shows its reason. */
export function formatMetric(value: MetricValue | undefined, signed = false): string {
  if (value === undefined) return '';
  if (isUndefinedValue(value)) return `n/a (${escapeMarkdownTableCell(value.undefined)})`;
  return signed ? formatSigned(value) : formatNumber(value);
}

export function formatInterval(ci: [number, number] | { undefined: string } | undefined): string {
  if (ci === undefined) return '';
  if (isUndefinedValue(ci)) return `n/a (${escapeMarkdownTableCell(ci.undefined)})`;
  return `[${formatSigned(ci[0])}, ${formatSigned(ci[1])}]`;
}

export function formatPercent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

/** Metrics where lower is better, when no comparison says so. */
const LOWER_IS_BETTER = /(^|_)(loss|log_loss|brier|mae|mse|rmse|error|fnr|fpr)($|_)/;

export function higherIsBetter(metric: string): boolean {
  return !LOWER_IS_BETTER.test(metric);
}

/** The short digest shown in prose: `sha256:0123456789ab`. */
export function shortDigest(digest: string): string {
  return digest.slice(0, 'sha256:'.length + 12);
}

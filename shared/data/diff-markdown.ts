import { markdownTable } from 'markdown-table';
import { escapeMarkdown, escapeMarkdownTableCell, inlineCode } from '../report/escape.js';
import { formatBytes } from '../text.js';
import type { ColumnChange, DatasetDiff, FileChange } from './diff.js';

/** The data-version job summary: what changed against the parent version, files first, then tables. */
export function renderDatasetDiff(diff: DatasetDiff, headline: string): string {
  const lines = [`### ${escapeMarkdown(headline)}`, ''];
  if (!diff.from) lines.push(`First version of ${inlineCode(diff.to.name)}.`, '');
  else lines.push(`Compared with version ${diff.from.number}: ${describeCounts(diff)}.`, '');
  if (diff.files.length > 0) lines.push(fileTable(diff.files), '');
  for (const file of diff.files.filter((change) => change.table)) lines.push(...tableSection(file), '');
  return lines.join('\n');
}

function describeCounts(diff: DatasetDiff): string {
  const count = (kind: FileChange['change']) => diff.files.filter((file) => file.change === kind).length;
  return `${count('added')} added, ${count('removed')} removed, ${count('modified')} modified, ${diff.unchanged} unchanged (${formatBytes(diff.bytesBefore)} → ${formatBytes(diff.bytesAfter)})`;
}

function fileTable(files: FileChange[]): string {
  return markdownTable([
    ['File', 'Change', 'Size before', 'Size after'],
    ...files.map((file) => [
      inlineCode(file.path, { tableCell: true }),
      file.change,
      file.sizeBefore === undefined ? '' : formatBytes(file.sizeBefore),
      file.sizeAfter === undefined ? '' : formatBytes(file.sizeAfter),
    ]),
  ]);
}

function tableSection(file: FileChange): string[] {
  const table = file.table!;
  const rows = table.rows ? `rows +${table.rows.added} / −${table.rows.removed}` : 'rows (net)';
  const lines = [`#### ${inlineCode(file.path)}: ${table.rowsBefore} → ${table.rowsAfter} rows; ${rows}`];
  if (table.columns.length === 0) return [...lines, '', 'No column changes.'];
  return [...lines, '', markdownTable([['Column', 'Change', 'Before', 'After'], ...table.columns.map(columnRow)])];
}

function columnRow(change: ColumnChange): string[] {
  return [escapeMarkdownTableCell(change.name), change.change, describeColumn(change.before), describeColumn(change.after)];
}

function describeColumn(column: ColumnChange['before']): string {
  if (!column) return '';
  const parts = [column.type, `nulls ${(column.nullShare * 100).toFixed(1)}%`, `distinct ≈${column.distinct}`];
  if (column.mean !== undefined) parts.push(`mean ${round(column.mean)}`, `std ${round(column.std!)}`, `range ${round(column.min!)}…${round(column.max!)}`);
  if (column.top?.length) parts.push(`top ${column.top.slice(0, 3).map((entry) => `${entry.value} (${entry.count})`).join(', ')}`);
  return escapeMarkdownTableCell(parts.join(', '));
}

function round(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toPrecision(4);
}

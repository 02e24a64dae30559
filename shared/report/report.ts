import { renderDatasetDiff } from '../data/diff-markdown.js';
import { UserError } from '../errors.js';
import type { EvaluationRecord } from '../schemas/evaluation-record.js';
import type { GateDecision } from '../schemas/gate-decision.js';
import type { LineageRecord } from '../schemas/lineage-record.js';
import type { DataSummary } from './data-summary.js';
import { escapeMarkdown, inlineCode, mermaidLabel } from './escape.js';
import { formatInteger, formatSigned, shortDigest } from './format.js';
import { gateHeadline, rulesTable } from './gate-summary.js';
import { details, fairnessSection, featuresSection, metricsSection, significanceMark, slicesSection } from './sections.js';
import { fits, truncateMarkdown, type TextLimit } from './truncate.js';

/**
 * The pull-request report: one markdown body from one or more evaluation records, with the optional data
 * summary, lineage and gate decision. Deterministic (no clock, stable orders), so reruns with the same
 * records produce the same body and the sticky comment is left untouched.
 *
 * When the body exceeds the comment limit, whole sections are dropped lowest priority first (lineage,
 * data, features, fairness details, slices), each replaced by a one-line pointer, and only then is the
 * text cut; a note says where the full report is (the job summary and the uploaded record).
 */

export interface ReportInput {
  evaluations: Array<{ record: EvaluationRecord; source: string }>;
  data?: DataSummary;
  lineage?: LineageRecord;
  decision?: GateDecision;
}

export interface ReportOptions {
  /** Rows per table (slices, metrics, fairness, rules); the job summary uses a larger value. */
  maxRows?: number;
  /** Character (and byte) limit of the body; the sticky comment's marker line is added on top. */
  limit?: TextLimit;
  /** Where the full report is: the workflow run (job summary) URL and the artifact holding the record. */
  runUrl?: string;
  artifact?: string;
  /** Title line, e.g. the comment tag or model name. */
  title?: string;
}

export interface RenderedReport {
  markdown: string;
  truncated: boolean;
  /** Sections dropped to fit, by name. */
  dropped: string[];
}

/** 65,536 minus room for the marker line `<!-- mlci:report:<64-char tag> -->\n`. */
export const COMMENT_BODY_LIMIT: TextLimit = { chars: 65_536 - 100 };

interface Section {
  name: string;
  /** Higher survives longer. */
  priority: number;
  lines: string[];
}

export function renderReport(input: ReportInput, options: ReportOptions = {}): RenderedReport {
  checkConsistency(input);
  const maxRows = options.maxRows ?? 20;
  const sections = buildSections(input, maxRows, options);
  const limit = options.limit ?? COMMENT_BODY_LIMIT;
  const dropped: string[] = [];
  let markdown = join(sections);
  const byPriority = [...sections].filter((s) => s.priority < 100).sort((a, b) => a.priority - b.priority);
  for (const section of byPriority) {
    if (fits(markdown, limit)) break;
    section.lines = [`_${section.name}: left out to fit GitHub's comment limit; see the job summary._`];
    dropped.push(section.name);
    markdown = join(sections);
  }
  const note = truncationNote(options);
  if (dropped.length > 0 && fits(markdown + note, limit)) markdown += note;
  const cut = truncateMarkdown(markdown, limit, note);
  return { markdown: cut, truncated: dropped.length > 0 || cut !== markdown, dropped };
}

function join(sections: Section[]): string {
  return sections.map((s) => s.lines.join('\n')).filter((text) => text !== '').join('\n\n') + '\n';
}

function truncationNote(options: ReportOptions): string {
  const summary = options.runUrl ? `[job summary](${options.runUrl})` : 'job summary';
  const record = options.artifact ? ` and the evaluation record uploaded as artifact ${inlineCode(options.artifact)}` : ' and the uploaded evaluation record';
  return `\n> [!NOTE]\n> This report was shortened to fit GitHub's 65,536-character comment limit. The full report is in the ${summary}${record}.\n`;
}

/** A gate decision shown next to an evaluation must be about the same model. */
function checkConsistency(input: ReportInput): void {
  if (input.evaluations.length === 0) {
    throw new UserError('No evaluation record was given.', { input: 'evaluation', fix: 'Pass the evaluation record(s) written by the evaluate action.' });
  }
  const model = input.evaluations[0]!.record.model.digest;
  const other = input.evaluations.find((e) => e.record.model.digest !== model);
  if (other) {
    throw new UserError(`${other.source} is about model ${shortDigest(other.record.model.digest)}, the first record about ${shortDigest(model)}.`, {
      input: 'evaluation', file: other.source, field: '/model/digest', fix: 'Report one candidate model per comment; use comment-tag for several models.',
    });
  }
  if (input.decision && input.decision.model !== model) {
    throw new UserError(`The gate decision is about model ${shortDigest(input.decision.model)}, but the evaluation is about ${shortDigest(model)}.`, {
      input: 'decision', field: '/model', fix: 'Pass the decision the gate wrote for this same evaluation run.',
    });
  }
}

function buildSections(input: ReportInput, maxRows: number, options: ReportOptions): Section[] {
  const sections: Section[] = [{ name: 'headline', priority: 100, lines: headline(input, options) }];
  if (input.decision) sections.push({ name: 'Gate rules', priority: 90, lines: details(`Gate rules (${input.decision.rules.length})`, rulesTable(input.decision.rules, input.decision.policy.source, maxRows), input.decision.outcome === 'block') });
  const several = input.evaluations.length > 1;
  input.evaluations.forEach(({ record, source }, i) => {
    const heading = several ? [`### ${i + 1}. Evaluation on ${inlineCode(record.data.version ?? record.data.source)} (${escapeMarkdown(source)})`, ''] : [];
    sections.push({ name: `Metrics${several ? ` ${i + 1}` : ''}`, priority: 95 - i, lines: [...heading, ...provenanceLine(record), '', ...metricsSection(record, maxRows)] });
    sections.push({ name: `Slices${several ? ` ${i + 1}` : ''}`, priority: 50 - i, lines: slicesSection(record, maxRows) });
    sections.push({ name: `Fairness${several ? ` ${i + 1}` : ''}`, priority: 60 - i, lines: fairnessSection(record, maxRows) });
    sections.push({ name: `Top features${several ? ` ${i + 1}` : ''}`, priority: 40 - i, lines: featuresSection(record, maxRows) });
  });
  if (input.data?.diff) sections.push({ name: 'Data changes', priority: 30, lines: details('Data changes', [renderDatasetDiff(input.data.diff, `Dataset ${input.data.diff.to.name} v${input.data.diff.to.number}`)]) });
  sections.push({ name: 'Lineage', priority: 20, lines: details('Lineage', lineageGraph(input)) });
  return sections;
}

function headline(input: ReportInput, options: ReportOptions): string[] {
  const record = input.evaluations[0]!.record;
  const title = `## ${options.title ? escapeMarkdown(options.title) : 'Model report'}: ${inlineCode(record.model.name)}`;
  const verdict = input.decision ? gateHeadline(input.decision) : comparisonVerdict(input.evaluations.map((e) => e.record));
  return [title, '', verdict];
}

/** Without a gate: what the statistics say, significant changes only. */
export function comparisonVerdict(records: EvaluationRecord[]): string {
  const better: string[] = [];
  const worse: string[] = [];
  for (const record of records) {
    for (const [name, comparison] of Object.entries(record.comparison?.metrics ?? {})) {
      const mark = significanceMark(comparison);
      const text = `${inlineCode(name)} ${typeof comparison.delta === 'number' ? formatSigned(comparison.delta) : ''}`.trim();
      if (mark.startsWith('▲')) better.push(text);
      if (mark.startsWith('▼')) worse.push(text);
    }
  }
  if (!records.some((r) => r.comparison)) return `ℹ️ No baseline to compare with: ${formatInteger(records[0]!.rows)} rows evaluated.`;
  if (worse.length) return `🔴 **Significant regression** in ${worse.join(', ')}${better.length ? `; better in ${better.join(', ')}` : ''}.`;
  if (better.length) return `🟢 **Significant improvement** in ${better.join(', ')}; no significant regression.`;
  return '⚪ **No significant change** against the baseline.';
}

function provenanceLine(record: EvaluationRecord): string[] {
  const baseline = record.baseline ? ` vs baseline ${inlineCode(record.baseline.name)} (${inlineCode(shortDigest(record.baseline.digest))})` : '';
  return [
    `Candidate ${inlineCode(record.model.name)} (${inlineCode(shortDigest(record.model.digest))})${baseline} on ${inlineCode(record.data.version ?? record.data.source)}: ${formatInteger(record.rows)} rows, label ${inlineCode(record.label)}.`,
  ];
}

/** data → model → evaluation, from the lineage record when given, else from the evaluation alone. */
export function lineageGraph(input: ReportInput): string[] {
  const record = input.evaluations[0]!.record;
  const lines = ['```mermaid', 'flowchart LR'];
  const node = (id: string, label: string, open = '["', close = '"]') => lines.push(`  ${id}${open}${mermaidLabel(label)}${close}`);
  if (input.lineage) {
    input.lineage.data.forEach((data, i) => {
      node(`train${i}`, `${data.name}${data.number !== undefined ? ` v${data.number}` : ''} ${shortDigest(data.digest)}`, '[("', '")]');
      lines.push(`  train${i} -->|trained| model`);
    });
  }
  node('model', `${record.model.name} ${shortDigest(record.model.digest)}`, '(["', '"])');
  if (record.baseline) node('baseline', `baseline ${record.baseline.name} ${shortDigest(record.baseline.digest)}`, '(["', '"])');
  input.evaluations.forEach(({ record: r }, i) => {
    node(`data${i}`, `${r.data.version ?? r.data.source} ${shortDigest(r.data.digest)}`, '[("', '")]');
    node(`eval${i}`, `evaluation: ${formatInteger(r.rows)} rows`);
    lines.push(`  data${i} --> eval${i}`, `  model --> eval${i}`);
    if (r.baseline) lines.push(`  baseline -.-> eval${i}`);
  });
  if (input.decision) {
    node('gate', `gate: ${input.decision.conclusion}`, '{{"', '"}}');
    input.evaluations.forEach((_, i) => lines.push(`  eval${i} --> gate`));
  }
  lines.push('```');
  return lines;
}

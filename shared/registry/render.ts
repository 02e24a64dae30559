import { markdownTable } from 'markdown-table';
import { isDigest } from '../digest.js';
import { escapeMarkdown, escapeMarkdownTableCell } from '../report/escape.js';
import { evaluationRecordType, isUndefinedValue, type EvaluationRecord, type MetricMap, type MetricValue } from '../schemas/evaluation-record.js';
import type { ObjectStore } from '../store/object-store.js';
import type { PromoteResult } from './promote.js';
import type { RollbackResult } from './rollback.js';
import { currentVersion, environmentHistory, type ModelState, type RegisteredVersion } from './state.js';

/** Markdown for job summaries and plain text for the CLI, from registry state and results. */

/** The evaluation record a version's tag names, if the store has it. */
async function loadEvaluation(store: ObjectStore, version: RegisteredVersion): Promise<EvaluationRecord | undefined> {
  const digest = version.facts.evaluationDigest;
  if (!digest || !isDigest(digest) || !(await store.hasBlob(digest))) return undefined;
  return evaluationRecordType.parse((await store.getBlob(digest)).toString('utf8'), `evaluation record ${digest}`);
}

/** Metrics of a version from its evaluation record in the store; undefined when it has none there. */
export async function loadVersionMetrics(store: ObjectStore, version: RegisteredVersion): Promise<MetricMap | undefined> {
  return (await loadEvaluation(store, version))?.metrics;
}

function formatMetric(value: MetricValue | undefined): string {
  if (value === undefined) return '—';
  if (isUndefinedValue(value)) return `undefined: ${escapeMarkdownTableCell(value.undefined)}`;
  return Number.isInteger(value) ? String(value) : value.toFixed(4);
}

/** One row per metric either version has; a version with no record says so instead of a table of dashes. */
export function metricsSideBySide(left: { label: string; metrics?: MetricMap }, right: { label: string; metrics?: MetricMap }): string {
  if (!left.metrics && !right.metrics) return '_Neither version has an evaluation record in the store._';
  const names = [...new Set([...Object.keys(left.metrics ?? {}), ...Object.keys(right.metrics ?? {})])].sort();
  // Numbers are ours and safe; metric names and labels come from records and are escaped.
  const rows = names.map((name) => [escapeMarkdownTableCell(name), formatMetric(left.metrics?.[name]), formatMetric(right.metrics?.[name])]);
  return markdownTable([['metric', escapeMarkdownTableCell(left.label), escapeMarkdownTableCell(right.label)], ...rows], { align: ['l', 'r', 'r'] });
}

export function rollbackSummary(result: RollbackResult, metrics: { from?: MetricMap; target?: MetricMap }): string {
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

export function promoteSummary(result: PromoteResult): string {
  if (!result.changed) return `${escapeMarkdown(result.model)} ${escapeMarkdown(result.version)} is already current in ${escapeMarkdown(result.environment)} (\`${result.tag}\`); nothing written.\n`;
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

function opt(metrics: MetricMap | undefined): { metrics?: MetricMap } {
  return metrics ? { metrics } : {};
}

/** `registry show`: versions with digests, and the current version per environment. */
export function formatModelState(state: ModelState): string {
  const lines = [`${state.model}`];
  const environments = [...state.environments.keys()].sort();
  for (const env of environments) lines.push(`  ${env}: ${currentVersion(state, env)?.version ?? '(unassigned)'}`);
  if (environments.length === 0) lines.push('  (not assigned to any environment)');
  for (const v of state.versions) lines.push(`  ${v.version.padEnd(12)} ${v.facts.modelDigest ?? '(no digest)'}  ${v.taggedAt ?? ''}`);
  for (const ignored of state.ignored) lines.push(`  ignored ${ignored.tag}: ${ignored.why}`);
  return lines.join('\n');
}

/** `registry history`: every event with its time, version and reason, oldest first. */
export function formatHistory(state: ModelState, environment: string): string {
  const history = environmentHistory(state, environment);
  if (history.length === 0) return `${state.model} has never been assigned to '${environment}'.`;
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
export async function renderRollbackSummary(store: ObjectStore, result: RollbackResult): Promise<string> {
  const [from, target] = await Promise.all([loadEvaluation(store, result.from), loadEvaluation(store, result.target)]);
  const targetMetrics = target?.metrics ?? (from?.baseline?.digest === result.modelDigest ? from.baselineMetrics : undefined);
  return rollbackSummary(result, { ...(from ? { from: from.metrics } : {}), ...(targetMetrics ? { target: targetMetrics } : {}) });
}

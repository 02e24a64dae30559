import { markdownTable } from 'markdown-table';
import type { GateDecision, RuleResult, RuleStatus } from '../schemas/gate-decision.js';
import { escapeMarkdown, escapeMarkdownTableCell, inlineCode } from './escape.js';
import { formatInteger, formatNumber, shortDigest } from './format.js';

/** The gate's rules table: the check run's summary, and a section of the PR comment. */

export const STATUS_ICON: Record<RuleStatus, string> = { pass: '✅ pass', warn: '⚠️ warn', fail: '❌ fail', error: '🛑 error', 'not-run': '⏭️ not run' };

const ORDER: Record<RuleStatus, number> = { error: 0, fail: 1, 'not-run': 2, warn: 3, pass: 4 };

/** Problems first, then in policy order (stable). */
export function sortRules(rules: RuleResult[]): RuleResult[] {
  return rules.map((rule, i) => ({ rule, i })).sort((a, b) => ORDER[a.rule.status] - ORDER[b.rule.status] || a.i - b.i).map(({ rule }) => rule);
}

export function gateHeadline(decision: GateDecision): string {
  const problems = decision.counts.fail + decision.counts.error + (decision.notRun === 'fail' ? decision.counts['not-run'] : 0);
  if (decision.outcome === 'pass') return `✅ **Gate passed**: ${decision.counts.pass} of ${decision.rules.length} rules pass${decision.counts.warn ? `, ${decision.counts.warn} warning${decision.counts.warn === 1 ? '' : 's'}` : ''}.`;
  if (decision.override) {
    const who = decision.override.appliedBy ? `@${decision.override.appliedBy}` : 'someone (GitHub kept no event)';
    return `⚠️ **Gate overridden**: ${problems} rule${problems === 1 ? '' : 's'} would block, but the ${inlineCode(decision.override.label)} label applied by ${escapeMarkdown(who)} lets it pass.`;
  }
  return `❌ **Gate blocked**: ${problems} rule${problems === 1 ? '' : 's'} failed${decision.counts.warn ? `, ${decision.counts.warn} warning${decision.counts.warn === 1 ? '' : 's'}` : ''}.`;
}

export function rulesTable(rules: RuleResult[], policySource: string, maxRows = rules.length): string[] {
  const sorted = sortRules(rules);
  const rows = sorted.slice(0, maxRows).map((rule) => [
    STATUS_ICON[rule.status],
    escapeMarkdownTableCell(rule.subject),
    figure(rule, rule.observed),
    figure(rule, rule.threshold),
    escapeMarkdownTableCell(rule.message) + (rule.evaluation ? ` (${escapeMarkdownTableCell(rule.evaluation)})` : ''),
    rule.line === undefined ? inlineCode(rule.id, { tableCell: true }) : `${inlineCode(`${policySource}:${rule.line}`, { tableCell: true })}`,
  ]);
  const table = markdownTable([['Status', 'Rule', 'Observed', 'Threshold', 'Detail', 'Policy'], ...rows], { alignDelimiters: false });
  const more = sorted.length > rows.length ? ['', `_${sorted.length - rows.length} more rules (all passing or warnings) in the decision record._`] : [];
  return [table, ...more];
}

function figure(rule: RuleResult, value: number | undefined): string {
  if (value === undefined) return '';
  return rule.kind === 'min-rows' ? formatInteger(value) : formatNumber(value);
}

/** The check run's summary (cut to bytes by the caller) and the gate section of the comment. */
export function renderGateSummary(decision: GateDecision): string {
  return [
    gateHeadline(decision),
    '',
    ...rulesTable(decision.rules, decision.policy.source),
    '',
    `<sub>Model ${inlineCode(shortDigest(decision.model))} · policy ${inlineCode(shortDigest(decision.policy.digest))} · fail-on ${decision.failOn} · not-run counts as ${decision.notRun}</sub>`,
  ].join('\n');
}

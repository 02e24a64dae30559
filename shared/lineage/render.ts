import { escapeMarkdown, escapeMarkdownTableCell, inlineCode, mermaidLabel } from '../report/escape.js';
import type { LineageData, LineageRecord } from '../schemas/lineage-record.js';

/** `sha256:0123456789ab`: enough to tell digests apart in a graph or a sentence. */
export function shortDigest(digest: string): string {
  return digest.slice(0, 'sha256:'.length + 12);
}

export function describeData(data: LineageData): string {
  return data.source === 'dataset-version' ? `${data.name} v${data.number ?? '?'}` : data.name;
}

/**
 * The lineage as a Mermaid flowchart: data versions, code and params flow into the run, the run
 * produces the model and the other outputs. Every label is user text, so it goes through `mermaidLabel`.
 */
export function lineageMermaid(record: LineageRecord): string {
  const lines = ['flowchart LR'];
  const node = (id: string, label: string, shape: 'box' | 'db' | 'round') => {
    const [open, close] = shape === 'db' ? ['[("', '")]'] : shape === 'round' ? ['("', '")'] : ['["', '"]'];
    lines.push(`  ${id}${open}${mermaidLabel(label)}${close}`);
  };
  node('run', `train: ${record.command}`, 'round');
  record.data.forEach((data, i) => {
    node(`data${i}`, `${describeData(data)} ${shortDigest(data.digest)}`, 'db');
    lines.push(`  data${i} --> run`);
  });
  node('code', `code ${record.code.commit ? record.code.commit.slice(0, 12) : shortDigest(record.code.digest)}`, 'box');
  lines.push('  code --> run');
  if (record.params) {
    node('params', `params ${record.params.path} ${shortDigest(record.params.digest)}`, 'box');
    lines.push('  params --> run');
  }
  record.outputs.forEach((output, i) => {
    node(`out${i}`, `${output.path} ${shortDigest(output.digest)}`, i === 0 ? 'db' : 'box');
    lines.push(`  run --> out${i}`);
  });
  return lines.join('\n');
}

export interface SummaryFacts {
  cacheHit: boolean;
  reason: string;
  durationMs: number;
  lineageDigest: string;
  provenance: string;
}

/** The job summary of the train step: what happened, the lineage graph, and the inputs as a table. */
export function lineageSummaryMarkdown(record: LineageRecord, facts: SummaryFacts): string {
  const rows = [
    ...record.data.map((d) => ['data', escapeMarkdownTableCell(describeData(d)), inlineCode(d.digest, { tableCell: true })]),
    ['code', escapeMarkdownTableCell(record.code.commit ?? `${record.code.files} files`), inlineCode(record.code.digest, { tableCell: true })],
    ...(record.params ? [['params', escapeMarkdownTableCell(record.params.path), inlineCode(record.params.digest, { tableCell: true })]] : []),
    ...record.outputs.map((o) => ['output', escapeMarkdownTableCell(o.path), inlineCode(o.digest, { tableCell: true })]),
  ];
  return [
    `### Train: ${facts.cacheHit ? 'cache hit' : 'trained'} in ${(facts.durationMs / 1000).toFixed(1)} s`,
    '',
    escapeMarkdown(facts.reason),
    '',
    '```mermaid',
    lineageMermaid(record),
    '```',
    '',
    '| input | what | digest |',
    '| --- | --- | --- |',
    ...rows.map((row) => `| ${row.join(' | ')} |`),
    '',
    `Lineage record ${inlineCode(facts.lineageDigest)}; provenance: ${escapeMarkdown(facts.provenance)}.`,
    '',
  ].join('\n');
}

/** Plain text for `mlci lineage why`: the data that trained the model, one line per input. */
export function whyText(model: string, records: LineageRecord[]): string {
  const lines = [`Model ${model} was trained on:`];
  for (const record of records) {
    if (records.length > 1) lines.push(`- run finished ${record.finishedAt}${record.workflowRun?.url ? ` (${record.workflowRun.url})` : ''}:`);
    const indent = records.length > 1 ? '    ' : '  ';
    if (record.data.length === 0) lines.push(`${indent}(no data inputs were declared)`);
    for (const data of record.data) lines.push(`${indent}${describeData(data)}  ${data.digest}  (${data.spec})`);
    lines.push(`${indent}with code ${record.code.commit ?? record.code.digest}${record.params ? `, params ${record.params.path} ${record.params.digest}` : ''}`);
  }
  return lines.join('\n');
}

/** Plain text for `mlci lineage show`. */
export function showText(record: LineageRecord): string {
  const run = record.workflowRun;
  return [
    `model     ${record.model.path}  ${record.model.digest}  (${record.model.size} bytes)`,
    ...record.data.map((d) => `data      ${describeData(d)}  ${d.digest}  (${d.spec} at ${d.path})`),
    `code      ${record.code.digest}  (${record.code.files} files${record.code.commit ? `, commit ${record.code.commit}` : ''})`,
    ...(record.params ? [`params    ${record.params.path}  ${record.params.digest}  ${JSON.stringify(record.params.content)}`] : []),
    `command   ${record.command}`,
    `env       ${record.environment.os}/${record.environment.arch}, node ${record.environment.node}${record.environment.runner ? `, runner ${record.environment.runner}` : ''}`,
    ...(run ? [`run       ${[run.url, run.actor && `by ${run.actor}`].filter(Boolean).join(' ') || run.id || ''}`] : []),
    ...record.outputs.slice(1).map((o) => `output    ${o.path}  ${o.digest}`),
    `cache key ${record.cacheKey}`,
    `time      ${record.startedAt} → ${record.finishedAt} (${(record.durationMs / 1000).toFixed(1)} s)`,
  ].join('\n');
}

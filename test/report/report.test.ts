import { readFileSync } from 'node:fs';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { digestBytes } from '../../shared/digest.js';
import { UserError } from '../../shared/errors.js';
import { decideGate } from '../../shared/policy/decide-gate.js';
import { parsePolicy } from '../../shared/policy/load-policy.js';
import { renderGateSummary } from '../../shared/report/gate-summary.js';
import { COMMENT_BODY_LIMIT, renderReport, type ReportInput } from '../../shared/report/report.js';
import { truncateMarkdown } from '../../shared/report/truncate.js';
import type { LineageRecord } from '../../shared/schemas/lineage-record.js';
import { mermaidBlocks, parseMermaid } from './mermaid-parse.js';
import { buildRecord } from './records.js';

const policy = parsePolicy(readFileSync('test/fixtures/policy/churn-policy.yml', 'utf8'), '.github/model-policy.yml');
const NOW = new Date('2026-11-30T07:00:00Z');
const RUN = { runUrl: 'https://github.com/acme/churn/actions/runs/42', artifact: 'evaluation-record' };

function input(scenario: 'improved' | 'regressed', extra: Partial<ReportInput> = {}): ReportInput {
  const evaluations = [{ record: buildRecord(scenario), source: 'evaluation.json' }];
  return { evaluations, decision: decideGate({ policy, evaluations, failOn: 'fail', now: NOW }), ...extra };
}

const lineage: LineageRecord = {
  kind: 'lineage-record',
  schemaVersion: 1,
  model: { path: 'models/churn-gbdt.onnx', digest: buildRecord().model.digest, size: 52_000 },
  outputs: [{ path: 'models/churn-gbdt.onnx', digest: buildRecord().model.digest, size: 52_000 }],
  data: [{ spec: 'churn-train@7', name: 'churn-train', number: 7, digest: digestBytes('train'), source: 'dataset-version', path: 'data/train.parquet' }],
  code: { digest: digestBytes('code'), files: 12, commit: 'c0ffee0000000000000000000000000000000000' },
  command: 'mlci train',
  environment: { os: 'linux', arch: 'x64', node: 'v24.0.0' },
  cacheKey: digestBytes('key'),
  startedAt: '2026-11-30T06:00:00Z',
  finishedAt: '2026-11-30T06:01:00Z',
  durationMs: 60_000,
};

async function expectMermaidParses(markdown: string): Promise<string[]> {
  const blocks = mermaidBlocks(markdown);
  const types: string[] = [];
  for (const block of blocks) types.push(await parseMermaid(block));
  return types;
}

function renderedHtml(markdown: string): string {
  return marked.parse(markdown, { gfm: true, async: false });
}

describe('renderReport', () => {
  it('renders a blocked regression (snapshot) whose Mermaid blocks parse', async () => {
    const { markdown, truncated } = renderReport(input('regressed', { lineage }), RUN);
    expect(truncated).toBe(false);
    await expect(markdown).toMatchFileSnapshot('../fixtures/report/regressed.md');
    expect(await expectMermaidParses(markdown)).toEqual(['xychart', 'flowchart-v2']);
    expect(markdown).toMatch(/❌ \*\*Gate blocked\*\*: 3 rules failed/);
  });

  it('renders a passing improvement (snapshot) with the verdict first', async () => {
    const { markdown } = renderReport(input('improved'), RUN);
    await expect(markdown).toMatchFileSnapshot('../fixtures/report/improved.md');
    expect(markdown.split('\n')[2]).toMatch(/^✅ \*\*Gate passed\*\*/);
    await expectMermaidParses(markdown);
  });

  it('states the statistics when there is no gate decision', () => {
    const regressed = renderReport({ evaluations: [{ record: buildRecord('regressed'), source: 'e.json' }] }).markdown;
    expect(regressed).toMatch(/🔴 \*\*Significant regression\*\* in `accuracy` −0\.017, `roc_auc` −0\.019, `log_loss` \+0\.039/);
    const improved = renderReport({ evaluations: [{ record: buildRecord('improved'), source: 'e.json' }] }).markdown;
    expect(improved).toMatch(/🟢 \*\*Significant improvement\*\* in `roc_auc` \+0\.013, `log_loss` −0\.019/);
  });

  it('puts the worst slice first, and sorts undefined values last', () => {
    const { markdown } = renderReport(input('regressed'));
    const slices = markdown.slice(markdown.indexOf('| Column | Group |'));
    const rows = slices.split('\n').filter((l) => l.startsWith('| region') || l.startsWith('| contract'));
    expect(rows[0]).toContain('south \\| east');
    expect(rows.at(-1)).toContain('n/a (only one class present');
  });

  it('shows the override and who applied it', () => {
    const evaluations = [{ record: buildRecord('regressed'), source: 'e.json' }];
    const decision = decideGate({ policy, evaluations, failOn: 'fail', now: NOW, override: { label: 'mlci:override', appliedBy: 'lead-dev' } });
    const { markdown } = renderReport({ evaluations, decision });
    expect(markdown).toContain('⚠️ **Gate overridden**: 3 rules would block, but the `mlci:override` label applied by @\u200Dlead\\-dev lets it pass.');
  });

  it('escapes hostile names everywhere they appear', () => {
    const hostile = '<img src=x onerror=alert(1)> [x](https://evil.example) @octocat `tick` | $math$ %%{init}%% "]';
    const record = buildRecord('improved', { model: { ...buildRecord().model, name: hostile }, label: hostile });
    record.slices[0]!.column = hostile;
    record.slices[0]!.groups[0]!.value = hostile;
    record.metrics[hostile] = 0.5;
    record.explanations!.permutation!.features[0]!.feature = hostile;
    record.fairness!.features[0]!.columns = [hostile];
    const { markdown } = renderReport({ evaluations: [{ record, source: hostile }], lineage }, RUN);
    const html = renderedHtml(markdown);
    expect(html).not.toMatch(/<img|<script|<a /);
    // GitHub does not turn mentions inside code into notifications; everywhere else they must be broken.
    expect(html.replace(/<code[^>]*>[\s\S]*?<\/code>/g, '')).not.toMatch(/@octocat/);
    expect(html).toContain('@\u200Doctocat');
    expect(mermaidBlocks(markdown).join('\n')).not.toContain('%%{');
    return expectMermaidParses(markdown);
  });

  it('refuses a decision about another model, and records about different models', () => {
    const evaluations = [{ record: buildRecord('improved'), source: 'e.json' }];
    const other = buildRecord('improved', { model: { ...buildRecord().model, digest: digestBytes('other') } });
    const decision = decideGate({ policy, evaluations: [{ record: other, source: 'o.json' }], failOn: 'fail', now: NOW });
    expect(() => renderReport({ evaluations, decision })).toThrow(UserError);
    expect(() => renderReport({ evaluations, decision })).toThrow(/gate decision is about model/);
    expect(() => renderReport({ evaluations: [...evaluations, { record: other, source: 'o.json' }] })).toThrow(/o\.json is about model/);
  });

  it('renders one section per evaluation set', async () => {
    const second = buildRecord('improved', { data: { ...buildRecord().data, source: 'holdout-2026.csv', format: 'csv', version: undefined } });
    delete second.data.version;
    const { markdown } = renderReport({ evaluations: [{ record: buildRecord('improved'), source: 'a.json' }, { record: second, source: 'b.json' }] });
    expect(markdown).toContain('### 1. Evaluation on `churn-eval@4`');
    expect(markdown).toContain('### 2. Evaluation on `holdout-2026.csv`');
    await expectMermaidParses(markdown);
  });
});

describe('example comment for the README', () => {
  it('renders test/fixtures/report/example-comment.md from a realistic run', async () => {
    // Plain group names here: the hostile ones are the escaping tests' business, not the README's.
    const record = buildRecord('improved');
    record.slices[0]!.groups[2]!.value = 'west';
    record.fairness!.features[0]!.excluded[0]!.values = ['undisclosed'];
    const evaluations = [{ record, source: 'evaluation/evaluation-record.json' }];
    const examplePolicy = parsePolicy(
      'version: 1\nrows: { min: 1000 }\nmetrics:\n  - { metric: roc_auc, min: 0.8, margin: 0.02 }\n  - { metric: accuracy, min: 0.86, severity: warn }\nfairness:\n  - { feature: gender, metric: demographic_parity_ratio, min: 0.8 }\n',
      '.github/model-policy.yml',
    );
    const decision = decideGate({ policy: examplePolicy, evaluations, failOn: 'fail', now: NOW });
    const data = {
      diff: {
        from: { name: 'churn-eval', number: 3 },
        to: { name: 'churn-eval', number: 4 },
        unchanged: 1,
        bytesBefore: 1_830_000,
        bytesAfter: 1_912_000,
        files: [
          {
            path: 'eval/customers.parquet', change: 'modified' as const, sizeBefore: 1_700_000, sizeAfter: 1_782_000,
            table: {
              rowsBefore: 3820, rowsAfter: 4000, rows: { added: 212, removed: 32 },
              columns: [
                { name: 'support_calls', change: 'stats' as const, before: { name: 'support_calls', type: 'integer' as const, nullShare: 0, distinct: 11, min: 0, max: 10, mean: 1.9, std: 1.4 }, after: { name: 'support_calls', type: 'integer' as const, nullShare: 0.002, distinct: 12, min: 0, max: 11, mean: 2.1, std: 1.5 } },
              ],
            },
          },
        ],
      },
    };
    const { markdown } = renderReport({ evaluations, decision, lineage, data }, RUN);
    await expect(markdown).toMatchFileSnapshot('../fixtures/report/example-comment.md');
    expect(await expectMermaidParses(markdown)).toEqual(['xychart', 'flowchart-v2']);
    expect(markdown).toContain('Data changes');
  });
});

describe('truncation', () => {
  function huge(): ReportInput {
    const record = buildRecord('regressed');
    record.slices[0]!.groups = Array.from({ length: 4000 }, (_, i) => ({ value: `customer-segment-${String(i).padStart(5, '0')}-€`, n: 40 + i, metrics: { roc_auc: 0.5 + (i % 97) / 200, accuracy: 0.8 } }));
    const evaluations = [{ record, source: 'e.json' }];
    return { evaluations, decision: decideGate({ policy, evaluations, failOn: 'fail', now: NOW }), lineage };
  }

  it('cuts a body over 65,536 characters deterministically, with a note, keeping valid markdown', async () => {
    const first = renderReport(huge(), { ...RUN, maxRows: 5000 });
    const second = renderReport(huge(), { ...RUN, maxRows: 5000 });
    expect(first.markdown).toBe(second.markdown);
    expect(first.truncated).toBe(true);
    expect(first.dropped).toContain('Lineage');
    expect(first.markdown.length).toBeLessThanOrEqual(COMMENT_BODY_LIMIT.chars);
    expect(first.markdown).toContain("shortened to fit GitHub's 65,536-character comment limit");
    expect(first.markdown).toContain('[job summary](https://github.com/acme/churn/actions/runs/42)');
    expect(first.markdown).toContain('`evaluation-record`');
    const opened = (first.markdown.match(/<details/g) ?? []).length;
    expect((first.markdown.match(/<\/details>/g) ?? []).length).toBe(opened);
    expect((first.markdown.match(/^```/gm) ?? []).length % 2).toBe(0);
    await expectMermaidParses(first.markdown);
  });

  it('keeps a body under the limit untouched, and respects a byte limit', () => {
    const small = renderReport(input('improved'));
    expect(small.truncated).toBe(false);
    const text = `${'€'.repeat(100)}\n`.repeat(50);
    const cut = truncateMarkdown(text, { chars: 10_000, bytes: 2_000 }, '\n> cut\n');
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(2_000);
    expect(cut.endsWith('\n> cut\n')).toBe(true);
    expect(cut).not.toContain('\uFFFD');
  });

  it('never cuts inside a code fence and closes open details', () => {
    const text = ['<details><summary>x</summary>', '', '```mermaid', 'flowchart LR', ...Array.from({ length: 200 }, (_, i) => `  a${i} --> b${i}`), '```', '</details>'].join('\n');
    const cut = truncateMarkdown(text, { chars: 1_000 }, '\n> cut\n');
    expect(cut).not.toContain('```');
    expect(cut).toContain('</details>');
  });
});

describe('renderGateSummary', () => {
  it('lists problems first with the policy line', () => {
    const summary = renderGateSummary(input('regressed').decision!);
    const rows = summary.split('\n').filter((l) => l.startsWith('| '));
    expect(rows[2]).toMatch(/^\| ❌ fail \| roc\\_auc .*`\.github\/model-policy\.yml:9`/);
    expect(rows.at(-1)).toMatch(/✅ pass/);
  });
});

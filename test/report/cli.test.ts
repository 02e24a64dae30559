import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../shared/cli/main.js';
import { gateDecisionType } from '../../shared/schemas/gate-decision.js';
import { evaluationRecordType } from '../../shared/schemas/evaluation-record.js';
import { buildRecord } from './records.js';

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'mlci-cli-report-'));
  writeFileSync(join(dir, 'regressed.json'), evaluationRecordType.serialize(buildRecord('regressed')));
  writeFileSync(join(dir, 'policy.yml'), 'version: 1\nmetrics:\n  - metric: roc_auc\n    margin: 0.02\n');
});

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`), json: false, cwd: dir, env: {} });
  return { code, out, err };
}

describe('mlci report / mlci gate', () => {
  it('gate blocks offline and writes the decision; report renders it', async () => {
    const gate = await cli('gate', 'regressed.json', '--policy', 'policy.yml', '--out', 'decision.json');
    expect(gate.code).toBe(1);
    expect(gate.out).toContain('❌ **Gate blocked**: 1 rule failed');
    const decision = gateDecisionType.parse(readFileSync(join(dir, 'decision.json'), 'utf8'), 'decision.json');
    expect(decision.rules[0]).toMatchObject({ id: '/metrics/0/margin', status: 'fail', line: 4 });
    const report = await cli('report', 'regressed.json', '--decision', 'decision.json', '--out', 'body.md');
    expect(report.err).toBe('');
    expect(report.code).toBe(0);
    const body = readFileSync(join(dir, 'body.md'), 'utf8');
    expect(body).toContain('❌ **Gate blocked**');
    expect(body).toContain('| `roc_auc` | 0.842 | 0.861 | −0.019 | [−0.034, −0.004] | ▼ worse | 0.011 |');
  });

  it('reports a policy error with its line, and a missing record', async () => {
    writeFileSync(join(dir, 'policy.yml'), 'version: 1\nmetrics:\n  - metric: roc_auc\n    margin: -1\n');
    const bad = await cli('gate', 'regressed.json', '--policy', 'policy.yml');
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/policy\.yml:4:5, field \/metrics\/0\/margin/);
    const missing = await cli('report', 'nope.json');
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/nope\.json does not exist/);
  });
});

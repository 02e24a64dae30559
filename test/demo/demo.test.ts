import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { describe, expect, it, onTestFinished } from 'vitest';
import { runDemo } from '../../shared/cli/demo.js';

describe('npm run demo', () => {
  it('runs the whole flow and the registry history shows every event with its reason', { timeout: 240_000 }, async () => {
    const lines: string[] = [];
    const result = await runDemo({ log: (line) => lines.push(line) });
    onTestFinished(() => rmSync(result.dir, { recursive: true, force: true }));

    // The gate: the candidate trained on broken labels is blocked for real regressions, the fixed one passes.
    expect(result.decisions.blocked.conclusion).toBe('failure');
    const failed = result.decisions.blocked.rules.filter((r) => r.status === 'fail').map((r) => r.subject);
    expect(failed).toContain('accuracy');
    expect(result.decisions.passing.conclusion).toBe('success');
    expect(result.decisions.passing.model).not.toBe(result.decisions.blocked.model);

    // The PR comments were rendered to files, with the verdict and the fairness section.
    expect(readFileSync(result.comments.blocked, 'utf8')).toMatch(/Gate blocked/);
    expect(readFileSync(result.comments.passing, 'utf8')).toMatch(/Fairness/);
    expect(lines.join('\n')).toContain(result.comments.passing);

    // Every prod event is listed with its reason; the last one is the rollback, and it is current.
    const prod = result.history.prod.split('\n');
    expect(prod).toHaveLength(3);
    for (const line of prod) expect(line).toMatch(/ — reason: \S/);
    expect(prod[0]).toMatch(/churn#prod#1 +v1\.0\.0 \[forced\] — reason: bootstrap/);
    expect(prod[1]).toMatch(/churn#prod#\d+ +v1\.1\.0 — reason:/);
    expect(prod[2]).toMatch(/rollback to v1\.0\.0 \(undoes churn#prod#\d+\) \[current\] — reason: complaint rate/);
    expect(result.history.staging).toMatch(/v1\.1\.0 \[current\] — reason: gate passed/);

    // The tags are real annotated git tags in the demo repository, and none was deleted.
    const tags = execFileSync('git', ['tag', '--list'], { cwd: result.dir, encoding: 'utf8' }).split('\n').filter(Boolean).sort();
    expect(tags).toEqual(['churn#prod#1', 'churn#prod#3', 'churn#prod#4', 'churn#staging#2', 'churn@v1.0.0', 'churn@v1.1.0']);
    expect(execFileSync('git', ['cat-file', '-t', 'churn#prod#4'], { cwd: result.dir, encoding: 'utf8' }).trim()).toBe('tag');
    // Refused promotions (prod before staging, prod before the soak time) wrote nothing.
    expect(lines.filter((l) => l.includes('refused, as it should be'))).toHaveLength(2);
  });
});

import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

/**
 * The fork-safe pattern in the example workflows (actionlint runs over them in test/meta): the pull_request part holds
 * no write permission and posts nothing, and the workflow_run part only posts for pull-request runs.
 */
const DIR = 'examples/workflows';
const read = (name: string) => readFileSync(`${DIR}/${name}`, 'utf8');

interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  jobs: Record<string, { if?: string; needs?: string[]; permissions?: Record<string, string>; steps: Array<{ uses?: string; with?: Record<string, string> }> }>;
}

describe('fork-safe report workflows', () => {
  it('the pull_request part runs PR code read-only and only uploads', () => {
    const workflow = parse(read('ml-pull-request.yml')) as Workflow;
    expect(Object.keys(workflow.on)).toEqual(['pull_request']);
    expect(workflow.permissions).toEqual({ contents: 'read' });
    const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
    expect(steps.some((s) => s.uses?.includes('/actions/report') || s.uses?.includes('/actions/gate'))).toBe(false);
    expect(steps.some((s) => s.uses?.startsWith('actions/upload-artifact'))).toBe(true);
  });

  it('the workflow_run part posts only for pull-request runs, from the downloaded record', () => {
    const workflow = parse(read('ml-report.yml')) as Workflow;
    expect(Object.keys(workflow.on)).toEqual(['workflow_run']);
    const job = workflow.jobs.report!;
    expect(job.if).toContain("github.event.workflow_run.event == 'pull_request'");
    expect(job.permissions).toMatchObject({ 'pull-requests': 'write', checks: 'write' });
    const uses = job.steps.map((s) => s.uses ?? '');
    expect(uses.findIndex((u) => u.startsWith('actions/download-artifact'))).toBeLessThan(uses.findIndex((u) => u.includes('/actions/report')));
    // The PR's code is never checked out here: only the policy file from the default branch.
    expect(job.steps[0]!.with).toEqual({ 'sparse-checkout': 'examples/ml-policy.yml' });
  });

  it('the single-workflow variant ends with an always() aggregator', () => {
    const workflow = parse(read('ml-pull-request-same-repo.yml')) as Workflow;
    expect(workflow.jobs['ml-ready']).toMatchObject({ if: 'always()', needs: ['model'] });
  });
});

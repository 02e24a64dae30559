import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run as runPromote } from '../../actions/promote/src/main.js';
import { captureStdout, runActionMain } from '../registry/action-runner.js';
import { useActionHarness } from '../registry/action-harness.js';
import { gateDecision } from '../registry/fixtures.js';

const h = useActionHarness();

describe('actions/promote', () => {
  it('sets version, tag, deployment-id and previous-version, and a job summary', async () => {
    const t = h.token();
    const a = await h.modelWithRecord('a', 0.91);
    const b = await h.modelWithRecord('b', 0.85);
    const first = await runActionMain(runPromote, h.promoteInputs(a, t), h.env());
    expect(first.exitCode).toBeUndefined();
    expect(first.outputs).toMatchObject({ version: 'v0.1.0', tag: 'churn#prod#1', 'previous-version': '', changed: 'true', 'model-digest': a.digest });
    expect(Number(first.outputs['deployment-id'])).toBe(h.routes.deployments[0]?.id);
    const second = await runActionMain(runPromote, h.promoteInputs(b, t), h.env());
    expect(second.outputs).toMatchObject({ version: 'v0.2.0', tag: 'churn#prod#2', 'previous-version': 'v0.1.0' });
    expect(second.summary).toContain('### Promoted churn v0.2.0 to prod');
    expect(h.routes.deployments.map((d) => d.environment)).toEqual(['prod', 'prod']);
  });

  it('takes the gate decision inline (the gate action output) next to a record path', async () => {
    const t = h.token();
    const a = await h.modelWithRecord('a', 0.91);
    const decision = JSON.stringify(gateDecision(a.digest, new Date().toISOString()));
    const inputs = { ...h.promoteInputs(a, t), environment: 'staging', evidence: `${decision}\n${a.evidence}` };
    writeFileSync(join(h.reg.dir, 'promotion.yml'), 'environments:\n  staging:\n    evidence: gate\n');
    const result = await runActionMain(runPromote, inputs, h.env());
    expect(result.exitCode).toBeUndefined();
    expect(result.outputs).toMatchObject({ tag: 'churn#staging#1', version: 'v0.1.0' });
  });

  it('fails the step naming the missing permission, and writes no tag', async () => {
    const t = h.token(['contents']);
    const a = await h.modelWithRecord('a', 0.91);
    const stdout = captureStdout();
    const result = await runActionMain(runPromote, h.promoteInputs(a, t), h.env());
    expect(result.exitCode).toBe(1);
    expect(stdout.join('')).toMatch(/::error.*deployments: write/);
    expect(h.routes.refs.size).toBe(0);
  });

  it('fails with the config line of a bad promotion file', async () => {
    const t = h.token();
    const a = await h.modelWithRecord('a', 0.91);
    const inputs = h.promoteInputs(a, t);
    writeFileSync(inputs.config!, 'environments:\n  prod:\n    evidense: gate\n');
    const stdout = captureStdout();
    const result = await runActionMain(runPromote, inputs, h.env());
    expect(result.exitCode).toBe(1);
    expect(stdout.join('')).toMatch(/::error title=[^,]*,file=.*promotion\.yml,line=3,col=5/);
    expect(h.routes.refs.size).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { run as runPromote } from '../../actions/promote/src/main.js';
import { run as runRollback } from '../../actions/rollback/src/main.js';
import { captureStdout, runActionMain } from '../registry/action-runner.js';
import { useActionHarness } from '../registry/action-harness.js';

const h = useActionHarness();

describe('actions/rollback', () => {
  it('rolls back, marks the bad deployment inactive, and shows both versions side by side', async () => {
    const t = h.token();
    await runActionMain(runPromote, h.promoteInputs(await h.modelWithRecord('a', 0.91), t), h.env());
    const second = await runActionMain(runPromote, h.promoteInputs(await h.modelWithRecord('b', 0.85), t), h.env());
    const back = await runActionMain(runRollback, { model: 'churn', environment: 'prod', reason: 'accuracy dropped', token: t, store: h.reg.store.location }, h.env());
    expect(back.exitCode).toBeUndefined();
    expect(back.outputs).toMatchObject({ version: 'v0.1.0', 'previous-version': 'v0.2.0', tag: 'churn#prod#3' });
    expect(Number(back.outputs['deployment-id'])).toBe(h.routes.deployments.at(-1)?.id);
    expect(back.summary).toContain('**Reason:** accuracy dropped');
    // The metrics come from the evaluation records promote kept in the store.
    expect(back.summary).toMatch(/\| accuracy \| +0\.8500 \| +0\.9100 \|/);
    expect(h.routes.deployments.find((d) => d.id === Number(second.outputs['deployment-id']))?.statuses.at(-1)?.state).toBe('inactive');
    expect([...h.routes.refs.keys()].filter((r) => r.includes('#'))).toHaveLength(3);
  });

  it('without an earlier version: a configuration error and no tag', async () => {
    const t = h.token();
    await runActionMain(runPromote, h.promoteInputs(await h.modelWithRecord('a', 0.91), t), h.env());
    const refs = h.routes.refs.size;
    const stdout = captureStdout();
    const result = await runActionMain(runRollback, { model: 'churn', environment: 'prod', reason: 'r', token: t, store: h.reg.store.location }, h.env());
    expect(result.exitCode).toBe(1);
    expect(stdout.join('')).toMatch(/no earlier version in 'prod' than v0\.1\.0/);
    expect(h.routes.refs.size).toBe(refs);
  });

  it('without a reason: a configuration error naming the input', async () => {
    const t = h.token();
    const stdout = captureStdout();
    const result = await runActionMain(runRollback, { model: 'churn', environment: 'prod', token: t, store: h.reg.store.location }, h.env());
    expect(result.exitCode).toBe(1);
    expect(stdout.join('')).toMatch(/Input 'reason' is required/);
  });
});

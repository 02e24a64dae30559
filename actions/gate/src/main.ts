import { actionContext, appendSummary, choiceInput, createOctokit, listInput, optionalInput, requiredInput, runAction, setOutputs } from '../../../shared/action/index.js';
import { gitHubGatePorts } from '../../../shared/github/ports.js';
import { assertGatePassed, runGate } from '../../../shared/policy/run-gate.js';

/** Thin adapter: inputs → `runGate()` → outputs; a block also fails the step. */
export async function run(): Promise<void> {
  await runAction(async () => {
    const context = actionContext();
    const token = optionalInput('token');
    const repository = { owner: context.owner, repo: context.repo, author: optionalInput('check-author') };
    const github = token ? gitHubGatePorts(createOctokit(token), repository) : {};
    const result = await runGate(
      {
        evaluation: listInput('evaluation'),
        policy: requiredInput('policy'),
        dataSummary: optionalInput('data-summary'),
        checkName: optionalInput('check-name') ?? 'model-gate',
        overrideLabel: optionalInput('override-label'),
        failOn: choiceInput('fail-on', ['fail', 'warn'] as const, 'fail'),
        event: context,
        workspace: context.workspace,
        detailsUrl: context.runUrl,
      },
      { ...github, appendSummary, log: (message) => console.log(message) },
    );
    setOutputs({ decision: result.decision, conclusion: result.conclusion, 'check-run-id': result.checkRunId });
    assertGatePassed(result);
  });
}

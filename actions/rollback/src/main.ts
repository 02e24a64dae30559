import { actionContext, appendSummary, createOctokit, optionalInput, requiredInput, runAction, setOutputs, storeFromInputs, timed } from '../../../shared/action/index.js';
import { gitHubRegistryServices } from '../../../shared/github/deployments.js';
import { renderRollbackSummary, rollback } from '../../../shared/registry/index.js';

export async function run(): Promise<void> {
  await runAction(async () => {
    const context = actionContext();
    const store = storeFromInputs();
    const deps = { ...gitHubRegistryServices(createOctokit(requiredInput('token')), context), store, log: (line: string) => console.log(line) };
    const model = requiredInput('model');
    const environment = requiredInput('environment');
    const options = { model, environment, to: optionalInput('to'), reason: requiredInput('reason') };
    const result = await timed(`Rolling back ${model} in ${environment}`, () => rollback(options, deps));
    setOutputs({
      version: result.version,
      'previous-version': result.previousVersion,
      tag: result.tag,
      'deployment-id': result.deploymentId,
    });
    await appendSummary(await renderRollbackSummary(store, result));
  });
}

import {
  actionContext,
  appendSummary,
  booleanInput,
  createOctokit,
  listInput,
  optionalInput,
  requiredInput,
  runAction,
  setOutputs,
  storeFromInputs,
  timed,
} from '../../../shared/action/index.js';
import { gitHubRegistryServices } from '../../../shared/github/deployments.js';
import { loadEvidence, loadPromotionConfig, parseDispatchSpec, promote, promoteSummary, splitEvidenceInput } from '../../../shared/registry/index.js';

export async function run(): Promise<void> {
  await runAction(async () => {
    const context = actionContext();
    const store = storeFromInputs();
    const deps = { ...gitHubRegistryServices(createOctokit(requiredInput('token')), context), store, log: (line: string) => console.log(line) };
    const model = requiredInput('model');
    const environment = requiredInput('environment');
    const result = await timed(`Promoting ${model} to ${environment}`, async () =>
      promote(
        {
          model,
          version: optionalInput('version') ?? 'patch',
          artifact: requiredInput('artifact'),
          environment,
          config: await loadPromotionConfig(optionalInput('config')),
          evidence: await loadEvidence(splitEvidenceInput(optionalInput('evidence')), store),
          dataVersions: listInput('data-versions'),
          reason: optionalInput('reason'),
          force: booleanInput('force', false),
          dispatch: parseDispatchSpec(optionalInput('dispatch'), context.ref || context.sha),
        },
        deps,
      ),
    );
    setOutputs({
      version: result.version,
      tag: result.tag,
      'deployment-id': result.deploymentId,
      'previous-version': result.previousVersion ?? '',
      'model-digest': result.modelDigest,
      changed: result.changed,
    });
    await appendSummary(promoteSummary(result));
  });
}

import { trainRunnerHooks } from '../../../shared/action/attest.js';
import {
  actionContext,
  appendSummary,
  booleanInput,
  listInput,
  optionalInput,
  requiredInput,
  runAction,
  setOutputs,
} from '../../../shared/action/index.js';
import { openStore } from '../../../shared/store/index.js';
import { currentPlatform } from '../../../shared/train/platform.js';
import { train } from '../../../shared/train/train.js';

/** Thin adapter: inputs → `train()` → outputs and the job summary (lineage graph). */
export async function run(): Promise<void> {
  await runAction(async () => {
    const context = actionContext();
    const hooks = trainRunnerHooks(optionalInput('token'));
    const result = await train({
      command: requiredInput('run'),
      cwd: context.workspace,
      data: listInput('data'),
      params: optionalInput('params'),
      code: listInput('code'),
      outputs: listInput('outputs'),
      store: openStore(optionalInput('store'), { cwd: context.workspace }),
      cache: booleanInput('cache', true),
      env: hooks.env,
      platform: currentPlatform(hooks.runner),
      workflowRun: {
        id: context.runId,
        attempt: context.runAttempt,
        url: context.runUrl,
        actor: context.actor,
        repository: context.repository,
        workflow: context.workflow,
        ref: context.ref,
      },
      repositoryUrl: context.repository ? `${context.serverUrl}/${context.repository}` : undefined,
      builderId: hooks.builderId,
      signer: hooks.signer,
      log: hooks.log,
      warn: hooks.warn,
    });
    setOutputs({
      model: result.model.path,
      'model-digest': result.model.digest,
      'cache-hit': result.cacheHit,
      lineage: result.lineageDigest,
      statement: result.files.statement,
      duration: (result.durationMs / 1000).toFixed(1),
    });
    await appendSummary(result.summaryMarkdown);
  });
}

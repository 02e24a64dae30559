import { join } from 'node:path';
import {
  actionContext,
  appendSummary,
  booleanInput,
  listInput,
  requiredInput,
  restoreCarriedCache,
  runAction,
  saveCarriedCache,
  setOutputs,
  storeFromInputs,
  timed,
} from '../../../shared/action/index.js';
import { renderDatasetDiff, versionDataset, writeVersionFiles } from '../../../shared/data/index.js';

export async function run(): Promise<void> {
  await runAction(async () => {
    const context = actionContext();
    const name = requiredInput('name');
    const useStatCache = booleanInput('stat-cache', true);
    const statCacheDir = join(context.workspace, '.mlci', 'cache');
    const carried = { paths: [statCacheDir], keyPrefix: `mlci-stat-${name}-${process.platform}-${process.arch}-` };
    if (useStatCache) await restoreCarriedCache(carried, context);
    const store = storeFromInputs();
    const result = await timed(`Versioning dataset ${name}`, () =>
      versionDataset({
        name,
        paths: listInput('path'),
        cwd: context.workspace,
        store,
        statCacheFile: useStatCache ? join(statCacheDir, `stat-${name}.bin`) : undefined,
        provenance: { commit: context.sha, ref: context.ref, workflowRunUrl: context.runUrl, actor: context.actor, workflow: context.workflow, repository: context.repository },
      }),
    );
    const files = await writeVersionFiles(result, store.location, join(context.tempDir, 'mlci'));
    setOutputs({
      version: result.ref.version,
      number: result.ref.number,
      manifest: files.manifestPath,
      changed: result.changed,
      summary: files.summaryPath,
    });
    const headline = `${result.changed ? 'New version' : 'Unchanged'}: ${name}@${result.ref.number}`;
    await appendSummary(renderDatasetDiff(result.diff, headline));
    if (useStatCache) await saveCarriedCache(carried, context);
  });
}

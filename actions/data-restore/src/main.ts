import { actionContext, optionalInput, requiredInput, runAction, setOutputs, storeFromInputs, timed } from '../../../shared/action/index.js';
import { restoreDataset } from '../../../shared/data/index.js';

export async function run(): Promise<void> {
  await runAction(async () => {
    const context = actionContext();
    const name = requiredInput('name');
    const version = optionalInput('version') ?? 'latest';
    const result = await timed(`Restoring dataset ${name}@${version}`, () =>
      restoreDataset({ name, version, store: storeFromInputs(), path: optionalInput('path') ?? '.', cwd: context.workspace }),
    );
    setOutputs({ version: result.ref.version, number: result.ref.number, files: result.files.join('\n') });
  });
}

import { actionContext, appendSummary, choiceInput, listInput, numberInput, optionalInput, runAction, setOutputs, storeFromInputs } from '../../../shared/action/index.js';
import { onnxRuntimeInstaller } from '../../../shared/action/onnx-runtime.js';
import { runEvaluate, storeDatasetOpener } from '../../../shared/evaluate/index.js';
import { loadOnnxRuntime } from '../../../shared/model/index.js';
// The registry's resolver alone: its index also loads promotion rules and their YAML parser.
import { GitTagStore } from '../../../shared/registry/git-tag-store.js';
import { registryModelResolver } from '../../../shared/registry/resolve.js';

/** Thin adapter: inputs → `runEvaluate()` → the record path, the compact metrics and the job summary. */
export async function run(): Promise<void> {
  await runAction(async () => {
    const task = choiceInput('task', ['infer', 'binary', 'multiclass', 'regression'] as const, 'infer');
    const result = await runEvaluate(
      {
        model: optionalInput('model'),
        baselineModel: optionalInput('baseline-model'),
        data: optionalInput('data'),
        label: optionalInput('label'),
        task: task === 'infer' ? undefined : task,
        features: listInput('features'),
        threshold: numberInput('threshold', 0.5, { min: 0, max: 1 }),
        positiveLabel: optionalInput('positive-label'),
        slices: listInput('slices'),
        minSliceSize: numberInput('min-slice-size', 30, { min: 1, integer: true }),
        missing: choiceInput('missing', ['error', 'drop', 'allow'] as const, 'error'),
        output: optionalInput('output'),
        shard: optionalInput('shard'),
        merge: optionalInput('merge'),
        seed: numberInput('seed', 0, { integer: true }),
        resamples: numberInput('bootstrap-resamples', 1000, { min: 2, integer: true }),
        batchRows: optionalInput('batch-rows') === undefined ? undefined : numberInput('batch-rows', 0, { min: 1, integer: true }),
        sensitive: listInput('sensitive'),
        fairnessMinGroup: numberInput('fairness-min-group', 30, { min: 1, integer: true }),
        explain: choiceInput('explain', ['none', 'permutation', 'shap', 'all'] as const, 'permutation'),
        explainRows: numberInput('explain-rows', 10_000, { min: 1, integer: true }),
        explainBackground: numberInput('explain-background', 100, { min: 1, max: 100, integer: true }),
        explainSeed: numberInput('explain-seed', 0, { integer: true }),
        explainBudgetRows: numberInput('explain-budget-rows', 5_000_000, { min: 1, integer: true }),
        explainScoring: optionalInput('explain-scoring'),
      },
      {
        runtime: () => loadOnnxRuntime(onnxRuntimeInstaller()),
        openDataset: storeDatasetOpener(() => storeFromInputs()),
        // `baseline-model: churn#prod` reads the registry tags of the checkout (fetch-depth: 0).
        resolveModel: registryModelResolver(() => new GitTagStore(actionContext().workspace), () => storeFromInputs()),
        cwd: actionContext().workspace,
        log: (line) => console.log(line),
      },
    );
    setOutputs({ record: result.path, metrics: result.metrics ?? '' });
    await appendSummary(result.summary);
  });
}

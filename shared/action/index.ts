export {
  booleanInput,
  choiceInput,
  listInput,
  numberInput,
  optionalInput,
  requiredInput,
  splitList,
  structuredInput,
} from './inputs.js';
export { setOutputs, type OutputValue } from './outputs.js';
export { appendSummary } from './summary.js';
export { timed } from './group.js';
export { actionContext, type ActionContext } from './context.js';
export { createOctokit, type Octokit, type OctokitSettings } from './octokit.js';
export { reportFailure, runAction } from './run.js';
export { STORE_INPUT_NAMES, storeFromInputs } from './store-inputs.js';
export { isDefaultBranchPush, restoreCarriedCache, saveCarriedCache, type CarriedCache } from './carried-cache.js';

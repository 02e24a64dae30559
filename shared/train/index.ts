export { train, type Signer, type TrainRequest, type TrainResult } from './train.js';
export { computeCodeDigest, type CodeDigestOptions, type CodeIdentity } from './code-digest.js';
export { isDatasetSpec, resolveDataInputs, type DataInput } from './data-inputs.js';
export { compileGlobs, globToRegExp, type GlobSet } from './glob.js';
export { loadParamsFile, parseParamsText, type ParamsFile } from './params-file.js';
export { currentPlatform } from './platform.js';
export { cacheEntryKey, cacheKey, lookupEntry, restoreOutputs, writeEntry, type CacheKeyParts, type CacheLookup } from './run-cache.js';
export { commandEnvironment, runCommand, type CommandOptions, type CommandResult } from './run-command.js';

export { evaluateModel, type EvaluateDeps, type ShardSettings } from './evaluate.js';
export { runEvaluate, type EvaluateResult } from './run-evaluate.js';
export { mergeShards } from './merge.js';
export { checkOptions, EVALUATE_DEFAULTS, normalizeOptions, parseShard, type EvaluateOptions, type ExplainChoice, type ShardSpec } from './options.js';
export { digestFile, parseDatasetSpec, resolveData, storeDatasetOpener, type DatasetOpener, type DatasetSpec, type ResolvedData } from './data-source.js';
export { expandGlob, readEvaluationRecord, readShardRecord, writeRecord } from './record-io.js';
export { evaluationSummary } from './summary-markdown.js';
export { shardRange } from './build-set.js';
export { MLCI_VERSION } from './version.js';

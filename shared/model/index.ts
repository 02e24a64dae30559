export type { FeedTensor, FeedType, ModelRuntime, OutputTensor, Session, TensorSpec } from './types.js';
export { InvalidModelError } from './types.js';
export { loadModel, describeSpec, describeSpecs, type LoadModelOptions, type Model, type OutputPlan } from './model.js';
export { bindInputs, buildFeeds, feedsFromMatrix, type BindOptions, type InputBinding } from './inputs.js';
export { batchRowsFor, matrixPredictor, predictTable, type PredictOptions, type Predictions } from './predict.js';
export { loadOnnxRuntime, runtimeUnavailable } from './onnxruntime.js';
export { createToolCacheInstaller, ONNXRUNTIME_VERSION, runtimeCacheKey, type RuntimeInstaller, type ToolCacheApi } from './runtime-install.js';
export { stripZipMap, type ZipMapInfo } from './onnx-proto.js';

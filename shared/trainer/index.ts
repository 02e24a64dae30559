export { parseTrainingCsv, type CsvOptions, type TrainingSet } from './dataset.js';
export { boostingLogits, trainGradientBoosting, type GradientBoostingModel, type TreeNode } from './gradient-boosting.js';
export { logisticLogits, sigmoid, trainLogisticRegression, type LogisticRegressionModel } from './logistic-regression.js';
export { modelToOnnx, predictLabels, predictProbabilities, type BinaryClassifier } from './model.js';
export { INPUT_NAME, LABEL_OUTPUT, PROBABILITIES_OUTPUT } from './classifier-graph.js';
export { encodeOnnxModel, type OnnxAttribute, type OnnxModel, type OnnxNode, type OnnxTensor, type OnnxValueInfo } from './onnx-writer.js';
export { trainBinaryClassifier, trainModelFromFiles, type TrainingMetrics, type TrainModelOptions, type TrainModelResult } from './train-model.js';
export { trainerSettings, type GradientBoostingParams, type LogisticRegressionParams, type TrainerParams, type TrainerSettings } from './trainer-params.js';

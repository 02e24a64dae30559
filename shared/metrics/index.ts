/**
 * The metrics library: scikit-learn 1.2.1 semantics on columnar typed arrays, explicit undefined values.
 * `computeMetrics(task, input)` is the one entry evaluate uses; the individual functions are exported for
 * slices, the paired statistics and tests.
 */
import { binaryMetrics } from './binary.js';
import { multiclassMetrics } from './multiclass.js';
import { regressionMetrics } from './regression.js';
import type { MetricsResult, Task, TaskInputs } from './types.js';

export function computeMetrics<T extends Task>(task: T, input: TaskInputs[T]): MetricsResult {
  switch (task) {
    case 'binary':
      return binaryMetrics(input as TaskInputs['binary']);
    case 'multiclass':
      return multiclassMetrics(input as TaskInputs['multiclass']);
    case 'regression':
      return regressionMetrics(input as TaskInputs['regression']);
    default:
      throw new Error(`unknown task ${String(task)}`);
  }
}

export * from './types.js';
export * from './binary.js';
export * from './multiclass.js';
export * from './regression.js';
export { rankingMetrics, weightedRankingMetrics, prepareWeightedRanking, NO_POSITIVES, NO_NEGATIVES, type RankingResult, type WeightedRankingRows } from './ranking.js';
export { ECE_BINS, eceBin, CalibrationBins, addToBins, eceFromSums } from './calibration.js';
export { argsortFloat64, Float32SortInProgress, sortScores, type SortedScores } from './sort.js';
export { groupedBinaryMetrics } from './grouped.js';
export { ratio, isNumber, EMPTY_SET, DTYPE_EPS } from './values.js';
export { validateBinary, validateBinaryRows, validateBinaryShape, validateMulticlass, validateRegression } from './validate.js';

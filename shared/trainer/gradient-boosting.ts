import type { TrainingSet } from './dataset.js';
import { sigmoid } from './logistic-regression.js';
import type { GradientBoostingParams } from './trainer-params.js';

/**
 * Gradient boosting for binary log-loss, the scheme of scikit-learn's GradientBoostingClassifier:
 * start from the prior log-odds, then each stage fits a regression tree (exact splits, squared error)
 * to the residuals y − p and sets each leaf to one Newton step Σr / Σp(1−p), shrunk by the learning rate.
 * Ties between splits go to the lowest feature index, then the lowest threshold, so training is
 * deterministic. Thresholds and leaf values are float32, the precision the ONNX tree ensemble uses.
 */
export type TreeNode =
  | { leaf: true; value: number }
  | { leaf: false; feature: number; threshold: number; left: TreeNode; right: TreeNode };

export interface GradientBoostingModel {
  kind: 'gradient-boosting';
  featureNames: string[];
  /** Prior log-odds (float32). */
  init: number;
  /** Leaf values already include the learning rate. */
  trees: TreeNode[];
}

interface FitContext {
  data: TrainingSet;
  /** Row indexes sorted by each feature's value, computed once. */
  sorted: Uint32Array[];
  residuals: Float64Array;
  hessians: Float64Array;
  params: GradientBoostingParams;
}

export function trainGradientBoosting(data: TrainingSet, params: GradientBoostingParams): GradientBoostingModel {
  const positives = data.labels.reduce((n, y) => n + y, 0);
  const init = Math.fround(Math.log(positives / (data.rows - positives)));
  const raw = new Float64Array(data.rows).fill(init);
  const context: FitContext = {
    data,
    sorted: data.featureNames.map((_, f) => sortedRows(data, f)),
    residuals: new Float64Array(data.rows),
    hessians: new Float64Array(data.rows),
    params,
  };
  const trees: TreeNode[] = [];
  for (let stage = 0; stage < params.nEstimators; stage++) {
    for (let r = 0; r < data.rows; r++) {
      const p = sigmoid(raw[r]!);
      context.residuals[r] = data.labels[r]! - p;
      context.hessians[r] = p * (1 - p);
    }
    const allRows = Uint32Array.from({ length: data.rows }, (_, i) => i);
    const tree = growTree(context, allRows, 0);
    trees.push(tree);
    for (let r = 0; r < data.rows; r++) raw[r]! += leafValue(tree, data.features, r, data.featureNames.length);
  }
  return { kind: 'gradient-boosting', featureNames: [...data.featureNames], init, trees };
}

export function boostingLogits(model: GradientBoostingModel, features: Float32Array, rows: number): Float64Array {
  const out = new Float64Array(rows);
  const width = model.featureNames.length;
  for (let r = 0; r < rows; r++) {
    let z = model.init;
    for (const tree of model.trees) z += leafValue(tree, features, r, width);
    out[r] = z;
  }
  return out;
}

function leafValue(tree: TreeNode, features: Float32Array, row: number, width: number): number {
  let node = tree;
  while (!node.leaf) node = (features[row * width + node.feature] ?? 0) <= node.threshold ? node.left : node.right;
  return node.value;
}

function growTree(context: FitContext, rows: Uint32Array, depth: number): TreeNode {
  const split = depth < context.params.maxDepth ? bestSplit(context, rows) : undefined;
  if (!split) return { leaf: true, value: newtonLeaf(context, rows) };
  const width = context.data.featureNames.length;
  const left = rows.filter((r) => context.data.features[r * width + split.feature]! <= split.threshold);
  const right = rows.filter((r) => context.data.features[r * width + split.feature]! > split.threshold);
  return {
    leaf: false,
    feature: split.feature,
    threshold: split.threshold,
    left: growTree(context, left, depth + 1),
    right: growTree(context, right, depth + 1),
  };
}

interface Split {
  feature: number;
  threshold: number;
  score: number;
}

/** The split maximising Σ_L r² / n_L + Σ_R r² / n_R, i.e. the largest squared-error reduction. */
function bestSplit(context: FitContext, rows: Uint32Array): Split | undefined {
  const member = new Uint8Array(context.data.rows);
  let total = 0;
  for (const r of rows) {
    member[r] = 1;
    total += context.residuals[r]!;
  }
  // A split must beat the unsplit node by more than rounding noise.
  let best: Split | undefined;
  let bestScore = (total * total) / rows.length + 1e-12;
  for (let f = 0; f < context.data.featureNames.length; f++) {
    const candidate = bestSplitOnFeature(context, f, member, rows.length, total);
    if (candidate && candidate.score > bestScore) {
      best = candidate;
      bestScore = candidate.score;
    }
  }
  return best;
}

function bestSplitOnFeature(context: FitContext, feature: number, member: Uint8Array, count: number, total: number): Split | undefined {
  const { data, residuals } = context;
  const width = data.featureNames.length;
  const minLeaf = context.params.minSamplesLeaf;
  let best: Split | undefined;
  let leftSum = 0;
  let leftCount = 0;
  let previous: number | undefined;
  for (const r of context.sorted[feature]!) {
    if (!member[r]) continue;
    const value = data.features[r * width + feature]!;
    // Between two distinct values, everything seen so far goes left.
    if (previous !== undefined && value !== previous && leftCount >= minLeaf && count - leftCount >= minLeaf) {
      const rightSum = total - leftSum;
      const score = (leftSum * leftSum) / leftCount + (rightSum * rightSum) / (count - leftCount);
      if (!best || score > best.score) best = { feature, threshold: threshold(previous, value), score };
    }
    leftSum += residuals[r]!;
    leftCount += 1;
    previous = value;
  }
  return best;
}

/** The float32 midpoint, unless rounding lands it on the upper value (adjacent floats): then the lower. */
function threshold(lower: number, upper: number): number {
  const mid = Math.fround((lower + upper) / 2);
  return mid >= upper || mid < lower ? lower : mid;
}

function newtonLeaf(context: FitContext, rows: Uint32Array): number {
  let numerator = 0;
  let denominator = 0;
  for (const r of rows) {
    numerator += context.residuals[r]!;
    denominator += context.hessians[r]!;
  }
  const step = denominator < 1e-150 ? 0 : numerator / denominator;
  return Math.fround(context.params.learningRate * step);
}

function sortedRows(data: TrainingSet, feature: number): Uint32Array {
  const width = data.featureNames.length;
  const rows = Uint32Array.from({ length: data.rows }, (_, i) => i);
  // Stable on ties (row order), so equal inputs always give equal trees.
  return rows.sort((a, b) => data.features[a * width + feature]! - data.features[b * width + feature]! || a - b);
}

import { classifierModelBytes, INPUT_NAME, LOGIT_OUTPUT, type LogitGraph } from './classifier-graph.js';
import { boostingLogits, type GradientBoostingModel, type TreeNode } from './gradient-boosting.js';
import { logisticLogits, sigmoid, type LogisticRegressionModel } from './logistic-regression.js';

export type BinaryClassifier = LogisticRegressionModel | GradientBoostingModel;

/** P(class 1) per row, computed the way the exported ONNX graph does (float32 parameters). */
export function predictProbabilities(model: BinaryClassifier, features: Float32Array, rows: number): Float64Array {
  const logits = model.kind === 'logistic-regression' ? logisticLogits(model, features, rows) : boostingLogits(model, features, rows);
  return logits.map(sigmoid);
}

/** Class labels as sklearn's predict gives them: 1 when P(1) > P(0), ties to 0. */
export function predictLabels(probabilities: Float64Array): Uint8Array {
  return Uint8Array.from(probabilities, (p) => (p > 1 - p ? 1 : 0));
}

/** The model as ONNX bytes; `metadata` lands in metadata_props next to `feature_names` and `model_type`. */
export function modelToOnnx(model: BinaryClassifier, metadata: Record<string, string> = {}): Uint8Array {
  const logit = model.kind === 'logistic-regression' ? logisticGraph(model) : boostingGraph(model);
  return classifierModelBytes(logit, {
    graphName: model.kind,
    featureNames: model.featureNames,
    metadata: { ...metadata, model_type: model.kind },
  });
}

function logisticGraph(model: LogisticRegressionModel): LogitGraph {
  return {
    mlOpset: false,
    initializers: [
      { name: 'coefficients', elemType: 'float', dims: [model.coefficients.length, 1], values: model.coefficients },
      { name: 'intercept', elemType: 'float', dims: [1], values: [model.intercept] },
    ],
    nodes: [
      { opType: 'MatMul', inputs: [INPUT_NAME, 'coefficients'], outputs: ['linear'], name: 'matmul' },
      { opType: 'Add', inputs: ['linear', 'intercept'], outputs: [LOGIT_OUTPUT], name: 'add_intercept' },
    ],
  };
}

interface FlatTrees {
  treeIds: number[];
  nodeIds: number[];
  featureIds: number[];
  modes: string[];
  values: number[];
  trueIds: number[];
  falseIds: number[];
  leafTree: number[];
  leafNode: number[];
  leafWeight: number[];
}

/**
 * ai.onnx.ml TreeEnsembleRegressor summing every tree's leaf on top of the prior (`base_values`), then the
 * shared sigmoid tail. Not TreeEnsembleClassifier: with one weight per leaf for two classes its
 * probability layout is runtime-specific ("ONNX is vague about two classes", says onnxruntime's source),
 * while raw score → Sigmoid is exact and the same graph tail as logistic regression.
 */
function boostingGraph(model: GradientBoostingModel): LogitGraph {
  const flat: FlatTrees = { treeIds: [], nodeIds: [], featureIds: [], modes: [], values: [], trueIds: [], falseIds: [], leafTree: [], leafNode: [], leafWeight: [] };
  model.trees.forEach((tree, treeId) => flattenTree(tree, treeId, flat, { next: 0 }));
  return {
    mlOpset: true,
    initializers: [],
    nodes: [
      {
        opType: 'TreeEnsembleRegressor',
        domain: 'ai.onnx.ml',
        inputs: [INPUT_NAME],
        outputs: [LOGIT_OUTPUT],
        name: 'trees',
        attributes: {
          n_targets: { type: 'int', value: 1 },
          aggregate_function: { type: 'string', value: 'SUM' },
          post_transform: { type: 'string', value: 'NONE' },
          base_values: { type: 'floats', value: [model.init] },
          nodes_treeids: { type: 'ints', value: flat.treeIds },
          nodes_nodeids: { type: 'ints', value: flat.nodeIds },
          nodes_featureids: { type: 'ints', value: flat.featureIds },
          nodes_modes: { type: 'strings', value: flat.modes },
          nodes_values: { type: 'floats', value: flat.values },
          nodes_truenodeids: { type: 'ints', value: flat.trueIds },
          nodes_falsenodeids: { type: 'ints', value: flat.falseIds },
          target_treeids: { type: 'ints', value: flat.leafTree },
          target_nodeids: { type: 'ints', value: flat.leafNode },
          target_ids: { type: 'ints', value: flat.leafTree.map(() => 0) },
          target_weights: { type: 'floats', value: flat.leafWeight },
        },
      },
    ],
  };
}

/** Pre-order numbering; BRANCH_LEQ sends `x <= threshold` to the true (left) child, as the trainer does. */
function flattenTree(node: TreeNode, treeId: number, flat: FlatTrees, counter: { next: number }): number {
  const id = counter.next++;
  const index = flat.nodeIds.length;
  flat.treeIds.push(treeId);
  flat.nodeIds.push(id);
  if (node.leaf) {
    flat.featureIds.push(0);
    flat.modes.push('LEAF');
    flat.values.push(0);
    flat.trueIds.push(0);
    flat.falseIds.push(0);
    flat.leafTree.push(treeId);
    flat.leafNode.push(id);
    flat.leafWeight.push(node.value);
    return id;
  }
  flat.featureIds.push(node.feature);
  flat.modes.push('BRANCH_LEQ');
  flat.values.push(node.threshold);
  flat.trueIds.push(0);
  flat.falseIds.push(0);
  flat.trueIds[index] = flattenTree(node.left, treeId, flat, counter);
  flat.falseIds[index] = flattenTree(node.right, treeId, flat, counter);
  return id;
}

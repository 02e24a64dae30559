import { encodeOnnxModel, type OnnxNode, type OnnxTensor } from './onnx-writer.js';

/**
 * Both model families end in the same graph tail, so their ONNX files have one contract, the one a
 * converted scikit-learn classifier has without ZipMap:
 *
 *   input  `features`      float32 [N, F]
 *   output `label`         int64   [N]     (ArgMax of probabilities: ties go to class 0, like sklearn)
 *   output `probabilities` float32 [N, 2]  ([1 - p, p] with p = sigmoid(logit))
 *
 * Each family supplies only the nodes that compute `logit` float32 [N, 1].
 */
export const INPUT_NAME = 'features';
export const LABEL_OUTPUT = 'label';
export const PROBABILITIES_OUTPUT = 'probabilities';
const LOGIT = 'logit';

export interface LogitGraph {
  nodes: OnnxNode[];
  initializers: OnnxTensor[];
  /** Extra opset imports, e.g. ai.onnx.ml for tree ensembles. */
  mlOpset: boolean;
}

export interface ClassifierGraphOptions {
  graphName: string;
  featureNames: readonly string[];
  metadata: Record<string, string>;
}

const ONNX_OPSET = 17;
const ONNX_ML_OPSET = 3;
const IR_VERSION = 8;

export function classifierModelBytes(logit: LogitGraph, options: ClassifierGraphOptions): Uint8Array {
  const tail = probabilityTail();
  return encodeOnnxModel({
    irVersion: IR_VERSION,
    opsetImports: [
      { domain: '', version: ONNX_OPSET },
      ...(logit.mlOpset ? [{ domain: 'ai.onnx.ml', version: ONNX_ML_OPSET }] : []),
    ],
    producerName: 'mlci-trainer',
    producerVersion: '1',
    graph: {
      name: options.graphName,
      nodes: [...logit.nodes, ...tail.nodes],
      initializers: [...logit.initializers, ...tail.initializers],
      inputs: [{ name: INPUT_NAME, elemType: 'float', shape: ['N', options.featureNames.length] }],
      outputs: [
        { name: LABEL_OUTPUT, elemType: 'int64', shape: ['N'] },
        { name: PROBABILITIES_OUTPUT, elemType: 'float', shape: ['N', 2] },
      ],
    },
    metadata: { ...options.metadata, feature_names: JSON.stringify(options.featureNames) },
  });
}

/** The name of the tensor each family must produce. */
export const LOGIT_OUTPUT = LOGIT;

function probabilityTail(): { nodes: OnnxNode[]; initializers: OnnxTensor[] } {
  return {
    initializers: [{ name: 'one', elemType: 'float', dims: [1], values: [1] }],
    nodes: [
      { opType: 'Sigmoid', inputs: [LOGIT], outputs: ['p1'], name: 'sigmoid' },
      { opType: 'Sub', inputs: ['one', 'p1'], outputs: ['p0'], name: 'complement' },
      {
        opType: 'Concat',
        inputs: ['p0', 'p1'],
        outputs: [PROBABILITIES_OUTPUT],
        name: 'concat',
        attributes: { axis: { type: 'int', value: 1 } },
      },
      {
        opType: 'ArgMax',
        inputs: [PROBABILITIES_OUTPUT],
        outputs: [LABEL_OUTPUT],
        name: 'argmax',
        attributes: { axis: { type: 'int', value: 1 }, keepdims: { type: 'int', value: 0 } },
      },
    ],
  };
}

import { ProtoWriter } from './protobuf.js';

/**
 * Writes the subset of ONNX's `ModelProto` the trainer needs: typed graph inputs/outputs, float/int64
 * initializers, nodes with scalar and list attributes (ai.onnx and ai.onnx.ml domains), metadata props.
 *
 * Field numbers are from onnx/onnx.proto (IR version 8, unchanged since):
 *
 * | message                | field              | number | wire            |
 * | ---------------------- | ------------------ | ------ | --------------- |
 * | ModelProto             | ir_version         | 1      | varint          |
 * |                        | producer_name      | 2      | string          |
 * |                        | producer_version   | 3      | string          |
 * |                        | domain             | 4      | string          |
 * |                        | model_version      | 5      | varint          |
 * |                        | doc_string         | 6      | string          |
 * |                        | graph              | 7      | GraphProto      |
 * |                        | opset_import       | 8      | OperatorSetId   |
 * |                        | metadata_props     | 14     | StringStringEntryProto |
 * | OperatorSetIdProto     | domain, version    | 1, 2   | string, varint  |
 * | StringStringEntryProto | key, value         | 1, 2   | string          |
 * | GraphProto             | node               | 1      | NodeProto       |
 * |                        | name               | 2      | string          |
 * |                        | initializer        | 5      | TensorProto     |
 * |                        | doc_string         | 10     | string          |
 * |                        | input, output      | 11, 12 | ValueInfoProto  |
 * | NodeProto              | input, output      | 1, 2   | string          |
 * |                        | name, op_type      | 3, 4   | string          |
 * |                        | attribute          | 5      | AttributeProto  |
 * |                        | domain             | 7      | string          |
 * | AttributeProto         | name               | 1      | string          |
 * |                        | f, i, s, t         | 2, 3, 4, 5 | fixed32, varint, bytes, TensorProto |
 * |                        | floats, ints, strings | 7, 8, 9 | packed fixed32, packed varint, bytes |
 * |                        | type               | 20     | varint (AttributeType) |
 * | TensorProto            | dims               | 1      | packed varint   |
 * |                        | data_type          | 2      | varint (DataType) |
 * |                        | float_data         | 4      | packed fixed32  |
 * |                        | int64_data         | 7      | packed varint   |
 * |                        | name               | 8      | string          |
 * | ValueInfoProto         | name, type         | 1, 2   | string, TypeProto |
 * | TypeProto              | tensor_type        | 1      | TypeProto.Tensor |
 * | TypeProto.Tensor       | elem_type, shape   | 1, 2   | varint, TensorShapeProto |
 * | TensorShapeProto       | dim                | 1      | Dimension       |
 * | Dimension              | dim_value, dim_param | 1, 2 | varint, string  |
 *
 * Enums: DataType FLOAT = 1, INT64 = 7. AttributeType FLOAT = 1, INT = 2, STRING = 3, TENSOR = 4,
 * FLOATS = 6, INTS = 7, STRINGS = 8.
 */

export type ElemType = 'float' | 'int64';

const DATA_TYPE: Record<ElemType, number> = { float: 1, int64: 7 };

export interface OnnxTensor {
  name: string;
  elemType: ElemType;
  dims: number[];
  values: readonly number[];
}

export type OnnxAttribute =
  | { type: 'float'; value: number }
  | { type: 'int'; value: number }
  | { type: 'string'; value: string }
  | { type: 'tensor'; value: OnnxTensor }
  | { type: 'floats'; value: readonly number[] }
  | { type: 'ints'; value: readonly number[] }
  | { type: 'strings'; value: readonly string[] };

const ATTRIBUTE_TYPE: Record<OnnxAttribute['type'], number> = {
  float: 1,
  int: 2,
  string: 3,
  tensor: 4,
  floats: 6,
  ints: 7,
  strings: 8,
};

export interface OnnxNode {
  opType: string;
  inputs: string[];
  outputs: string[];
  name?: string;
  /** '' (default) is ai.onnx; 'ai.onnx.ml' for the traditional-ML operators. */
  domain?: string;
  attributes?: Record<string, OnnxAttribute>;
}

export interface OnnxValueInfo {
  name: string;
  elemType: ElemType;
  /** A number is a fixed dimension, a string a symbolic one (e.g. 'N' for the batch). */
  shape: (number | string)[];
}

export interface OnnxModel {
  irVersion: number;
  opsetImports: { domain: string; version: number }[];
  producerName: string;
  producerVersion: string;
  docString?: string;
  graph: {
    name: string;
    nodes: OnnxNode[];
    initializers: OnnxTensor[];
    inputs: OnnxValueInfo[];
    outputs: OnnxValueInfo[];
  };
  metadata: Record<string, string>;
}

/** The serialized `ModelProto`: the bytes of a `.onnx` file. */
export function encodeOnnxModel(model: OnnxModel): Uint8Array {
  const w = new ProtoWriter();
  w.varint(1, model.irVersion);
  w.string(2, model.producerName);
  w.string(3, model.producerVersion);
  if (model.docString) w.string(6, model.docString);
  w.message(7, encodeGraph(model.graph));
  for (const opset of model.opsetImports) {
    w.message(8, new ProtoWriter().string(1, opset.domain).varint(2, opset.version));
  }
  // Sorted so equal models have equal bytes (and digests) whatever the insertion order.
  for (const key of Object.keys(model.metadata).sort()) {
    w.message(14, new ProtoWriter().string(1, key).string(2, model.metadata[key] ?? ''));
  }
  return w.finish();
}

function encodeGraph(graph: OnnxModel['graph']): ProtoWriter {
  const w = new ProtoWriter();
  for (const node of graph.nodes) w.message(1, encodeNode(node));
  w.string(2, graph.name);
  for (const tensor of graph.initializers) w.message(5, encodeTensor(tensor));
  for (const input of graph.inputs) w.message(11, encodeValueInfo(input));
  for (const output of graph.outputs) w.message(12, encodeValueInfo(output));
  return w;
}

function encodeNode(node: OnnxNode): ProtoWriter {
  const w = new ProtoWriter();
  for (const input of node.inputs) w.string(1, input);
  for (const output of node.outputs) w.string(2, output);
  if (node.name) w.string(3, node.name);
  w.string(4, node.opType);
  for (const [name, attribute] of Object.entries(node.attributes ?? {})) w.message(5, encodeAttribute(name, attribute));
  if (node.domain) w.string(7, node.domain);
  return w;
}

function encodeAttribute(name: string, attribute: OnnxAttribute): ProtoWriter {
  const w = new ProtoWriter().string(1, name);
  switch (attribute.type) {
    case 'float':
      w.float(2, attribute.value);
      break;
    case 'int':
      w.varint(3, attribute.value);
      break;
    case 'string':
      w.string(4, attribute.value);
      break;
    case 'tensor':
      w.message(5, encodeTensor(attribute.value));
      break;
    case 'floats':
      w.packedFloats(7, attribute.value);
      break;
    case 'ints':
      w.packedVarints(8, attribute.value);
      break;
    case 'strings':
      for (const s of attribute.value) w.string(9, s);
      break;
  }
  return w.varint(20, ATTRIBUTE_TYPE[attribute.type]);
}

function encodeTensor(tensor: OnnxTensor): ProtoWriter {
  const expected = tensor.dims.reduce((n, d) => n * d, 1);
  if (expected !== tensor.values.length) {
    throw new Error(`tensor ${tensor.name}: dims ${tensor.dims.join('x')} need ${expected} values, got ${tensor.values.length}`);
  }
  const w = new ProtoWriter();
  w.packedVarints(1, tensor.dims);
  w.varint(2, DATA_TYPE[tensor.elemType]);
  if (tensor.elemType === 'float') w.packedFloats(4, tensor.values);
  else w.packedVarints(7, tensor.values);
  return w.string(8, tensor.name);
}

function encodeValueInfo(info: OnnxValueInfo): ProtoWriter {
  const shape = new ProtoWriter();
  for (const dim of info.shape) {
    shape.message(1, typeof dim === 'number' ? new ProtoWriter().varint(1, dim) : new ProtoWriter().string(2, dim));
  }
  const tensorType = new ProtoWriter().varint(1, DATA_TYPE[info.elemType]).message(2, shape);
  return new ProtoWriter().string(1, info.name).message(2, new ProtoWriter().message(1, tensorType));
}

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseTrainingCsv } from '../../shared/trainer/dataset.js';
import { modelToOnnx } from '../../shared/trainer/model.js';
import { encodeVarint } from '../../shared/trainer/protobuf.js';
import { trainBinaryClassifier } from '../../shared/trainer/train-model.js';

/** A generic protobuf reader for the test: field number → raw values (varints as bigint, others as bytes). */
function readMessage(bytes: Uint8Array): Map<number, Array<bigint | Uint8Array>> {
  const fields = new Map<number, Array<bigint | Uint8Array>>();
  let offset = 0;
  const varint = (): bigint => {
    let result = 0n;
    let shift = 0n;
    for (;;) {
      const byte = bytes[offset++]!;
      result |= BigInt(byte & 0x7f) << shift;
      if (!(byte & 0x80)) return result;
      shift += 7n;
    }
  };
  while (offset < bytes.length) {
    const tag = Number(varint());
    const [field, wire] = [tag >> 3, tag & 7];
    let value: bigint | Uint8Array;
    if (wire === 0) value = varint();
    else if (wire === 2) {
      const length = Number(varint());
      value = bytes.subarray(offset, offset + length);
      offset += length;
    } else if (wire === 5) {
      value = bytes.subarray(offset, offset + 4);
      offset += 4;
    } else throw new Error(`unexpected wire type ${wire}`);
    fields.set(field, [...(fields.get(field) ?? []), value]);
  }
  return fields;
}

const text = (value: bigint | Uint8Array | undefined) => new TextDecoder().decode(value as Uint8Array);

describe('protobuf varints', () => {
  it('encodes the protobuf spec examples', () => {
    expect([...encodeVarint(1n)]).toEqual([1]);
    expect([...encodeVarint(150n)]).toEqual([0x96, 0x01]);
    expect([...encodeVarint(BigInt.asUintN(64, -1n))]).toEqual([...Array(9).fill(0xff), 0x01]);
  });
});

describe('ONNX ModelProto fields', () => {
  it('writes ir_version, opsets, graph io and metadata at onnx.proto field numbers', async () => {
    const csv = await readFile(join(import.meta.dirname, '../fixtures/train/churn-train.csv'), 'utf8');
    const data = parseTrainingCsv(csv, { label: 'churned', source: 'churn' });
    const model = trainBinaryClassifier(data, { model: 'gradient-boosting', nEstimators: 2, learningRate: 0.1, maxDepth: 2, minSamplesLeaf: 1 });
    const proto = readMessage(modelToOnnx(model, { label: 'churned' }));
    expect(proto.get(1)).toEqual([8n]); // ir_version
    expect(text(proto.get(2)?.[0])).toBe('mlci-trainer'); // producer_name
    const opsets = (proto.get(8) ?? []).map((o) => readMessage(o as Uint8Array));
    expect(opsets.map((o) => [text(o.get(1)?.[0]), o.get(2)?.[0]])).toEqual([['', 17n], ['ai.onnx.ml', 3n]]);
    const metadata = Object.fromEntries((proto.get(14) ?? []).map((m) => readMessage(m as Uint8Array)).map((m) => [text(m.get(1)?.[0]), text(m.get(2)?.[0])]));
    expect(metadata).toEqual({ feature_names: JSON.stringify(data.featureNames), label: 'churned', model_type: 'gradient-boosting' });
    const graph = readMessage(proto.get(7)![0] as Uint8Array);
    const names = (field: number) => (graph.get(field) ?? []).map((v) => text(readMessage(v as Uint8Array).get(1)?.[0]));
    expect(names(11)).toEqual(['features']);
    expect(names(12)).toEqual(['label', 'probabilities']);
    const opTypes = (graph.get(1) ?? []).map((n) => text(readMessage(n as Uint8Array).get(4)?.[0]));
    expect(opTypes).toEqual(['TreeEnsembleRegressor', 'Sigmoid', 'Sub', 'Concat', 'ArgMax']);
  });
});

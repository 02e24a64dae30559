import * as ort from 'onnxruntime-node';
import { fileURLToPath } from 'node:url';
import type { PredictFn } from '../../shared/explain/index.js';

/** A PredictFn over a real ONNX fixture: one [N, F] input `X`, one [N, 1] output chosen by name. */
export async function onnxPredict(model: string, output: string): Promise<PredictFn> {
  const path = fileURLToPath(new URL(`../fixtures/explain/${model}`, import.meta.url));
  const session = await ort.InferenceSession.create(path);
  return async (features, rows, featureCount) => {
    const type = features instanceof Float32Array ? 'float32' : 'float64';
    // Copy: the tensor may alias the caller's reusable buffer.
    const tensor = new ort.Tensor(type, features.slice(0, rows * featureCount), [rows, featureCount]);
    const result = await session.run({ X: tensor }, [output]);
    return Float64Array.from(result[output]!.data as Float32Array | Float64Array);
  };
}

export function fixturePath(name: string): string {
  return fileURLToPath(new URL(`../fixtures/explain/${name}`, import.meta.url));
}

/** Row-major Float64Array from nested arrays. */
export function toMatrix(rows: number[][]): Float64Array {
  return Float64Array.from(rows.flat());
}

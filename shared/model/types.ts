/**
 * The model runtime behind an interface: evaluate, fairness and explain only see `Session`s, so the
 * ONNX runtime can be loaded lazily (it is outside the action bundle) and swapped in tests.
 */

/** One graph input or output as the model declares it. Dims are numbers or symbolic names (`N`). */
export interface TensorSpec {
  name: string;
  /** `float32`, `float64`, `int64`, `int32`, `string`, `bool`, … ; `non-tensor` for maps and sequences. */
  type: string;
  shape?: Array<number | string>;
}

export type FeedType = 'float32' | 'float64' | 'int64' | 'int32';
export type FeedData = Float32Array | Float64Array | BigInt64Array | Int32Array;

export interface FeedTensor {
  type: FeedType;
  data: FeedData;
  dims: number[];
}

export interface OutputTensor {
  type: string;
  data: ArrayLike<number | bigint | string | boolean>;
  dims: readonly number[];
}

export interface Session {
  readonly inputs: TensorSpec[];
  readonly outputs: TensorSpec[];
  run(feeds: Record<string, FeedTensor>, outputNames: readonly string[]): Promise<Record<string, OutputTensor>>;
  release(): Promise<void>;
}

export interface ModelRuntime {
  /** e.g. `onnxruntime-node 1.30.0`, recorded in the evaluation record. */
  readonly name: string;
  readonly version: string;
  /** How a worker thread imports the same runtime (`importOnnxRuntime`); absent: not in workers. */
  readonly specifier?: string;
  /** Throws `InvalidModelError` when the bytes are not a model the runtime can load. */
  createSession(model: Uint8Array): Promise<Session>;
}

export class InvalidModelError extends Error {}

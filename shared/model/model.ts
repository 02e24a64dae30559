import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { digestBytes, type Digest } from '../digest.js';
import { errnoCode, UserError } from '../errors.js';
import type { Task } from '../schemas/evaluation-record.js';
import { ProtobufError, stripZipMap } from './onnx-proto.js';
import { InvalidModelError, type ModelRuntime, type Session, type TensorSpec } from './types.js';

/**
 * How the model's outputs are read:
 * - `probabilities`: a float tensor [N, C] (C ≥ 2), possibly what a ZipMap used to wrap;
 * - `score`: a single float per row, [N] or [N, 1], read as P(positive) for a binary task;
 * - `values`: the same shape read as a regression prediction.
 * `classes` are the class labels in column order when the model names them (ZipMap), else absent.
 */
export interface OutputPlan {
  kind: 'probabilities' | 'score' | 'values';
  output: string;
  dtype: 'float32' | 'float64';
  /** Number of probability columns (C), 1 for scores and values. */
  width: number;
  classes?: string[];
  /** The output is a 0/1 label tensor (no probabilities): ranking metrics see hard decisions. */
  labelsOnly?: boolean;
}

export interface Model {
  path: string;
  name: string;
  digest: Digest;
  session: Session;
  inputs: TensorSpec[];
  /** The outputs the session returns (a ZipMap output shows as the probability tensor it wrapped). */
  outputs: TensorSpec[];
  plan: OutputPlan;
  task: Task;
  /** `specifier`: how a worker thread imports the same runtime (absent: none can). */
  runtime: { name: string; version: string; specifier?: string };
  release(): Promise<void>;
}

export interface LoadModelOptions {
  runtime: ModelRuntime;
  /** The task the user asked for; inferred from the outputs when absent. */
  task?: Task;
  /** Input name to blame in errors (`model` or `baseline-model`). */
  input?: string;
}

export async function loadModel(path: string, options: LoadModelOptions): Promise<Model> {
  const input = options.input ?? 'model';
  const bytes = await readModelFile(path, input);
  const digest = digestBytes(bytes);
  const { model: runnable, zipMaps } = rewriteForRuntime(bytes, path, input);
  let session: Session;
  try {
    session = await options.runtime.createSession(runnable);
  } catch (error) {
    if (!(error instanceof InvalidModelError)) throw error;
    throw notOnnx(path, input, error.message);
  }
  const plan = planOutputs(session.outputs, zipMaps, options.task, path, input);
  const task = options.task ?? inferTask(plan);
  checkTaskFits(plan, task, path, input);
  return {
    path, name: basename(path), digest, session, inputs: session.inputs,
    outputs: session.outputs, plan, task,
    runtime: { name: options.runtime.name, version: options.runtime.version, ...(options.runtime.specifier ? { specifier: options.runtime.specifier } : {}) },
    release: () => session.release(),
  };
}

async function readModelFile(path: string, input: string): Promise<Uint8Array> {
  try {
    const bytes = await readFile(path);
    if (bytes.length === 0) throw notOnnx(path, input, 'the file is empty');
    return bytes;
  } catch (error) {
    if (error instanceof UserError) throw error;
    const code = errnoCode(error);
    if (code === 'ENOENT') throw new UserError(`model file ${path} does not exist.`, { file: path, input, fix: 'Check the path; it is relative to the working directory.' });
    if (code === 'EISDIR') throw new UserError(`${path} is a directory, not an ONNX model file.`, { file: path, input, fix: 'Pass the .onnx file itself.' });
    throw error;
  }
}

function rewriteForRuntime(bytes: Uint8Array, path: string, input: string): ReturnType<typeof stripZipMap> {
  try {
    return stripZipMap(bytes);
  } catch (error) {
    if (error instanceof ProtobufError) throw notOnnx(path, input, error.message);
    throw error;
  }
}

function notOnnx(path: string, input: string, detail: string): UserError {
  return new UserError(`${path} is not an ONNX model the runtime can load (${detail}).`, {
    file: path,
    input,
    fix: 'Export the model to ONNX (e.g. skl2onnx, torch.onnx.export, tf2onnx) and pass the .onnx file.',
  });
}

const FLOAT_TYPES = new Set(['float32', 'float64']);
const INTEGER_TYPES = new Set(['int64', 'int32']);
const PROBABILITY_NAMES = /prob/i;

/** Picks the output to read: probabilities first, then a single score or value. */
export function planOutputs(outputs: TensorSpec[], zipMaps: ReturnType<typeof stripZipMap>['zipMaps'], task: Task | undefined, path: string, input: string): OutputPlan {
  const floats = outputs.filter((o) => FLOAT_TYPES.has(o.type));
  const zipped = zipMaps.map((z) => ({ zip: z, spec: floats.find((o) => o.name === z.probabilities) })).find((z) => z.spec);
  if (zipped) {
    return { kind: 'probabilities', output: zipped.spec!.name, dtype: zipped.spec!.type as OutputPlan['dtype'], width: zipped.zip.classLabels.length, classes: zipped.zip.classLabels };
  }
  const matrices = floats.filter((o) => o.shape?.length === 2 && (typeof o.shape[1] !== 'number' || o.shape[1] >= 2));
  const probabilities = matrices.find((o) => PROBABILITY_NAMES.test(o.name)) ?? matrices[0];
  if (probabilities) {
    const width = probabilities.shape![1];
    if (typeof width !== 'number') {
      throw new UserError(`output '${probabilities.name}' of ${path} has a symbolic class dimension (${String(width)}).`, {
        file: path, input, fix: 'Export the model with a fixed number of classes in the probability output.',
      });
    }
    return { kind: 'probabilities', output: probabilities.name, dtype: probabilities.type as OutputPlan['dtype'], width };
  }
  const single = floats.find((o) => isColumnShape(o.shape));
  if (single) {
    const kind = task === 'regression' || (task === undefined && !PROBABILITY_NAMES.test(single.name) && !/score/i.test(single.name)) ? 'values' : 'score';
    return { kind, output: single.name, dtype: single.type as OutputPlan['dtype'], width: 1 };
  }
  // A classifier exported without probabilities: its 0/1 label tensor is a (hard) binary score, as
  // scikit-learn scores `y_pred` when it is passed where a score is expected.
  const labels = outputs.find((o) => INTEGER_TYPES.has(o.type) && isColumnShape(o.shape));
  if (labels && task !== 'multiclass' && task !== 'regression') {
    return { kind: 'score', output: labels.name, dtype: 'float64', width: 1, labelsOnly: true };
  }
  throw new UserError(`${path} has no output evaluate can read (outputs: ${describeSpecs(outputs)}).`, {
    file: path,
    input,
    fix: 'Export the model with a float probability output [N, C], a single score [N] or [N, 1], a regression output [N, 1], or (binary) a 0/1 label [N].',
  });
}

function isColumnShape(shape: TensorSpec['shape']): boolean {
  if (!shape) return true;
  return shape.length === 1 || (shape.length === 2 && (shape[1] === 1 || typeof shape[1] !== 'number'));
}

function checkTaskFits(plan: OutputPlan, task: Task, path: string, input: string): void {
  const fits =
    (task === 'regression' && plan.kind === 'values') ||
    (task === 'binary' && (plan.kind === 'score' || plan.width === 2)) ||
    (task === 'multiclass' && plan.kind === 'probabilities' && plan.width > 2);
  if (fits) return;
  const has = plan.kind === 'probabilities' ? `class probabilities for ${plan.width} classes` : `a single ${plan.kind === 'score' ? 'score' : 'value'} per row`;
  throw new UserError(`task '${task}' does not fit ${path}: its output '${plan.output}' gives ${has}.`, {
    file: path,
    input,
    fix: `Set task to '${inferTask(plan)}' or leave it empty to infer it from the model's outputs.`,
  });
}

function inferTask(plan: OutputPlan): Task {
  if (plan.kind === 'values') return 'regression';
  if (plan.kind === 'score') return 'binary';
  return plan.width === 2 ? 'binary' : 'multiclass';
}

export function describeSpecs(specs: readonly TensorSpec[]): string {
  return specs.map(describeSpec).join(', ') || 'none';
}

export function describeSpec(spec: TensorSpec): string {
  return `${spec.name} ${spec.type}${spec.shape ? ` [${spec.shape.join(', ')}]` : ''}`;
}

import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { UserError } from '../errors.js';
import { ONNXRUNTIME_VERSION, type RuntimeInstaller } from './runtime-install.js';
import { InvalidModelError, type FeedTensor, type ModelRuntime, type OutputTensor, type Session, type TensorSpec } from './types.js';

type Ort = typeof import('onnxruntime-node');
type OrtSession = import('onnxruntime-node').InferenceSession;
type OrtValueMetadata = OrtSession['inputMetadata'][number];

let loading: Promise<Ort> | undefined;

/**
 * onnxruntime-node, imported on first use. When it cannot be resolved (the bundled action, which keeps
 * it external), the injected installer fetches the pinned version and it is imported from there.
 */
export function loadOnnxRuntime(installer?: RuntimeInstaller): Promise<ModelRuntime> {
  loading ??= importOrt(installer).catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading.then((ort) => new OnnxRuntime(ort));
}

async function importOrt(installer?: RuntimeInstaller): Promise<Ort> {
  try {
    return await import('onnxruntime-node');
  } catch (error) {
    if (!installer || !isModuleNotFound(error)) throw error;
  }
  const directory = await installer(ONNXRUNTIME_VERSION);
  const entry = createRequire(join(directory, 'package.json')).resolve('onnxruntime-node');
  return (await import(pathToFileURL(entry).href)) as Ort;
}

function isModuleNotFound(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND';
}

class OnnxRuntime implements ModelRuntime {
  readonly name = 'onnxruntime-node';
  readonly version: string;

  constructor(private readonly ort: Ort) {
    this.version = ort.env.versions.node ?? ort.env.versions.common ?? ONNXRUNTIME_VERSION;
  }

  async createSession(model: Uint8Array): Promise<Session> {
    let session: OrtSession;
    try {
      session = await this.ort.InferenceSession.create(model, { graphOptimizationLevel: 'all' });
    } catch (error) {
      throw new InvalidModelError((error as Error).message);
    }
    return new OrtSessionAdapter(this.ort, session);
  }
}

class OrtSessionAdapter implements Session {
  readonly inputs: TensorSpec[];
  readonly outputs: TensorSpec[];

  constructor(
    private readonly ort: Ort,
    private readonly session: OrtSession,
  ) {
    this.inputs = session.inputMetadata.map(toSpec);
    this.outputs = session.outputMetadata.map(toSpec);
  }

  async run(feeds: Record<string, FeedTensor>, outputNames: readonly string[]): Promise<Record<string, OutputTensor>> {
    const tensors = Object.fromEntries(Object.entries(feeds).map(([name, f]) => [name, new this.ort.Tensor(f.type, f.data, f.dims)]));
    const results = await this.session.run(tensors, [...outputNames]);
    return Object.fromEntries(Object.entries(results).map(([name, t]) => [name, { type: t.type, data: t.data as OutputTensor['data'], dims: t.dims }]));
  }

  release(): Promise<void> {
    return this.session.release();
  }
}

function toSpec(metadata: OrtValueMetadata): TensorSpec {
  if (!metadata.isTensor) return { name: metadata.name, type: 'non-tensor' };
  return { name: metadata.name, type: metadata.type, shape: [...metadata.shape] };
}

/** Turns an installer failure into something the user can act on. */
export function runtimeUnavailable(error: unknown): UserError {
  return new UserError(`onnxruntime-node ${ONNXRUNTIME_VERSION} could not be loaded: ${(error as Error).message}`, {
    fix: 'Run on a GitHub-hosted runner (Linux, macOS or Windows, x64 or arm64) or install onnxruntime-node in the workspace.',
    cause: error,
  });
}

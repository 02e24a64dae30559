import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { UserError } from '../errors.js';
import { ONNXRUNTIME_VERSION, type RuntimeInstaller } from './runtime-install.js';
import { InvalidModelError, type FeedTensor, type ModelRuntime, type OutputTensor, type Session, type TensorSpec } from './types.js';

type Ort = typeof import('onnxruntime-node');
type OrtSession = import('onnxruntime-node').InferenceSession;
type OrtValueMetadata = OrtSession['inputMetadata'][number];

/** The imported module and the specifier it was imported with (worker threads import it the same way). */
interface LoadedOrt {
  ort: Ort;
  specifier: string;
}

let loading: Promise<LoadedOrt> | undefined;

/**
 * onnxruntime-node, imported on first use. When it cannot be resolved (the bundled action, which keeps
 * it external), the injected installer fetches the pinned version and it is imported from there.
 */
export function loadOnnxRuntime(installer?: RuntimeInstaller): Promise<ModelRuntime> {
  loading ??= importOrt(installer).catch((error: unknown) => {
    loading = undefined;
    throw runtimeUnavailable(error);
  });
  return loading.then(({ ort, specifier }) => new OnnxRuntime(ort, specifier));
}

/** The runtime in a worker thread, from the specifier the main thread's `ModelRuntime.specifier` gave. */
export async function importOnnxRuntime(specifier: string): Promise<ModelRuntime> {
  return new OnnxRuntime(await importAtRunTime(specifier), specifier);
}

async function importOrt(installer?: RuntimeInstaller): Promise<LoadedOrt> {
  try {
    return { ort: await importAtRunTime('onnxruntime-node'), specifier: 'onnxruntime-node' };
  } catch (error) {
    if (!installer || !isModuleNotFound(error)) throw error;
  }
  const directory = await installer(ONNXRUNTIME_VERSION);
  const specifier = pathToFileURL(createRequire(join(directory, 'package.json')).resolve('onnxruntime-node')).href;
  return { ort: await importAtRunTime(specifier), specifier };
}

/**
 * A plain `import()` at run time, which the bundler must leave alone: given a literal it would hoist an
 * external into a static import at the top of the bundle (so the action could not even start where the
 * runtime is not installed, before the installer had a chance), and given a variable it would
 * substitute an empty module context that fails every import.
 */
function importAtRunTime(specifier: string): Promise<Ort> {
  return import(/* webpackIgnore: true */ specifier) as Promise<Ort>;
}

function isModuleNotFound(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND';
}

class OnnxRuntime implements ModelRuntime {
  readonly name = 'onnxruntime-node';
  readonly version: string;

  constructor(
    private readonly ort: Ort,
    readonly specifier: string,
  ) {
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

import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Installing the pinned onnxruntime-node when the bundled action cannot resolve it. ncc cannot bundle
 * the native binding, so the action installs it once into the runner's tool cache and saves that with
 * the Actions cache (keyed by version, OS and arch). The steps are here; the `@actions/*` calls are
 * injected (`ToolCacheApi`, implemented in shared/action/onnx-runtime.ts), so this file stays testable.
 */
export const ONNXRUNTIME_VERSION = '1.30.0';
export const ONNXRUNTIME_PACKAGE = 'onnxruntime-node';

/** Returns a directory whose `node_modules/onnxruntime-node` can be imported. */
export type RuntimeInstaller = (version: string) => Promise<string>;

export interface ToolCacheApi {
  /** The cached tool directory, or '' when absent (as @actions/tool-cache `find`). */
  find(tool: string, version: string, arch: string): string;
  /** Copies `source` into the tool cache and returns the cached directory. */
  cacheDir(source: string, tool: string, version: string, arch: string): Promise<string>;
  /** Restores `paths` from the Actions cache; the matched key or undefined. */
  restoreCache(paths: string[], key: string): Promise<string | undefined>;
  saveCache(paths: string[], key: string): Promise<void>;
  /** Runs npm with these arguments (installs into `prefix`); rejects on a non-zero exit. */
  npmInstall(prefix: string, packageSpec: string): Promise<void>;
  /** A fresh empty directory for the download. */
  tempDir(): Promise<string>;
  /** The tool cache directory the given tool version lives in, even when not yet there. */
  toolPath(tool: string, version: string, arch: string): string;
  log(message: string): void;
}

export function runtimeCacheKey(version: string, platform: string = process.platform, arch: string = process.arch): string {
  return `mlci-${ONNXRUNTIME_PACKAGE}-${version}-${platform}-${arch}`;
}

function installed(directory: string): boolean {
  return directory !== '' && existsSync(join(directory, 'node_modules', ONNXRUNTIME_PACKAGE, 'package.json'));
}

/** Tool cache, then Actions cache, then npm (skipping the optional CUDA download). */
export function createToolCacheInstaller(api: ToolCacheApi, arch: string = process.arch): RuntimeInstaller {
  return async (version) => {
    const cached = api.find(ONNXRUNTIME_PACKAGE, version, arch);
    if (installed(cached)) return cached;
    const key = runtimeCacheKey(version, process.platform, arch);
    const toolPath = api.toolPath(ONNXRUNTIME_PACKAGE, version, arch);
    if ((await api.restoreCache([toolPath], key)) && installed(toolPath)) {
      api.log(`${ONNXRUNTIME_PACKAGE} ${version} restored from the Actions cache (${key}).`);
      return toolPath;
    }
    const staging = await api.tempDir();
    api.log(`Installing ${ONNXRUNTIME_PACKAGE}@${version} (once per runner image; cached as ${key}).`);
    await api.npmInstall(staging, `${ONNXRUNTIME_PACKAGE}@${version}`);
    const directory = await api.cacheDir(staging, ONNXRUNTIME_PACKAGE, version, arch);
    await api.saveCache([directory], key).catch((error: unknown) => api.log(`Could not save the Actions cache: ${String(error)}`));
    return directory;
  };
}

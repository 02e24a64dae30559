import { spawn } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as core from '@actions/core';
import { actionsCache } from './carried-cache.js';
import * as toolCache from '@actions/tool-cache';
import { createToolCacheInstaller, type RuntimeInstaller, type ToolCacheApi } from '../model/runtime-install.js';

/**
 * The @actions side of installing onnxruntime-node on a runner (the steps are in
 * shared/model/runtime-install.ts). Owned by the evaluate engineer; placed here because only
 * shared/action may touch @actions/* and process.env.
 */
export function onnxRuntimeInstaller(): RuntimeInstaller {
  return createToolCacheInstaller(toolCacheApi());
}

function toolCacheApi(): ToolCacheApi {
  return {
    find: (tool, version, arch) => toolCache.find(tool, version, arch),
    cacheDir: (source, tool, version, arch) => toolCache.cacheDir(source, tool, version, arch),
    restoreCache: async (paths, key) => {
      const cache = await actionsCache();
      return cache.isFeatureAvailable() ? cache.restoreCache(paths, key) : undefined;
    },
    saveCache: async (paths, key) => {
      const cache = await actionsCache();
      if (cache.isFeatureAvailable()) await cache.saveCache(paths, key);
    },
    npmInstall,
    tempDir: () => mkdtemp(join(process.env.RUNNER_TEMP ?? tmpdir(), 'mlci-ort-')),
    toolPath: (tool, version, arch) => join(process.env.RUNNER_TOOL_CACHE ?? join(tmpdir(), 'tool-cache'), tool, version, arch),
    log: (message) => core.info(message),
  };
}

/** `npm install` into `prefix`; the optional CUDA download of onnxruntime-node's install script is skipped. */
function npmInstall(prefix: string, spec: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefix', prefix, spec], {
      stdio: 'inherit',
      shell: process.platform === 'win32',
      env: { ...process.env, ONNXRUNTIME_NODE_INSTALL: 'skip', ONNXRUNTIME_NODE_INSTALL_CUDA: 'skip' },
    });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`npm install ${spec} exited with ${code}`))));
  });
}

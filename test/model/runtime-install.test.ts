import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createToolCacheInstaller, runtimeCacheKey, type ToolCacheApi } from '../../shared/model/index.js';

/** A tool cache and an Actions cache on the local disk, recording what the installer asked of them. */
function localCaches(options: { toolCached?: boolean; actionsCached?: boolean }) {
  const root = mkdtempSync(join(tmpdir(), 'mlci-toolcache-'));
  const saved = join(root, 'actions-cache');
  const calls: string[] = [];
  const toolPath = (tool: string, version: string, arch: string): string => join(root, 'tools', tool, version, arch);
  const fakePackage = (dir: string): void => {
    mkdirSync(join(dir, 'node_modules', 'onnxruntime-node'), { recursive: true });
    writeFileSync(join(dir, 'node_modules', 'onnxruntime-node', 'package.json'), '{}');
  };
  if (options.toolCached) fakePackage(toolPath('onnxruntime-node', '1.30.0', 'x64'));
  if (options.actionsCached) fakePackage(saved);
  const api: ToolCacheApi = {
    find: (tool, version, arch) => {
      calls.push('find');
      return options.toolCached ? toolPath(tool, version, arch) : '';
    },
    cacheDir: async (source, tool, version, arch) => {
      calls.push('cacheDir');
      cpSync(source, toolPath(tool, version, arch), { recursive: true });
      return toolPath(tool, version, arch);
    },
    restoreCache: async (paths, key) => {
      calls.push(`restore ${key}`);
      if (!options.actionsCached) return undefined;
      cpSync(saved, paths[0]!, { recursive: true });
      return key;
    },
    saveCache: async (_paths, key) => void calls.push(`save ${key}`),
    npmInstall: async (prefix, spec) => {
      calls.push(`npm ${spec}`);
      fakePackage(prefix);
    },
    tempDir: async () => mkdtempSync(join(root, 'staging-')),
    toolPath,
    log: () => undefined,
  };
  return { api, calls, toolPath };
}

describe('createToolCacheInstaller', () => {
  const key = runtimeCacheKey('1.30.0', process.platform, 'x64');

  it('uses the tool cache when the runtime is there', async () => {
    const { api, calls, toolPath } = localCaches({ toolCached: true });
    expect(await createToolCacheInstaller(api, 'x64')('1.30.0')).toBe(toolPath('onnxruntime-node', '1.30.0', 'x64'));
    expect(calls).toEqual(['find']);
  });

  it('restores from the Actions cache keyed by version, OS and arch', async () => {
    const { api, calls } = localCaches({ actionsCached: true });
    await createToolCacheInstaller(api, 'x64')('1.30.0');
    expect(calls).toEqual(['find', `restore ${key}`]);
    expect(key).toBe(`mlci-onnxruntime-node-1.30.0-${process.platform}-x64`);
  });

  it('installs the pinned version once, caches the directory and saves it', async () => {
    const { api, calls, toolPath } = localCaches({});
    expect(await createToolCacheInstaller(api, 'x64')('1.30.0')).toBe(toolPath('onnxruntime-node', '1.30.0', 'x64'));
    expect(calls).toEqual(['find', `restore ${key}`, 'npm onnxruntime-node@1.30.0', 'cacheDir', `save ${key}`]);
  });
});

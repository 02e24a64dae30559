import { arch, platform } from 'node:os';

/** OS and CPU are part of the cache key: native code can give different bytes on another platform. */
export function currentPlatform(runner?: string): { os: string; arch: string; node: string; runner?: string } {
  return { os: platform(), arch: arch(), node: process.versions.node, ...(runner ? { runner } : {}) };
}

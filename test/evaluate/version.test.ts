import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MLCI_VERSION } from '../../shared/evaluate/version.js';

describe('MLCI_VERSION', () => {
  it('is the version in package.json (read here from the file, not through the import under test)', () => {
    const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(version).toMatch(/^\d+\.\d+\.\d+/);
    expect(MLCI_VERSION).toBe(version);
  });
});

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/** The committed bundles are what GitHub runs: they must equal a fresh build of the sources. */
const out = mkdtempSync(join(tmpdir(), 'mlci-build-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
    .sort();
}

describe('committed dist bundles are fresh (run `npm run build`)', () => {
  execFileSync(process.execPath, ['scripts/build.mjs', '--out', out], { stdio: 'pipe', timeout: 900_000 });
  const built = [
    ...readdirSync(join(out, 'actions')).map((name) => `actions/${name}/dist`),
    'shared/cli/dist',
  ];
  it('built every action', () => {
    expect(built.length).toBeGreaterThanOrEqual(3);
  });
  for (const dist of built) {
    it(dist, () => {
      expect(filesUnder(dist)).toEqual(filesUnder(join(out, dist)));
      for (const file of filesUnder(dist)) {
        expect(readFileSync(join(dist, file)).equals(readFileSync(join(out, dist, file))), `${dist}/${file} differs from a fresh build`).toBe(true);
      }
    });
  }
});

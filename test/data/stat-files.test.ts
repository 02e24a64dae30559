import { lstatSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errnoCode } from '../../shared/errors.js';
import { lstatFiles } from '../../shared/data/stat-files.js';
import { findDatasetFiles } from '../../shared/data/walk.js';
import { useTempDirs } from '../helpers/temp-dir.js';

const tempDir = useTempDirs();

/** More files than one claim (256), so the calling thread and the workers each take several chunks. */
async function tree(count = 1200): Promise<{ root: string; paths: string[] }> {
  const root = await tempDir();
  const paths: string[] = [];
  for (let d = 0; d < 4; d += 1) {
    await mkdir(join(root, 'data', `d${d}`), { recursive: true });
    for (let f = 0; f < count / 4; f += 1) {
      const path = join(root, 'data', `d${d}`, `f${f}.txt`);
      await writeFile(path, 'x'.repeat(f % 17));
      paths.push(path);
    }
  }
  return { root, paths };
}

describe('lstatFiles', () => {
  it('gives the same size, mtime and inode as lstat, in order, whichever thread stat’ed each file', async () => {
    const { paths } = await tree();
    const expected = paths.flatMap((path) => {
      const stats = lstatSync(path);
      return [stats.size, stats.mtimeMs, stats.ino];
    });
    for (const threads of [1, 2, 3]) expect([...lstatFiles(paths, { threads, filesPerThread: 1 })]).toEqual(expected);
    expect([...lstatFiles(paths, { threads: 3, filesPerThread: 1, workersOnly: true })]).toEqual(expected);
  });

  it('throws lstat’s own error for a file that vanished, wherever it falls', async () => {
    const { root, paths } = await tree();
    const missing = [join(root, 'gone-first'), ...paths, join(root, 'gone-last')];
    const error = (() => {
      try {
        lstatFiles(missing, { threads: 2, filesPerThread: 1, workersOnly: true });
      } catch (caught) {
        return caught;
      }
      return undefined;
    })();
    expect(errnoCode(error)).toBe('ENOENT');
    const onlyLast = [...paths, join(root, 'gone-last')];
    expect(() => lstatFiles(onlyLast, { threads: 2, filesPerThread: 1 })).toThrow(/ENOENT/);
  });

  it('lets the walk find the same files on one thread or several', async () => {
    const { root } = await tree();
    const single = findDatasetFiles(['data'], root, { threads: 1 });
    expect(single).toHaveLength(1200);
    expect(findDatasetFiles(['data'], root, { threads: 2, filesPerThread: 1 })).toEqual(single);
    expect(findDatasetFiles(['data'], root, { threads: 2, filesPerThread: 1, workersOnly: true })).toEqual(single);
  });
});

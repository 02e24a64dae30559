import { mkdir, stat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findDatasetFiles } from '../../shared/data/walk.js';
import { useTempDirs } from '../helpers/temp-dir.js';

const tempDir = useTempDirs();

describe('findDatasetFiles', () => {
  it('lists regular files in path order with their stats, not following symbolic links', async () => {
    const root = await tempDir();
    const outside = await tempDir();
    await mkdir(join(root, 'data', 'b', 'deep'), { recursive: true });
    await writeFile(join(outside, 'secret.txt'), 'not part of the dataset');
    await writeFile(join(root, 'data', 'b', 'deep', 'x.csv'), 'x\n1\n');
    await writeFile(join(root, 'data', 'b-sibling.txt'), 'sorted before b/ by bytes');
    await writeFile(join(root, 'data', 'ü é.txt'), 'unicode name');
    await symlink(join(outside, 'secret.txt'), join(root, 'data', 'link-to-file'));
    await symlink(outside, join(root, 'data', 'link-to-dir'));
    const found = findDatasetFiles(['data'], root);
    expect(found.map((file) => file.path)).toEqual(['data/b-sibling.txt', 'data/b/deep/x.csv', 'data/ü é.txt']);
    const real = await stat(join(root, 'data', 'b', 'deep', 'x.csv'));
    expect(found[1]).toEqual({ path: 'data/b/deep/x.csv', absolute: join(root, 'data', 'b', 'deep', 'x.csv'), size: 4, mtimeMs: real.mtimeMs, ino: real.ino });
  });

  it('names each file once when entries overlap', async () => {
    const root = await tempDir();
    await mkdir(join(root, 'data', 'sub'), { recursive: true });
    await writeFile(join(root, 'data', 'sub', 'a.txt'), 'a');
    await writeFile(join(root, 'data', 'b.txt'), 'b');
    expect(findDatasetFiles(['data/sub', 'data', 'data/b.txt'], root).map((file) => file.path)).toEqual(['data/b.txt', 'data/sub/a.txt']);
  });
});

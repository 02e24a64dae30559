import { mkdir, mkdtemp, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { computeCodeDigest } from '../../shared/train/code-digest.js';
import { compileGlobs } from '../../shared/train/glob.js';
import { git } from './project.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mlci-code-'));
  await mkdir(join(dir, 'src'));
  await writeFile(join(dir, 'src/a.py'), 'print("a")\n');
  await writeFile(join(dir, 'src/b.py'), 'print("b")\n');
  await writeFile(join(dir, 'train.py'), 'import src\n');
});
afterEach(async () => rm(dir, { recursive: true, force: true }));

function commitAll(): void {
  git(dir, 'init', '-q');
  git(dir, 'add', '.');
  git(dir, '-c', 'user.email=t@example.com', '-c', 'user.name=t', 'commit', '-q', '-m', 'init');
}

describe('computeCodeDigest in git', () => {
  it('depends on content, not on whether a change is staged or committed', async () => {
    commitAll();
    const clean = await computeCodeDigest({ cwd: dir });
    expect(clean).toMatchObject({ files: 3, listing: 'git' });
    expect(clean.commit).toMatch(/^[0-9a-f]{40}$/);
    await writeFile(join(dir, 'src/a.py'), 'print("changed")\n');
    const unstaged = await computeCodeDigest({ cwd: dir });
    expect(unstaged.digest).not.toBe(clean.digest);
    git(dir, 'add', 'src/a.py');
    expect((await computeCodeDigest({ cwd: dir })).digest).toBe(unstaged.digest);
    await writeFile(join(dir, 'src/a.py'), 'print("a")\n');
    expect((await computeCodeDigest({ cwd: dir })).digest).toBe(clean.digest);
  });

  it('drops deleted files and honours globs and exclusions', async () => {
    commitAll();
    await unlink(join(dir, 'src/b.py'));
    expect((await computeCodeDigest({ cwd: dir })).files).toBe(2);
    expect((await computeCodeDigest({ cwd: dir, globs: ['src/**'] })).files).toBe(1);
    expect((await computeCodeDigest({ cwd: dir, exclude: ['src'] })).files).toBe(1);
  });
});

describe('computeCodeDigest outside git', () => {
  it('walks the directory and uses the stat cache', async () => {
    const options = { cwd: dir, statCacheFile: join(dir, '.mlci/cache.json') };
    const first = await computeCodeDigest(options);
    expect(first).toMatchObject({ files: 3, listing: 'walk' });
    expect((await computeCodeDigest(options)).digest).toBe(first.digest);
    await writeFile(join(dir, 'train.py'), 'import src  # v2\n');
    expect((await computeCodeDigest(options)).digest).not.toBe(first.digest);
  });
});

describe('code globs', () => {
  it('matches segments, ** spans directories, a directory name matches below it, ! excludes', () => {
    const globs = compileGlobs(['src/**/*.py', 'train.py', 'lib', '!src/tests/**']);
    expect(['src/a.py', 'src/x/y/b.py', 'train.py', 'lib/util.js'].every((p) => globs.matches(p))).toBe(true);
    expect(['src/a.txt', 'other/train.py', 'src/tests/t.py', 'library.py'].some((p) => globs.matches(p))).toBe(false);
  });
});

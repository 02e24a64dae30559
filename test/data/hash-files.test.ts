import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashFiles, type FileToHash } from '../../shared/data/hash-files.js';
import { digestBytes } from '../../shared/digest.js';
import { isUserError } from '../../shared/errors.js';
import { useTempDirs } from '../helpers/temp-dir.js';

const tempDir = useTempDirs();

async function makeFiles(count: number): Promise<{ files: FileToHash[]; bodies: Map<string, string> }> {
  const dir = await tempDir();
  const files: FileToHash[] = [];
  const bodies = new Map<string, string>();
  for (let i = 0; i < count; i += 1) {
    const absolute = join(dir, `f${i}.txt`);
    // Sizes around the read buffer's edges matter too: empty files and multi-chunk files.
    const body = i === 0 ? '' : i === 1 ? 'x'.repeat((4 << 20) + 7) : `file ${i}\n`.repeat(i);
    await writeFile(absolute, body);
    files.push({ absolute, size: body.length, path: `f${i}.txt` });
    bodies.set(absolute, body);
  }
  return { files, bodies };
}

describe('hashFiles', () => {
  it('gives every file its SHA-256, with the calling thread and workers sharing the work', async () => {
    const { files, bodies } = await makeFiles(300);
    for (const workers of [1, 2, 3]) {
      const digests = await hashFiles(files, { workers });
      expect(digests.size).toBe(files.length);
      for (const file of files) expect(digests.get(file.absolute), `${file.path} with ${workers} threads`).toBe(digestBytes(bodies.get(file.absolute)!));
    }
  });

  it('names a file that cannot be read, whichever thread meets it', async () => {
    const { files } = await makeFiles(200);
    await rm(files[150]!.absolute);
    const error = await hashFiles(files, { workers: 2 }).then(() => undefined, (e: unknown) => e);
    expect(isUserError(error)).toBe(true);
    expect((error as Error).message).toBe("Data path 'f150.txt' does not exist.");
  });
});

import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fsckStore, listVersions, versionDataset } from '../../shared/data/index.js';
import { LocalStore } from '../../shared/store/index.js';
import { S3Store } from '../../shared/store/s3-store.js';
import { startS3Server } from '../helpers/s3-server.js';
import { useTempDirs } from '../helpers/temp-dir.js';

const tempDir = useTempDirs();
const CLI = resolve('shared/cli/main.ts');
const TSX_LOADER = pathToFileURL(resolve('node_modules/tsx/dist/loader.mjs')).href;

function countBlobs(store: string): number {
  const root = join(store, 'objects', 'sha256');
  if (!existsSync(root)) return 0;
  return readdirSync(root).reduce((sum, fan) => sum + readdirSync(join(root, fan)).length, 0);
}

describe('an upload killed midway', () => {
  it('leaves no version; the rerun completes it and fsck is clean', async () => {
    const root = await tempDir();
    await mkdir(join(root, 'data'));
    for (let i = 0; i < 200; i += 1) await writeFile(join(root, 'data', `part-${String(i).padStart(3, '0')}.bin`), Buffer.concat([Buffer.from(`part ${i}\n`), Buffer.alloc(128 * 1024, i % 256)]));
    const store = join(root, 'store');
    // One process (tsx as a loader, not its CLI wrapper, which would leave an orphan child running on SIGKILL).
    const args = ['--import', TSX_LOADER, CLI, 'data', 'version', '--name', 'big', '--path', 'data', '--store', store, '--upload-concurrency', '1'];

    const child = spawn(process.execPath, args, { cwd: root, stdio: 'ignore' });
    let running = true;
    const exited = new Promise<void>((done) =>
      child.on('exit', () => {
        running = false;
        done();
      }),
    );
    // Kill as soon as the first blobs land: the upload is then under way, far from finished.
    while (countBlobs(store) < 5 && running) await new Promise((wait) => setTimeout(wait, 2));
    expect(running, 'the versioning process ended before it could be interrupted').toBe(true);
    child.kill('SIGKILL');
    await exited;
    const blobsAtKill = countBlobs(store);
    expect(blobsAtKill).toBeLessThan(200);
    expect(await listVersions(new LocalStore(store), 'big')).toEqual([]);

    const rerun = await versionDataset({ name: 'big', paths: ['data'], cwd: root, store: new LocalStore(store), provenance: {} });
    expect(rerun.ref.number).toBe(1);
    expect(rerun.stats.uploadedFiles).toBe(200 - blobsAtKill);
    const report = await fsckStore(new LocalStore(store));
    expect(report.problems).toEqual([]);
    expect(report.manifests).toBe(1);
  });
});

describe('versioning to S3', () => {
  it('versions and fscks a dataset on a real S3-protocol server', async () => {
    const s3 = await startS3Server();
    try {
      const root = await tempDir();
      await mkdir(join(root, 'data'));
      await writeFile(join(root, 'data', 'a.csv'), 'x,y\n1,2\n3,4\n');
      const store = new S3Store('mlci-test', 'datasets', s3.options);
      const result = await versionDataset({ name: 'remote', paths: ['data'], cwd: root, store, provenance: {} });
      expect(result.stats.uploadedFiles).toBe(1);
      expect((await listVersions(store, 'remote')).map((ref) => ref.version)).toEqual([result.ref.version]);
      expect((await fsckStore(store)).problems).toEqual([]);
    } finally {
      await s3.stop();
    }
  });
});

import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lineageOfModel } from '../../shared/lineage/lineage-store.js';
import { S3Store } from '../../shared/store/s3-store.js';
import { train } from '../../shared/train/train.js';
import { startS3Server, type S3TestServer } from '../helpers/s3-server.js';
import { createProject, type Project } from './project.js';

let s3: S3TestServer;
let project: Project;

beforeAll(async () => {
  s3 = await startS3Server();
  project = await createProject();
});
afterAll(async () => {
  await project.cleanup();
  await s3.stop();
});

describe('train with an S3 store (s3rver)', () => {
  it('stores outputs, lineage and the cache entry in S3, and hits on the second run', async () => {
    const store = new S3Store('mlci-test', 'team/churn', s3.options);
    const first = await train(project.request({ store }));
    expect(first.cacheHit).toBe(false);
    const model = await readFile(join(project.cwd, 'out/model.bin'));
    await rm(join(project.cwd, 'out'), { recursive: true });

    const second = await train(project.request({ store }));
    expect(second.cacheHit).toBe(true);
    expect(await readFile(join(project.cwd, 'out/model.bin'))).toEqual(model);
    expect(await project.runs()).toBe(1);
    const [record] = await lineageOfModel(store, first.model.digest);
    expect(record!.cacheKey).toBe(first.key);
  });
});

import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { digestBytes } from '../../shared/digest.js';
import { UserError } from '../../shared/errors.js';
import { lineageIndexOf, lineageOfModel } from '../../shared/lineage/lineage-store.js';
import { cacheEntryKey } from '../../shared/train/run-cache.js';
import { train } from '../../shared/train/train.js';
import { createProject, git, type Project } from './project.js';

let project: Project;
beforeEach(async () => {
  project = await createProject();
});
afterEach(async () => project.cleanup());

async function expectUserError(promise: Promise<unknown>): Promise<UserError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  return error as UserError;
}

describe('train: run cache', () => {
  it('runs on a miss, then skips the command on a hit, restoring verified outputs and saying why', async () => {
    const first = await train(project.request());
    expect(first.cacheHit).toBe(false);
    expect(first.reason).toContain('No cached run');
    expect(project.logs).toContain('training on data/train.csv');
    const modelBytes = await readFile(join(project.cwd, 'out/model.bin'));
    expect(first.model).toEqual({ path: 'out/model.bin', digest: digestBytes(modelBytes), size: modelBytes.length });

    await rm(join(project.cwd, 'out'), { recursive: true });
    const second = await train(project.request());
    expect(second.cacheHit).toBe(true);
    expect(second.reason).toMatch(/^Cache hit: data, code, params, command and platform are unchanged/);
    expect(second.reason).toContain('skipped the command');
    expect(await project.runs()).toBe(1);
    expect(await readFile(join(project.cwd, 'out/model.bin'))).toEqual(modelBytes);
    expect(second.lineageDigest).toBe(first.lineageDigest);
    expect(second.key).toBe(first.key);
    expect(second.summaryMarkdown).toContain('```mermaid');
  });

  it('misses when params, code, data or the command change', async () => {
    const keys = new Set([(await train(project.request())).key]);
    await writeFile(join(project.cwd, 'params.yaml'), 'model: gradient-boosting\nn_estimators: 6\nlabel: churned\n');
    keys.add((await train(project.request())).key);
    await writeFile(join(project.cwd, 'train.mjs'), `${await readFile(join(project.cwd, 'train.mjs'), 'utf8')}\n// changed\n`);
    keys.add((await train(project.request())).key);
    await writeFile(join(project.cwd, 'data/train.csv'), 'tenure_months,churned\n1,0\n2,1\n');
    keys.add((await train(project.request())).key);
    keys.add((await train(project.request({ command: 'node train.mjs --again' }))).key);
    expect(keys.size).toBe(5);
    expect(await project.runs()).toBe(5);
  });

  it('ignores params formatting: the params digest is over content', async () => {
    await train(project.request());
    await writeFile(join(project.cwd, 'params.yaml'), '# comment\nlabel: churned\nn_estimators: 5\nmodel: gradient-boosting\n');
    expect((await train(project.request())).cacheHit).toBe(true);
  });

  it('does not count untracked files as code', async () => {
    await train(project.request());
    await writeFile(join(project.cwd, 'notes.txt'), 'scratch');
    expect((await train(project.request())).cacheHit).toBe(true);
    git(project.cwd, 'add', 'notes.txt');
    expect((await train(project.request())).cacheHit).toBe(false);
  });

  it('with cache off always runs but still records lineage', async () => {
    await train(project.request({ cache: false }));
    const again = await train(project.request({ cache: false }));
    expect(again.cacheHit).toBe(false);
    expect(again.reason).toContain('cache: false');
    expect(await project.runs()).toBe(2);
    expect(await project.store.readPointer(cacheEntryKey(again.key))).toBeUndefined();
    // Same bytes from both runs: the model's index keeps both runs' lineage.
    const records = await lineageOfModel(project.store, again.model.digest);
    expect(records).toHaveLength(2);
    expect(records[1]!.startedAt).toBe(again.lineage.startedAt);
  });

  it('hands the command no GitHub credentials, OIDC request variables or action inputs', async () => {
    const env = {
      PATH: process.env.PATH,
      RUNS_LOG: project.runsLog,
      GITHUB_TOKEN: 'ghs_secret',
      GH_TOKEN: 'gho_secret',
      ACTIONS_RUNTIME_TOKEN: 'x',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'x',
      ACTIONS_ID_TOKEN_REQUEST_URL: 'https://x',
      INPUT_TOKEN: 'y',
      GITHUB_PAT_RELEASES: 'z',
      HF_TOKEN: 'user-read-token',
    };
    const command = 'node -e "console.log(JSON.stringify(Object.keys(process.env).filter(k => /TOKEN|_PAT|INPUT/.test(k))))" && node train.mjs';
    await train(project.request({ env, command }));
    expect(project.logs).toContain('["HF_TOKEN"]');
  });
});

describe('train: code globs and signing', () => {
  it('hashes only the files the code globs name', async () => {
    await writeFile(join(project.cwd, 'README.md'), 'docs');
    git(project.cwd, 'add', 'README.md');
    const first = await train(project.request({ code: ['*.mjs'] }));
    expect(first.lineage.code).toMatchObject({ files: 1, globs: ['*.mjs'] });
    await writeFile(join(project.cwd, 'README.md'), 'docs, edited');
    expect((await train(project.request({ code: ['*.mjs'] }))).cacheHit).toBe(true);
    await writeFile(join(project.cwd, 'train.mjs'), `${await readFile(join(project.cwd, 'train.mjs'), 'utf8')}// edit\n`);
    expect((await train(project.request({ code: ['*.mjs'] }))).cacheHit).toBe(false);
  });

  it('globs that match nothing are a clear error', async () => {
    const error = await expectUserError(train(project.request({ code: ['src/**/*.py'] })));
    expect(error.location.input).toBe('code');
    expect(await project.runs()).toBe(0);
  });

  it('passes the statement to the signer and keeps the signed bundle next to it', async () => {
    const signed: unknown[] = [];
    const result = await train(
      project.request({
        signer: async (statement) => {
          signed.push(statement);
          return { bundle: { mediaType: 'application/vnd.dev.sigstore.bundle.v0.3+json', statement: statement.subject }, attestationId: '123' };
        },
      }),
    );
    expect(signed).toHaveLength(1);
    expect(result.provenance).toMatchObject({ signed: true, attestationId: '123' });
    const bundle = JSON.parse(await readFile(result.files.bundle!, 'utf8')) as { statement: Array<{ name: string }> };
    expect(bundle.statement.map((s) => s.name)).toEqual(['out/model.bin', 'out/metrics.json']);
    expect(result.summaryMarkdown).toContain('signed with Sigstore \\(attestation 123\\)');
    const [entry] = (await lineageIndexOf(project.store, result.model.digest))!.records;
    expect(entry).toMatchObject({ digest: result.lineageDigest, statement: result.provenance.statementDigest });
    expect(JSON.parse((await project.store.getBlob(entry!.bundle!)).toString('utf8'))).toEqual(bundle);
  });
});

describe('train: corrupt cache entries (warn, run again)', () => {
  it('runs again when the entry pointer is not a valid record, then replaces it', async () => {
    const first = await train(project.request());
    const key = join(project.store.location, 'refs', ...cacheEntryKey(first.key).split('/'));
    await writeFile(key, '{"kind":"run-cache-entry"');
    const second = await train(project.request());
    expect(second.cacheHit).toBe(false);
    expect(project.warnings.join('\n')).toContain('is corrupt');
    expect(await project.runs()).toBe(2);
    expect((await train(project.request())).cacheHit).toBe(true);
  });

  it('runs again when a stored output blob is corrupt', async () => {
    const first = await train(project.request());
    const hex = first.model.digest.slice('sha256:'.length);
    await writeFile(join(project.store.location, 'objects/sha256', hex.slice(0, 2), hex.slice(2)), 'tampered');
    const second = await train(project.request());
    expect(second.cacheHit).toBe(false);
    expect(project.warnings.join('\n')).toMatch(/unusable \(Corrupt object sha256:/);
    expect(await project.runs()).toBe(2);
  });
});

describe('train: bad input caches nothing', () => {
  async function nothingCached(): Promise<void> {
    expect(await project.store.listPointers('train/')).toEqual([]);
    expect(await project.store.listPointers('lineage/')).toEqual([]);
  }

  it('a failing command: exit code and its last lines', async () => {
    const error = await expectUserError(train(project.request({ command: 'echo preparing; echo "loss exploded" >&2; exit 3' })));
    expect(error.message).toContain('exited with code 3');
    expect(error.message).toContain('loss exploded');
    expect(error.location.input).toBe('run');
    await nothingCached();
  });

  it('a declared output missing after the run', async () => {
    const error = await expectUserError(train(project.request({ outputs: ['out/model.bin', 'out/missing.json'] })));
    expect(error.message).toBe("Declared output 'out/missing.json' does not exist after the run command finished.");
    expect(error.location.input).toBe('outputs');
    await nothingCached();
    expect(await project.store.hasBlob(digestBytes(await readFile(join(project.cwd, 'out/model.bin'))))).toBe(false);
  });

  it('an invalid params file, pointing at the line', async () => {
    await writeFile(join(project.cwd, 'params.yaml'), 'model: gradient-boosting\nn_estimators: [5\n');
    const error = await expectUserError(train(project.request()));
    expect(error.message).toContain('not valid YAML/JSON');
    expect(error.location).toMatchObject({ input: 'params', file: join(project.cwd, 'params.yaml') });
    expect(error.location.line).toBeGreaterThanOrEqual(2);
    expect(await project.runs()).toBe(0);
    await nothingCached();
  });

  it('a data version that does not exist', async () => {
    const error = await expectUserError(train(project.request({ data: ['churn@7'] })));
    expect(error.message).toContain("Dataset 'churn' has no version '7'");
    expect(error.location.input).toBe('data');
    expect(await project.runs()).toBe(0);
    await nothingCached();
  });

  it('a data path that does not exist', async () => {
    const error = await expectUserError(train(project.request({ data: ['data/missing.csv'] })));
    expect(error.message).toContain("'data/missing.csv' does not exist");
    expect(error.location.input).toBe('data');
    expect(await project.runs()).toBe(0);
    await nothingCached();
  });

  it('outputs outside the working directory', async () => {
    const error = await expectUserError(train(project.request({ outputs: ['../escape.bin'] })));
    expect(error.location.input).toBe('outputs');
    expect(await project.runs()).toBe(0);
  });
});

import { existsSync } from 'node:fs';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as ort from 'onnxruntime-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { versionDataset } from '../../shared/data/version-dataset.js';
import { digestBytes } from '../../shared/digest.js';
import { runCli } from '../../shared/cli/main.js';
import { lineageOfModel } from '../../shared/lineage/lineage-store.js';
import { lineageMermaid } from '../../shared/lineage/render.js';
import { lineageRecordType } from '../../shared/schemas/lineage-record.js';
import { train, type TrainResult } from '../../shared/train/train.js';
import { mermaidBlocks, parseMermaid } from '../report/mermaid-parse.js';
import { createProject, type Project } from '../train/project.js';

const REPO = join(import.meta.dirname, '../..');
const TRAIN_MODEL = `node ${REPO}/node_modules/tsx/dist/cli.mjs ${REPO}/shared/cli/main.ts train-model --data data/train.csv --params params.yaml --out out/model.onnx --metrics out/metrics.json`;

let project: Project;
let result: TrainResult;
let dataVersion: string;

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`), json: false, cwd: project.cwd, env: {} });
  return { code, out, err };
}

beforeAll(async () => {
  project = await createProject();
  const version = await versionDataset({ name: 'churn', paths: ['data/train.csv'], cwd: project.cwd, store: project.store, provenance: {} });
  dataVersion = version.ref.version;
  // The run restores the version itself: the working copy of the data is gone.
  await rm(join(project.cwd, 'data'), { recursive: true });
  result = await train(project.request({ command: TRAIN_MODEL, data: ['churn@1'], outputs: ['out/model.onnx', 'out/metrics.json'] }));
}, 120_000);
afterAll(async () => project.cleanup());

describe('lineage of a model trained by the TS trainer from a dataset version', () => {
  it('records the data version, code, params and outputs', async () => {
    const bytes = await readFile(join(project.cwd, 'out/model.onnx'));
    expect(result.model.digest).toBe(digestBytes(bytes));
    const [record] = await lineageOfModel(project.store, result.model.digest);
    expect(record!.data).toEqual([{ spec: 'churn@1', name: 'churn', number: 1, digest: dataVersion, source: 'dataset-version', path: 'data/train.csv' }]);
    expect(record!.params).toMatchObject({ path: 'params.yaml', content: { model: 'gradient-boosting', n_estimators: 5, label: 'churned' } });
    expect(record!.code.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(record!.outputs.map((o) => o.path)).toEqual(['out/model.onnx', 'out/metrics.json']);
    // The ONNX file loads and has the trainer's contract.
    const session = await ort.InferenceSession.create(bytes);
    expect(session.outputNames).toEqual(['label', 'probabilities']);
  });

  it('`lineage why` names the data version that trained the model', async () => {
    const { code, out } = await cli('lineage', 'why', result.model.digest, '--store', project.store.location);
    expect(code).toBe(0);
    expect(out).toContain(`Model ${result.model.digest} was trained on:`);
    expect(out).toContain(`churn v1  ${dataVersion}  (churn@1)`);
  });

  it('`lineage show` prints the record; unknown digests are a clear error', async () => {
    const shown = await cli('lineage', 'show', result.model.digest.slice('sha256:'.length), '--store', project.store.location);
    expect(shown.code).toBe(0);
    expect(shown.out).toContain(`command   ${TRAIN_MODEL}`);
    const missing = await cli('lineage', 'why', `sha256:${'0'.repeat(64)}`, '--store', project.store.location);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('No lineage is recorded for model');
    expect((await cli('lineage', 'why', 'not-a-digest')).err).toContain("'not-a-digest' is not a SHA-256 digest");
  });

  it('the provenance statement verifies the model and rejects a changed file', async () => {
    const statement = JSON.parse(await readFile(result.files.statement, 'utf8')) as {
      subject: Array<{ digest: { sha256: string } }>;
      predicate: { buildDefinition: { externalParameters: { params: { digest: { sha256: string } } }; resolvedDependencies: Array<{ digest: Record<string, string> }> } };
    };
    expect(statement.subject[0]!.digest.sha256).toBe(result.model.digest.slice(7));
    const deps = statement.predicate.buildDefinition.resolvedDependencies.map((d) => d.digest);
    expect(deps).toContainEqual({ sha256: dataVersion.slice(7) });
    expect(deps).toContainEqual({ gitCommit: result.lineage.code.commit });
    expect(statement.predicate.buildDefinition.externalParameters.params.digest.sha256).toBe(result.lineage.params!.digest.slice(7));

    const ok = await cli('verify', 'out/model.onnx', '--statement', result.files.statement);
    expect(ok.code).toBe(0);
    expect(ok.out).toContain("verified: model.onnx matches subject 'out/model.onnx'");
    await writeFile(join(project.cwd, 'tampered.onnx'), 'not the model');
    const bad = await cli('verify', 'tampered.onnx', '--statement', result.files.statement);
    expect(bad.code).toBe(1);
    expect(bad.out).toContain('MISMATCH');
  });

  it('verify also reads a DSSE envelope around the statement', async () => {
    const payload = Buffer.from(await readFile(result.files.statement)).toString('base64');
    await writeFile(join(project.root, 'bundle.json'), JSON.stringify({ dsseEnvelope: { payload, payloadType: 'application/vnd.in-toto+json', signatures: [] } }));
    expect((await cli('verify', 'out/model.onnx', '--statement', join(project.root, 'bundle.json'))).code).toBe(0);
  });

  it('a second run with unchanged inputs skips training and says why, without restoring the data', async () => {
    await rm(join(project.cwd, 'data'), { recursive: true });
    const again = await train(project.request({ command: TRAIN_MODEL, data: ['churn@1'], outputs: ['out/model.onnx', 'out/metrics.json'] }));
    expect(again.cacheHit).toBe(true);
    expect(again.reason).toContain('Cache hit');
    expect(again.model.digest).toBe(result.model.digest);
    expect(existsSync(join(project.cwd, 'data/train.csv'))).toBe(false);
  });

  it('the job summary has a Mermaid graph that Mermaid parses', async () => {
    const blocks = mermaidBlocks(result.summaryMarkdown);
    expect(blocks).toHaveLength(1);
    expect(await parseMermaid(blocks[0]!)).toBe('flowchart-v2');
    expect(blocks[0]).toContain('churn v1');
  });
});

describe('lineageMermaid', () => {
  it('escapes hostile labels (quotes, brackets, directives)', async () => {
    const record = lineageRecordType.validate({ ...result.lineage, command: 'python train.py "]) %%{init: {}}%% click x' }, 'test');
    const source = lineageMermaid({ ...record, outputs: [{ ...record.model, path: 'out/"model"].onnx' }], model: { ...record.model, path: 'out/"model"].onnx' } });
    expect(await parseMermaid(source)).toBe('flowchart-v2');
    expect(source).not.toContain('%%{');
    expect(source).not.toContain('"]) ');
  });
});

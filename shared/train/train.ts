import { mkdir, stat, writeFile } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { digestBytes, type Digest } from '../digest.js';
import { errnoCode, UserError } from '../errors.js';
import { indexLineage, putLineageRecord, readLineage } from '../lineage/lineage-store.js';
import { parseStatement, provenanceStatement, serializeStatement } from '../lineage/provenance.js';
import { lineageSummaryMarkdown } from '../lineage/render.js';
import type { LineageOutput, LineageRecord } from '../schemas/lineage-record.js';
import type { ProvenanceStatement } from '../schemas/provenance.js';
import type { RunCacheEntry } from '../schemas/run-cache-entry.js';
import type { ObjectStore } from '../store/object-store.js';
import { computeCodeDigest, type CodeIdentity } from './code-digest.js';
import { resolveDataInputs, type DataInput } from './data-inputs.js';
import { loadParamsFile, type ParamsFile } from './params-file.js';
import { cacheKey, lookupEntry, restoreOutputs, writeEntry } from './run-cache.js';
import { runCommand } from './run-command.js';

/** Signs a statement (the action passes an `@actions/attest` adapter when `id-token: write` is granted). */
export type Signer = (statement: ProvenanceStatement) => Promise<{ bundle: unknown; attestationId?: string }>;

export interface TrainRequest {
  /** The user's training command, run in a shell in `cwd`. */
  command: string;
  cwd: string;
  /** `name@version` dataset versions (restored first) or paths. */
  data: readonly string[];
  /** YAML/JSON hyperparameter file. */
  params?: string;
  /** Globs naming the code; default: tracked files minus data, outputs and params. */
  code?: readonly string[];
  /** Output paths; the first is the model. */
  outputs: readonly string[];
  store: ObjectStore;
  /** Use the run cache (default true); false always runs and still records outputs and lineage. */
  cache: boolean;
  /** The environment the command starts from (write credentials are removed before it runs). */
  env: Readonly<Record<string, string | undefined>>;
  platform: { os: string; arch: string; node: string; runner?: string };
  workflowRun?: LineageRecord['workflowRun'];
  /** e.g. https://github.com/owner/repo, for the provenance's source dependency. */
  repositoryUrl?: string;
  /** Provenance builder id (the workflow identity); a CLI id otherwise. */
  builderId?: string;
  signer?: Signer;
  /** Stat caches and the written record files live here (default `<cwd>/.mlci`). */
  stateDir?: string;
  log: (line: string) => void;
  warn: (line: string) => void;
  now?: () => Date;
}

export interface TrainResult {
  cacheHit: boolean;
  /** Why the command ran or was skipped, in one sentence. */
  reason: string;
  key: Digest;
  model: LineageOutput;
  outputs: LineageOutput[];
  lineage: LineageRecord;
  lineageDigest: Digest;
  /** Local files holding the lineage record and the provenance statement (and the signed bundle). */
  files: { lineage: string; statement: string; bundle?: string };
  provenance: { statementDigest: Digest; signed: boolean; attestationId?: string };
  /** Whole step, milliseconds. */
  durationMs: number;
  summaryMarkdown: string;
}

interface ResolvedInputs {
  data: DataInput[];
  params?: ParamsFile;
  code: CodeIdentity;
  key: Digest;
}

/** The train use case: resolve inputs, hit the run cache or run the command, record lineage and provenance. */
export async function train(request: TrainRequest): Promise<TrainResult> {
  const started = request.now?.() ?? new Date();
  const outputs = checkOutputs(request);
  const inputs = await resolveInputs(request, outputs);
  const lookup = request.cache ? await lookupEntry(request.store, inputs.key) : ({ state: 'disabled' } as const);
  let replaceEtag: string | undefined;
  let missReason = request.cache ? 'No cached run has these inputs, so the command ran.' : 'The run cache is off (cache: false), so the command ran.';
  if (lookup.state === 'hit') {
    const hit = await tryHit(request, lookup.entry, inputs, started);
    if (hit.ok) return hit.result;
    request.warn(`Cache entry for key ${inputs.key} is unusable (${hit.problem}); running the command again.`);
    missReason = `The cached run was unusable (${hit.problem}), so the command ran again.`;
  } else if (lookup.state === 'corrupt') {
    request.warn(`Cache entry for key ${inputs.key} is corrupt (${lookup.problem}); running the command again.`);
    missReason = 'The cache entry was corrupt, so the command ran again.';
    replaceEtag = lookup.etag;
  }
  return runAndRecord(request, outputs, inputs, { started, missReason, replaceEtag });
}

function checkOutputs(request: TrainRequest): string[] {
  const outputs = request.outputs.map((o) => o.trim()).filter(Boolean);
  if (outputs.length === 0) {
    throw new UserError('No outputs were declared.', { input: 'outputs', fix: 'Set `outputs:` to the model path (first) and any metrics files the command writes.' });
  }
  for (const output of outputs) {
    const inside = relative(request.cwd, resolve(request.cwd, output));
    if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) {
      throw new UserError(`Output '${output}' is outside the working directory.`, { input: 'outputs', fix: 'Declare outputs as paths relative to the repository root.' });
    }
  }
  return outputs.map((o) => relative(request.cwd, resolve(request.cwd, o)).split(sep).join('/'));
}

async function resolveInputs(request: TrainRequest, outputs: string[]): Promise<ResolvedInputs> {
  if (!request.command.trim()) throw new UserError('No run command was given.', { input: 'run', fix: 'Set `run:` to the command that trains the model.' });
  const params = request.params ? await loadParamsFile(resolve(request.cwd, request.params)) : undefined;
  const stateDir = request.stateDir ?? join(request.cwd, '.mlci');
  const data = await resolveDataInputs(request.data, request.store, request.cwd, join(stateDir, 'cache', 'data-stat-cache.bin'));
  const code = await computeCodeDigest({
    cwd: request.cwd,
    ...(request.code?.length ? { globs: request.code } : {}),
    exclude: [
      ...data.flatMap((d) => d.paths),
      ...outputs,
      ...(request.params ? [request.params] : []),
      relative(request.cwd, stateDir),
      // A store directory inside the repository is state, not code.
      ...(request.store.location.includes('://') ? [] : [relative(request.cwd, request.store.location)]),
    ],
    statCacheFile: join(stateDir, 'cache', 'code-stat-cache.bin'),
  });
  const key = cacheKey({
    data: data.map((d) => ({ spec: d.lineage.spec, digest: d.lineage.digest })),
    code: code.digest,
    params: params?.digest ?? null,
    command: request.command,
    os: request.platform.os,
    arch: request.platform.arch,
    outputs,
  });
  return { data, ...(params ? { params } : {}), code, key };
}

async function tryHit(
  request: TrainRequest,
  entry: RunCacheEntry,
  inputs: ResolvedInputs,
  started: Date,
): Promise<{ ok: true; result: TrainResult } | { ok: false; problem: string }> {
  const restored = await restoreOutputs(request.store, entry.outputs, request.cwd);
  if (!restored.ok) return restored;
  let lineage: LineageRecord;
  let statement: ProvenanceStatement | undefined;
  try {
    lineage = await readLineage(request.store, entry.lineage);
    statement = entry.provenance ? parseStatement((await request.store.getBlob(entry.provenance)).toString('utf8'), `statement ${entry.provenance}`) : undefined;
  } catch (error) {
    if (error instanceof UserError) return { ok: false, problem: error.message };
    throw error;
  }
  statement ??= provenanceStatement(lineage, { lineageDigest: entry.lineage, ...provenanceContext(request) });
  const seconds = (entry.commandDurationMs / 1000).toFixed(1);
  const reason =
    `Cache hit: data, code, params, command and platform are unchanged since ${entry.createdAt} (key ${inputs.key}); ` +
    `restored ${entry.outputs.length} output(s) from the store and skipped the command (it took ${seconds} s).`;
  request.log(reason);
  const files = await writeRecordFiles(request, lineage, statement);
  return { ok: true, result: finish(request, { cacheHit: true, reason, key: inputs.key, lineage, lineageDigest: entry.lineage, files, statement, started, signed: false }) };
}

interface MissContext {
  started: Date;
  missReason: string;
  replaceEtag: string | undefined;
}

async function runAndRecord(request: TrainRequest, outputs: string[], inputs: ResolvedInputs, context: MissContext): Promise<TrainResult> {
  request.log(context.missReason);
  for (const data of inputs.data) await data.restore?.();
  const { durationMs: commandDurationMs } = await runCommand(request.command, { cwd: request.cwd, env: request.env, log: request.log });
  const found = await checkOutputsExist(request.cwd, outputs);
  const stored: LineageOutput[] = [];
  for (const output of found) stored.push({ ...output, digest: await request.store.putBlob({ file: join(request.cwd, output.path) }) });
  const finished = request.now?.() ?? new Date();
  const lineage = lineageRecord(request, inputs, stored, context.started, finished);
  const lineageDigest = await putLineageRecord(request.store, lineage);
  const statement = provenanceStatement(lineage, { lineageDigest, ...provenanceContext(request) });
  const statementDigest = await request.store.putBlob(Buffer.from(serializeStatement(statement)));
  const signature = request.signer ? await request.signer(statement) : undefined;
  const bundleDigest = signature ? await request.store.putBlob(Buffer.from(JSON.stringify(signature.bundle))) : undefined;
  await indexLineage(request.store, lineage, lineageDigest, { statement: statementDigest, ...(bundleDigest ? { bundle: bundleDigest } : {}) });
  if (request.cache) {
    const entry: RunCacheEntry = {
      kind: 'run-cache-entry',
      schemaVersion: 1,
      key: inputs.key,
      outputs: stored,
      lineage: lineageDigest,
      provenance: statementDigest,
      commandDurationMs,
      createdAt: finished.toISOString(),
    };
    if ((await writeEntry(request.store, entry, context.replaceEtag)) === 'raced') request.log('Another job cached the same inputs first; kept its entry.');
  }
  const files = await writeRecordFiles(request, lineage, statement, signature?.bundle);
  return finish(request, {
    cacheHit: false,
    reason: context.missReason,
    key: inputs.key,
    lineage,
    lineageDigest,
    files,
    statement,
    started: context.started,
    signed: signature !== undefined,
    ...(signature?.attestationId ? { attestationId: signature.attestationId } : {}),
  });
}

/** Every declared output must exist after the run; otherwise nothing is stored. */
async function checkOutputsExist(cwd: string, outputs: string[]): Promise<Array<{ path: string; size: number }>> {
  const found: Array<{ path: string; size: number }> = [];
  for (const path of outputs) {
    try {
      const info = await stat(join(cwd, path));
      if (!info.isFile()) throw Object.assign(new Error('not a file'), { code: 'EISDIR' });
      found.push({ path, size: info.size });
    } catch (error) {
      const what = errnoCode(error) === 'EISDIR' ? 'is not a file' : 'does not exist';
      throw new UserError(`Declared output '${path}' ${what} after the run command finished.`, {
        input: 'outputs',
        file: path,
        fix: 'Make the command write every declared output (check its paths), or remove the output from `outputs:`. Nothing was cached.',
      });
    }
  }
  return found;
}

function lineageRecord(request: TrainRequest, inputs: ResolvedInputs, outputs: LineageOutput[], started: Date, finished: Date): LineageRecord {
  return {
    kind: 'lineage-record',
    schemaVersion: 1,
    model: outputs[0]!,
    outputs,
    data: inputs.data.map((d) => d.lineage),
    code: {
      digest: inputs.code.digest,
      files: inputs.code.files,
      ...(inputs.code.commit ? { commit: inputs.code.commit } : {}),
      ...(request.code?.length ? { globs: [...request.code] } : {}),
    },
    ...(inputs.params ? { params: { path: request.params ?? inputs.params.path, digest: inputs.params.digest, content: inputs.params.content } } : {}),
    command: request.command,
    environment: request.platform,
    ...(request.workflowRun ? { workflowRun: request.workflowRun } : {}),
    cacheKey: inputs.key,
    startedAt: started.toISOString(),
    finishedAt: finished.toISOString(),
    durationMs: finished.getTime() - started.getTime(),
  };
}

function provenanceContext(request: TrainRequest): { repositoryUrl?: string; builderId?: string } {
  return { ...(request.repositoryUrl ? { repositoryUrl: request.repositoryUrl } : {}), ...(request.builderId ? { builderId: request.builderId } : {}) };
}

async function writeRecordFiles(request: TrainRequest, lineage: LineageRecord, statement: ProvenanceStatement, bundle?: unknown): Promise<TrainResult['files']> {
  const dir = join(request.stateDir ?? join(request.cwd, '.mlci'), 'train', lineage.model.digest.slice('sha256:'.length, 'sha256:'.length + 16));
  await mkdir(dir, { recursive: true });
  const files: TrainResult['files'] = { lineage: join(dir, 'lineage.json'), statement: join(dir, 'provenance.intoto.json') };
  await writeFile(files.lineage, `${JSON.stringify(lineage, null, 2)}\n`);
  await writeFile(files.statement, `${JSON.stringify(statement, null, 2)}\n`);
  if (bundle !== undefined) {
    files.bundle = join(dir, 'provenance.sigstore.json');
    await writeFile(files.bundle, `${JSON.stringify(bundle, null, 2)}\n`);
  }
  return files;
}

interface FinishFacts {
  cacheHit: boolean;
  reason: string;
  key: Digest;
  lineage: LineageRecord;
  lineageDigest: Digest;
  files: TrainResult['files'];
  statement: ProvenanceStatement;
  started: Date;
  signed: boolean;
  attestationId?: string;
}

function finish(request: TrainRequest, facts: FinishFacts): TrainResult {
  const durationMs = (request.now?.() ?? new Date()).getTime() - facts.started.getTime();
  const statementDigest = digestOfStatement(facts.statement);
  const provenanceText = facts.signed
    ? `signed with Sigstore${facts.attestationId ? ` (attestation ${facts.attestationId})` : ''}`
    : facts.cacheHit
      ? 'recorded by the run that trained the model'
      : 'unsigned statement in the store (grant `id-token: write` to sign it)';
  return {
    cacheHit: facts.cacheHit,
    reason: facts.reason,
    key: facts.key,
    model: facts.lineage.model,
    outputs: facts.lineage.outputs,
    lineage: facts.lineage,
    lineageDigest: facts.lineageDigest,
    files: facts.files,
    provenance: { statementDigest, signed: facts.signed, ...(facts.attestationId ? { attestationId: facts.attestationId } : {}) },
    durationMs,
    summaryMarkdown: lineageSummaryMarkdown(facts.lineage, {
      cacheHit: facts.cacheHit,
      reason: facts.reason,
      durationMs,
      lineageDigest: facts.lineageDigest,
      provenance: provenanceText,
    }),
  };
}

function digestOfStatement(statement: ProvenanceStatement): Digest {
  return digestBytes(serializeStatement(statement));
}

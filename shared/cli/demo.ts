/**
 * `npm run demo`: the whole flow, offline, on the embedded local store, in a temporary git repository.
 *
 *   version the data → train a baseline → promote it to prod
 *   → new data + new params → train two candidates → evaluate each against the prod model
 *     (fairness by age group, explanations) → render the PR comment → gate: one blocked, one passing
 *   → promote the passing one through staging to prod → roll back with a reason → registry history
 *
 * Every step calls the suite's own use cases (the same ones the actions and the CLI call); nothing is
 * mocked. The sample data ships in examples/churn/data; the new data and the hold-out set are generated
 * here from the same seeded process (scripts/fixtures/train.py), so the run is deterministic.
 */
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { diffManifests, loadManifest, restoreDataset, resolveDatasetVersion, versionDataset, writeVersionFiles, type VersionDatasetResult } from '../data/index.js';
import type { Digest } from '../digest.js';
import { formatUserError, isUserError } from '../errors.js';
import { runEvaluate, storeDatasetOpener } from '../evaluate/index.js';
import { loadOnnxRuntime } from '../model/index.js';
import { parsePolicy } from '../policy/load-policy.js';
import { decideGate } from '../policy/decide-gate.js';
import { readEvaluationRecords } from '../report/read-inputs.js';
import { runReport } from '../report/run-report.js';
import {
  formatHistory,
  GitTagStore,
  loadEvidence,
  loadPromotionConfig,
  promote,
  readModelState,
  renderRollbackSummary,
  fetchReferencedModel,
  rollback,
  type RegistryDeps,
} from '../registry/index.js';
import { gateDecisionType, type GateDecision } from '../schemas/gate-decision.js';
import { LocalStore } from '../store/local-store.js';
import { train, type TrainResult } from '../train/index.js';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const FEATURES = ['tenure_months', 'monthly_charges', 'support_calls', 'contract_monthly', 'age'];
const MODEL = 'churn';

interface Demo {
  dir: string;
  store: LocalStore;
  registry: RegistryDeps;
  log: (line: string) => void;
}

export interface DemoResult {
  dir: string;
  comments: { blocked: string; passing: string };
  decisions: { blocked: GateDecision; passing: GateDecision };
  history: { prod: string; staging: string };
}

// ---------------------------------------------------------------------------------------------------
// Data: the shipped sample, plus new rows and a hold-out set from the same seeded generating process.

/** mulberry32: a tiny seeded PRNG, so the generated rows are the same on every machine. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

interface Customer {
  features: number[];
  churned: number;
}

/** The process of scripts/fixtures/train.py: churn grows with charges, support calls and monthly contracts. */
function customers(rows: number, seed: number): Customer[] {
  const random = seeded(seed);
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const poisson = (lambda: number) => {
    let k = 0;
    for (let p = random(); p > Math.exp(-lambda); p *= random()) k += 1;
    return k;
  };
  return Array.from({ length: rows }, () => {
    const tenure = 1 + Math.floor(random() * 71);
    const charges = Math.round((70 + 20 * normal()) * 100) / 100;
    const calls = poisson(1.5);
    const monthly = random() < 0.5 ? 1 : 0;
    const age = 18 + Math.floor(random() * 62);
    const logit = -1.0 - 0.05 * tenure + 0.03 * (charges - 70) + 0.6 * calls + 1.2 * monthly - 0.01 * (age - 45);
    return { features: [tenure, charges, calls, monthly, age], churned: random() < 1 / (1 + Math.exp(-logit)) ? 1 : 0 };
  });
}

function csvRows(rows: Customer[], withAgeGroup: boolean): string {
  return rows.map((c) => [...c.features, c.churned, ...(withAgeGroup ? [ageGroup(c.features[4] ?? 0)] : [])].join(',')).join('\n') + '\n';
}

function ageGroup(age: number): string {
  return age < 40 ? 'under-40' : '40-plus';
}

/** A bug in the new export: labels of the new rows were shuffled (so they no longer match their customers). */
function shuffledLabels(rows: Customer[], seed: number): Customer[] {
  const random = seeded(seed);
  const labels = rows.map((c) => c.churned);
  for (let i = labels.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [labels[i], labels[j]] = [labels[j] as number, labels[i] as number];
  }
  return rows.map((c, i) => ({ ...c, churned: labels[i] as number }));
}

async function writeSampleData(demo: Demo): Promise<void> {
  await mkdir(join(demo.dir, 'data'), { recursive: true });
  await mkdir(join(demo.dir, 'holdout'), { recursive: true });
  await copyFile(join(REPO_ROOT, 'examples/churn/data/train.csv'), join(demo.dir, 'data/churn.csv'));
  const header = `${FEATURES.join(',')},churned,age_group\n`;
  await writeFile(join(demo.dir, 'holdout/holdout.csv'), header + csvRows(customers(3000, 2024), true));
}

/** Next month's export: 800 more customers appended, with or without the label bug. */
async function appendNewCustomers(demo: Demo, broken: boolean): Promise<void> {
  const base = await readFile(join(REPO_ROOT, 'examples/churn/data/train.csv'), 'utf8');
  const fresh = customers(800, 99);
  await writeFile(join(demo.dir, 'data/churn.csv'), base + csvRows(broken ? shuffledLabels(fresh, 5) : fresh, false));
}

async function versionData(demo: Demo, name: string, path: string): Promise<VersionDatasetResult & { summaryPath: string }> {
  const result = await versionDataset({ name, paths: [path], cwd: demo.dir, store: demo.store, provenance: { commit: head(demo.dir) } });
  const files = await writeVersionFiles(result, demo.store.location, join(demo.dir, '.mlci/out'));
  demo.log(`  ${name}@${result.ref.number} ${result.ref.version.slice(0, 19)}… (${result.manifest.files.length} file, ${result.changed ? 'new version' : 'unchanged'})`);
  return { ...result, summaryPath: files.summaryPath };
}

// ---------------------------------------------------------------------------------------------------
// Workspace

async function setupWorkspace(log: (line: string) => void, dir?: string): Promise<Demo> {
  const root = dir ?? (await mkdtemp(join(tmpdir(), 'mlci-demo-')));
  const git = (...args: string[]) => execFileSync('git', args, { cwd: root, stdio: 'pipe' });
  git('init', '-q', '-b', 'main');
  git('config', 'user.name', 'mlci demo');
  git('config', 'user.email', 'demo@mlci.invalid');
  await writeConfigFiles(root);
  git('add', '.');
  git('commit', '-q', '-m', 'churn model: params, gate policy, promotion config');
  const store = new LocalStore(join(root, '.mlci/store'));
  const tags = new GitTagStore(root);
  const registry: RegistryDeps = { tags, store, tagger: await tags.tagger(), actor: 'demo' };
  return { dir: root, store, registry, log };
}

function head(dir: string): string {
  return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: dir, encoding: 'utf8' }).trim();
}

async function writeConfigFiles(dir: string): Promise<void> {
  await writeFile(join(dir, '.gitignore'), '.mlci/\nout/\ndata/\nholdout/\n*.md\n*.json\n');
  await copyFile(join(REPO_ROOT, 'examples/churn/params/gbt-deep.yaml'), join(dir, 'params-baseline.yaml'));
  await copyFile(join(REPO_ROOT, 'examples/churn/params/gbt-shallow.yaml'), join(dir, 'params-candidate.yaml'));
  await writeFile(join(dir, 'policy.yml'), POLICY);
  // Real configs soak for a day (examples/promotion.yml); the demo waits two seconds.
  await writeFile(join(dir, 'promotion.yml'), 'environments:\n  staging:\n    evidence: gate\n    max-evidence-age: 7d\n  prod:\n    from: staging\n    min-time-in-from: 2s\n    evidence: gate\n    max-evidence-age: 7d\n');
}

const POLICY = `# Merge gate for the churn model (see shared/schemas/policy.ts).
version: 1
rows:
  min: 1000
metrics:
  - metric: roc_auc
    min: 0.70
    margin: 0.05
  - metric: accuracy
    margin: 0.03
  - metric: log_loss
    max: 0.65
fairness:
  - feature: age_group
    metric: demographic_parity_ratio
    min: 0.6
`;

// ---------------------------------------------------------------------------------------------------
// Train, evaluate, report, gate

async function trainModel(demo: Demo, data: string, params: string): Promise<TrainResult> {
  const tsx = join(REPO_ROOT, 'node_modules/tsx/dist/cli.mjs');
  const cli = join(REPO_ROOT, 'shared/cli/main.ts');
  const command = `"${process.execPath}" "${tsx}" "${cli}" train-model --data data/churn.csv --params ${params} --out out/model.onnx --metrics out/metrics.json`;
  const result = await train({
    command,
    cwd: demo.dir,
    data: [data],
    params,
    outputs: ['out/model.onnx', 'out/metrics.json'],
    store: demo.store,
    cache: true,
    env: process.env,
    platform: { os: process.platform, arch: process.arch, node: process.version },
    log: () => undefined,
    warn: (line) => demo.log(`    warning: ${line}`),
  });
  demo.log(`  model ${result.model.digest.slice(0, 19)}… from ${data} with ${params} (${result.cacheHit ? 'cache hit' : 'trained'}; lineage ${result.lineageDigest.slice(0, 19)}…)`);
  return result;
}

/** The baseline is whatever prod runs now, found through the registry tags and fetched from the store. */
async function fetchProdModel(demo: Demo): Promise<{ path: string; digest: Digest; version: string }> {
  const prod = await fetchReferencedModel(`${MODEL}#prod`, { tags: demo.registry.tags, store: demo.store }, join(demo.dir, '.mlci/out'));
  if (!prod) throw new Error('demo: churn#prod is a registry reference');
  return { path: prod.path, digest: prod.modelDigest, version: prod.version };
}

async function evaluateCandidate(demo: Demo, model: string, baseline: string | undefined, output: string): Promise<string> {
  const result = await runEvaluate(
    {
      model,
      ...(baseline ? { baselineModel: baseline } : {}),
      data: 'holdout@latest',
      label: 'churned',
      features: FEATURES,
      slices: ['age_group', 'contract_monthly'],
      sensitive: ['age_group'],
      explain: 'all',
      // Log loss moves with every feature the model uses; accuracy on 200 rows often does not move at all.
      explainScoring: 'neg_log_loss',
      explainRows: 200,
      resamples: 500,
      seed: 1,
      output,
    },
    { runtime: () => loadOnnxRuntime(), openDataset: storeDatasetOpener(() => demo.store), cwd: demo.dir },
  );
  const m = result.metrics?.metrics ?? {};
  demo.log(`  evaluated on ${result.record.kind === 'evaluation-record' ? result.record.rows : 0} rows: roc_auc ${show(m.roc_auc)}, accuracy ${show(m.accuracy)}, log_loss ${show(m.log_loss)}`);
  return result.path;
}

function show(value: unknown): string {
  return typeof value === 'number' ? value.toFixed(3) : 'n/a';
}

async function gate(demo: Demo, recordPath: string, output: string): Promise<GateDecision> {
  const policy = parsePolicy(await readFile(join(demo.dir, 'policy.yml'), 'utf8'), 'policy.yml');
  const evaluations = await readEvaluationRecords([recordPath]);
  const decision = decideGate({ policy, evaluations, failOn: 'fail' });
  await writeFile(join(demo.dir, output), gateDecisionType.serialize(decision));
  demo.log(`  gate: ${decision.outcome === 'pass' ? 'PASS' : 'BLOCK'} (${decision.counts.pass} passed, ${decision.counts.fail} failed, ${decision.counts.error} errors)`);
  for (const rule of decision.rules.filter((r) => r.status !== 'pass')) demo.log(`    ${rule.status}: ${rule.message}`);
  return decision;
}

async function renderComment(demo: Demo, recordPath: string, decision: string, dataSummary: string, lineage: string, file: string): Promise<string> {
  const report = await runReport(
    { evaluation: [recordPath], decision: join(demo.dir, decision), dataSummary, lineage, mode: 'body-only', tag: 'default', maxRows: 10, event: { eventName: 'pull_request', payload: {}, owner: 'demo', repo: 'churn', sha: head(demo.dir) }, cwd: demo.dir },
    { log: () => undefined },
  );
  const path = join(demo.dir, file);
  await writeFile(path, report.body);
  demo.log(`  PR comment: ${path}`);
  return path;
}

// ---------------------------------------------------------------------------------------------------
// Registry

async function promoteTo(demo: Demo, environment: string, artifact: string, evidence: string[], extra: { version?: string; reason?: string; force?: boolean; dataVersions?: string[] }) {
  const result = await promote(
    {
      model: MODEL,
      version: extra.version ?? 'minor',
      artifact,
      environment,
      config: await loadPromotionConfig(join(demo.dir, 'promotion.yml')),
      evidence: await loadEvidence(evidence.map((e) => resolve(demo.dir, e)), demo.store),
      ...(extra.reason ? { reason: extra.reason } : {}),
      force: extra.force ?? false,
      dataVersions: extra.dataVersions ?? [],
    },
    demo.registry,
  );
  demo.log(`  ${result.tag}: ${MODEL} ${result.version} → ${environment}${result.previousVersion ? ` (was ${result.previousVersion})` : ''}${result.forced ? ' [forced]' : ''}`);
  return result;
}

/** A promotion refused for a missing soak or evidence is the point of the demo, not a crash. */
async function expectRefusal(demo: Demo, what: string, work: Promise<unknown>): Promise<void> {
  try {
    await work;
    throw new Error(`demo: expected ${what} to be refused`);
  } catch (error) {
    if (!isUserError(error)) throw error;
    demo.log(`  refused, as it should be — ${formatUserError(error).split('\n').join(' ')}`);
  }
}

async function printHistory(demo: Demo): Promise<{ prod: string; staging: string }> {
  const state = await readModelState(demo.registry, MODEL);
  const prod = formatHistory(state, 'prod');
  const staging = formatHistory(state, 'staging');
  demo.log(`\nRegistry history of ${MODEL} in prod (mlci registry history ${MODEL} prod --repo ${demo.dir}):\n${prod}`);
  demo.log(`\nRegistry history of ${MODEL} in staging:\n${staging}`);
  return { prod, staging };
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolveSleep) => setTimeout(resolveSleep, ms));
}

// ---------------------------------------------------------------------------------------------------
// The story

async function baselineToProd(demo: Demo): Promise<void> {
  demo.log('\n1. Version the sample data and train a baseline');
  await writeSampleData(demo);
  const data = await versionData(demo, 'churn', 'data');
  await versionData(demo, 'holdout', 'holdout');
  const baseline = await trainModel(demo, `churn@${data.ref.number}`, 'params-baseline.yaml');
  demo.log('\n2. Promote the baseline to prod (the first model has nothing to be compared with: forced, with a reason)');
  await promoteTo(demo, 'prod', baseline.model.digest, [], { version: '1.0.0', force: true, reason: 'bootstrap: first churn model, no baseline to compare against', dataVersions: [`churn@${data.ref.number}`] });
}

interface Candidate {
  train: TrainResult;
  record: string;
  decision: GateDecision;
  comment: string;
  decisionFile: string;
  dataVersion: string;
}

async function candidate(demo: Demo, label: string, broken: boolean): Promise<Candidate> {
  await appendNewCustomers(demo, broken);
  const data = await versionData(demo, 'churn', 'data');
  const trained = await trainModel(demo, `churn@${data.ref.number}`, 'params-candidate.yaml');
  const prod = await fetchProdModel(demo);
  demo.log(`  baseline: ${MODEL}#prod = ${prod.version} (${prod.digest.slice(0, 19)}…), resolved through the tags`);
  const record = await evaluateCandidate(demo, join(demo.dir, 'out/model.onnx'), prod.path, `evaluation-${label}.json`);
  const decisionFile = `decision-${label}.json`;
  const decision = await gate(demo, record, decisionFile);
  const comment = await renderComment(demo, record, decisionFile, data.summaryPath, trained.files.lineage, `pr-comment-${label}.md`);
  return { train: trained, record, decision, comment, decisionFile, dataVersion: `churn@${data.ref.number}` };
}

async function candidateThroughStaging(demo: Demo, good: Candidate): Promise<void> {
  const digest = good.train.model.digest;
  demo.log('\n5. Promote the passing candidate: staging first');
  await expectRefusal(demo, 'prod before staging', promoteTo(demo, 'prod', digest, [good.decisionFile], {}));
  await promoteTo(demo, 'staging', digest, [good.decisionFile, good.record], { reason: 'gate passed on PR #2', dataVersions: [good.dataVersion] });
  // From here the version is named by where it runs; its gate decision travels with it through the tags.
  await expectRefusal(demo, 'prod before the soak time', promoteTo(demo, 'prod', `${MODEL}#staging`, [], {}));
  await sleep(2100);
  await promoteTo(demo, 'prod', `${MODEL}#staging`, [], { reason: 'two seconds in staging without incident (a day in real configs)' });
}

/** The data side of the story: any version comes back byte for byte, and versions diff by content. */
async function restoreAndDiffData(demo: Demo): Promise<void> {
  demo.log('\n7. Restore the first data version and diff it with the latest');
  const restored = await restoreDataset({ name: 'churn', version: '1', store: demo.store, path: 'restored', cwd: demo.dir });
  demo.log(`  restored churn@1 (${restored.files.length} file) into ${join(demo.dir, 'restored')}, every digest verified`);
  const latest = await resolveDatasetVersion(demo.store, 'churn', 'latest');
  const diff = diffManifests(restored.manifest, await loadManifest(demo.store, latest.version));
  for (const file of diff.files) {
    const table = file.table ? `: ${file.table.rowsBefore} → ${file.table.rowsAfter} rows, ${file.table.columns.map((column) => `${column.name} (${column.change})`).join(', ') || 'no column changes'}` : '';
    demo.log(`  churn@1 → churn@${latest.number}: ${file.path} ${file.change}${table}`);
  }
}

async function rollbackProd(demo: Demo): Promise<void> {
  demo.log('\n6. Roll prod back');
  const result = await rollback({ model: MODEL, environment: 'prod', reason: 'complaint rate doubled after the release (incident INC-42)' }, demo.registry);
  demo.log(`  ${result.tag}: ${MODEL} in prod ${result.previousVersion} → ${result.version} (Rollback-Of: ${result.rollbackOf})`);
  const summary = await renderRollbackSummary(demo.store, result);
  const path = join(demo.dir, 'rollback-summary.md');
  await writeFile(path, summary);
  demo.log(`  job summary with both versions' metrics: ${path}`);
}

export async function runDemo(options: { log?: (line: string) => void; dir?: string } = {}): Promise<DemoResult> {
  const started = performance.now();
  const print = options.log ?? ((line: string) => console.log(line));
  // Step headings carry the time since the start, so slow steps are visible.
  const log = (line: string) => print(/^\n\d\./.test(line) ? `${line}  [${((performance.now() - started) / 1000).toFixed(1)} s]` : line);
  const demo = await setupWorkspace(log, options.dir);
  log(`mlci demo in ${demo.dir} (a fresh git repository; store ${demo.store.location})`);
  await baselineToProd(demo);
  log('\n3. New data with a label bug, new params: candidate A');
  const blocked = await candidate(demo, 'a', true);
  log('\n4. The same new data, fixed: candidate B');
  const passing = await candidate(demo, 'b', false);
  await candidateThroughStaging(demo, passing);
  await rollbackProd(demo);
  await restoreAndDiffData(demo);
  const history = await printHistory(demo);
  log(`\nPR comments: ${blocked.comment} (blocked) and ${passing.comment} (passing)`);
  return { dir: demo.dir, comments: { blocked: blocked.comment, passing: passing.comment }, decisions: { blocked: blocked.decision, passing: passing.decision }, history };
}

function isEntryPoint(): boolean {
  return /(?:^|[\\/])demo\.(?:ts|js)$/.test(process.argv[1] ?? '');
}

if (isEntryPoint()) {
  const started = performance.now();
  try {
    await runDemo();
    console.log(`\nDemo finished in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  } catch (error) {
    console.error(isUserError(error) ? `error: ${formatUserError(error)}` : error);
    process.exitCode = 1;
  }
}

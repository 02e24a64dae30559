import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { onTestFinished } from 'vitest';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { digestBytes, type Digest } from '../../shared/digest.js';
import { parseEvidence, type Evidence } from '../../shared/registry/evidence.js';
import { GitTagStore } from '../../shared/registry/git-tag-store.js';
import type { RegistryDeps } from '../../shared/registry/ports.js';
import { parsePromotionConfig, type LoadedPromotionConfig } from '../../shared/registry/promotion-config.js';
import type { EvaluationRecord } from '../../shared/schemas/evaluation-record.js';
import type { GateDecision } from '../../shared/schemas/gate-decision.js';
import { LocalStore } from '../../shared/store/local-store.js';
import { makeGitRepo } from './git-repo.js';

/** A registry on real parts: a git repository with one commit, a local store, a clock the test moves. */
export interface TestRegistry {
  dir: string;
  head: string;
  deps: RegistryDeps;
  store: LocalStore;
  tags: GitTagStore;
  now: { value: Date };
  /** Writes a model file with the given content; returns its path and digest. */
  model(content: string): { path: string; digest: Digest };
}

export function makeRegistry(start = new Date('2026-03-01T09:00:00Z')): TestRegistry {
  const repo = makeGitRepo();
  const store = new LocalStore(mkdtempSync(join(tmpdir(), 'mlci-registry-store-')));
  const tags = new GitTagStore(repo.dir);
  onTestFinished(() => {
    rmSync(store.location, { recursive: true, force: true });
  });
  const now = { value: start };
  const deps: RegistryDeps = { tags, store, tagger: { name: 'Test', email: 'test@example.com' }, clock: () => now.value };
  const model = (content: string) => {
    const path = join(repo.dir, `model-${digestBytes(content).slice(7, 15)}.onnx`);
    writeFileSync(path, content);
    return { path, digest: digestBytes(content) };
  };
  return { dir: repo.dir, head: repo.head, deps, store, tags, now, model };
}

export function evaluationRecord(modelDigest: Digest, createdAt: string, metrics: Record<string, number> = { accuracy: 0.9 }): EvaluationRecord {
  return {
    kind: 'evaluation-record',
    schemaVersion: 1,
    createdAt,
    task: 'binary',
    model: { digest: modelDigest, name: 'model.onnx', inputs: [], outputs: [] },
    data: { digest: digestBytes('holdout'), source: 'holdout.csv', format: 'csv', version: 'holdout@3' },
    rows: 100,
    label: 'churned',
    features: ['tenure'],
    metrics,
    slices: [],
    timings: {},
    runtime: { node: 'v20', onnxruntime: '1.30.0', mlci: '0.1.0' },
    seed: 1,
  };
}

export function evaluationEvidence(modelDigest: Digest, createdAt: string, metrics?: Record<string, number>): Evidence {
  return parseEvidence(JSON.stringify(evaluationRecord(modelDigest, createdAt, metrics)), 'evaluation.json');
}

export function gateDecision(modelDigest: Digest, createdAt: string, conclusion: 'success' | 'failure' = 'success'): GateDecision {
  const failed = conclusion === 'failure' ? 1 : 0;
  return {
    kind: 'gate-decision',
    schemaVersion: 1,
    createdAt,
    model: modelDigest,
    evaluations: [digestBytes(`evaluation of ${modelDigest}`)],
    policy: { digest: digestBytes('policy'), source: 'policy.yml' },
    failOn: 'fail',
    notRun: 'fail',
    rules: [{ id: '/metrics/0/min', kind: 'metric-floor', subject: 'accuracy', status: failed ? 'fail' : 'pass', severity: 'fail', message: 'accuracy floor' }],
    counts: { pass: 1 - failed, warn: 0, fail: failed, error: 0, 'not-run': 0 },
    outcome: failed ? 'block' : 'pass',
    conclusion,
  };
}

export function gateEvidence(modelDigest: Digest, createdAt: string, conclusion: 'success' | 'failure' = 'success'): Evidence {
  return parseEvidence(JSON.stringify(gateDecision(modelDigest, createdAt, conclusion)), 'decision.json');
}

export const STAGED_CONFIG: LoadedPromotionConfig = parsePromotionConfig(
  ['environments:', '  staging:', '    evidence: gate', '  prod:', '    from: staging', '    min-time-in-from: 1h', '    evidence: gate', '    max-evidence-age: 7d', ''].join('\n'),
  'promotion.yml',
);

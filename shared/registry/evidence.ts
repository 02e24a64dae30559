import { readFile } from 'node:fs/promises';
import { canonicalJson, digestOfJson, isDigest, type Digest } from '../digest.js';
import { errnoCode, UserError } from '../errors.js';
import type { ObjectStore } from '../store/object-store.js';
import { evaluationRecordType, type MetricMap } from '../schemas/evaluation-record.js';
import { gateDecisionType } from '../schemas/gate-decision.js';
import type { EvidenceRequirement } from '../schemas/promotion.js';

/**
 * What a promotion may rely on: an evaluation record (the model was measured) or a gate decision (the
 * model passed the policy). Either one is bound to a model digest; evidence about another digest, or
 * older than the environment allows, proves nothing about the artifact being promoted.
 */
export interface Evidence {
  kind: 'evaluation' | 'gate';
  source: string;
  /** Digest of the canonical record, recorded in the tag so the evidence can be found again. */
  digest: Digest;
  modelDigest: Digest;
  passed: boolean;
  /** When the record was made (ISO 8601). */
  at: string;
  evaluationDigest?: Digest;
  metrics?: MetricMap;
  /** The record's canonical JSON (its digest is `digest`), so promote can keep it in the store. */
  canonical: string;
}

/** Reads an evaluation record or a gate decision (told apart by `kind`). */
export function parseEvidence(text: string, source: string): Evidence {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UserError(`Evidence ${source} is not JSON: ${(error as Error).message}`, {
      input: 'evidence',
      file: source,
      fix: 'Pass the evaluation record written by `evaluate` or the decision written by `gate`.',
    });
  }
  const kind = (value as { kind?: unknown } | null)?.kind;
  if (kind === 'evaluation-record') return fromEvaluation(value, source);
  if (kind === 'gate-decision') return fromGateDecision(value, source);
  throw new UserError(`Evidence ${source} is a '${String(kind)}' record; expected an evaluation record or a gate decision.`, {
    input: 'evidence',
    file: source,
    field: '/kind',
    fix: 'Pass the evaluation record written by `evaluate` or the decision written by `gate`.',
  });
}

function fromEvaluation(value: unknown, source: string): Evidence {
  const record = evaluationRecordType.validate(value, source);
  return {
    kind: 'evaluation',
    source,
    digest: digestOfJson(record),
    modelDigest: record.model.digest,
    passed: true,
    at: record.createdAt,
    evaluationDigest: digestOfJson(record),
    metrics: record.metrics,
    canonical: canonicalJson(record),
  };
}

/** A gate decision passes when its check-run conclusion is success (an override label counts, visibly). */
function fromGateDecision(value: unknown, source: string): Evidence {
  const decision = gateDecisionType.validate(value, source);
  const evaluationDigest = decision.evaluations[0];
  return {
    kind: 'gate',
    source,
    digest: digestOfJson(decision),
    modelDigest: decision.model,
    passed: decision.conclusion === 'success',
    at: decision.createdAt,
    ...(evaluationDigest ? { evaluationDigest } : {}),
    canonical: canonicalJson(decision),
  };
}

export interface EvidenceCheck {
  requirement: EvidenceRequirement;
  modelDigest: Digest;
  /** Evidence older than this many milliseconds is stale. */
  maxAgeMs?: number;
  maxAgeText?: string;
  now: Date;
  environment: string;
}

/** The evidence that satisfies the requirement, or a UserError saying what is missing and how to get it. */
export function checkEvidence(evidence: Evidence[], check: EvidenceCheck): Evidence | undefined {
  if (check.requirement === 'none') return evidence.find((e) => e.modelDigest === check.modelDigest);
  const wanted = check.requirement === 'gate' ? 'gate decision' : 'evaluation record';
  const candidates = evidence.filter((e) => check.requirement === 'evaluation' || e.kind === 'gate');
  const fix = check.requirement === 'gate'
    ? `Run the gate action on ${check.modelDigest} and pass its decision file as evidence (or force with a reason).`
    : `Evaluate ${check.modelDigest} and pass the evaluation record as evidence (or force with a reason).`;
  if (candidates.length === 0) {
    throw new UserError(`Promotion to '${check.environment}' requires a ${wanted}, and none was given.`, { input: 'evidence', fix });
  }
  const forDigest = candidates.filter((e) => e.modelDigest === check.modelDigest);
  if (forDigest.length === 0) {
    const other = candidates.map((e) => `${e.source} is about ${e.modelDigest}`).join('; ');
    throw new UserError(`No ${wanted} is about the model being promoted (${check.modelDigest}): ${other}.`, { input: 'evidence', fix });
  }
  const passed = forDigest.filter((e) => e.passed);
  if (passed.length === 0) {
    throw new UserError(`The gate did not pass ${check.modelDigest} (${forDigest.map((e) => e.source).join(', ')}).`, { input: 'evidence', fix: 'Fix the regression and run the gate again; or force with a reason if this is deliberate.' });
  }
  return freshest(passed, check, wanted, fix);
}

function freshest(passed: Evidence[], check: EvidenceCheck, wanted: string, fix: string): Evidence {
  const newest = [...passed].sort((a, b) => Date.parse(b.at) - Date.parse(a.at))[0] as Evidence;
  const age = check.now.getTime() - Date.parse(newest.at);
  if (check.maxAgeMs !== undefined && age > check.maxAgeMs) {
    const days = (age / 86_400_000).toFixed(1);
    throw new UserError(`The ${wanted} ${newest.source} is stale: made ${newest.at} (${days} days ago), '${check.environment}' accepts evidence up to ${check.maxAgeText ?? `${check.maxAgeMs} ms`} old.`, {
      input: 'evidence',
      fix,
    });
  }
  return newest;
}

/**
 * The `evidence` input: one entry per line, each a file path, a store digest, or the record itself as
 * one line of JSON (the gate action's `decision` output). Not split on commas, unlike other list inputs:
 * JSON is full of them.
 */
export function splitEvidenceInput(text: string | undefined): string[] {
  return (text ?? '').split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '');
}

/** Evidence named by file path, by digest of a record in the store, or given inline as JSON. */
export async function loadEvidence(specs: string[], store: ObjectStore, input = 'evidence'): Promise<Evidence[]> {
  return Promise.all(specs.map((spec, i) => loadOne(spec, store, input, i)));
}

async function loadOne(spec: string, store: ObjectStore, input: string, index: number): Promise<Evidence> {
  if (spec.startsWith('{')) return parseEvidence(spec, `${input} (entry ${index + 1}, inline JSON)`);
  if (isDigest(spec)) {
    if (!(await store.hasBlob(spec))) throw new UserError(`Evidence ${spec} is not in the store ${store.location}.`, { input, fix: 'Pass the record file, or the store the evaluate/gate step wrote to.' });
    return parseEvidence((await store.getBlob(spec)).toString('utf8'), spec);
  }
  try {
    return parseEvidence(await readFile(spec, 'utf8'), spec);
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`Evidence file ${spec} ${errnoCode(error) === 'ENOENT' ? 'does not exist' : 'cannot be read'}.`, {
      input,
      file: spec,
      fix: 'Pass the path of the evaluation record or gate decision written by an earlier step (download it first if it is an artifact).',
      cause: error,
    });
  }
}

import { isDigest, type Digest } from '../digest.js';

/**
 * What an annotated registry tag says, beyond its name. The message is a subject line, an optional
 * free-text paragraph and a block of git-style trailers (`Key: value`), so `git show churn@v1.4.0`
 * reads well and `git interpret-trailers --parse` understands it. Values are single lines.
 */
export interface TagFacts {
  model: string;
  /** The version registered or assigned (`v1.4.0`). Absent on unassign events. */
  version?: string;
  environment?: string;
  modelDigest?: Digest;
  /** Dataset versions the model was trained on, as written by data-version (digest or `name@digest`). */
  dataVersions: string[];
  evaluationDigest?: Digest;
  /** Digest of the evidence (gate decision or evaluation record) the promotion relied on. */
  evidenceDigest?: Digest;
  /** The version current in the environment before this event. */
  previousVersion?: string;
  /** Tag of the assign event this rollback undoes. */
  rollbackOf?: string;
  reason?: string;
  /** Evidence checks were skipped on purpose; `reason` says why. */
  forced: boolean;
  actor?: string;
  runUrl?: string;
}

interface TrailerField {
  key: string;
  get(facts: TagFacts): string[];
  set(facts: TagFacts, value: string): void;
}

function single(key: string, name: 'version' | 'environment' | 'previousVersion' | 'rollbackOf' | 'reason' | 'actor' | 'runUrl'): TrailerField {
  return {
    key,
    get: (facts) => (facts[name] === undefined ? [] : [facts[name] as string]),
    set: (facts, value) => {
      facts[name] = value;
    },
  };
}

function digestField(key: string, name: 'modelDigest' | 'evaluationDigest' | 'evidenceDigest'): TrailerField {
  return {
    key,
    get: (facts) => (facts[name] === undefined ? [] : [facts[name] as string]),
    set: (facts, value) => {
      if (isDigest(value)) facts[name] = value;
    },
  };
}

const FIELDS: TrailerField[] = [
  { key: 'Model', get: (f) => [f.model], set: (f, v) => void (f.model = v) },
  single('Version', 'version'),
  single('Environment', 'environment'),
  digestField('Model-Digest', 'modelDigest'),
  { key: 'Data-Version', get: (f) => f.dataVersions, set: (f, v) => void f.dataVersions.push(v) },
  digestField('Evaluation-Digest', 'evaluationDigest'),
  digestField('Evidence-Digest', 'evidenceDigest'),
  single('Previous-Version', 'previousVersion'),
  single('Rollback-Of', 'rollbackOf'),
  { key: 'Forced', get: (f) => (f.forced ? ['true'] : []), set: (f, v) => void (f.forced = v === 'true') },
  single('Reason', 'reason'),
  single('Actor', 'actor'),
  single('Run-Url', 'runUrl'),
];

/** Trailer values are one line: a reason typed with newlines must not forge another trailer. */
export function oneLine(text: string, maxLength = 500): string {
  const flat = text.replace(/[\r\n\t\f\v\u2028\u2029]+/g, ' ').replace(/ {2,}/g, ' ').trim();
  return flat.length > maxLength ? `${flat.slice(0, maxLength - 1)}…` : flat;
}

export function formatTagMessage(subject: string, facts: TagFacts): string {
  const trailers = FIELDS.flatMap((field) => field.get(facts).map((value) => `${field.key}: ${oneLine(value)}`));
  return `${oneLine(subject)}\n\n${trailers.join('\n')}\n`;
}

/** Reads the trailer block (the last paragraph); unknown keys are ignored, so newer writers stay readable. */
export function parseTagMessage(message: string): { subject: string; facts: TagFacts } {
  const paragraphs = message.trim().split(/\n\s*\n/);
  const subject = paragraphs[0]?.split('\n')[0]?.trim() ?? '';
  const facts: TagFacts = { model: '', dataVersions: [], forced: false };
  if (paragraphs.length < 2) return { subject, facts };
  for (const line of (paragraphs.at(-1) ?? '').split('\n')) {
    const match = /^([A-Za-z][A-Za-z-]*):\s?(.*)$/.exec(line.trim());
    const field = match && FIELDS.find((f) => f.key.toLowerCase() === match[1]?.toLowerCase());
    if (field && match) field.set(facts, (match[2] ?? '').trim());
  }
  return { subject, facts };
}

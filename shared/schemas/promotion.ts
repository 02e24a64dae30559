import type { Digest } from '../digest.js';
import { RecordType } from './record-type.js';

/**
 * Two documents of the registry: the promotion config (a YAML/JSON file the user writes: which
 * environments exist, in what order versions may reach them, how long they must soak, what evidence
 * they need) and the promotion event record (written to the store for every promotion and rollback,
 * next to the annotated tag that is the event itself).
 */

export type EvidenceRequirement = 'none' | 'evaluation' | 'gate';

export interface EnvironmentRule {
  /** Versions reach this environment only while current in that one (prod `from: staging`). */
  from?: string;
  /** How long the version must have been current in `from`, e.g. `24h`, `30m`, `2d`. */
  'min-time-in-from'?: string;
  /** `gate`: a passing gate decision for this model digest; `evaluation`: an evaluation record of it. */
  evidence?: EvidenceRequirement;
  /** Evidence older than this is stale, e.g. `7d`. */
  'max-evidence-age'?: string;
  /** Whether `force` may skip the evidence and soak checks here (the reason is recorded). Default true. */
  'allow-force'?: boolean;
}

export interface PromotionConfig {
  environments: Record<string, EnvironmentRule>;
}

export const DURATION_PATTERN = '^[1-9][0-9]*(s|m|h|d|w)$';

export const promotionConfigSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://mlci.dev/schemas/promotion-config.json',
  type: 'object',
  required: ['environments'],
  additionalProperties: false,
  properties: {
    environments: {
      type: 'object',
      minProperties: 1,
      propertyNames: { pattern: '^[a-z0-9](?:[a-z0-9_-]*[a-z0-9])?$' },
      additionalProperties: {
        type: ['object', 'null'],
        additionalProperties: false,
        properties: {
          from: { type: 'string', minLength: 1 },
          'min-time-in-from': { type: 'string', pattern: DURATION_PATTERN },
          evidence: { enum: ['none', 'evaluation', 'gate'] },
          'max-evidence-age': { type: 'string', pattern: DURATION_PATTERN },
          'allow-force': { type: 'boolean' },
        },
      },
    },
  },
} as const;

export type PromotionAction = 'promote' | 'rollback';

export interface PromotionEvent {
  kind: 'promotion-event';
  schemaVersion: 1;
  action: PromotionAction;
  model: string;
  version: string;
  environment: string;
  /** The assign tag (`churn#prod#12`) and, when this event registered the version, its register tag. */
  tag: string;
  registeredTag?: string;
  modelDigest: Digest;
  previousVersion?: string;
  dataVersions: string[];
  evaluationDigest?: Digest;
  evidenceDigest?: Digest;
  rollbackOf?: string;
  reason?: string;
  forced: boolean;
  deploymentId?: number;
  actor?: string;
  runUrl?: string;
  at: string;
}

export const promotionEventSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['kind', 'schemaVersion', 'action', 'model', 'version', 'environment', 'tag', 'modelDigest', 'dataVersions', 'forced', 'at'],
  properties: {
    kind: { const: 'promotion-event' },
    schemaVersion: { const: 1 },
    action: { enum: ['promote', 'rollback'] },
    model: { type: 'string', minLength: 1 },
    version: { type: 'string', pattern: '^v' },
    environment: { type: 'string', minLength: 1 },
    tag: { type: 'string', minLength: 1 },
    registeredTag: { type: 'string', minLength: 1 },
    modelDigest: { $ref: 'defs.json#/$defs/digest' },
    previousVersion: { type: 'string' },
    dataVersions: { type: 'array', items: { type: 'string' } },
    evaluationDigest: { $ref: 'defs.json#/$defs/digest' },
    evidenceDigest: { $ref: 'defs.json#/$defs/digest' },
    rollbackOf: { type: 'string' },
    reason: { type: 'string' },
    forced: { type: 'boolean' },
    deploymentId: { type: 'integer' },
    actor: { type: 'string' },
    runUrl: { type: 'string' },
    at: { $ref: 'defs.json#/$defs/timestamp' },
  },
} as const;

export const promotionEventType = new RecordType<PromotionEvent>('promotion-event', 1, promotionEventSchema);

/** Pointer body of `environments/<model>/<environment>` in the store: the environment's current model. */
export interface EnvironmentPointer {
  kind: 'environment-pointer';
  schemaVersion: 1;
  model: string;
  environment: string;
  version: string;
  modelDigest: Digest;
  tag: string;
  counter: number;
  updatedAt: string;
}

export const environmentPointerType = new RecordType<EnvironmentPointer>('environment-pointer', 1, {
  type: 'object',
  additionalProperties: false,
  required: ['kind', 'schemaVersion', 'model', 'environment', 'version', 'modelDigest', 'tag', 'counter', 'updatedAt'],
  properties: {
    kind: { const: 'environment-pointer' },
    schemaVersion: { const: 1 },
    model: { type: 'string' },
    environment: { type: 'string' },
    version: { type: 'string' },
    modelDigest: { $ref: 'defs.json#/$defs/digest' },
    tag: { type: 'string' },
    counter: { type: 'integer', minimum: 1 },
    updatedAt: { $ref: 'defs.json#/$defs/timestamp' },
  },
});

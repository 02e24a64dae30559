import { digestHex, isDigest, type Digest } from '../digest.js';
import { UserError } from '../errors.js';
import { lineageIndexType, lineageRecordType, type LineageIndex, type LineageRecord } from '../schemas/lineage-record.js';
import { PreconditionFailed, type ObjectStore } from '../store/object-store.js';

/** Pointer key of a model's lineage index. */
export function lineageIndexKey(model: Digest): string {
  return `lineage/by-model/${digestHex(model)}`;
}

/** Provenance blobs kept next to a lineage record in the model's index. */
export interface LineageAttachments {
  statement?: Digest;
  bundle?: Digest;
}

/** Stores the record as a blob (content-addressed: writing it twice is harmless) and returns its digest. */
export async function putLineageRecord(store: ObjectStore, record: LineageRecord): Promise<Digest> {
  return store.putBlob(Buffer.from(lineageRecordType.serialize(record)));
}

/**
 * Appends a stored record to its model's index with compare-and-swap, so two jobs that happen to produce
 * the same model bytes (a deterministic trainer, unchanged code) both keep their lineage.
 */
export async function indexLineage(store: ObjectStore, record: LineageRecord, digest: Digest, attachments: LineageAttachments = {}): Promise<void> {
  const key = lineageIndexKey(record.model.digest);
  for (let attempt = 0; attempt < 20; attempt++) {
    const current = await store.readPointer(key);
    const index: LineageIndex = current
      ? lineageIndexType.parse(current.body.toString('utf8'), `${store.location} ${key}`)
      : { kind: 'lineage-index', schemaVersion: 1, model: record.model.digest, records: [] };
    if (index.records.some((entry) => entry.digest === digest)) return;
    index.records.push({ digest, createdAt: record.finishedAt, ...attachments });
    try {
      await store.writePointer(key, lineageIndexType.serialize(index), current ? { ifMatch: current.etag } : { ifNoneMatch: '*' });
      return;
    } catch (error) {
      if (!(error instanceof PreconditionFailed)) throw error;
    }
  }
  throw new Error(`lineage index ${key} kept changing; gave up after 20 attempts`);
}

/** `putLineageRecord` then `indexLineage`; returns the record's blob digest. */
export async function writeLineage(store: ObjectStore, record: LineageRecord, attachments: LineageAttachments = {}): Promise<Digest> {
  const digest = await putLineageRecord(store, record);
  await indexLineage(store, record, digest, attachments);
  return digest;
}

/** The model's index entries (lineage, statement and bundle digests), oldest first; undefined if none. */
export async function lineageIndexOf(store: ObjectStore, model: Digest): Promise<LineageIndex | undefined> {
  const key = lineageIndexKey(model);
  const pointer = await store.readPointer(key);
  return pointer ? lineageIndexType.parse(pointer.body.toString('utf8'), `${store.location} ${key}`) : undefined;
}

export async function readLineage(store: ObjectStore, digest: Digest): Promise<LineageRecord> {
  return lineageRecordType.parse((await store.getBlob(digest)).toString('utf8'), `lineage record ${digest}`);
}

/** Every lineage record of a model digest, oldest first; a UserError when the store knows none. */
export async function lineageOfModel(store: ObjectStore, model: Digest): Promise<LineageRecord[]> {
  const index = await lineageIndexOf(store, model);
  if (!index) {
    throw new UserError(`No lineage is recorded for model ${model} in ${store.location}.`, {
      fix: 'Check the digest (`sha256:` + 64 hex, as the train step printed it as model-digest) and the --store URL.',
    });
  }
  return Promise.all(index.records.map((entry) => readLineage(store, entry.digest)));
}

/** A digest argument as typed by a user: `sha256:<hex>` or bare hex. */
export function parseDigestArgument(text: string, input: string): Digest {
  const candidate = text.startsWith('sha256:') ? text : `sha256:${text}`;
  if (!isDigest(candidate)) {
    throw new UserError(`'${text}' is not a SHA-256 digest.`, { input, fix: 'Pass `sha256:` followed by 64 lowercase hex digits.' });
  }
  return candidate;
}

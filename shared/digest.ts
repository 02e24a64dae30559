import { createHash } from 'node:crypto';

/** Records name what they are about by content digest: `sha256:<64 hex>`. */
export type Digest = `sha256:${string}`;

const DIGEST_PATTERN = /^sha256:[0-9a-f]{64}$/;

export function isDigest(value: string): value is Digest {
  return DIGEST_PATTERN.test(value);
}

export function toDigest(hex: string): Digest {
  const digest = `sha256:${hex}`;
  if (!isDigest(digest)) throw new Error(`not a SHA-256 hex string: ${hex}`);
  return digest;
}

export function digestHex(digest: Digest): string {
  return digest.slice('sha256:'.length);
}

export function digestBytes(bytes: Uint8Array | string): Digest {
  return toDigest(createHash('sha256').update(bytes).digest('hex'));
}

/**
 * JSON with object keys sorted recursively and no insignificant whitespace, so that equal values have
 * equal bytes and therefore equal digests. Undefined object members are dropped, as JSON.stringify does.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const member = (value as Record<string, unknown>)[key];
    if (member !== undefined) sorted[key] = sortKeys(member);
  }
  return sorted;
}

export function digestOfJson(value: unknown): Digest {
  return digestBytes(canonicalJson(value));
}

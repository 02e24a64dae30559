import { UserError } from '../errors.js';
import type { Digest } from '../digest.js';

export function corruptBlobError(digest: Digest, where: string, actual: Digest): UserError {
  return new UserError(`Corrupt object ${digest} at ${where}: its content hashes to ${actual}.`, {
    file: where,
    fix: 'Run `mlci data fsck` to list every corrupt object, then re-run the step that wrote it (data-version or train) to upload it again.',
  });
}

export function missingBlobError(digest: Digest, location: string): UserError {
  return new UserError(`Object ${digest} is not in the store ${location}.`, {
    fix: 'Check that the store URL is the one the data was versioned to, and that the upload finished (run `mlci data fsck`).',
  });
}

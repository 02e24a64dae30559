import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { errnoCode, UserError } from '../errors.js';
import { isDigest, toDigest, type Digest } from '../digest.js';
import type { ObjectStore } from '../store/object-store.js';

/**
 * The artifact being promoted: a model file (hashed now, uploaded only once every check passed) or the
 * digest of a model already in the store (it must be there: a registry entry nobody can fetch is a lie).
 */
export interface ResolvedArtifact {
  digest: Digest;
  /** Set when the artifact is a local file still to be stored. */
  file?: string;
}

export async function resolveArtifact(artifact: string, store: ObjectStore, input = 'artifact'): Promise<ResolvedArtifact> {
  if (artifact.startsWith('sha256:')) {
    if (!isDigest(artifact)) {
      throw new UserError(`'${artifact}' is not a SHA-256 digest.`, { input, fix: 'Write sha256: followed by 64 lowercase hex digits, or give the model file path.' });
    }
    if (!(await store.hasBlob(artifact))) {
      throw new UserError(`Model ${artifact} is not in the store ${store.location}.`, { input, fix: 'Pass the model file path (it is uploaded), or the store the train action wrote to.' });
    }
    return { digest: artifact };
  }
  return { digest: await hashFile(artifact, input), file: artifact };
}

async function hashFile(path: string, input: string): Promise<Digest> {
  try {
    if (!(await stat(path)).isFile()) throw new UserError(`Artifact ${path} is not a file.`, { input, file: path, fix: 'Pass the model file (e.g. model.onnx), not a directory.' });
    const hash = createHash('sha256');
    for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
    return toDigest(hash.digest('hex'));
  } catch (error) {
    if (error instanceof UserError) throw error;
    const missing = errnoCode(error) === 'ENOENT';
    throw new UserError(`Artifact ${path} ${missing ? 'does not exist' : 'cannot be read'}.`, {
      input,
      file: path,
      fix: missing ? 'Check the path (relative to the working directory), or pass the model digest from the train step.' : 'Check the file permissions.',
      cause: error,
    });
  }
}

import { execFile } from 'node:child_process';
import { UserError } from '../errors.js';
import type { NewTag, StoredTag, Tagger, TagStore } from './tag-store.js';

/**
 * Registry tags in a local git repository, through the `git` CLI. `prepare` writes the tag object with
 * `git mktag`; `publish` creates the ref with `git update-ref <ref> <object> <zero-id>`, which git
 * performs under a lock and only if the ref does not exist: the compare-and-create counters rely on.
 */
const ZERO_ID = '0000000000000000000000000000000000000000';
const RECORD_END = '\u0000\u0000\n';
const FORMAT = ['%(refname:strip=2)', '%(objecttype)', '%(*objectname)', '%(objectname)', '%(taggerdate:iso-strict)', '%(contents)'].join('%00') + '%00%00';

export class GitTagStore implements TagStore {
  readonly description: string;

  constructor(readonly repository: string) {
    this.description = `git repository ${repository}`;
  }

  async list(prefixes: string[]): Promise<StoredTag[]> {
    // An empty prefix lists every tag: `refs/tags` matches literally up to the slash.
    const patterns = prefixes.map((prefix) => (prefix === '' ? 'refs/tags' : `refs/tags/${escapeGlob(prefix)}*`));
    const output = await this.git(['for-each-ref', `--format=${FORMAT}`, ...patterns]);
    return output.split(RECORD_END).filter((record) => record !== '').map(parseRecord);
  }

  async prepare(tag: NewTag): Promise<string> {
    const seconds = Math.floor(tag.date.getTime() / 1000);
    const body = [
      `object ${tag.commit}`,
      'type commit',
      `tag ${tag.name}`,
      `tagger ${identity(tag.tagger.name)} <${identity(tag.tagger.email)}> ${seconds} +0000`,
      '',
      tag.message,
    ].join('\n');
    return (await this.git(['mktag'], body)).trim();
  }

  async publish(name: string, objectId: string): Promise<boolean> {
    try {
      await this.git(['update-ref', '--create-reflog', `refs/tags/${name}`, objectId, ZERO_ID]);
      return true;
    } catch (error) {
      // "reference already exists", or another process holds the lock while creating the same name.
      if (/already exists|cannot lock ref|File exists/i.test((error as Error).message)) return false;
      throw error;
    }
  }

  async defaultCommit(): Promise<string> {
    try {
      return (await this.git(['rev-parse', '--verify', 'HEAD^{commit}'])).trim();
    } catch (error) {
      throw new UserError(`${this.description} has no commit to tag.`, {
        fix: 'Commit something first (tags point at commits), or pass the commit to tag.',
        cause: error,
      });
    }
  }

  /** The repository's configured identity, as `git tag` would use it; mlci's own when none is set. */
  async tagger(): Promise<Tagger> {
    const read = async (key: string): Promise<string | undefined> => (await this.git(['config', '--get', key]).catch(() => '')).trim() || undefined;
    return { name: (await read('user.name')) ?? 'mlci', email: (await read('user.email')) ?? 'mlci@localhost' };
  }

  /** Full commit id of a ref or abbreviated id; a UserError when it does not name a commit. */
  async resolveCommit(ref: string): Promise<string> {
    try {
      return (await this.git(['rev-parse', '--verify', `${ref}^{commit}`])).trim();
    } catch (error) {
      throw new UserError(`'${ref}' is not a commit in ${this.description}.`, { fix: 'Pass a commit id or a branch name.', cause: error });
    }
  }

  private git(args: string[], input?: string): Promise<string> {
    return new Promise((resolve, reject) => {
      const child = execFile('git', args, { cwd: this.repository, maxBuffer: 256 * 1024 * 1024 }, (error, stdout, stderr) => {
        if (error) reject(gitError(this.repository, args, stderr, error));
        else resolve(stdout);
      });
      if (input !== undefined) child.stdin?.end(input);
    });
  }
}

function parseRecord(record: string): StoredTag {
  const [name = '', type = '', peeled = '', object = '', date = '', ...rest] = record.replace(/^\n/, '').split('\u0000');
  const annotated = type === 'tag';
  const tag: StoredTag = { name, commit: annotated ? peeled : object, annotated, message: annotated ? rest.join('\u0000') : '' };
  if (annotated && date) tag.taggedAt = new Date(date).toISOString();
  return tag;
}

/** fnmatch metacharacters in a model name must match literally. */
function escapeGlob(text: string): string {
  return text.replace(/[*?[\]\\]/g, (c) => `\\${c}`);
}

/** `<`, `>` and newlines would corrupt the tagger line. */
function identity(text: string): string {
  return text.replace(/[<>\n\r]/g, '').trim() || 'mlci';
}

function gitError(repository: string, args: string[], stderr: string, error: Error): Error {
  const detail = stderr.trim() || error.message;
  if (/not a git repository/i.test(detail)) {
    return new UserError(`${repository} is not a git repository.`, {
      fix: 'Run the command inside a git checkout, or pass --repo <path>.',
      cause: error,
    });
  }
  if ((error as { code?: unknown }).code === 'ENOENT') {
    return new UserError('git is not installed or not on PATH.', { fix: 'Install git.', cause: error });
  }
  return new Error(`git ${args[0]} failed in ${repository}: ${detail}`, { cause: error });
}

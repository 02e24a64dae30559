import { getOctokit } from '@actions/github';
import type { Octokit } from '../action/octokit.js';
import { UserError } from '../errors.js';
import type { NewTag, StoredTag, TagStore } from '../registry/tag-store.js';
import { gitHubCall, httpStatus } from './errors.js';

/**
 * Registry tags in a GitHub repository through the REST API (git database endpoints). Tags created
 * with GITHUB_TOKEN trigger no `push: tags` workflow, and a push of more than three tags fires none:
 * going through the API one tag at a time is deliberate, and the promote action dispatches the deploy
 * workflow itself when asked.
 */
export interface RepositoryRef {
  owner: string;
  repo: string;
}

const WRITE_PERMISSION = 'contents: write';
const READ_PERMISSION = 'contents: read';
const READ_CONCURRENCY = 8;

export class GitHubTagStore implements TagStore {
  readonly description: string;
  /** Tag objects are immutable, so each is fetched once per run however often the refs are re-listed. */
  private readonly objects = new Map<string, { commit: string; message: string; taggedAt?: string }>();

  constructor(
    private readonly octokit: Octokit,
    private readonly repository: RepositoryRef,
    /** The workflow's commit (GITHUB_SHA), tagged when the caller names none. */
    private readonly sha: string,
  ) {
    this.description = `GitHub repository ${repository.owner}/${repository.repo}`;
  }

  async list(prefixes: string[]): Promise<StoredTag[]> {
    const refs = (await Promise.all(prefixes.map((prefix) => this.matchingRefs(prefix)))).flat();
    // A few requests at a time: hundreds of parallel reads would trip GitHub's secondary rate limit.
    const tags: StoredTag[] = [];
    for (let i = 0; i < refs.length; i += READ_CONCURRENCY) {
      tags.push(...(await Promise.all(refs.slice(i, i + READ_CONCURRENCY).map((ref) => this.toStoredTag(ref)))));
    }
    return tags;
  }

  private async matchingRefs(prefix: string): Promise<Array<{ ref: string; object: { sha: string; type: string } }>> {
    return gitHubCall({ doing: `list tags starting with ${prefix}`, permission: READ_PERMISSION }, () =>
      this.octokit.paginate(this.octokit.rest.git.listMatchingRefs, { ...this.repository, ref: `tags/${prefix}` }),
    );
  }

  private async toStoredTag(ref: { ref: string; object: { sha: string; type: string } }): Promise<StoredTag> {
    const name = ref.ref.replace(/^refs\/tags\//, '');
    if (ref.object.type !== 'tag') return { name, commit: ref.object.sha, annotated: false, message: '' };
    const object = await this.tagObject(ref.object.sha);
    return { name, annotated: true, ...object };
  }

  private async tagObject(sha: string): Promise<{ commit: string; message: string; taggedAt?: string }> {
    const cached = this.objects.get(sha);
    if (cached) return cached;
    const { data } = await gitHubCall({ doing: `read tag object ${sha.slice(0, 12)}`, permission: READ_PERMISSION }, () =>
      this.octokit.rest.git.getTag({ ...this.repository, tag_sha: sha }),
    );
    const object = { commit: data.object.sha, message: data.message, ...(data.tagger?.date ? { taggedAt: new Date(data.tagger.date).toISOString() } : {}) };
    this.objects.set(sha, object);
    return object;
  }

  async prepare(tag: NewTag): Promise<string> {
    const { data } = await gitHubCall({ doing: `create the tag object ${tag.name}`, permission: WRITE_PERMISSION }, () =>
      this.octokit.rest.git.createTag({
        ...this.repository,
        tag: tag.name,
        message: tag.message,
        object: tag.commit,
        type: 'commit',
        tagger: { name: tag.tagger.name, email: tag.tagger.email, date: tag.date.toISOString().replace(/\.\d{3}Z$/, 'Z') },
      }),
    );
    return data.sha;
  }

  async publish(name: string, objectId: string): Promise<boolean> {
    try {
      await this.octokit.rest.git.createRef({ ...this.repository, ref: `refs/tags/${name}`, sha: objectId });
      return true;
    } catch (error) {
      // GitHub answers 422 "Reference already exists" when another promotion took the name first.
      if (httpStatus(error) === 422 && /already exists/i.test(errorText(error))) return false;
      return gitHubCall({ doing: `create the tag ${name}`, permission: WRITE_PERMISSION }, () => Promise.reject(error));
    }
  }

  async defaultCommit(): Promise<string> {
    return this.sha;
  }
}

function errorText(error: unknown): string {
  const data = (error as { response?: { data?: { message?: unknown } } }).response?.data;
  return `${typeof data?.message === 'string' ? data.message : ''} ${(error as Error).message ?? ''}`;
}

/**
 * For the CLI reading a GitHub repository's registry (`--github owner/repo`): a plain Octokit, because
 * createOctokit announces the token as a secret on stdout, which is a workflow command, not CLI output.
 */
export function readOnlyGitHubTagStore(repository: string, token: string | undefined, apiUrl = 'https://api.github.com'): GitHubTagStore {
  const [owner, repo, extra] = repository.split('/');
  if (!owner || !repo || extra !== undefined) {
    throw new UserError(`'${repository}' is not owner/repo.`, { input: '--github', fix: 'Write it as owner/repo, e.g. acme/models.' });
  }
  if (!token) {
    throw new UserError(`Reading ${repository} through the GitHub API needs a token.`, { input: '--token', fix: 'Set GITHUB_TOKEN (e.g. `export GITHUB_TOKEN=$(gh auth token)`) or pass --token.' });
  }
  const octokit = getOctokit(token, { baseUrl: apiUrl.replace(/\/$/, '') });
  return new GitHubTagStore(octokit, { owner, repo }, '');
}

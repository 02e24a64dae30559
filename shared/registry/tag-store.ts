/**
 * Where registry tags live: a local git repository (the CLI, the demo) or a GitHub repository through
 * the REST API (the actions). Tags are created in two steps so that a promotion can check every write
 * permission before anything becomes visible: `prepare` writes the annotated tag *object* (unreferenced,
 * invisible, garbage-collected if never used), `publish` creates the ref only if it does not exist yet.
 * That compare-and-create is what makes counter allocation atomic across concurrent promotions.
 */
export interface StoredTag {
  /** Short name, without `refs/tags/`. */
  name: string;
  /** The commit the tag points at (peeled). */
  commit: string;
  /** Lightweight tags carry no message and no date; the registry ignores them. */
  annotated: boolean;
  message: string;
  /** ISO 8601 tagger date of an annotated tag. */
  taggedAt?: string;
}

export interface Tagger {
  name: string;
  email: string;
}

export interface NewTag {
  name: string;
  commit: string;
  message: string;
  tagger: Tagger;
  date: Date;
}

export interface TagStore {
  /** For messages: `git repository /path` or `GitHub repository owner/repo`. */
  readonly description: string;
  /** Every tag whose name starts with one of the prefixes. */
  list(prefixes: string[]): Promise<StoredTag[]>;
  /** Writes the tag object only; returns its id. Fails with a UserError when writing is not allowed. */
  prepare(tag: NewTag): Promise<string>;
  /** Creates `refs/tags/<name>` → object, only if it does not exist; false when the name is taken. */
  publish(name: string, objectId: string): Promise<boolean>;
  /** The commit new registrations point at when the caller names none (HEAD, or the workflow's SHA). */
  defaultCommit(): Promise<string>;
}

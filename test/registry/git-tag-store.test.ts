import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { GitTagStore } from '../../shared/registry/git-tag-store.js';
import { makeGitRepo } from './git-repo.js';

const tagger = { name: 'CI', email: 'ci@example.com' };

describe('GitTagStore', () => {
  it('creates annotated tags that git itself reads back', async () => {
    const repo = makeGitRepo();
    const store = new GitTagStore(repo.dir);
    const id = await store.prepare({ name: 'churn@v1.0.0', commit: repo.head, message: 'Register\n\nModel: churn\n', tagger, date: new Date('2026-01-02T03:04:05Z') });
    expect(await store.publish('churn@v1.0.0', id)).toBe(true);
    expect(execFileSync('git', ['cat-file', '-t', 'churn@v1.0.0'], { cwd: repo.dir, encoding: 'utf8' }).trim()).toBe('tag');
    const [tag] = await store.list(['churn@']);
    expect(tag).toEqual({ name: 'churn@v1.0.0', commit: repo.head, annotated: true, message: 'Register\n\nModel: churn\n', taggedAt: '2026-01-02T03:04:05.000Z' });
  });

  it('refuses to move an existing tag: publish answers false', async () => {
    const repo = makeGitRepo();
    const store = new GitTagStore(repo.dir);
    const date = new Date();
    const first = await store.prepare({ name: 'churn#prod#1', commit: repo.head, message: 'a\n', tagger, date });
    const second = await store.prepare({ name: 'churn#prod#1', commit: repo.head, message: 'b\n', tagger, date });
    expect(await store.publish('churn#prod#1', first)).toBe(true);
    expect(await store.publish('churn#prod#1', second)).toBe(false);
    expect((await store.list(['churn#']))[0]?.message).toBe('a\n');
  });

  it('lists by prefix only and reports lightweight tags as such', async () => {
    const repo = makeGitRepo();
    execFileSync('git', ['tag', 'churn@v0.1.0'], { cwd: repo.dir });
    execFileSync('git', ['tag', '-a', '-m', 'x', 'churny@v0.1.0'], { cwd: repo.dir });
    const store = new GitTagStore(repo.dir);
    const tags = await store.list(['churn@']);
    expect(tags.map((t) => [t.name, t.annotated])).toEqual([['churn@v0.1.0', false]]);
  });

  it('names a directory that is not a repository', async () => {
    const store = new GitTagStore('/');
    await expect(store.defaultCommit()).rejects.toThrow(/not a git repository|no commit/);
  });
});

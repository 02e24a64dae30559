import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';

/** A fresh git repository with one commit, for tests that write tags; removed when the test ends. */
export function makeGitRepo(prefix = 'mlci-registry-'): { dir: string; head: string; commit(file: string): string } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  const git = (...args: string[]): string => execFileSync('git', args, { cwd: dir, encoding: 'utf8' }).trim();
  git('init', '-q', '-b', 'main');
  git('config', 'user.name', 'Test');
  git('config', 'user.email', 'test@example.com');
  const commit = (file: string): string => {
    writeFileSync(join(dir, file), `${file}\n`);
    git('add', file);
    git('commit', '-q', '-m', `add ${file}`);
    return git('rev-parse', 'HEAD');
  };
  const head = commit('README.md');
  return { dir, head, commit };
}

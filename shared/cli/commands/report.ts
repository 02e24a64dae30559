import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { UserError } from '../../errors.js';
import { parseNumber } from '../../numbers.js';
import { runGate } from '../../policy/run-gate.js';
import { runReport } from '../../report/run-report.js';
import { gateDecisionType } from '../../schemas/gate-decision.js';
import { stringListOption, stringOption, type CliArgs, type CliCommand } from '../command.js';

/**
 * `mlci report` renders the pull-request comment to a file (or stdout); `mlci gate` judges evaluation
 * records against a policy offline. Same use cases as the actions, without GitHub: nothing is posted.
 */

const offlineEvent = () => ({ eventName: 'local', payload: {}, owner: '', repo: '', sha: '' });

function evaluations(args: CliArgs): string[] {
  const paths = [...stringListOption(args, 'evaluation'), ...args.positionals];
  if (paths.length === 0) throw new UserError('Give at least one evaluation record.', { input: '--evaluation', fix: 'Pass the record file(s) written by `mlci evaluate` as arguments.' });
  return paths;
}

async function writeOrPrint(text: string, out: string | undefined, cwd: string, print: (text: string) => void): Promise<void> {
  if (out) await writeFile(resolve(cwd, out), text);
  else print(text);
}

const report: CliCommand = {
  path: ['report'],
  summary: 'render the pull-request report (markdown) from evaluation records',
  usage: `mlci report <evaluation.json>... [--data-summary f] [--lineage f] [--decision f] [--tag t] [--max-rows n] [--out body.md]

  --data-summary   data-version manifest or diff (adds the data changes)
  --lineage        lineage record (adds the training data to the graph)
  --decision       gate decision from \`mlci gate --out\` (adds the verdict and the rules)
  --tag            report title / comment tag (default: default)
  --max-rows       rows per table (default 20)
  --out            write the markdown here instead of stdout`,
  options: {
    evaluation: { type: 'string', multiple: true },
    'data-summary': { type: 'string' },
    lineage: { type: 'string' },
    decision: { type: 'string' },
    tag: { type: 'string' },
    'max-rows': { type: 'string' },
    out: { type: 'string' },
  },
  async run(args, io) {
    const maxRows = stringOption(args, 'max-rows');
    const result = await runReport(
      {
        evaluation: evaluations(args),
        dataSummary: stringOption(args, 'data-summary'),
        lineage: stringOption(args, 'lineage'),
        decision: stringOption(args, 'decision'),
        mode: 'body-only',
        tag: stringOption(args, 'tag') ?? 'default',
        maxRows: maxRows === undefined ? 20 : parseNumber(maxRows, { min: 1, max: 1000, integer: true }, { input: '--max-rows' }),
        event: offlineEvent(),
        cwd: io.cwd,
      },
      { log: io.err },
    );
    if (io.json) io.out(JSON.stringify({ body: result.body, truncated: result.truncated }));
    else await writeOrPrint(result.body, stringOption(args, 'out'), io.cwd, io.out);
  },
};

const gate: CliCommand = {
  path: ['gate'],
  summary: 'judge evaluation records against a gate policy (offline); exit 1 on a block',
  usage: `mlci gate <evaluation.json>... --policy policy.yml [--data-summary f] [--fail-on fail|warn] [--out decision.json]

  --policy         policy file (YAML or JSON)
  --data-summary   data-version manifest or diff, for data rules
  --fail-on        fail (default) or warn: warnings block too
  --out            write the gate decision record here (for \`mlci report --decision\`)`,
  options: {
    evaluation: { type: 'string', multiple: true },
    policy: { type: 'string' },
    'data-summary': { type: 'string' },
    'fail-on': { type: 'string' },
    out: { type: 'string' },
  },
  async run(args, io) {
    const policy = stringOption(args, 'policy');
    if (!policy) throw new UserError('--policy is required.', { input: '--policy', fix: 'Pass the policy file, e.g. `--policy .github/model-policy.yml`.' });
    const failOn = stringOption(args, 'fail-on') ?? 'fail';
    if (failOn !== 'fail' && failOn !== 'warn') throw new UserError(`--fail-on must be fail or warn, got '${failOn}'.`, { input: '--fail-on' });
    const result = await runGate(
      { evaluation: evaluations(args), policy, dataSummary: stringOption(args, 'data-summary'), checkName: 'model-gate', failOn, event: offlineEvent(), workspace: io.cwd },
      { log: io.err },
    );
    const out = stringOption(args, 'out');
    if (out) await writeFile(resolve(io.cwd, out), gateDecisionType.serialize(result.decision));
    io.out(io.json ? JSON.stringify(result.decision) : result.summary);
    return result.conclusion === 'success' ? 0 : 1;
  },
};

export const commands: CliCommand[] = [report, gate];

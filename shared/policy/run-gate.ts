import { readFile } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { errnoCode, UserError } from '../errors.js';
import type { Digest } from '../digest.js';
import type { CheckAnnotation, CheckRunRequest } from '../github/check-run.js';
import type { LabelApplication } from '../github/labels.js';
import type { EventContext, RunTarget } from '../github/pull-request.js';
import { readDataSummary, readEvaluationRecords, resolveInput } from '../report/read-inputs.js';
import { renderGateSummary } from '../report/gate-summary.js';
import { truncateMarkdown } from '../report/truncate.js';
import type { GateDecision, RuleResult } from '../schemas/gate-decision.js';
import { blocks, decideGate } from './decide-gate.js';
import { parsePolicy } from './load-policy.js';

/**
 * The gate use case behind the action and the CLI: judge the evaluation records against the policy,
 * then (with GitHub ports) publish the verdict as a check run on the commit the change is about — the
 * pull request's head, not the merge commit — with the rules table as its summary and annotations on the
 * policy lines that failed. The override label turns a block into success, naming who applied it.
 */

export interface GateRunRequest {
  evaluation: string[];
  policy: string;
  dataSummary?: string;
  checkName: string;
  overrideLabel?: string;
  failOn: 'fail' | 'warn';
  event: EventContext;
  /** Repository root, to give annotations a repository-relative path. */
  workspace: string;
  detailsUrl?: string;
  expectedModel?: Digest;
  now?: Date;
}

export interface GatePorts {
  resolveTarget(event: EventContext): Promise<RunTarget>;
  findLabel(issueNumber: number, label: string): Promise<LabelApplication | undefined>;
  publishCheck(check: Omit<CheckRunRequest, 'owner' | 'repo'>): Promise<{ id: number; url: string }>;
  appendSummary(markdown: string): Promise<void>;
  log(message: string): void;
}

export interface GateRunResult {
  decision: GateDecision;
  conclusion: 'success' | 'failure';
  summary: string;
  checkRunId?: number;
  checkRunUrl?: string;
}

const CHECK_SUMMARY_LIMIT = { chars: 65_535, bytes: 65_535 };

export async function runGate(request: GateRunRequest, ports: Partial<GatePorts> & Pick<GatePorts, 'log'>): Promise<GateRunResult> {
  // Relative paths are relative to the repository root, wherever the process runs.
  const policy = parsePolicy(await readPolicy(resolve(request.workspace, request.policy), request.policy), request.policy);
  const evaluations = await readEvaluationRecords(request.evaluation.map((path) => resolve(request.workspace, path)));
  const data = await readDataSummary(resolveInput(request.dataSummary, request.workspace));
  const target: RunTarget = ports.resolveTarget ? await ports.resolveTarget(request.event) : { kind: 'commit', sha: request.event.sha };
  const headSha = target.kind === 'commit' ? target.sha : target.headSha;
  const override = await findOverride(request, ports, target);
  const decision = decideGate({
    policy, evaluations, failOn: request.failOn,
    ...(data ? { data } : {}), ...(override ? { override } : {}), ...(request.expectedModel ? { expectedModel: request.expectedModel } : {}),
    ...(/^[0-9a-f]{40}$/.test(headSha) ? { headSha } : {}), ...(request.now ? { now: request.now } : {}),
  });
  const summary = renderGateSummary(decision);
  const result: GateRunResult = { decision, conclusion: decision.conclusion, summary };
  await ports.appendSummary?.(summary);
  if (ports.publishCheck && headSha) {
    const check = await ports.publishCheck({
      headSha,
      name: request.checkName,
      conclusion: decision.conclusion,
      title: checkTitle(decision),
      summary: truncateMarkdown(summary, CHECK_SUMMARY_LIMIT, '\n\n> Cut at the check-run limit; the full table is in the job summary.\n'),
      annotations: annotations(decision, repositoryPath(request.policy, request.workspace)),
      ...(request.detailsUrl ? { detailsUrl: request.detailsUrl } : {}),
    });
    ports.log(`Check run '${request.checkName}' on ${headSha.slice(0, 12)}: ${decision.conclusion} (${check.url})`);
    result.checkRunId = check.id;
    result.checkRunUrl = check.url;
  }
  return result;
}

/** The step fails on a block too, so a workflow without required checks still stops. */
export function assertGatePassed(result: GateRunResult): void {
  if (result.conclusion === 'success') return;
  const { counts } = result.decision;
  throw new UserError(`The model gate blocked this change: ${counts.fail} failed, ${counts.error} errors, ${counts['not-run']} not run (see the rules table in the job summary).`, {
    input: 'policy',
    file: result.decision.policy.source,
    fix: 'Fix the regression, change the policy in review, or have a maintainer apply the override label.',
  });
}

async function readPolicy(path: string, shown: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if (errnoCode(error) === 'ENOENT') throw new UserError(`Policy file ${shown} does not exist.`, { input: 'policy', file: shown, fix: 'Commit a policy file (see the gate README) and pass its path as `policy:`.' });
    throw error;
  }
}

async function findOverride(request: GateRunRequest, ports: Partial<GatePorts>, target: RunTarget) {
  if (!request.overrideLabel || target.kind !== 'pull-request' || !ports.findLabel) return undefined;
  const applied = await ports.findLabel(target.number, request.overrideLabel);
  if (!applied) return undefined;
  return { label: applied.label, ...(applied.appliedBy ? { appliedBy: applied.appliedBy } : {}), ...(applied.appliedAt ? { appliedAt: applied.appliedAt } : {}) };
}

function checkTitle(decision: GateDecision): string {
  if (decision.outcome === 'pass') return `Passed: ${decision.counts.pass}/${decision.rules.length} rules`;
  if (decision.override) return `Overridden by ${decision.override.appliedBy ?? 'label'}: ${decision.counts.fail + decision.counts.error} rules would block`;
  return `Blocked: ${decision.counts.fail} failed, ${decision.counts.error} errors, ${decision.counts['not-run']} not run`;
}

function annotations(decision: GateDecision, path: string): CheckAnnotation[] {
  return decision.rules
    .filter((rule): rule is RuleResult & { line: number } => rule.line !== undefined && rule.status !== 'pass')
    .map((rule) => ({
      path,
      startLine: rule.line,
      level: blocks(rule.status, decision.failOn, decision.notRun) ? 'failure' : 'warning',
      title: `${rule.status}: ${rule.subject}`,
      message: rule.message,
    }));
}

function repositoryPath(path: string, workspace: string): string {
  const absolute = isAbsolute(path) ? path : resolve(workspace, path);
  return relative(workspace, absolute).split(sep).join('/');
}

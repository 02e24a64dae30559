import { actionContext, appendSummary, choiceInput, createOctokit, listInput, numberInput, optionalInput, runAction, setOutputs } from '../../../shared/action/index.js';
import { gitHubReportPorts } from '../../../shared/github/ports.js';
import { REPORT_MODES, runReport } from '../../../shared/report/run-report.js';

/** Thin adapter: inputs → `runReport()` → outputs. Posting needs a token; rendering does not. */
export async function run(): Promise<void> {
  await runAction(async () => {
    const context = actionContext();
    const token = optionalInput('token');
    const repository = { owner: context.owner, repo: context.repo, author: optionalInput('comment-author') };
    const github = token ? gitHubReportPorts(createOctokit(token), repository) : {};
    const result = await runReport(
      {
        evaluation: listInput('evaluation'),
        dataSummary: optionalInput('data-summary'),
        lineage: optionalInput('lineage'),
        decision: optionalInput('decision'),
        mode: choiceInput('mode', REPORT_MODES, 'comment'),
        tag: optionalInput('comment-tag') ?? 'default',
        maxRows: numberInput('max-rows', 20, { min: 1, max: 1000, integer: true }),
        artifact: optionalInput('artifact-name'),
        runUrl: context.runUrl,
        cwd: context.workspace,
        event: context,
      },
      { ...github, appendSummary, log: (message) => console.log(message) },
    );
    setOutputs({ body: result.body, 'comment-id': result.commentId, 'comment-url': result.commentUrl });
  });
}

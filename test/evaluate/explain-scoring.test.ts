import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../actions/evaluate/src/main.js';
import type { CliIo } from '../../shared/cli/command.js';
import { runCli } from '../../shared/cli/main.js';
import { evaluateModel, readEvaluationRecord } from '../../shared/evaluate/index.js';
import { featuresSection } from '../../shared/report/sections.js';
import type { EvaluationRecord } from '../../shared/schemas/evaluation-record.js';
import { data, deps, model, scratch, userError } from './helpers.js';

const binary = { model: model('binary-logreg.onnx'), data: data('binary.csv'), label: 'label', explain: 'permutation' as const, explainRows: 200 };

describe('explain-scoring through evaluate', () => {
  it('scores permutation importance with the named scorer, records it, and the report names it', async () => {
    const record = (await evaluateModel({ ...binary, explainScoring: 'roc_auc' }, deps())) as EvaluationRecord;
    const permutation = record.explanations!.permutation!;
    expect(permutation.scoring).toBe('roc_auc');
    expect(permutation.baselineScore).toBeGreaterThan(0.5);
    expect(permutation.baselineScore).toBeLessThanOrEqual(1);
    // Markdown-escaped: GitHub shows `permutation importance (roc_auc drop)`.
    expect(featuresSection(record, 10).join('\n')).toContain('| permutation importance (roc\\_auc drop) |');
    const byDefault = (await evaluateModel(binary, deps())) as EvaluationRecord;
    expect(byDefault.explanations!.permutation!.scoring).toBe('accuracy');
  });

  it('a single-class evaluation set: no ROC AUC importances, the reason in the record and the log, the rest computed', async () => {
    const [header, ...rows] = (await readFile(data('binary.csv'), 'utf8')).trim().split('\n');
    const labelColumn = header!.split(',').indexOf('label');
    const positives = join(scratch(), 'positives.csv');
    await writeFile(positives, [header, ...rows.filter((row) => row.split(',')[labelColumn] === '1')].join('\n'));
    const logged: string[] = [];
    const record = (await evaluateModel({ ...binary, data: positives, explain: 'all', explainScoring: 'roc_auc' }, { ...deps(), log: (line) => logged.push(line) })) as EvaluationRecord;
    expect(record.explanations!.permutation).toBeUndefined();
    expect(record.explanations!.notes![0]).toMatch(/^permutation importance not computed: roc_auc cannot score the \d+ explained rows \(the explained rows hold one class only\)$/);
    expect(record.explanations!.shap!.features.length).toBe(record.features.length);
    expect(logged).toContain(`Explanations: ${record.explanations!.notes![0]}.`);
    const section = featuresSection(record, 10).join('\n');
    expect(section).toContain('<sub>permutation importance not computed: roc\\_auc cannot score the ');
    expect(section).toContain('\\(the explained rows hold one class only\\).</sub>');
    expect(typeof record.metrics.accuracy).toBe('number');
  });

  it('refuses a scorer of another task once the model tells the task (regression model, roc_auc)', async () => {
    const error = await userError(evaluateModel({ model: model('regression-linear.onnx'), data: data('regression.csv'), label: 'target', explainScoring: 'roc_auc' }, deps()));
    expect(error.location.input).toBe('explain-scoring');
    expect(error.message).toBe("explain-scoring 'roc_auc' is not a scorer for a regression model; valid names for regression: r2, neg_mean_absolute_error, neg_mean_squared_error, neg_root_mean_squared_error.");
  });

  it('refuses an unknown scorer before reading the model or the data', async () => {
    const error = await userError(evaluateModel({ ...binary, model: 'missing.onnx', data: 'missing.csv', explainScoring: 'logloss' }, deps()));
    expect(error.location.input).toBe('explain-scoring');
    expect(error.message).toMatch(/'logloss' is not a scorer mlci knows; valid names: accuracy, .*, neg_root_mean_squared_error\./);
  });

  it('refuses a scorer not valid for a task given as an input before reading the model', async () => {
    const error = await userError(evaluateModel({ ...binary, model: 'missing.onnx', task: 'binary', explainScoring: 'r2' }, deps()));
    expect(error.message).toContain('valid names for binary: accuracy, balanced_accuracy, f1, roc_auc, average_precision, neg_log_loss');
  });

  it('passes for a multiclass model (not explained), which the log says', async () => {
    const logged: string[] = [];
    const record = (await evaluateModel({ model: model('multiclass-softmax.onnx'), data: data('multiclass.csv'), label: 'species', explainScoring: 'neg_log_loss' }, { ...deps(), log: (line) => logged.push(line) })) as EvaluationRecord;
    expect(record.explanations).toBeUndefined();
    expect(logged.join('\n')).toMatch(/Explanations skipped/);
  });
});

describe('explain-scoring in the adapters', () => {
  let saved: NodeJS.ProcessEnv;
  beforeEach(() => {
    saved = { ...process.env };
  });
  afterEach(() => {
    process.env = saved;
    process.exitCode = undefined;
  });

  /** The action's main with INPUT_* variables, as the runner runs it. */
  async function runAction(inputs: Record<string, string>): Promise<void> {
    const dir = scratch();
    await writeFile(join(dir, 'out'), '');
    await writeFile(join(dir, 'summary'), '');
    for (const key of Object.keys(process.env)) if (key.startsWith('INPUT_')) delete process.env[key];
    Object.assign(process.env, { GITHUB_WORKSPACE: process.cwd(), GITHUB_OUTPUT: join(dir, 'out'), GITHUB_STEP_SUMMARY: join(dir, 'summary') });
    for (const [name, value] of Object.entries(inputs)) process.env[`INPUT_${name.toUpperCase()}`] = value;
    await run();
  }

  it('action: the explain-scoring input reaches the record; a bad one fails the step and writes nothing', async () => {
    const inputs = { model: binary.model, data: binary.data, label: 'label', 'explain-rows': '150' };
    const output = join(scratch(), 'record.json');
    await runAction({ ...inputs, 'explain-scoring': 'neg_log_loss', output });
    expect(process.exitCode).toBeUndefined();
    expect((await readEvaluationRecord(output)).explanations!.permutation!.scoring).toBe('neg_log_loss');
    const bad = join(scratch(), 'record.json');
    await runAction({ ...inputs, 'explain-scoring': 'mae', output: bad });
    expect(process.exitCode).toBe(1);
    expect(existsSync(bad)).toBe(false);
  });

  it('CLI: --explain-scoring reaches the record; a bad one is a user error naming the input', async () => {
    const root = scratch();
    const io = (): CliIo & { stderr: string[] } => {
      const stderr: string[] = [];
      return { stderr, out: () => undefined, err: (text) => stderr.push(text), json: false, cwd: root, env: {} };
    };
    const args = ['evaluate', '--model', resolve(binary.model), '--data', resolve(binary.data), '--label', 'label', '--explain-rows', '150'];
    expect(await runCli([...args, '--explain-scoring', 'balanced_accuracy'], io())).toBe(0);
    expect((await readEvaluationRecord(join(root, 'evaluation-record.json'))).explanations!.permutation!.scoring).toBe('balanced_accuracy');
    const failed = io();
    expect(await runCli([...args, '--explain-scoring', 'auc', '--output', 'bad.json'], failed)).toBe(1);
    expect(failed.stderr.join('')).toMatch(/explain-scoring 'auc' is not a scorer mlci knows/);
    expect(existsSync(join(root, 'bad.json'))).toBe(false);
  });
});

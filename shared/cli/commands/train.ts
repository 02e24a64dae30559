import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { errnoCode, UserError } from '../../errors.js';
import { lineageOfModel, parseDigestArgument } from '../../lineage/lineage-store.js';
import { parseStatement, verifyFileAgainstStatement } from '../../lineage/provenance.js';
import { showText, whyText } from '../../lineage/render.js';
import { currentPlatform } from '../../train/platform.js';
import { train } from '../../train/train.js';
import { trainModelFromFiles } from '../../trainer/train-model.js';
import { flagOption, printResult, requiredOption, stringListOption, stringOption, type CliCommand } from '../command.js';
import { STORE_OPTIONS, STORE_USAGE, storeFromArgs } from '../store-options.js';

const trainCommand: CliCommand = {
  path: ['train'],
  summary: 'run a training command through the run cache, recording lineage and provenance',
  usage: `mlci train --run <command> --output <model> [--output <file> …] [--data <name@version|path> …]
           [--params <file>] [--code <glob> …] [--no-cache] [store options]

  --run <command>   the training command (run in a shell, without GitHub credentials)
  --output <path>   a file the command writes; the first is the model
  --data <spec>     a dataset version (churn@3, churn@latest) restored first, or a path
  --params <file>   YAML/JSON hyperparameters (their digest is part of the cache key)
  --code <glob>     code identity (default: tracked files minus data, outputs and params)
  --no-cache        always run (outputs and lineage are still recorded)

${STORE_USAGE}`,
  options: {
    ...STORE_OPTIONS,
    run: { type: 'string' },
    output: { type: 'string', multiple: true },
    data: { type: 'string', multiple: true },
    params: { type: 'string' },
    code: { type: 'string', multiple: true },
    'no-cache': { type: 'boolean' },
  },
  async run(args, io) {
    const result = await train({
      command: requiredOption(args, 'run'),
      cwd: io.cwd,
      data: stringListOption(args, 'data'),
      params: stringOption(args, 'params'),
      code: stringListOption(args, 'code'),
      outputs: stringListOption(args, 'output'),
      store: storeFromArgs(args, io),
      cache: !flagOption(args, 'no-cache'),
      env: io.env,
      platform: currentPlatform(),
      log: (line) => io.err(line),
      warn: (line) => io.err(`warning: ${line}`),
    });
    const { model, cacheHit, lineageDigest, key, files, reason } = result;
    printResult(
      io,
      { model, cacheHit, reason, key, lineage: lineageDigest, files, durationMs: result.durationMs },
      `${cacheHit ? 'cache hit' : 'trained'}: ${model.path} ${model.digest}\nlineage ${lineageDigest}\nstatement ${files.statement}`,
    );
  },
};

const trainModel: CliCommand = {
  path: ['train-model'],
  summary: 'train the built-in logistic regression or gradient-boosted trees on a CSV and write ONNX',
  usage: `mlci train-model --data <train.csv> --params <params.yaml> --out <model.onnx> [--label <column>] [--metrics <metrics.json>]

  params keys: model (logistic-regression | gradient-boosting), label, features,
    logistic-regression: C, max_iter, tol
    gradient-boosting:   n_estimators, learning_rate, max_depth (1-3), min_samples_leaf`,
  options: { data: { type: 'string' }, label: { type: 'string' }, params: { type: 'string' }, out: { type: 'string' }, metrics: { type: 'string' } },
  async run(args, io) {
    const at = (name: string) => resolve(io.cwd, requiredOption(args, name));
    const metrics = stringOption(args, 'metrics');
    const result = await trainModelFromFiles({
      data: at('data'),
      params: at('params'),
      out: at('out'),
      ...(stringOption(args, 'label') ? { label: stringOption(args, 'label') } : {}),
      ...(metrics ? { metrics: resolve(io.cwd, metrics) } : {}),
    });
    printResult(io, { digest: result.modelDigest, metrics: result.metrics }, `wrote ${requiredOption(args, 'out')} ${result.modelDigest} (train accuracy ${result.metrics.accuracy.toFixed(4)})`);
  },
};

const lineageShow: CliCommand = {
  path: ['lineage', 'show'],
  summary: 'show how a model was made: data versions, code, params, command, environment, run',
  usage: `mlci lineage show <model digest> [store options]\n\n${STORE_USAGE}`,
  options: { ...STORE_OPTIONS },
  async run(args, io) {
    const digest = parseDigestArgument(args.positionals[0] ?? '', 'model digest');
    const records = await lineageOfModel(storeFromArgs(args, io), digest);
    printResult(io, records, records.map(showText).join('\n\n'));
  },
};

const lineageWhy: CliCommand = {
  path: ['lineage', 'why'],
  summary: 'which data trained this model?',
  usage: `mlci lineage why <model digest> [store options]\n\n${STORE_USAGE}`,
  options: { ...STORE_OPTIONS },
  async run(args, io) {
    const digest = parseDigestArgument(args.positionals[0] ?? '', 'model digest');
    const records = await lineageOfModel(storeFromArgs(args, io), digest);
    printResult(io, records.map((r) => ({ model: digest, data: r.data, code: r.code, params: r.params?.digest })), whyText(digest, records));
  },
};

const verify: CliCommand = {
  path: ['verify'],
  summary: "check a file's digest against a provenance statement's subjects",
  usage: `mlci verify <file> --statement <provenance.intoto.json | sigstore bundle>

  Exit code 0 when the file's sha256 is a subject of the statement, 1 otherwise. This checks content
  identity only; check the bundle's signature with \`gh attestation verify <file> -R <owner/repo>\`.`,
  options: { statement: { type: 'string' } },
  async run(args, io) {
    const file = args.positionals[0];
    if (!file) throw new UserError('verify needs the file to check.', { input: 'file', fix: 'Run `mlci verify model.onnx --statement provenance.intoto.json`.' });
    const statementPath = resolve(io.cwd, requiredOption(args, 'statement'));
    const text = await readFile(statementPath, 'utf8').catch((error: unknown) => {
      if (errnoCode(error) === 'ENOENT') throw new UserError(`${statementPath} does not exist.`, { input: '--statement' });
      throw error;
    });
    const result = await verifyFileAgainstStatement(resolve(io.cwd, file), parseStatement(text, statementPath));
    printResult(io, result, `${result.ok ? 'verified' : 'MISMATCH'}: ${result.message}`);
    return result.ok ? 0 : 1;
  },
};

export const commands: CliCommand[] = [trainCommand, trainModel, lineageShow, lineageWhy, verify];

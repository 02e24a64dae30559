import { resolve } from 'node:path';
import { UserError } from '../../errors.js';
import { readOnlyGitHubTagStore } from '../../github/git-refs.js';
import {
  currentVersion,
  deriveModelState,
  environmentHistory,
  formatHistory,
  formatModelState,
  GitTagStore,
  loadEvidence,
  loadPromotionConfig,
  modelNames,
  modelTagPrefixes,
  promote,
  rollback,
  type ModelState,
  type RegistryDeps,
  type TagStore,
} from '../../registry/index.js';
import { flagOption, printResult, requiredOption, stringListOption, stringOption, type CliArgs, type CliCommand, type CliIo } from '../command.js';
import { STORE_OPTIONS, STORE_USAGE, storeFromArgs } from '../store-options.js';

const SOURCE_OPTIONS = { repo: { type: 'string' }, github: { type: 'string' }, token: { type: 'string' } } as const;
const SOURCE_USAGE = `Where the tags are:
  --repo <dir>          local git repository (default: the current directory)
  --github <owner/repo> read through the GitHub REST API (token: --token or GITHUB_TOKEN; GITHUB_API_URL for GHES)`;

function tagSource(args: CliArgs, io: CliIo): TagStore {
  const github = stringOption(args, 'github');
  if (github) return readOnlyGitHubTagStore(github, stringOption(args, 'token') ?? io.env.GITHUB_TOKEN, io.env.GITHUB_API_URL);
  return new GitTagStore(resolve(io.cwd, stringOption(args, 'repo') ?? '.'));
}

async function modelStates(tags: TagStore, model: string | undefined): Promise<ModelState[]> {
  const all = await tags.list(model ? modelTagPrefixes(model) : ['']);
  return (model ? [model] : modelNames(all)).map((name) => deriveModelState(name, all));
}

function stateJson(state: ModelState): unknown {
  const environments = Object.fromEntries([...state.environments.keys()].map((env) => [env, currentVersion(state, env)?.version ?? null]));
  const versions = state.versions.map((v) => ({ version: v.version, tag: v.tag, modelDigest: v.facts.modelDigest, commit: v.commit, taggedAt: v.taggedAt }));
  return { model: state.model, environments, versions, ignored: state.ignored };
}

const show: CliCommand = {
  path: ['registry', 'show'],
  summary: 'registered versions of a model (or all models) and the current version per environment',
  usage: `mlci registry show [model]\n\n${SOURCE_USAGE}`,
  options: { ...SOURCE_OPTIONS },
  async run(args, io) {
    const states = await modelStates(tagSource(args, io), args.positionals[0]);
    if (io.json) io.out(JSON.stringify(states.map(stateJson), null, 2));
    else io.out(states.length ? states.map(formatModelState).join('\n\n') : 'No registry tags found.');
  },
};

const history: CliCommand = {
  path: ['registry', 'history'],
  summary: 'every assign/unassign event of a model in an environment: what was current when, and why',
  usage: `mlci registry history <model> <environment>\n\n${SOURCE_USAGE}`,
  options: { ...SOURCE_OPTIONS },
  async run(args, io) {
    const [model, environment] = args.positionals;
    if (!model || !environment) throw new UserError('registry history needs a model and an environment, e.g. `churn prod`.', { input: 'arguments' });
    const [state] = await modelStates(tagSource(args, io), model);
    if (!state) return;
    if (io.json) io.out(JSON.stringify(environmentHistory(state, environment), null, 2));
    else io.out(formatHistory(state, environment));
  },
};

/** Paths are relative to the working directory; digests name store objects. */
function pathOrDigest(io: CliIo, value: string): string {
  return value.startsWith('sha256:') ? value : resolve(io.cwd, value);
}

async function localDeps(args: CliArgs, io: CliIo): Promise<RegistryDeps> {
  const tags = new GitTagStore(resolve(io.cwd, stringOption(args, 'repo') ?? '.'));
  return { tags, store: storeFromArgs(args, io), tagger: await tags.tagger(), log: io.json ? undefined : (line) => io.err(line) };
}

const promoteCommand: CliCommand = {
  path: ['promote'],
  summary: 'register a model version and assign it to an environment (local git tags + store)',
  usage: `mlci promote --model <name> --artifact <file|sha256:…> --environment <env> [--version <x.y.z|patch|minor|major>]
  --config <file>        promotion config (environments, order, soak time, evidence)
  --evidence <file|sha256:…>  evaluation record or gate decision (repeatable)
  --data-version <v>     dataset version the model was trained on (repeatable)
  --reason <text>        recorded in the tag (required with --force)
  --force                skip evidence, order and soak checks (recorded)
  --repo <dir>           git repository for the tags (default: current directory)

${STORE_USAGE}`,
  options: {
    ...STORE_OPTIONS,
    repo: { type: 'string' },
    model: { type: 'string' },
    version: { type: 'string' },
    artifact: { type: 'string' },
    environment: { type: 'string' },
    config: { type: 'string' },
    evidence: { type: 'string', multiple: true },
    'data-version': { type: 'string', multiple: true },
    reason: { type: 'string' },
    force: { type: 'boolean' },
  },
  async run(args, io) {
    const deps = await localDeps(args, io);
    const config = stringOption(args, 'config');
    const result = await promote(
      {
        model: requiredOption(args, 'model'),
        version: stringOption(args, 'version') ?? 'patch',
        artifact: pathOrDigest(io, requiredOption(args, 'artifact')),
        environment: requiredOption(args, 'environment'),
        config: await loadPromotionConfig(config === undefined ? undefined : resolve(io.cwd, config), '--config'),
        evidence: await loadEvidence(stringListOption(args, 'evidence').map((e) => pathOrDigest(io, e)), deps.store, '--evidence'),
        dataVersions: stringListOption(args, 'data-version'),
        reason: stringOption(args, 'reason'),
        force: flagOption(args, 'force'),
      },
      deps,
    );
    const { event: _event, ...summary } = result;
    const prose = result.changed ? `${result.tag}: ${result.model} ${result.version} is current in ${result.environment}${result.previousVersion ? ` (was ${result.previousVersion})` : ''}` : `${result.model} ${result.version} was already current in ${result.environment} (${result.tag})`;
    printResult(io, summary, prose);
  },
};

const rollbackCommand: CliCommand = {
  path: ['rollback'],
  summary: 'assign an earlier version to an environment again, with a reason (tags are never deleted)',
  usage: `mlci rollback --model <name> --environment <env> --reason <text> [--to <version>]
  --to <version>   default: the previous distinct version in the environment's history
  --repo <dir>     git repository for the tags (default: current directory)

${STORE_USAGE}`,
  options: { ...STORE_OPTIONS, repo: { type: 'string' }, model: { type: 'string' }, environment: { type: 'string' }, to: { type: 'string' }, reason: { type: 'string' } },
  async run(args, io) {
    const deps = await localDeps(args, io);
    const to = stringOption(args, 'to');
    const result = await rollback({ model: requiredOption(args, 'model'), environment: requiredOption(args, 'environment'), reason: requiredOption(args, 'reason'), ...(to ? { to } : {}) }, deps);
    const { from: _from, target: _target, event: _event, ...summary } = result;
    printResult(io, summary, `${result.tag}: ${result.model} in ${result.environment} rolled back from ${result.previousVersion} to ${result.version}`);
  },
};

export const commands: CliCommand[] = [show, history, promoteCommand, rollbackCommand];

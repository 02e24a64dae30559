export const id = 261;
export const ids = [261];
export const modules = {

/***/ 5261:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  commands: () => (/* binding */ commands)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./shared/errors.ts
var errors = __webpack_require__(2635);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 22 modules
var github = __webpack_require__(2413);
// EXTERNAL MODULE: ./shared/github/errors.ts
var github_errors = __webpack_require__(5585);
;// CONCATENATED MODULE: ./shared/github/git-refs.ts



const WRITE_PERMISSION = 'contents: write';
const READ_PERMISSION = 'contents: read';
const READ_CONCURRENCY = 8;
class GitHubTagStore {
    octokit;
    repository;
    sha;
    description;
    /** Tag objects are immutable, so each is fetched once per run however often the refs are re-listed. */
    objects = new Map();
    constructor(octokit, repository, 
    /** The workflow's commit (GITHUB_SHA), tagged when the caller names none. */
    sha) {
        this.octokit = octokit;
        this.repository = repository;
        this.sha = sha;
        this.description = `GitHub repository ${repository.owner}/${repository.repo}`;
    }
    async list(prefixes) {
        const refs = (await Promise.all(prefixes.map((prefix) => this.matchingRefs(prefix)))).flat();
        // A few requests at a time: hundreds of parallel reads would trip GitHub's secondary rate limit.
        const tags = [];
        for (let i = 0; i < refs.length; i += READ_CONCURRENCY) {
            tags.push(...(await Promise.all(refs.slice(i, i + READ_CONCURRENCY).map((ref) => this.toStoredTag(ref)))));
        }
        return tags;
    }
    async matchingRefs(prefix) {
        return (0,github_errors/* gitHubCall */.S5)({ doing: `list tags starting with ${prefix}`, permission: READ_PERMISSION }, () => this.octokit.paginate(this.octokit.rest.git.listMatchingRefs, { ...this.repository, ref: `tags/${prefix}` }));
    }
    async toStoredTag(ref) {
        const name = ref.ref.replace(/^refs\/tags\//, '');
        if (ref.object.type !== 'tag')
            return { name, commit: ref.object.sha, annotated: false, message: '' };
        const object = await this.tagObject(ref.object.sha);
        return { name, annotated: true, ...object };
    }
    async tagObject(sha) {
        const cached = this.objects.get(sha);
        if (cached)
            return cached;
        const { data } = await (0,github_errors/* gitHubCall */.S5)({ doing: `read tag object ${sha.slice(0, 12)}`, permission: READ_PERMISSION }, () => this.octokit.rest.git.getTag({ ...this.repository, tag_sha: sha }));
        const object = { commit: data.object.sha, message: data.message, ...(data.tagger?.date ? { taggedAt: new Date(data.tagger.date).toISOString() } : {}) };
        this.objects.set(sha, object);
        return object;
    }
    async prepare(tag) {
        const { data } = await (0,github_errors/* gitHubCall */.S5)({ doing: `create the tag object ${tag.name}`, permission: WRITE_PERMISSION }, () => this.octokit.rest.git.createTag({
            ...this.repository,
            tag: tag.name,
            message: tag.message,
            object: tag.commit,
            type: 'commit',
            tagger: { name: tag.tagger.name, email: tag.tagger.email, date: tag.date.toISOString().replace(/\.\d{3}Z$/, 'Z') },
        }));
        return data.sha;
    }
    async publish(name, objectId) {
        try {
            await this.octokit.rest.git.createRef({ ...this.repository, ref: `refs/tags/${name}`, sha: objectId });
            return true;
        }
        catch (error) {
            // GitHub answers 422 "Reference already exists" when another promotion took the name first.
            if ((0,github_errors/* httpStatus */.nG)(error) === 422 && /already exists/i.test(errorText(error)))
                return false;
            return (0,github_errors/* gitHubCall */.S5)({ doing: `create the tag ${name}`, permission: WRITE_PERMISSION }, () => Promise.reject(error));
        }
    }
    async defaultCommit() {
        return this.sha;
    }
}
function errorText(error) {
    const data = error.response?.data;
    return `${typeof data?.message === 'string' ? data.message : ''} ${error.message ?? ''}`;
}
/**
 * For the CLI reading a GitHub repository's registry (`--github owner/repo`): a plain Octokit, because
 * createOctokit announces the token as a secret on stdout, which is a workflow command, not CLI output.
 */
function readOnlyGitHubTagStore(repository, token, apiUrl = 'https://api.github.com') {
    const [owner, repo, extra] = repository.split('/');
    if (!owner || !repo || extra !== undefined) {
        throw new errors/* UserError */.yo(`'${repository}' is not owner/repo.`, { input: '--github', fix: 'Write it as owner/repo, e.g. acme/models.' });
    }
    if (!token) {
        throw new errors/* UserError */.yo(`Reading ${repository} through the GitHub API needs a token.`, { input: '--token', fix: 'Set GITHUB_TOKEN (e.g. `export GITHUB_TOKEN=$(gh auth token)`) or pass --token.' });
    }
    const octokit = (0,github/* getOctokit */.Q)(token, { baseUrl: apiUrl.replace(/\/$/, '') });
    return new GitHubTagStore(octokit, { owner, repo }, '');
}

// EXTERNAL MODULE: ./shared/registry/index.ts + 14 modules
var registry = __webpack_require__(6090);
// EXTERNAL MODULE: ./shared/cli/command.ts
var command = __webpack_require__(310);
// EXTERNAL MODULE: ./shared/cli/store-options.ts
var store_options = __webpack_require__(4057);
;// CONCATENATED MODULE: ./shared/cli/commands/registry.ts






const SOURCE_OPTIONS = { repo: { type: 'string' }, github: { type: 'string' }, token: { type: 'string' } };
const SOURCE_USAGE = `Where the tags are:
  --repo <dir>          local git repository (default: the current directory)
  --github <owner/repo> read through the GitHub REST API (token: --token or GITHUB_TOKEN; GITHUB_API_URL for GHES)`;
function tagSource(args, io) {
    const github = (0,command/* stringOption */.Pp)(args, 'github');
    if (github)
        return readOnlyGitHubTagStore(github, (0,command/* stringOption */.Pp)(args, 'token') ?? io.env.GITHUB_TOKEN, io.env.GITHUB_API_URL);
    return new registry/* GitTagStore */.kk((0,external_node_path_.resolve)(io.cwd, (0,command/* stringOption */.Pp)(args, 'repo') ?? '.'));
}
async function modelStates(tags, model) {
    const all = await tags.list(model ? (0,registry/* modelTagPrefixes */.A4)(model) : ['']);
    return (model ? [model] : (0,registry/* modelNames */.ci)(all)).map((name) => (0,registry/* deriveModelState */.I$)(name, all));
}
function stateJson(state) {
    const environments = Object.fromEntries([...state.environments.keys()].map((env) => [env, (0,registry/* currentVersion */.YO)(state, env)?.version ?? null]));
    const versions = state.versions.map((v) => ({ version: v.version, tag: v.tag, modelDigest: v.facts.modelDigest, commit: v.commit, taggedAt: v.taggedAt }));
    return { model: state.model, environments, versions, ignored: state.ignored };
}
const show = {
    path: ['registry', 'show'],
    summary: 'registered versions of a model (or all models) and the current version per environment',
    usage: `mlci registry show [model]\n\n${SOURCE_USAGE}`,
    options: { ...SOURCE_OPTIONS },
    async run(args, io) {
        const states = await modelStates(tagSource(args, io), args.positionals[0]);
        if (io.json)
            io.out(JSON.stringify(states.map(stateJson), null, 2));
        else
            io.out(states.length ? states.map(registry/* formatModelState */.Q5).join('\n\n') : 'No registry tags found.');
    },
};
const registry_history = {
    path: ['registry', 'history'],
    summary: 'every assign/unassign event of a model in an environment: what was current when, and why',
    usage: `mlci registry history <model> <environment>\n\n${SOURCE_USAGE}`,
    options: { ...SOURCE_OPTIONS },
    async run(args, io) {
        const [model, environment] = args.positionals;
        if (!model || !environment)
            throw new errors/* UserError */.yo('registry history needs a model and an environment, e.g. `churn prod`.', { input: 'arguments' });
        const [state] = await modelStates(tagSource(args, io), model);
        if (!state)
            return;
        if (io.json)
            io.out(JSON.stringify((0,registry/* environmentHistory */.oW)(state, environment), null, 2));
        else
            io.out((0,registry/* formatHistory */.As)(state, environment));
    },
};
/** Paths are relative to the working directory; digests name store objects. */
function pathOrDigest(io, value) {
    return value.startsWith('sha256:') ? value : (0,external_node_path_.resolve)(io.cwd, value);
}
async function localDeps(args, io) {
    const tags = new registry/* GitTagStore */.kk((0,external_node_path_.resolve)(io.cwd, (0,command/* stringOption */.Pp)(args, 'repo') ?? '.'));
    return { tags, store: (0,store_options/* storeFromArgs */.z8)(args, io), tagger: await tags.tagger(), log: io.json ? undefined : (line) => io.err(line) };
}
const promoteCommand = {
    path: ['promote'],
    summary: 'register a model version and assign it to an environment (local git tags + store)',
    usage: `mlci promote --model <name> --artifact <file|sha256:…> --environment <env> [--version <x.y.z|patch|minor|major>]
  --config <file>        promotion config (environments, order, soak time, evidence)
  --evidence <file|sha256:…>  evaluation record or gate decision (repeatable)
  --data-version <v>     dataset version the model was trained on (repeatable)
  --reason <text>        recorded in the tag (required with --force)
  --force                skip evidence, order and soak checks (recorded)
  --repo <dir>           git repository for the tags (default: current directory)

${store_options/* STORE_USAGE */.UC}`,
    options: {
        ...store_options/* STORE_OPTIONS */.n0,
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
        const config = (0,command/* stringOption */.Pp)(args, 'config');
        const result = await (0,registry/* promote */.pt)({
            model: (0,command/* requiredOption */.zB)(args, 'model'),
            version: (0,command/* stringOption */.Pp)(args, 'version') ?? 'patch',
            artifact: pathOrDigest(io, (0,command/* requiredOption */.zB)(args, 'artifact')),
            environment: (0,command/* requiredOption */.zB)(args, 'environment'),
            config: await (0,registry/* loadPromotionConfig */.UJ)(config === undefined ? undefined : (0,external_node_path_.resolve)(io.cwd, config), '--config'),
            evidence: await (0,registry/* loadEvidence */.Qn)((0,command/* stringListOption */.z7)(args, 'evidence').map((e) => pathOrDigest(io, e)), deps.store, '--evidence'),
            dataVersions: (0,command/* stringListOption */.z7)(args, 'data-version'),
            reason: (0,command/* stringOption */.Pp)(args, 'reason'),
            force: (0,command/* flagOption */.kY)(args, 'force'),
        }, deps);
        const { event: _event, ...summary } = result;
        const prose = result.changed ? `${result.tag}: ${result.model} ${result.version} is current in ${result.environment}${result.previousVersion ? ` (was ${result.previousVersion})` : ''}` : `${result.model} ${result.version} was already current in ${result.environment} (${result.tag})`;
        (0,command/* printResult */.RS)(io, summary, prose);
    },
};
const rollbackCommand = {
    path: ['rollback'],
    summary: 'assign an earlier version to an environment again, with a reason (tags are never deleted)',
    usage: `mlci rollback --model <name> --environment <env> --reason <text> [--to <version>]
  --to <version>   default: the previous distinct version in the environment's history
  --repo <dir>     git repository for the tags (default: current directory)

${store_options/* STORE_USAGE */.UC}`,
    options: { ...store_options/* STORE_OPTIONS */.n0, repo: { type: 'string' }, model: { type: 'string' }, environment: { type: 'string' }, to: { type: 'string' }, reason: { type: 'string' } },
    async run(args, io) {
        const deps = await localDeps(args, io);
        const to = (0,command/* stringOption */.Pp)(args, 'to');
        const result = await (0,registry/* rollback */.dU)({ model: (0,command/* requiredOption */.zB)(args, 'model'), environment: (0,command/* requiredOption */.zB)(args, 'environment'), reason: (0,command/* requiredOption */.zB)(args, 'reason'), ...(to ? { to } : {}) }, deps);
        const { from: _from, target: _target, event: _event, ...summary } = result;
        (0,command/* printResult */.RS)(io, summary, `${result.tag}: ${result.model} in ${result.environment} rolled back from ${result.previousVersion} to ${result.version}`);
    },
};
const commands = [show, registry_history, promoteCommand, rollbackCommand];


/***/ }),

/***/ 5585:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S5: () => (/* binding */ gitHubCall),
/* harmony export */   nG: () => (/* binding */ httpStatus)
/* harmony export */ });
/* unused harmony exports isHttpError, toUserError */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2635);

function isHttpError(error) {
    return typeof error === 'object' && error !== null && typeof error.status === 'number';
}
function httpStatus(error) {
    return isHttpError(error) ? error.status : undefined;
}
function gitHubMessage(error) {
    const data = error.response?.data;
    if (typeof data === 'object' && data !== null && typeof data.message === 'string') {
        return data.message;
    }
    return error.message;
}
function toUserError(error, call) {
    if (!isHttpError(error))
        return error;
    const message = gitHubMessage(error);
    switch (error.status) {
        case 401:
            return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`GitHub rejected the token while trying to ${call.doing} (401: ${message}).`, {
                input: 'token',
                fix: 'Pass a valid token, usually `token: ${{ github.token }}`.',
                cause: error,
            });
        case 403:
            return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`The token may not ${call.doing} (403: ${message}).`, {
                input: 'token',
                fix: `Add \`${call.permission}\` under \`permissions:\` in the job. On pull requests from forks the token is ` +
                    'read-only whatever the workflow says: post from a `workflow_run` job instead (see the fork-safe example).',
                cause: error,
            });
        case 404:
            return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`GitHub found nothing to ${call.doing} (404: ${message}).`, {
                fix: `Check the repository and number, and that the token can see the repository (\`${call.permission.replace('write', 'read')}\`).`,
                cause: error,
            });
        case 422:
            return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`GitHub refused to ${call.doing} (422: ${message}${describeValidationErrors(error)}).`, { cause: error });
        default:
            return error;
    }
}
function describeValidationErrors(error) {
    const data = error.response?.data;
    const details = (data?.errors ?? []).map((e) => e.message ?? e.field).filter(Boolean);
    return details.length ? `: ${details.join('; ')}` : '';
}
/** Run one GitHub call, turning HTTP errors the user can fix into UserErrors. */
async function gitHubCall(call, body) {
    try {
        return await body();
    }
    catch (error) {
        throw toUserError(error, call);
    }
}


/***/ })

};

import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 5811:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  vG: () => (/* binding */ Reply),
  Vo: () => (/* binding */ collaboratorRole),
  "in": () => (/* binding */ dispatchWorkflow),
  Ph: () => (/* binding */ expandSha),
  wv: () => (/* binding */ react),
  gZ: () => (/* binding */ serviceDeployments)
});

// EXTERNAL MODULE: ../kit/src/guards.ts
var guards = __nccwpck_require__(7254);
;// CONCATENATED MODULE: ../kit/src/github/rest.ts

/** `owner/name` (as in GITHUB_REPOSITORY) → `{owner, repo}`; undefined when it is not one. */
function parseRepo(value) {
    const m = /^([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+)$/.exec(value);
    return m ? { owner: m[1], repo: m[2] } : undefined;
}
/** A deployment payload as GitHub returns it: an object, or a JSON string from older clients. */
function deploymentPayload(payload) {
    if (typeof payload === 'string') {
        try {
            payload = JSON.parse(payload);
        }
        catch {
            return undefined;
        }
    }
    return (0,guards/* isRecord */.u4)(payload) ? payload : undefined;
}
/** The HTTP status of an Octokit RequestError (or anything with a numeric `status`), else undefined. */
function errorStatus(error) {
    return (0,guards/* isRecord */.u4)(error) && typeof error.status === 'number' ? error.status : undefined;
}

;// CONCATENATED MODULE: ./src/github.ts

async function collaboratorRole(gh, repo, username) {
    try {
        const { data } = await gh.request('GET /repos/{owner}/{repo}/collaborators/{username}/permission', { ...repo, username });
        return data;
    }
    catch (error) {
        // Unknown users have no permission at all.
        if (errorStatus(error) === 404)
            return { permission: 'none' };
        throw error;
    }
}
/**
 * The service's newest deployments in one environment, with their latest status. One page
 * (the newest `limit`) is enough for status, locks and rollbacks, and bounds the requests.
 */
async function serviceDeployments(gh, repo, environment, service, limit = 30) {
    const { data } = await gh.request('GET /repos/{owner}/{repo}/deployments', { ...repo, environment, per_page: limit });
    const views = [];
    for (const d of data) {
        const payload = deploymentPayload(d.payload);
        if (!payload || payload.service !== service)
            continue;
        const { data: statuses } = await gh.request('GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', {
            ...repo,
            deployment_id: Number(d.id),
            per_page: 1,
        });
        const latest = statuses[0];
        views.push({
            id: Number(d.id),
            environment: d.environment ?? environment,
            service,
            ...(typeof payload.version === 'string' ? { version: payload.version } : {}),
            ...(typeof payload.digest === 'string' ? { digest: payload.digest } : {}),
            ...(typeof payload.requested_by === 'string' ? { requestedBy: payload.requested_by } : {}),
            ...(typeof payload.command === 'string' ? { command: payload.command } : {}),
            ...(typeof payload.request === 'string' ? { request: payload.request } : {}),
            sha: d.sha,
            creator: d.creator?.login ?? '',
            createdAt: d.created_at,
            state: latest?.state ?? 'pending',
            updatedAt: latest?.created_at ?? d.created_at,
        });
    }
    return views.sort((a, b) => b.id - a.id);
}
async function dispatchWorkflow(gh, repo, workflow, ref, inputs) {
    await gh.request('POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches', { ...repo, workflow_id: workflow, ref, inputs });
}
/** A short SHA to the full commit SHA, through the commits API (which accepts prefixes). */
async function expandSha(gh, repo, prefix) {
    try {
        const { data } = await gh.request('GET /repos/{owner}/{repo}/commits/{ref}', { ...repo, ref: prefix });
        return data.sha.startsWith(prefix) ? data.sha : undefined;
    }
    catch (error) {
        const status = errorStatus(error);
        if (status === 404 || status === 422)
            return undefined;
        throw error;
    }
}
async function react(gh, repo, commentId, content) {
    await gh.request('POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions', { ...repo, comment_id: commentId, content });
}
/**
 * One reply per request, found by its marker, so a re-run updates it instead of adding another.
 * Only the bot's own comments count: anyone can paste the marker into a comment of theirs.
 */
class Reply {
    gh;
    repo;
    issue;
    marker;
    author;
    id;
    url = '';
    /** The reply as found (without the marker), or '' when there was none. */
    found = '';
    constructor(gh, repo, issue, marker, author) {
        this.gh = gh;
        this.repo = repo;
        this.issue = issue;
        this.marker = marker;
        this.author = author;
    }
    async find() {
        const comments = await this.gh.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
            ...this.repo,
            issue_number: this.issue,
            per_page: 100,
        });
        const author = this.author.toLowerCase();
        const found = comments.find((c) => c.user?.login?.toLowerCase() === author && c.body?.includes(this.marker));
        if (found) {
            this.id = Number(found.id);
            this.url = found.html_url;
            this.found = (found.body ?? '').replace(this.marker, '').trimEnd();
        }
    }
    async write(markdown) {
        const body = `${markdown}\n\n${this.marker}`;
        if (this.id) {
            await this.gh.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { ...this.repo, comment_id: this.id, body });
            return;
        }
        const { data } = await this.gh.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...this.repo, issue_number: this.issue, body });
        this.id = Number(data.id);
        this.url = data.html_url;
    }
}


/***/ }),

/***/ 3887:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cna_kit__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1856);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(429);


await (0,_cna_kit__WEBPACK_IMPORTED_MODULE_0__/* .runMain */ .VN)(() => (0,_main_js__WEBPACK_IMPORTED_MODULE_1__/* .main */ .i)());

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 429:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// UNUSED EXPORTS: requestFrom

// EXTERNAL MODULE: ../../node_modules/.pnpm/@actions+core@3.0.1_patch_hash=9b112b2e8afea31ab3564ad1e82f30cc25e3a12d31df5f2d490c87d9dd4297e9/node_modules/@actions/core/lib/core.js + 14 modules
var core = __nccwpck_require__(939);
// EXTERNAL MODULE: ../kit/src/index.ts + 4 modules
var src = __nccwpck_require__(1856);
;// CONCATENATED MODULE: ../kit/src/chatops/command.ts
/** Longer first lines are not commands; the cap keeps hostile input cheap to reject. */
const MAX_COMMAND_LENGTH = 512;
/** Service names, environment names and versions: letters, digits and `._-`, as tags allow (`+` for semver builds, `:` for sha256:). */
const WORD = /^[A-Za-z0-9][A-Za-z0-9._+:-]{0,127}$/;
const USAGE = [
    '/deploy <service> <version> to <environment>',
    '/rollback <service> in <environment>',
    '/rollback <service> in <environment> to <version>',
    '/status <service>',
    '/help',
];
function firstLine(body) {
    const end = body.search(/\r?\n/);
    return (end < 0 ? body : body.slice(0, end)).trim();
}
function parseCommand(body) {
    const line = firstLine(body);
    if (!line.startsWith('/'))
        return { kind: 'none' };
    const shown = printable(line);
    if (line.length > MAX_COMMAND_LENGTH)
        return { kind: 'unknown', text: shown, reason: `the command is longer than ${MAX_COMMAND_LENGTH} characters` };
    // Split on ASCII spaces and tabs only: other Unicode spaces stay inside a word and make it invalid.
    const words = line.split(/[ \t]+/);
    const keyword = words[0].slice(1).toLowerCase();
    const args = words.slice(1);
    const kw = (i, expected) => args[i]?.toLowerCase() === expected;
    const bad = (reason) => ({ kind: 'unknown', text: shown, reason });
    const invalidWord = args.find((a) => !WORD.test(a));
    switch (keyword) {
        case 'deploy':
            if (args.length !== 4 || !kw(2, 'to'))
                return bad('expected /deploy <service> <version> to <environment>');
            if (invalidWord !== undefined)
                return bad(`${quoted(invalidWord)} is not a valid name (letters, digits, ".", "_", "-")`);
            return { kind: 'deploy', service: args[0], version: args[1], environment: args[3] };
        case 'rollback':
            if (!((args.length === 3 && kw(1, 'in')) || (args.length === 5 && kw(1, 'in') && kw(3, 'to')))) {
                return bad('expected /rollback <service> in <environment> [to <version>]');
            }
            if (invalidWord !== undefined)
                return bad(`${quoted(invalidWord)} is not a valid name (letters, digits, ".", "_", "-")`);
            return { kind: 'rollback', service: args[0], environment: args[2], ...(args[4] ? { version: args[4] } : {}) };
        case 'status':
            if (args.length !== 1)
                return bad('expected /status <service>');
            if (invalidWord !== undefined)
                return bad(`${quoted(invalidWord)} is not a valid name (letters, digits, ".", "_", "-")`);
            return { kind: 'status', service: args[0] };
        case 'help':
            return args.length === 0 ? { kind: 'help' } : bad('expected /help without arguments');
        default:
            return bad(`${quoted(`/${keyword}`)} is not a command`);
    }
}
/**
 * The commenter's words as a code span, so that nothing in them renders: a reply quoting
 * `/[Approve](https://…)` must never show a link the bot seems to vouch for.
 */
function quoted(text) {
    return `\`${printable(text)}\``;
}
/**
 * A form of user text that is safe to echo in Markdown: control and bidirectional-override
 * characters removed, backticks replaced, `@` defused (no mentions), at most 80 characters.
 */
function printable(text, max = 80) {
    const clean = text
        // eslint-disable-next-line no-control-regex
        .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '')
        .replace(/`/g, "'")
        .replace(/@/g, '@\u200b');
    const chars = [...clean];
    return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : clean;
}

// EXTERNAL MODULE: ../kit/src/guards.ts
var guards = __nccwpck_require__(7254);
// EXTERNAL MODULE: ../kit/src/summary.ts
var summary = __nccwpck_require__(8642);
;// CONCATENATED MODULE: ../kit/src/chatops/decisions.ts


/**
 * The decisions chatops takes, pure: who may run a command, whether an environment may be
 * deployed to next, whether a lock is held, which digest a rollback returns to, and what
 * /status shows. The GitHub calls live in the action; these take plain records.
 */
/** GitHub repository roles, weakest first. The collaborator permission API reports the effective
 * role, teams (nested ones too) and organization base permissions included. */
const ROLES = ['none', 'read', 'triage', 'write', 'maintain', 'admin'];
function roleRank(role) {
    return ROLES.indexOf((0,guards/* isOneOf */.EK)(ROLES, role) ? role : 'none');
}
/**
 * The role to compare: `role_name` when it is one of the built-in roles, else the legacy
 * `permission` (custom repository roles report their base there).
 */
function effectiveRole(answer) {
    const named = answer.role_name ?? '';
    if ((0,guards/* isOneOf */.EK)(ROLES, named))
        return named;
    const legacy = answer.permission ?? 'none';
    return (0,guards/* isOneOf */.EK)(ROLES, legacy) ? legacy : 'none';
}
function requiredRole(environment, opts) {
    return opts.productionEnvironments.includes(environment) ? 'admin' : opts.permission;
}
function authorize(user, role, required) {
    if (roleRank(role) >= roleRank(required))
        return { ok: true };
    return { ok: false, reason: `@${user} has ${role} permission on this repository; this command needs ${required}` };
}
/** A deployment that ran to the end successfully (inactive = superseded after success). */
function succeeded(d) {
    return d.state === 'success' || d.state === 'inactive';
}
function isActive(d) {
    return d.state === 'pending' || d.state === 'queued' || d.state === 'in_progress';
}
function checkEnvironment(environment, environments) {
    if (environments.includes(environment))
        return { ok: true };
    return { ok: false, reason: `unknown environment ${(0,summary/* code */.aY)(environment)}; known environments: ${environments.join(', ')}` };
}
/**
 * Promotion order: a digest may go to an environment only once it runs successfully in the one
 * before it (`history` is every deployment of the service, any environment).
 */
function checkPromotionOrder(digest, environment, environments, history) {
    const index = environments.indexOf(environment);
    if (index <= 0)
        return { ok: true };
    const before = environments[index - 1];
    if (history.some((d) => d.environment === before && d.digest === digest && succeeded(d)))
        return { ok: true };
    return {
        ok: false,
        reason: `${digest.slice(0, 19)} has not been deployed successfully to ${before}, which comes before ${environment}; deploy it to ${before} first`,
    };
}
/**
 * The lock of one service in one environment: the newest deployment that is still queued or in
 * progress, unless a later deployment there has finished (the deploy workflow ran) or it is older
 * than `timeoutMs` (a run that died must not block for ever). `history` is newest first.
 */
function heldLock(history, environment, now, timeoutMs, exceptId) {
    for (const d of history) {
        if (d.environment !== environment || d.id === exceptId)
            continue;
        if (!isActive(d))
            return undefined;
        if (now.getTime() - Date.parse(d.createdAt) <= timeoutMs)
            return d;
    }
    return undefined;
}
/** Between two runs that created lock deployments at the same moment, the older one wins. */
function lockWinner(history, environment, now, timeoutMs, mine) {
    const active = history.filter((d) => d.environment === environment && isActive(d) && (d.id === mine || now.getTime() - Date.parse(d.createdAt) <= timeoutMs));
    // Only deployments newer than the last finished one compete.
    const lastDone = history.find((d) => d.environment === environment && !isActive(d));
    const contenders = active.filter((d) => !lastDone || d.id > lastDone.id).map((d) => d.id);
    return contenders.length ? Math.min(...contenders) : mine;
}
/**
 * The rollback target in one environment (`history` newest first): the newest successful
 * deployment is what runs now; the target is the last successful one before it with another
 * digest, or, given a version (or a digest), the newest successful one that had it.
 */
function rollbackTarget(history, environment, version) {
    const done = history.filter((d) => d.environment === environment && succeeded(d) && d.digest);
    const current = done[0];
    if (!current)
        return { ok: false, reason: `nothing has been deployed successfully to ${environment} yet, so there is nothing to roll back to` };
    if (version) {
        const target = done.find((d) => d.version === version || d.digest === version || (/^[0-9a-f]{7,40}$/.test(version) && d.sha.startsWith(version)));
        if (!target)
            return {
                ok: false,
                reason: `version ${version} has never been deployed successfully to ${environment}; roll back only to what ran there (use /deploy for anything else)`,
            };
        if (target.digest === current.digest)
            return { ok: false, reason: `${environment} already runs ${describe(current)}` };
        return { ok: true, target, current };
    }
    const target = done.find((d) => d.digest !== current.digest);
    if (!target)
        return { ok: false, reason: `${environment} has no earlier successful deployment with another digest than the current ${describe(current)}` };
    return { ok: true, target, current };
}
function describe(d) {
    return `${d.version ?? '?'} (${(d.digest ?? '').slice(0, 19)})`;
}
/** One row per environment: its newest deployment of the service, or dashes when none. */
function statusRows(history, environments) {
    return environments.map((environment) => {
        const d = history.find((h) => h.environment === environment);
        if (!d)
            return { environment, version: '—', digest: '—', commit: '—', who: '—', when: '—', state: 'never deployed' };
        return {
            environment,
            version: d.version ?? '—',
            digest: d.digest ?? '—',
            commit: d.sha,
            who: d.requestedBy ?? d.creator,
            when: d.updatedAt,
            state: d.state,
        };
    });
}

;// CONCATENATED MODULE: ../kit/src/chatops/dispatch.ts
/**
 * The repository_dispatch contract between the chat relay (services/chat-relay) and the chatops
 * action: one definition, so the two cannot drift apart. The relay sends
 *
 *   event_type: chatops
 *   client_payload: { command, user, request_id, reply }
 *
 * `reply` is where answers go: the Slack thread the relay opened for the command, or the Teams
 * conversation and activity. chatops keeps it in the deployment it creates (`reply_to`) and in
 * its `reply-to` output, so the deploy workflow's notify step can answer in that thread.
 */
const CHATOPS_EVENT_TYPE = 'chatops';
const SLACK_ID = /^[A-Z0-9]{2,32}$/;
const SLACK_TS = /^\d{1,12}\.\d{1,8}$/;
/** Teams ids: `19:…@thread.tacv2;messageid=…`, GUIDs, numeric activity ids. No spaces, quotes or control characters. */
const TEAMS_ID = /^[A-Za-z0-9:;=@._-]{1,300}$/;
/** The reply target of a client_payload, or undefined when there is none or it is malformed (it is then ignored, never echoed). */
function parseReplyTarget(value) {
    if (!value || typeof value !== 'object' || Array.isArray(value))
        return undefined;
    const v = value;
    const str = (k, pattern) => (typeof v[k] === 'string' && pattern.test(v[k]) ? v[k] : undefined);
    if (v.platform === 'slack') {
        const team = str('team', SLACK_ID);
        const channel = str('channel', SLACK_ID);
        const thread = str('thread_ts', SLACK_TS);
        return team && channel && thread ? { platform: 'slack', team, channel, thread_ts: thread } : undefined;
    }
    if (v.platform === 'teams') {
        const tenant = str('tenant', TEAMS_ID);
        const conversation = str('conversation', TEAMS_ID);
        const activity = str('activity', TEAMS_ID);
        return tenant && conversation && activity ? { platform: 'teams', tenant, conversation, activity } : undefined;
    }
    return undefined;
}

;// CONCATENATED MODULE: ../kit/src/chatops/index.ts




;// CONCATENATED MODULE: ../kit/src/github/client.ts
/**
 * The RestClient of a run: Octokit, with its retry and throttling plugins, behind the typed
 * routes of `rest.ts`. Octokit's code is loaded at the first request, so a run that never
 * calls GitHub neither loads nor parses it (it sits in its own bundle chunk).
 *
 * The trust boundary: GitHub's answers are taken to match Octokit's endpoint types here, and
 * nowhere else, which is what lets the rest of the code read responses without casts.
 */
function createRestClient(token, options = {}) {
    let octokit;
    const load = () => (octokit ??= Promise.all(/* import() */[__nccwpck_require__.e(385), __nccwpck_require__.e(15), __nccwpck_require__.e(661)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7661)).then((m) => m.createOctokit(token, options)));
    return {
        request: async (route, params) => (await load()).request(route, params),
        paginate: async (route, params) => (await load()).paginate(route, params),
    };
}

;// CONCATENATED MODULE: ../kit/src/registry/reference.ts
const reference_DIGEST = /^sha256:[a-f0-9]{64}$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const HOST = /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::\d+)?$|^\[[0-9a-fA-F:]+\](?::\d+)?$/;
/** Parses `name[:tag][@sha256:…]`; returns undefined when it is not a valid reference. */
function parseReference(ref) {
    let rest = ref;
    let digest;
    const at = rest.indexOf('@');
    if (at >= 0) {
        digest = rest.slice(at + 1);
        rest = rest.slice(0, at);
        if (!reference_DIGEST.test(digest))
            return undefined;
    }
    let tag;
    const colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
        tag = rest.slice(colon + 1);
        rest = rest.slice(0, colon);
        if (!TAG.test(tag))
            return undefined;
    }
    const name = parseImageName(rest);
    return name && { ...name, ...(tag ? { tag } : {}), ...(digest ? { digest } : {}) };
}
/** Parses an image name without tag or digest. */
function parseImageName(name) {
    const parts = name.split('/');
    let registry = 'docker.io';
    const first = parts[0] ?? '';
    if (parts.length > 1 && (first.includes('.') || first.includes(':') || first === 'localhost' || first.startsWith('['))) {
        registry = first;
        parts.shift();
        if (!HOST.test(registry))
            return undefined;
    }
    if (parts.length === 0 || !parts.every((p) => COMPONENT.test(p)))
        return undefined;
    if (registry === 'docker.io' && parts.length === 1)
        parts.unshift('library');
    const repository = parts.join('/');
    if (repository.length > 255)
        return undefined;
    return { registry, repository };
}
function formatName(name) {
    return `${name.registry}/${name.repository}`;
}
/** Loopback registries are spoken to over plain HTTP, as Docker does; all others over TLS. */
function isLoopback(registry) {
    const host = registry.startsWith('[') ? registry.slice(0, registry.indexOf(']') + 1) : registry.split(':')[0];
    return host === 'localhost' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);
}
/** Where the registry API lives; Docker Hub's API host differs from its name. */
function registryBaseUrl(registry) {
    const host = registry === 'docker.io' ? 'registry-1.docker.io' : registry;
    return `${isLoopback(registry) ? 'http' : 'https'}://${host}`;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ../kit/src/registry/credentials.ts



/**
 * Looks a registry up in the auth files that `docker login` (and so docker/login-action),
 * `podman login` and `buildah login` write: `auths[host].auth` is base64 `user:password`.
 */
function authFileCandidates(env = process.env) {
    const files = [];
    if (env.REGISTRY_AUTH_FILE)
        files.push(env.REGISTRY_AUTH_FILE);
    if (env.XDG_RUNTIME_DIR)
        files.push((0,external_node_path_.join)(env.XDG_RUNTIME_DIR, 'containers', 'auth.json'));
    files.push((0,external_node_path_.join)(env.DOCKER_CONFIG ?? (0,external_node_path_.join)(env.HOME ?? (0,external_node_os_.homedir)(), '.docker'), 'config.json'));
    return files;
}
/** Pure: finds the credentials for `registry` in one parsed auth file. */
function credentialsFromConfig(config, registry) {
    const auths = config?.auths;
    if (!auths)
        return undefined;
    const keys = registry === 'docker.io'
        ? ['https://index.docker.io/v1/', 'docker.io', 'index.docker.io', 'registry-1.docker.io']
        : [registry, `https://${registry}`, `http://${registry}`];
    for (const key of keys) {
        const entry = auths[key] ?? auths[`${key}/`];
        if (!entry)
            continue;
        if (entry.auth) {
            const decoded = Buffer.from(entry.auth, 'base64').toString();
            const colon = decoded.indexOf(':');
            if (colon > 0)
                return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
        }
        if (entry.username && entry.password)
            return { username: entry.username, password: entry.password };
    }
    return undefined;
}
async function credentialsFromAuthFiles(registry, env = process.env) {
    for (const file of authFileCandidates(env)) {
        let config;
        try {
            config = JSON.parse(await (0,promises_.readFile)(file, 'utf8'));
        }
        catch {
            continue;
        }
        const found = credentialsFromConfig(config, registry);
        if (found)
            return found;
    }
    return undefined;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ../kit/src/registry/auth.ts
function parseChallenge(header) {
    if (!header)
        return undefined;
    const match = /^\s*(\w+)\s*(.*)$/.exec(header);
    if (!match)
        return undefined;
    const params = {};
    for (const m of match[2].matchAll(/(\w+)=(?:"((?:[^"\\]|\\.)*)"|([^,\s]*))/g)) {
        params[m[1].toLowerCase()] = (m[2] ?? m[3] ?? '').replace(/\\(.)/g, '$1');
    }
    return { scheme: match[1].toLowerCase(), params };
}
function basicAuthorization(username, password) {
    return `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
}

;// CONCATENATED MODULE: ../kit/src/registry/client.ts



/** Every manifest type we read; without this list an OCI manifest answers 404 and a
 * Docker v2 manifest is down-converted to schema 1 (with another digest). */
const client_MANIFEST_ACCEPT = [
    'application/vnd.oci.image.index.v1+json',
    'application/vnd.oci.image.manifest.v1+json',
    'application/vnd.docker.distribution.manifest.list.v2+json',
    'application/vnd.docker.distribution.manifest.v2+json',
].join(', ');
const client_OCI_INDEX = 'application/vnd.oci.image.index.v1+json';
class client_RegistryError extends Error {
    status;
    name = 'RegistryError';
    /** Wait the registry asked for (Retry-After), when it did. */
    retryAfterMs;
    /** True when trying again may succeed (429, 5xx, a broken connection, a truncated body). */
    transient;
    constructor(message, status, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.status = status;
        if (options.retryAfterMs !== undefined)
            this.retryAfterMs = options.retryAfterMs;
        this.transient = options.transient ?? (status !== undefined && (status === 408 || status === 429 || status >= 500));
    }
}
/**
 * Whether an error from a registry call is worth one more try: a RegistryError says so
 * itself (429, 5xx, broken connection, truncated body); a 4xx or a digest mismatch is not;
 * anything else (a reset socket, `fetch failed`) is.
 */
function client_isTransient(error) {
    for (let e = error, depth = 0; e && depth < 5; e = e.cause, depth++) {
        if (e instanceof client_RegistryError)
            return e.transient;
    }
    return true;
}
function sha256(bytes) {
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(bytes).digest('hex')}`;
}
/** The referrers tag schema's tag for a subject: `sha256:<hex>` → `sha256-<hex>`. */
function client_referrersTag(digest) {
    return digest.replace(':', '-');
}
/** The tags cosign writes next to an image: signature, attestations, SBOM. */
function cosignTags(digest) {
    const base = client_referrersTag(digest);
    return [`${base}.sig`, `${base}.att`, `${base}.sbom`];
}
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 5;
const MAX_REFERRER_PAGES = 20;
const HASHES = { sha256: 'sha256', sha512: 'sha512' };
/**
 * A TransformStream that passes bytes through and checks them against a digest and a size:
 * too many bytes fail at once, too few or a wrong digest fail at the end. Never buffers.
 */
function verifyingStream(digest, size, what) {
    const algorithm = HASHES[digest.slice(0, digest.indexOf(':'))];
    if (!algorithm)
        throw new client_RegistryError(`${what}: unsupported digest algorithm in ${digest}`);
    const hash = (0,external_node_crypto_.createHash)(algorithm);
    let seen = 0;
    const transformer = {
        transform(chunk, controller) {
            seen += chunk.byteLength;
            if (size !== undefined && seen > size) {
                controller.error(new client_RegistryError(`${what}: more than the expected ${size} bytes`));
                return;
            }
            hash.update(chunk);
            controller.enqueue(chunk);
        },
        flush(controller) {
            if (size !== undefined && seen !== size) {
                controller.error(new client_RegistryError(`${what}: ended after ${seen} of ${size} bytes`, undefined, { transient: true }));
                return;
            }
            const actual = `${digest.slice(0, digest.indexOf(':'))}:${hash.digest('hex')}`;
            if (actual !== digest)
                controller.error(new client_RegistryError(`${what}: the bytes have digest ${actual}: refusing content that does not match its digest`));
        },
    };
    return new TransformStream(transformer);
}
function client_describe(error) {
    const parts = [];
    for (let e = error, depth = 0; e && depth < 4; e = e.cause, depth++) {
        const message = e instanceof Error ? e.message : String(e);
        if (message && !parts.includes(message))
            parts.push(message);
    }
    return parts.join(': ') || 'unknown error';
}
async function drain(response) {
    await response.arrayBuffer().catch(() => undefined);
}
/** `<url>; rel="next"` from a Link header, resolved against the request URL. */
function nextLink(header, base) {
    if (!header)
        return undefined;
    for (const part of header.split(',')) {
        const m = /<([^>]*)>\s*;\s*rel="?next"?/i.exec(part);
        if (m)
            return new URL(m[1], base).href;
    }
    return undefined;
}
/**
 * A small client for the OCI distribution API: anonymous, basic and bearer-token auth
 * (the challenge flow GHCR, Docker Hub and Artifact Registry use), bounded retries, and
 * every manifest and blob checked against its digest.
 */
class RegistryClient {
    options;
    base;
    origin;
    fetch;
    tokens = new Map();
    basic = false;
    constructor(options) {
        this.options = options;
        this.base = registryBaseUrl(options.registry);
        this.origin = new URL(this.base).origin;
        this.fetch = options.fetch ?? fetch;
    }
    get registry() {
        return this.options.registry;
    }
    /** The retry bounds this client uses, so callers that retry whole operations keep to the same ones. */
    get retry() {
        return { attempts: this.options.attempts ?? 4, backoffMs: this.options.backoffMs ?? 500, maxWaitMs: this.options.maxWaitMs ?? 30_000 };
    }
    async headManifest(repository, reference) {
        const response = await this.request('HEAD', [pull(repository)], `/v2/${repository}/manifests/${reference}`, { accept: client_MANIFEST_ACCEPT });
        if (response.status === 404)
            return undefined;
        await this.expectOk(response, `HEAD manifest ${repository}:${reference}`);
        const digest = response.headers.get('docker-content-digest');
        if (digest)
            return digest;
        // Some registries omit the header on HEAD; the body's digest is authoritative anyway.
        return (await this.getManifest(repository, reference))?.digest;
    }
    /** `accept` defaults to MANIFEST_ACCEPT; pass more types to read an artifact a descriptor announces (e.g. a referrer). */
    async getManifest(repository, reference, accept = client_MANIFEST_ACCEPT) {
        const response = await this.request('GET', [pull(repository)], `/v2/${repository}/manifests/${reference}`, { accept });
        if (response.status === 404)
            return undefined;
        await this.expectOk(response, `GET manifest ${repository}:${reference}`);
        const bytes = Buffer.from(await response.arrayBuffer());
        const digest = sha256(bytes);
        if (reference.startsWith('sha256:') && reference !== digest) {
            throw new client_RegistryError(`manifest ${repository}@${reference} from ${this.registry} has digest ${digest}: refusing content that does not match its digest`);
        }
        const json = JSON.parse(bytes.toString());
        const mediaType = json.mediaType ?? response.headers.get('content-type') ?? '';
        return { digest, mediaType, bytes, json };
    }
    /** PUTs manifest bytes under a tag or digest; the bytes are sent as they are, so the digest is kept. */
    async putManifest(repository, reference, manifest) {
        return (await this.putManifestResult(repository, reference, manifest)).digest;
    }
    /**
     * As putManifest, and also tells whether the registry indexed the manifest's `subject`
     * (it answers `OCI-Subject`): when it did not, a client that writes a referrer keeps the
     * referrers tag schema (`sha256-<hex>`) up to date itself.
     */
    async putManifestResult(repository, reference, manifest) {
        const response = await this.request('PUT', [push(repository)], `/v2/${repository}/manifests/${reference}`, { 'content-type': manifest.mediaType }, manifest.bytes);
        await this.expectOk(response, `PUT manifest ${repository}:${reference}`);
        await drain(response);
        return { digest: response.headers.get('docker-content-digest') ?? sha256(manifest.bytes), subjectIndexed: response.headers.has('oci-subject') };
    }
    /** The size of a blob in the repository, or undefined when the repository does not have it (404). -1 when the registry does not say. */
    async headBlob(repository, digest) {
        const response = await this.request('HEAD', [pull(repository)], `/v2/${repository}/blobs/${digest}`, {});
        if (response.status === 404)
            return undefined;
        await this.expectOk(response, `HEAD blob ${repository}@${digest}`);
        const length = response.headers.get('content-length');
        return length === null ? -1 : Number(length);
    }
    /**
     * Streams a blob, following redirects to storage (without the registry's Authorization when
     * the redirect leaves the registry's origin). The stream is checked against the digest and
     * the size as it flows and errors at the end on a mismatch; nothing is buffered whole.
     */
    async getBlobStream(repository, digest, expectedSize, options = {}) {
        const what = `blob ${repository}@${digest} from ${this.registry}`;
        const response = await this.request('GET', [pull(repository)], `/v2/${repository}/blobs/${digest}`, {}, undefined, options.signal);
        await this.expectOk(response, `GET blob ${repository}@${digest}`);
        const header = response.headers.get('content-length');
        const length = header === null || response.headers.has('content-encoding') ? undefined : Number(header);
        if (expectedSize !== undefined && length !== undefined && length !== expectedSize) {
            await response.body?.cancel().catch(() => undefined);
            throw new client_RegistryError(`${what}: the registry announces ${length} bytes, the descriptor ${expectedSize}`);
        }
        const size = expectedSize ?? length;
        const body = response.body ?? new ReadableStream({ start: (c) => c.close() });
        return { size, stream: body.pipeThrough(verifyingStream(digest, size, what)) };
    }
    /**
     * Cross-repository mount: asks the registry to link `digest` from `fromRepository` into
     * `repository` without sending a byte. True when mounted (201); false when the registry
     * opened an upload instead (202), which is cancelled.
     */
    async mountBlob(repository, digest, fromRepository) {
        const query = `?mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(fromRepository)}`;
        const response = await this.request('POST', [push(repository), pull(fromRepository)], `/v2/${repository}/blobs/uploads/${query}`, { 'content-length': '0' });
        if (response.status === 201) {
            await drain(response);
            return true;
        }
        await this.expectOk(response, `mount of ${digest} from ${fromRepository} into ${repository}`);
        await drain(response);
        const location = response.headers.get('location');
        if (response.status === 202 && location)
            await this.cancelUpload(repository, location);
        return false;
    }
    /**
     * Uploads a blob: POST to open an upload, then one monolithic PUT of the bytes with the
     * digest (a stream is sent as it is read, with its Content-Length, never buffered). A
     * stream can be sent once, so a failed PUT of a stream is not retried here: retry by
     * opening a new stream and calling again. A byte array is retried whole.
     */
    async uploadBlob(repository, digest, size, body) {
        if (!(body instanceof Uint8Array))
            return this.uploadOnce(repository, digest, size, body);
        const { attempts } = this.retry;
        for (let i = 1;; i++) {
            try {
                return await this.uploadOnce(repository, digest, size, body);
            }
            catch (error) {
                if (i >= attempts || !client_isTransient(error))
                    throw error;
                await this.pause(i, error.retryAfterMs);
            }
        }
    }
    /**
     * The manifests that refer to `digest`: the OCI referrers API when the registry has it, else
     * (404) the referrers tag schema (`sha256-<hex>`, an index); and in both cases cosign's
     * `sha256-<hex>.sig`, `.att` and `.sbom` tags, which cosign writes whatever the registry supports.
     */
    async listReferrers(repository, digest) {
        // The three lookups are independent: ask at once.
        const [listed, tagged] = await Promise.all([
            this.referrersFromApiOrIndex(repository, digest),
            Promise.all(cosignTags(digest).map(async (tag) => ({ tag, digest: await this.headManifest(repository, tag) }))),
        ]);
        const referrers = [];
        const seen = new Set();
        for (const d of listed.descriptors) {
            if (seen.has(d.digest))
                continue;
            seen.add(d.digest);
            referrers.push(fromDescriptor(d));
        }
        for (const { tag, digest: found } of tagged) {
            if (!found || seen.has(found))
                continue;
            const manifest = await this.getManifest(repository, found);
            if (!manifest)
                continue;
            seen.add(found);
            referrers.push({
                digest: found,
                mediaType: manifest.mediaType,
                size: manifest.bytes.length,
                ...(manifest.json.artifactType ? { artifactType: manifest.json.artifactType } : {}),
                tag,
            });
        }
        return { via: listed.via, referrers, ...(listed.index ? { index: listed.index } : {}) };
    }
    /** The referrers API (every page), or when the registry does not have it, the referrers tag schema index. */
    async referrersFromApiOrIndex(repository, digest) {
        const descriptors = [];
        let url = `${this.base}/v2/${repository}/referrers/${digest}`;
        for (let page = 0; url && page < MAX_REFERRER_PAGES; page++) {
            const response = await this.request('GET', [pull(repository)], url, { accept: client_OCI_INDEX });
            if (page === 0 && [400, 404, 405, 406, 501].includes(response.status)) {
                await drain(response);
                const index = await this.getManifest(repository, client_referrersTag(digest));
                return { via: 'tags', descriptors: index?.json.manifests ?? [], ...(index ? { index } : {}) };
            }
            await this.expectOk(response, `GET referrers of ${repository}@${digest}`);
            const json = (await response.json());
            descriptors.push(...(json.manifests ?? []));
            url = nextLink(response.headers.get('link'), url);
        }
        return { via: 'api', descriptors };
    }
    async uploadOnce(repository, digest, size, body) {
        const what = `upload of blob ${digest} to ${this.registry}/${repository}`;
        const started = await this.request('POST', [push(repository)], `/v2/${repository}/blobs/uploads/`, { 'content-length': '0' });
        await this.expectOk(started, `start of the ${what}`);
        await drain(started);
        const location = started.headers.get('location');
        if (started.status !== 202 || !location) {
            throw new client_RegistryError(`start of the ${what} answered ${started.status} without an upload location`, started.status);
        }
        const url = new URL(location, `${this.base}/v2/${repository}/blobs/uploads/`);
        url.hash = '';
        const target = `${url.href}${url.search ? '&' : '?'}digest=${encodeURIComponent(digest)}`;
        const headers = {
            'content-type': 'application/octet-stream',
            'content-length': String(size),
            ...(url.origin === this.origin ? this.authHeader([push(repository)].join(' ')) : {}),
        };
        let response;
        try {
            // redirect 'error', not 'manual': for any other mode undici clones the request to be able to
            // replay it on a redirect, which tees a stream body and keeps every byte of it in memory.
            response = await this.fetch(target, {
                method: 'PUT',
                headers,
                body,
                redirect: 'error',
                ...(body instanceof Uint8Array ? {} : { duplex: 'half' }),
            });
        }
        catch (error) {
            throw new client_RegistryError(`${what} failed: ${client_describe(error)}`, undefined, { transient: client_isTransient(error), cause: error });
        }
        if (!response.ok) {
            const retryAfterMs = this.retryAfter(response);
            const text = (await response.text().catch(() => '')).slice(0, 300).trim();
            throw new client_RegistryError(`${what} answered ${response.status}${text ? `: ${text}` : ''}`, response.status, retryAfterMs === undefined ? {} : { retryAfterMs });
        }
        await drain(response);
        const stored = response.headers.get('docker-content-digest');
        if (stored && stored !== digest)
            throw new client_RegistryError(`${what}: the registry stored it as ${stored}`);
    }
    async cancelUpload(repository, location) {
        const url = new URL(location, `${this.base}/v2/${repository}/blobs/uploads/`);
        if (url.origin !== this.origin)
            return;
        const response = await this.request('DELETE', [push(repository)], url.href, {}).catch(() => undefined);
        if (response)
            await drain(response);
    }
    async expectOk(response, what) {
        if (response.ok)
            return;
        const body = response.bodyUsed ? '' : (await response.text().catch(() => '')).slice(0, 300);
        const retryAfterMs = this.retryAfter(response);
        throw new client_RegistryError(`${what} on ${this.registry} answered ${response.status}${body ? `: ${body.trim()}` : ''}`, response.status, retryAfterMs === undefined ? {} : { retryAfterMs });
    }
    /**
     * One call with auth: the credentials or token already known for these scopes go up front;
     * a 401 challenge (Basic, or Bearer with one token request naming every scope) is answered once.
     * `target` is a path under the registry or an absolute URL (an upload location).
     */
    async request(method, scopes, target, headers, body, signal) {
        const url = target.startsWith('/') ? `${this.base}${target}` : target;
        const key = scopes.join(' ');
        let response = await this.send(method, url, { ...headers, ...this.authHeader(key) }, body, signal);
        if (response.status !== 401)
            return response;
        const challenge = parseChallenge(response.headers.get('www-authenticate'));
        await drain(response);
        if (challenge?.scheme === 'basic') {
            if (!this.options.credentials)
                throw new client_RegistryError(`${this.registry} requires credentials (answered 401)`, 401);
            this.basic = true;
        }
        else if (challenge?.scheme === 'bearer') {
            await this.fetchToken(challenge.params, scopes);
        }
        else {
            throw new client_RegistryError(`${this.registry} answered 401 without a usable WWW-Authenticate challenge`, 401);
        }
        response = await this.send(method, url, { ...headers, ...this.authHeader(key) }, body, signal);
        if (response.status === 401)
            throw new client_RegistryError(`${this.registry} refused the credentials (401) for ${key}`, 401);
        return response;
    }
    authHeader(key) {
        const token = this.tokens.get(key) ?? this.coveringToken(key);
        if (token)
            return { authorization: `Bearer ${token}` };
        const creds = this.options.credentials;
        if (this.basic && creds)
            return { authorization: basicAuthorization(creds.username, creds.password) };
        return {};
    }
    /** A token already held for a wider grant (`pull,push` on a repository covers `pull` on it). */
    coveringToken(key) {
        const wanted = key.split(' ').map(parseScope);
        for (const [held, token] of this.tokens) {
            const grants = held.split(' ').map(parseScope);
            const covered = wanted.every((w) => grants.some((g) => g.resource === w.resource && w.actions.every((a) => g.actions.includes(a))));
            if (covered)
                return token;
        }
        return undefined;
    }
    async fetchToken(params, scopes) {
        const key = scopes.join(' ');
        if (!params.realm)
            throw new client_RegistryError(`${this.registry} sent a Bearer challenge without a realm`, 401);
        const url = new URL(params.realm);
        if (params.service)
            url.searchParams.set('service', params.service);
        for (const scope of scopes)
            url.searchParams.append('scope', scope);
        const creds = this.options.credentials;
        const headers = creds ? { authorization: basicAuthorization(creds.username, creds.password) } : {};
        const response = await this.withRetries(() => this.fetch(url, { headers }));
        if (!response.ok)
            throw new client_RegistryError(`token request to ${url.host} for ${key} answered ${response.status}`, response.status);
        const body = (await response.json());
        const token = body.token ?? body.access_token;
        if (!token)
            throw new client_RegistryError(`token response from ${url.host} held no token`);
        this.tokens.set(key, token);
    }
    /**
     * Sends with retries and follows redirects by hand, so the registry's Authorization never
     * reaches another origin (blob GETs are commonly redirected to object storage).
     */
    async send(method, url, headers, body, signal) {
        let current = url;
        for (let hop = 0;; hop++) {
            const hopHeaders = new URL(current).origin === this.origin ? headers : withoutAuthorization(headers);
            const hopMethod = method;
            const hopBody = body;
            const response = await this.withRetries(() => this.fetch(current, {
                method: hopMethod,
                headers: hopHeaders,
                ...(hopBody ? { body: hopBody } : {}),
                ...(signal ? { signal } : {}),
                redirect: 'manual',
            }));
            const location = response.headers.get('location');
            if (!REDIRECTS.has(response.status) || !location)
                return response;
            await drain(response);
            if (hop >= MAX_REDIRECTS)
                throw new client_RegistryError(`${method} ${url} on ${this.registry}: more than ${MAX_REDIRECTS} redirects`);
            current = new URL(location, current).href;
            if (response.status === 303 && method !== 'HEAD') {
                method = 'GET';
                body = undefined;
            }
        }
    }
    retryAfter(response) {
        const header = response.headers.get('retry-after');
        if (!header)
            return undefined;
        const seconds = Number(header);
        if (Number.isFinite(seconds) && seconds >= 0)
            return seconds * 1000;
        const date = Date.parse(header);
        return Number.isFinite(date) ? Math.max(0, date - Date.now()) : undefined;
    }
    /** Waits before attempt i+1: Retry-After when given, else exponential back-off; capped by maxWaitMs. */
    async pause(attempt, retryAfterMs) {
        const { backoffMs, maxWaitMs } = this.retry;
        const wait = retryAfterMs !== undefined && retryAfterMs > 0 ? retryAfterMs : backoffMs * 2 ** (attempt - 1);
        await new Promise((resolve) => setTimeout(resolve, Math.min(wait, maxWaitMs)));
    }
    /** Retries 429, 5xx and connection errors with back-off, bounded in count and in wait. */
    async withRetries(attempt) {
        const { attempts } = this.retry;
        for (let i = 1;; i++) {
            let response;
            try {
                response = await attempt();
                if (response.status !== 429 && response.status < 500)
                    return response;
                if (i >= attempts)
                    return response;
            }
            catch (error) {
                if (i >= attempts)
                    throw new client_RegistryError(`cannot reach ${this.registry}: ${error.message}`, undefined, { transient: true, cause: error });
            }
            const retryAfter = response ? this.retryAfter(response) : undefined;
            if (response)
                await drain(response);
            await this.pause(i, retryAfter);
        }
    }
}
function pull(repository) {
    return `repository:${repository}:pull`;
}
function push(repository) {
    return `repository:${repository}:pull,push`;
}
/** `repository:org/app:pull,push` → resource `repository:org/app`, actions [pull, push]. */
function parseScope(scope) {
    const colon = scope.lastIndexOf(':');
    return { resource: scope.slice(0, colon), actions: scope.slice(colon + 1).split(',') };
}
function withoutAuthorization(headers) {
    return Object.fromEntries(Object.entries(headers).filter(([name]) => name.toLowerCase() !== 'authorization'));
}
function fromDescriptor(d) {
    return {
        digest: d.digest,
        mediaType: d.mediaType ?? '',
        ...(d.size !== undefined ? { size: d.size } : {}),
        ...(d.artifactType ? { artifactType: d.artifactType } : {}),
        ...(d.annotations ? { annotations: d.annotations } : {}),
    };
}

;// CONCATENATED MODULE: ../kit/src/registry/copy.ts


const MAX_REFERRER_DEPTH = 3;
const MAX_INDEX_DEPTH = 4;
/**
 * Copies an image (a manifest or an index, with every child) from one repository to another by
 * digest, keeping the digest: blobs the target has are skipped; within one registry they are
 * mounted across repositories (uploaded when the registry declines); between registries each
 * missing blob is streamed from source to target, several at once, and a blob whose transfer
 * breaks off is started again (bounded). Manifests are written by digest with their exact
 * bytes, children before their index; no tag is written, except the tags through which
 * referrers are found (cosign's `sha256-<hex>.sig` and the referrers tag schema). At the end
 * the target is asked for the digest, and anything but the source digest is an error.
 */
async function copyImage(opts) {
    if (!DIGEST.test(opts.digest))
        throw new RegistryError(`copyImage needs a sha256 digest, got "${opts.digest}"`);
    const concurrency = opts.concurrency ?? 4;
    if (!Number.isInteger(concurrency) || concurrency < 1)
        throw new RegistryError(`concurrency must be a whole number of at least 1, got ${concurrency}`);
    const copier = new Copier(opts, concurrency);
    // What refers to the image is read from the source while the image itself is copied; it is
    // written only after the image.
    const listed = opts.referrers === false ? undefined : opts.source.listReferrers(opts.sourceRepository, opts.digest);
    listed?.catch(() => undefined); // awaited below; never an unhandled rejection if the copy fails first
    await copier.copyTree(opts.digest);
    if (listed)
        await copier.copyReferrers(opts.digest, 1, await listed);
    if (!opts.dryRun) {
        const atTarget = await opts.target.headManifest(opts.targetRepository, opts.digest);
        if (atTarget !== opts.digest) {
            throw new RegistryError(`after the copy, ${opts.target.registry}/${opts.targetRepository}@${opts.digest} answers ${atTarget ?? 'nothing (404)'}, not the source digest`);
        }
    }
    return copier.result;
}
class Copier {
    opts;
    concurrency;
    result = {
        digest: '',
        bytesMoved: 0,
        blobs: { skipped: 0, mounted: 0, uploaded: 0 },
        manifests: 0,
        referrers: [],
        retries: 0,
        warnings: [],
    };
    blobTasks = new Map();
    accounted = new Set();
    sameRegistry;
    constructor(opts, concurrency) {
        this.opts = opts;
        this.concurrency = concurrency;
        this.result.digest = opts.digest;
        this.sameRegistry = opts.source.registry === opts.target.registry;
    }
    log(line) {
        this.opts.log?.(line);
    }
    get where() {
        return `${this.opts.target.registry}/${this.opts.targetRepository}`;
    }
    /**
     * Copies one manifest or index and everything under it. Returns the root manifest, whether it
     * was written, and whether the target indexed its `subject` (the referrers API).
     */
    async copyTree(digest, mediaType) {
        const atTarget = (d) => this.opts.target.headManifest(this.opts.targetRepository, d);
        // Reading the source and asking the target are independent: at once.
        const [root, rootPresent] = await Promise.all([this.load(digest, 0, mediaType), atTarget(digest)]);
        const toWrite = [];
        const blobs = new Map();
        const visit = async (node) => {
            const present = (node === root ? rootPresent : await atTarget(node.manifest.digest)) === node.manifest.digest;
            if (present) {
                this.skipSubtree(node);
                return;
            }
            for (const child of node.children)
                await visit(child);
            for (const blob of blobsOf(node.manifest))
                if (!blobs.has(blob.digest))
                    blobs.set(blob.digest, blob);
            toWrite.push(node);
        };
        await visit(root);
        await pool([...blobs.values()], this.concurrency, (blob) => this.blob(blob));
        let subjectIndexed = false;
        for (const node of toWrite) {
            const { manifest } = node;
            this.result.manifests++;
            if (this.opts.dryRun)
                continue;
            const put = await this.opts.target.putManifestResult(this.opts.targetRepository, manifest.digest, manifest);
            if (put.digest !== manifest.digest)
                throw new RegistryError(`${this.where} stored manifest ${manifest.digest} as ${put.digest}`);
            if (node === root)
                subjectIndexed = put.subjectIndexed;
            this.log(`manifest ${manifest.digest} (${manifest.mediaType}) written to ${this.where}`);
        }
        return { manifest: root.manifest, written: toWrite.includes(root), subjectIndexed };
    }
    /** Copies what refers to `subject` (signatures, SBOMs, attestations), and what refers to those. */
    async copyReferrers(subject, depth, listed) {
        if (depth > MAX_REFERRER_DEPTH)
            return;
        const { source, sourceRepository, target, targetRepository } = this.opts;
        const list = listed ?? (await source.listReferrers(sourceRepository, subject));
        const indexed = [];
        let anyWritten = false;
        let apiAtTarget = false;
        for (const referrer of list.referrers) {
            if (this.result.referrers.includes(referrer.digest))
                continue;
            const copied = await this.copyTree(referrer.digest, referrer.mediaType);
            this.result.referrers.push(referrer.digest);
            if (referrer.tag) {
                await this.tag(referrer.tag, copied.manifest);
            }
            else {
                indexed.push(referrer);
                anyWritten ||= copied.written;
                apiAtTarget ||= copied.subjectIndexed;
            }
            await this.copyReferrers(referrer.digest, depth + 1);
        }
        if (indexed.length === 0 || apiAtTarget)
            return;
        // The target said nothing of a subject while storing a referrer (or nothing was stored):
        // unless it has the referrers API, keep its referrers tag schema index complete.
        let existing;
        if (!anyWritten) {
            const atTarget = await target.listReferrers(targetRepository, subject);
            if (atTarget.via === 'api')
                return;
            existing = atTarget.index;
        }
        else {
            existing = await target.getManifest(targetRepository, referrersTag(subject));
        }
        await this.writeReferrersIndex(subject, indexed, existing, list.index);
    }
    async writeReferrersIndex(subject, referrers, existing, sourceIndex) {
        const tag = referrersTag(subject);
        const have = new Set((existing?.json.manifests ?? []).map((d) => d.digest));
        const missing = referrers.filter((r) => !have.has(r.digest));
        if (missing.length === 0)
            return;
        let manifest;
        const sourceCovers = sourceIndex && referrers.every((r) => sourceIndex.json.manifests?.some((d) => d.digest === r.digest));
        if (!existing && sourceIndex && sourceCovers) {
            manifest = sourceIndex; // the very bytes, so the index keeps its digest
        }
        else {
            const json = existing ? { ...existing.json } : { schemaVersion: 2, mediaType: OCI_INDEX };
            json.manifests = [...(existing?.json.manifests ?? []), ...missing.map(toDescriptor)];
            manifest = { bytes: Buffer.from(JSON.stringify(json)), mediaType: existing?.mediaType || OCI_INDEX };
        }
        this.result.manifests++;
        if (this.opts.dryRun)
            return;
        await this.opts.target.putManifest(this.opts.targetRepository, tag, manifest);
        this.log(`referrers index ${tag} written to ${this.where} (${missing.length} added)`);
    }
    /** Writes a referrer's tag at the target; a tag there that names other content is left alone. */
    async tag(tag, manifest) {
        const current = await this.opts.target.headManifest(this.opts.targetRepository, tag);
        if (current === manifest.digest)
            return;
        if (current) {
            this.result.warnings.push(`${this.where}:${tag} names ${current}, not ${manifest.digest}: left as it is (${manifest.digest} was copied by digest)`);
            return;
        }
        if (this.opts.dryRun)
            return;
        await this.opts.target.putManifest(this.opts.targetRepository, tag, manifest);
        this.log(`tag ${tag} → ${manifest.digest} written to ${this.where}`);
    }
    async load(digest, depth, mediaType) {
        const accept = mediaType && !MANIFEST_ACCEPT.includes(mediaType) ? `${MANIFEST_ACCEPT}, ${mediaType}` : MANIFEST_ACCEPT;
        const manifest = await this.opts.source.getManifest(this.opts.sourceRepository, digest, accept);
        if (!manifest)
            throw new RegistryError(`${this.opts.source.registry}/${this.opts.sourceRepository}@${digest} does not exist`, 404);
        const entries = manifest.json.manifests;
        if (!entries)
            return { manifest, children: [] };
        if (depth >= MAX_INDEX_DEPTH)
            throw new RegistryError(`${this.opts.sourceRepository}@${digest}: indexes nested deeper than ${MAX_INDEX_DEPTH}`);
        const children = await Promise.all(entries.map((entry) => this.load(entry.digest, depth + 1, entry.mediaType)));
        return { manifest, children };
    }
    /** A manifest already at the target has its blobs there too (the registry checked them when it was written). */
    skipSubtree(node) {
        for (const blob of blobsOf(node.manifest)) {
            if (this.accounted.has(blob.digest))
                continue;
            this.accounted.add(blob.digest);
            this.result.blobs.skipped++;
        }
        for (const child of node.children)
            this.skipSubtree(child);
    }
    blob(descriptor) {
        let task = this.blobTasks.get(descriptor.digest);
        if (!task) {
            task = this.copyBlob(descriptor);
            this.blobTasks.set(descriptor.digest, task);
        }
        return task;
    }
    async copyBlob(descriptor) {
        const { source, sourceRepository, target, targetRepository, dryRun } = this.opts;
        const { digest } = descriptor;
        if (this.accounted.has(digest))
            return;
        const count = (kind) => {
            this.accounted.add(digest);
            this.result.blobs[kind]++;
        };
        const mountable = this.sameRegistry && sourceRepository !== targetRepository;
        // Within a registry the mount is asked for first: it answers 201 whether or not the target
        // repository already links the blob, so a HEAD before it would be a round trip for nothing.
        // Only a declined mount (202) leads to the HEAD, and to an upload if the blob is missing.
        if (mountable && !dryRun && (await target.mountBlob(targetRepository, digest, sourceRepository))) {
            this.log(`blob ${digest} mounted from ${sourceRepository}`);
            return count('mounted');
        }
        if ((await target.headBlob(targetRepository, digest)) !== undefined)
            return count('skipped');
        if (mountable && dryRun)
            return count('mounted');
        if (dryRun) {
            this.result.bytesMoved += descriptor.size ?? (await source.headBlob(sourceRepository, digest)) ?? 0;
            return count('uploaded');
        }
        await this.transfer(descriptor);
        count('uploaded');
    }
    /**
     * Streams one blob from source to target, with one retry budget (`target.retry.attempts`) for
     * the whole operation. The source is opened only when the target starts reading the upload's
     * body, so a target that refuses to open an upload (after the client's own retries of that
     * request, which spend the budget) ends the operation without a byte read from the source;
     * each try reads the source at most once. A transfer that breaks off mid-stream is started
     * again from the beginning while the budget lasts. The last chunk is held back until the
     * source's bytes have matched their digest, so bytes that do not match are never all sent
     * and a target that does not check uploads cannot complete one.
     */
    async transfer(descriptor) {
        const { source, sourceRepository, target, targetRepository } = this.opts;
        const { attempts, backoffMs, maxWaitMs } = target.retry;
        for (let attempt = 1;; attempt++) {
            const abort = new AbortController();
            let openFailed = false;
            const open = async (size) => {
                try {
                    return await source.getBlobStream(sourceRepository, descriptor.digest, size, { signal: abort.signal });
                }
                catch (error) {
                    openFailed = true;
                    throw error;
                }
            };
            try {
                let size = descriptor.size;
                let blob;
                if (size === undefined) {
                    // No size in the manifest: only the source's Content-Length can give one, so it is opened first.
                    blob = await open(undefined);
                    if (blob.size === undefined) {
                        await blob.stream.cancel().catch(() => undefined);
                        throw new RegistryError(`blob ${descriptor.digest}: neither the manifest nor ${source.registry} gives its size`);
                    }
                    size = blob.size;
                }
                const [known, sized] = [blob, size];
                const body = holdBackLastChunk(async () => (known ?? (await open(sized))).stream);
                // The stream is checked against the digest and size as it flows, so on success exactly `size` bytes went out.
                await target.uploadBlob(targetRepository, descriptor.digest, size, body);
                this.result.bytesMoved += size;
                this.log(`blob ${descriptor.digest} (${size} bytes) uploaded to ${this.where}`);
                return;
            }
            catch (error) {
                abort.abort();
                // The client retries each request it makes (opening the upload, opening the source) up
                // to the same budget: a failure there has spent it. Only a transfer that broke off once
                // under way (the upload's body was being read) is worth starting again.
                const spent = isTransient(error) && (openFailed || uploadNotStarted(error));
                if (attempt >= attempts || spent || !isTransient(error)) {
                    const message = error instanceof Error ? error.message : String(error);
                    const tries = spent ? attempts : attempt;
                    throw new RegistryError(`copying blob ${descriptor.digest} to ${this.where} failed${tries > 1 ? ` after ${tries} attempts` : ''}: ${message}`, error instanceof RegistryError ? error.status : undefined, { cause: error, transient: false });
                }
                const retryAfter = error instanceof RegistryError ? error.retryAfterMs : undefined;
                const wait = retryAfter !== undefined && retryAfter > 0 ? retryAfter : backoffMs * 2 ** (attempt - 1);
                this.result.retries++;
                this.log(`blob ${descriptor.digest}: attempt ${attempt} failed (${error instanceof Error ? error.message : String(error)}); starting it again`);
                await new Promise((resolve) => setTimeout(resolve, Math.min(wait, maxWaitMs)));
            }
        }
    }
}
/** The target answered the request that opens an upload with an error, after the client's own retries of it. */
function uploadNotStarted(error) {
    return error instanceof RegistryError && error.message.startsWith('start of the upload of blob');
}
/**
 * A stream that opens `open()` when it is first read, and passes its chunks on one behind: the
 * last chunk goes out only once the source has ended cleanly, i.e. after its digest and size
 * were checked (the source stream errors at its end otherwise). A source that errors leaves the
 * upload short of its Content-Length, which no registry can take as a complete blob.
 */
function holdBackLastChunk(open) {
    let reader;
    let held;
    return new ReadableStream({
        async pull(controller) {
            try {
                reader ??= (await open()).getReader();
                for (;;) {
                    const { done, value } = await reader.read();
                    if (done) {
                        if (held)
                            controller.enqueue(held);
                        held = undefined;
                        controller.close();
                        return;
                    }
                    if (value.byteLength === 0)
                        continue;
                    const previous = held;
                    held = value;
                    if (previous) {
                        controller.enqueue(previous);
                        return;
                    }
                }
            }
            catch (error) {
                held = undefined;
                controller.error(error);
            }
        },
        async cancel(reason) {
            held = undefined;
            await reader?.cancel(reason).catch(() => undefined);
        },
        // No read-ahead: with the default high-water mark of 1 the source would be opened at once.
    }, { highWaterMark: 0 });
}
/** The blobs a manifest names: config, layers (foreign layers that live elsewhere excepted), an artifact's blobs. */
function blobsOf(manifest) {
    const { config, layers, blobs } = manifest.json;
    const all = [...(config ? [config] : []), ...(layers ?? []), ...(blobs ?? [])];
    return all.filter((d) => !(d.urls?.length && /foreign|nondistributable/.test(d.mediaType ?? '')));
}
function toDescriptor(r) {
    return {
        mediaType: r.mediaType,
        digest: r.digest,
        ...(r.size !== undefined ? { size: r.size } : {}),
        ...(r.artifactType ? { artifactType: r.artifactType } : {}),
        ...(r.annotations ? { annotations: r.annotations } : {}),
    };
}
/** Runs `task` over `items`, at most `limit` at once; after the first failure no new task starts, and the first error is thrown once the running ones settle. */
async function pool(items, limit, task) {
    let next = 0;
    let failure;
    const worker = async () => {
        while (!failure && next < items.length) {
            const item = items[next++];
            try {
                await task(item);
            }
            catch (error) {
                failure ??= { error };
            }
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    if (failure)
        throw failure.error;
}

;// CONCATENATED MODULE: ../kit/src/registry/index.ts






;// CONCATENATED MODULE: ./src/services.ts


const ACCEPTED = 'a YAML mapping such as "sensor-api: {image: ghcr.io/octo-org/sensor-api, gitops-path: envs/{environment}/sensor-api}"';
const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
const KEYS = new Set(['image', 'gitops-path', 'workflow']);
let parseYaml;
/**
 * Loads the YAML parser parseServices needs. It is a fifth of the bundle, so it is loaded when
 * there is a services input to read (getInputs awaits this), not when the action starts.
 */
async function loadServicesParser() {
    parseYaml ??= (await __nccwpck_require__.e(/* import() */ 717).then(__nccwpck_require__.t.bind(__nccwpck_require__, 1717, 19))).parse;
}
function parseServices(raw, name) {
    if (raw === '')
        throw new src/* InputError */.dz(name, 'is required but was empty', ACCEPTED);
    if (!parseYaml)
        throw new Error('parseServices needs loadServicesParser() to have finished');
    let doc;
    try {
        doc = parseYaml(raw);
    }
    catch (error) {
        throw new src/* InputError */.dz(name, `is not valid YAML (${(0,src/* errorMessage */.gJ)(error).split('\n')[0]})`, ACCEPTED);
    }
    if (!(0,src/* isRecord */.u4)(doc))
        throw new src/* InputError */.dz(name, 'is not a mapping of service names', ACCEPTED);
    const services = new Map();
    for (const [service, value] of Object.entries(doc)) {
        if (!NAME.test(service))
            throw new src/* InputError */.dz(name, `has an invalid service name "${service}"`, 'service names of letters, digits, ".", "_" and "-"');
        const settings = typeof value === 'string' ? { image: value } : value;
        if (!(0,src/* isRecord */.u4)(settings))
            throw new src/* InputError */.dz(name, `has no settings for service "${service}"`, ACCEPTED);
        const extra = Object.keys(settings).filter((k) => !KEYS.has(k));
        if (extra.length)
            throw new src/* InputError */.dz(name, `has unknown keys for service "${service}": ${extra.join(', ')}`, 'only image, gitops-path and workflow');
        const image = String(settings.image ?? '');
        const ref = parseReference(image);
        if (!ref || ref.tag || ref.digest)
            throw new src/* InputError */.dz(name, `has an invalid image "${image}" for service "${service}"`, 'an image name without tag or digest, such as ghcr.io/octo-org/sensor-api');
        const workflow = String(settings.workflow ?? '');
        if (workflow && !/^(?:\d+|[A-Za-z0-9._/-]+\.ya?ml)$/.test(workflow))
            throw new src/* InputError */.dz(name, `has an invalid workflow "${workflow}" for service "${service}"`, 'a workflow file name such as deploy.yml');
        services.set(service, {
            name: service,
            image,
            registry: ref.registry,
            repository: ref.repository,
            gitopsPath: String(settings['gitops-path'] ?? ''),
            workflow,
        });
    }
    if (services.size === 0)
        throw new src/* InputError */.dz(name, 'names no service', ACCEPTED);
    return services;
}

;// CONCATENATED MODULE: ./src/inputs.ts



const ENV_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;
function environmentItem(value, name) {
    if (!ENV_NAME.test(value))
        throw new src/* InputError */.dz(name, `contains an invalid environment name "${value}"`, 'names of letters, digits, ".", "_" and "-", such as dev, staging, production');
    return value;
}
/** An app's bot login `<slug>[bot]`; a bare slug gets its `[bot]`. Users cannot have `[` in their logins, so it cannot be impersonated. */
function botLogin(accepted) {
    return (raw, name) => {
        if (raw === '')
            return '';
        const match = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))(\[bot\])?$/.exec(raw);
        if (!match)
            throw new src/* InputError */.dz(name, `has an invalid value "${raw}"`, accepted);
        return `${match[1]}[bot]`;
    };
}
/** Every input of action.yml, and only those: a contract test compares the two. */
const inputSpecs = {
    services: { parse: parseServices },
    environments: (0,src/* list */.p_)({ item: environmentItem }),
    'production-environments': (0,src/* list */.p_)({ item: environmentItem }),
    permission: (0,src/* oneOf */.yL)(ROLES.filter((r) => r !== 'none'), 'write'),
    workflow: (0,src/* text */.Qq)({
        default: 'deploy.yml',
        pattern: /^(?:\d+|[A-Za-z0-9._/-]+\.ya?ml)$/,
        accepted: 'a workflow file name such as deploy.yml, or a workflow id',
    }),
    ref: (0,src/* text */.Qq)({ pattern: /^[A-Za-z0-9._/-]+$/, accepted: 'a branch or tag name such as main' }),
    'lock-timeout': (0,src/* duration */.p0)('2h'),
    'registry-username': (0,src/* text */.Qq)(),
    'registry-password': (0,src/* secret */.rJ)(),
    'github-token': (0,src/* secret */.rJ)(),
    'relay-app': {
        parse: botLogin("the relay GitHub App's bot login, such as chat-relay[bot] (or its slug chat-relay), or empty to refuse every repository_dispatch"),
    },
    // Kept as written: a personal access token comments as a user, without `[bot]`.
    'bot-login': (0,src/* text */.Qq)({
        default: 'github-actions[bot]',
        pattern: /^[A-Za-z0-9][A-Za-z0-9-]{0,38}(?:\[bot\])?$/,
        accepted: 'the login chatops comments as: github-actions[bot] for the GITHUB_TOKEN, <app-slug>[bot] for a GitHub App token',
    }),
    // What really runs, for /status and the drift check: Git and the cluster.
    'gitops-repo': (0,src/* text */.Qq)(),
    'gitops-token': (0,src/* secret */.rJ)(),
    kubeconfig: (0,src/* secret */.rJ)(),
    namespace: (0,src/* text */.Qq)({
        default: '{service}-{environment}',
        pattern: /^[a-z0-9{}]([-a-z0-9{}]*[a-z0-9{}])?$/,
        accepted: 'a namespace, {service} and {environment} replaced, such as {service}-{environment}',
    }),
    check: (0,src/* oneOf */.yL)(['none', 'drift'], 'none'),
};
async function getInputs(source = (0,src/* envInputSource */.lQ)()) {
    if ((source('services') ?? '').trim() !== '')
        await loadServicesParser();
    const inputs = (0,src/* readInputs */.Ko)(inputSpecs, source);
    if (inputs.environments.length === 0)
        inputs.environments = ['dev', 'staging', 'production'];
    const unknown = inputs['production-environments'].filter((e) => !inputs.environments.includes(e));
    if (unknown.length)
        throw new src/* InputError */.dz('production-environments', `names ${unknown.join(', ')}, which is not in environments`, `names from environments (${inputs.environments.join(', ')})`);
    if (Boolean(inputs['registry-username']) !== Boolean(inputs['registry-password'])) {
        const missing = inputs['registry-username'] ? 'registry-password' : 'registry-username';
        throw new src/* InputError */.dz(missing, 'is empty while the other credential input is set', 'both registry-username and registry-password, or neither (to use the existing Docker login)');
    }
    return inputs;
}

// EXTERNAL MODULE: ./src/github.ts + 1 modules
var github = __nccwpck_require__(5811);
;// CONCATENATED MODULE: ../kit/src/github/deployments.ts
async function createDeployment(gh, repo, deployment) {
    const { data } = await gh.request('POST /repos/{owner}/{repo}/deployments', {
        ...repo,
        ref: deployment.ref,
        environment: deployment.environment,
        payload: deployment.payload,
        description: deployment.description.slice(0, 140),
        production_environment: deployment.production ?? false,
        transient_environment: deployment.transient ?? false,
        auto_merge: false,
        required_contexts: [],
        task: deployment.task ?? 'deploy',
    });
    // 202 (a merge of the default branch into the ref is under way) answers a message, not a deployment.
    if (!('id' in data))
        throw new Error(`GitHub did not create the deployment to ${deployment.environment}: ${data.message ?? 'no reason given'}`);
    return Number(data.id);
}
/** A success marks earlier successful deployments of the environment inactive (auto_inactive). */
async function setDeploymentStatus(gh, repo, id, status) {
    await gh.request('POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', {
        ...repo,
        deployment_id: id,
        state: status.state,
        description: status.description.slice(0, 140),
        ...(status.logUrl ? { log_url: status.logUrl } : {}),
        ...(status.environmentUrl ? { environment_url: status.environmentUrl } : {}),
        ...(status.state === 'success' ? { auto_inactive: true } : {}),
    });
}

;// CONCATENATED MODULE: ./src/reply.ts



/** The audit line every reply ends with: who, what, when, which run. */
function footer(opts) {
    const run = opts.runUrl ? ` · [run](${opts.runUrl})` : '';
    return `<sub>@${opts.user} · ${(0,src/* code */.aY)(opts.command)} · ${opts.time.toISOString().replace(/\.\d{3}Z$/, 'Z')}${run}</sub>`;
}
function workingReply(command) {
    return `### ⏳ ${(0,src/* code */.aY)(command)}\nChecking permission, resolving the version, taking the lock…`;
}
function refusedReply(command, reason) {
    return `### ❌ ${(0,src/* code */.aY)(command)} refused\n${reason}`;
}
function helpReply(command, inputs) {
    const lines = [
        command.kind === 'unknown' ? `### 🤔 ${(0,src/* code */.aY)(command.text)} is not understood\n${command.reason}.\n\nThese commands are:` : '### ChatOps commands',
        ...USAGE.map((usage) => `- ${(0,src/* code */.aY)(usage)}`),
        '',
        `Services: ${[...inputs.services.keys()].map(src/* code */.aY).join(', ')}`,
        `Environments, in promotion order: ${inputs.environments.map(src/* code */.aY).join(' → ')}`,
        `\`/deploy\` and \`/rollback\` need ${inputs.permission} permission (admin for ${inputs['production-environments'].map(src/* code */.aY).join(', ') || 'none'}).`,
    ];
    return lines.join('\n');
}
function statusReply(service, rows, deploymentsUrl) {
    // The version and who come from deployment payloads, which anyone who can create a deployment writes: code spans, so no link or mention renders.
    const shown = (value, length) => (value === '—' ? '—' : (0,src/* code */.aY)(value.slice(0, length)));
    const table = (0,src/* markdownTable */.Qj)(['environment', 'version', 'digest', 'commit', 'who', 'when', 'state'], rows.map((r) => [r.environment, shown(r.version), shown(r.digest, 19), shown(r.commit, 12), shown(r.who), r.when, r.state]));
    return `### 📋 ${(0,src/* escapeCell */.kq)(service)}: what runs where\n${table}\n\n[All deployments](${deploymentsUrl})`;
}
function deployedReply(opts) {
    const verb = opts.kind === 'rollback' ? `Rolling back ${opts.service} in ${opts.environment}` : `Deploying ${opts.service} to ${opts.environment}`;
    const lines = [
        `### 🚀 ${verb}`,
        `| | |`,
        `|---|---|`,
        `| version | ${(0,src/* code */.aY)(opts.version)} |`,
        `| digest | ${(0,src/* code */.aY)(opts.digest)} |`,
        ...(opts.from ? [`| replacing | ${(0,src/* code */.aY)(describe(opts.from))} |`] : []),
        ...(opts.gitopsPath ? [`| GitOps path | ${(0,src/* code */.aY)(opts.gitopsPath)} |`] : []),
        `| deployment | #${opts.deploymentId} (holds the lock until it finishes) |`,
        '',
        `Dispatched [${opts.workflow}](${opts.workflowUrl}); its deploy job runs in the ${(0,src/* code */.aY)(opts.environment)} environment` +
            (opts.production ? ", so it waits for the environment's required reviewers: chat does not bypass the approval." : '.'),
        `[Environment ${opts.environment}](${opts.environmentUrl})`,
    ];
    return lines.join('\n');
}

// EXTERNAL MODULE: ./src/status.ts
var src_status = __nccwpck_require__(5885);
;// CONCATENATED MODULE: ./src/run.ts









/** A command that was understood and refused: answered in the reply, then the step fails. */
class Refusal extends Error {
}
/** What the command names, before anything is looked up: the outputs even a refusal sets. */
function resultOf(command) {
    return {
        command: command.kind === 'none' ? '' : command.kind,
        service: 'service' in command ? command.service : '',
        version: 'version' in command && command.version ? command.version : '',
        environment: 'environment' in command ? command.environment : '',
        digest: '',
        reason: '',
        reply: '',
    };
}
/** A request refused before it is looked at (a dispatch from someone other than the relay app): nothing is read or written on GitHub. */
function refusal(body, reason) {
    const shown = printable(firstLine(body), 160);
    return { ...resultOf(parseCommand(body)), reason, reply: (0,src/* redact */.E$)(refusedReply(shown || 'repository_dispatch', reason)) };
}
/**
 * Carries out one command. A refusal is an answer, not an exception: it comes back with
 * `reason` set (the caller fails the step after writing the outputs and the summary).
 */
async function run(inputs, request, deps) {
    const command = parseCommand(request.body);
    const result = resultOf(command);
    if (request.replyTo)
        result.replyTo = request.replyTo;
    if (command.kind === 'none') {
        core/* info */.pq('not a command: the first line does not start with "/"');
        return result;
    }
    const { client, repo } = deps.github;
    const issue = request.issue;
    const reply = issue ? new github/* Reply */.vG(client, repo, issue, `<!-- chatops:${request.id} -->`, deps.botLogin) : undefined;
    if (request.commentId)
        await (0,github/* react */.wv)(client, repo, request.commentId, 'eyes');
    if (reply)
        await reply.find();
    const shown = printable(firstLine(request.body), 160);
    const audit = footer({ user: request.user, command: shown, time: deps.now(), runUrl: deps.runUrl });
    const say = async (markdown) => {
        result.reply = (0,src/* redact */.E$)(`${markdown}\n\n${audit}`);
        if (reply)
            await reply.write(result.reply);
    };
    try {
        switch (command.kind) {
            case 'help':
            case 'unknown':
                await say(helpReply(command, inputs));
                return result;
            case 'status':
                await say(await run_status(command.service, inputs, deps));
                return result;
            case 'deploy':
            case 'rollback':
                await deploy(command, inputs, request, deps, { say, shown, replyUrl: () => reply?.url ?? '', original: () => reply?.found ?? '', result });
                return result;
        }
    }
    catch (error) {
        if (!(error instanceof Refusal))
            throw error;
        // Nothing was dispatched, even when the digest was already resolved (a lock, a lost race).
        result.digest = '';
        result.reason = error.message;
        await say(refusedReply(shown, error.message));
        return result;
    }
}
function serviceOf(name, inputs) {
    const service = inputs.services.get(name);
    if (!service)
        throw new Refusal(`unknown service ${(0,src/* code */.aY)(printable(name))}; known services: ${[...inputs.services.keys()].join(', ')}`);
    return service;
}
function knownEnvironment(environment, inputs) {
    const verdict = checkEnvironment(printable(environment), inputs.environments);
    if (!verdict.ok)
        throw new Refusal(verdict.reason);
}
async function run_status(name, inputs, deps) {
    const service = serviceOf(name, inputs);
    const { client, repo } = deps.github;
    const history = [];
    for (const environment of inputs.environments)
        history.push(...(await (0,github/* serviceDeployments */.gZ)(client, repo, environment, service.name, 10)));
    const reply = statusReply(service.name, statusRows(history.sort((a, b) => b.id - a.id), inputs.environments), environmentUrl(deps, ''));
    return deps.live ? `${reply}\n\n${await (0,src_status/* whatRunsSection */.a4)(service.name, inputs.environments, history, deps.live)}` : reply;
}
/**
 * /deploy and /rollback: authorize, settle the digest, take the environment's lock (a
 * GitHub Deployment), dispatch the deploy workflow, answer. Each step refuses with a
 * reason the reply shows; a re-run of a request that dispatched does nothing again.
 */
async function deploy(command, inputs, request, deps, io) {
    const service = serviceOf(command.service, inputs);
    knownEnvironment(command.environment, inputs);
    await authorizeRequest(request, command.environment, inputs, deps);
    const here = await (0,github/* serviceDeployments */.gZ)(deps.github.client, deps.github.repo, command.environment, service.name);
    // A re-run of a run that dispatched: the deploy is on its way (or done), and its reply is the record.
    // A deployment in `error` is one whose dispatch failed or lost the lock race, so that request may try again.
    const earlier = here.find((d) => d.request === request.id && d.state !== 'error');
    if (earlier)
        return alreadyDispatched(earlier, io);
    await io.say(workingReply(io.shown));
    const { digest, version } = command.kind === 'deploy' ? await deployTarget(command, service, inputs, deps) : await rollbackDigest(command, service, here, deps);
    io.result.digest = digest;
    io.result.version = version;
    const plan = { command, service, environment: command.environment, digest, version, here };
    const id = await takeLock(plan, inputs, request, deps, io);
    io.result.deploymentId = id;
    const workflow = await dispatchDeploy(plan, id, request, inputs, deps);
    await io.say(deployAnswer(plan, id, workflow, inputs, deps));
}
async function authorizeRequest(request, environment, inputs, deps) {
    const role = effectiveRole(await (0,github/* collaboratorRole */.Vo)(deps.github.client, deps.github.repo, request.user));
    const required = requiredRole(environment, { permission: inputs.permission, productionEnvironments: inputs['production-environments'] });
    const allowed = authorize(request.user, role, required);
    if (!allowed.ok)
        throw new Refusal(allowed.reason);
}
/** /deploy: the version's digest, refused unless it went through the environments before this one. */
async function deployTarget(command, service, inputs, deps) {
    const { digest, version } = await resolveVersion(service, command.version, deps);
    const index = inputs.environments.indexOf(command.environment);
    const before = index > 0 ? await (0,github/* serviceDeployments */.gZ)(deps.github.client, deps.github.repo, inputs.environments[index - 1], service.name) : [];
    const order = checkPromotionOrder(digest, command.environment, inputs.environments, before);
    if (!order.ok)
        throw new Refusal(order.reason);
    return { digest, version };
}
/** /rollback: the digest that ran there before (or the named one, by version or by another name of its digest). */
async function rollbackDigest(command, service, here, deps) {
    let wanted = command.version;
    if (wanted && !here.some((d) => d.version === wanted || d.digest === wanted)) {
        // Not a version recorded there: maybe another name of a digest that ran there.
        const resolved = await resolveVersion(service, wanted, deps).catch(() => undefined);
        if (resolved)
            wanted = resolved.digest;
    }
    const target = rollbackTarget(here, command.environment, wanted);
    if (!target.ok)
        throw new Refusal(wanted && wanted !== command.version ? target.reason.replace(wanted, `${command.version} (${wanted.slice(0, 19)})`) : target.reason);
    const digest = target.target.digest;
    return { digest, version: target.target.version ?? command.version ?? digest.slice(7, 19) };
}
/**
 * The environment's lock is a GitHub Deployment: refused while another holds it; ours is
 * created, then checked again, because two runs can create theirs at the same moment (the older wins).
 */
async function takeLock(plan, inputs, request, deps, io) {
    const { client, repo } = deps.github;
    const { service, environment, digest, version } = plan;
    const now = deps.now();
    const lock = heldLock(plan.here, environment, now, inputs['lock-timeout']);
    if (lock) {
        throw new Refusal(`${service.name} in ${environment} is locked by @${lock.requestedBy ?? lock.creator}'s ${lock.command ? `\`${printable(lock.command)}\`` : 'deployment'} since ${lock.createdAt} (deployment #${lock.id}, ${lock.state}); it is released when that deployment finishes, or after ${formatDuration(inputs['lock-timeout'])}`);
    }
    const id = await createDeployment(client, repo, {
        ref: deps.ref,
        environment,
        production: inputs['production-environments'].includes(environment),
        description: `${plan.command.kind} ${service.name} ${version} by ${request.user}`,
        payload: {
            service: service.name,
            version,
            digest,
            image: `${service.image}@${digest}`,
            requested_by: request.user,
            command: io.shown,
            requested_at: now.toISOString(),
            run_url: deps.runUrl,
            request: request.id,
            reply_url: io.replyUrl(),
            ...(request.replyTo ? { reply_to: request.replyTo } : {}),
        },
    });
    const winner = lockWinner(await (0,github/* serviceDeployments */.gZ)(client, repo, environment, service.name), environment, deps.now(), inputs['lock-timeout'], id);
    if (winner !== id) {
        await setDeploymentStatus(client, repo, id, { state: 'error', description: `lost the lock to deployment #${winner}`, logUrl: deps.runUrl });
        throw new Refusal(`${service.name} in ${environment} was locked by deployment #${winner} a moment earlier; try again when it finishes`);
    }
    return id;
}
/** Dispatches the service's deploy workflow; a failed dispatch releases the lock (status error). Returns the workflow. */
async function dispatchDeploy(plan, id, request, inputs, deps) {
    const { client, repo } = deps.github;
    const { service, environment, digest, version } = plan;
    const workflow = service.workflow || inputs.workflow;
    const image = `${service.image}@${digest}`;
    try {
        await (0,github/* dispatchWorkflow */["in"])(client, repo, workflow, deps.ref, {
            service: service.name,
            environment,
            version,
            digest,
            image,
            'requested-by': request.user,
            'deployment-id': String(id),
        });
    }
    catch (error) {
        await setDeploymentStatus(client, repo, id, { state: 'error', description: 'the deploy workflow could not be dispatched', logUrl: deps.runUrl }).catch(() => undefined);
        throw new Refusal(`the deploy workflow ${workflow} could not be dispatched on ${deps.ref}: ${(0,src/* errorMessage */.gJ)(error)}`);
    }
    core/* info */.pq(`dispatched ${workflow} on ${deps.ref}: ${service.name} ${version} (${digest}) to ${environment}, deployment #${id}`);
    return workflow;
}
function deployAnswer(plan, id, workflow, inputs, deps) {
    const { command, service, environment, digest, version } = plan;
    const { repo } = deps.github;
    return deployedReply({
        kind: command.kind,
        service: service.name,
        version,
        digest,
        environment,
        workflow,
        deploymentId: id,
        production: inputs['production-environments'].includes(environment),
        ...(command.kind === 'rollback' ? { from: plan.here.find((d) => d.state === 'success' || d.state === 'inactive') } : {}),
        workflowUrl: `${deps.serverUrl}/${repo.owner}/${repo.repo}/actions/workflows/${workflow}`,
        environmentUrl: environmentUrl(deps, environment),
        gitopsPath: service.gitopsPath.replaceAll('{environment}', environment),
    });
}
function alreadyDispatched(earlier, io) {
    io.result.digest = earlier.digest ?? '';
    io.result.version = earlier.version ?? io.result.version;
    io.result.deploymentId = earlier.id;
    const note = `This request was already dispatched as deployment #${earlier.id} (${earlier.state}); nothing was done again.`;
    core/* info */.pq(note);
    // The reply comment stays as the first run wrote it; the summary repeats it for this run.
    io.result.reply = (0,src/* redact */.E$)(io.original()
        ? `${io.original()}\n\n${note}`
        : `### ♻️ ${io.shown}\n${note}\n\n| | |\n|---|---|\n| version | \`${earlier.version ?? '?'}\` |\n| digest | \`${earlier.digest ?? ''}\` |`);
}
async function resolveVersion(service, version, deps) {
    const notFound = () => new Refusal(`version ${printable(version)} of ${service.name} is not in ${service.image}; expected a version tag, a commit SHA or a digest that build-image pushed`);
    if (reference_DIGEST.test(version)) {
        const digest = await deps.resolve(service, version);
        if (!digest)
            throw notFound();
        return { digest, version: version.slice(7, 19) };
    }
    if (!TAG.test(version))
        throw notFound();
    const digest = await deps.resolve(service, version);
    if (digest)
        return { digest, version };
    if (/^[0-9a-f]{7,39}$/.test(version)) {
        // A short commit SHA: the image is tagged with the full one.
        const full = await (0,github/* expandSha */.Ph)(deps.github.client, deps.github.repo, version);
        const byCommit = full ? await deps.resolve(service, full) : undefined;
        if (full && byCommit)
            return { digest: byCommit, version: full };
    }
    throw notFound();
}
function environmentUrl(deps, environment) {
    const base = `${deps.serverUrl}/${deps.github.repo.owner}/${deps.github.repo.repo}/deployments`;
    return environment ? `${base}?environment=${encodeURIComponent(environment)}` : base;
}
function formatDuration(ms) {
    return ms % 3_600_000 === 0 ? `${ms / 3_600_000}h` : `${Math.round(ms / 60_000)}m`;
}

;// CONCATENATED MODULE: ./src/main.ts








/** The only place with process-level effects: inputs in, collaborators built, outputs out. */
async function main(env = process.env) {
    const inputs = await getInputs();
    (0,src/* registerCredentials */.WR)(inputs['registry-username'], inputs['registry-password']);
    (0,src/* registerSecret */.cl)(inputs['github-token']);
    (0,src/* registerSecret */.cl)(inputs['gitops-token']);
    (0,src/* registerSecret */.cl)(inputs.kubeconfig);
    const context = (0,src/* readRunContext */.$p)(env);
    if (inputs.check === 'drift')
        return drift(inputs, context);
    const empty = { command: '', service: '', version: '', environment: '', digest: '', reason: '', reply: '' };
    let result = empty;
    let request;
    try {
        request = requestFrom(context, { relayApp: inputs['relay-app'], runId: env.GITHUB_RUN_ID ?? '' });
        const [owner, repo] = context.repository.split('/');
        if (!request) {
            // not a command: the outputs stay empty
        }
        else if (request.refused) {
            result = refusal(request.body, request.refused);
        }
        else if (!inputs['github-token'] || !owner || !repo) {
            const parsed = parseCommand(request.body);
            result = { ...empty, command: parsed.kind === 'none' ? '' : parsed.kind };
            core/* notice */.lm('github-token is empty: chatops cannot check permissions, reply or dispatch, so the command is not carried out.');
        }
        else {
            result = await carryOut(inputs, request, { owner, repo }, context, env);
        }
    }
    finally {
        core/* setOutput */.uH('command', result.command);
        core/* setOutput */.uH('service', result.service);
        core/* setOutput */.uH('version', result.version);
        core/* setOutput */.uH('environment', result.environment);
        core/* setOutput */.uH('digest', result.digest);
        core/* setOutput */.uH('reason', result.reason);
        core/* setOutput */.uH('reply-to', result.replyTo ? JSON.stringify(result.replyTo) : '');
    }
    if (result.reply)
        await (0,src/* writeSummary */.Sy)(result.reply);
    // Failed only once the outputs and the summary are written: a chat bot reads its answer there.
    if (result.reason)
        throw new src/* UserError */.yo(`${printable(firstLine(request?.body ?? ''), 160) || 'repository_dispatch'} refused: ${result.reason}`);
}
/** `check: drift` (a schedule): Git, deployments and pods per service and environment; fails on any drift. */
async function drift(inputs, context) {
    const [owner, repo] = context.repository.split('/');
    if (!inputs['github-token'] || !owner || !repo)
        throw new src/* UserError */.yo('Input "github-token" is empty, and the drift check reads the deployments. Expected a token with deployments: read.');
    if (!inputs['gitops-repo'] || !inputs.kubeconfig)
        throw new src/* UserError */.yo(`Input "${inputs['gitops-repo'] ? 'kubeconfig' : 'gitops-repo'}" is empty, and the drift check compares Git with the cluster. Expected both gitops-repo and kubeconfig.`);
    const live = await loadLive(inputs);
    try {
        const { driftCheck } = await __nccwpck_require__.e(/* import() */ 816).then(__nccwpck_require__.bind(__nccwpck_require__, 2816));
        const { report, drifted } = await driftCheck(inputs, { client: createRestClient(inputs['github-token']), repo: { owner, repo } }, live.view);
        await (0,src/* writeSummary */.Sy)(report);
        for (const d of drifted)
            core/* warning */.$e(`${d.service} in ${d.environment}: ${d.drift}`);
        if (drifted.length)
            throw new src/* UserError */.yo(`drift in ${drifted.map((d) => `${d.service}/${d.environment}`).join(', ')}: the cluster does not run what Git pins (see the job summary)`);
    }
    finally {
        await live.close();
    }
}
/** Git and the cluster, read for /status and the drift check; loaded only when configured (the Kubernetes client is large). */
async function loadLive(inputs) {
    const { liveView } = await __nccwpck_require__.e(/* import() */ 693).then(__nccwpck_require__.bind(__nccwpck_require__, 1693));
    return liveView({
        gitopsRepo: inputs['gitops-repo'],
        gitopsToken: inputs['gitops-token'],
        kubeconfig: inputs.kubeconfig,
        namespace: inputs.namespace,
        services: inputs.services,
        exec: src/* exec */.m0,
    });
}
async function carryOut(inputs, request, target, context, env) {
    const { owner, repo } = target;
    const clients = new Map();
    const registryFor = async (registry) => {
        let client = clients.get(registry);
        if (!client) {
            const credentials = inputs['registry-username']
                ? { username: inputs['registry-username'], password: inputs['registry-password'] }
                : await credentialsFromAuthFiles(registry, env);
            client = new RegistryClient({ registry, ...(credentials ? { credentials } : {}) });
            clients.set(registry, client);
        }
        return client;
    };
    const live = inputs['gitops-repo'] || inputs.kubeconfig ? await loadLive(inputs) : undefined;
    try {
        return await run(inputs, request, {
            github: { client: createRestClient(inputs['github-token']), repo: { owner, repo } },
            resolve: async (service, reference) => (await registryFor(service.registry)).headManifest(service.repository, reference),
            now: () => new Date(),
            runUrl: context.runUrl,
            serverUrl: context.serverUrl,
            ref: inputs.ref || (0,src/* payloadString */.Up)(context.payload, 'repository', 'default_branch') || context.ref.replace(/^refs\/(heads|tags)\//, '') || 'main',
            botLogin: inputs['bot-login'],
            ...(live ? { live: live.view } : {}),
        });
    }
    finally {
        await live?.close();
    }
}
/** A relay's request id, safe to put in a marker and a deployment payload. */
const REQUEST_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/;
/**
 * The command in the event: a new comment by a person, or a chat relay's repository_dispatch.
 * A dispatch is believed about who asked only when the relay app sent it: anyone with write
 * access can send a repository_dispatch, and its client_payload says whatever they like.
 */
function requestFrom(context, opts) {
    const payload = context.payload;
    if (context.eventName === 'issue_comment') {
        const comment = payload.comment;
        if (payload.action !== 'created') {
            core/* info */.pq(`ignored: the comment was ${payload.action ?? 'changed'}, and only new comments are commands`);
            return undefined;
        }
        const login = comment?.user?.login ?? '';
        if (comment?.user?.type === 'Bot' || login.endsWith('[bot]')) {
            core/* info */.pq(`ignored: ${login} is a bot`);
            return undefined;
        }
        if (!comment?.id || !login || !payload.issue?.number)
            throw new src/* UserError */.yo('The issue_comment event has no comment, author or issue. Expected the event GitHub sends for a new comment.');
        return { body: comment.body ?? '', user: login, issue: payload.issue.number, commentId: comment.id, id: `comment-${comment.id}` };
    }
    if (context.eventName === 'repository_dispatch') {
        const client = payload.client_payload ?? {};
        if (typeof client.command !== 'string' || typeof client.user !== 'string' || !/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/.test(client.user)) {
            throw new src/* UserError */.yo('The repository_dispatch client_payload needs "command" (the chat text) and "user" (the GitHub login of who asked). Expected client_payload: {command: "/status sensor-api", user: "octocat", request_id: "…"}.');
        }
        const issue = typeof client.issue === 'number' && Number.isInteger(client.issue) && client.issue > 0 ? client.issue : undefined;
        const requestId = typeof client.request_id === 'string' && REQUEST_ID.test(client.request_id) ? client.request_id : opts.runId || String(Date.now());
        const request = { body: client.command, user: client.user, ...(issue ? { issue } : {}), id: `dispatch-${requestId}` };
        const sender = typeof payload.sender?.login === 'string' ? payload.sender.login : '';
        if (!opts.relayApp) {
            request.refused =
                "chat commands through repository_dispatch are refused because the input relay-app is empty; set relay-app to the chat relay's GitHub App bot login, such as chat-relay[bot]";
        }
        else if (sender.toLowerCase() !== opts.relayApp.toLowerCase()) {
            request.refused = `this repository_dispatch was sent by ${sender ? printable(sender, 60) : 'an unknown sender'}, not by the relay app ${opts.relayApp} (input relay-app); only the relay may say who asked`;
        }
        else {
            // Only the relay chooses the thread the bot answers in.
            const replyTo = parseReplyTarget(client.reply);
            if (replyTo)
                request.replyTo = replyTo;
        }
        return request;
    }
    throw new src/* UserError */.yo(`chatops runs on issue_comment and repository_dispatch events, not ${context.eventName || 'this event'}. Expected "on: issue_comment: types: [created]" or "on: repository_dispatch".`);
}


/***/ }),

/***/ 5885:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ot: () => (/* binding */ digestsTable),
/* harmony export */   Z9: () => (/* binding */ gatherDigests),
/* harmony export */   a4: () => (/* binding */ whatRunsSection)
/* harmony export */ });
/* unused harmony export driftOf */
/* harmony import */ var _cna_kit__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1856);

/** Pure: how the three disagree, in words; '' when they agree (or too little is known to say). */
function driftOf(row) {
    const problems = [];
    const running = row.running ?? [];
    if (row.git && row.deployed && row.git !== row.deployed)
        problems.push('Git pins another digest than the newest successful deployment');
    if (row.git && row.running && (running.length === 0 || running.some((d) => d !== row.git))) {
        problems.push(running.length === 0
            ? 'no pod runs the service'
            : new Set(running).size > 1
                ? 'pods run more than one digest'
                : 'the pods run another digest than Git pins');
    }
    return problems.join('; ');
}
/** The newest deployment there that ran to the end successfully (inactive = superseded after success). */
function newestSuccessful(history, environment) {
    return history.filter((d) => d.environment === environment && (d.state === 'success' || d.state === 'inactive') && d.digest).sort((a, b) => b.id - a.id)[0];
}
async function gatherDigests(service, environments, history, live) {
    const rows = [];
    for (const environment of environments) {
        const deployed = newestSuccessful(history, environment)?.digest;
        const git = live ? await live.git(service, environment) : undefined;
        const running = live ? await live.running(service, environment) : undefined;
        const row = { environment, ...(git ? { git } : {}), ...(deployed ? { deployed } : {}), ...(running ? { running } : {}) };
        rows.push({ ...row, drift: driftOf(row) });
    }
    return rows;
}
const short = (digest) => (digest ? (0,_cna_kit__WEBPACK_IMPORTED_MODULE_0__/* .code */ .aY)(digest.slice(0, 19)) : '—');
/** The /status table of what runs: one row per environment. */
function digestsTable(rows) {
    return (0,_cna_kit__WEBPACK_IMPORTED_MODULE_0__/* .markdownTable */ .Qj)(['environment', 'in Git', 'newest successful deployment', 'running (pods)', 'drift'], rows.map((r) => [
        r.environment,
        short(r.git),
        short(r.deployed),
        r.running === undefined ? '—' : r.running.length ? [...new Set(r.running)].map(short).join(' ') : 'no pods',
        r.drift ? `⚠️ ${(0,_cna_kit__WEBPACK_IMPORTED_MODULE_0__/* .escapeCell */ .kq)(r.drift)}` : r.git || r.running ? 'none' : '—',
    ]));
}
/** The part of the /status reply that says what really runs (when Git or the cluster can be read). */
async function whatRunsSection(service, environments, history, live) {
    const rows = await gatherDigests(service, environments, history, live);
    return `#### What runs: Git, the newest successful deployment, the pods\n${digestsTable(rows)}`;
}


/***/ }),

/***/ 1735:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   iU: () => (/* binding */ isUserError),
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });
/**
 * Errors a user can act on. `runMain` prints their message as one `::error::` line and
 * never a stack trace: the message already says what was wrong, where, and what is accepted.
 */
class UserError extends Error {
    name = 'UserError';
}
/** Bad input: names the input, what was wrong with it, and the accepted form. */
class InputError extends UserError {
    input;
    problem;
    accepted;
    name = 'InputError';
    constructor(input, problem, accepted) {
        super(`Input "${input}" ${problem}. Expected ${accepted}.`);
        this.input = input;
        this.problem = problem;
        this.accepted = accepted;
    }
}
function isUserError(error) {
    return error instanceof UserError;
}


/***/ }),

/***/ 7254:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   EK: () => (/* binding */ isOneOf),
/* harmony export */   fK: () => (/* binding */ valueAt),
/* harmony export */   gJ: () => (/* binding */ errorMessage),
/* harmony export */   u4: () => (/* binding */ isRecord)
/* harmony export */ });
/**
 * Type guards for what arrives as untrusted JSON or YAML (event payloads, reports, API
 * answers, config files): checked at run time instead of asserted with `as`, so a file of
 * the wrong shape is reported, not misread.
 */
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** Whether `value` is one of `values` (a union of string literals). */
function isOneOf(values, value) {
    return typeof value === 'string' && values.includes(value);
}
/** The value at `path` in a parsed document, or undefined where the path breaks off. */
function valueAt(doc, ...path) {
    let value = doc;
    for (const key of path) {
        if (!isRecord(value))
            return undefined;
        value = value[key];
    }
    return value;
}
/** An error's message, whatever was thrown. */
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}


/***/ }),

/***/ 1856:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  dz: () => (/* reexport */ errors/* InputError */.dz),
  yo: () => (/* reexport */ errors/* UserError */.yo),
  aY: () => (/* reexport */ summary/* code */.aY),
  p0: () => (/* reexport */ duration),
  lQ: () => (/* reexport */ envInputSource),
  gJ: () => (/* reexport */ guards/* errorMessage */.gJ),
  kq: () => (/* reexport */ summary/* escapeCell */.kq),
  m0: () => (/* reexport */ exec),
  u4: () => (/* reexport */ guards/* isRecord */.u4),
  p_: () => (/* reexport */ list),
  Qj: () => (/* reexport */ summary/* markdownTable */.Qj),
  yL: () => (/* reexport */ oneOf),
  Up: () => (/* reexport */ payloadString),
  Ko: () => (/* reexport */ readInputs),
  $p: () => (/* reexport */ readRunContext),
  E$: () => (/* reexport */ secrets/* redact */.E$),
  WR: () => (/* reexport */ secrets/* registerCredentials */.WR),
  cl: () => (/* reexport */ secrets/* registerSecret */.cl),
  VN: () => (/* reexport */ runMain),
  rJ: () => (/* reexport */ secret),
  Qq: () => (/* reexport */ inputs_text),
  Sy: () => (/* reexport */ summary/* writeSummary */.Sy)
});

// UNUSED EXPORTS: ExecError, bool, canRun, derivedForms, formatCommand, integer, isOneOf, isUserError, keyValues, parseDuration, payloadNumber, reportFailure, resetSecrets, splitList, valueAt

// EXTERNAL MODULE: ../kit/src/errors.ts
var errors = __nccwpck_require__(1735);
// EXTERNAL MODULE: ../kit/src/guards.ts
var guards = __nccwpck_require__(7254);
;// CONCATENATED MODULE: ../kit/src/inputs.ts


const envInputSource = (env = process.env) => (name) => env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`];
function readInputs(specs, source = envInputSource()) {
    const values = {};
    for (const [name, spec] of Object.entries(specs)) {
        values[name] = spec.parse((source(name) ?? '').trim(), name);
    }
    return values;
}
function inputs_text(opts = {}) {
    return {
        parse(raw, name) {
            const value = raw === '' ? (opts.default ?? '') : raw;
            if (value === '' && opts.required) {
                throw new errors/* InputError */.dz(name, 'is required but was empty', opts.accepted ?? 'a non-empty value');
            }
            if (value !== '' && opts.pattern && !opts.pattern.test(value)) {
                throw new errors/* InputError */.dz(name, `has an invalid value "${value}"`, opts.accepted ?? `a value matching ${opts.pattern}`);
            }
            return value;
        },
    };
}
/** A secret: like text, but never echoed back in an error message. */
function secret(opts = {}) {
    return {
        parse(raw, name) {
            if (raw === '' && opts.required)
                throw new errors/* InputError */.dz(name, 'is required but was empty', 'a non-empty secret');
            return raw;
        },
    };
}
const TRUE = (/* unused pure expression or super */ null && (['true', 'True', 'TRUE']));
const FALSE = (/* unused pure expression or super */ null && (['false', 'False', 'FALSE']));
/** The YAML 1.2 core-schema booleans, as `core.getBooleanInput` accepts them. */
function bool(defaultValue) {
    return {
        parse(raw, name) {
            if (raw === '')
                return defaultValue;
            if (TRUE.includes(raw))
                return true;
            if (FALSE.includes(raw))
                return false;
            throw new InputError(name, `has an invalid value "${raw}"`, '"true" or "false"');
        },
    };
}
function oneOf(values, defaultValue) {
    return {
        parse(raw, name) {
            const value = raw === '' ? defaultValue : raw.toLowerCase();
            if (!(0,guards/* isOneOf */.EK)(values, value))
                throw new errors/* InputError */.dz(name, `has an invalid value "${raw}"`, `one of: ${values.join(', ')}`);
            return value;
        },
    };
}
/** Splits a list given one per line or comma-separated, dropping blanks and `#` comments. */
function splitList(raw, separators = /[\n,]/) {
    return raw
        .split(separators)
        .map((item) => item.trim())
        .filter((item) => item !== '' && !item.startsWith('#'));
}
function list(opts = {}) {
    return {
        parse(raw, name) {
            const items = splitList(raw, opts.separators);
            return opts.item ? items.map((item) => opts.item(item, name)) : items;
        },
    };
}
/**
 * KEY=VALUE pairs, one per line (values may contain `=` and commas, so lines only).
 * The value goes to a process as one argv element, never through a shell.
 */
function keyValues(opts = {}) {
    const keyPattern = opts.keyPattern ?? /^[A-Za-z_][A-Za-z0-9_.\-/]*$/;
    return {
        parse(raw, name) {
            return splitList(raw, /\n/).map((line) => {
                const eq = line.indexOf('=');
                const key = eq < 0 ? line : line.slice(0, eq).trim();
                if (eq < 0 || !keyPattern.test(key)) {
                    throw new InputError(name, `has an invalid line "${line}"`, opts.accepted ?? 'one KEY=VALUE pair per line');
                }
                const pair = [key, line.slice(eq + 1)];
                return pair;
            });
        },
    };
}
function integer(opts) {
    return {
        parse(raw, name) {
            if (raw === '')
                return opts.default;
            const value = Number(raw);
            const min = opts.min ?? Number.MIN_SAFE_INTEGER;
            const max = opts.max ?? Number.MAX_SAFE_INTEGER;
            if (!/^-?\d+$/.test(raw) || value < min || value > max) {
                throw new InputError(name, `has an invalid value "${raw}"`, `a whole number from ${min} to ${max}`);
            }
            return value;
        },
    };
}
const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
/** Parses `90s`, `5m`, `1h30m`, `2d` or a bare number of seconds into milliseconds. Pure. */
function parseDuration(raw) {
    if (/^\d+$/.test(raw))
        return Number(raw) * 1000;
    const parts = [...raw.matchAll(/(\d+)(ms|s|m|h|d)/g)];
    if (parts.length === 0 || parts.map((p) => p[0]).join('') !== raw)
        return undefined;
    return parts.reduce((total, p) => total + Number(p[1]) * UNIT_MS[p[2]], 0);
}
function duration(defaultValue) {
    return {
        parse(raw, name) {
            const ms = parseDuration(raw === '' ? defaultValue : raw);
            if (ms === undefined)
                throw new errors/* InputError */.dz(name, `has an invalid duration "${raw}"`, 'a duration such as 90s, 5m, 1h30m or 2d');
            return ms;
        },
    };
}

// EXTERNAL MODULE: ../kit/src/secrets.ts
var secrets = __nccwpck_require__(951);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(1421);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: ../../node_modules/.pnpm/@actions+core@3.0.1_patch_hash=9b112b2e8afea31ab3564ad1e82f30cc25e3a12d31df5f2d490c87d9dd4297e9/node_modules/@actions/core/lib/core.js + 14 modules
var core = __nccwpck_require__(939);
;// CONCATENATED MODULE: ../kit/src/exec.ts




class ExecError extends Error {
    command;
    result;
    name = 'ExecError';
    constructor(command, result) {
        const tail = (0,secrets/* redact */.E$)((result.stderr || result.stdout).trim().split('\n').slice(-5).join(' | '));
        super(`${command} exited with code ${result.exitCode}${tail ? `: ${tail}` : ''}`);
        this.command = command;
        this.result = result;
    }
}
function formatCommand(file, args) {
    return (0,secrets/* redact */.E$)([file, ...args].map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : JSON.stringify(a))).join(' '));
}
const exec = (file, args, options = {}) => {
    const { stream = true, check = true } = options;
    const command = formatCommand(file, args);
    core/* info */.pq(`[command]${command}`);
    return new Promise((resolve, reject) => {
        const child = (0,external_node_child_process_.spawn)(file, [...args], {
            cwd: options.cwd,
            env: options.env ?? process.env,
            shell: false,
            stdio: ['pipe', 'pipe', 'pipe'],
        });
        const out = [];
        const err = [];
        const echo = (chunk) => {
            if (stream)
                process.stdout.write((0,secrets/* redact */.E$)(chunk.toString()));
        };
        child.stdout.on('data', (chunk) => (out.push(chunk), echo(chunk)));
        child.stderr.on('data', (chunk) => (err.push(chunk), echo(chunk)));
        child.on('error', (error) => {
            // spawn reports a missing cwd as ENOENT too, naming the program.
            if (error.code === 'ENOENT' && options.cwd && !(0,external_node_fs_.existsSync)(options.cwd))
                reject(new Error(`working directory ${options.cwd} does not exist`));
            else
                reject(error.code === 'ENOENT' ? new Error(`${file} was not found on PATH`) : error);
        });
        child.on('close', (code) => {
            const result = { exitCode: code ?? 1, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() };
            if (check && result.exitCode !== 0)
                reject(new ExecError(command, result));
            else
                resolve(result);
        });
        // A program that exits without reading its input breaks the pipe (EPIPE); its exit code
        // tells what happened, so the error must not escape as an uncaught exception.
        child.stdin.on('error', () => undefined);
        child.stdin.end(options.input ?? '');
    });
};
/** Whether a program can be started at all (on PATH and executable). */
async function canRun(file, args = ['--version'], env) {
    return new Promise((resolve) => {
        const child = spawn(file, [...args], { shell: false, stdio: 'ignore', env: env ?? process.env });
        child.on('error', () => resolve(false));
        child.on('close', (code) => resolve(code === 0));
    });
}

// EXTERNAL MODULE: ../kit/src/summary.ts
var summary = __nccwpck_require__(8642);
;// CONCATENATED MODULE: ../kit/src/main.ts



/**
 * The one place an action turns a failure into its exit: a single `::error::` line, the
 * message redacted of every registered secret. The stack trace of an unexpected error is
 * shown only when step debug logging is on (ACTIONS_STEP_DEBUG → RUNNER_DEBUG / isDebug).
 */
async function runMain(action) {
    try {
        await action();
    }
    catch (error) {
        reportFailure(error);
    }
}
function reportFailure(error) {
    const message = error instanceof Error ? error.message : String(error);
    if (!(0,errors/* isUserError */.iU)(error) && error instanceof Error && error.stack && isStepDebug()) {
        core/* debug */.Yz((0,secrets/* redact */.E$)(error.stack));
    }
    core/* setFailed */.C1((0,secrets/* redact */.E$)(message).split('\n').join(' '));
}
function isStepDebug() {
    return core/* isDebug */._o() || process.env.ACTIONS_STEP_DEBUG === 'true';
}

;// CONCATENATED MODULE: ../kit/src/context.ts


function readRunContext(env = process.env) {
    let payload = {};
    if (env.GITHUB_EVENT_PATH) {
        try {
            payload = JSON.parse((0,external_node_fs_.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
        }
        catch {
            payload = {};
        }
    }
    const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com';
    const repository = env.GITHUB_REPOSITORY ?? '';
    return {
        eventName: env.GITHUB_EVENT_NAME ?? '',
        payload,
        sha: env.GITHUB_SHA ?? '',
        ref: env.GITHUB_REF ?? '',
        repository,
        serverUrl,
        runUrl: env.GITHUB_RUN_ID ? `${serverUrl}/${repository}/actions/runs/${env.GITHUB_RUN_ID}` : '',
        workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
        tempDir: env.RUNNER_TEMP ?? '',
    };
}
/** The string at `path` in an event payload; undefined when absent or not a string. */
function payloadString(payload, ...path) {
    const value = (0,guards/* valueAt */.fK)(payload, ...path);
    return typeof value === 'string' ? value : undefined;
}
/** The number at `path` in an event payload; undefined when absent or not a number. */
function payloadNumber(payload, ...path) {
    const value = valueAt(payload, ...path);
    return typeof value === 'number' ? value : undefined;
}

;// CONCATENATED MODULE: ../kit/src/index.ts










/***/ }),

/***/ 951:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   WR: () => (/* binding */ registerCredentials),
/* harmony export */   cl: () => (/* binding */ registerSecret)
/* harmony export */ });
/* unused harmony exports derivedForms, resetSecrets */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(939);

/**
 * Every credential an action is given or derives is registered here: the runner masks it
 * in the log (`::add-mask::`), and `redact` removes it from any text we build ourselves
 * (error messages, summaries, comments), which the runner's mask does not reach.
 */
const known = new Set();
/** The forms a secret commonly reappears in: base64 (Docker `auth`), URL- and JSON-escaped. */
function derivedForms(value) {
    const forms = [value, Buffer.from(value).toString('base64'), encodeURIComponent(value), JSON.stringify(value).slice(1, -1)];
    return [...new Set(forms)].filter((form) => form.length >= 3);
}
function registerSecret(value, mask = _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq) {
    if (!value)
        return;
    for (const form of derivedForms(value)) {
        if (known.has(form))
            continue;
        known.add(form);
        mask(form);
    }
}
/** Registers a username/password pair and the base64 `user:pass` that Docker configs hold. */
function registerCredentials(username, password, mask) {
    registerSecret(password, mask);
    if (username && password)
        registerSecret(`${username}:${password}`, mask);
}
function redact(text) {
    let out = text;
    // Longest first, so a secret that contains another is removed whole.
    for (const secret of [...known].sort((a, b) => b.length - a.length)) {
        out = out.split(secret).join('***');
    }
    return out;
}
/** For tests: forget what was registered. */
function resetSecrets() {
    known.clear();
}


/***/ }),

/***/ 8642:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Qj: () => (/* binding */ markdownTable),
/* harmony export */   Sy: () => (/* binding */ writeSummary),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   kq: () => (/* binding */ escapeCell)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(939);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(951);


function escapeCell(value) {
    return String(value ?? '')
        .replace(/\|/g, '\\|')
        .replace(/\r?\n/g, '<br>');
}
function markdownTable(header, rows) {
    const line = (cells) => `| ${cells.map(escapeCell).join(' | ')} |`;
    return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
function code(value) {
    return `\`${value.replace(/`/g, "'")}\``;
}
async function writeSummary(markdown) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    await _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .summary */ .z.addRaw((0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(markdown), true).write();
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 481:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 939:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Yz: () => (/* binding */ debug),
  pq: () => (/* binding */ info),
  _o: () => (/* binding */ isDebug),
  lm: () => (/* binding */ notice),
  C1: () => (/* binding */ setFailed),
  uH: () => (/* binding */ setOutput),
  Pq: () => (/* binding */ setSecret),
  z: () => (/* reexport */ summary),
  $e: () => (/* binding */ warning)
});

// UNUSED EXPORTS: ExitCode, addPath, endGroup, error, exportVariable, getBooleanInput, getIDToken, getInput, getMultilineInput, getState, group, markdownSummary, platform, saveState, setCommandEcho, startGroup, toPlatformPath, toPosixPath, toWin32Path

// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(857);
;// CONCATENATED MODULE: ../../node_modules/.pnpm/@actions+core@3.0.1_patch_hash=9b112b2e8afea31ab3564ad1e82f30cc25e3a12d31df5f2d490c87d9dd4297e9/node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function utils_toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ../../node_modules/.pnpm/@actions+core@3.0.1_patch_hash=9b112b2e8afea31ab3564ad1e82f30cc25e3a12d31df5f2d490c87d9dd4297e9/node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function command_issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_.EOL);
}
function command_issue(name, message = '') {
    command_issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
;// CONCATENATED MODULE: external "crypto"
const external_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(9896);
;// CONCATENATED MODULE: ../../node_modules/.pnpm/@actions+core@3.0.1_patch_hash=9b112b2e8afea31ab3564ad1e82f30cc25e3a12d31df5f2d490c87d9dd4297e9/node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function file_command_issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_.appendFileSync(filePath, `${utils_toCommandValue(message)}${external_os_.EOL}`, {
        encoding: 'utf8'
    });
}
function file_command_prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_namespaceObject.randomUUID()}`;
    const convertedValue = utils_toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_.EOL}${convertedValue}${external_os_.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
;// CONCATENATED MODULE: external "path"
const external_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");
;// CONCATENATED MODULE: ../../node_modules/.pnpm/@actions+core@3.0.1_patch_hash=9b112b2e8afea31ab3564ad1e82f30cc25e3a12d31df5f2d490c87d9dd4297e9/node_modules/@actions/core/lib/summary.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = external_fs_.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return __awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_.constants.R_OK | external_fs_.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return __awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return __awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = (/* unused pure expression or super */ null && (_summary));
const summary = _summary;
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ../../node_modules/.pnpm/@actions+core@3.0.1_patch_hash=9b112b2e8afea31ab3564ad1e82f30cc25e3a12d31df5f2d490c87d9dd4297e9/node_modules/@actions/core/lib/path-utils.js

/**
 * toPosixPath converts the given path to the posix form. On Windows, \\ will be
 * replaced with /.
 *
 * @param pth. Path to transform.
 * @return string Posix path.
 */
function toPosixPath(pth) {
    return pth.replace(/[\\]/g, '/');
}
/**
 * toWin32Path converts the given path to the win32 form. On Linux, / will be
 * replaced with \\.
 *
 * @param pth. Path to transform.
 * @return string Win32 path.
 */
function toWin32Path(pth) {
    return pth.replace(/[/]/g, '\\');
}
/**
 * toPlatformPath converts the given path to a platform-specific path. It does
 * this by replacing instances of / and \ with the platform-specific path
 * separator.
 *
 * @param pth The path to platformize.
 * @return string The platform-specific path.
 */
function toPlatformPath(pth) {
    return pth.replace(/[/\\]/g, path.sep);
}
//# sourceMappingURL=path-utils.js.map
// EXTERNAL MODULE: external "string_decoder"
var external_string_decoder_ = __nccwpck_require__(3193);
// EXTERNAL MODULE: external "events"
var external_events_ = __nccwpck_require__(4434);
;// CONCATENATED MODULE: external "child_process"
const external_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");
// EXTERNAL MODULE: external "assert"
var external_assert_ = __nccwpck_require__(2613);
;// CONCATENATED MODULE: ../../node_modules/.pnpm/@actions+io@3.0.2/node_modules/@actions/io/lib/io-util.js
var io_util_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { chmod, copyFile, lstat, mkdir, open: io_util_open, readdir, rename, rm, rmdir, stat, symlink, unlink } = external_fs_.promises;
// export const {open} = 'fs'
const IS_WINDOWS = process.platform === 'win32';
/**
 * Custom implementation of readlink to ensure Windows junctions
 * maintain trailing backslash for backward compatibility with Node.js < 24
 *
 * In Node.js 20, Windows junctions (directory symlinks) always returned paths
 * with trailing backslashes. Node.js 24 removed this behavior, which breaks
 * code that relied on this format for path operations.
 *
 * This implementation restores the Node 20 behavior by adding a trailing
 * backslash to all junction results on Windows.
 */
function readlink(fsPath) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        const result = yield fs.promises.readlink(fsPath);
        // On Windows, restore Node 20 behavior: add trailing backslash to all results
        // since junctions on Windows are always directory links
        if (IS_WINDOWS && !result.endsWith('\\')) {
            return `${result}\\`;
        }
        return result;
    });
}
// See https://github.com/nodejs/node/blob/d0153aee367422d0858105abec186da4dff0a0c5/deps/uv/include/uv/win.h#L691
const UV_FS_O_EXLOCK = 0x10000000;
const READONLY = external_fs_.constants.O_RDONLY;
function exists(fsPath) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        try {
            yield stat(fsPath);
        }
        catch (err) {
            if (err.code === 'ENOENT') {
                return false;
            }
            throw err;
        }
        return true;
    });
}
function isDirectory(fsPath_1) {
    return io_util_awaiter(this, arguments, void 0, function* (fsPath, useStat = false) {
        const stats = useStat ? yield stat(fsPath) : yield lstat(fsPath);
        return stats.isDirectory();
    });
}
/**
 * On OSX/Linux, true if path starts with '/'. On Windows, true for paths like:
 * \, \hello, \\hello\share, C:, and C:\hello (and corresponding alternate separator cases).
 */
function isRooted(p) {
    p = normalizeSeparators(p);
    if (!p) {
        throw new Error('isRooted() parameter "p" cannot be empty');
    }
    if (IS_WINDOWS) {
        return (p.startsWith('\\') || /^[A-Z]:/i.test(p) // e.g. \ or \hello or \\hello
        ); // e.g. C: or C:\hello
    }
    return p.startsWith('/');
}
/**
 * Best effort attempt to determine whether a file exists and is executable.
 * @param filePath    file path to check
 * @param extensions  additional file extensions to try
 * @return if file exists and is executable, returns the file path. otherwise empty string.
 */
function tryGetExecutablePath(filePath, extensions) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        let stats = undefined;
        try {
            // test file exists
            stats = yield stat(filePath);
        }
        catch (err) {
            if (err.code !== 'ENOENT') {
                // eslint-disable-next-line no-console
                console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
            }
        }
        if (stats && stats.isFile()) {
            if (IS_WINDOWS) {
                // on Windows, test for valid extension
                const upperExt = external_path_namespaceObject.extname(filePath).toUpperCase();
                if (extensions.some(validExt => validExt.toUpperCase() === upperExt)) {
                    return filePath;
                }
            }
            else {
                if (isUnixExecutable(stats)) {
                    return filePath;
                }
            }
        }
        // try each extension
        const originalFilePath = filePath;
        for (const extension of extensions) {
            filePath = originalFilePath + extension;
            stats = undefined;
            try {
                stats = yield stat(filePath);
            }
            catch (err) {
                if (err.code !== 'ENOENT') {
                    // eslint-disable-next-line no-console
                    console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
                }
            }
            if (stats && stats.isFile()) {
                if (IS_WINDOWS) {
                    // preserve the case of the actual file (since an extension was appended)
                    try {
                        const directory = external_path_namespaceObject.dirname(filePath);
                        const upperName = external_path_namespaceObject.basename(filePath).toUpperCase();
                        for (const actualName of yield readdir(directory)) {
                            if (upperName === actualName.toUpperCase()) {
                                filePath = external_path_namespaceObject.join(directory, actualName);
                                break;
                            }
                        }
                    }
                    catch (err) {
                        // eslint-disable-next-line no-console
                        console.log(`Unexpected error attempting to determine the actual case of the file '${filePath}': ${err}`);
                    }
                    return filePath;
                }
                else {
                    if (isUnixExecutable(stats)) {
                        return filePath;
                    }
                }
            }
        }
        return '';
    });
}
function normalizeSeparators(p) {
    p = p || '';
    if (IS_WINDOWS) {
        // convert slashes on Windows
        p = p.replace(/\//g, '\\');
        // remove redundant slashes
        return p.replace(/\\\\+/g, '\\');
    }
    // remove redundant slashes
    return p.replace(/\/\/+/g, '/');
}
// on Mac/Linux, test the execute bit
//     R   W  X  R  W X R W X
//   256 128 64 32 16 8 4 2 1
function isUnixExecutable(stats) {
    return ((stats.mode & 1) > 0 ||
        ((stats.mode & 8) > 0 &&
            process.getgid !== undefined &&
            stats.gid === process.getgid()) ||
        ((stats.mode & 64) > 0 &&
            process.getuid !== undefined &&
            stats.uid === process.getuid()));
}
// Get the path of cmd.exe in windows
function getCmdPath() {
    var _a;
    return (_a = process.env['COMSPEC']) !== null && _a !== void 0 ? _a : `cmd.exe`;
}
//# sourceMappingURL=io-util.js.map
;// CONCATENATED MODULE: ../../node_modules/.pnpm/@actions+io@3.0.2/node_modules/@actions/io/lib/io.js
var io_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



/**
 * Copies a file or folder.
 * Based off of shelljs - https://github.com/shelljs/shelljs/blob/9237f66c52e5daa40458f94f9565e18e8132f5a6/src/cp.js
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See CopyOptions.
 */
function cp(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        const { force, recursive, copySourceDirectory } = readCopyOptions(options);
        const destStat = (yield ioUtil.exists(dest)) ? yield ioUtil.stat(dest) : null;
        // Dest is an existing file, but not forcing
        if (destStat && destStat.isFile() && !force) {
            return;
        }
        // If dest is an existing directory, should copy inside.
        const newDest = destStat && destStat.isDirectory() && copySourceDirectory
            ? path.join(dest, path.basename(source))
            : dest;
        if (!(yield ioUtil.exists(source))) {
            throw new Error(`no such file or directory: ${source}`);
        }
        const sourceStat = yield ioUtil.stat(source);
        if (sourceStat.isDirectory()) {
            if (!recursive) {
                throw new Error(`Failed to copy. ${source} is a directory, but tried to copy without recursive flag.`);
            }
            else {
                yield cpDirRecursive(source, newDest, 0, force);
            }
        }
        else {
            if (path.relative(source, newDest) === '') {
                // a file cannot be copied to itself
                throw new Error(`'${newDest}' and '${source}' are the same file`);
            }
            yield io_copyFile(source, newDest, force);
        }
    });
}
/**
 * Moves a path.
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See MoveOptions.
 */
function mv(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        if (yield ioUtil.exists(dest)) {
            let destExists = true;
            if (yield ioUtil.isDirectory(dest)) {
                // If dest is directory copy src into dest
                dest = path.join(dest, path.basename(source));
                destExists = yield ioUtil.exists(dest);
            }
            if (destExists) {
                if (options.force == null || options.force) {
                    yield rmRF(dest);
                }
                else {
                    throw new Error('Destination already exists');
                }
            }
        }
        yield mkdirP(path.dirname(dest));
        yield ioUtil.rename(source, dest);
    });
}
/**
 * Remove a path recursively with force
 *
 * @param inputPath path to remove
 */
function rmRF(inputPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (ioUtil.IS_WINDOWS) {
            // Check for invalid characters
            // https://docs.microsoft.com/en-us/windows/win32/fileio/naming-a-file
            if (/[*"<>|]/.test(inputPath)) {
                throw new Error('File path must not contain `*`, `"`, `<`, `>` or `|` on Windows');
            }
        }
        try {
            // note if path does not exist, error is silent
            yield ioUtil.rm(inputPath, {
                force: true,
                maxRetries: 3,
                recursive: true,
                retryDelay: 300
            });
        }
        catch (err) {
            throw new Error(`File was unable to be removed ${err}`);
        }
    });
}
/**
 * Make a directory.  Creates the full path with folders in between
 * Will throw if it fails
 *
 * @param   fsPath        path to create
 * @returns Promise<void>
 */
function mkdirP(fsPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        ok(fsPath, 'a path argument must be provided');
        yield ioUtil.mkdir(fsPath, { recursive: true });
    });
}
/**
 * Returns path of a tool had the tool actually been invoked.  Resolves via paths.
 * If you check and the tool does not exist, it will throw.
 *
 * @param     tool              name of the tool
 * @param     check             whether to check if tool exists
 * @returns   Promise<string>   path to tool
 */
function which(tool, check) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // recursive when check=true
        if (check) {
            const result = yield which(tool, false);
            if (!result) {
                if (IS_WINDOWS) {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also verify the file has a valid extension for an executable file.`);
                }
                else {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.`);
                }
            }
            return result;
        }
        const matches = yield findInPath(tool);
        if (matches && matches.length > 0) {
            return matches[0];
        }
        return '';
    });
}
/**
 * Returns a list of all occurrences of the given tool on the system path.
 *
 * @returns   Promise<string[]>  the paths of the tool
 */
function findInPath(tool) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // build the list of extensions to try
        const extensions = [];
        if (IS_WINDOWS && process.env['PATHEXT']) {
            for (const extension of process.env['PATHEXT'].split(external_path_namespaceObject.delimiter)) {
                if (extension) {
                    extensions.push(extension);
                }
            }
        }
        // if it's rooted, return it if exists. otherwise return empty.
        if (isRooted(tool)) {
            const filePath = yield tryGetExecutablePath(tool, extensions);
            if (filePath) {
                return [filePath];
            }
            return [];
        }
        // if any path separators, return empty
        if (tool.includes(external_path_namespaceObject.sep)) {
            return [];
        }
        // build the list of directories
        //
        // Note, technically "where" checks the current directory on Windows. From a toolkit perspective,
        // it feels like we should not do this. Checking the current directory seems like more of a use
        // case of a shell, and the which() function exposed by the toolkit should strive for consistency
        // across platforms.
        const directories = [];
        if (process.env.PATH) {
            for (const p of process.env.PATH.split(external_path_namespaceObject.delimiter)) {
                if (p) {
                    directories.push(p);
                }
            }
        }
        // find all matches
        const matches = [];
        for (const directory of directories) {
            const filePath = yield tryGetExecutablePath(external_path_namespaceObject.join(directory, tool), extensions);
            if (filePath) {
                matches.push(filePath);
            }
        }
        return matches;
    });
}
function readCopyOptions(options) {
    const force = options.force == null ? true : options.force;
    const recursive = Boolean(options.recursive);
    const copySourceDirectory = options.copySourceDirectory == null
        ? true
        : Boolean(options.copySourceDirectory);
    return { force, recursive, copySourceDirectory };
}
function cpDirRecursive(sourceDir, destDir, currentDepth, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        // Ensure there is not a run away recursive copy
        if (currentDepth >= 255)
            return;
        currentDepth++;
        yield mkdirP(destDir);
        const files = yield ioUtil.readdir(sourceDir);
        for (const fileName of files) {
            const srcFile = `${sourceDir}/${fileName}`;
            const destFile = `${destDir}/${fileName}`;
            const srcFileStat = yield ioUtil.lstat(srcFile);
            if (srcFileStat.isDirectory()) {
                // Recurse
                yield cpDirRecursive(srcFile, destFile, currentDepth, force);
            }
            else {
                yield io_copyFile(srcFile, destFile, force);
            }
        }
        // Change the mode for the newly created directory
        yield ioUtil.chmod(destDir, (yield ioUtil.stat(sourceDir)).mode);
    });
}
// Buffered file copy
function io_copyFile(srcFile, destFile, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        if ((yield ioUtil.lstat(srcFile)).isSymbolicLink()) {
            // unlink/re-link it
            try {
                yield ioUtil.lstat(destFile);
                yield ioUtil.unlink(destFile);
            }
            catch (e) {
                // Try to override file permission
                if (e.code === 'EPERM') {
                    yield ioUtil.chmod(destFile, '0666');
                    yield ioUtil.unlink(destFile);
                }
                // other errors = it doesn't exist, no work to do
            }
            // Copy over symlink
            const symlinkFull = yield ioUtil.readlink(srcFile);
            yield ioUtil.symlink(symlinkFull, destFile, ioUtil.IS_WINDOWS ? 'junction' : null);
        }
        else if (!(yield ioUtil.exists(destFile)) || force) {
            yield ioUtil.copyFile(srcFile, destFile);
        }
    });
}
//# sourceMappingURL=io.js.map
;// CONCATENATED MODULE: external "timers"
const external_timers_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");
;// CONCATENATED MODULE: ../../node_modules/.pnpm/@actions+exec@3.0.0/node_modules/@actions/exec/lib/toolrunner.js
var toolrunner_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};







/* eslint-disable @typescript-eslint/unbound-method */
const toolrunner_IS_WINDOWS = process.platform === 'win32';
/*
 * Class for running command line tools. Handles quoting and arg parsing in a platform agnostic way.
 */
class ToolRunner extends external_events_.EventEmitter {
    constructor(toolPath, args, options) {
        super();
        if (!toolPath) {
            throw new Error("Parameter 'toolPath' cannot be null or empty.");
        }
        this.toolPath = toolPath;
        this.args = args || [];
        this.options = options || {};
    }
    _debug(message) {
        if (this.options.listeners && this.options.listeners.debug) {
            this.options.listeners.debug(message);
        }
    }
    _getCommandString(options, noPrefix) {
        const toolPath = this._getSpawnFileName();
        const args = this._getSpawnArgs(options);
        let cmd = noPrefix ? '' : '[command]'; // omit prefix when piped to a second tool
        if (toolrunner_IS_WINDOWS) {
            // Windows + cmd file
            if (this._isCmdFile()) {
                cmd += toolPath;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows + verbatim
            else if (options.windowsVerbatimArguments) {
                cmd += `"${toolPath}"`;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows (regular)
            else {
                cmd += this._windowsQuoteCmdArg(toolPath);
                for (const a of args) {
                    cmd += ` ${this._windowsQuoteCmdArg(a)}`;
                }
            }
        }
        else {
            // OSX/Linux - this can likely be improved with some form of quoting.
            // creating processes on Unix is fundamentally different than Windows.
            // on Unix, execvp() takes an arg array.
            cmd += toolPath;
            for (const a of args) {
                cmd += ` ${a}`;
            }
        }
        return cmd;
    }
    _processLineBuffer(data, strBuffer, onLine) {
        try {
            let s = strBuffer + data.toString();
            let n = s.indexOf(external_os_.EOL);
            while (n > -1) {
                const line = s.substring(0, n);
                onLine(line);
                // the rest of the string ...
                s = s.substring(n + external_os_.EOL.length);
                n = s.indexOf(external_os_.EOL);
            }
            return s;
        }
        catch (err) {
            // streaming lines to console is best effort.  Don't fail a build.
            this._debug(`error processing line. Failed with error ${err}`);
            return '';
        }
    }
    _getSpawnFileName() {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                return process.env['COMSPEC'] || 'cmd.exe';
            }
        }
        return this.toolPath;
    }
    _getSpawnArgs(options) {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                let argline = `/D /S /C "${this._windowsQuoteCmdArg(this.toolPath)}`;
                for (const a of this.args) {
                    argline += ' ';
                    argline += options.windowsVerbatimArguments
                        ? a
                        : this._windowsQuoteCmdArg(a);
                }
                argline += '"';
                return [argline];
            }
        }
        return this.args;
    }
    _endsWith(str, end) {
        return str.endsWith(end);
    }
    _isCmdFile() {
        const upperToolPath = this.toolPath.toUpperCase();
        return (this._endsWith(upperToolPath, '.CMD') ||
            this._endsWith(upperToolPath, '.BAT'));
    }
    _windowsQuoteCmdArg(arg) {
        // for .exe, apply the normal quoting rules that libuv applies
        if (!this._isCmdFile()) {
            return this._uvQuoteCmdArg(arg);
        }
        // otherwise apply quoting rules specific to the cmd.exe command line parser.
        // the libuv rules are generic and are not designed specifically for cmd.exe
        // command line parser.
        //
        // for a detailed description of the cmd.exe command line parser, refer to
        // http://stackoverflow.com/questions/4094699/how-does-the-windows-command-interpreter-cmd-exe-parse-scripts/7970912#7970912
        // need quotes for empty arg
        if (!arg) {
            return '""';
        }
        // determine whether the arg needs to be quoted
        const cmdSpecialChars = [
            ' ',
            '\t',
            '&',
            '(',
            ')',
            '[',
            ']',
            '{',
            '}',
            '^',
            '=',
            ';',
            '!',
            "'",
            '+',
            ',',
            '`',
            '~',
            '|',
            '<',
            '>',
            '"'
        ];
        let needsQuotes = false;
        for (const char of arg) {
            if (cmdSpecialChars.some(x => x === char)) {
                needsQuotes = true;
                break;
            }
        }
        // short-circuit if quotes not needed
        if (!needsQuotes) {
            return arg;
        }
        // the following quoting rules are very similar to the rules that by libuv applies.
        //
        // 1) wrap the string in quotes
        //
        // 2) double-up quotes - i.e. " => ""
        //
        //    this is different from the libuv quoting rules. libuv replaces " with \", which unfortunately
        //    doesn't work well with a cmd.exe command line.
        //
        //    note, replacing " with "" also works well if the arg is passed to a downstream .NET console app.
        //    for example, the command line:
        //          foo.exe "myarg:""my val"""
        //    is parsed by a .NET console app into an arg array:
        //          [ "myarg:\"my val\"" ]
        //    which is the same end result when applying libuv quoting rules. although the actual
        //    command line from libuv quoting rules would look like:
        //          foo.exe "myarg:\"my val\""
        //
        // 3) double-up slashes that precede a quote,
        //    e.g.  hello \world    => "hello \world"
        //          hello\"world    => "hello\\""world"
        //          hello\\"world   => "hello\\\\""world"
        //          hello world\    => "hello world\\"
        //
        //    technically this is not required for a cmd.exe command line, or the batch argument parser.
        //    the reasons for including this as a .cmd quoting rule are:
        //
        //    a) this is optimized for the scenario where the argument is passed from the .cmd file to an
        //       external program. many programs (e.g. .NET console apps) rely on the slash-doubling rule.
        //
        //    b) it's what we've been doing previously (by deferring to node default behavior) and we
        //       haven't heard any complaints about that aspect.
        //
        // note, a weakness of the quoting rules chosen here, is that % is not escaped. in fact, % cannot be
        // escaped when used on the command line directly - even though within a .cmd file % can be escaped
        // by using %%.
        //
        // the saving grace is, on the command line, %var% is left as-is if var is not defined. this contrasts
        // the line parsing rules within a .cmd file, where if var is not defined it is replaced with nothing.
        //
        // one option that was explored was replacing % with ^% - i.e. %var% => ^%var^%. this hack would
        // often work, since it is unlikely that var^ would exist, and the ^ character is removed when the
        // variable is used. the problem, however, is that ^ is not removed when %* is used to pass the args
        // to an external program.
        //
        // an unexplored potential solution for the % escaping problem, is to create a wrapper .cmd file.
        // % can be escaped within a .cmd file.
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\'; // double the slash
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '"'; // double the quote
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _uvQuoteCmdArg(arg) {
        // Tool runner wraps child_process.spawn() and needs to apply the same quoting as
        // Node in certain cases where the undocumented spawn option windowsVerbatimArguments
        // is used.
        //
        // Since this function is a port of quote_cmd_arg from Node 4.x (technically, lib UV,
        // see https://github.com/nodejs/node/blob/v4.x/deps/uv/src/win/process.c for details),
        // pasting copyright notice from Node within this function:
        //
        //      Copyright Joyent, Inc. and other Node contributors. All rights reserved.
        //
        //      Permission is hereby granted, free of charge, to any person obtaining a copy
        //      of this software and associated documentation files (the "Software"), to
        //      deal in the Software without restriction, including without limitation the
        //      rights to use, copy, modify, merge, publish, distribute, sublicense, and/or
        //      sell copies of the Software, and to permit persons to whom the Software is
        //      furnished to do so, subject to the following conditions:
        //
        //      The above copyright notice and this permission notice shall be included in
        //      all copies or substantial portions of the Software.
        //
        //      THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
        //      IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
        //      FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
        //      AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
        //      LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING
        //      FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS
        //      IN THE SOFTWARE.
        if (!arg) {
            // Need double quotation for empty argument
            return '""';
        }
        if (!arg.includes(' ') && !arg.includes('\t') && !arg.includes('"')) {
            // No quotation needed
            return arg;
        }
        if (!arg.includes('"') && !arg.includes('\\')) {
            // No embedded double quotes or backslashes, so I can just wrap
            // quote marks around the whole thing.
            return `"${arg}"`;
        }
        // Expected input/output:
        //   input : hello"world
        //   output: "hello\"world"
        //   input : hello""world
        //   output: "hello\"\"world"
        //   input : hello\world
        //   output: hello\world
        //   input : hello\\world
        //   output: hello\\world
        //   input : hello\"world
        //   output: "hello\\\"world"
        //   input : hello\\"world
        //   output: "hello\\\\\"world"
        //   input : hello world\
        //   output: "hello world\\" - note the comment in libuv actually reads "hello world\"
        //                             but it appears the comment is wrong, it should be "hello world\\"
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\';
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '\\';
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _cloneExecOptions(options) {
        options = options || {};
        const result = {
            cwd: options.cwd || process.cwd(),
            env: options.env || process.env,
            silent: options.silent || false,
            windowsVerbatimArguments: options.windowsVerbatimArguments || false,
            failOnStdErr: options.failOnStdErr || false,
            ignoreReturnCode: options.ignoreReturnCode || false,
            delay: options.delay || 10000
        };
        result.outStream = options.outStream || process.stdout;
        result.errStream = options.errStream || process.stderr;
        return result;
    }
    _getSpawnOptions(options, toolPath) {
        options = options || {};
        const result = {};
        result.cwd = options.cwd;
        result.env = options.env;
        result['windowsVerbatimArguments'] =
            options.windowsVerbatimArguments || this._isCmdFile();
        if (options.windowsVerbatimArguments) {
            result.argv0 = `"${toolPath}"`;
        }
        return result;
    }
    /**
     * Exec a tool.
     * Output will be streamed to the live console.
     * Returns promise with return code
     *
     * @param     tool     path to tool to exec
     * @param     options  optional exec options.  See ExecOptions
     * @returns   number
     */
    exec() {
        return toolrunner_awaiter(this, void 0, void 0, function* () {
            // root the tool path if it is unrooted and contains relative pathing
            if (!isRooted(this.toolPath) &&
                (this.toolPath.includes('/') ||
                    (toolrunner_IS_WINDOWS && this.toolPath.includes('\\')))) {
                // prefer options.cwd if it is specified, however options.cwd may also need to be rooted
                this.toolPath = external_path_namespaceObject.resolve(process.cwd(), this.options.cwd || process.cwd(), this.toolPath);
            }
            // if the tool is only a file name, then resolve it from the PATH
            // otherwise verify it exists (add extension on Windows if necessary)
            this.toolPath = yield which(this.toolPath, true);
            return new Promise((resolve, reject) => toolrunner_awaiter(this, void 0, void 0, function* () {
                this._debug(`exec tool: ${this.toolPath}`);
                this._debug('arguments:');
                for (const arg of this.args) {
                    this._debug(`   ${arg}`);
                }
                const optionsNonNull = this._cloneExecOptions(this.options);
                if (!optionsNonNull.silent && optionsNonNull.outStream) {
                    optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + external_os_.EOL);
                }
                const state = new ExecState(optionsNonNull, this.toolPath);
                state.on('debug', (message) => {
                    this._debug(message);
                });
                if (this.options.cwd && !(yield exists(this.options.cwd))) {
                    return reject(new Error(`The cwd: ${this.options.cwd} does not exist!`));
                }
                const fileName = this._getSpawnFileName();
                const cp = external_child_process_namespaceObject.spawn(fileName, this._getSpawnArgs(optionsNonNull), this._getSpawnOptions(this.options, fileName));
                let stdbuffer = '';
                if (cp.stdout) {
                    cp.stdout.on('data', (data) => {
                        if (this.options.listeners && this.options.listeners.stdout) {
                            this.options.listeners.stdout(data);
                        }
                        if (!optionsNonNull.silent && optionsNonNull.outStream) {
                            optionsNonNull.outStream.write(data);
                        }
                        stdbuffer = this._processLineBuffer(data, stdbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.stdline) {
                                this.options.listeners.stdline(line);
                            }
                        });
                    });
                }
                let errbuffer = '';
                if (cp.stderr) {
                    cp.stderr.on('data', (data) => {
                        state.processStderr = true;
                        if (this.options.listeners && this.options.listeners.stderr) {
                            this.options.listeners.stderr(data);
                        }
                        if (!optionsNonNull.silent &&
                            optionsNonNull.errStream &&
                            optionsNonNull.outStream) {
                            const s = optionsNonNull.failOnStdErr
                                ? optionsNonNull.errStream
                                : optionsNonNull.outStream;
                            s.write(data);
                        }
                        errbuffer = this._processLineBuffer(data, errbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.errline) {
                                this.options.listeners.errline(line);
                            }
                        });
                    });
                }
                cp.on('error', (err) => {
                    state.processError = err.message;
                    state.processExited = true;
                    state.processClosed = true;
                    state.CheckComplete();
                });
                cp.on('exit', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    this._debug(`Exit code ${code} received from tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                cp.on('close', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    state.processClosed = true;
                    this._debug(`STDIO streams have closed for tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                state.on('done', (error, exitCode) => {
                    if (stdbuffer.length > 0) {
                        this.emit('stdline', stdbuffer);
                    }
                    if (errbuffer.length > 0) {
                        this.emit('errline', errbuffer);
                    }
                    cp.removeAllListeners();
                    if (error) {
                        reject(error);
                    }
                    else {
                        resolve(exitCode);
                    }
                });
                if (this.options.input) {
                    if (!cp.stdin) {
                        throw new Error('child process missing stdin');
                    }
                    cp.stdin.end(this.options.input);
                }
            }));
        });
    }
}
/**
 * Convert an arg string to an array of args. Handles escaping
 *
 * @param    argString   string of arguments
 * @returns  string[]    array of arguments
 */
function argStringToArray(argString) {
    const args = [];
    let inQuotes = false;
    let escaped = false;
    let arg = '';
    function append(c) {
        // we only escape double quotes.
        if (escaped && c !== '"') {
            arg += '\\';
        }
        arg += c;
        escaped = false;
    }
    for (let i = 0; i < argString.length; i++) {
        const c = argString.charAt(i);
        if (c === '"') {
            if (!escaped) {
                inQuotes = !inQuotes;
            }
            else {
                append(c);
            }
            continue;
        }
        if (c === '\\' && escaped) {
            append(c);
            continue;
        }
        if (c === '\\' && inQuotes) {
            escaped = true;
            continue;
        }
        if (c === ' ' && !inQuotes) {
            if (arg.length > 0) {
                args.push(arg);
                arg = '';
            }
            continue;
        }
        append(c);
    }
    if (arg.length > 0) {
        args.push(arg.trim());
    }
    return args;
}
class ExecState extends external_events_.EventEmitter {
    constructor(options, toolPath) {
        super();
        this.processClosed = false; // tracks whether the process has exited and stdio is closed
        this.processError = '';
        this.processExitCode = 0;
        this.processExited = false; // tracks whether the process has exited
        this.processStderr = false; // tracks whether stderr was written to
        this.delay = 10000; // 10 seconds
        this.done = false;
        this.timeout = null;
        if (!toolPath) {
            throw new Error('toolPath must not be empty');
        }
        this.options = options;
        this.toolPath = toolPath;
        if (options.delay) {
            this.delay = options.delay;
        }
    }
    CheckComplete() {
        if (this.done) {
            return;
        }
        if (this.processClosed) {
            this._setResult();
        }
        else if (this.processExited) {
            this.timeout = (0,external_timers_namespaceObject.setTimeout)(ExecState.HandleTimeout, this.delay, this);
        }
    }
    _debug(message) {
        this.emit('debug', message);
    }
    _setResult() {
        // determine whether there is an error
        let error;
        if (this.processExited) {
            if (this.processError) {
                error = new Error(`There was an error when attempting to execute the process '${this.toolPath}'. This may indicate the process failed to start. Error: ${this.processError}`);
            }
            else if (this.processExitCode !== 0 && !this.options.ignoreReturnCode) {
                error = new Error(`The process '${this.toolPath}' failed with exit code ${this.processExitCode}`);
            }
            else if (this.processStderr && this.options.failOnStdErr) {
                error = new Error(`The process '${this.toolPath}' failed because one or more lines were written to the STDERR stream`);
            }
        }
        // clear the timeout
        if (this.timeout) {
            clearTimeout(this.timeout);
            this.timeout = null;
        }
        this.done = true;
        this.emit('done', error, this.processExitCode);
    }
    static HandleTimeout(state) {
        if (state.done) {
            return;
        }
        if (!state.processClosed && state.processExited) {
            const message = `The STDIO streams did not close within ${state.delay / 1000} seconds of the exit event from process '${state.toolPath}'. This may indicate a child process inherited the STDIO streams and has not yet exited.`;
            state._debug(message);
        }
        state._setResult();
    }
}
//# sourceMappingURL=toolrunner.js.map
;// CONCATENATED MODULE: ../../node_modules/.pnpm/@actions+exec@3.0.0/node_modules/@actions/exec/lib/exec.js
var exec_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


/**
 * Exec a command.
 * Output will be streamed to the live console.
 * Returns promise with return code
 *
 * @param     commandLine        command to execute (can include additional args). Must be correctly escaped.
 * @param     args               optional arguments for tool. Escaping is handled by the lib.
 * @param     options            optional exec options.  See ExecOptions
 * @returns   Promise<number>    exit code
 */
function exec_exec(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        const commandArgs = tr.argStringToArray(commandLine);
        if (commandArgs.length === 0) {
            throw new Error(`Parameter 'commandLine' cannot be null or empty.`);
        }
        // Path to tool to execute should be first arg
        const toolPath = commandArgs[0];
        args = commandArgs.slice(1).concat(args || []);
        const runner = new tr.ToolRunner(toolPath, args, options);
        return runner.exec();
    });
}
/**
 * Exec a command and get the output.
 * Output will be streamed to the live console.
 * Returns promise with the exit code and collected stdout and stderr
 *
 * @param     commandLine           command to execute (can include additional args). Must be correctly escaped.
 * @param     args                  optional arguments for tool. Escaping is handled by the lib.
 * @param     options               optional exec options.  See ExecOptions
 * @returns   Promise<ExecOutput>   exit code, stdout, and stderr
 */
function getExecOutput(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        var _a, _b;
        let stdout = '';
        let stderr = '';
        //Using string decoder covers the case where a mult-byte character is split
        const stdoutDecoder = new StringDecoder('utf8');
        const stderrDecoder = new StringDecoder('utf8');
        const originalStdoutListener = (_a = options === null || options === void 0 ? void 0 : options.listeners) === null || _a === void 0 ? void 0 : _a.stdout;
        const originalStdErrListener = (_b = options === null || options === void 0 ? void 0 : options.listeners) === null || _b === void 0 ? void 0 : _b.stderr;
        const stdErrListener = (data) => {
            stderr += stderrDecoder.write(data);
            if (originalStdErrListener) {
                originalStdErrListener(data);
            }
        };
        const stdOutListener = (data) => {
            stdout += stdoutDecoder.write(data);
            if (originalStdoutListener) {
                originalStdoutListener(data);
            }
        };
        const listeners = Object.assign(Object.assign({}, options === null || options === void 0 ? void 0 : options.listeners), { stdout: stdOutListener, stderr: stdErrListener });
        const exitCode = yield exec_exec(commandLine, args, Object.assign(Object.assign({}, options), { listeners }));
        //flush any remaining characters
        stdout += stdoutDecoder.end();
        stderr += stderrDecoder.end();
        return {
            exitCode,
            stdout,
            stderr
        };
    });
}
//# sourceMappingURL=exec.js.map
;// CONCATENATED MODULE: ../../node_modules/.pnpm/@actions+core@3.0.1_patch_hash=9b112b2e8afea31ab3564ad1e82f30cc25e3a12d31df5f2d490c87d9dd4297e9/node_modules/@actions/core/lib/platform.js
var platform_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const getWindowsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout: version } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Version"', undefined, {
        silent: true
    });
    const { stdout: name } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Caption"', undefined, {
        silent: true
    });
    return {
        name: name.trim(),
        version: version.trim()
    };
});
const getMacOsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    var _a, _b, _c, _d;
    const { stdout } = yield exec.getExecOutput('sw_vers', undefined, {
        silent: true
    });
    const version = (_b = (_a = stdout.match(/ProductVersion:\s*(.+)/)) === null || _a === void 0 ? void 0 : _a[1]) !== null && _b !== void 0 ? _b : '';
    const name = (_d = (_c = stdout.match(/ProductName:\s*(.+)/)) === null || _c === void 0 ? void 0 : _c[1]) !== null && _d !== void 0 ? _d : '';
    return {
        name,
        version
    };
});
const getLinuxInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout } = yield exec.getExecOutput('lsb_release', ['-i', '-r', '-s'], {
        silent: true
    });
    const [name, version] = stdout.trim().split('\n');
    return {
        name,
        version
    };
});
const platform = external_os_.platform();
const arch = external_os_.arch();
const isWindows = platform === 'win32';
const isMacOS = platform === 'darwin';
const isLinux = platform === 'linux';
function getDetails() {
    return platform_awaiter(this, void 0, void 0, function* () {
        return Object.assign(Object.assign({}, (yield (isWindows
            ? getWindowsInfo()
            : isMacOS
                ? getMacOsInfo()
                : getLinuxInfo()))), { platform,
            arch,
            isWindows,
            isMacOS,
            isLinux });
    });
}
//# sourceMappingURL=platform.js.map
;// CONCATENATED MODULE: ../../node_modules/.pnpm/@actions+core@3.0.1_patch_hash=9b112b2e8afea31ab3564ad1e82f30cc25e3a12d31df5f2d490c87d9dd4297e9/node_modules/@actions/core/lib/core.js
var core_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};





/**
 * The code to exit an action
 */
var ExitCode;
(function (ExitCode) {
    /**
     * A code indicating that the action was successful
     */
    ExitCode[ExitCode["Success"] = 0] = "Success";
    /**
     * A code indicating that the action was a failure
     */
    ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
//-----------------------------------------------------------------------
// Variables
//-----------------------------------------------------------------------
/**
 * Sets env variable for this action and future actions in the job
 * @param name the name of the variable to set
 * @param val the value of the variable. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function exportVariable(name, val) {
    const convertedVal = toCommandValue(val);
    process.env[name] = convertedVal;
    const filePath = process.env['GITHUB_ENV'] || '';
    if (filePath) {
        return issueFileCommand('ENV', prepareKeyValueMessage(name, val));
    }
    issueCommand('set-env', { name }, convertedVal);
}
/**
 * Registers a secret which will get masked from logs
 *
 * @param secret - Value of the secret to be masked
 * @remarks
 * This function instructs the Actions runner to mask the specified value in any
 * logs produced during the workflow run. Once registered, the secret value will
 * be replaced with asterisks (***) whenever it appears in console output, logs,
 * or error messages.
 *
 * This is useful for protecting sensitive information such as:
 * - API keys
 * - Access tokens
 * - Authentication credentials
 * - URL parameters containing signatures (SAS tokens)
 *
 * Note that masking only affects future logs; any previous appearances of the
 * secret in logs before calling this function will remain unmasked.
 *
 * @example
 * ```typescript
 * // Register an API token as a secret
 * const apiToken = "abc123xyz456";
 * setSecret(apiToken);
 *
 * // Now any logs containing this value will show *** instead
 * console.log(`Using token: ${apiToken}`); // Outputs: "Using token: ***"
 * ```
 */
function setSecret(secret) {
    command_issueCommand('add-mask', {}, secret);
}
/**
 * Prepends inputPath to the PATH (for this action and future actions)
 * @param inputPath
 */
function addPath(inputPath) {
    const filePath = process.env['GITHUB_PATH'] || '';
    if (filePath) {
        issueFileCommand('PATH', inputPath);
    }
    else {
        issueCommand('add-path', {}, inputPath);
    }
    process.env['PATH'] = `${inputPath}${path.delimiter}${process.env['PATH']}`;
}
/**
 * Gets the value of an input.
 * Unless trimWhitespace is set to false in InputOptions, the value is also trimmed.
 * Returns an empty string if the value is not defined.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string
 */
function getInput(name, options) {
    const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options && options.required && !val) {
        throw new Error(`Input required and not supplied: ${name}`);
    }
    if (options && options.trimWhitespace === false) {
        return val;
    }
    return val.trim();
}
/**
 * Gets the values of an multiline input.  Each value is also trimmed.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string[]
 *
 */
function getMultilineInput(name, options) {
    const inputs = getInput(name, options)
        .split('\n')
        .filter(x => x !== '');
    if (options && options.trimWhitespace === false) {
        return inputs;
    }
    return inputs.map(input => input.trim());
}
/**
 * Gets the input value of the boolean type in the YAML 1.2 "core schema" specification.
 * Support boolean input list: `true | True | TRUE | false | False | FALSE` .
 * The return value is also in boolean type.
 * ref: https://yaml.org/spec/1.2/spec.html#id2804923
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   boolean
 */
function getBooleanInput(name, options) {
    const trueValue = ['true', 'True', 'TRUE'];
    const falseValue = ['false', 'False', 'FALSE'];
    const val = getInput(name, options);
    if (trueValue.includes(val))
        return true;
    if (falseValue.includes(val))
        return false;
    throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
        `Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
/**
 * Sets the value of an output.
 *
 * @param     name     name of the output to set
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function setOutput(name, value) {
    const filePath = process.env['GITHUB_OUTPUT'] || '';
    if (filePath) {
        return file_command_issueFileCommand('OUTPUT', file_command_prepareKeyValueMessage(name, value));
    }
    process.stdout.write(external_os_.EOL);
    command_issueCommand('set-output', { name }, utils_toCommandValue(value));
}
/**
 * Enables or disables the echoing of commands into stdout for the rest of the step.
 * Echoing is disabled by default if ACTIONS_STEP_DEBUG is not set.
 *
 */
function setCommandEcho(enabled) {
    issue('echo', enabled ? 'on' : 'off');
}
//-----------------------------------------------------------------------
// Results
//-----------------------------------------------------------------------
/**
 * Sets the action status to failed.
 * When the action exits it will be with an exit code of 1
 * @param message add error issue message
 */
function setFailed(message) {
    process.exitCode = ExitCode.Failure;
    error(message);
}
//-----------------------------------------------------------------------
// Logging Commands
//-----------------------------------------------------------------------
/**
 * Gets whether Actions Step Debug is on or not
 */
function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
/**
 * Writes debug message to user log
 * @param message debug message
 */
function debug(message) {
    command_issueCommand('debug', {}, message);
}
/**
 * Adds an error issue
 * @param message error issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function error(message, properties = {}) {
    command_issueCommand('error', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function warning(message, properties = {}) {
    command_issueCommand('warning', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a notice issue
 * @param message notice issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function notice(message, properties = {}) {
    command_issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Writes info to log with console.log.
 * @param message info message
 */
function info(message) {
    process.stdout.write(message + external_os_.EOL);
}
/**
 * Begin an output group.
 *
 * Output until the next `groupEnd` will be foldable in this group
 *
 * @param name The name of the output group
 */
function startGroup(name) {
    issue('group', name);
}
/**
 * End an output group.
 */
function endGroup() {
    issue('endgroup');
}
/**
 * Wrap an asynchronous function call in a group.
 *
 * Returns the same type as the function itself.
 *
 * @param name The name of the group
 * @param fn The function to wrap in the group
 */
function group(name, fn) {
    return core_awaiter(this, void 0, void 0, function* () {
        startGroup(name);
        let result;
        try {
            result = yield fn();
        }
        finally {
            endGroup();
        }
        return result;
    });
}
//-----------------------------------------------------------------------
// Wrapper action state
//-----------------------------------------------------------------------
/**
 * Saves state for current action, the state can only be retrieved by this action's post job execution.
 *
 * @param     name     name of the state to store
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function saveState(name, value) {
    const filePath = process.env['GITHUB_STATE'] || '';
    if (filePath) {
        return issueFileCommand('STATE', prepareKeyValueMessage(name, value));
    }
    issueCommand('save-state', { name }, toCommandValue(value));
}
/**
 * Gets the value of an state set by this action's main execution.
 *
 * @param     name     name of the state to get
 * @returns   string
 */
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
function getIDToken(aud) {
    return core_awaiter(this, void 0, void 0, function* () {
        const { OidcClient } = yield Promise.all(/* import() */[__nccwpck_require__.e(385), __nccwpck_require__.e(684)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5684));
        return yield OidcClient.getIDToken(aud);
    });
}
/**
 * Summary exports
 */

/**
 * @deprecated use core.summary
 */

/**
 * Path exports
 */

/**
 * Platform utilities exports
 */

//# sourceMappingURL=core.js.map

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat */
/******/ 
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = new URL('.', import.meta.url).pathname.slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(3887);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

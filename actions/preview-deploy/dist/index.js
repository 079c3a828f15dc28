import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

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

/***/ 8381:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  dz: () => (/* reexport */ errors/* InputError */.dz),
  yo: () => (/* reexport */ errors/* UserError */.yo),
  lc: () => (/* reexport */ bool),
  aY: () => (/* reexport */ code),
  p0: () => (/* reexport */ duration),
  m0: () => (/* reexport */ exec),
  p_: () => (/* reexport */ list),
  Qj: () => (/* reexport */ markdownTable),
  gV: () => (/* reexport */ payloadNumber),
  Up: () => (/* reexport */ payloadString),
  Ko: () => (/* reexport */ readInputs),
  $p: () => (/* reexport */ readRunContext),
  cl: () => (/* reexport */ secrets/* registerSecret */.cl),
  VN: () => (/* reexport */ runMain),
  rJ: () => (/* reexport */ secret),
  Qq: () => (/* reexport */ inputs_text),
  fK: () => (/* reexport */ guards/* valueAt */.fK),
  Sy: () => (/* reexport */ writeSummary)
});

// UNUSED EXPORTS: ExecError, canRun, derivedForms, envInputSource, errorMessage, escapeCell, formatCommand, integer, isOneOf, isRecord, isUserError, keyValues, oneOf, parseDuration, redact, registerCredentials, reportFailure, resetSecrets, splitList

// EXTERNAL MODULE: ../kit/src/errors.ts
var errors = __nccwpck_require__(1735);
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
const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];
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
            throw new errors/* InputError */.dz(name, `has an invalid value "${raw}"`, '"true" or "false"');
        },
    };
}
function oneOf(values, defaultValue) {
    return {
        parse(raw, name) {
            const value = raw === '' ? defaultValue : raw.toLowerCase();
            if (!isOneOf(values, value))
                throw new InputError(name, `has an invalid value "${raw}"`, `one of: ${values.join(', ')}`);
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

;// CONCATENATED MODULE: ../kit/src/summary.ts


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
    await core/* summary */.z.addRaw((0,secrets/* redact */.E$)(markdown), true).write();
}

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

// EXTERNAL MODULE: ../kit/src/guards.ts
var guards = __nccwpck_require__(7254);
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
    const value = (0,guards/* valueAt */.fK)(payload, ...path);
    return typeof value === 'number' ? value : undefined;
}

;// CONCATENATED MODULE: ../kit/src/index.ts










/***/ }),

/***/ 951:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   cl: () => (/* binding */ registerSecret)
/* harmony export */ });
/* unused harmony exports derivedForms, registerCredentials, resetSecrets */
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

/***/ 3887:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cna_kit__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8381);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4378);


await (0,_cna_kit__WEBPACK_IMPORTED_MODULE_0__/* .runMain */ .VN)(() => (0,_main_js__WEBPACK_IMPORTED_MODULE_1__/* .main */ .i)());

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 4378:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// EXTERNAL MODULE: ../../node_modules/.pnpm/@actions+core@3.0.1_patch_hash=9b112b2e8afea31ab3564ad1e82f30cc25e3a12d31df5f2d490c87d9dd4297e9/node_modules/@actions/core/lib/core.js + 14 modules
var core = __nccwpck_require__(939);
// EXTERNAL MODULE: ../kit/src/index.ts + 5 modules
var src = __nccwpck_require__(8381);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(7067);
var external_node_http_default = /*#__PURE__*/__nccwpck_require__.n(external_node_http_);
;// CONCATENATED MODULE: external "node:https"
const external_node_https_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");
var external_node_https_default = /*#__PURE__*/__nccwpck_require__.n(external_node_https_namespaceObject);
;// CONCATENATED MODULE: external "node:readline"
const external_node_readline_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline");
// EXTERNAL MODULE: ../kit/src/guards.ts
var guards = __nccwpck_require__(7254);
;// CONCATENATED MODULE: ../kit/src/k8s/errors.ts
/**
 * A non-2xx answer from the API server, with its `Status` object's reason and message
 * (`NotFound`, `AlreadyExists`, `Conflict`, `Forbidden`, `Invalid`, ...).
 */
class KubeApiError extends Error {
    status;
    reason;
    method;
    path;
    name = 'KubeApiError';
    constructor(status, reason, method, path, message) {
        super(`Kubernetes API ${method} ${path} answered ${status}${reason ? ` ${reason}` : ''}: ${message}`);
        this.status = status;
        this.reason = reason;
        this.method = method;
        this.path = path;
    }
}
function isNotFound(error) {
    return error instanceof KubeApiError && error.status === 404;
}

;// CONCATENATED MODULE: ../kit/src/k8s/resources.ts
const KNOWN = [
    ['v1', 'Namespace', 'namespaces', false],
    ['v1', 'Pod', 'pods', true],
    ['v1', 'Service', 'services', true],
    ['v1', 'ConfigMap', 'configmaps', true],
    ['v1', 'Secret', 'secrets', true],
    ['v1', 'ServiceAccount', 'serviceaccounts', true],
    ['v1', 'PersistentVolumeClaim', 'persistentvolumeclaims', true],
    ['v1', 'PersistentVolume', 'persistentvolumes', false],
    ['v1', 'Event', 'events', true],
    ['v1', 'Endpoints', 'endpoints', true],
    ['v1', 'LimitRange', 'limitranges', true],
    ['v1', 'ResourceQuota', 'resourcequotas', true],
    ['apps/v1', 'Deployment', 'deployments', true],
    ['apps/v1', 'StatefulSet', 'statefulsets', true],
    ['apps/v1', 'DaemonSet', 'daemonsets', true],
    ['apps/v1', 'ReplicaSet', 'replicasets', true],
    ['batch/v1', 'Job', 'jobs', true],
    ['batch/v1', 'CronJob', 'cronjobs', true],
    ['networking.k8s.io/v1', 'Ingress', 'ingresses', true],
    ['networking.k8s.io/v1', 'NetworkPolicy', 'networkpolicies', true],
    ['networking.k8s.io/v1', 'IngressClass', 'ingressclasses', false],
    ['policy/v1', 'PodDisruptionBudget', 'poddisruptionbudgets', true],
    ['autoscaling/v2', 'HorizontalPodAutoscaler', 'horizontalpodautoscalers', true],
    ['rbac.authorization.k8s.io/v1', 'Role', 'roles', true],
    ['rbac.authorization.k8s.io/v1', 'RoleBinding', 'rolebindings', true],
    ['rbac.authorization.k8s.io/v1', 'ClusterRole', 'clusterroles', false],
    ['rbac.authorization.k8s.io/v1', 'ClusterRoleBinding', 'clusterrolebindings', false],
    ['apiextensions.k8s.io/v1', 'CustomResourceDefinition', 'customresourcedefinitions', false],
    ['storage.k8s.io/v1', 'StorageClass', 'storageclasses', false],
];
const knownTypes = KNOWN.map(([apiVersion, kind, plural, namespaced]) => ({ apiVersion, kind, plural, namespaced }));
function knownType(apiVersion, kind) {
    return knownTypes.find((t) => t.apiVersion === apiVersion && t.kind === kind);
}
/** `/api/v1` for the core group, `/apis/<group>/<version>` otherwise. */
function groupVersionPath(apiVersion) {
    return apiVersion.includes('/') ? `/apis/${apiVersion}` : `/api/${apiVersion}`;
}
/** The collection path (in `namespace` when the type is namespaced), or one object's path with `name`. */
function resourcePath(type, namespace, name) {
    const base = groupVersionPath(type.apiVersion);
    const ns = type.namespaced && namespace ? `/namespaces/${encodeURIComponent(namespace)}` : '';
    return `${base}${ns}/${type.plural}${name ? `/${encodeURIComponent(name)}` : ''}`;
}
/** `Deployment/api` or `apps/v1 Deployment dev-x/api`, for messages. */
function describeObject(obj) {
    return `${obj.kind}/${obj.metadata.name}`;
}

;// CONCATENATED MODULE: ../kit/src/k8s/client.ts






const WATCH_EVENT_TYPES = ['ADDED', 'MODIFIED', 'DELETED', 'BOOKMARK', 'ERROR'];
/**
 * A small Kubernetes client: JSON requests, server-side apply and watch, against the
 * cluster `access` names (resolved by @kubernetes/client-node's kubeconfig parsing and exec
 * credential plugins), over node:http(s) with the cluster's TLS material and credentials.
 */
class KubeClient {
    access;
    /** Requests sent, for figures and tests: `GET /api/v1/namespaces`, ... */
    requests = [];
    agent;
    types = new Map();
    constructor(access) {
        this.access = access;
        const secure = access.server.startsWith('https:');
        this.agent = secure
            ? new (external_node_https_default()).Agent({
                keepAlive: true,
                ...(access.ca ? { ca: access.ca } : {}),
                ...(access.cert ? { cert: access.cert } : {}),
                ...(access.key ? { key: access.key } : {}),
                ...(access.tlsServerName ? { servername: access.tlsServerName } : {}),
                rejectUnauthorized: !access.skipTLSVerify,
            })
            : new (external_node_http_default()).Agent({ keepAlive: true });
    }
    close() {
        this.agent.destroy();
    }
    async request(method, path, opts = {}) {
        const url = new URL(this.access.server + path);
        for (const [k, v] of Object.entries(opts.query ?? {}))
            if (v !== undefined && v !== '')
                url.searchParams.set(k, String(v));
        const auth = await this.access.authenticate();
        const payload = opts.body === undefined ? undefined : Buffer.from(JSON.stringify(opts.body));
        const headers = { accept: 'application/json', 'user-agent': 'cloud-native-actions', ...auth.headers };
        if (payload) {
            headers['content-type'] = opts.contentType ?? 'application/json';
            headers['content-length'] = String(payload.length);
        }
        this.requests.push(`${method} ${url.pathname}${url.search}`);
        const transport = url.protocol === 'https:' ? (external_node_https_default()) : (external_node_http_default());
        return new Promise((resolve, reject) => {
            const req = transport.request(url, { method, headers, agent: this.agent, ...(auth.cert ? { cert: auth.cert } : {}), ...(auth.key ? { key: auth.key } : {}) }, (res) => {
                const chunks = [];
                res.on('data', (c) => chunks.push(c));
                res.on('error', reject);
                res.on('end', () => {
                    const text = Buffer.concat(chunks).toString('utf8');
                    let body;
                    try {
                        body = text ? JSON.parse(text) : undefined;
                    }
                    catch {
                        body = undefined;
                    }
                    const status = res.statusCode ?? 0;
                    if (status >= 200 && status < 300)
                        return resolve(body);
                    reject(new KubeApiError(status, stringAt(body, 'reason') ?? '', method, url.pathname, stringAt(body, 'message') ?? (text.slice(0, 200) || (external_node_http_default()).STATUS_CODES[status] || 'error')));
                });
            });
            req.on('error', (error) => reject(new Error(`Kubernetes API ${method} ${url.pathname} failed: ${error.message} (server ${this.access.server})`)));
            req.end(payload);
        });
    }
    /** The REST type of `apiVersion`/`kind`: known ones from the table, others by discovery. */
    async resourceType(apiVersion, kind) {
        const known = knownType(apiVersion, kind);
        if (known)
            return known;
        const key = `${apiVersion}/${kind}`;
        const cached = this.types.get(key);
        if (cached)
            return cached;
        let list;
        try {
            list = await this.request('GET', groupVersionPath(apiVersion));
        }
        catch (error) {
            if (error instanceof KubeApiError && error.status === 404)
                throw new KubeApiError(404, 'NotFound', 'GET', groupVersionPath(apiVersion), `the cluster does not serve ${apiVersion}`);
            throw error;
        }
        for (const r of list.resources) {
            if (!r.name.includes('/'))
                this.types.set(`${apiVersion}/${r.kind}`, { apiVersion, kind: r.kind, plural: r.name, namespaced: r.namespaced });
        }
        const found = this.types.get(key);
        if (!found)
            throw new KubeApiError(404, 'NotFound', 'GET', groupVersionPath(apiVersion), `the cluster serves no kind ${kind} in ${apiVersion}`);
        return found;
    }
    async get(path) {
        try {
            return await this.request('GET', path);
        }
        catch (error) {
            if (error instanceof KubeApiError && error.status === 404)
                return undefined;
            throw error;
        }
    }
    async list(path, opts = {}) {
        const items = [];
        let cont;
        let last;
        do {
            last = await this.request('GET', path, {
                query: { labelSelector: opts.labelSelector, fieldSelector: opts.fieldSelector, limit: opts.limit ?? 500, continue: cont },
            });
            items.push(...(last.items ?? []));
            cont = last.metadata?.continue || undefined;
        } while (cont);
        return { items, metadata: { ...(last.metadata?.resourceVersion ? { resourceVersion: last.metadata.resourceVersion } : {}) } };
    }
    /** Server-side apply: the object as this field manager wants it; `force` takes over fields others own. */
    async apply(obj, fieldManager) {
        const type = await this.resourceType(obj.apiVersion, obj.kind);
        const path = resourcePath(type, obj.metadata.namespace, obj.metadata.name);
        // JSON is YAML, so the apply body can be JSON with the apply-patch content type (as kubectl sends it).
        return this.request('PATCH', path, { query: { fieldManager, force: true }, body: obj, contentType: 'application/apply-patch+yaml' });
    }
    /** Deletes; undefined when it was already gone (404). The answer may be the object, now terminating. */
    async delete(path, opts = {}) {
        try {
            return await this.request('DELETE', path, {
                body: { kind: 'DeleteOptions', apiVersion: 'v1', ...(opts.propagationPolicy ? { propagationPolicy: opts.propagationPolicy } : {}) },
            });
        }
        catch (error) {
            if (error instanceof KubeApiError && error.status === 404)
                return undefined;
            throw error;
        }
    }
    /**
     * Watches `path` until `handler` returns true (`done`), the time runs out (`timeout`), or
     * the server closes the stream (`closed`: the caller decides whether to watch again).
     * The protocol is @kubernetes/client-node's `Watch`: `?watch=true`, one JSON `{type, object}`
     * per line. Its class is not used itself: it brings node-fetch and a URL polyfill (360 kB bundled).
     */
    async watch(path, opts, handler) {
        const auth = await this.access.authenticate();
        const url = new URL(this.access.server + path);
        url.searchParams.set('watch', 'true');
        if (opts.labelSelector)
            url.searchParams.set('labelSelector', opts.labelSelector);
        if (opts.fieldSelector)
            url.searchParams.set('fieldSelector', opts.fieldSelector);
        if (opts.resourceVersion)
            url.searchParams.set('resourceVersion', opts.resourceVersion);
        url.searchParams.set('allowWatchBookmarks', 'true');
        url.searchParams.set('timeoutSeconds', String(Math.max(1, Math.ceil(opts.timeoutMs / 1000))));
        this.requests.push(`GET ${url.pathname}${url.search}`);
        const transport = url.protocol === 'https:' ? (external_node_https_default()) : (external_node_http_default());
        return new Promise((resolve, reject) => {
            let settled = false;
            const finish = (result, error) => {
                if (settled)
                    return;
                settled = true;
                clearTimeout(timer);
                req.destroy();
                if (error)
                    reject(error);
                else
                    resolve(result);
            };
            const timer = setTimeout(() => finish('timeout'), opts.timeoutMs);
            const req = transport.request(url, {
                method: 'GET',
                agent: this.agent,
                headers: { accept: 'application/json', 'user-agent': 'cloud-native-actions', ...auth.headers },
                ...(auth.cert ? { cert: auth.cert } : {}),
                ...(auth.key ? { key: auth.key } : {}),
            }, (res) => {
                const status = res.statusCode ?? 0;
                if (status !== 200) {
                    const chunks = [];
                    res.on('data', (c) => chunks.push(c));
                    res.on('end', () => {
                        const s = parseJson(Buffer.concat(chunks).toString('utf8'));
                        finish('closed', new KubeApiError(status, stringAt(s, 'reason') ?? '', 'WATCH', url.pathname, stringAt(s, 'message') ?? (external_node_http_default()).STATUS_CODES[status] ?? 'watch failed'));
                    });
                    return;
                }
                const lines = (0,external_node_readline_namespaceObject.createInterface)({ input: res, crlfDelay: Infinity });
                lines.on('line', (line) => {
                    if (settled || !line.trim())
                        return;
                    const event = parseJson(line);
                    const type = (0,guards/* valueAt */.fK)(event, 'type');
                    const object = (0,guards/* valueAt */.fK)(event, 'object');
                    if (type === 'ERROR') {
                        const code = (0,guards/* valueAt */.fK)(object, 'code');
                        return finish('closed', new KubeApiError(typeof code === 'number' ? code : 500, stringAt(object, 'reason') ?? '', 'WATCH', url.pathname, stringAt(object, 'message') ?? 'watch error'));
                    }
                    if (!(0,guards/* isOneOf */.EK)(WATCH_EVENT_TYPES, type) || !isKubeObject(object))
                        return;
                    try {
                        if (handler(type, object))
                            finish('done');
                    }
                    catch (error) {
                        finish('closed', error);
                    }
                });
                lines.on('close', () => finish('closed'));
                // Ending the watch destroys the request, and the response then errors with `aborted`:
                // expected, and it must not escape as an unhandled 'error' event.
                lines.on('error', () => finish('closed'));
                res.on('error', () => finish('closed'));
            });
            req.on('error', (error) => finish('closed', new Error(`Kubernetes watch of ${url.pathname} failed: ${error.message} (server ${this.access.server})`)));
            req.end();
        });
    }
}
function parseJson(text) {
    try {
        return JSON.parse(text);
    }
    catch {
        return undefined;
    }
}
function stringAt(doc, key) {
    const value = (0,guards/* valueAt */.fK)(doc, key);
    return typeof value === 'string' ? value : undefined;
}
/** What every object the API server sends has: a kind and a named metadata. */
function isKubeObject(value) {
    return (0,guards/* isRecord */.u4)(value) && typeof value.kind === 'string' && typeof (0,guards/* valueAt */.fK)(value, 'metadata', 'name') === 'string';
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
// EXTERNAL MODULE: ../kit/src/errors.ts
var errors = __nccwpck_require__(1735);
// EXTERNAL MODULE: ../kit/src/secrets.ts
var secrets = __nccwpck_require__(951);
;// CONCATENATED MODULE: ../kit/src/k8s/config.ts





const IN_CLUSTER_DIR = '/var/run/secrets/kubernetes.io/serviceaccount';
/** Cluster access from `kubeconfig` content, else `KUBECONFIG`, else the in-cluster service account. */
async function loadClusterAccess(opts = {}) {
    const env = opts.env ?? process.env;
    if (opts.kubeconfig?.trim())
        return fromKubeconfig(opts.kubeconfig, 'input', process.cwd());
    const files = (env.KUBECONFIG ?? '').split(':').filter((f) => f && (0,external_node_fs_.existsSync)(f));
    if (files[0])
        return fromKubeconfig((0,external_node_fs_.readFileSync)(files[0], 'utf8'), 'KUBECONFIG', (0,external_node_path_namespaceObject.dirname)(files[0]));
    const dir = opts.inClusterDir ?? IN_CLUSTER_DIR;
    const host = env.KUBERNETES_SERVICE_HOST;
    if (host && (0,external_node_fs_.existsSync)((0,external_node_path_namespaceObject.join)(dir, 'token'))) {
        const port = env.KUBERNETES_SERVICE_PORT ?? '443';
        const server = `https://${host.includes(':') ? `[${host}]` : host}:${port}`;
        const ca = (0,external_node_fs_.existsSync)((0,external_node_path_namespaceObject.join)(dir, 'ca.crt')) ? (0,external_node_fs_.readFileSync)((0,external_node_path_namespaceObject.join)(dir, 'ca.crt'), 'utf8') : undefined;
        return {
            server,
            source: 'in-cluster',
            skipTLSVerify: false,
            ...(ca ? { ca } : {}),
            // The projected token rotates: read it for every request.
            authenticate: async () => {
                const token = (0,external_node_fs_.readFileSync)((0,external_node_path_namespaceObject.join)(dir, 'token'), 'utf8').trim();
                (0,secrets/* registerSecret */.cl)(token);
                return { headers: { authorization: `Bearer ${token}` } };
            },
        };
    }
    throw new errors/* UserError */.yo('No Kubernetes cluster to talk to: the kubeconfig input is empty, KUBECONFIG names no file, and this is not a pod with a service account. Pass a kubeconfig (for example from a secret) or run inside the cluster.');
}
async function fromKubeconfig(content, source, baseDir) {
    // Loaded only now: a run that talks to no cluster (or only from inside one) never parses YAML.
    const [{ parse }, { newClusters, newContexts, newUsers }, { ExecAuth }] = await Promise.all([
        __nccwpck_require__.e(/* import() */ 717).then(__nccwpck_require__.t.bind(__nccwpck_require__, 1717, 19)),
        __nccwpck_require__.e(/* import() */ 35).then(__nccwpck_require__.bind(__nccwpck_require__, 1035)),
        __nccwpck_require__.e(/* import() */ 299).then(__nccwpck_require__.bind(__nccwpck_require__, 6299)),
    ]);
    let doc;
    try {
        doc = parse(content);
    }
    catch {
        throw new errors/* UserError */.yo(`The kubeconfig from ${source} is not valid YAML.`);
    }
    if (!doc || typeof doc !== 'object')
        throw new errors/* UserError */.yo(`The kubeconfig from ${source} is not a YAML mapping.`);
    let clusters, users, contexts;
    try {
        clusters = newClusters(doc.clusters);
        users = newUsers(doc.users);
        contexts = newContexts(doc.contexts);
    }
    catch (error) {
        throw new errors/* UserError */.yo(`The kubeconfig from ${source} is invalid: ${(0,guards/* errorMessage */.gJ)(error)}.`);
    }
    const current = String(doc['current-context'] ?? '') || contexts[0]?.name;
    const context = contexts.find((c) => c.name === current);
    if (!context)
        throw new errors/* UserError */.yo(`The kubeconfig from ${source} has no context "${current ?? ''}".`);
    const cluster = clusters.find((c) => c.name === context.cluster);
    if (!cluster)
        throw new errors/* UserError */.yo(`The kubeconfig from ${source} has no cluster "${context.cluster}" (context "${context.name}").`);
    const user = users.find((u) => u.name === context.user);
    const file = (path) => (path ? (0,external_node_fs_.readFileSync)((0,external_node_path_namespaceObject.isAbsolute)(path) ? path : (0,external_node_path_namespaceObject.join)(baseDir, path), 'utf8') : undefined);
    const b64 = (data) => (data ? Buffer.from(data, 'base64').toString('utf8') : undefined);
    const ca = b64(cluster.caData) ?? file(cluster.caFile);
    const cert = b64(user?.certData) ?? file(user?.certFile);
    const key = b64(user?.keyData) ?? file(user?.keyFile);
    for (const secret of [user?.token, user?.password, key])
        (0,secrets/* registerSecret */.cl)(secret);
    const exec = new ExecAuth();
    return {
        server: cluster.server.replace(/\/+$/, ''),
        source,
        skipTLSVerify: cluster.skipTLSVerify,
        ...(context.namespace ? { namespace: context.namespace } : {}),
        ...(ca ? { ca } : {}),
        ...(cert ? { cert } : {}),
        ...(key ? { key } : {}),
        ...(cluster.tlsServerName ? { tlsServerName: cluster.tlsServerName } : {}),
        authenticate: async () => {
            const headers = {};
            if (!user)
                return { headers };
            if (user.token)
                headers.authorization = `Bearer ${user.token}`;
            else if (user.username && user.password)
                headers.authorization = `Basic ${Buffer.from(`${user.username}:${user.password}`).toString('base64')}`;
            if (user.impersonateUser)
                headers['impersonate-user'] = user.impersonateUser;
            if (exec.isAuthProvider(user)) {
                const opts = { headers: {} };
                await exec.applyAuthentication(user, opts);
                const auth = opts.headers.Authorization;
                if (auth) {
                    (0,secrets/* registerSecret */.cl)(auth.replace(/^Bearer /, ''));
                    headers.authorization = auth;
                }
                return { headers, ...(typeof opts.cert === 'string' ? { cert: opts.cert } : {}), ...(typeof opts.key === 'string' ? { key: opts.key } : {}) };
            }
            return { headers };
        },
    };
}

;// CONCATENATED MODULE: ../kit/src/k8s/rollout.ts

/** The number at `path` in an object read from the API server; 0 when absent. */
function count(doc, ...path) {
    const value = (0,guards/* valueAt */.fK)(doc, ...path);
    return typeof value === 'number' ? value : 0;
}
function rollout_text(doc, ...path) {
    const value = (0,guards/* valueAt */.fK)(doc, ...path);
    return typeof value === 'string' ? value : undefined;
}
/** `status.conditions` (any kind), the well-formed entries only. */
function conditionsOf(obj) {
    const list = (0,guards/* valueAt */.fK)(obj, 'status', 'conditions');
    if (!Array.isArray(list))
        return [];
    return list.filter(guards/* isRecord */.u4).map((c) => ({
        type: String(c.type),
        status: String(c.status),
        ...(typeof c.reason === 'string' ? { reason: c.reason } : {}),
        ...(typeof c.message === 'string' ? { message: c.message } : {}),
    }));
}
const ROLLOUT_KINDS = (/* unused pure expression or super */ null && (['Deployment', 'StatefulSet', 'DaemonSet']));
function rolloutState(obj) {
    const generation = obj.metadata.generation ?? 0;
    const observed = count(obj, 'status', 'observedGeneration');
    const name = `${obj.kind}/${obj.metadata.name}`;
    if (observed < generation)
        return { done: false, message: `${name}: waiting for the controller to see generation ${generation}` };
    const n = (key) => count(obj, 'status', key);
    const replicas = typeof (0,guards/* valueAt */.fK)(obj, 'spec', 'replicas') === 'number' ? count(obj, 'spec', 'replicas') : 1;
    if (obj.kind === 'Deployment') {
        const progressing = conditionsOf(obj).find((c) => c.type === 'Progressing');
        if (progressing?.reason === 'ProgressDeadlineExceeded')
            return { done: false, failed: true, message: `${name} exceeded its progress deadline` };
        if (n('updatedReplicas') < replicas)
            return { done: false, message: `${name}: ${n('updatedReplicas')} of ${replicas} updated replicas` };
        if (n('replicas') > n('updatedReplicas'))
            return { done: false, message: `${name}: ${n('replicas') - n('updatedReplicas')} old replicas pending termination` };
        if (n('availableReplicas') < n('updatedReplicas'))
            return { done: false, message: `${name}: ${n('availableReplicas')} of ${n('updatedReplicas')} updated replicas available` };
        return { done: true, message: `${name} rolled out` };
    }
    if (obj.kind === 'StatefulSet') {
        if (n('readyReplicas') < replicas)
            return { done: false, message: `${name}: ${n('readyReplicas')} of ${replicas} pods ready` };
        if (n('updatedReplicas') < replicas)
            return { done: false, message: `${name}: ${n('updatedReplicas')} of ${replicas} pods updated` };
        return { done: true, message: `${name} rolled out` };
    }
    if (obj.kind === 'DaemonSet') {
        const desired = n('desiredNumberScheduled');
        if (n('updatedNumberScheduled') < desired)
            return { done: false, message: `${name}: ${n('updatedNumberScheduled')} of ${desired} pods updated` };
        if (n('numberAvailable') < desired)
            return { done: false, message: `${name}: ${n('numberAvailable')} of ${desired} pods available` };
        return { done: true, message: `${name} rolled out` };
    }
    return { done: true, message: `${name} has no rollout` };
}
const WAITING_REASONS = new Set([
    'ImagePullBackOff',
    'ErrImagePull',
    'CrashLoopBackOff',
    'CreateContainerConfigError',
    'CreateContainerError',
    'InvalidImageName',
    'RunContainerError',
]);
/**
 * Why pods are not ready, from their status and events: images that cannot be pulled,
 * containers that crash, pods no node can take. Pure.
 */
function podProblems(pods, events = []) {
    const problems = [];
    for (const pod of pods) {
        const name = pod.metadata.name;
        const before = problems.length;
        const statuses = ['initContainerStatuses', 'containerStatuses'].flatMap((key) => (0,guards/* valueAt */.fK)(pod, 'status', key)).filter(guards/* isRecord */.u4);
        for (const c of statuses) {
            const reason = rollout_text(c, 'state', 'waiting', 'reason');
            if (reason && WAITING_REASONS.has(reason)) {
                const last = (0,guards/* valueAt */.fK)(c, 'lastState', 'terminated');
                const exitCode = (0,guards/* valueAt */.fK)(last, 'exitCode');
                const lastReason = rollout_text(last, 'reason');
                const extra = reason === 'CrashLoopBackOff' && (0,guards/* isRecord */.u4)(last)
                    ? ` (last exit code ${typeof exitCode === 'number' ? exitCode : '?'}${lastReason ? `, ${lastReason}` : ''})`
                    : '';
                problems.push({ pod: name, container: String(c.name), reason, message: `${rollout_text(c, 'state', 'waiting', 'message') ?? ''}${extra}`.trim() });
            }
        }
        const scheduled = conditionsOf(pod).find((c) => c.type === 'PodScheduled');
        if (scheduled?.status === 'False')
            problems.push({ pod: name, reason: scheduled.reason ?? 'Unschedulable', message: scheduled.message ?? '' });
        if (problems.length > before)
            continue;
        // No reason in the status yet: the newest warning event about the pod says it.
        const warning = events
            .filter((e) => rollout_text(e, 'involvedObject', 'name') === name && e.type === 'Warning')
            .sort((a, b) => String(a.lastTimestamp ?? '').localeCompare(String(b.lastTimestamp ?? '')))
            .pop();
        if (warning)
            problems.push({ pod: name, reason: String(warning.reason ?? 'Warning'), message: String(warning.message ?? '') });
    }
    // Events add detail (the registry's answer, the scheduler's reasoning) to what the status says.
    for (const problem of problems) {
        if (problem.message)
            continue;
        const event = events.find((e) => rollout_text(e, 'involvedObject', 'name') === problem.pod && e.type === 'Warning');
        if (event)
            problem.message = String(event.message ?? '');
    }
    return problems;
}
/** `a=b,c=d` from a selector's matchLabels (matchExpressions with In/NotIn/Exists too). */
function selectorString(selector) {
    const parts = Object.entries(selector?.matchLabels ?? {}).map(([k, v]) => `${k}=${v}`);
    for (const e of selector?.matchExpressions ?? []) {
        if (e.operator === 'In')
            parts.push(`${e.key} in (${(e.values ?? []).join(',')})`);
        else if (e.operator === 'NotIn')
            parts.push(`${e.key} notin (${(e.values ?? []).join(',')})`);
        else if (e.operator === 'Exists')
            parts.push(e.key);
        else if (e.operator === 'DoesNotExist')
            parts.push(`!${e.key}`);
    }
    return parts.join(',');
}

;// CONCATENATED MODULE: ../kit/src/k8s/index.ts






// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ../kit/src/names/slug.ts

/**
 * Branch names → DNS-1123 labels, for per-branch namespaces and hosts. Pure.
 *
 * A label is 1–63 characters of `a-z0-9-`, starting and ending with a letter or digit.
 * A branch name that already is one (and fits) is kept as it is, so `feature-a` reads as
 * `feature-a`. Any other name is cleaned, cut to fit, and gets a short hash of the
 * *original* name appended: `Feature/A`, `feature_a` and `feature-a` stay distinct, and
 * the same branch always maps to the same label.
 */
const DNS_LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;
const MAX_LABEL = 63;
const HASH_LENGTH = 8;
function isDnsLabel(value) {
    return DNS_LABEL.test(value);
}
/** The branch name without `refs/heads/`, as GitHub reports it in `ref` or `head_ref`. */
function branchName(ref) {
    return ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : ref;
}
function shortHash(value) {
    return (0,external_node_crypto_.createHash)('sha256').update(value, 'utf8').digest('hex').slice(0, HASH_LENGTH);
}
/** A DNS-1123 label of at most `maxLength` (≥ 10) characters for `branch`. */
function branchSlug(branch, maxLength = MAX_LABEL) {
    if (maxLength < HASH_LENGTH + 2 || maxLength > MAX_LABEL)
        throw new RangeError(`maxLength must be ${HASH_LENGTH + 2}..${MAX_LABEL}`);
    const name = branchName(branch);
    const cleaned = name
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '');
    if (cleaned === name && cleaned.length <= maxLength && isDnsLabel(cleaned))
        return cleaned;
    const hash = shortHash(name);
    const head = cleaned.slice(0, maxLength - HASH_LENGTH - 1).replace(/-+$/, '');
    return head ? `${head}-${hash}` : hash;
}
/** Longest namespace prefix accepted, so the slug keeps room for a readable head and the hash. */
const MAX_PREFIX = 40;
const PREFIX = /^[a-z0-9]([a-z0-9-]{0,38}[a-z0-9])?$/;
/** The slug fits both `<prefix>-<slug>` and the host label `<slug>` of `<slug>.<domain>`. */
function previewNames(branch, prefix, domain = '') {
    if (!PREFIX.test(prefix))
        throw new RangeError(`namespace prefix "${prefix}" is not a DNS label of at most ${MAX_PREFIX} characters`);
    const slug = branchSlug(branch, Math.min(MAX_LABEL, MAX_LABEL - prefix.length - 1));
    return { slug, namespace: `${prefix}-${slug}`, host: domain ? `${slug}.${domain}` : '' };
}

;// CONCATENATED MODULE: ../kit/src/names/preview.ts
/**
 * The names a preview environment is known by, shared by preview-deploy (which sets them)
 * and preview-teardown (which finds by them). Pure.
 */
const MANAGED_BY = 'app.kubernetes.io/managed-by';
const MANAGER = 'cna-preview';
const LABEL_SLUG = 'preview.cna.dev/branch-slug';
const LABEL_PREFIX = 'preview.cna.dev/prefix';
const LABEL_PR = 'preview.cna.dev/pull-request';
const ANNOTATION_BRANCH = 'preview.cna.dev/branch';
const ANNOTATION_COMMIT = 'preview.cna.dev/commit';
const ANNOTATION_RUN = 'preview.cna.dev/run-url';
const ANNOTATION_EXPIRES = 'preview.cna.dev/expires-at';
const ANNOTATION_IMAGE = 'preview.cna.dev/image';
/** The one field manager every preview write uses, so re-deploys own and prune the same fields. */
const FIELD_MANAGER = 'cna-preview-deploy';
/** The label selector of every preview namespace under `prefix`. */
function previewSelector(prefix) {
    return `${MANAGED_BY}=${MANAGER},${LABEL_PREFIX}=${prefix}`;
}
/** The GitHub environment of a branch's preview. */
function previewEnvironment(slug) {
    return `preview/${slug}`;
}
/** The hidden marker that finds a preview's pull request comment again, to update it in place. */
function previewMarker(namespace) {
    return `<!-- cna-preview: ${namespace} -->`;
}

;// CONCATENATED MODULE: ../kit/src/names/index.ts



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

;// CONCATENATED MODULE: ./src/comment.ts


/** The pull request comment: hidden marker first, so the next run finds and updates it. */
function commentBody(r) {
    const title = r.state === 'deployed' ? `### Preview of ${(0,src/* code */.aY)(r.branch)} is live` : `### Preview of ${(0,src/* code */.aY)(r.branch)} failed to roll out`;
    const rows = [
        ['URL', r.url ? `<${r.url}>` : '(no domain configured)'],
        ['image', (0,src/* code */.aY)(r.imageRef)],
        ['digest', (0,src/* code */.aY)(r.digest)],
        ['namespace', (0,src/* code */.aY)(r.namespace)],
        ['commit', r.sha ? (0,src/* code */.aY)(r.sha) : '(unknown)'],
        ['expires', `${r.expiresAt} (then the reaper removes it)`],
    ];
    if (r.runUrl)
        rows.push(['run', `[workflow run](${r.runUrl})`]);
    const lines = [
        previewMarker(r.namespace),
        title,
        '',
        (0,src/* markdownTable */.Qj)(['', ''], rows.map(([a, b]) => [`**${a}**`, b])),
    ];
    if (r.reason)
        lines.push('', `**Why:** ${r.reason}`);
    lines.push('', `<sub>${r.objects.length} objects applied by preview-deploy; updated in place on every deploy.</sub>`);
    return lines.join('\n');
}
function summaryMarkdown(r) {
    const title = r.dryRun
        ? `### Dry run: would deploy ${(0,src/* code */.aY)(r.branch)} to ${(0,src/* code */.aY)(r.namespace)}`
        : r.state === 'deployed'
            ? `### Preview of ${(0,src/* code */.aY)(r.branch)} deployed`
            : `### Preview of ${(0,src/* code */.aY)(r.branch)} failed`;
    const rows = [
        ['namespace', (0,src/* code */.aY)(r.namespace)],
        ['URL', r.url || '(no domain)'],
        ['image', (0,src/* code */.aY)(r.imageRef)],
        ['expires', r.expiresAt],
    ];
    if (r.deploymentId)
        rows.push(['deployment', `#${r.deploymentId}`]);
    if (r.reason)
        rows.push(['why', r.reason]);
    return [
        title,
        '',
        (0,src/* markdownTable */.Qj)(['', ''], rows.map(([a, b]) => [`**${a}**`, b])),
        '',
        `**Objects${r.dryRun ? ' that would be applied' : ''}:**`,
        '',
        ...r.objects.map((o) => `- ${(0,src/* code */.aY)(o)}`),
        '',
    ].join('\n');
}

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
    return isRecord(payload) ? payload : undefined;
}
/** The HTTP status of an Octokit RequestError (or anything with a numeric `status`), else undefined. */
function errorStatus(error) {
    return isRecord(error) && typeof error.status === 'number' ? error.status : undefined;
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
function reference_registryBaseUrl(registry) {
    const host = registry === 'docker.io' ? 'registry-1.docker.io' : registry;
    return `${isLoopback(registry) ? 'http' : 'https'}://${host}`;
}

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
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
        files.push(join(env.XDG_RUNTIME_DIR, 'containers', 'auth.json'));
    files.push(join(env.DOCKER_CONFIG ?? join(env.HOME ?? homedir(), '.docker'), 'config.json'));
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
            config = JSON.parse(await readFile(file, 'utf8'));
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
    return `sha256:${createHash('sha256').update(bytes).digest('hex')}`;
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
    const hash = createHash(algorithm);
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
function describe(error) {
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
            throw new client_RegistryError(`${what} failed: ${describe(error)}`, undefined, { transient: client_isTransient(error), cause: error });
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






;// CONCATENATED MODULE: ./src/inputs.ts



/** Every input of action.yml, and only those: a contract test compares the two. */
const inputSpecs = {
    'image-ref': {
        parse(raw, name) {
            const value = (0,src/* text */.Qq)({ required: true, accepted: 'an image pinned by digest, name@sha256:<64 hex>' }).parse(raw, name);
            const ref = parseReference(value);
            if (!ref)
                throw new src/* InputError */.dz(name, `has an invalid value "${value}"`, 'an image pinned by digest, name@sha256:<64 hex>');
            if (!ref.digest)
                throw new src/* InputError */.dz(name, `"${value}" is not pinned by digest`, 'an image pinned by digest, name@sha256:<64 hex> (the image-ref output of build-image)');
            return { ...ref, digest: ref.digest, ref: value };
        },
    },
    manifests: {
        parse(raw, name) {
            const paths = (0,src/* list */.p_)().parse(raw, name);
            if (!paths.length)
                throw new src/* InputError */.dz(name, 'is required but was empty', 'YAML files, folders or a kustomization folder, one per line');
            return paths;
        },
    },
    branch: (0,src/* text */.Qq)(),
    'namespace-prefix': (0,src/* text */.Qq)({
        default: 'dev',
        pattern: PREFIX,
        accepted: 'a DNS label of at most 40 characters (lowercase letters, digits and "-"), such as dev or preview',
    }),
    domain: (0,src/* text */.Qq)({
        pattern: /^(?=.{1,190}$)[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/,
        accepted: 'a lowercase DNS domain such as dev.example.com',
    }),
    kubeconfig: (0,src/* secret */.rJ)(),
    timeout: (0,src/* duration */.p0)('5m'),
    ttl: (0,src/* duration */.p0)('7d'),
    'pr-number': (0,src/* text */.Qq)({ pattern: /^[1-9]\d{0,9}$/, accepted: 'a pull request number such as 42' }),
    'dry-run': (0,src/* bool */.lc)(false),
    'github-token': (0,src/* secret */.rJ)(),
};
function getInputs(source) {
    return (0,src/* readInputs */.Ko)(inputSpecs, source);
}

;// CONCATENATED MODULE: ./src/render.ts




const KUSTOMIZATION = ['kustomization.yaml', 'kustomization.yml', 'Kustomization'];
/**
 * The manifests as objects: YAML files, folders of YAML files (sorted, recursively), or a
 * kustomization folder rendered by `kubectl kustomize` (argv, no shell). `List` objects are
 * unpacked; empty documents skipped.
 */
async function renderManifests(paths, workspace, exec) {
    // The YAML parser (a fifth of the bundle) is loaded here, when there are manifests to read,
    // not when the action starts.
    const { parseObjects } = await Promise.all(/* import() */[__nccwpck_require__.e(717), __nccwpck_require__.e(367)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9367));
    const out = [];
    for (const given of paths) {
        const path = (0,external_node_path_namespaceObject.isAbsolute)(given) ? given : (0,external_node_path_namespaceObject.resolve)(workspace, given);
        if (!(0,external_node_fs_.existsSync)(path))
            throw new src/* UserError */.yo(`Input "manifests" names "${given}", which does not exist. Expected YAML files, folders or a kustomization folder.`);
        const info = await (0,promises_namespaceObject.stat)(path);
        if (info.isDirectory() && KUSTOMIZATION.some((f) => (0,external_node_fs_.existsSync)((0,external_node_path_namespaceObject.join)(path, f)))) {
            const { stdout } = await exec('kubectl', ['kustomize', path], { stream: false });
            out.push(...parseObjects(stdout, `kustomize:${given}`));
        }
        else if (info.isDirectory()) {
            for (const file of await yamlFiles(path))
                out.push(...parseObjects(await (0,promises_namespaceObject.readFile)(file, 'utf8'), (0,external_node_path_namespaceObject.relative)(workspace, file) || file));
        }
        else {
            out.push(...parseObjects(await (0,promises_namespaceObject.readFile)(path, 'utf8'), given));
        }
    }
    return out;
}
async function yamlFiles(dir) {
    const entries = (await (0,promises_namespaceObject.readdir)(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
    const files = [];
    for (const entry of entries) {
        const full = (0,external_node_path_namespaceObject.join)(dir, entry.name);
        if (entry.isDirectory())
            files.push(...(await yamlFiles(full)));
        else if (['.yaml', '.yml', '.json'].includes((0,external_node_path_namespaceObject.extname)(entry.name)))
            files.push(full);
    }
    return files;
}

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

;// CONCATENATED MODULE: ./src/github.ts


/** The open pull request whose head is `branch` in this repository, if any. */
async function findPullRequest(gh, repo, branch) {
    const pulls = await gh.paginate('GET /repos/{owner}/{repo}/pulls', { ...repo, head: `${repo.owner}:${branch}`, state: 'open', per_page: 100 });
    return pulls[0]?.number;
}
/** Creates the comment carrying `marker`, or updates the one that already does: one comment per preview, ever. */
async function upsertComment(gh, repo, issue, marker, body) {
    const comments = await gh.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...repo, issue_number: issue, per_page: 100 });
    const existing = comments.find((c) => c.body?.includes(marker));
    if (existing) {
        await gh.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { ...repo, comment_id: existing.id, body });
        return { id: Number(existing.id), created: false };
    }
    const { data } = await gh.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...repo, issue_number: issue, body });
    return { id: Number(data.id), created: true };
}

;// CONCATENATED MODULE: ./src/transform.ts

const WORKLOAD_KINDS = ['Deployment', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob', 'Pod', 'ReplicaSet', 'ReplicationController'];
/** The pod spec inside a workload, where its containers are. */
function podSpecOf(obj) {
    const spec = obj.spec;
    if (!spec)
        return undefined;
    if (obj.kind === 'Pod')
        return spec;
    if (obj.kind === 'CronJob')
        return spec.jobTemplate?.spec?.template?.spec;
    if (WORKLOAD_KINDS.includes(obj.kind))
        return spec.template?.spec;
    return undefined;
}
function containersOf(obj) {
    const pod = podSpecOf(obj);
    return pod ? [...(pod.initContainers ?? []), ...(pod.containers ?? []), ...(pod.ephemeralContainers ?? [])] : [];
}
function sameRepository(image, target) {
    const a = parseReference(image);
    const b = parseReference(target);
    return !!a && !!b && formatName(a) === formatName(b);
}
function transformObject(input, namespaced, opts) {
    const obj = structuredClone(input);
    obj.metadata.labels = { ...(obj.metadata.labels ?? {}), ...opts.labels };
    if (namespaced)
        obj.metadata.namespace = opts.namespace;
    for (const container of containersOf(obj)) {
        if (container.image && sameRepository(container.image, opts.imageRef))
            container.image = opts.imageRef;
    }
    if (obj.kind === 'Ingress' && opts.host) {
        const spec = (obj.spec ?? {});
        for (const rule of spec.rules ?? [])
            rule.host = opts.host;
        for (const tls of spec.tls ?? [])
            tls.hosts = [opts.host];
    }
    // Namespaced objects that refer to their namespace by name (RoleBinding subjects) follow it.
    if (obj.kind === 'RoleBinding') {
        for (const subject of obj.subjects ?? []) {
            if (subject.kind === 'ServiceAccount')
                subject.namespace = opts.namespace;
        }
    }
    return obj;
}
/** Apply order: what others refer to first (config, accounts, services), workloads after, Ingress last. */
const ORDER = [
    'ServiceAccount',
    'Secret',
    'ConfigMap',
    'PersistentVolumeClaim',
    'Role',
    'RoleBinding',
    'Service',
    'NetworkPolicy',
    'PodDisruptionBudget',
    'Deployment',
    'StatefulSet',
    'DaemonSet',
    'Job',
    'CronJob',
    'Pod',
    'HorizontalPodAutoscaler',
    'Ingress',
];
function applyOrder(a, b) {
    const rank = (o) => {
        const i = ORDER.indexOf(o.kind);
        return i < 0 ? ORDER.length : i;
    };
    return rank(a) - rank(b);
}

;// CONCATENATED MODULE: ./src/policy.ts


function unpinnedImages(objects) {
    const violations = [];
    for (const obj of objects) {
        if (!podSpecOf(obj))
            continue;
        for (const c of containersOf(obj)) {
            const image = c.image ?? '';
            const at = image.lastIndexOf('@');
            if (at < 0 || !reference_DIGEST.test(image.slice(at + 1)))
                violations.push({ object: `${obj.kind}/${obj.metadata.name}`, container: c.name ?? '?', image: image || '(no image)' });
        }
    }
    return violations;
}
function formatViolations(violations) {
    return `Refusing to deploy images that are not pinned by digest: ${violations.map((v) => `${v.object} container "${v.container}" uses ${v.image}`).join('; ')}. Pin each image as name@sha256:<digest> (images of the image-ref repository are pinned automatically).`;
}

;// CONCATENATED MODULE: ./src/rollout.ts

/**
 * Waits for every Deployment, StatefulSet and DaemonSet in `workloads` to roll out, by one
 * watch per kind on the namespace (no polling), until `deadline`. What did not finish is
 * explained from its pods' status and events.
 */
async function waitForRollouts(kube, namespace, workloads, timeoutMs) {
    const byKind = new Map();
    for (const w of workloads)
        byKind.set(w.kind, [...(byKind.get(w.kind) ?? []), w]);
    const pending = new Map();
    for (const w of workloads)
        pending.set(`${w.kind}/${w.metadata.name}`, { object: w, message: 'not observed yet' });
    const deadline = Date.now() + timeoutMs;
    await Promise.all([...byKind.keys()].map(async (kind) => {
        const type = knownType('apps/v1', kind);
        const mine = () => [...pending.keys()].filter((k) => k.startsWith(`${kind}/`));
        // The API server closes watches now and then; watch again from the last version seen.
        let resourceVersion;
        while (mine().length && Date.now() < deadline) {
            const result = await kube.watch(resourcePath(type, namespace), { timeoutMs: deadline - Date.now(), ...(resourceVersion ? { resourceVersion } : {}) }, (eventType, object) => {
                resourceVersion = object.metadata.resourceVersion ?? resourceVersion;
                const key = `${kind}/${object.metadata.name}`;
                const entry = pending.get(key);
                if (!entry || eventType === 'BOOKMARK')
                    return mine().length === 0;
                if (eventType === 'DELETED') {
                    entry.message = 'was deleted while rolling out';
                    entry.failed = true;
                    return false;
                }
                const state = rolloutState(object);
                entry.object = object;
                entry.message = state.message;
                if (state.done)
                    pending.delete(key);
                if (state.failed)
                    entry.failed = true;
                return mine().length === 0 || mine().every((k) => pending.get(k)?.failed);
            });
            if (result !== 'closed' || mine().every((k) => pending.get(k)?.failed))
                break;
        }
    }));
    if (!pending.size)
        return { ok: true, reasons: [] };
    const events = await kube
        .list(`/api/v1/namespaces/${encodeURIComponent(namespace)}/events`, { fieldSelector: 'involvedObject.kind=Pod' })
        .catch(() => ({ items: [] }));
    const reasons = [];
    for (const [key, { object, message }] of pending) {
        const selector = selectorString(object.spec?.selector);
        const pods = selector ? (await kube.list(`/api/v1/namespaces/${encodeURIComponent(namespace)}/pods`, { labelSelector: selector })).items : [];
        const problems = podProblems(pods, events.items);
        reasons.push(`${key} did not roll out (${message})${problems.length ? `: ${formatProblems(problems)}` : pods.length ? '' : ': no pods were created'}`);
    }
    return { ok: false, reasons };
}
function formatProblems(problems) {
    // Pods of one workload usually fail alike: say it once, with how many.
    const groups = new Map();
    for (const p of problems) {
        const key = `${p.container ?? ''}|${p.reason}|${p.message}`;
        const g = groups.get(key) ?? { problem: p, pods: [] };
        g.pods.push(p.pod);
        groups.set(key, g);
    }
    return [...groups.values()]
        .map(({ problem, pods }) => `pod ${pods[0]}${pods.length > 1 ? ` (and ${pods.length - 1} more)` : ''}${problem.container ? ` container "${problem.container}"` : ''} is ${problem.reason}${problem.message ? ` (${problem.message})` : ''}`)
        .join('; ');
}

;// CONCATENATED MODULE: ./src/run.ts









/**
 * Deploys the branch's preview: the objects prepared and checked, then (unless a dry run)
 * its namespace, a transient GitHub Deployment, the objects applied, the rollouts watched,
 * and the outcome reported on the Deployment and the pull request's one comment.
 */
async function run(inputs, deps) {
    const log = deps.log ?? (() => undefined);
    const preview = planPreview(inputs, deps);
    const { names } = preview;
    const image = inputs['image-ref'];
    const objects = await prepareObjects(inputs, deps, preview);
    const objectNames = objects.map((o) => `${o.kind}/${o.metadata.name}`);
    const record = {
        branch: preview.branch,
        namespace: names.namespace,
        url: preview.url,
        imageRef: image.ref,
        digest: image.digest,
        sha: deps.context.sha,
        expiresAt: preview.expiresAt,
        runUrl: deps.context.runUrl,
        state: 'deployed',
        objects: objectNames,
    };
    if (inputs['dry-run'] || !deps.kube) {
        for (const name of objectNames)
            log(`would apply ${name} in ${names.namespace}`);
        return { ...record, dryRun: true, deploymentId: '' };
    }
    const kube = deps.kube;
    const gh = deps.github;
    const eventPull = inputs['pr-number'] ? Number(inputs['pr-number']) : deps.context.pullRequest;
    const pr = gh && !eventPull ? await findPullRequest(gh.client, gh.repo, preview.branch) : eventPull;
    await applyNamespace(kube, inputs, deps, preview, pr);
    log(`namespace ${names.namespace} ready`);
    const deploymentId = gh && deps.context.sha ? await createPreviewDeployment(gh, inputs, deps, preview) : undefined;
    const applied = [];
    for (const object of objects) {
        applied.push(await kube.apply(object, FIELD_MANAGER));
        log(`applied ${object.kind}/${object.metadata.name}`);
    }
    const workloads = applied.filter((o) => ['Deployment', 'StatefulSet', 'DaemonSet'].includes(o.kind));
    const outcome = await waitForRollouts(kube, names.namespace, workloads, inputs.timeout);
    if (!outcome.ok) {
        record.state = 'failed';
        record.reason = outcome.reasons.join('; ');
    }
    const commentId = gh ? await reportOutcome(gh, deps, record, { deploymentId, pr, ok: outcome.ok }) : undefined;
    const result = {
        ...record,
        dryRun: false,
        deploymentId: deploymentId ? String(deploymentId) : '',
        ...(pr ? { pullRequest: pr } : {}),
        ...(commentId ? { commentId } : {}),
    };
    if (!outcome.ok)
        throw new RolloutError(result);
    return result;
}
/** The branch (input, else the event's), its namespace and host, the expiry (from deps.now) and the labels. */
function planPreview(inputs, deps) {
    const branch = inputs.branch || deps.context.branch;
    if (!branch)
        throw new src/* UserError */.yo('Input "branch" is empty and the event names no branch. Expected a branch name, or a push or pull_request event.');
    const prefix = inputs['namespace-prefix'];
    const names = previewNames(branch, prefix, inputs.domain);
    const now = deps.now?.() ?? new Date();
    return {
        branch,
        names,
        url: names.host ? `https://${names.host}` : '',
        expiresAt: new Date(now.getTime() + inputs.ttl).toISOString().replace(/\.\d{3}Z$/, 'Z'),
        labels: { [MANAGED_BY]: MANAGER, [LABEL_SLUG]: names.slug, [LABEL_PREFIX]: prefix },
    };
}
/**
 * The rendered objects moved into the preview namespace, pinned to the image and labelled,
 * in apply order. Refuses cluster-scoped objects and images not pinned by digest.
 */
async function prepareObjects(inputs, deps, { names, labels }) {
    const objects = [];
    for (const { object, source } of await deps.render(inputs.manifests)) {
        const type = knownType(object.apiVersion, object.kind) ?? (deps.kube ? await deps.kube.resourceType(object.apiVersion, object.kind) : { namespaced: true });
        if (!type.namespaced) {
            throw new src/* UserError */.yo(`${source}: ${object.kind}/${object.metadata.name} is cluster-scoped; a preview only creates objects inside its own namespace ${names.namespace}. Remove it from the preview manifests.`);
        }
        objects.push(transformObject(object, true, { imageRef: inputs['image-ref'].ref, namespace: names.namespace, host: names.host, labels }));
    }
    objects.sort(applyOrder);
    const violations = unpinnedImages(objects);
    if (violations.length)
        throw new src/* UserError */.yo(formatViolations(violations));
    return objects;
}
/** The namespace, labelled and annotated with what the teardown needs; refused while it is being deleted. */
async function applyNamespace(kube, inputs, deps, { branch, names, expiresAt, labels }, pr) {
    const namespace = {
        apiVersion: 'v1',
        kind: 'Namespace',
        metadata: {
            name: names.namespace,
            labels: { ...labels, ...(pr ? { [LABEL_PR]: String(pr) } : {}) },
            annotations: {
                [ANNOTATION_BRANCH]: branch,
                [ANNOTATION_COMMIT]: deps.context.sha,
                [ANNOTATION_RUN]: deps.context.runUrl,
                [ANNOTATION_EXPIRES]: expiresAt,
                [ANNOTATION_IMAGE]: inputs['image-ref'].ref,
            },
        },
    };
    const ns = await kube.apply(namespace, FIELD_MANAGER);
    if (ns.metadata.deletionTimestamp)
        throw new src/* UserError */.yo(`Namespace ${names.namespace} is still being deleted (a teardown is in progress); run the deploy again once it is gone.`);
}
/** A transient Deployment of the commit to the preview environment. */
async function createPreviewDeployment(gh, inputs, deps, { branch, names, url }) {
    const image = inputs['image-ref'];
    return createDeployment(gh.client, gh.repo, {
        ref: deps.context.sha,
        environment: previewEnvironment(names.slug),
        payload: { namespace: names.namespace, image: image.ref, digest: image.digest, url },
        description: `Preview of ${branch}`,
        transient: true,
        task: 'deploy:preview',
    });
}
/** The Deployment's final status and the pull request's one comment; returns the comment's id. */
async function reportOutcome(gh, deps, record, at) {
    if (at.deploymentId) {
        await setDeploymentStatus(gh.client, gh.repo, at.deploymentId, {
            state: at.ok ? 'success' : 'failure',
            environmentUrl: record.url,
            logUrl: deps.context.runUrl,
            description: at.ok ? `Preview live in ${record.namespace}` : `Rollout failed in ${record.namespace}`,
        });
    }
    if (!at.pr)
        return undefined;
    return (await upsertComment(gh.client, gh.repo, at.pr, previewMarker(record.namespace), commentBody(record))).id;
}
/** A failed rollout: the reasons for the user, and the result so the outputs are still set. */
class RolloutError extends src/* UserError */.yo {
    result;
    name = 'RolloutError';
    constructor(result) {
        super(`Preview ${result.namespace} did not roll out: ${result.reason}`);
        this.result = result;
    }
}

;// CONCATENATED MODULE: ./src/main.ts










/** The only place with process-level effects: inputs in, collaborators built, outputs out. */
async function main(env = process.env) {
    const inputs = getInputs();
    (0,src/* registerSecret */.cl)(inputs['github-token']);
    const context = (0,src/* readRunContext */.$p)(env);
    const pr = pullRequestOf(context.payload);
    const dryRun = inputs['dry-run'];
    const kube = dryRun ? undefined : new KubeClient(await loadClusterAccess({ kubeconfig: inputs.kubeconfig, env }));
    const token = inputs['github-token'];
    const repo = parseRepo(context.repository);
    let github;
    if (!dryRun) {
        if (!token)
            core/* notice */.lm('github-token is empty: no GitHub Deployment and no pull request comment; the preview itself is deployed.');
        else if (repo)
            github = { client: createRestClient(token), repo };
    }
    const write = async (result) => {
        core/* setOutput */.uH('namespace', result.namespace);
        core/* setOutput */.uH('url', result.url);
        core/* setOutput */.uH('deployment-id', result.deploymentId);
        await (0,src/* writeSummary */.Sy)(summaryMarkdown(result));
    };
    try {
        const result = await run(inputs, {
            render: (paths) => renderManifests(paths, context.workspace, src/* exec */.m0),
            ...(kube ? { kube } : {}),
            ...(github ? { github } : {}),
            context: {
                // On pull_request events the preview is of the head branch and commit, not the merge commit.
                branch: pr?.head?.ref ?? env.GITHUB_HEAD_REF ?? (context.ref.startsWith('refs/heads/') ? branchName(context.ref) : ''),
                sha: pr?.head?.sha ?? context.sha,
                runUrl: context.runUrl,
                ...(pr?.number ? { pullRequest: pr.number } : {}),
            },
            log: (message) => core/* info */.pq(message),
        });
        await write(result);
        core/* info */.pq(result.dryRun
            ? `dry-run: ${result.objects.length} objects would be applied to ${result.namespace}`
            : `preview of ${result.branch} live in ${result.namespace}${result.url ? ` at ${result.url}` : ''}`);
    }
    catch (error) {
        if (error instanceof RolloutError)
            await write(error.result);
        throw error;
    }
    finally {
        kube?.close();
    }
}
/** The pull request of a pull_request event: number, head branch and head commit, where present. */
function pullRequestOf(payload) {
    if ((0,src/* valueAt */.fK)(payload, 'pull_request') === undefined)
        return undefined;
    const number = (0,src/* payloadNumber */.gV)(payload, 'pull_request', 'number');
    const ref = (0,src/* payloadString */.Up)(payload, 'pull_request', 'head', 'ref');
    const sha = (0,src/* payloadString */.Up)(payload, 'pull_request', 'head', 'sha');
    return { ...(number === undefined ? {} : { number }), head: { ...(ref === undefined ? {} : { ref }), ...(sha === undefined ? {} : { sha }) } };
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

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

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

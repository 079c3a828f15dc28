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
  Qj: () => (/* reexport */ markdownTable),
  yL: () => (/* reexport */ oneOf),
  E9: () => (/* reexport */ parseDuration),
  gV: () => (/* reexport */ payloadNumber),
  Up: () => (/* reexport */ payloadString),
  Ko: () => (/* reexport */ readInputs),
  $p: () => (/* reexport */ readRunContext),
  cl: () => (/* reexport */ secrets/* registerSecret */.cl),
  VN: () => (/* reexport */ runMain),
  rJ: () => (/* reexport */ secret),
  Qq: () => (/* reexport */ inputs_text),
  Sy: () => (/* reexport */ writeSummary)
});

// UNUSED EXPORTS: ExecError, canRun, derivedForms, envInputSource, errorMessage, escapeCell, exec, formatCommand, integer, isOneOf, isRecord, isUserError, keyValues, list, redact, registerCredentials, reportFailure, resetSecrets, splitList, valueAt

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
var lib_core = __nccwpck_require__(939);
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
    return redact([file, ...args].map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : JSON.stringify(a))).join(' '));
}
const exec = (file, args, options = {}) => {
    const { stream = true, check = true } = options;
    const command = formatCommand(file, args);
    core.info(`[command]${command}`);
    return new Promise((resolve, reject) => {
        const child = spawn(file, [...args], {
            cwd: options.cwd,
            env: options.env ?? process.env,
            shell: false,
            stdio: ['pipe', 'pipe', 'pipe'],
        });
        const out = [];
        const err = [];
        const echo = (chunk) => {
            if (stream)
                process.stdout.write(redact(chunk.toString()));
        };
        child.stdout.on('data', (chunk) => (out.push(chunk), echo(chunk)));
        child.stderr.on('data', (chunk) => (err.push(chunk), echo(chunk)));
        child.on('error', (error) => {
            // spawn reports a missing cwd as ENOENT too, naming the program.
            if (error.code === 'ENOENT' && options.cwd && !existsSync(options.cwd))
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
    await lib_core/* summary */.z.addRaw((0,secrets/* redact */.E$)(markdown), true).write();
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
        lib_core/* debug */.Yz((0,secrets/* redact */.E$)(error.stack));
    }
    lib_core/* setFailed */.C1((0,secrets/* redact */.E$)(message).split('\n').join(' '));
}
function isStepDebug() {
    return lib_core/* isDebug */._o() || process.env.ACTIONS_STEP_DEBUG === 'true';
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
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4156);


await (0,_cna_kit__WEBPACK_IMPORTED_MODULE_0__/* .runMain */ .VN)(() => (0,_main_js__WEBPACK_IMPORTED_MODULE_1__/* .main */ .i)());

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 4156:
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
    const value = valueAt(doc, ...path);
    return typeof value === 'number' ? value : 0;
}
function rollout_text(doc, ...path) {
    const value = valueAt(doc, ...path);
    return typeof value === 'string' ? value : undefined;
}
/** `status.conditions` (any kind), the well-formed entries only. */
function conditionsOf(obj) {
    const list = valueAt(obj, 'status', 'conditions');
    if (!Array.isArray(list))
        return [];
    return list.filter(isRecord).map((c) => ({
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
    const replicas = typeof valueAt(obj, 'spec', 'replicas') === 'number' ? count(obj, 'spec', 'replicas') : 1;
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
        const statuses = ['initContainerStatuses', 'containerStatuses'].flatMap((key) => valueAt(pod, 'status', key)).filter(isRecord);
        for (const c of statuses) {
            const reason = rollout_text(c, 'state', 'waiting', 'reason');
            if (reason && WAITING_REASONS.has(reason)) {
                const last = valueAt(c, 'lastState', 'terminated');
                const exitCode = valueAt(last, 'exitCode');
                const lastReason = rollout_text(last, 'reason');
                const extra = reason === 'CrashLoopBackOff' && isRecord(last)
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
    return (0,guards/* isRecord */.u4)(error) && typeof error.status === 'number' ? error.status : undefined;
}

;// CONCATENATED MODULE: ./src/inputs.ts


/** Every input of action.yml, and only those: a contract test compares the two. */
const inputSpecs = {
    mode: (0,src/* oneOf */.yL)(['branch', 'reap'], 'branch'),
    branch: (0,src/* text */.Qq)(),
    'namespace-prefix': (0,src/* text */.Qq)({
        default: 'dev',
        pattern: PREFIX,
        accepted: 'a DNS label of at most 40 characters (lowercase letters, digits and "-"), such as dev or preview',
    }),
    kubeconfig: (0,src/* secret */.rJ)(),
    'max-age': {
        parse(raw, name) {
            if (raw === '' || raw === '0')
                return 0;
            const ms = (0,src/* parseDuration */.E9)(raw);
            if (ms === undefined)
                throw new src/* InputError */.dz(name, `has an invalid duration "${raw}"`, 'a duration such as 72h or 14d, or empty');
            return ms;
        },
    },
    timeout: (0,src/* duration */.p0)('2m'),
    'dry-run': (0,src/* bool */.lc)(false),
    'github-token': (0,src/* secret */.rJ)(),
};
function getInputs(source) {
    return (0,src/* readInputs */.Ko)(inputSpecs, source);
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



/** Marks every deployment of `environment` whose latest status is not inactive as inactive (GitHub shows them destroyed). */
async function deactivateDeployments(gh, repo, environment, logUrl) {
    const deployments = await gh.paginate('GET /repos/{owner}/{repo}/deployments', { ...repo, environment, per_page: 100 });
    const changed = [];
    for (const deployment of deployments) {
        const id = Number(deployment.id);
        const { data } = await gh.request('GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', { ...repo, deployment_id: id, per_page: 1 });
        if (data[0]?.state === 'inactive')
            continue;
        await setDeploymentStatus(gh, repo, id, { state: 'inactive', description: 'Preview torn down', logUrl });
        changed.push(id);
    }
    return changed;
}
/** The newest pull request (open or closed) whose head is `branch` in this repository. */
async function findPullRequest(gh, repo, branch) {
    const pulls = await gh.paginate('GET /repos/{owner}/{repo}/pulls', { ...repo, head: `${repo.owner}:${branch}`, state: 'all', per_page: 100 });
    return pulls.map((p) => p.number).sort((a, b) => b - a)[0];
}
/** Updates the comment that carries `marker`; none is created if there was none. */
async function updateComment(gh, repo, issue, marker, body) {
    const comments = await gh.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...repo, issue_number: issue, per_page: 100 });
    const existing = comments.find((c) => c.body?.includes(marker));
    if (!existing)
        return undefined;
    await gh.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { ...repo, comment_id: existing.id, body });
    return Number(existing.id);
}
async function branchExists(gh, repo, branch) {
    try {
        await gh.request('GET /repos/{owner}/{repo}/git/ref/{ref}', { ...repo, ref: `heads/${branch}` });
        return true;
    }
    catch (error) {
        if (errorStatus(error) === 404)
            return false;
        throw error;
    }
}
async function pullRequestState(gh, repo, number) {
    try {
        const { data } = await gh.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', { ...repo, pull_number: number });
        return data.state === 'open' ? 'open' : 'closed';
    }
    catch (error) {
        if (errorStatus(error) === 404)
            return 'missing';
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/run.ts




const NAMESPACES = knownType('v1', 'Namespace');
async function run(inputs, deps) {
    return inputs.mode === 'reap' ? reap(inputs, deps) : teardownBranch(inputs, deps);
}
async function teardownBranch(inputs, deps) {
    const log = deps.log ?? (() => undefined);
    const branch = inputs.branch || deps.context.branch;
    if (!branch)
        throw new src/* UserError */.yo('Input "branch" is empty and the event names no branch. Expected a branch name, or a delete or pull_request event.');
    const prefix = inputs['namespace-prefix'];
    const names = previewNames(branch, prefix);
    const path = resourcePath(NAMESPACES, undefined, names.namespace);
    const result = { mode: 'branch', dryRun: inputs['dry-run'], removals: [], kept: [], deactivated: [] };
    const existing = await deps.kube.get(path);
    if (existing && existing.metadata.labels?.[MANAGED_BY] !== MANAGER) {
        throw new src/* UserError */.yo(`Namespace ${names.namespace} exists but is not a preview (no ${MANAGED_BY}=${MANAGER} label); refusing to delete it.`);
    }
    if (!existing) {
        log(`namespace ${names.namespace} is already gone`);
        result.removals.push({ namespace: names.namespace, reason: `branch ${branch}`, state: 'gone' });
    }
    else if (inputs['dry-run']) {
        result.removals.push({ namespace: names.namespace, reason: `branch ${branch}`, state: 'would delete' });
        return result;
    }
    else {
        const terminating = await deps.kube.delete(path);
        if (terminating) {
            log(`namespace ${names.namespace} is ${String(terminating.status?.phase ?? 'terminating')}; waiting until it is gone`);
            const outcome = await deps.kube.watch(resourcePath(NAMESPACES), { fieldSelector: `metadata.name=${names.namespace}`, resourceVersion: terminating.metadata.resourceVersion ?? '', timeoutMs: inputs.timeout }, (type) => type === 'DELETED');
            if (outcome !== 'done' && (await deps.kube.get(path))) {
                throw new src/* UserError */.yo(`Namespace ${names.namespace} was still terminating after ${Math.round(inputs.timeout / 1000)}s (finalizers on objects inside it can hold it); it will go once they finish. Raise timeout to wait longer.`);
            }
        }
        result.removals.push({ namespace: names.namespace, reason: `branch ${branch}`, state: terminating ? 'deleted' : 'gone' });
    }
    if (inputs['dry-run'])
        return result;
    const gh = deps.github;
    if (gh) {
        result.deactivated = await deactivateDeployments(gh.client, gh.repo, previewEnvironment(names.slug), deps.context.runUrl);
        const pr = deps.context.pullRequest ?? (await findPullRequest(gh.client, gh.repo, branch));
        if (pr) {
            const body = [
                previewMarker(names.namespace),
                `### Preview of \`${branch}\` was torn down`,
                '',
                `Namespace \`${names.namespace}\` is deleted and its deployments are marked inactive.${deps.context.runUrl ? ` ([run](${deps.context.runUrl}))` : ''}`,
            ].join('\n');
            const id = await updateComment(gh.client, gh.repo, pr, previewMarker(names.namespace), body);
            if (id)
                result.commentId = id;
        }
    }
    return result;
}
async function reap(inputs, deps) {
    const log = deps.log ?? (() => undefined);
    const now = (deps.now?.() ?? new Date()).getTime();
    const prefix = inputs['namespace-prefix'];
    const result = { mode: 'reap', dryRun: inputs['dry-run'], removals: [], kept: [], deactivated: [] };
    const { items } = await deps.kube.list(resourcePath(NAMESPACES), { labelSelector: previewSelector(prefix) });
    const gh = deps.github;
    const verdict = async (ns) => {
        const annotations = ns.metadata.annotations ?? {};
        const expires = Date.parse(annotations[ANNOTATION_EXPIRES] ?? '');
        if (!Number.isNaN(expires) && expires <= now)
            return `expired at ${annotations[ANNOTATION_EXPIRES]}`;
        const created = Date.parse(ns.metadata.creationTimestamp ?? '');
        if (inputs['max-age'] > 0 && !Number.isNaN(created) && now - created > inputs['max-age'])
            return `older than max-age (created ${ns.metadata.creationTimestamp})`;
        if (!gh)
            return undefined;
        const pr = Number(ns.metadata.labels?.[LABEL_PR] ?? '');
        if (pr > 0) {
            const state = await pullRequestState(gh.client, gh.repo, pr);
            if (state !== 'open')
                return `pull request #${pr} is ${state === 'closed' ? 'closed' : 'gone'}`;
        }
        const branch = annotations[ANNOTATION_BRANCH];
        if (branch && !(await branchExists(gh.client, gh.repo, branch)))
            return `branch ${branch} no longer exists`;
        return undefined;
    };
    const candidates = items.filter((ns) => ns.metadata.labels?.[LABEL_PREFIX] === prefix);
    await eachLimited(candidates, deps.concurrency ?? 16, async (ns) => {
        const name = ns.metadata.name;
        if (ns.metadata.deletionTimestamp) {
            result.kept.push({ namespace: name, reason: 'already terminating' });
            return;
        }
        const reason = await verdict(ns);
        if (!reason) {
            result.kept.push({ namespace: name, reason: 'live' });
            return;
        }
        if (inputs['dry-run']) {
            result.removals.push({ namespace: name, reason, state: 'would delete' });
            return;
        }
        const gone = await deps.kube.delete(resourcePath(NAMESPACES, undefined, name));
        result.removals.push({ namespace: name, reason, state: gone ? 'deleted' : 'gone' });
        log(`deleted ${name}: ${reason}`);
    });
    result.removals.sort((a, b) => a.namespace.localeCompare(b.namespace));
    result.kept.sort((a, b) => a.namespace.localeCompare(b.namespace));
    return result;
}
async function eachLimited(items, limit, fn) {
    let next = 0;
    const worker = async () => {
        while (next < items.length)
            await fn(items[next++]);
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

;// CONCATENATED MODULE: ./src/main.ts








/** The only place with process-level effects: inputs in, collaborators built, outputs out. */
async function main(env = process.env) {
    const inputs = getInputs();
    (0,src/* registerSecret */.cl)(inputs['github-token']);
    const context = (0,src/* readRunContext */.$p)(env);
    const payload = context.payload;
    // delete events carry the deleted branch in `ref`; pull_request events the head branch.
    const eventBranch = context.eventName === 'delete'
        ? (0,src/* payloadString */.Up)(payload, 'ref_type') === 'branch'
            ? branchName((0,src/* payloadString */.Up)(payload, 'ref') ?? '')
            : ''
        : ((0,src/* payloadString */.Up)(payload, 'pull_request', 'head', 'ref') ?? (context.ref.startsWith('refs/heads/') ? branchName(context.ref) : ''));
    const kube = new KubeClient(await loadClusterAccess({ kubeconfig: inputs.kubeconfig, env }));
    const token = inputs['github-token'];
    const repo = parseRepo(context.repository);
    let github;
    if (!token)
        core/* notice */.lm('github-token is empty: deployments are not marked inactive, the pull request comment is not updated, and the reaper cannot see deleted branches or closed pull requests.');
    else if (repo)
        github = { client: createRestClient(token), repo };
    try {
        const result = await run(inputs, {
            kube,
            ...(github ? { github } : {}),
            context: {
                branch: eventBranch,
                runUrl: context.runUrl,
                ...((0,src/* payloadNumber */.gV)(payload, 'pull_request', 'number') ? { pullRequest: (0,src/* payloadNumber */.gV)(payload, 'pull_request', 'number') } : {}),
            },
            log: (message) => core/* info */.pq(message),
        });
        const removed = result.removals.filter((r) => r.state !== 'gone').map((r) => r.namespace);
        core/* setOutput */.uH('deleted', removed.join(','));
        await (0,src/* writeSummary */.Sy)(summary(result));
    }
    finally {
        kube.close();
    }
}
function summary(result) {
    const title = result.mode === 'reap' ? `### Preview reaper${result.dryRun ? ' (dry run)' : ''}` : `### Preview teardown${result.dryRun ? ' (dry run)' : ''}`;
    const rows = [
        ...result.removals.map((r) => [(0,src/* code */.aY)(r.namespace), r.state, r.reason]),
        ...(result.mode === 'reap' ? result.kept.map((k) => [(0,src/* code */.aY)(k.namespace), 'kept', k.reason]) : []),
    ];
    const lines = [title, '', rows.length ? (0,src/* markdownTable */.Qj)(['namespace', 'state', 'why'], rows) : 'No preview namespaces found.'];
    if (result.deactivated.length)
        lines.push('', `Deployments marked inactive: ${result.deactivated.map((id) => `#${id}`).join(', ')}`);
    return `${lines.join('\n')}\n`;
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

export const id = 571;
export const ids = [571];
export const modules = {

/***/ 3571:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  confirmDeps: () => (/* binding */ confirmDeps),
  controllerName: () => (/* binding */ controllerName)
});

// EXTERNAL MODULE: ../../node_modules/.pnpm/@actions+core@3.0.1_patch_hash=9b112b2e8afea31ab3564ad1e82f30cc25e3a12d31df5f2d490c87d9dd4297e9/node_modules/@actions/core/lib/core.js + 14 modules
var lib_core = __webpack_require__(939);
// EXTERNAL MODULE: ../kit/src/index.ts + 4 modules
var src = __webpack_require__(1856);
// EXTERNAL MODULE: ../kit/src/github/client.ts
var client = __webpack_require__(5057);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
// EXTERNAL MODULE: external "node:readline"
var external_node_readline_ = __webpack_require__(481);
// EXTERNAL MODULE: ../kit/src/guards.ts
var guards = __webpack_require__(7254);
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
                const lines = (0,external_node_readline_.createInterface)({ input: res, crlfDelay: Infinity });
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
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ../kit/src/errors.ts
var errors = __webpack_require__(1735);
// EXTERNAL MODULE: ../kit/src/secrets.ts
var secrets = __webpack_require__(951);
;// CONCATENATED MODULE: ../kit/src/k8s/config.ts





const IN_CLUSTER_DIR = '/var/run/secrets/kubernetes.io/serviceaccount';
/** Cluster access from `kubeconfig` content, else `KUBECONFIG`, else the in-cluster service account. */
async function loadClusterAccess(opts = {}) {
    const env = opts.env ?? process.env;
    if (opts.kubeconfig?.trim())
        return fromKubeconfig(opts.kubeconfig, 'input', process.cwd());
    const files = (env.KUBECONFIG ?? '').split(':').filter((f) => f && (0,external_node_fs_.existsSync)(f));
    if (files[0])
        return fromKubeconfig((0,external_node_fs_.readFileSync)(files[0], 'utf8'), 'KUBECONFIG', (0,external_node_path_.dirname)(files[0]));
    const dir = opts.inClusterDir ?? IN_CLUSTER_DIR;
    const host = env.KUBERNETES_SERVICE_HOST;
    if (host && (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'token'))) {
        const port = env.KUBERNETES_SERVICE_PORT ?? '443';
        const server = `https://${host.includes(':') ? `[${host}]` : host}:${port}`;
        const ca = (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'ca.crt')) ? (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, 'ca.crt'), 'utf8') : undefined;
        return {
            server,
            source: 'in-cluster',
            skipTLSVerify: false,
            ...(ca ? { ca } : {}),
            // The projected token rotates: read it for every request.
            authenticate: async () => {
                const token = (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(dir, 'token'), 'utf8').trim();
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
        __webpack_require__.e(/* import() */ 717).then(__webpack_require__.t.bind(__webpack_require__, 1717, 19)),
        __webpack_require__.e(/* import() */ 35).then(__webpack_require__.bind(__webpack_require__, 1035)),
        __webpack_require__.e(/* import() */ 299).then(__webpack_require__.bind(__webpack_require__, 6299)),
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
    const file = (path) => (path ? (0,external_node_fs_.readFileSync)((0,external_node_path_.isAbsolute)(path) ? path : (0,external_node_path_.join)(baseDir, path), 'utf8') : undefined);
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






;// CONCATENATED MODULE: ../kit/src/check-run/check-run.ts





/** GitHub accepts at most 50 annotations per create or update request. */
const ANNOTATION_BATCH = 50;
const DEFAULT_MAX_ANNOTATIONS = 1000;
/** Workflow-command annotations beyond this are not shown by GitHub anyway (10 per type per step). */
const MAX_COMMAND_ANNOTATIONS = 50;
// GitHub's limits on one annotation's fields.
const MESSAGE_LIMIT = (/* unused pure expression or super */ null && (64 * 1024 - 1));
const TITLE_LIMIT = 255;
async function publishGateReport(report, target) {
    if (!target.client) {
        core.notice(`No GitHub token: the "${report.checkName}" check run is not written; the results are reported as annotations and in the job summary.`);
        return check_run_publishAsAnnotations(report, target.maxAnnotations);
    }
    try {
        return await writeCheckRun(target.client, report, target);
    }
    catch (error) {
        const status = errorStatus(error);
        if (status !== 403)
            throw error;
        core.notice(`The token cannot write checks (403 ${redact(firstLineOf(error))}), as on pull requests from forks: ` +
            `the "${report.checkName}" check run is not written; the results are reported as annotations and in the job summary. ` +
            'Grant "checks: write" to report a check run.');
        return check_run_publishAsAnnotations(report, target.maxAnnotations);
    }
}
async function writeCheckRun(client, report, target) {
    const repo = { owner: target.owner, repo: target.repo };
    const max = target.maxAnnotations ?? DEFAULT_MAX_ANNOTATIONS;
    let annotations = report.annotations.map(cleanAnnotation);
    const cutAnnotations = Math.max(0, annotations.length - max);
    annotations = annotations.slice(0, max);
    const summaryNote = cutAnnotations > 0
        ? `\n\n> **Annotations:** the first ${max} of ${report.annotations.length} are shown on the files; ${cutAnnotations} more are in the job summary and the report files.\n`
        : '';
    const summary = trimToBytes(redact(report.summary) + summaryNote, CHECK_OUTPUT_LIMIT, 'the job summary');
    const text = report.text === undefined ? undefined : trimToBytes(redact(report.text), CHECK_OUTPUT_LIMIT, 'the job summary');
    const output = (batch) => ({
        title: truncate(redact(report.title), 1000),
        summary: summary.text,
        // Always sent: on a re-run, details left from an earlier failure must not stay.
        text: text?.text ?? '',
        annotations: batch,
    });
    const existing = await findExistingRun(client, repo, report.checkName, target.headSha);
    let checkRunId;
    if (existing && (existing.output?.annotations_count ?? 0) > 0) {
        // Annotations are appended on every update and cannot be removed: the same run is kept
        // only when what it shows is still true, and only the missing annotations are added.
        const shown = await listAnnotations(client, repo, existing.id);
        const wanted = new Set(annotations.map(annotationKey));
        if (shown.every((a) => wanted.has(annotationKey(a)))) {
            const have = new Set(shown.map(annotationKey));
            annotations = annotations.filter((a) => !have.has(annotationKey(a)));
            checkRunId = existing.id;
        }
        else {
            core.info(`The existing "${report.checkName}" check run shows annotations that no longer apply; a new check run replaces it.`);
            checkRunId = 0;
        }
    }
    else {
        checkRunId = existing?.id ?? 0;
    }
    const first = annotations.slice(0, ANNOTATION_BATCH);
    const fields = {
        ...repo,
        status: 'completed',
        conclusion: report.conclusion,
        completed_at: new Date().toISOString(),
        ...(target.detailsUrl ? { details_url: target.detailsUrl } : {}),
        output: output(first),
    };
    if (checkRunId) {
        await client.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', { ...fields, check_run_id: checkRunId });
    }
    else {
        const { data } = await client.request('POST /repos/{owner}/{repo}/check-runs', { ...fields, name: report.checkName, head_sha: target.headSha });
        checkRunId = Number(data.id);
    }
    for (let i = ANNOTATION_BATCH; i < annotations.length; i += ANNOTATION_BATCH) {
        await client.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', {
            ...repo,
            check_run_id: checkRunId,
            output: output(annotations.slice(i, i + ANNOTATION_BATCH)),
        });
    }
    core.info(`check run "${report.checkName}" (${report.conclusion}) on ${target.headSha} with ${report.annotations.length - cutAnnotations} annotation(s)`);
    return { mode: 'check-run', checkRunId, trimmed: summary.trimmed || (text?.trimmed ?? false) || cutAnnotations > 0 };
}
async function findExistingRun(client, repo, name, sha) {
    const { data } = await client.request('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', {
        ...repo,
        ref: sha,
        check_name: name,
        filter: 'latest',
        per_page: 100,
    });
    const run = data.check_runs.find((r) => r.name === name);
    return run && { id: Number(run.id), ...(run.output.annotations_count === undefined ? {} : { output: { annotations_count: run.output.annotations_count } }) };
}
async function listAnnotations(client, repo, id) {
    const all = [];
    for (let page = 1; page <= 100; page++) {
        const { data } = await client.request('GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations', { ...repo, check_run_id: id, per_page: 100, page });
        all.push(...data.map(asGateAnnotation));
        if (data.length < 100)
            break;
    }
    return all;
}
/** An annotation as GitHub lists it (nullable fields, any level string), in our shape. */
function asGateAnnotation(a) {
    const level = a.annotation_level === 'failure' || a.annotation_level === 'warning' ? a.annotation_level : 'notice';
    return {
        path: a.path,
        start_line: a.start_line,
        end_line: a.end_line,
        annotation_level: level,
        message: a.message ?? '',
        ...(a.title ? { title: a.title } : {}),
        ...(a.raw_details ? { raw_details: a.raw_details } : {}),
    };
}
function annotationKey(a) {
    return JSON.stringify([a.path, a.start_line, a.end_line, a.annotation_level, a.message]);
}
/** Redacted, within GitHub's field limits, lines at least 1 (GitHub refuses 0). */
function cleanAnnotation(a) {
    const start = Math.max(1, Math.floor(a.start_line) || 1);
    const end = Math.max(start, Math.floor(a.end_line) || start);
    return {
        path: a.path,
        start_line: start,
        end_line: end,
        annotation_level: a.annotation_level,
        message: truncate(redact(a.message), MESSAGE_LIMIT) || a.annotation_level,
        ...(a.title ? { title: truncate(redact(a.title), TITLE_LIMIT) } : {}),
        ...(a.raw_details ? { raw_details: truncate(redact(a.raw_details), MESSAGE_LIMIT) } : {}),
    };
}
/** Cuts to `limit` UTF-8 bytes, never inside a character, ending in "…" when cut. */
function truncate(text, limit) {
    const bytes = Buffer.from(text, 'utf8');
    if (bytes.length <= limit)
        return text;
    let end = Math.max(0, limit - 3);
    while (end > 0 && (bytes[end] & 0xc0) === 0x80)
        end--;
    return `${bytes.subarray(0, end).toString('utf8')}…`;
}
/** Workflow-command annotations only (no check run): at most 50 (or `max` when lower), then a count of the rest. */
function check_run_publishAsAnnotations(report, max = MAX_COMMAND_ANNOTATIONS) {
    const shown = report.annotations.slice(0, Math.max(0, Math.min(max, MAX_COMMAND_ANNOTATIONS)));
    for (const a of shown) {
        const props = { file: a.path, startLine: a.start_line, endLine: a.end_line, ...(a.title ? { title: redact(a.title) } : {}) };
        const message = redact(a.message);
        if (a.annotation_level === 'failure')
            core.error(message, props);
        else if (a.annotation_level === 'warning')
            core.warning(message, props);
        else
            core.notice(message, props);
    }
    const cut = report.annotations.length - shown.length;
    if (cut > 0)
        core.notice(`${cut} more annotation(s) are not shown here; see the job summary and the report files.`);
    return { mode: 'annotations-only', trimmed: cut > 0 };
}
/** The first line of an error's message, at most 200 characters, for a notice. */
function firstLineOf(error) {
    return errorMessage(error).split('\n')[0].slice(0, 200);
}

;// CONCATENATED MODULE: ../kit/src/test-reports/location.ts

// Tried in order on each line; the first frame outside dependencies and the runtime wins.
const PATTERNS = (/* unused pure expression or super */ null && ([
    // Python tracebacks: File "/w/tests/test_x.py", line 12, in test_x
    /File "([^"]+)", line (\d+)/,
    // JavaScript: at fn (/w/src/a.test.ts:12:5), at /w/src/a.ts:3:1, file:///w/a.js:3:1
    /\(?((?:file:\/\/)?(?:[A-Za-z]:)?[^\s():]*[^\s():/]\.[A-Za-z0-9]+):(\d+)(?::\d+)?\)?/,
]));
// Java: at com.example.FooTest.bar(FooTest.java:42)
const JAVA_FRAME = /at (?:[\w.$-]+\/+)?([\w$.]+)\.[\w$<>]+\(([\w$]+\.(?:java|kt|scala|groovy)):(\d+)\)/;
const IGNORED = /(^|[/\\])(node_modules|site-packages|dist-packages|\.pnpm)[/\\]|^node:|^internal[/\\]|<anonymous>|^\/usr\/lib\/|^java\.|^org\.junit\.|^jdk\./;
/** The first location in `text` that points at the project's own code. `preferFile` wins when a frame names it. */
function location_findLocation(text, preferFile) {
    let first;
    for (const raw of text.split('\n')) {
        const line = raw.trim();
        if (line === '')
            continue;
        const java = JAVA_FRAME.exec(line);
        if (java) {
            if (/^(java|javax|jdk|sun|org\.junit|org\.opentest4j|org\.apache\.maven|org\.gradle)\./.test(java[1]))
                continue;
            // com.example.FooTest → com/example/FooTest.java: the package path of the source file.
            const pkg = java[1]
                .split('.')
                .slice(0, -1)
                .filter((p) => /^[a-z_][\w]*$/.test(p));
            const found = { file: [...pkg, java[2]].join('/'), line: Number(java[3]) };
            if (!first)
                first = found;
            continue;
        }
        for (const pattern of PATTERNS) {
            const m = pattern.exec(line);
            if (!m)
                continue;
            const file = m[1].replace(/^file:\/\//, '');
            const lineNo = Number(m[2]);
            if (IGNORED.test(file) || lineNo <= 0 || file.includes('://'))
                continue;
            const found = { file, line: lineNo };
            if (preferFile && location_sameFile(file, preferFile))
                return found;
            if (!first)
                first = found;
            break;
        }
    }
    return first;
}
function location_sameFile(a, b) {
    const na = a.replace(/\\/g, '/');
    const nb = b.replace(/\\/g, '/');
    return na === nb || na.endsWith(`/${nb}`) || nb.endsWith(`/${na}`);
}
/**
 * A path as GitHub annotates it: relative to the repository root, with `/`. Absolute paths
 * inside the workspace lose the workspace prefix; relative ones are taken from `base` (the
 * folder the tool ran in, relative to the workspace).
 */
function location_toRepoPath(file, workspace, base = '') {
    const normal = file.replace(/\\/g, '/');
    const ws = workspace.replace(/\\/g, '/').replace(/\/+$/, '');
    if (isAbsolute(file) || normal.startsWith('/')) {
        if (ws && (normal === ws || normal.startsWith(`${ws}/`)))
            return normal.slice(ws.length + 1);
        const rel = relative(workspace, file).split(sep).join('/');
        return rel.startsWith('..') ? normal : rel;
    }
    const joined = posix.normalize(posix.join(base.replace(/\\/g, '/'), normal));
    return joined.replace(/^\.\//, '');
}

;// CONCATENATED MODULE: ../kit/src/test-reports/xml-scan.ts
class xml_scan_XmlError extends (/* unused pure expression or super */ null && (Error)) {
    name = 'XmlError';
}
const ENTITIES = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
function xml_scan_decodeEntities(raw) {
    if (raw.indexOf('&') < 0)
        return raw;
    return raw.replace(/&(#x[0-9A-Fa-f]+|#\d+|[A-Za-z]+);/g, (whole, body) => {
        if (body[0] === '#') {
            const code = body[1] === 'x' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
            return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
        }
        return ENTITIES[body] ?? whole;
    });
}
var Char;
(function (Char) {
    Char[Char["Space"] = 32] = "Space";
    Char[Char["Tab"] = 9] = "Tab";
    Char[Char["Lf"] = 10] = "Lf";
    Char[Char["Cr"] = 13] = "Cr";
    Char[Char["Slash"] = 47] = "Slash";
    Char[Char["Gt"] = 62] = "Gt";
    Char[Char["Eq"] = 61] = "Eq";
    Char[Char["DQuote"] = 34] = "DQuote";
    Char[Char["SQuote"] = 39] = "SQuote";
})(Char || (Char = {}));
function isSpace(c) {
    return c === Char.Space || c === Char.Lf || c === Char.Tab || c === Char.Cr;
}
class xml_scan_XmlScanner {
    handler;
    buf = '';
    stack = [];
    roots = 0;
    started = false;
    constructor(handler) {
        this.handler = handler;
    }
    write(chunk) {
        let s = this.buf + chunk;
        if (!this.started && s.length > 0) {
            if (s.charCodeAt(0) === 0xfeff)
                s = s.slice(1);
            this.started = true;
        }
        this.buf = s.slice(this.scan(s));
    }
    close() {
        if (this.buf.trim() !== '') {
            if (this.buf.includes('<'))
                throw new xml_scan_XmlError('the document ends inside a tag');
            this.textAt(this.buf);
        }
        this.buf = '';
        if (this.roots === 0)
            throw new xml_scan_XmlError('document must contain a root element');
        if (this.stack.length > 0)
            throw new xml_scan_XmlError(`unclosed tag <${this.stack[this.stack.length - 1]}>`);
    }
    /** Consumes complete constructs from `s`; returns where the unconsumed rest begins. */
    scan(s) {
        let pos = 0;
        const n = s.length;
        while (pos < n) {
            const lt = s.indexOf('<', pos);
            if (lt < 0) {
                // Text may continue in the next chunk; hand it over only when a tag follows.
                return pos;
            }
            if (lt > pos)
                this.textAt(s.slice(pos, lt));
            const next = s.charCodeAt(lt + 1);
            if (Number.isNaN(next))
                return lt;
            if (next === 33 /* ! */) {
                if (s.startsWith('<!--', lt)) {
                    const end = s.indexOf('-->', lt + 4);
                    if (end < 0)
                        return lt;
                    pos = end + 3;
                }
                else if (s.startsWith('<![CDATA[', lt)) {
                    const end = s.indexOf(']]>', lt + 9);
                    if (end < 0)
                        return lt;
                    this.inRoot('CDATA');
                    this.handler.cdata?.(s.slice(lt + 9, end));
                    pos = end + 3;
                }
                else {
                    if (lt + 9 > n)
                        return lt;
                    const end = s.indexOf('>', lt + 2);
                    if (end < 0)
                        return lt;
                    pos = end + 1;
                }
            }
            else if (next === 63 /* ? */) {
                const end = s.indexOf('?>', lt + 2);
                if (end < 0)
                    return lt;
                pos = end + 2;
            }
            else if (next === Char.Slash) {
                const end = s.indexOf('>', lt + 2);
                if (end < 0)
                    return lt;
                const name = s.slice(lt + 2, end).trim();
                const open = this.stack.pop();
                if (open !== name)
                    throw new xml_scan_XmlError(open ? `closing tag </${name}> does not match <${open}>` : `unexpected closing tag </${name}>`);
                this.handler.close(name);
                pos = end + 1;
            }
            else {
                const end = this.openTag(s, lt);
                if (end < 0)
                    return lt;
                pos = end;
            }
        }
        return pos;
    }
    /** Parses `<name attr="v" ...>` at `lt`; returns the index after it, or -1 if incomplete. */
    openTag(s, lt) {
        const n = s.length;
        let i = lt + 1;
        while (i < n) {
            const c = s.charCodeAt(i);
            if (isSpace(c) || c === Char.Slash || c === Char.Gt)
                break;
            i++;
        }
        if (i >= n)
            return -1;
        const name = s.slice(lt + 1, i);
        if (name === '')
            throw new xml_scan_XmlError('a tag without a name');
        const attrs = {};
        for (;;) {
            while (i < n && isSpace(s.charCodeAt(i)))
                i++;
            if (i >= n)
                return -1;
            const c = s.charCodeAt(i);
            if (c === Char.Gt) {
                this.start(name, attrs, false);
                return i + 1;
            }
            if (c === Char.Slash) {
                if (i + 1 >= n)
                    return -1;
                if (s.charCodeAt(i + 1) !== Char.Gt)
                    throw new xml_scan_XmlError(`a stray "/" in <${name}>`);
                this.start(name, attrs, true);
                return i + 2;
            }
            const eq = s.indexOf('=', i);
            if (eq < 0)
                return -1;
            const attr = s.slice(i, eq).trim();
            if (attr === '' || /[\s<>"']/.test(attr))
                throw new xml_scan_XmlError(`a malformed attribute in <${name}>`);
            i = eq + 1;
            while (i < n && isSpace(s.charCodeAt(i)))
                i++;
            if (i >= n)
                return -1;
            const quote = s.charCodeAt(i);
            if (quote !== Char.DQuote && quote !== Char.SQuote)
                throw new xml_scan_XmlError(`attribute ${attr} of <${name}> is not quoted`);
            const close = s.indexOf(quote === Char.DQuote ? '"' : "'", i + 1);
            if (close < 0)
                return -1;
            const raw = s.slice(i + 1, close);
            if (raw.includes('<'))
                throw new xml_scan_XmlError(`attribute ${attr} of <${name}> contains "<"`);
            attrs[attr] = xml_scan_decodeEntities(raw);
            i = close + 1;
        }
    }
    start(name, attrs, selfClosing) {
        if (this.stack.length === 0) {
            if (this.roots > 0)
                throw new xml_scan_XmlError(`a second root element <${name}>`);
            this.roots++;
        }
        this.handler.open(name, attrs, selfClosing);
        if (selfClosing)
            this.handler.close(name);
        else
            this.stack.push(name);
    }
    textAt(raw) {
        if (this.stack.length === 0) {
            if (raw.trim() !== '')
                throw new xml_scan_XmlError('text outside the root element');
            return;
        }
        this.handler.text?.(raw);
    }
    inRoot(what) {
        if (this.stack.length === 0)
            throw new xml_scan_XmlError(`${what} outside the root element`);
    }
}

;// CONCATENATED MODULE: ../kit/src/test-reports/junit.ts



class junit_ReportError extends (/* unused pure expression or super */ null && (Error)) {
    name = 'ReportError';
}
function junit_emptyJUnitResult() {
    return { total: 0, passed: 0, failed: 0, skipped: 0, flaky: [], failures: [], slowest: [], time: 0, files: [], implausibleTimes: [] };
}
/**
 * No test run takes longer than a job may (five days on a self-hosted runner): a larger
 * `time` is a tool writing another unit (nanoseconds make 2 s read as 63 years).
 */
const junit_MAX_PLAUSIBLE_SECONDS = (/* unused pure expression or super */ null && (5 * 24 * 3600));
// Skip-like values of `status` (CTest, GoogleTest's `status`/`result`, NUnit and xUnit transforms).
const SKIPPED_STATUS = /^(disabled|notrun|not[ _-]run|skipped|skip|ignored|pending|suppressed|excluded|inconclusive)$/i;
/** Beyond this many attempts a group is not a rerun but a repeated name. */
const MAX_ATTEMPTS = 32;
/** Failures then one pass: a rerun that passed. Anything else stays distinct tests. */
const RERUN_PASSED = /^F+P$/;
/** Parses one JUnit XML text incrementally: `write` chunks, then `close`. */
class JUnitReader {
    result;
    reportFile;
    scanner;
    suites = [];
    current;
    depth = 0;
    rootTime;
    topSuiteTime = 0;
    topSuiteTimed = false;
    caseTimeTotal = 0;
    sawRoot = false;
    /** The largest time in this file, to detect a unit that cannot be seconds. */
    maxTime = 0;
    /** Slowest of this file, merged into the result at close when its times are plausible. */
    slowest = [];
    /** Tests that failed at least once with no pass before, by key: candidates for a rerun. */
    attempts = new Map();
    /** Hashes of tests that passed outside a group: a later failure of one is not a rerun. */
    passed = new Set();
    slowestN;
    maxFailures;
    detailsLimit;
    constructor(result, reportFile, options = {}) {
        this.result = result;
        this.reportFile = reportFile;
        this.slowestN = options.slowest ?? 10;
        this.maxFailures = options.maxFailures ?? 5000;
        this.detailsLimit = options.detailsLimit ?? 8192;
        this.scanner = new XmlScanner({
            open: (name, attrs) => this.openTag(name, attrs),
            close: (name) => this.closeTag(name),
            text: (raw) => this.text(raw, true),
            cdata: (text) => this.text(text, false),
        });
    }
    write(chunk) {
        try {
            this.scanner.write(chunk);
        }
        catch (error) {
            throw this.wrap(error);
        }
    }
    wrap(error) {
        return error instanceof XmlError ? new junit_ReportError(`${this.reportFile} is not well-formed XML: ${error.message}`) : error;
    }
    close() {
        try {
            this.scanner.close();
        }
        catch (error) {
            throw this.wrap(error);
        }
        if (!this.sawRoot)
            throw new junit_ReportError(`${this.reportFile} is not a JUnit XML report (the root element is not <testsuites> or <testsuite>)`);
        this.mergeReruns();
        if (this.maxTime > junit_MAX_PLAUSIBLE_SECONDS) {
            this.result.implausibleTimes.push({ reportFile: this.reportFile, seconds: this.maxTime });
        }
        else {
            this.result.time += this.rootTime ?? (this.topSuiteTimed ? this.topSuiteTime : this.caseTimeTotal);
            for (const t of this.slowest)
                insertSlowest(this.result.slowest, t, this.slowestN);
        }
        this.result.files.push(this.reportFile);
    }
    /** Every group of attempts shaped failures-then-a-pass becomes one passed, flaky test. */
    mergeReruns() {
        const r = this.result;
        const dropped = new Set();
        for (const group of this.attempts.values()) {
            if (!RERUN_PASSED.test(group.seq))
                continue;
            const failedAttempts = group.seq.length - 1;
            r.total -= failedAttempts;
            r.failed -= failedAttempts;
            for (const f of group.failures)
                dropped.add(f);
            r.flaky.push({ ...group.last, attempts: group.seq.length });
        }
        if (dropped.size > 0)
            r.failures = r.failures.filter((f) => !dropped.has(f));
    }
    openTag(name, attrs) {
        this.depth++;
        if (this.depth === 1) {
            if (name !== 'testsuites' && name !== 'testsuite')
                throw new junit_ReportError(`${this.reportFile} is not a JUnit XML report (root element <${name}>)`);
            this.sawRoot = true;
            if (name === 'testsuites' && attrs.time !== undefined)
                this.rootTime = this.seconds(attrs.time);
        }
        const c = this.current;
        if (c) {
            switch (name) {
                case 'failure':
                case 'error':
                    // The first failure or error decides; a second one (rare) only adds text.
                    if (!c.failure) {
                        const line = attrs.line !== undefined ? Number.parseInt(attrs.line, 10) : Number.NaN;
                        c.failure = {
                            kind: name,
                            message: attrs.message ?? attrs.type ?? '',
                            text: '',
                            // Some tools say exactly where the failure is; that beats any frame in the text.
                            ...(attrs.file ? { file: attrs.file } : {}),
                            ...(line > 0 ? { line } : {}),
                        };
                    }
                    c.collecting = 'failure';
                    return;
                case 'skipped':
                    c.skipped = true;
                    return;
                case 'flakyFailure':
                case 'flakyError':
                    c.flaky = true;
                    c.collecting = 'other';
                    return;
                default:
                    // rerunFailure/rerunError (failed again), system-out, properties: nothing to count.
                    c.collecting = 'other';
                    return;
            }
        }
        if (name === 'testsuite') {
            const parent = this.suites[this.suites.length - 1];
            const suite = {
                name: attrs.name ?? parent?.name ?? '',
                caseTime: 0,
                depth: this.depth,
                ...((attrs.file ?? parent?.file) ? { file: attrs.file ?? parent?.file } : {}),
                ...(attrs.time !== undefined ? { time: this.seconds(attrs.time) } : {}),
            };
            this.suites.push(suite);
        }
        else if (name === 'testcase') {
            const suite = this.suites[this.suites.length - 1];
            const file = attrs.file ?? attrs.filepath ?? suite?.file;
            // pytest writes `line` 0-based (its item.location); every other tool 1-based.
            const line = attrs.line !== undefined ? Number.parseInt(attrs.line, 10) + (file?.endsWith('.py') ? 1 : 0) : undefined;
            this.current = {
                suite: suite?.name ?? '',
                classname: attrs.classname ?? attrs.class ?? '',
                name: attrs.name ?? '',
                time: this.seconds(attrs.time),
                // status="disabled" (CTest), status="notrun"/result="suppressed" (GoogleTest) and the like: not run.
                skipped: SKIPPED_STATUS.test(attrs.status ?? '') || SKIPPED_STATUS.test(attrs.result ?? ''),
                flaky: false,
                ...(file ? { file } : {}),
                ...(line !== undefined && line > 0 ? { line } : {}),
            };
        }
    }
    text(t, encoded) {
        const c = this.current;
        // Only a failure's own text is kept, and only then decoded.
        if (c?.collecting === 'failure' && c.failure && c.failure.text.length < this.detailsLimit) {
            c.failure.text += (encoded ? decodeEntities(t) : t).slice(0, this.detailsLimit - c.failure.text.length);
        }
    }
    closeTag(name) {
        this.depth--;
        const c = this.current;
        if (c && name !== 'testcase') {
            if (name === 'failure' ||
                name === 'error' ||
                name === 'flakyFailure' ||
                name === 'flakyError' ||
                name.startsWith('rerun') ||
                name.startsWith('system-')) {
                c.collecting = undefined;
            }
            return;
        }
        if (name === 'testcase' && c) {
            this.finishCase(c);
            this.current = undefined;
            return;
        }
        if (name === 'testsuite') {
            const suite = this.suites.pop();
            if (suite && this.suites.length === 0 && suite.time !== undefined) {
                this.topSuiteTime += suite.time;
                this.topSuiteTimed = true;
            }
        }
    }
    finishCase(c) {
        const r = this.result;
        r.total++;
        this.caseTimeTotal += c.time;
        const key = `${c.suite}\0${c.classname}\0${c.name}`;
        let group = this.attempts.get(key);
        if (c.failure) {
            r.failed++;
            const failure = r.failures.length < this.maxFailures ? this.failureOf(c, c.failure) : undefined;
            if (failure)
                r.failures.push(failure);
            if (!group && !this.passed.has(hashKey(key)))
                this.attempts.set(key, (group = { seq: '', failures: [] }));
            if (group) {
                group.seq += 'F';
                if (failure)
                    group.failures.push(failure);
            }
        }
        else if (c.skipped) {
            r.skipped++;
            if (group)
                group.seq += 'S';
        }
        else {
            r.passed++;
            if (c.flaky)
                r.flaky.push(timingOf(c));
            if (group) {
                group.seq += 'P';
                group.last = timingOf(c);
            }
            else {
                this.passed.add(hashKey(key));
            }
        }
        // A name repeated this often is a data-driven test, not reruns; stop tracking its text.
        if (group && group.seq.length > MAX_ATTEMPTS)
            group.seq = 'X'.repeat(MAX_ATTEMPTS);
        insertSlowest(this.slowest, c, this.slowestN);
    }
    seconds(raw) {
        const value = seconds(raw);
        if (value > this.maxTime)
            this.maxTime = value;
        return value;
    }
    failureOf(c, f) {
        const text = f.text.trim();
        const message = f.message.trim() || text.split('\n')[0]?.trim() || f.kind;
        // The failing line in the test's own file beats the line the test starts on.
        const found = findLocation(`${text}\n${f.message}`, f.file ?? c.file);
        const location = f.file
            ? { file: f.file, line: f.line ?? (found && sameFile(found.file, f.file) ? found.line : 1) }
            : f.line && c.file
                ? { file: c.file, line: f.line }
                : found && c.file && sameFile(found.file, c.file)
                    ? found
                    : c.file && c.line
                        ? { file: c.file, line: c.line }
                        : (found ?? (c.file ? { file: c.file, line: 1 } : undefined));
        return {
            suite: own(c.suite),
            classname: own(c.classname),
            name: own(c.name),
            kind: f.kind,
            message: own(message),
            details: own(text),
            time: c.time,
            reportFile: this.reportFile,
            ...(c.file ? { file: own(c.file) } : {}),
            ...(location ? { location: { file: own(location.file), line: location.line } } : {}),
        };
    }
}
/** Keeps `list` the `n` slowest, slowest first. */
function insertSlowest(list, c, n) {
    if (n === 0)
        return;
    if (list.length >= n && c.time <= list[list.length - 1].time)
        return;
    const t = 'skipped' in c ? timingOf(c) : c;
    let i = list.length;
    while (i > 0 && list[i - 1].time < t.time)
        i--;
    list.splice(i, 0, t);
    if (list.length > n)
        list.pop();
}
/** 53 bits of FNV-1a over the key twice (two seeds): a collision only costs a missed merge. */
function hashKey(key) {
    let a = 0x811c9dc5;
    let b = 0x01000193 ^ 0x5bd1e995;
    for (let i = 0; i < key.length; i++) {
        const ch = key.charCodeAt(i);
        a = Math.imul(a ^ ch, 0x01000193);
        b = Math.imul(b ^ ch, 0x5bd1e995);
    }
    return (a >>> 0) * 0x200000 + ((b >>> 0) & 0x1fffff);
}
/** Reads one JUnit XML file into `result` (created when not given), streaming. */
async function junit_readJUnitFile(path, result = junit_emptyJUnitResult(), options = {}) {
    const reader = new JUnitReader(result, path, options);
    const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: 64 * 1024 });
    for await (const chunk of stream)
        reader.write(chunk);
    reader.close();
    return result;
}
/** Parses a JUnit XML text held in memory (tests, small reports). */
function parseJUnit(xml, reportFile = 'report.xml', options = {}) {
    const result = junit_emptyJUnitResult();
    const reader = new JUnitReader(result, reportFile, options);
    reader.write(xml);
    reader.close();
    return result;
}
/** What is kept of a test case that was slow or flaky. */
function timingOf(c) {
    return { suite: own(c.suite), classname: own(c.classname), name: own(c.name), time: c.time };
}
/**
 * A copy that does not keep the chunk it was sliced from alive: V8 slices share their
 * parent string, so a kept test name would otherwise hold on to the whole chunk.
 */
function own(text) {
    return text.length < 13 ? text : Buffer.from(text, 'utf8').toString('utf8');
}
function seconds(raw) {
    if (raw === undefined || raw === '')
        return 0;
    // Some tools write thousands separators ("1,234.5").
    const value = raw.indexOf(',') < 0 ? Number(raw) : Number(raw.replace(/,/g, ''));
    return Number.isFinite(value) && value >= 0 ? value : 0;
}

// EXTERNAL MODULE: ../kit/src/summary.ts
var summary = __webpack_require__(8642);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ../kit/src/test-reports/coverage.ts






/** Two decimals, as the `coverage` output gives it; undefined when nothing was measured. */
function coveragePercent(t) {
    if (t.valid <= 0)
        return undefined;
    return Math.round((t.covered / t.valid) * 10_000) / 100;
}
async function coverage_readCoverageFiles(paths) {
    const files = [];
    for (const path of paths)
        files.push(await readCoverageFile(path));
    const valid = files.reduce((n, f) => n + f.valid, 0);
    const covered = files.reduce((n, f) => n + f.covered, 0);
    return { valid, covered, files, percent: coveragePercent({ valid, covered }) };
}
async function readCoverageFile(path) {
    const format = await detectFormat(path);
    const totals = format === 'lcov' ? await readLcov(path) : format === 'cobertura' ? await readCobertura(path) : parseJsonSummary(await readFile(path, 'utf8'), path);
    return { path, format, ...totals };
}
/** By content, not by name: tools name these files freely. */
async function detectFormat(path) {
    const handle = await open(path, 'r');
    try {
        const { buffer, bytesRead } = await handle.read(Buffer.alloc(512), 0, 512, 0);
        const head = buffer
            .subarray(0, bytesRead)
            .toString('utf8')
            .replace(/^\uFEFF/, '')
            .trimStart();
        if (head.startsWith('<'))
            return 'cobertura';
        if (head.startsWith('{'))
            return 'json-summary';
        if (/^(TN|SF|FN|DA|LF|LH|end_of_record)\b/m.test(head))
            return 'lcov';
        throw new ReportError(`${path} is not a coverage report this gate reads (lcov, Cobertura XML or Istanbul json-summary)`);
    }
    finally {
        await handle.close();
    }
}
/**
 * lcov: the `LF`/`LH` of each record; a record without them (some generators omit them) is
 * counted from its `DA` lines.
 */
async function readLcov(path) {
    const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8', highWaterMark: 256 * 1024 }), crlfDelay: Infinity });
    const totals = { valid: 0, covered: 0 };
    const record = { lf: -1, lh: -1, da: 0, daHit: 0 };
    for await (const line of lines)
        lcovLine(line, totals, record);
    return totals;
}
function parseLcov(text) {
    const totals = { valid: 0, covered: 0 };
    const record = { lf: -1, lh: -1, da: 0, daHit: 0 };
    for (const line of text.split(/\r?\n/))
        lcovLine(line, totals, record);
    return totals;
}
function lcovLine(line, totals, r) {
    if (line.startsWith('DA:')) {
        r.da++;
        const hits = line.slice(3).split(',')[1];
        if (hits !== undefined && Number(hits) > 0)
            r.daHit++;
    }
    else if (line.startsWith('LF:'))
        r.lf = Number(line.slice(3)) || 0;
    else if (line.startsWith('LH:'))
        r.lh = Number(line.slice(3)) || 0;
    else if (line.trim() === 'end_of_record') {
        totals.valid += r.lf >= 0 ? r.lf : r.da;
        totals.covered += r.lh >= 0 ? r.lh : r.daHit;
        r.lf = -1;
        r.lh = -1;
        r.da = 0;
        r.daHit = 0;
    }
}
/**
 * Cobertura: the root's `lines-valid`/`lines-covered`. Older writers leave them out (only
 * `line-rate`); then the `<line>` elements of each class are counted instead.
 */
async function readCobertura(path) {
    const reader = coberturaReader(path);
    for await (const chunk of createReadStream(path, { encoding: 'utf8', highWaterMark: 256 * 1024 }))
        reader.write(chunk);
    return reader.close();
}
function parseCobertura(xml, path = 'coverage.xml') {
    const reader = coberturaReader(path);
    reader.write(xml);
    return reader.close();
}
function coberturaReader(path) {
    const stack = [];
    let root;
    const counted = { valid: 0, covered: 0 };
    const scanner = new XmlScanner({
        open: (name, attrs) => {
            if (stack.length === 0) {
                if (name !== 'coverage')
                    throw new ReportError(`${path} is not a Cobertura report (root element <${name}>)`);
                const valid = Number(attrs['lines-valid']);
                const covered = Number(attrs['lines-covered']);
                if (attrs['lines-valid'] !== undefined && Number.isFinite(valid) && Number.isFinite(covered) && valid > 0)
                    root = { valid, covered };
            }
            else if (!root && name === 'line' && stack[stack.length - 1] === 'lines' && stack[stack.length - 2] === 'class') {
                // Class-level lines only: methods repeat the same lines.
                counted.valid++;
                if (Number(attrs.hits) > 0)
                    counted.covered++;
            }
            stack.push(name);
        },
        close: () => void stack.pop(),
    });
    const wrap = (fn) => {
        try {
            fn();
        }
        catch (error) {
            throw error instanceof XmlError ? new ReportError(`${path} is not well-formed XML: ${error.message}`) : error;
        }
    };
    return {
        write: (chunk) => wrap(() => scanner.write(chunk)),
        close: () => {
            wrap(() => scanner.close());
            return root ?? counted;
        },
    };
}
/** Istanbul json-summary: `total.lines.total` and `total.lines.covered`. */
function parseJsonSummary(text, path = 'coverage-summary.json') {
    let doc;
    try {
        doc = JSON.parse(text);
    }
    catch (error) {
        throw new ReportError(`${path} is not valid JSON: ${errorMessage(error)}`);
    }
    const [total, covered] = [valueAt(doc, 'total', 'lines', 'total'), valueAt(doc, 'total', 'lines', 'covered')];
    if (typeof total !== 'number' || typeof covered !== 'number') {
        throw new ReportError(`${path} has no total.lines (an Istanbul json-summary report has total.lines.total and total.lines.covered)`);
    }
    return { valid: total, covered };
}

;// CONCATENATED MODULE: ../kit/src/test-reports/files.ts



/**
 * The files matching glob patterns (one per item; `!pattern` excludes), relative patterns
 * taken from `cwd`. Walks only below each pattern's literal prefix and never descends into
 * `node_modules` or `.git` unless a pattern names them, so a default like `**\/junit*.xml`
 * stays fast in a checked-out repository with installed dependencies. Sorted, absolute.
 */
async function files_findFiles(patterns, cwd) {
    const include = patterns.filter((p) => !p.startsWith('!')).map((p) => absolute(p, cwd));
    const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => absolute(p.slice(1), cwd));
    const excluded = exclude.length > 0 ? picomatch(exclude, { dot: true }) : () => false;
    const found = new Set();
    for (const pattern of include) {
        const base = literalBase(pattern);
        const matches = picomatch(pattern, { dot: true });
        const pruneDeps = !/node_modules|\.git(\/|$)/.test(pattern);
        if (base === pattern) {
            // No glob characters: one file.
            if (matches(pattern) && (await isFile(pattern)) && !excluded(pattern))
                found.add(pattern);
            continue;
        }
        for await (const file of walk(base, pruneDeps)) {
            const posixPath = file.split(sep).join('/');
            if (matches(posixPath) && !excluded(posixPath))
                found.add(file);
        }
    }
    return [...found].sort();
}
function absolute(pattern, cwd) {
    const p = isAbsolute(pattern) ? pattern : resolve(cwd, pattern);
    // resolve() drops a trailing slash and keeps glob characters as they are.
    return p.split(sep).join('/');
}
/** The leading path segments without glob characters. */
function literalBase(pattern) {
    const parts = pattern.split('/');
    const literal = [];
    for (const part of parts) {
        if (/[*?[\]{}()!+@]/.test(part))
            break;
        literal.push(part);
    }
    return literal.length === parts.length ? pattern : literal.join('/') || '/';
}
async function* walk(dir, pruneDeps) {
    let entries;
    try {
        entries = await readdir(dir, { withFileTypes: true });
    }
    catch {
        return;
    }
    for (const entry of entries) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) {
            if (pruneDeps && (entry.name === 'node_modules' || entry.name === '.git'))
                continue;
            yield* walk(path, pruneDeps);
        }
        else if (entry.isFile()) {
            yield path;
        }
    }
}
async function isFile(path) {
    try {
        return (await stat(path)).isFile();
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ../kit/src/gates/tests.ts






/** Reads every matched report and decides. `problems` are failures found before (e.g. endpoints that never came up). */
async function tests_collectTestGate(settings, command, earlier = []) {
    const problems = [...earlier];
    const junit = emptyJUnitResult();
    const reportFiles = settings.reports.length > 0 ? await findFiles(settings.reports, settings.cwd) : [];
    for (const file of reportFiles) {
        try {
            await readJUnitFile(file, junit);
        }
        catch (error) {
            problems.push(`${repoPath(file, settings)}: ${error.message.replace(`${file} `, '')}`);
        }
    }
    for (const t of junit.implausibleTimes)
        t.reportFile = repoPath(t.reportFile, settings);
    let coverageResult;
    if (settings.coverage.length > 0) {
        const coverageFiles = await findFiles(settings.coverage, settings.cwd);
        try {
            coverageResult = await readCoverageFiles(coverageFiles);
        }
        catch (error) {
            problems.push(`coverage: ${error.message}`);
        }
        if (coverageFiles.length === 0)
            problems.push(`no coverage file matched ${settings.coverage.join(', ')}`);
    }
    return tests_evaluateTestGate(settings, { junit, reportFiles, coverageResult, command, problems });
}
/** The decision, pure: failures, coverage, emptiness, duration, and the command's exit code. */
function tests_evaluateTestGate(settings, found) {
    const { junit, coverageResult, command } = found;
    const problems = [...found.problems];
    const warnings = [];
    if (junit.failed > 0)
        problems.push(`${junit.failed} of ${junit.total} test${junit.total === 1 ? '' : 's'} failed`);
    if (found.reportFiles.length === 0) {
        const message = `no JUnit report matched ${settings.reports.join(', ') || '(no reports input)'}`;
        if (settings.failOnEmpty)
            problems.push(message);
        else
            warnings.push(message);
    }
    else if (junit.total === 0) {
        const message = `the JUnit reports hold no test case (${found.reportFiles.length} file${found.reportFiles.length === 1 ? '' : 's'} read)`;
        if (settings.failOnEmpty)
            problems.push(message);
        else
            warnings.push(message);
    }
    const coverage = coverageResult?.percent;
    if (settings.minCoverage > 0) {
        if (coverage === undefined) {
            if (coverageResult)
                problems.push(`coverage is required to be at least ${settings.minCoverage}%, but the coverage files measured no line`);
            else if (!found.problems.some((p) => p.startsWith('no coverage file') || p.startsWith('coverage:')))
                problems.push(`coverage is required to be at least ${settings.minCoverage}%, but no coverage file was given`);
        }
        else if (coverage < settings.minCoverage) {
            problems.push(`line coverage ${coverage.toFixed(2)}% is under the minimum of ${settings.minCoverage}%`);
        }
    }
    const durationMs = command ? command.durationMs : Math.round(junit.time * 1000);
    for (const t of junit.implausibleTimes) {
        warnings.push(`${t.reportFile} gives times no test run can take (up to ${formatDuration(t.seconds * 1000)}, over ${MAX_PLAUSIBLE_SECONDS / 86_400} days), as a tool writing nanoseconds or milliseconds where JUnit means seconds would: ` +
            `its times are not used for the duration${settings.maxDurationMs > 0 && !command ? ' and max-duration is not checked' : ''}`);
    }
    // Without the command's own clock, a duration that leaves out a report is not the run's.
    const durationKnown = command !== undefined || junit.implausibleTimes.length === 0;
    if (durationKnown && settings.maxDurationMs > 0 && durationMs > settings.maxDurationMs) {
        const message = `the tests took ${formatDuration(durationMs)}, over the maximum of ${formatDuration(settings.maxDurationMs)}`;
        if (settings.failOnDuration)
            problems.push(message);
        else
            warnings.push(message);
    }
    if (command && command.exitCode !== 0 && junit.failed === 0)
        problems.push(`the command exited with code ${command.exitCode}`);
    return {
        conclusion: problems.length > 0 ? 'failure' : 'success',
        total: junit.total,
        passed: junit.passed,
        failed: junit.failed,
        skipped: junit.skipped,
        coverage,
        durationMs,
        durationSource: command ? 'command' : 'reports',
        problems,
        warnings,
        junit,
        coverageResult,
        command,
    };
}
/** `1m 05s`, `12.3s`, `250ms`. */
function formatDuration(ms) {
    if (ms < 1000)
        return `${Math.round(ms)}ms`;
    if (ms < 60_000)
        return `${(ms / 1000).toFixed(1)}s`;
    const minutes = Math.floor(ms / 60_000);
    const rest = Math.round((ms % 60_000) / 1000);
    return `${minutes}m ${String(rest).padStart(2, '0')}s`;
}
/** The `coverage` output: two decimals, or '' when nothing was measured. */
function coverageOutput(result) {
    return result.coverage === undefined ? '' : result.coverage.toFixed(2);
}
/** The `duration` output: seconds, three decimals. */
function durationOutput(result) {
    return (result.durationMs / 1000).toFixed(3);
}
/** One failure annotation per failed test, on the file and line the failure points at. */
function tests_failureAnnotations(failures, ctx) {
    return failures.map((f) => {
        const { path, line } = failurePlace(f, ctx);
        const title = `${f.classname || f.suite ? `${f.classname || f.suite} › ` : ''}${f.name}`;
        const details = f.details.split('\n').slice(0, 30).join('\n');
        return {
            path,
            start_line: line,
            end_line: line,
            annotation_level: 'failure',
            title: `${f.kind === 'error' ? 'Error' : 'Failed'}: ${title}`,
            message: f.message === details || details === '' ? f.message : `${f.message}\n\n${details}`,
            ...(f.details ? { raw_details: f.details } : {}),
        };
    });
}
function failurePlace(f, ctx) {
    const base = relative(ctx.workspace, ctx.cwd).split('\\').join('/');
    if (f.location) {
        const candidates = [toRepoPath(f.location.file, ctx.workspace, base), toRepoPath(f.location.file, ctx.workspace)];
        // A Java frame gives the package path of the source; Maven and Gradle keep tests here.
        if (/\.(java|kt|scala|groovy)$/.test(f.location.file) && !f.location.file.startsWith('/')) {
            for (const root of ['src/test/java', 'src/test/kotlin', 'src/main/java', 'src/main/kotlin', 'src/test/scala', 'src/test/groovy']) {
                candidates.push(toRepoPath(`${root}/${f.location.file}`, ctx.workspace, base));
            }
        }
        // go-junit-report names the package as classname and a bare file name in the message:
        // the file sits in the package's folder, found from the end of the import path.
        if (!f.location.file.includes('/') && f.classname.includes('/')) {
            const parts = f.classname.split('/');
            for (let i = 1; i < parts.length; i++)
                candidates.push(toRepoPath(`${parts.slice(i).join('/')}/${f.location.file}`, ctx.workspace, base));
        }
        const path = candidates.find((c) => ctx.exists(c)) ?? candidates[0];
        return { path, line: f.location.line };
    }
    if (f.file)
        return { path: toRepoPath(f.file, ctx.workspace, base), line: 1 };
    // Nothing names a source file: the report itself, so the annotation still links somewhere.
    return { path: toRepoPath(f.reportFile, ctx.workspace), line: 1 };
}
function repoPath(file, settings) {
    return toRepoPath(file, settings.workspace);
}
// --------------------------------------------------------------------------------------
// Rendering: the same table in the check run and the job summary.
function headline(result, checkName) {
    const j = result.junit;
    if (result.conclusion === 'success')
        return `${checkName}: ${j.passed} passed${j.skipped ? `, ${j.skipped} skipped` : ''}${coverageText(result)}`;
    if (j.failed > 0)
        return `${checkName}: ${j.failed} of ${j.total} failed${coverageText(result)}`;
    return `${checkName}: ${result.problems[0] ?? 'failed'}`;
}
function coverageText(result) {
    return result.coverage === undefined ? '' : `, ${result.coverage.toFixed(2)}% lines covered`;
}
function resultsTable(result, settings) {
    const cov = result.coverage === undefined ? '–' : `${result.coverage.toFixed(2)}%${settings.minCoverage > 0 ? ` (min ${settings.minCoverage}%)` : ''}`;
    const dur = `${formatDuration(result.durationMs)}${settings.maxDurationMs > 0 ? ` (max ${formatDuration(settings.maxDurationMs)})` : ''}`;
    return markdownTable(['Result', 'Tests', 'Passed', 'Failed', 'Skipped', 'Flaky', 'Line coverage', 'Duration'], [
        [
            result.conclusion === 'success' ? '✅ passed' : '❌ failed',
            result.total,
            result.passed,
            result.failed,
            result.skipped,
            result.junit.flaky.length,
            cov,
            dur,
        ],
    ]);
}
function problemsBlock(result) {
    const lines = [];
    if (result.problems.length > 0)
        lines.push('**Why the gate failed**', '', ...result.problems.map((p) => `- ${p}`), '');
    if (result.warnings.length > 0)
        lines.push('**Warnings**', '', ...result.warnings.map((w) => `- ${w}`), '');
    return lines.join('\n');
}
function failuresTable(result, annotations, limit) {
    const failures = result.junit.failures;
    if (failures.length === 0)
        return '';
    const rows = failures.slice(0, limit).map((f, i) => {
        const a = annotations[i];
        return [`${f.classname || f.suite ? `${f.classname || f.suite} › ` : ''}${f.name}`, a ? `\`${a.path}:${a.start_line}\`` : '', firstLine(f.message)];
    });
    const more = result.failed - Math.min(limit, failures.length);
    return [`#### Failed tests`, '', markdownTable(['Test', 'Where', 'Message'], rows), more > 0 ? `\n…and ${more} more.` : '', ''].join('\n');
}
function firstLine(text) {
    const line = text.split('\n')[0] ?? '';
    return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}
/** The check run: summary (table, reasons, failures), text (each failure's details), annotations. */
function tests_testGateReport(result, settings, annotations) {
    const summary = [resultsTable(result, settings), '', problemsBlock(result), failuresTable(result, annotations, 100)].join('\n');
    const text = result.junit.failures.length > 0
        ? result.junit.failures.map((f) => `#### ${escapeCell(f.name)}\n\n\`\`\`\n${f.details || f.message}\n\`\`\``).join('\n\n')
        : undefined;
    return {
        checkName: settings.checkName,
        conclusion: result.conclusion,
        title: headline(result, settings.checkName),
        summary,
        ...(text ? { text } : {}),
        annotations,
    };
}
/** The job summary: the same table, the reasons, the failures, the slowest tests, and the command's tail on failure. */
function tests_testGateSummary(result, settings, annotations) {
    const parts = [
        `### ${result.conclusion === 'success' ? '✅' : '❌'} ${escapeCell(headline(result, settings.checkName))}`,
        '',
        resultsTable(result, settings),
        '',
        problemsBlock(result),
    ];
    parts.push(failuresTable(result, annotations, 500));
    if (result.junit.flaky.length > 0) {
        const rows = result.junit.flaky.slice(0, 100).map((t) => [`${t.classname || t.suite} › ${t.name}`, t.attempts ?? '–']);
        parts.push('#### Flaky tests (passed on a rerun)', '', markdownTable(['Test', 'Attempts'], rows), '');
    }
    if (result.junit.slowest.length > 0) {
        parts.push('#### Slowest tests', '', markdownTable(['Test', 'Time'], result.junit.slowest.map((t) => [`${t.classname || t.suite ? `${t.classname || t.suite} › ` : ''}${t.name}`, formatDuration(t.time * 1000)])), '');
    }
    if (result.coverageResult && result.coverageResult.files.length > 0) {
        const rows = result.coverageResult.files.map((f) => [toRepoPath(f.path, settings.workspace), f.format, f.covered, f.valid]);
        parts.push('#### Coverage files', '', markdownTable(['File', 'Format', 'Lines covered', 'Lines'], rows), '');
    }
    if (result.conclusion === 'failure' && result.command && result.command.tail.trim()) {
        parts.push(`#### Command output (last lines, exit code ${result.command.exitCode})`, '', '```', result.command.tail.replace(/```/g, "'''"), '```', '');
    }
    return parts.join('\n');
}

;// CONCATENATED MODULE: ../kit/src/gates/test-run.ts








async function runTestGate(settings, deps) {
    const earlier = deps.earlierProblems ?? [];
    const command = earlier.length === 0 && deps.runCommand ? await deps.runCommand() : undefined;
    // When the system under test never came up, the tests did not run: reports lying around
    // from an earlier step would only mislead.
    const result = earlier.length > 0
        ? {
            ...evaluateTestGate({ ...settings, failOnEmpty: false, minCoverage: 0, maxDurationMs: 0 }, { junit: emptyJUnitResult(), reportFiles: [], coverageResult: undefined, command: undefined, problems: earlier }),
            warnings: [],
        }
        : await collectTestGate(settings, command);
    const annotations = failureAnnotations(result.junit.failures, {
        workspace: settings.workspace,
        cwd: settings.cwd,
        exists: (p) => existsSync(join(settings.workspace, p)),
    });
    for (const warning of result.warnings)
        core.warning(warning);
    const report = testGateReport(result, settings, annotations);
    let publish;
    try {
        publish = await deps.publish(report);
    }
    catch (error) {
        // The gate's result still decides; the reviewers get annotations and the summary.
        core.warning(`Could not write the "${settings.checkName}" check run: ${redact(error.message.split('\n')[0] ?? '')}`);
        publish = publishAsAnnotations(report);
    }
    await deps.writeSummary(trimJobSummary(testGateSummary(result, settings, annotations)));
    return { result, publish, annotations };
}
/** The folder the tests run in, absolute; it must exist. */
function resolveWorkingDirectory(dir, workspace) {
    return isAbsolute(dir) ? dir : resolve(workspace, dir);
}
/** The workflow author's command, through bash (it is their own text; no event data is spliced in). */
async function runShellCommand(exec, command, options) {
    const started = performance.now();
    const shell = process.platform === 'win32' ? 'pwsh' : 'bash';
    const args = shell === 'bash' ? ['--noprofile', '--norc', '-eo', 'pipefail', '-c', command] : ['-NoProfile', '-Command', command];
    const result = await exec(shell, args, { cwd: options.cwd, env: options.env, check: false });
    const durationMs = Math.round(performance.now() - started);
    const output = `${result.stdout}${result.stderr ? `\n${result.stderr}` : ''}`;
    return { exitCode: result.exitCode, durationMs, tail: output.trimEnd().split('\n').slice(-60).join('\n').slice(-16_000) };
}

;// CONCATENATED MODULE: ./src/verify.ts

/** Pure: the samples against the thresholds. */
function httpVerdict(samples, check) {
    const good = samples.filter((s) => s.status !== undefined && s.status >= 200 && s.status < 400);
    const rate = samples.length ? (100 * good.length) / samples.length : 0;
    const slowest = Math.max(0, ...samples.map((s) => s.ms));
    const bad = samples.find((s) => !(s.status !== undefined && s.status >= 200 && s.status < 400));
    const figures = `${good.length}/${samples.length} answered 2xx/3xx (${Math.round(rate)}%, at least ${check.minSuccessRate}% required), slowest ${slowest} ms${check.maxLatencyMs ? ` (at most ${check.maxLatencyMs} ms)` : ''}`;
    if (rate < check.minSuccessRate)
        return { ok: false, summary: `HTTP check of ${check.url} failed: ${figures}; e.g. ${bad?.error ?? `HTTP ${bad?.status}`}` };
    if (check.maxLatencyMs && slowest > check.maxLatencyMs)
        return { ok: false, summary: `HTTP check of ${check.url} failed: too slow: ${figures}` };
    return { ok: true, summary: `HTTP check of ${check.url} passed: ${figures}` };
}
async function httpCheck(check, fetchImpl = fetch, sleep = (ms) => new Promise((r) => setTimeout(r, ms))) {
    const samples = [];
    for (let i = 0; i < check.requests; i++) {
        if (i)
            await sleep(check.intervalMs);
        const started = performance.now();
        try {
            const res = await fetchImpl(check.url, { redirect: 'manual', signal: AbortSignal.timeout(10_000) });
            await res.arrayBuffer();
            samples.push({ status: res.status, ms: Math.round(performance.now() - started) });
        }
        catch (error) {
            samples.push({ ms: Math.round(performance.now() - started), error: error.message });
        }
    }
    return httpVerdict(samples, check);
}
/**
 * The workflow's own verification command (integration or acceptance tests), run as a `run:`
 * step would run it, with BASE_URL, DIGEST and ENVIRONMENT set. Exit 0 passes.
 */
async function commandCheck(exec, command, env, cwd) {
    const outcome = await runShellCommand(exec, command, { cwd, env: { ...process.env, ...env } });
    const tail = outcome.tail.split('\n').slice(-5).join(' | ');
    return outcome.exitCode === 0
        ? { ok: true, summary: `verification command passed in ${outcome.durationMs} ms` }
        : { ok: false, summary: `verification command exited ${outcome.exitCode}: ${tail}` };
}

// EXTERNAL MODULE: ./src/run.ts + 9 modules
var run = __webpack_require__(7684);
// EXTERNAL MODULE: ../kit/src/github/rest.ts
var rest = __webpack_require__(5000);
;// CONCATENATED MODULE: ./src/cluster/github.ts

/**
 * Healthy on a `success` for our commit (Flux: the Kustomization's status; Argo CD: the
 * deployment's newest status); a `failure` or `error` for it fails at once. Pure. The commit
 * pins our digest by construction (promote wrote it), so the commit is what is checked here.
 */
function githubVerdict(signals, target, name) {
    const short = target.commit.slice(0, 12);
    const latest = new Map();
    for (const s of signals.statuses)
        if (s.context.startsWith(`kustomization/${name}/`) && !latest.has(s.context))
            latest.set(s.context, s);
    const reports = [
        ...[...latest.values()].map((s) => ({ who: `Flux (${s.context})`, state: s.state, description: s.description ?? '' })),
        ...signals.deployments
            .filter((d) => d.state)
            .map((d) => ({ who: `Argo CD Notifications (deployment ${d.id})`, state: d.state, description: d.description ?? '' })),
    ];
    const failed = reports.find((r) => r.state === 'failure' || r.state === 'error');
    if (failed)
        return { state: 'failed', summary: `${failed.who} reported ${failed.state} for ${short}: ${failed.description}`.trim(), details: [] };
    const ok = reports.find((r) => r.state === 'success');
    if (ok)
        return { state: 'healthy', summary: `${ok.who} reported success for ${short}: ${ok.description}`.trim(), details: [] };
    return {
        state: 'waiting',
        summary: `no report on GitHub for ${short} yet${reports.length ? ` (${reports.map((r) => `${r.who}: ${r.state}`).join(', ')})` : ''}`,
        details: [],
    };
}
/** Reads the signals from the GitHub API (statuses: read, deployments: read on the GitOps repository). */
async function readGitHubSignals(gh, repo, commit, environment) {
    const statuses = await commitStatuses(gh, repo, commit);
    const { data: deployments } = await gh.request('GET /repos/{owner}/{repo}/deployments', { ...repo, sha: commit, environment, per_page: 10 });
    const withStatus = [];
    for (const d of deployments) {
        const { data } = await gh.request('GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', { ...repo, deployment_id: Number(d.id), per_page: 1 });
        withStatus.push({ id: Number(d.id), ...(data[0] ? { state: data[0].state, description: data[0].description ?? '' } : {}) });
    }
    return { statuses: statuses.map((s) => ({ context: s.context, state: s.state, description: s.description ?? '' })), deployments: withStatus };
}
/**
 * The commit's statuses; none yet while GitHub does not know the commit (it answers 422 "No commit
 * found for SHA", or 404, until the push reaches it, as with a mirrored GitOps repository): that
 * is "still waiting", not a failure.
 */
async function commitStatuses(gh, repo, commit) {
    try {
        return (await gh.request('GET /repos/{owner}/{repo}/commits/{ref}/statuses', { ...repo, ref: commit, per_page: 100 })).data;
    }
    catch (error) {
        const status = (0,rest/* errorStatus */.PO)(error);
        if (status === 422 || status === 404)
            return [];
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/cluster/kube.ts

/** Where each controller's objects live in the Kubernetes API. */
function controllerPath(controller, namespace, name) {
    const ns = encodeURIComponent(namespace);
    const n = encodeURIComponent(name);
    return controller === 'argocd'
        ? `/apis/argoproj.io/v1alpha1/namespaces/${ns}/applications/${n}`
        : `/apis/kustomize.toolkit.fluxcd.io/v1/namespaces/${ns}/kustomizations/${n}`;
}
/**
 * The refresh request each controller documents: Argo CD's `argocd.argoproj.io/refresh: normal`
 * (the controller removes it when done), Flux's `reconcile.fluxcd.io/requestedAt: <any new value>`.
 */
function refreshPatch(controller, at) {
    return {
        metadata: { annotations: controller === 'argocd' ? { 'argocd.argoproj.io/refresh': 'normal' } : { 'reconcile.fluxcd.io/requestedAt': at.toISOString() } },
    };
}
/** The digests a pod's containers run: imageID when the kubelet reported it, else the image reference. */
function podDigests(pod) {
    const statuses = (pod.status ?? {}).containerStatuses ?? [];
    const spec = (pod.spec ?? {}).containers ?? [];
    const refs = [...statuses.flatMap((c) => [c.imageID ?? '', c.image ?? '']), ...spec.map((c) => c.image ?? '')];
    return [...new Set(refs.map((r) => /@(sha256:[0-9a-f]{64})$/.exec(r)?.[1]).filter((d) => !!d))];
}
function kubeReader(client, controller, namespace, name, now = () => new Date()) {
    const path = controllerPath(controller, namespace, name);
    return {
        read: () => client.get(path),
        refresh: async () => {
            await client.request('PATCH', path, { body: refreshPatch(controller, now()), contentType: 'application/merge-patch+json' });
        },
        pods: async (podNamespace, digest) => {
            const pods = (await client.list(`/api/v1/namespaces/${encodeURIComponent(podNamespace)}/pods`)).items.filter((p) => podDigests(p).includes(digest));
            if (!pods.length)
                return { count: 0, problems: [] };
            const events = (await client.list(`/api/v1/namespaces/${encodeURIComponent(podNamespace)}/events`)).items;
            return { count: pods.length, problems: podProblems(pods, events) };
        },
    };
}

;// CONCATENATED MODULE: ./src/cluster/argocd.ts
const ERROR_CONDITIONS = new Set(['ComparisonError', 'SyncError', 'InvalidSpecError']);
/**
 * Healthy only when the Application is Synced at our commit, the sync operation for that
 * commit Succeeded, health is Healthy, and summary.images names our digest. A failed
 * operation for our commit, an error condition, or Degraded health at our commit fail at once.
 * Pure.
 */
function argoVerdict(app, target) {
    const s = app.status ?? {};
    const namespace = app.spec?.destination?.namespace;
    const base = { ...(namespace ? { namespace } : {}) };
    const short = target.commit.slice(0, 12);
    const op = s.operationState;
    const opRevision = op?.operation?.sync?.revision ?? op?.syncResult?.revision;
    const errors = (s.conditions ?? []).filter((c) => ERROR_CONDITIONS.has(c.type ?? ''));
    if (errors.length)
        return {
            ...base,
            state: 'failed',
            summary: `Application ${app.metadata.name}: ${errors.map((c) => `${c.type}: ${c.message ?? ''}`).join('; ')}`,
            details: [],
        };
    if (opRevision === target.commit && (op?.phase === 'Failed' || op?.phase === 'Error')) {
        const failed = (op.syncResult?.resources ?? [])
            .filter((r) => r.status && r.status !== 'Synced')
            .map((r) => `${r.kind}/${r.name}: ${r.status} ${r.message ?? ''}`.trim());
        return { ...base, state: 'failed', summary: `Application ${app.metadata.name}: sync of ${short} ${op.phase}: ${op.message ?? ''}`.trim(), details: failed };
    }
    if (s.sync?.revision !== target.commit) {
        return {
            ...base,
            state: 'waiting',
            summary: `Application ${app.metadata.name} is at ${s.sync?.revision ? s.sync.revision.slice(0, 12) : 'no revision'}, waiting for ${short}`,
            details: [],
        };
    }
    const unhealthy = (s.resources ?? [])
        .filter((r) => r.health?.status && r.health.status !== 'Healthy')
        .map((r) => `${r.kind}/${r.name}: ${r.health.status}${r.health.message ? ` (${r.health.message})` : ''}`);
    const health = s.health?.status ?? 'Unknown';
    if (health === 'Degraded')
        return { ...base, state: 'failed', summary: `Application ${app.metadata.name} is Degraded at ${short}`, details: unhealthy };
    if (s.sync.status !== 'Synced')
        return { ...base, state: 'waiting', summary: `Application ${app.metadata.name} is ${s.sync.status ?? 'Unknown'} at ${short}`, details: [] };
    if (op && opRevision === target.commit && op.phase !== 'Succeeded')
        return { ...base, state: 'waiting', summary: `Application ${app.metadata.name}: sync of ${short} is ${op.phase ?? 'pending'}`, details: [] };
    if (health !== 'Healthy')
        return { ...base, state: 'waiting', summary: `Application ${app.metadata.name} is ${health} at ${short}`, details: unhealthy };
    const images = s.summary?.images ?? [];
    if (!images.some((image) => image.endsWith(`@${target.digest}`))) {
        return {
            ...base,
            state: 'waiting',
            summary: `Application ${app.metadata.name} is Healthy at ${short} but runs ${images.join(', ') || 'no image'}, not ${target.digest}`,
            details: [],
        };
    }
    return {
        ...base,
        state: 'healthy',
        summary: `Application ${app.metadata.name}: Synced at ${short}, Healthy, running ${target.digest.slice(0, 19)}`,
        details: [],
    };
}

;// CONCATENATED MODULE: ./src/cluster/flux.ts
/** `main@sha1:<commit>` (Flux v2.1+) or the older `main/<commit>` names our commit. */
function namesCommit(revision, commit) {
    return !!revision && (revision.endsWith(`@sha1:${commit}`) || revision.endsWith(`/${commit}`) || revision === commit);
}
/**
 * Healthy when `lastAppliedRevision` names our commit and `Ready=True` for the current
 * generation (what `kubectl wait --for=condition=ready` and kstatus read). Our commit as
 * `lastAttemptedRevision` with `Ready=False` for the current generation is a failure. Pure.
 */
function fluxVerdict(ks, target) {
    const s = ks.status ?? {};
    const name = ks.metadata.name;
    const short = target.commit.slice(0, 12);
    const namespace = ks.spec?.targetNamespace ?? s.inventory?.entries?.find((e) => e.id.endsWith('_apps_Deployment'))?.id.split('_')[0];
    const base = { ...(namespace ? { namespace } : {}) };
    const generation = ks.metadata.generation ?? 1;
    const ready = s.conditions?.find((c) => c.type === 'Ready');
    const current = ready && (ready.observedGeneration ?? s.observedGeneration) === generation;
    if (current && ready.status === 'True' && namesCommit(s.lastAppliedRevision, target.commit)) {
        return {
            ...base,
            state: 'healthy',
            summary: `Kustomization ${name}: applied ${s.lastAppliedRevision}, Ready (${ready.message ?? ready.reason ?? ''})`,
            details: [],
        };
    }
    if (current && ready.status === 'False' && namesCommit(s.lastAttemptedRevision, target.commit)) {
        return {
            ...base,
            state: 'failed',
            summary: `Kustomization ${name}: ${ready.reason ?? 'not ready'} at ${short}: ${ready.message ?? ''}`.trim(),
            details: [],
        };
    }
    const at = s.lastAppliedRevision ? `applied ${s.lastAppliedRevision}` : 'nothing applied yet';
    return {
        ...base,
        state: 'waiting',
        summary: `Kustomization ${name}: ${at}, waiting for ${short}${ready ? ` (Ready=${ready.status}: ${ready.message ?? ready.reason ?? ''})` : ''}`,
        details: [],
    };
}

;// CONCATENATED MODULE: ./src/cluster/wait.ts



/** Container states that do not heal by waiting: fail at once, with the pod's own reason. */
const FATAL = new Set([
    'CrashLoopBackOff',
    'ImagePullBackOff',
    'ErrImagePull',
    'CreateContainerConfigError',
    'CreateContainerError',
    'InvalidImageName',
    'RunContainerError',
]);
/**
 * Waits until the controller reports our commit synced and healthy for `settleMs`, or fails
 * fast: the controller's own failure (a failed sync, Degraded, Ready=False at our commit), or
 * pods of our digest that crash or cannot pull. A timeout fails with the last thing it waited for.
 */
async function waitForController(reader, opts, clock, log = () => undefined) {
    const start = clock.now();
    await reader.refresh().catch((error) => log(`could not request a refresh (${error.message}); waiting for the controller's own poll`));
    let healthySince;
    let said = '';
    for (;;) {
        const object = await reader.read();
        let verdict = object
            ? verdictOf(opts, object)
            : { state: 'waiting', summary: `${opts.controller === 'argocd' ? 'Application' : 'Kustomization'} ${opts.name} does not exist (yet)`, details: [] };
        let pods = 0;
        if (verdict.namespace && verdict.state !== 'failed') {
            const found = await reader.pods(verdict.namespace, opts.target.digest);
            pods = found.count;
            const fatal = found.problems.filter((p) => FATAL.has(p.reason));
            if (fatal.length)
                verdict = { ...verdict, state: 'failed', summary: podSummary(fatal[0]), details: [verdict.summary, ...fatal.map(podLine)] };
            else if (verdict.state === 'waiting' && found.problems.length)
                verdict = { ...verdict, details: [...verdict.details, ...found.problems.map(podLine)] };
        }
        const elapsedMs = clock.now() - start;
        if (verdict.summary !== said)
            log(`${wait_seconds(elapsedMs)} ${verdict.summary}`);
        said = verdict.summary;
        if (verdict.state === 'failed')
            return { ok: false, verdict, elapsedMs, pods };
        if (verdict.state === 'healthy') {
            healthySince ??= clock.now();
            if (clock.now() - healthySince >= opts.settleMs)
                return { ok: true, verdict, elapsedMs, pods };
        }
        else
            healthySince = undefined;
        if (elapsedMs >= opts.timeoutMs) {
            return { ok: false, verdict: { ...verdict, state: 'failed', summary: `timed out after ${wait_seconds(opts.timeoutMs)}: ${verdict.summary}` }, elapsedMs, pods };
        }
        await clock.sleep(opts.pollMs);
    }
}
function verdictOf(opts, object) {
    if (opts.controller === 'argocd')
        return argoVerdict(object, opts.target);
    if (opts.controller === 'flux')
        return fluxVerdict(object, opts.target);
    return githubVerdict(object, opts.target, opts.name);
}
function podLine(p) {
    return `pod ${p.pod}${p.container ? ` (${p.container})` : ''}: ${p.reason}${p.message ? `: ${p.message}` : ''}`;
}
/** The deployment status's reason: the pod's own words. */
function podSummary(p) {
    return `pods crash or cannot start: ${podLine(p)}`;
}
function wait_seconds(ms) {
    return `${Math.round(ms / 100) / 10}s`;
}

;// CONCATENATED MODULE: ./src/cluster/deps.ts









const DEFAULT_NAMESPACE = { argocd: 'argocd', flux: 'flux-system' };
/** `{service}-{environment}` and friends: the Application or Kustomization's name. */
function controllerName(pattern, service, environment) {
    return (pattern || '{service}-{environment}').replaceAll('{service}', service).replaceAll('{environment}', environment);
}
/** The wait and the verification the inputs ask for, over the cluster the kubeconfig names. */
async function confirmDeps(inputs, service, exec, cwd) {
    const controller = inputs['wait-for'];
    if (controller === 'none')
        return { deps: {}, close: () => undefined };
    const name = controllerName(inputs['wait-name'], service, inputs.environment);
    const client = controller === 'github' ? undefined : new KubeClient(await loadClusterAccess({ kubeconfig: inputs.kubeconfig }));
    const reader = client && controller !== 'github' ? kubeReader(client, controller, inputs['wait-namespace'] || DEFAULT_NAMESPACE[controller], name) : githubReader(inputs);
    const clock = { now: () => Date.now(), sleep: (ms) => new Promise((r) => setTimeout(r, ms)) };
    const pollMs = Math.min(2000, Math.max(100, Math.floor(inputs.settle / 3) || 100));
    const deps = {
        wait: (target) => waitForController(typeof reader === 'function' ? reader(target) : reader, { controller, name, target, timeoutMs: inputs['wait-timeout'], settleMs: inputs.settle, pollMs }, clock, (line) => lib_core/* info */.pq(`${controller === 'argocd' ? 'Argo CD' : controller === 'flux' ? 'Flux' : 'GitHub'}: ${line}`)),
    };
    const url = inputs['verify-url'];
    const command = inputs['verify-command'];
    if (url || command) {
        deps.verify = async (digest) => {
            const http = url
                ? await httpCheck({
                    url,
                    requests: inputs['verify-requests'],
                    minSuccessRate: inputs['verify-success-rate'],
                    maxLatencyMs: inputs['verify-max-latency'],
                    intervalMs: 200,
                })
                : undefined;
            if (http && !http.ok)
                return http;
            if (!command)
                return http;
            const run = await commandCheck(exec, command, { BASE_URL: inputs['environment-url'], DIGEST: digest, ENVIRONMENT: inputs.environment }, cwd);
            return http ? { ok: run.ok, summary: `${http.summary}; ${run.summary}` } : run;
        };
    }
    return { deps, close: () => client?.close() };
}
/**
 * For runners that cannot reach the cluster: what the controller's notifier wrote on GitHub
 * about the GitOps commit, in the GitOps repository (read with gitops-token, else github-token).
 */
function githubReader(inputs) {
    const repo = (0,run/* gitopsRepoFrom */.T)(inputs['gitops-repo']);
    if (!repo)
        throw new src/* UserError */.yo(`Input "wait-for" is github, but gitops-repo "${inputs['gitops-repo']}" names no GitHub repository. Expected a URL such as https://github.com/octo-org/gitops-config.git.`);
    const gh = (0,client/* createRestClient */.m)(inputs['gitops-token'] || inputs['github-token']);
    return (target) => ({
        read: () => readGitHubSignals(gh, repo, target.commit, inputs.environment),
        refresh: async () => undefined,
        pods: async () => ({ count: 0, problems: [] }),
    });
}


/***/ })

};

export const id = 693;
export const ids = [693];
export const modules = {

/***/ 1693:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  liveView: () => (/* binding */ liveView)
});

// UNUSED EXPORTS: pinnedDigest, podDigests

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ../kit/src/index.ts + 4 modules
var src = __webpack_require__(1856);
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






;// CONCATENATED MODULE: ./src/live.ts





/** Pure: the digest a GitOps file pins for `image` (kustomize images entry, Helm image.digest, or a manifest's image: name@digest). */
function pinnedDigest(text, image) {
    const name = image.split('/').pop();
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const inline = /image:\s*["']?([^\s"'#]+)@(sha256:[0-9a-f]{64})/.exec(lines[i]);
        if (inline && inline[1].split('/').pop() === name)
            return inline[2];
        const entry = /^\s*-?\s*(?:name|newName|repository):\s*["']?([^\s"'#]+)/.exec(lines[i]);
        if (entry && entry[1].split('/').pop() === name) {
            // The digest belongs to the same entry: the next few lines, before another entry starts.
            for (const next of lines.slice(i + 1, i + 5)) {
                if (/^\s*-\s/.test(next))
                    break;
                const digest = /digest:\s*["']?(sha256:[0-9a-f]{64})/.exec(next);
                if (digest)
                    return digest[1];
            }
        }
    }
    return undefined;
}
/** Pure: the digests of the pods whose containers run the service's image (from imageID, else the image). */
function podDigests(pods, image) {
    const name = image.split('/').pop();
    const found = [];
    for (const pod of pods) {
        const statuses = (pod.status ?? {}).containerStatuses ?? [];
        for (const c of statuses) {
            const ref = /@sha256:/.test(c.imageID ?? '') ? c.imageID : (c.image ?? '');
            const m = /([^/@\s]+)@(sha256:[0-9a-f]{64})$/.exec(ref.replace(/^docker-pullable:\/\//, ''));
            if (m && m[1].split(':')[0] === name)
                found.push(m[2]);
        }
    }
    return found;
}
/**
 * Reads Git (one shallow clone of the GitOps repository) and the cluster (pods in the
 * environment's namespace), for /status and the drift check. Either may be absent.
 */
async function liveView(opts) {
    let checkout;
    const clone = async () => {
        const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'chatops-gitops-'));
        const env = { ...process.env, GIT_TERMINAL_PROMPT: '0' };
        if (opts.gitopsToken && /^https?:\/\//.test(opts.gitopsRepo)) {
            const basic = Buffer.from(`x-access-token:${opts.gitopsToken}`).toString('base64');
            (0,src/* registerSecret */.cl)(basic);
            Object.assign(env, { GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: 'http.extraheader', GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${basic}` });
        }
        await opts.exec('git', ['clone', '--quiet', '--depth', '1', '--no-tags', opts.gitopsRepo, (0,external_node_path_.join)(dir, 'repo')], { env, stream: false });
        return (0,external_node_path_.join)(dir, 'repo');
    };
    const client = opts.kubeconfig ? new KubeClient(await loadClusterAccess({ kubeconfig: opts.kubeconfig })) : undefined;
    const view = {
        git: async (name, environment) => {
            const service = opts.services.get(name);
            if (!opts.gitopsRepo || !service?.gitopsPath)
                return undefined;
            const root = (0,external_node_path_.join)(await (checkout ??= clone()), service.gitopsPath.replaceAll('{environment}', environment));
            const info = await (0,promises_.stat)(root).catch(() => undefined);
            if (!info)
                return undefined;
            const files = info.isDirectory()
                ? (await (0,promises_.readdir)(root))
                    .filter((f) => /\.ya?ml$/.test(f))
                    .sort()
                    .map((f) => (0,external_node_path_.join)(root, f))
                : [root];
            for (const file of files) {
                const digest = pinnedDigest(await (0,promises_.readFile)(file, 'utf8'), service.image);
                if (digest)
                    return digest;
            }
            return undefined;
        },
        running: async (name, environment) => {
            const service = opts.services.get(name);
            if (!client || !service)
                return undefined;
            const namespace = (opts.namespace || '{service}-{environment}').replaceAll('{service}', name).replaceAll('{environment}', environment);
            const pods = await client.list(`/api/v1/namespaces/${encodeURIComponent(namespace)}/pods`).catch(() => undefined);
            return pods
                ? podDigests(pods.items.filter((p) => p.status?.phase !== 'Succeeded'), service.image)
                : undefined;
        },
    };
    return {
        view,
        close: async () => {
            client?.close();
            if (checkout)
                await (0,promises_.rm)((0,external_node_path_.join)(await checkout, '..'), { recursive: true, force: true });
        },
    };
}


/***/ })

};

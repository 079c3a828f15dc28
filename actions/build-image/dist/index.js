import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 3887:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cna_kit__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8488);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(395);


await (0,_cna_kit__WEBPACK_IMPORTED_MODULE_0__/* .runMain */ .VN)(() => (0,_main_js__WEBPACK_IMPORTED_MODULE_1__/* .main */ .i)());

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 395:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
// EXTERNAL MODULE: ../../node_modules/.pnpm/@actions+core@3.0.1_patch_hash=9b112b2e8afea31ab3564ad1e82f30cc25e3a12d31df5f2d490c87d9dd4297e9/node_modules/@actions/core/lib/core.js + 14 modules
var core = __nccwpck_require__(939);
// EXTERNAL MODULE: ../kit/src/index.ts + 6 modules
var src = __nccwpck_require__(8488);
;// CONCATENATED MODULE: ../kit/src/required-checks/checks.ts
/** The five gates branch protection requires (docs/required-checks.md). */
const DEFAULT_REQUIRED_CHECKS = ['unit-tests', 'integration-tests', 'security-scan', 'code-quality', 'peer-review'];
/** The check that decides for `name`: the newest; a run not yet completed is newer than any completed one. */
function latestCheck(name, checks) {
    const key = (c) => (c.status === 'completed' ? String(c.completedAt ?? '') : '\uffff');
    return checks.filter((c) => c.name === name).sort((a, b) => key(b).localeCompare(key(a)))[0];
}
/** What a check concluded, in one word: success, failure, …, pending, or missing. */
function checkOutcome(name, checks) {
    const latest = latestCheck(name, checks);
    if (!latest)
        return 'missing';
    if (latest.status !== 'completed')
        return latest.status;
    return latest.conclusion ?? 'none';
}
function checks_evaluateRequiredChecks(required, checks) {
    const problems = [];
    for (const name of required) {
        // The newest run decides: a re-run that passed replaces an earlier failure.
        const latest = latestCheck(name, checks);
        if (!latest)
            problems.push(`${name}: missing (no check run or status with that name on the commit)`);
        else if (latest.status !== 'completed')
            problems.push(`${name}: still ${latest.status}`);
        else if (latest.conclusion !== 'success')
            problems.push(`${name}: concluded ${latest.conclusion ?? 'without a conclusion'}`);
    }
    return { ok: problems.length === 0, problems };
}
/** Check runs (every run, not only the latest per app) and commit statuses of a commit, as one list. */
async function listChecks(gh, repo, sha) {
    const runs = await gh.paginate('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', { ...repo, ref: sha, per_page: 100, filter: 'all' });
    const statuses = await gh.paginate('GET /repos/{owner}/{repo}/commits/{ref}/statuses', { ...repo, ref: sha, per_page: 100 });
    return [
        ...runs.map((r) => ({ name: r.name, status: r.status, conclusion: r.conclusion, completedAt: r.completed_at })),
        ...statuses.map((s) => ({ name: s.context, status: s.state === 'pending' ? 'in_progress' : 'completed', conclusion: s.state, completedAt: s.updated_at })),
    ];
}

;// CONCATENATED MODULE: ../kit/src/required-checks/evidence.ts

/**
 * Gate evidence: the record build-image leaves on a commit of the base branch when it
 * adopts the image that the gates passed on the pull request head, and that promote reads
 * back and re-verifies. Anyone with checks: write can create a check run, so the record is
 * a pointer to facts that are checked again, never a verdict that is trusted. Pure.
 */
const GATE_EVIDENCE_CHECK = 'gate-evidence';
const evidence_short = (sha) => sha.slice(0, 7);
function evidenceTitle(e) {
    return `Gated on #${e.pullRequest} (head ${evidence_short(e.headSha)}), same tree`;
}
/** Title, markdown summary and the text that carries the one fenced JSON block promote parses. */
function renderEvidence(e, image) {
    const rows = [
        ['pull request', `#${e.pullRequest}`],
        ['head SHA', `\`${e.headSha}\``],
        ['tree', `\`${e.tree}\` (same on the head and on this commit)`],
        ['digest', `\`${image}@${e.digest}\``],
        ...Object.entries(e.checks).map(([name, conclusion]) => [`check \`${name}\``, conclusion]),
    ];
    const summary = [
        `The image of pull request #${e.pullRequest} was adopted for this commit instead of being rebuilt: this commit has the same git tree as the head the gates passed on.`,
        '',
        '| | |',
        '|---|---|',
        ...rows.map(([a, b]) => `| **${a}** | ${b} |`),
        '',
    ].join('\n');
    const text = ['```json', JSON.stringify(e, null, 2), '```', ''].join('\n');
    return { title: evidenceTitle(e), summary, text };
}
const SHA = /^[0-9a-f]{40}$/;
const evidence_DIGEST = /^sha256:[a-f0-9]{64}$/;
/** The evidence in a check run's `output.text`, or undefined when there is none or it is malformed. */
function parseEvidence(text) {
    const blocks = [...(text ?? '').matchAll(/```json\s*\n([\s\S]*?)\n```/g)];
    if (blocks.length !== 1)
        return undefined;
    let data;
    try {
        data = JSON.parse(blocks[0][1]);
    }
    catch {
        return undefined;
    }
    const e = data;
    if (!Number.isInteger(e.pullRequest) || typeof e.headSha !== 'string' || !SHA.test(e.headSha) || typeof e.tree !== 'string' || !SHA.test(e.tree))
        return undefined;
    if (typeof e.digest !== 'string' || !evidence_DIGEST.test(e.digest) || !e.checks || typeof e.checks !== 'object')
        return undefined;
    const checks = Object.fromEntries(Object.entries(e.checks).filter((entry) => typeof entry[1] === 'string'));
    return { pullRequest: e.pullRequest, headSha: e.headSha, tree: e.tree, digest: e.digest, checks };
}
function decideAdoption(f) {
    const onSha = checks_evaluateRequiredChecks(f.required, f.checksOnSha);
    if (f.shaDigest && onSha.ok) {
        return {
            kind: 'reuse',
            digest: f.shaDigest,
            gatedSha: f.sha,
            reason: `the image for ${evidence_short(f.sha)} exists and the required checks passed on ${evidence_short(f.sha)} itself`,
        };
    }
    const pull = f.pull;
    if (!pull)
        return { kind: 'build', reason: `no pull request was merged as ${evidence_short(f.sha)}` };
    const head = `#${pull.number} head ${evidence_short(pull.headSha)}`;
    if (!f.shaTree || !f.headTree || f.shaTree !== f.headTree) {
        return {
            kind: 'build',
            reason: `the tree of ${evidence_short(f.sha)} (${f.shaTree ?? 'unknown'}) differs from the tree of ${head} (${f.headTree ?? 'unknown'}): the branch was behind its base when it merged, so the merged content was never gated`,
        };
    }
    const onHead = checks_evaluateRequiredChecks(f.required, f.checksOnHead ?? []);
    if (!onHead.ok)
        return { kind: 'build', reason: `the required checks did not all pass on ${head}: ${onHead.problems.join('; ')}` };
    if (!f.headDigest)
        return { kind: 'build', reason: `there is no image for ${head} (tag ${pull.headSha}) in the registry` };
    if (f.shaDigest && f.shaDigest !== f.headDigest) {
        return {
            kind: 'conflict',
            existing: f.shaDigest,
            wanted: f.headDigest,
            reason: `the tag ${f.sha} already names ${f.shaDigest}, not the gated image ${f.headDigest} of ${head}`,
        };
    }
    const checks = Object.fromEntries(f.required.map((name) => [name, checkOutcome(name, f.checksOnHead ?? [])]));
    return {
        kind: 'adopt',
        digest: f.headDigest,
        gatedSha: pull.headSha,
        evidence: { pullRequest: pull.number, headSha: pull.headSha, tree: f.headTree, digest: f.headDigest, checks },
        reason: `${f.sha.slice(0, 7)} is pull request ${head} merged with the same tree, every required check passed on the head, and its image exists`,
    };
}
function verifyEvidence(f) {
    const e = f.evidence;
    const problems = [];
    if (f.shaTree !== e.tree)
        problems.push(`tree: the source commit has tree ${f.shaTree}, the evidence claims ${e.tree}`);
    if (f.headTree !== e.tree)
        problems.push(`tree: head ${evidence_short(e.headSha)} of #${e.pullRequest} has tree ${f.headTree}, the evidence claims ${e.tree}`);
    const onHead = evaluateRequiredChecks(f.required, f.checksOnHead);
    for (const problem of onHead.problems)
        problems.push(`check on head ${evidence_short(e.headSha)}: ${problem}`);
    if (f.digest !== e.digest)
        problems.push(`digest: promoting ${f.digest}, the evidence names ${e.digest}`);
    return { ok: problems.length === 0, problems };
}

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
    return isRecord(payload) ? payload : undefined;
}
/** The HTTP status of an Octokit RequestError (or anything with a numeric `status`), else undefined. */
function errorStatus(error) {
    return (0,guards/* isRecord */.u4)(error) && typeof error.status === 'number' ? error.status : undefined;
}

// EXTERNAL MODULE: ../kit/src/github/client.ts
var client = __nccwpck_require__(5057);
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
        files.push((0,external_node_path_namespaceObject.join)(env.XDG_RUNTIME_DIR, 'containers', 'auth.json'));
    files.push((0,external_node_path_namespaceObject.join)(env.DOCKER_CONFIG ?? (0,external_node_path_namespaceObject.join)(env.HOME ?? (0,external_node_os_namespaceObject.homedir)(), '.docker'), 'config.json'));
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
            config = JSON.parse(await (0,promises_namespaceObject.readFile)(file, 'utf8'));
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






// EXTERNAL MODULE: ../kit/src/secrets.ts
var secrets = __nccwpck_require__(951);
;// CONCATENATED MODULE: ../kit/src/check-run/trim.ts
/**
 * Byte-exact trimming for the places GitHub limits by size: a check run's output summary
 * and text (65,535 bytes each) and the job summary (1 MiB). Cuts at a line boundary when
 * one is near, never inside a UTF-8 character, and says what was cut.
 */
const CHECK_OUTPUT_LIMIT = 65_535;
const JOB_SUMMARY_LIMIT = (/* unused pure expression or super */ null && (1024 * 1024));
function byteLength(text) {
    return Buffer.byteLength(text, 'utf8');
}
/**
 * Trims `text` to at most `limit` UTF-8 bytes, note included. `where` names what the reader
 * should look at for the rest (e.g. "the job summary").
 */
function trimToBytes(text, limit, where = '') {
    const total = byteLength(text);
    if (total <= limit)
        return { text, trimmed: false, cutBytes: 0, cutLines: 0 };
    const bytes = Buffer.from(text, 'utf8');
    // The note's length depends on the numbers in it; reserve for the longest it can be.
    const reserve = byteLength(note(total, total, where)) + 2;
    let end = Math.max(0, limit - reserve);
    // Step back to a UTF-8 character start (continuation bytes are 10xxxxxx).
    while (end > 0 && (bytes[end] & 0xc0) === 0x80)
        end--;
    const newline = bytes.lastIndexOf(0x0a, end - 1);
    if (newline >= 0 && end - newline < 4096)
        end = newline + 1;
    const kept = bytes.subarray(0, end).toString('utf8');
    const cut = bytes.subarray(end).toString('utf8');
    const cutLines = cut.split('\n').filter((line) => line !== '').length;
    const cutBytes = total - end;
    const out = `${kept}${kept.endsWith('\n') || kept === '' ? '' : '\n'}\n${note(cutBytes, cutLines, where)}`;
    return { text: out, trimmed: true, cutBytes, cutLines };
}
function note(cutBytes, cutLines, where) {
    return `> **Trimmed:** ${cutLines} line(s), ${cutBytes} bytes, were cut to fit GitHub's size limit${where ? `; see ${where} for the rest` : ''}.`;
}
/** The job summary as GitHub accepts it (at most 1 MiB per step), with a note when cut. */
function trimJobSummary(markdown) {
    return trimToBytes(markdown, JOB_SUMMARY_LIMIT, 'the report files').text;
}

;// CONCATENATED MODULE: ../kit/src/check-run/check-run.ts





/** GitHub accepts at most 50 annotations per create or update request. */
const ANNOTATION_BATCH = 50;
const DEFAULT_MAX_ANNOTATIONS = 1000;
/** Workflow-command annotations beyond this are not shown by GitHub anyway (10 per type per step). */
const MAX_COMMAND_ANNOTATIONS = 50;
// GitHub's limits on one annotation's fields.
const MESSAGE_LIMIT = 64 * 1024 - 1;
const TITLE_LIMIT = 255;
async function publishGateReport(report, target) {
    if (!target.client) {
        core/* notice */.lm(`No GitHub token: the "${report.checkName}" check run is not written; the results are reported as annotations and in the job summary.`);
        return publishAsAnnotations(report, target.maxAnnotations);
    }
    try {
        return await writeCheckRun(target.client, report, target);
    }
    catch (error) {
        const status = errorStatus(error);
        if (status !== 403)
            throw error;
        core/* notice */.lm(`The token cannot write checks (403 ${(0,secrets/* redact */.E$)(firstLineOf(error))}), as on pull requests from forks: ` +
            `the "${report.checkName}" check run is not written; the results are reported as annotations and in the job summary. ` +
            'Grant "checks: write" to report a check run.');
        return publishAsAnnotations(report, target.maxAnnotations);
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
    const summary = trimToBytes((0,secrets/* redact */.E$)(report.summary) + summaryNote, CHECK_OUTPUT_LIMIT, 'the job summary');
    const text = report.text === undefined ? undefined : trimToBytes((0,secrets/* redact */.E$)(report.text), CHECK_OUTPUT_LIMIT, 'the job summary');
    const output = (batch) => ({
        title: truncate((0,secrets/* redact */.E$)(report.title), 1000),
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
            core/* info */.pq(`The existing "${report.checkName}" check run shows annotations that no longer apply; a new check run replaces it.`);
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
    core/* info */.pq(`check run "${report.checkName}" (${report.conclusion}) on ${target.headSha} with ${report.annotations.length - cutAnnotations} annotation(s)`);
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
        message: truncate((0,secrets/* redact */.E$)(a.message), MESSAGE_LIMIT) || a.annotation_level,
        ...(a.title ? { title: truncate((0,secrets/* redact */.E$)(a.title), TITLE_LIMIT) } : {}),
        ...(a.raw_details ? { raw_details: truncate((0,secrets/* redact */.E$)(a.raw_details), MESSAGE_LIMIT) } : {}),
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
function publishAsAnnotations(report, max = MAX_COMMAND_ANNOTATIONS) {
    const shown = report.annotations.slice(0, Math.max(0, Math.min(max, MAX_COMMAND_ANNOTATIONS)));
    for (const a of shown) {
        const props = { file: a.path, startLine: a.start_line, endLine: a.end_line, ...(a.title ? { title: (0,secrets/* redact */.E$)(a.title) } : {}) };
        const message = (0,secrets/* redact */.E$)(a.message);
        if (a.annotation_level === 'failure')
            core/* error */.z3(message, props);
        else if (a.annotation_level === 'warning')
            core/* warning */.$e(message, props);
        else
            core/* notice */.lm(message, props);
    }
    const cut = report.annotations.length - shown.length;
    if (cut > 0)
        core/* notice */.lm(`${cut} more annotation(s) are not shown here; see the job summary and the report files.`);
    return { mode: 'annotations-only', trimmed: cut > 0 };
}
/** The first line of an error's message, at most 200 characters, for a notice. */
function firstLineOf(error) {
    return (0,guards/* errorMessage */.gJ)(error).split('\n')[0].slice(0, 200);
}

// EXTERNAL MODULE: ../kit/src/context.ts
var context = __nccwpck_require__(6165);
;// CONCATENATED MODULE: ../kit/src/check-run/head-sha.ts

/**
 * The commit a gate reports on. On pull request events GITHUB_SHA is GitHub's merge commit,
 * which no reviewer sees and branch protection does not read: the check run must land on
 * the PR head instead.
 */
function head_sha_headShaOf(context) {
    // pull_request, pull_request_target, pull_request_review, pull_request_review_comment.
    if (context.eventName.startsWith('pull_request')) {
        const sha = payloadString(context.payload, 'pull_request', 'head', 'sha');
        if (sha)
            return sha;
    }
    return context.sha;
}

;// CONCATENATED MODULE: ../kit/src/check-run/target.ts

/**
 * Where a gate reports: the check run on the commit under test (the PR head on pull
 * requests). Octokit is loaded only when there is a token to use it with, and only at the
 * first request, so large reports are parsed without its code in memory.
 */
function gateReportTarget(context, token) {
    const [owner = '', repo = ''] = context.repository.split('/');
    let octokit;
    const client = token && owner && repo
        ? {
            request: async (route, params) => {
                octokit ??= Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 5057)).then((m) => m.createRestClient(token));
                return (await octokit).request(route, params);
            },
        }
        : undefined;
    return { ...(client ? { client } : {}), owner, repo, headSha: headShaOf(context), ...(context.runUrl ? { detailsUrl: context.runUrl } : {}) };
}

;// CONCATENATED MODULE: ../kit/src/check-run/index.ts





;// CONCATENATED MODULE: ../kit/src/required-checks/merged-pull.ts
/** Pure: the pull request of `pulls` that was merged as `sha`, if any. */
function mergedPullOf(pulls, sha) {
    const pull = pulls.find((p) => Boolean(p.merged_at) && p.merge_commit_sha === sha);
    return pull && { number: pull.number, headSha: pull.head.sha, baseRef: pull.base.ref };
}
async function findMergedPull(gh, repo, sha) {
    const pulls = await gh.paginate('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', { ...repo, commit_sha: sha, per_page: 100 });
    return mergedPullOf(pulls, sha);
}
/** The git tree SHA of a commit: two commits with the same tree hold the same files, byte for byte. */
async function commitTree(gh, repo, ref) {
    const { data } = await gh.request('GET /repos/{owner}/{repo}/commits/{ref}', { ...repo, ref, per_page: 1 });
    return data.commit.tree.sha;
}
/** The pull request of a merge queue branch, `gh-readonly-queue/<base>/pr-<N>-<sha>`. Pure. */
function queuePullNumber(headRef) {
    const m = /^(?:refs\/heads\/)?gh-readonly-queue\/.+\/pr-(\d+)-[0-9a-f]{40}$/.exec(headRef);
    return m ? Number(m[1]) : undefined;
}

;// CONCATENATED MODULE: ./src/adopt.ts



/** The events on which a commit may adopt the image gated on its pull request. */
const ADOPT_EVENTS = ['push', 'merge_group'];
/**
 * The pull request whose head the commit may stand for: on push, the one merged as the
 * commit; on merge_group, the one named in the queue branch (`gh-readonly-queue/<base>/pr-<N>-<sha>`).
 */
async function pullOf(gh, repo, sha, context) {
    if (context.eventName === 'merge_group') {
        const headRef = (0,src/* payloadString */.Up)(context.payload, 'merge_group', 'head_ref');
        const number = headRef === undefined ? undefined : queuePullNumber(headRef);
        if (!number)
            return undefined;
        const { data } = await gh.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', { ...repo, pull_number: number });
        return { number: data.number, headSha: data.head.sha, baseRef: data.base.ref };
    }
    return findMergedPull(gh, repo, sha);
}
/**
 * Everything decideAdoption needs, read from the registry and GitHub. The head's facts are
 * read only when there is a pull request to read them for.
 */
async function gatherAdoptionFacts(deps, sha, required, context) {
    const { gh, repo, registry, repository } = deps;
    const [shaDigest, checksOnSha, pull] = await Promise.all([registry.headManifest(repository, sha), listChecks(gh, repo, sha), pullOf(gh, repo, sha, context)]);
    const facts = { sha, required, checksOnSha, ...(shaDigest ? { shaDigest } : {}) };
    if (!pull)
        return facts;
    const [shaTree, headTree, checksOnHead, headDigest] = await Promise.all([
        commitTree(gh, repo, sha),
        commitTree(gh, repo, pull.headSha),
        listChecks(gh, repo, pull.headSha),
        registry.headManifest(repository, pull.headSha),
    ]);
    return { ...facts, pull, shaTree, headTree, checksOnHead, ...(headDigest ? { headDigest } : {}) };
}
/** Why adopt cannot run at all, as an input error; undefined when it can. Pure. */
function adoptBlocker(opts) {
    if (!opts.push)
        return new src/* InputError */.dz('adopt', 'is true while "push" is false, but adopting writes the commit-SHA tag in the registry', 'push: true, or adopt: false');
    if (!opts.token)
        return new src/* InputError */.dz('github-token', 'is empty while "adopt" is true, so the gates and the pull request cannot be read', 'a token with contents, pull-requests and statuses read and checks write (the default github.token)');
    if (!parseRepo(opts.repository))
        return new src/* InputError */.dz('adopt', 'is true, but GITHUB_REPOSITORY is not set, so the pull request cannot be looked up', 'a run inside GitHub Actions, or adopt: false');
    return undefined;
}

;// CONCATENATED MODULE: ./src/auth-config.ts




/**
 * Credentials given as inputs go into a private Docker config in the run's temp dir, never
 * into the user's own config and never onto a command line. It keeps the user's existing
 * logins and links their buildx builders and CLI plugins, so `docker buildx` still finds
 * the builder that docker/setup-buildx-action made.
 */
async function writeAuthConfig(opts) {
    const userDir = opts.env.DOCKER_CONFIG ?? (0,external_node_path_namespaceObject.join)(opts.env.HOME ?? (0,external_node_os_namespaceObject.homedir)(), '.docker');
    const config = await readJsonObject((0,external_node_path_namespaceObject.join)(userDir, 'config.json'));
    const key = opts.registry === 'docker.io' ? 'https://index.docker.io/v1/' : opts.registry;
    const auth = Buffer.from(`${opts.username}:${opts.password}`).toString('base64');
    // Credential helpers would shadow the auth entry we write.
    const { credsStore: _store, credHelpers: _helpers, ...rest } = config;
    const auths = (0,src/* valueAt */.fK)(config, 'auths');
    const merged = { ...rest, auths: { ...((0,src/* isRecord */.u4)(auths) ? auths : {}), [key]: { auth } } };
    await (0,promises_namespaceObject.mkdir)(opts.dir, { recursive: true, mode: 0o700 });
    const authFile = (0,external_node_path_namespaceObject.join)(opts.dir, 'config.json');
    await (0,promises_namespaceObject.writeFile)(authFile, JSON.stringify(merged), { mode: 0o600 });
    for (const linked of ['buildx', 'cli-plugins', 'contexts']) {
        await (0,promises_namespaceObject.symlink)((0,external_node_path_namespaceObject.join)(userDir, linked), (0,external_node_path_namespaceObject.join)(opts.dir, linked)).catch(() => undefined);
    }
    return { dockerConfig: opts.dir, authFile };
}
/** A JSON file's top-level object; empty when the file is missing, unreadable or not an object. */
async function readJsonObject(path) {
    try {
        const doc = JSON.parse(await (0,promises_namespaceObject.readFile)(path, 'utf8'));
        return (0,src/* isRecord */.u4)(doc) ? doc : {};
    }
    catch {
        return {};
    }
}

;// CONCATENATED MODULE: ./src/argv.ts
function pairs(flag, values) {
    return values.flatMap(([key, value]) => [flag, `${key}=${value}`]);
}
function common(plan) {
    return [
        ...(plan.file ? ['--file', plan.file] : []),
        ...pairs('--build-arg', plan.buildArgs),
        ...pairs('--label', plan.labels),
        ...(plan.platforms.length > 0 ? ['--platform', plan.platforms.join(',')] : []),
    ];
}
/** buildah and podman take the same build flags. */
function buildahBuildArgs(plan) {
    return ['build', '--timestamp', String(plan.epoch), '--tag', plan.localTag, ...common(plan), '--iidfile', plan.iidFile, plan.context];
}
function buildahPushArgs(opts) {
    return [
        'push',
        ...(opts.authFile ? ['--authfile', opts.authFile] : []),
        ...(opts.tlsVerify ? [] : ['--tls-verify=false']),
        '--digestfile',
        opts.digestFile,
        opts.source,
        `docker://${opts.destination}`,
    ];
}
function dockerBuildArgs(plan) {
    return ['build', '--tag', plan.localTag, ...common(plan), '--iidfile', plan.iidFile, plan.context];
}
/**
 * buildx pushes by digest only (no tag): the tags are written afterwards through the
 * registry API, once we know that none of them would move to another digest.
 */
function buildxBuildArgs(plan) {
    const output = plan.push
        ? `type=image,name=${plan.image},push-by-digest=true,name-canonical=true,push=true,rewrite-timestamp=true`
        : plan.platforms.length > 1
            ? `type=image,name=${plan.image},push=false`
            : 'type=docker';
    return [
        'buildx',
        'build',
        ...(plan.push ? [] : ['--tag', plan.localTag]),
        ...common(plan),
        '--build-arg',
        `SOURCE_DATE_EPOCH=${plan.epoch}`,
        '--metadata-file',
        plan.metadataFile,
        '--iidfile',
        plan.iidFile,
        '--output',
        output,
        plan.context,
    ];
}
/** `docker push` ends with `<tag>: digest: sha256:… size: N`. */
function parseDockerPushDigest(output) {
    return /digest: (sha256:[a-f0-9]{64})/.exec(output)?.[1];
}
/** buildx's --metadata-file: `containerimage.digest` is the pushed manifest (or index). */
function parseBuildxMetadata(json) {
    const data = JSON.parse(json);
    const digest = data['containerimage.digest'];
    const config = data['containerimage.config.digest'];
    return {
        ...(typeof digest === 'string' ? { digest } : {}),
        ...(typeof config === 'string' ? { configDigest: config } : {}),
    };
}

;// CONCATENATED MODULE: ./src/builders.ts




async function readTrimmed(file) {
    const text = await (0,promises_namespaceObject.readFile)(file, 'utf8').catch(() => '');
    return text.trim() || undefined;
}
function dockerEnv(ctx) {
    return ctx.dockerConfig ? { ...ctx.env, DOCKER_CONFIG: ctx.dockerConfig } : ctx.env;
}
function containersTool(name, ctx) {
    return {
        name,
        pushesOnBuild: false,
        async build(plan) {
            await ctx.exec(name, buildahBuildArgs(plan), { env: ctx.env });
            return { imageId: await readTrimmed(plan.iidFile) };
        },
        async push(plan, destination) {
            const args = buildahPushArgs({
                source: plan.localTag,
                destination,
                digestFile: ctx.digestFile,
                tlsVerify: ctx.tlsVerify,
                ...(ctx.authFile ? { authFile: ctx.authFile } : {}),
            });
            await ctx.exec(name, args, { env: ctx.env });
            const digest = await readTrimmed(ctx.digestFile);
            if (!digest)
                throw new Error(`${name} push did not write a digest`);
            return digest;
        },
    };
}
function docker(ctx) {
    return {
        name: 'docker',
        pushesOnBuild: false,
        async build(plan) {
            await ctx.exec('docker', dockerBuildArgs(plan), { env: { ...dockerEnv(ctx), SOURCE_DATE_EPOCH: String(plan.epoch) } });
            return { imageId: await readTrimmed(plan.iidFile) };
        },
        async push(plan, destination) {
            if (destination !== plan.localTag)
                await ctx.exec('docker', ['tag', plan.localTag, destination], { env: dockerEnv(ctx) });
            const result = await ctx.exec('docker', ['push', destination], { env: dockerEnv(ctx) });
            const digest = parseDockerPushDigest(result.stdout + result.stderr);
            if (!digest)
                throw new Error('docker push did not report a digest');
            return digest;
        },
    };
}
function buildx(ctx) {
    return {
        name: 'buildx',
        pushesOnBuild: true,
        async build(plan) {
            await ctx.exec('docker', buildxBuildArgs(plan), { env: { ...dockerEnv(ctx), SOURCE_DATE_EPOCH: String(plan.epoch) } });
            const metadata = await readTrimmed(plan.metadataFile);
            const parsed = metadata ? parseBuildxMetadata(metadata) : {};
            const imageId = await readTrimmed(plan.iidFile);
            return { ...(imageId ? { imageId } : {}), ...(parsed.digest && plan.push ? { digest: parsed.digest } : {}) };
        },
        async push() {
            throw new Error('buildx pushes during the build');
        },
    };
}
function createBuilder(name, ctx) {
    switch (name) {
        case 'buildx':
            return buildx(ctx);
        case 'docker':
            return docker(ctx);
        case 'buildah':
        case 'podman':
            return containersTool(name, ctx);
    }
}
/** Probes that say whether a builder can work on this machine right now. */
async function builderWorks(name, env) {
    switch (name) {
        case 'buildx':
            return (await (0,src/* canRun */.Q2)('docker', ['buildx', 'version'], env)) && (0,src/* canRun */.Q2)('docker', ['info'], env);
        case 'docker':
            return (0,src/* canRun */.Q2)('docker', ['info'], env);
        case 'buildah':
        case 'podman':
            return (0,src/* canRun */.Q2)(name, ['--version'], env);
    }
}
const AUTO_ORDER = ['buildx', 'docker', 'buildah', 'podman'];
async function chooseBuilder(requested, works) {
    if (requested !== 'auto') {
        if (!(await works(requested))) {
            throw new src/* UserError */.yo(`Input "builder" is "${requested}", but ${requested} cannot run on this runner. Expected a builder that is installed and working (auto picks the first of ${AUTO_ORDER.join(', ')} that works).`);
        }
        return requested;
    }
    for (const name of AUTO_ORDER) {
        if (await works(name)) {
            core/* info */.pq(`builder: auto chose ${name} (the first that works of ${AUTO_ORDER.join(', ')})`);
            return name;
        }
    }
    throw new src/* UserError */.yo(`Input "builder" is "auto", but none of ${AUTO_ORDER.join(', ')} works on this runner. Expected a runner with Docker (with or without buildx), buildah or podman installed.`);
}
/** Only buildx builds several platforms into one image index in one run. Pure. */
function checkPlatforms(builder, platforms) {
    if (platforms.length > 1 && builder !== 'buildx' && builder !== 'auto') {
        throw new src/* UserError */.yo(`Input "platforms" lists ${platforms.length} platforms, but the ${builder} builder builds one platform per run. Expected one platform, or builder: buildx for multi-platform images.`);
    }
}

;// CONCATENATED MODULE: ./src/commit.ts

const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment'];
function resolveCommitSha(input, context) {
    if (input)
        return input;
    if (PULL_REQUEST_EVENTS.includes(context.eventName)) {
        const head = (0,src/* payloadString */.Up)(context.payload, 'pull_request', 'head', 'sha');
        if (head)
            return head;
    }
    return /^[0-9a-f]{40}$/.test(context.sha) ? context.sha : undefined;
}
/** The commit time from a push payload, as epoch seconds, when the payload describes this commit. */
function commitTimeFromPayload(sha, context) {
    const timestamp = (0,src/* payloadString */.Up)(context.payload, 'head_commit', 'timestamp');
    if (!timestamp || (0,src/* payloadString */.Up)(context.payload, 'head_commit', 'id') !== sha)
        return undefined;
    const ms = Date.parse(timestamp);
    return Number.isNaN(ms) ? undefined : Math.floor(ms / 1000);
}

;// CONCATENATED MODULE: ./src/inputs.ts



const BUILDERS = ['auto', 'buildx', 'docker', 'buildah', 'podman'];
/** Every input of action.yml, and only those: a contract test compares the two. */
const inputSpecs = {
    image: {
        parse(raw, name) {
            const value = (0,src/* text */.Qq)({ required: true, accepted: 'an image name such as ghcr.io/octo-org/sensor-api' }).parse(raw, name);
            const ref = parseReference(value);
            if (!ref || ref.tag || ref.digest) {
                throw new src/* InputError */.dz(name, `has an invalid value "${value}"`, 'an image name without tag or digest, lowercase, such as ghcr.io/octo-org/sensor-api');
            }
            return value;
        },
    },
    context: (0,src/* text */.Qq)({ default: '.' }),
    file: (0,src/* text */.Qq)(),
    builder: (0,src/* oneOf */.yL)(BUILDERS, 'auto'),
    push: (0,src/* bool */.lc)(true),
    sha: (0,src/* text */.Qq)({ pattern: /^[0-9a-f]{40}$/, accepted: 'a full 40-character lowercase hex commit SHA' }),
    tags: (0,src/* list */.p_)({ item: tagItem }),
    'build-args': (0,src/* keyValues */.K7)({ accepted: 'one KEY=VALUE build argument per line' }),
    labels: (0,src/* keyValues */.K7)({ accepted: 'one KEY=VALUE label per line' }),
    platforms: (0,src/* list */.p_)({ item: platformItem }),
    'registry-username': (0,src/* text */.Qq)(),
    'registry-password': (0,src/* secret */.rJ)(),
    adopt: (0,src/* bool */.lc)(false),
    'require-checks': {
        parse(raw, name) {
            const items = (0,src/* list */.p_)().parse(raw, name);
            return items.length > 0 ? items : [...DEFAULT_REQUIRED_CHECKS];
        },
    },
    'github-token': (0,src/* secret */.rJ)(),
};
function tagItem(tag, name) {
    if (tag.toLowerCase() === 'latest') {
        throw new src/* InputError */.dz(name, 'contains "latest", which is refused: it moves with every build, so nothing can be traced or rolled back by it', 'immutable tags such as v1.4.2 (the commit SHA tag is always added)');
    }
    if (!TAG.test(tag))
        throw new src/* InputError */.dz(name, `contains an invalid tag "${tag}"`, 'tags of letters, digits, "_", "." and "-", at most 128 characters, not starting with "." or "-"');
    return tag;
}
function platformItem(platform, name) {
    if (!/^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/.test(platform)) {
        throw new src/* InputError */.dz(name, `contains an invalid platform "${platform}"`, 'os/arch[/variant] entries such as linux/amd64,linux/arm64');
    }
    return platform;
}
function getInputs(source) {
    return (0,src/* readInputs */.Ko)(inputSpecs, source);
}

;// CONCATENATED MODULE: ./src/run.ts


class TagConflictError extends src/* UserError */.yo {
    name = 'TagConflictError';
}
/**
 * Builds once and tags without ever moving a tag. Every tag is looked up before anything
 * is pushed; a tag that already names other content stops the run with both digests, and
 * a tag that already names this image is a successful no-op, so re-runs are safe.
 */
async function run(request, deps) {
    const { builder, registry, plan } = deps;
    const { image, repository, sha, tags } = request;
    const shaTag = `${image}:${sha}`;
    const base = { shaTag, builder: builder.name, unchanged: [], written: [] };
    if (!request.push) {
        await builder.build(plan);
        core/* info */.pq('push is false: the image was built and not pushed, so it has no registry digest');
        return { ...base, digest: '', imageRef: '', tags: [] };
    }
    const existing = new Map();
    for (const tag of tags) {
        const digest = await registry.headManifest(repository, tag);
        if (digest)
            existing.set(tag, digest);
    }
    const built = await builder.build(plan);
    let digest;
    if (built.digest) {
        digest = built.digest;
        for (const [tag, current] of existing) {
            if (current !== digest)
                throw conflict(image, tag, current, `this build pushed ${digest} (untagged)`);
        }
    }
    else {
        for (const [tag, current] of existing) {
            if (current === built.imageId)
                continue;
            const manifest = await registry.getManifest(repository, current);
            if (!built.imageId || manifest?.json.config?.digest !== built.imageId) {
                throw conflict(image, tag, current, `this build produced image ${built.imageId ?? '(unknown id)'}`);
            }
        }
        const reuse = existing.get(sha) ?? existing.values().next().value;
        digest = reuse ?? (await builder.push(plan, shaTag));
        if (!reuse)
            base.written.push(sha);
    }
    const absent = tags.filter((tag) => !existing.has(tag) && !base.written.includes(tag));
    base.written.push(...(await writeTags(request, registry, digest, absent, 'after the push')));
    await verifyTags(request, registry, digest, base.written);
    base.unchanged.push(...[...existing.keys()]);
    return { ...base, digest, imageRef: `${image}@${digest}`, tags: tags.map((tag) => `${image}:${tag}`) };
}
/**
 * Tags an image that is already in the registry (the gated image adopted for a commit)
 * without building: every tag is looked up first, one that names other content stops the
 * run before anything is written, and the absent ones get the manifest's own bytes, so they
 * name the very same digest. `source` says where the digest came from, for the conflict message.
 */
async function tagExisting(request, registry, digest, source) {
    const { image, repository, sha, tags } = request;
    const existing = new Map();
    for (const tag of tags) {
        const current = await registry.headManifest(repository, tag);
        if (!current)
            continue;
        if (current !== digest)
            throw conflict(image, tag, current, `${source} is ${digest}`);
        existing.set(tag, current);
    }
    const written = await writeTags(request, registry, digest, tags.filter((tag) => !existing.has(tag)), 'to adopt');
    await verifyTags(request, registry, digest, written);
    return {
        digest,
        imageRef: `${image}@${digest}`,
        tags: tags.map((tag) => `${image}:${tag}`),
        shaTag: `${image}:${sha}`,
        builder: '',
        unchanged: [...existing.keys()],
        written,
    };
}
async function writeTags(request, registry, digest, absent, when) {
    if (absent.length === 0)
        return [];
    // Tags are written with the manifest's own bytes, so every tag names the same digest.
    const manifest = await registry.getManifest(request.repository, digest);
    if (!manifest)
        throw new Error(`${request.image}@${digest} is not in the registry ${when}`);
    for (const tag of absent)
        await registry.putManifest(request.repository, tag, manifest);
    return [...absent];
}
async function verifyTags(request, registry, digest, written) {
    for (const tag of written) {
        const now = await registry.headManifest(request.repository, tag);
        if (now !== digest)
            throw new Error(`${request.image}:${tag} names ${now ?? 'nothing'} after tagging, not ${digest}: another run may have pushed it at the same time`);
    }
}
function conflict(image, tag, current, ours) {
    return new TagConflictError(`Tag ${image}:${tag} already exists with digest ${current}, and ${ours}. Tags are never moved to another digest, so the registry was left untouched. Expected a tag that does not exist yet, or the same content (re-running the same commit).`);
}

;// CONCATENATED MODULE: ./src/summary.ts

function tagRows(result) {
    return result.tags.map((ref) => {
        const tag = ref.slice(ref.lastIndexOf(':') + 1);
        return [(0,src/* code */.aY)(ref), result.written.includes(tag) ? (result.builder ? 'pushed' : 'written (same digest)') : 'already there, same digest'];
    });
}
/** Why a commit was or was not adopted, as the first lines of the summary. */
function adoptionLines(decision) {
    if (!decision)
        return [];
    if (decision.kind === 'build')
        return [`> **Not adopted:** ${decision.reason}. The image was built for this commit, and the workflow gates it itself.`, ''];
    return [];
}
function buildSummary(result, decision) {
    if (decision?.kind === 'adopt') {
        const e = decision.evidence;
        return [
            '### Image adopted, not rebuilt',
            '',
            `This commit is pull request #${e.pullRequest} merged with the same git tree as its head ${(0,src/* code */.aY)(e.headSha)}, the commit the gates passed on; its image now also carries this commit's tag:`,
            '',
            '```',
            result.imageRef,
            '```',
            '',
            `Why: ${decision.reason}.`,
            '',
            (0,src/* markdownTable */.Qj)(['', ''], [['**tree**', (0,src/* code */.aY)(e.tree)], ...Object.entries(e.checks).map(([name, conclusion]) => [`**${name}** on the head`, conclusion])]),
            '',
            (0,src/* markdownTable */.Qj)(['tag', 'state'], tagRows(result)),
            '',
            'The evidence is recorded on this commit as the `gate-evidence` check run, which promote re-verifies.',
            '',
        ].join('\n');
    }
    if (decision?.kind === 'reuse') {
        return [
            '### Image reused, not rebuilt',
            '',
            `Why: ${decision.reason}.`,
            '',
            '```',
            result.imageRef,
            '```',
            '',
            (0,src/* markdownTable */.Qj)(['tag', 'state'], tagRows(result)),
            '',
        ].join('\n');
    }
    if (!result.digest) {
        return [
            ...adoptionLines(decision),
            `### Image built (not pushed)\n\nBuilt with **${result.builder}**; \`push\` is false, so there is no registry digest.\n\nCommit tag: ${(0,src/* code */.aY)(result.shaTag)}\n`,
        ].join('\n');
    }
    return [
        ...adoptionLines(decision),
        '### Image built and pushed',
        '',
        `Built once with **${result.builder}**, pinned by digest:`,
        '',
        '```',
        result.imageRef,
        '```',
        '',
        (0,src/* markdownTable */.Qj)(['tag', 'state'], tagRows(result)),
        '',
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/tags.ts
/**
 * The tags an image gets: the full commit SHA first (the one every later step can trace
 * back to source), then the extra tags, without duplicates. `latest` is refused earlier,
 * at input reading. Pure.
 */
function imageTags(sha, extra) {
    return [...new Set([sha, ...extra])];
}
function ociLabels(opts) {
    const labels = new Map([['org.opencontainers.image.revision', opts.sha]]);
    if (opts.source)
        labels.set('org.opencontainers.image.source', opts.source);
    labels.set('org.opencontainers.image.created', opts.created.toISOString().replace(/\.\d{3}Z$/, 'Z'));
    // A user's own label wins, except the revision: it must always name the commit built.
    for (const [key, value] of opts.extra)
        if (key !== 'org.opencontainers.image.revision')
            labels.set(key, value);
    return [...labels];
}

;// CONCATENATED MODULE: ./src/main.ts



















/** The only place with process-level effects: inputs in, collaborators built, outputs out. */
async function main(env = process.env) {
    const inputs = getInputs();
    (0,src/* registerCredentials */.WR)(inputs['registry-username'], inputs['registry-password']);
    (0,src/* registerSecret */.cl)(inputs['github-token']);
    if (Boolean(inputs['registry-username']) !== Boolean(inputs['registry-password'])) {
        throw new src/* InputError */.dz(inputs['registry-username'] ? 'registry-password' : 'registry-username', 'is empty while the other credential input is set', 'both registry-username and registry-password, or neither (to use the existing Docker login)');
    }
    const context = (0,src/* readRunContext */.$p)(env);
    const sha = resolveCommitSha(inputs.sha, context);
    if (!sha)
        throw new src/* InputError */.dz('sha', 'is empty and the event gave no commit SHA (GITHUB_SHA)', 'a full 40-character lowercase hex commit SHA');
    const { registry, repository } = parseReference(inputs.image);
    const tags = imageTags(sha, inputs.tags);
    const temp = await (0,promises_namespaceObject.mkdtemp)((0,external_node_path_namespaceObject.join)(context.tempDir || (0,external_node_os_namespaceObject.tmpdir)(), 'build-image-'));
    try {
        const auth = inputs['registry-username']
            ? await writeAuthConfig({ dir: (0,external_node_path_namespaceObject.join)(temp, 'docker'), registry, username: inputs['registry-username'], password: inputs['registry-password'], env })
            : undefined;
        const credentials = inputs['registry-username']
            ? { username: inputs['registry-username'], password: inputs['registry-password'] }
            : await credentialsFromAuthFiles(registry, env);
        const registryClient = new RegistryClient({ registry, ...(credentials ? { credentials } : {}) });
        const request = { image: inputs.image, repository, sha, tags, push: inputs.push };
        let decision;
        let result;
        if (inputs.adopt && ADOPT_EVENTS.includes(context.eventName)) {
            const blocker = adoptBlocker({ token: inputs['github-token'], repository: context.repository, push: inputs.push });
            if (blocker)
                throw blocker;
            const gh = (0,client.createRestClient)(inputs['github-token']);
            decision = await decide(gh, inputs['require-checks'], context, sha, { request, registry: registryClient });
            result = await applyDecision(decision, request, registryClient, { gh, context, sha });
        }
        else if (inputs.adopt) {
            core/* info */.pq(`adopt: only push and merge_group events adopt a gated image; this is a "${context.eventName}" event, so the image is built`);
        }
        if (!result) {
            const epoch = commitTimeFromPayload(sha, context) ?? (await gitCommitTime(sha, context.workspace)) ?? sourceDateEpoch(env);
            checkPlatforms(inputs.builder, inputs.platforms);
            const builderName = await chooseBuilder(inputs.builder, (name) => builderWorks(name, env));
            checkPlatforms(builderName, inputs.platforms);
            const builder = createBuilder(builderName, {
                exec: src/* exec */.m0,
                env,
                tlsVerify: !isLoopback(registry),
                digestFile: (0,external_node_path_namespaceObject.join)(temp, 'digest'),
                ...(auth ? { authFile: auth.authFile, dockerConfig: auth.dockerConfig } : {}),
            });
            const plan = {
                image: inputs.image,
                localTag: `${inputs.image}:${sha}`,
                context: inputs.context,
                file: inputs.file || defaultContainerfile(inputs.context),
                buildArgs: inputs['build-args'],
                labels: ociLabels({
                    sha,
                    source: context.repository ? `${context.serverUrl}/${context.repository}` : '',
                    created: new Date(epoch * 1000),
                    extra: inputs.labels,
                }),
                platforms: inputs.platforms,
                epoch,
                iidFile: (0,external_node_path_namespaceObject.join)(temp, 'iid'),
                metadataFile: (0,external_node_path_namespaceObject.join)(temp, 'metadata.json'),
                push: inputs.push,
            };
            result = await run(request, { builder, registry: registryClient, plan });
        }
        core/* setOutput */.uH('digest', result.digest);
        core/* setOutput */.uH('image-ref', result.imageRef);
        core/* setOutput */.uH('tags', result.tags.join('\n'));
        core/* setOutput */.uH('sha-tag', result.shaTag);
        const adopted = decision?.kind === 'adopt';
        core/* setOutput */.uH('adopted', String(adopted));
        core/* setOutput */.uH('built', String(Boolean(result.builder)));
        core/* setOutput */.uH('gated-sha', decision?.kind === 'adopt' || decision?.kind === 'reuse' ? decision.gatedSha : '');
        core/* setOutput */.uH('pull-request', decision?.kind === 'adopt' ? String(decision.evidence.pullRequest) : '');
        if (result.digest)
            core/* info */.pq(`${result.builder ? 'pushed' : adopted ? 'adopted' : 'reused'} ${result.imageRef}`);
        await (0,src/* writeSummary */.Sy)(buildSummary(result, decision));
    }
    finally {
        await (0,promises_namespaceObject.rm)(temp, { recursive: true, force: true });
    }
}
/** Reads the registry and GitHub and decides, purely, whether the gated image can stand for this commit. */
async function decide(gh, required, context, sha, deps) {
    const repo = parseRepo(context.repository);
    const facts = await gatherAdoptionFacts({ gh, repo, registry: deps.registry, repository: deps.request.repository }, sha, required, context);
    const decision = decideAdoption(facts);
    core/* info */.pq(`adopt: ${decision.kind}: ${decision.reason}`);
    return decision;
}
/** Tags the adopted or reused digest and records the evidence; undefined when the image must be built. */
async function applyDecision(decision, request, registry, opts) {
    switch (decision.kind) {
        case 'build':
            core/* notice */.lm(`Not adopted: ${decision.reason}. Building ${opts.sha} instead; the workflow gates it itself.`);
            return undefined;
        case 'conflict':
            throw conflict(request.image, opts.sha, decision.existing, `the gated image to adopt is ${decision.wanted}`);
        case 'reuse':
            return tagExisting(request, registry, decision.digest, `the image gated on ${opts.sha}`);
        case 'adopt': {
            const e = decision.evidence;
            const result = await tagExisting(request, registry, decision.digest, `the gated image of #${e.pullRequest} (head ${e.headSha})`);
            const [owner = '', repo = ''] = opts.context.repository.split('/');
            const rendered = renderEvidence(e, request.image);
            const published = await publishGateReport({ checkName: GATE_EVIDENCE_CHECK, conclusion: 'success', title: rendered.title, summary: rendered.summary, text: rendered.text, annotations: [] }, { client: opts.gh, owner, repo, headSha: opts.sha, ...(opts.context.runUrl ? { detailsUrl: opts.context.runUrl } : {}) });
            if (published.mode !== 'check-run')
                core/* warning */.$e(`The "${GATE_EVIDENCE_CHECK}" check run could not be written on ${opts.sha}: promote with require-checks will not find where the gates passed. Grant checks: write.`);
            return result;
        }
    }
}
async function gitCommitTime(sha, cwd) {
    try {
        const result = await (0,src/* exec */.m0)('git', ['log', '-1', '--format=%ct', sha], { cwd, stream: false, check: false });
        const seconds = Number(result.stdout.trim());
        return result.exitCode === 0 && seconds > 0 ? seconds : undefined;
    }
    catch {
        return undefined;
    }
}
/** Without a commit time, SOURCE_DATE_EPOCH (the reproducible-builds convention), else now. */
function sourceDateEpoch(env) {
    const value = Number(env.SOURCE_DATE_EPOCH);
    if (Number.isInteger(value) && value > 0)
        return value;
    core/* notice */.lm('No commit time found (no push payload, no git history for the SHA): the image is stamped with the current time, so a rebuild gets another digest.');
    return Math.floor(Date.now() / 1000);
}
/** Docker's classic builder only looks for `Dockerfile`; buildah and podman also take `Containerfile`. */
function defaultContainerfile(context) {
    for (const name of ['Dockerfile', 'Containerfile']) {
        if ((0,external_node_fs_.existsSync)((0,external_node_path_namespaceObject.join)(context, name)))
            return (0,external_node_path_namespaceObject.join)(context, name);
    }
    return '';
}


/***/ }),

/***/ 6165:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $p: () => (/* binding */ readRunContext),
/* harmony export */   Up: () => (/* binding */ payloadString)
/* harmony export */ });
/* unused harmony export payloadNumber */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _guards_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7254);


function readRunContext(env = process.env) {
    let payload = {};
    if (env.GITHUB_EVENT_PATH) {
        try {
            payload = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
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
    const value = (0,_guards_js__WEBPACK_IMPORTED_MODULE_1__/* .valueAt */ .fK)(payload, ...path);
    return typeof value === 'string' ? value : undefined;
}
/** The number at `path` in an event payload; undefined when absent or not a number. */
function payloadNumber(payload, ...path) {
    const value = valueAt(payload, ...path);
    return typeof value === 'number' ? value : undefined;
}


/***/ }),

/***/ 5057:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.r(__webpack_exports__);
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   createRestClient: () => (/* binding */ createRestClient)
/* harmony export */ });
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

/***/ 8488:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  dz: () => (/* reexport */ errors_InputError),
  yo: () => (/* reexport */ UserError),
  lc: () => (/* reexport */ bool),
  Q2: () => (/* reexport */ canRun),
  aY: () => (/* reexport */ code),
  m0: () => (/* reexport */ exec),
  u4: () => (/* reexport */ guards/* isRecord */.u4),
  K7: () => (/* reexport */ keyValues),
  p_: () => (/* reexport */ list),
  Qj: () => (/* reexport */ markdownTable),
  yL: () => (/* reexport */ oneOf),
  Up: () => (/* reexport */ context/* payloadString */.Up),
  Ko: () => (/* reexport */ readInputs),
  $p: () => (/* reexport */ context/* readRunContext */.$p),
  WR: () => (/* reexport */ secrets/* registerCredentials */.WR),
  cl: () => (/* reexport */ secrets/* registerSecret */.cl),
  VN: () => (/* reexport */ runMain),
  rJ: () => (/* reexport */ secret),
  Qq: () => (/* reexport */ inputs_text),
  fK: () => (/* reexport */ guards/* valueAt */.fK),
  Sy: () => (/* reexport */ writeSummary)
});

// UNUSED EXPORTS: ExecError, derivedForms, duration, envInputSource, errorMessage, escapeCell, formatCommand, integer, isOneOf, isUserError, parseDuration, payloadNumber, redact, reportFailure, resetSecrets, splitList

;// CONCATENATED MODULE: ../kit/src/errors.ts
/**
 * Errors a user can act on. `runMain` prints their message as one `::error::` line and
 * never a stack trace: the message already says what was wrong, where, and what is accepted.
 */
class UserError extends Error {
    name = 'UserError';
}
/** Bad input: names the input, what was wrong with it, and the accepted form. */
class errors_InputError extends UserError {
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
                throw new errors_InputError(name, 'is required but was empty', opts.accepted ?? 'a non-empty value');
            }
            if (value !== '' && opts.pattern && !opts.pattern.test(value)) {
                throw new errors_InputError(name, `has an invalid value "${value}"`, opts.accepted ?? `a value matching ${opts.pattern}`);
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
                throw new errors_InputError(name, 'is required but was empty', 'a non-empty secret');
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
            throw new errors_InputError(name, `has an invalid value "${raw}"`, '"true" or "false"');
        },
    };
}
function oneOf(values, defaultValue) {
    return {
        parse(raw, name) {
            const value = raw === '' ? defaultValue : raw.toLowerCase();
            if (!(0,guards/* isOneOf */.EK)(values, value))
                throw new errors_InputError(name, `has an invalid value "${raw}"`, `one of: ${values.join(', ')}`);
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
                    throw new errors_InputError(name, `has an invalid line "${line}"`, opts.accepted ?? 'one KEY=VALUE pair per line');
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
                throw new InputError(name, `has an invalid duration "${raw}"`, 'a duration such as 90s, 5m, 1h30m or 2d');
            return ms;
        },
    };
}

// EXTERNAL MODULE: ../kit/src/secrets.ts
var secrets = __nccwpck_require__(951);
;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
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
        const child = (0,external_node_child_process_namespaceObject.spawn)(file, [...args], {
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
        const child = (0,external_node_child_process_namespaceObject.spawn)(file, [...args], { shell: false, stdio: 'ignore', env: env ?? process.env });
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
    if (!isUserError(error) && error instanceof Error && error.stack && isStepDebug()) {
        core/* debug */.Yz((0,secrets/* redact */.E$)(error.stack));
    }
    core/* setFailed */.C1((0,secrets/* redact */.E$)(message).split('\n').join(' '));
}
function isStepDebug() {
    return core/* isDebug */._o() || process.env.ACTIONS_STEP_DEBUG === 'true';
}

// EXTERNAL MODULE: ../kit/src/context.ts
var context = __nccwpck_require__(6165);
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

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

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
  z3: () => (/* binding */ error),
  pq: () => (/* binding */ info),
  _o: () => (/* binding */ isDebug),
  lm: () => (/* binding */ notice),
  C1: () => (/* binding */ setFailed),
  uH: () => (/* binding */ setOutput),
  Pq: () => (/* binding */ setSecret),
  z: () => (/* reexport */ summary),
  $e: () => (/* binding */ warning)
});

// UNUSED EXPORTS: ExitCode, addPath, endGroup, exportVariable, getBooleanInput, getIDToken, getInput, getMultilineInput, getState, group, markdownSummary, platform, saveState, setCommandEcho, startGroup, toPlatformPath, toPosixPath, toWin32Path

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

import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import { runAction, type ActionRun } from '../tools/action-harness/run-action.js'
import { assertNoViolations, startGitHubEmulator, WRITE_TOKEN, type GitHubEmulator } from '../tools/github-emulator/emulator.js'
import { startKubernetesEmulator, type KubernetesEmulator } from '../tools/kubernetes-emulator/emulator.js'

/**
 * preview-deploy and preview-teardown, from their committed bundles, against the Kubernetes API
 * emulator (through @kubernetes/client-node's watch and plain REST) and the GitHub emulator.
 */
const REPO = 'octo-org/sensor-api'
const IMAGE = 'registry.example.com/octo-org/sensor-api'
const D1 = `sha256:${'1'.repeat(64)}`
const D2 = `sha256:${'2'.repeat(64)}`
const BROKEN = `sha256:${'b'.repeat(64)}`
const SIDECAR = `registry.example.com/tools/proxy@sha256:${'5'.repeat(64)}`
const BRANCH = 'Feature/Login'

let kube: KubernetesEmulator
let emu: GitHubEmulator
let work: string
let manifests: string
let headSha: string
let prNumber: number

const deployment = (image: string, extra = ''): string => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  labels: { app: api }
spec:
  replicas: 2
  selector:
    matchLabels: { app: api }
  template:
    metadata:
      labels: { app: api }
    spec:
      containers:
        - name: api
          image: ${image}
        - name: proxy
          image: ${SIDECAR}${extra}
`
const SERVICE = `apiVersion: v1
kind: Service
metadata:
  name: api
spec:
  selector: { app: api }
  ports: [{ port: 80, targetPort: 8080 }]
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: api
spec:
  tls: [{ hosts: [placeholder.example.com], secretName: wildcard }]
  rules:
    - host: placeholder.example.com
      http:
        paths: [{ path: /, pathType: Prefix, backend: { service: { name: api, port: { number: 80 } } } }]
`

function shown(run: ActionRun): string {
  return [
    run.stdout
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n'),
    run.stderr,
    run.summary,
    JSON.stringify(run.outputs),
  ].join('\n')
}

async function deploy(
  inputs: Record<string, string>,
  opts: { event?: unknown; eventName?: string; env?: Record<string, string | undefined> } = {},
): Promise<ActionRun> {
  return runAction({
    action: 'preview-deploy',
    cwd: work,
    eventName: opts.eventName ?? 'pull_request',
    event: opts.event ?? { pull_request: { number: prNumber, head: { ref: BRANCH, sha: headSha } } },
    github: { token: WRITE_TOKEN, apiUrl: emu.url, repository: REPO, sha: headSha, runId: '7' },
    inputs: { manifests: 'deploy', domain: 'dev.example.com', kubeconfig: kube.kubeconfig(), timeout: '20s', ...inputs },
    env: opts.env ?? {},
  })
}

async function teardown(inputs: Record<string, string>, opts: { event?: unknown; eventName?: string } = {}): Promise<ActionRun> {
  return runAction({
    action: 'preview-teardown',
    cwd: work,
    eventName: opts.eventName ?? 'delete',
    event: opts.event ?? { ref: BRANCH, ref_type: 'branch' },
    github: { token: WRITE_TOKEN, apiUrl: emu.url, repository: REPO, runId: '8' },
    inputs: { kubeconfig: kube.kubeconfig(), timeout: '20s', ...inputs },
  })
}

const nsOf = (name: string): Record<string, unknown> | undefined => kube.store.find('Namespace', undefined, name)
const inNamespace = (kind: string, ns: string): Array<Record<string, unknown>> => kube.store.listKind(kind, ns)

beforeAll(async () => {
  ;[kube, emu] = await Promise.all([startKubernetesEmulator({ terminationDelayMs: 200 }), startGitHubEmulator()])
  work = await mkdtemp(join(tmpdir(), 'preview-it-'))
  manifests = join(work, 'deploy')
  await mkdir(manifests)
  await writeFile(join(manifests, 'deployment.yaml'), deployment(`${IMAGE}:dev`))
  await writeFile(join(manifests, 'service.yaml'), SERVICE)
  emu.state.addRepo(REPO)
  const pull = emu.state.addPull(REPO, { head: BRANCH, user: 'alice' })
  prNumber = pull.number
  headSha = pull.head.sha
})

afterEach(() => assertNoViolations(emu))
afterAll(async () => {
  await Promise.all([kube?.stop(), emu?.stop()])
  if (work) await rm(work, { recursive: true, force: true })
})

describe('preview-deploy', () => {
  test('dry-run needs no cluster and no GitHub: outputs namespace and url, lists the objects', async () => {
    const before = { kube: kube.requests.length, gh: emu.requests.length }
    const run = await deploy({ 'image-ref': `${IMAGE}@${D1}`, 'dry-run': 'true', kubeconfig: '' }, { env: { KUBECONFIG: undefined } })
    expect(run.exitCode, shown(run)).toBe(0)
    expect(run.outputs.namespace).toMatch(/^dev-feature-login-[0-9a-f]{8}$/)
    expect(run.outputs.url).toBe(`https://${run.outputs.namespace!.slice(4)}.dev.example.com`)
    expect(run.outputs['deployment-id']).toBe('')
    for (const name of ['Service/api', 'Deployment/api', 'Ingress/api']) expect(run.stdout).toContain(`would apply ${name}`)
    expect(run.summary).toContain('Dry run')
    expect(kube.requests.length).toBe(before.kube)
    expect(emu.requests.length).toBe(before.gh)
  })

  test('renders a kustomization folder through kubectl kustomize, and pins the image it names', async () => {
    const dir = join(work, 'kustomize')
    await mkdir(dir, { recursive: true })
    await writeFile(join(dir, 'deployment.yaml'), deployment(`${IMAGE}:dev`))
    await writeFile(join(dir, 'kustomization.yaml'), 'resources: [deployment.yaml]\nnamePrefix: web-\ncommonLabels: { team: sensors }\n')
    const run = await deploy({ 'image-ref': `${IMAGE}@${D1}`, manifests: 'kustomize', 'dry-run': 'true' })
    expect(run.exitCode, shown(run)).toBe(0)
    expect(run.stdout).toContain('would apply Deployment/web-api')
  })

  test('refuses a workload image pinned by tag, naming the object and the image, before touching the cluster', async () => {
    await writeFile(join(work, 'tagged.yaml'), deployment(`${IMAGE}:dev`).replace(SIDECAR, 'busybox:1.36'))
    const before = kube.requests.length
    const run = await deploy({ 'image-ref': `${IMAGE}@${D1}`, manifests: 'tagged.yaml' })
    expect(run.exitCode).toBe(1)
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toContain('Deployment/api container "proxy" uses busybox:1.36')
    expect(run.errors[0]).toContain('not pinned by digest')
    expect(kube.requests.length).toBe(before)
  })

  test('refuses an image-ref without a digest', async () => {
    const run = await deploy({ 'image-ref': `${IMAGE}:dev` })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toMatch(/^Input "image-ref" .* is not pinned by digest\. Expected .+\.$/)
  })

  test('deploys: namespace labelled and annotated, image pinned, ingress host set, rolled out, deployment and comment recorded', async () => {
    const run = await deploy({ 'image-ref': `${IMAGE}@${D1}`, ttl: '3d' })
    expect(run.exitCode, shown(run)).toBe(0)
    const ns = run.outputs.namespace!
    const slug = ns.slice(4)
    const namespace = nsOf(ns) as { metadata: { labels: Record<string, string>; annotations: Record<string, string> } }
    expect(namespace.metadata.labels).toMatchObject({
      'app.kubernetes.io/managed-by': 'cna-preview',
      'preview.cna.dev/branch-slug': slug,
      'preview.cna.dev/pull-request': String(prNumber),
    })
    expect(namespace.metadata.annotations).toMatchObject({
      'preview.cna.dev/branch': BRANCH,
      'preview.cna.dev/commit': headSha,
      'preview.cna.dev/run-url': `https://github.com/${REPO}/actions/runs/7`,
    })
    const expires = Date.parse(namespace.metadata.annotations['preview.cna.dev/expires-at']!)
    expect(Math.abs(expires - (Date.now() + 3 * 86_400_000))).toBeLessThan(120_000)

    const [dep] = inNamespace('Deployment', ns) as Array<{
      spec: { template: { spec: { containers: Array<{ image: string }> } } }
      status: { availableReplicas: number }
    }>
    expect(dep!.spec.template.spec.containers.map((c) => c.image)).toEqual([`${IMAGE}@${D1}`, SIDECAR])
    expect(dep!.status.availableReplicas).toBe(2)
    const [ingress] = inNamespace('Ingress', ns) as Array<{ spec: { rules: Array<{ host: string }>; tls: Array<{ hosts: string[] }> } }>
    expect(ingress!.spec.rules[0]!.host).toBe(`${slug}.dev.example.com`)
    expect(ingress!.spec.tls[0]!.hosts).toEqual([`${slug}.dev.example.com`])
    expect(run.outputs.url).toBe(`https://${slug}.dev.example.com`)

    // Every write was a server-side apply with one field manager; the wait was a watch, never a poll.
    const writes = kube.requests.filter((r) => r.method !== 'GET' && r.path.includes(ns))
    expect(
      writes.every(
        (r) =>
          r.method === 'PATCH' &&
          r.contentType === 'application/apply-patch+yaml' &&
          r.query.includes('fieldManager=cna-preview-deploy') &&
          r.query.includes('force=true'),
      ),
    ).toBe(true)
    expect(kube.requests.filter((r) => r.watch && r.path === `/apis/apps/v1/namespaces/${ns}/deployments`)).toHaveLength(1)

    const deployments = emu.state.repo(REPO).deployments.filter((d) => d.environment === `preview/${slug}`)
    expect(deployments).toHaveLength(1)
    expect(String(deployments[0]!.id)).toBe(run.outputs['deployment-id'])
    expect(deployments[0]!.transient_environment).toBe(true)
    const status = [...deployments[0]!.statuses].sort((a, b) => b.id - a.id)[0]!
    expect(status).toMatchObject({ state: 'success', environment_url: `https://${slug}.dev.example.com` })
    const comments = emu.state.repo(REPO).comments.filter((c) => c.issue_number === prNumber)
    expect(comments).toHaveLength(1)
    expect(comments[0]!.body).toContain(`<!-- cna-preview: ${ns} -->`)
    for (const part of [`https://${slug}.dev.example.com`, D1, ns, 'expires']) expect(comments[0]!.body).toContain(part)
    expect(shown(run)).not.toContain('emulator-token')
  })

  test('re-deploy updates in place: no duplicate objects, the same comment edited with the new digest', async () => {
    const ns = (await deploy({ 'image-ref': `${IMAGE}@${D1}`, 'dry-run': 'true' })).outputs.namespace!
    const uid = (inNamespace('Deployment', ns)[0]!.metadata as { uid: string }).uid
    const run = await deploy({ 'image-ref': `${IMAGE}@${D2}` })
    expect(run.exitCode, shown(run)).toBe(0)
    const deps = inNamespace('Deployment', ns) as Array<{
      metadata: { uid: string; generation: number }
      spec: { template: { spec: { containers: Array<{ image: string }> } } }
    }>
    expect(deps).toHaveLength(1)
    expect(deps[0]!.metadata.uid).toBe(uid)
    expect(deps[0]!.metadata.generation).toBe(2)
    expect(deps[0]!.spec.template.spec.containers[0]!.image).toBe(`${IMAGE}@${D2}`)
    expect(inNamespace('Service', ns)).toHaveLength(1)
    expect(inNamespace('Ingress', ns)).toHaveLength(1)
    const comments = emu.state.repo(REPO).comments.filter((c) => c.issue_number === prNumber)
    expect(comments).toHaveLength(1)
    expect(comments[0]!.body).toContain(D2)
    expect(comments[0]!.body).not.toContain(D1)
  })

  test('a failing image: the rollout wait says which pods and why, and exits 1', async () => {
    kube.failImages.set(`${IMAGE}@${BROKEN}`, 'ImagePullBackOff')
    const run = await deploy({ 'image-ref': `${IMAGE}@${BROKEN}`, branch: 'broken-image', timeout: '2s', 'pr-number': '' }, { eventName: 'push', event: {} })
    expect(run.exitCode).toBe(1)
    expect(run.errors).toHaveLength(1)
    expect(run.errors[0]).toMatch(
      /Preview dev-broken-image did not roll out: Deployment\/api did not roll out .*: pod api-[a-z0-9-]+ \(and 1 more\) container "api" is ImagePullBackOff/,
    )
    expect(run.errors[0]).toContain(`${IMAGE}@${BROKEN}`)
    expect(run.outputs.namespace).toBe('dev-broken-image')
    const [record] = emu.state.repo(REPO).deployments.filter((d) => d.environment === 'preview/broken-image')
    expect([...record!.statuses].sort((a, b) => b.id - a.id)[0]!.state).toBe('failure')
  })

  test('a crashing container is reported as CrashLoopBackOff with its exit code', async () => {
    const crash = `sha256:${'c'.repeat(64)}`
    kube.failImages.set(`${IMAGE}@${crash}`, 'CrashLoopBackOff')
    const run = await deploy({ 'image-ref': `${IMAGE}@${crash}`, branch: 'crashing', timeout: '2s', 'github-token': '' }, { eventName: 'push', event: {} })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toMatch(/container "api" is CrashLoopBackOff \(.*last exit code 1, Error\)/)
    expect(run.notices.join('\n')).toContain('github-token is empty')
  })
})

describe('preview-teardown', () => {
  test('mode branch: deletes the namespace, waits through Terminating, marks deployments inactive, updates the comment; again is success', async () => {
    const ns = (await deploy({ 'image-ref': `${IMAGE}@${D1}`, 'dry-run': 'true' })).outputs.namespace!
    const slug = ns.slice(4)
    expect(nsOf(ns)).toBeDefined()
    const run = await teardown({})
    expect(run.exitCode, shown(run)).toBe(0)
    expect(run.outputs.deleted).toBe(ns)
    expect(nsOf(ns)).toBeUndefined()
    expect(inNamespace('Deployment', ns)).toHaveLength(0)
    expect(inNamespace('Pod', ns)).toHaveLength(0)
    // It went through Terminating before it was gone.
    const phases = kube.store.history
      .filter((c) => c.kind.kind === 'Namespace' && (c.object.metadata as { name: string }).name === ns)
      .map((c) => `${c.type}:${(c.object.status as { phase?: string } | undefined)?.phase ?? ''}`)
    expect(phases.slice(-2)).toEqual(['MODIFIED:Terminating', 'DELETED:Terminating'])
    for (const d of emu.state.repo(REPO).deployments.filter((x) => x.environment === `preview/${slug}`)) {
      expect([...d.statuses].sort((a, b) => b.id - a.id)[0]!.state).toBe('inactive')
    }
    const comments = emu.state.repo(REPO).comments.filter((c) => c.issue_number === prNumber)
    expect(comments).toHaveLength(1)
    expect(comments[0]!.body).toContain('torn down')

    const again = await teardown({})
    expect(again.exitCode, shown(again)).toBe(0)
    expect(again.outputs.deleted).toBe('')
  })

  test('mode branch never deletes a namespace that is not a preview', async () => {
    kube.seed({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'dev-payments' } })
    const run = await teardown({ branch: 'payments', 'github-token': '' })
    expect(run.exitCode).toBe(1)
    expect(run.errors[0]).toContain('is not a preview')
    expect(nsOf('dev-payments')).toBeDefined()
  })

  test('mode reap: expired, branch gone and PR closed go; live ones and other prefixes stay; dry-run only lists', async () => {
    const past = new Date(Date.now() - 3_600_000).toISOString()
    const future = new Date(Date.now() + 86_400_000).toISOString()
    // The previews deployed above (their branches exist) are live and must stay.
    for (const branch of ['live-branch', 'broken-image', 'crashing']) emu.state.setRef(REPO, `refs/heads/${branch}`)
    emu.state.setRef(REPO, 'refs/heads/pr-branch')
    const closed = emu.state.addPull(REPO, { head: 'pr-branch', user: 'bob' })
    closed.state = 'closed'
    const preview = (name: string, branch: string, expires: string, extra: Record<string, string> = {}, prefix = 'dev') =>
      kube.seed({
        apiVersion: 'v1',
        kind: 'Namespace',
        metadata: {
          name: `${prefix}-${name}`,
          labels: { 'app.kubernetes.io/managed-by': 'cna-preview', 'preview.cna.dev/prefix': prefix, 'preview.cna.dev/branch-slug': name, ...extra },
          annotations: { 'preview.cna.dev/branch': branch, 'preview.cna.dev/expires-at': expires },
        },
      })
    preview('expired', 'live-branch', past)
    preview('gone-branch', 'deleted-branch', future)
    preview('pr-branch', 'pr-branch', future, { 'preview.cna.dev/pull-request': String(closed.number) })
    preview('live-branch', 'live-branch', future)
    preview('expired', 'live-branch', past, {}, 'qa')

    const dry = await teardown({ mode: 'reap', 'dry-run': 'true' }, { eventName: 'schedule', event: {} })
    expect(dry.exitCode, shown(dry)).toBe(0)
    expect(dry.outputs.deleted).toBe('dev-expired,dev-gone-branch,dev-pr-branch')
    expect(nsOf('dev-expired')).toBeDefined()

    const run = await teardown({ mode: 'reap' }, { eventName: 'schedule', event: {} })
    expect(run.exitCode, shown(run)).toBe(0)
    expect(run.outputs.deleted).toBe('dev-expired,dev-gone-branch,dev-pr-branch')
    expect(run.summary).toContain(`pull request #${closed.number} is closed`)
    expect(run.summary).toContain('branch deleted-branch no longer exists')
    expect(run.summary).toMatch(/expired at/)
    for (const gone of ['dev-expired', 'dev-gone-branch', 'dev-pr-branch'])
      expect((nsOf(gone)?.status as { phase?: string } | undefined)?.phase ?? 'gone').not.toBe('Active')
    expect(nsOf('dev-live-branch')).toBeDefined()
    expect(nsOf('dev-broken-image')).toBeDefined()
    expect(nsOf('qa-expired')).toBeDefined()
    expect(nsOf('dev-payments')).toBeDefined()
  })
})

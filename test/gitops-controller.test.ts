import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import { RegistryClient } from '@cna/kit/registry'
import { runAction, type ActionRun } from '../tools/action-harness/run-action.js'
import { assertNoViolations, startGitHubEmulator, WRITE_TOKEN, type GitHubEmulator } from '../tools/github-emulator/emulator.js'
import { startKubernetesEmulator, type KubernetesEmulator } from '../tools/kubernetes-emulator/emulator.js'
import { pushImage } from '../tools/parts/oci-images.js'
import { startRegistry, type RegistryFixture } from '../tools/parts/registry.js'

/**
 * promote's committed bundle waits for the GitOps controller: a real registry, a real GitOps
 * repository on disk, the GitHub emulator, and the Kubernetes emulator whose Argo CD and Flux
 * controllers sync that repository (polling off: only promote's refresh request moves them).
 */
const run = promisify(execFile)
const REPO = 'octo-org/sensor-api'
let registry: RegistryFixture
let github: GitHubEmulator
let kube: KubernetesEmulator
let work: string
let gitops: string
const digests: string[] = []
const SHAS = ['1a'.repeat(20), '2b'.repeat(20), '3c'.repeat(20)]

async function promote(inputs: Record<string, string>): Promise<ActionRun> {
  return runAction({
    action: 'promote',
    cwd: work,
    github: { token: WRITE_TOKEN, apiUrl: github.url, repository: REPO, runId: '42' },
    inputs: {
      target: `${registry.host}/prod/sensor-api`,
      'gitops-repo': gitops,
      kubeconfig: kube.kubeconfig(),
      settle: '300ms',
      'wait-timeout': '20s',
      ...inputs,
    },
  })
}

async function pinned(path: string): Promise<string> {
  return (await run('git', ['--git-dir', gitops, 'show', `main:${path}`])).stdout
}

const deploymentsOf = (environment: string) => github.state.repo(REPO).deployments.filter((d) => d.environment === environment)

beforeAll(async () => {
  ;[registry, github, kube] = await Promise.all([
    startRegistry(),
    startGitHubEmulator(),
    startKubernetesEmulator({ rolloutDelayMs: 30, progressDeadlineMs: 5_000, gitops: { pollMs: 3_600_000, healthPollMs: 30 } }),
  ])
  work = await mkdtemp(join(tmpdir(), 'gitops-controller-'))
  const client = new RegistryClient({ registry: registry.host })
  for (let i = 0; i < 3; i++) digests.push((await pushImage(client, 'dev/sensor-api', [64 + i])).digest)
  github.state.addRepo(REPO)
  // The commits the images were built from: each deployment's ref.
  for (const sha of SHAS) github.state.commit(REPO, { sha, files: { VERSION: sha }, message: `commit ${sha.slice(0, 7)}` })

  const seed = join(work, 'seed')
  gitops = join(work, 'gitops.git')
  await mkdir(join(seed, 'base'), { recursive: true })
  await writeFile(join(seed, 'base', 'kustomization.yaml'), 'resources:\n  - deployment.yaml\n')
  await writeFile(
    join(seed, 'base', 'deployment.yaml'),
    'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: sensor-api\nspec:\n  replicas: 2\n  selector:\n    matchLabels: {app: sensor-api}\n  template:\n    metadata:\n      labels: {app: sensor-api}\n    spec:\n      containers:\n        - name: api\n          image: sensor-api\n',
  )
  for (const env of ['staging', 'production']) {
    await mkdir(join(seed, 'envs', env), { recursive: true })
    await writeFile(join(seed, 'envs', env, 'kustomization.yaml'), `# ${env}\nresources:\n  - ../../base\nimages:\n  - name: sensor-api\n    newTag: "1.4.0"\n`)
  }
  for (const args of [
    ['init', '-q', '-b', 'main', seed],
    ['-C', seed, 'add', '.'],
    ['-C', seed, '-c', 'user.name=t', '-c', 'user.email=t@e', 'commit', '-qm', 'seed'],
    ['clone', '-q', '--bare', seed, gitops],
  ])
    await run('git', args)

  for (const ns of ['argocd', 'flux-system', 'sensor-api-staging', 'sensor-api-production'])
    kube.seed({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns } })
  kube.seed({
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'Application',
    metadata: { name: 'sensor-api-staging', namespace: 'argocd' },
    spec: {
      project: 'default',
      source: { repoURL: gitops, path: 'envs/staging', targetRevision: 'main' },
      destination: { server: 'https://kubernetes.default.svc', namespace: 'sensor-api-staging' },
      syncPolicy: { automated: { prune: true } },
    },
  })
  kube.seed({
    apiVersion: 'source.toolkit.fluxcd.io/v1',
    kind: 'GitRepository',
    metadata: { name: 'gitops', namespace: 'flux-system' },
    spec: { interval: '1m', url: gitops, ref: { branch: 'main' } },
  })
  kube.seed({
    apiVersion: 'kustomize.toolkit.fluxcd.io/v1',
    kind: 'Kustomization',
    metadata: { name: 'sensor-api-production', namespace: 'flux-system' },
    spec: {
      interval: '10m',
      path: './envs/production',
      prune: true,
      sourceRef: { kind: 'GitRepository', name: 'gitops' },
      targetNamespace: 'sensor-api-production',
      timeout: '20s',
      wait: true,
    },
  })
  await kube.gitops.idle()
}, 120_000)

afterEach(() => assertNoViolations(github))

afterAll(async () => {
  await Promise.all([registry?.stop(), github?.stop(), kube?.stop()])
  if (work) await rm(work, { recursive: true, force: true })
})

describe('promote waits for Argo CD', () => {
  test('the deployment is success only once the Application runs the GitOps commit, healthy, with the digest', async () => {
    const result = await promote({
      source: `${registry.host}/dev/sensor-api@${digests[0]}`,
      sha: SHAS[0]!,
      environment: 'staging',
      'gitops-path': 'envs/staging',
      'wait-for': 'argocd',
      'environment-url': 'https://staging.example.com',
    })
    expect(result.errors).toEqual([])
    expect(result.exitCode).toBe(0)
    expect(result.outputs.outcome).toBe('success')
    const app = kube.store.find('Application', 'argocd', 'sensor-api-staging') as { status: { sync: { revision: string }; summary: { images: string[] } } }
    expect(app.status.sync.revision).toBe(result.outputs['gitops-commit'])
    expect(app.status.summary.images).toEqual([`${registry.host}/prod/sensor-api@${digests[0]}`])
    // The refresh request came from promote (polling is off), and the pods run the digest.
    expect(kube.requests.some((r) => r.method === 'PATCH' && r.path.endsWith('/applications/sensor-api-staging'))).toBe(true)
    const images = kube.store
      .listKind('Pod', 'sensor-api-staging')
      .map((p) => (p.status as { containerStatuses: Array<{ imageID: string }> }).containerStatuses[0]!.imageID)
    expect(images).toEqual([`${registry.host}/prod/sensor-api@${digests[0]}`, `${registry.host}/prod/sensor-api@${digests[0]}`])
    const [deployment] = deploymentsOf('staging')
    expect(deployment!.statuses.map((s) => s.state)).toEqual(['in_progress', 'success'])
    expect(deployment!.statuses[1]!.environment_url).toBe('https://staging.example.com')
    expect(result.summary).toContain('What runs in staging')
    expect(result.stdout).toContain(`Argo CD: `)
  }, 60_000)

  test("a digest whose pods crash is rolled back by itself; the deployment says failure with the pod's reason", async () => {
    const bad = digests[1]!
    kube.failImages.set(`${registry.host}/prod/sensor-api@${bad}`, 'CrashLoopBackOff')
    const result = await promote({
      source: `${registry.host}/dev/sensor-api@${bad}`,
      sha: SHAS[1]!,
      environment: 'staging',
      'gitops-path': 'envs/staging',
      'wait-for': 'argocd',
    })
    expect(result.exitCode).toBe(1)
    expect(result.errors).toHaveLength(1)
    expect(result.errors[0]).toContain('CrashLoopBackOff')
    expect(result.errors[0]).toContain(`rolled back to ${digests[0]}`)
    expect(result.outputs).toMatchObject({ outcome: 'failure', 'rolled-back-to': digests[0] })
    // Git pins the previous digest again, in a commit of its own, and Argo CD runs it.
    expect(await pinned('envs/staging/kustomization.yaml')).toContain(`digest: ${digests[0]}`)
    const { stdout: log } = await run('git', ['--git-dir', gitops, 'log', '--format=%s', '-3', 'main'])
    expect(log.split('\n')[0]).toBe(`roll back sensor-api in staging to ${digests[0]!.slice(0, 19)}`)
    const app = kube.store.find('Application', 'argocd', 'sensor-api-staging') as {
      status: { sync: { revision: string }; health: { status: string }; summary: { images: string[] } }
    }
    expect(app.status.health.status).toBe('Healthy')
    expect(app.status.summary.images).toEqual([`${registry.host}/prod/sensor-api@${digests[0]}`])
    const failed = deploymentsOf('staging').find((d) => (d.payload as { digest?: string }).digest === bad)!
    expect(failed.statuses.at(-1)).toMatchObject({
      state: 'failure',
      description: expect.stringMatching(/^rejected: pods crash or cannot start: pod sensor-api-\S+ \(api\): CrashLoopBackOff/),
    })
  }, 60_000)

  test('a second automated promotion of the rejected digest is refused before anything moves', async () => {
    const head = (await run('git', ['--git-dir', gitops, 'rev-parse', 'main'])).stdout.trim()
    const before = deploymentsOf('staging').length
    const result = await promote({
      source: `${registry.host}/dev/sensor-api@${digests[1]}`,
      sha: SHAS[1]!,
      environment: 'staging',
      'gitops-path': 'envs/staging',
      'wait-for': 'argocd',
    })
    expect(result.exitCode).toBe(1)
    expect(result.errors).toEqual([
      expect.stringMatching(new RegExp(`^Input "source": ${digests[1]} was rejected for staging on .* CrashLoopBackOff.*so it is not promoted there again`)),
    ])
    expect((await run('git', ['--git-dir', gitops, 'rev-parse', 'main'])).stdout.trim()).toBe(head)
    expect(deploymentsOf('staging')).toHaveLength(before)
  }, 60_000)
})

describe('promote waits for Flux', () => {
  test('success once the Kustomization applied <branch>@sha1:<commit> and is Ready for its generation', async () => {
    const result = await promote({
      source: `${registry.host}/dev/sensor-api@${digests[2]}`,
      sha: SHAS[2]!,
      environment: 'production',
      'gitops-path': 'envs/production',
      'wait-for': 'flux',
    })
    expect(result.errors).toEqual([])
    expect(result.outputs.outcome).toBe('success')
    const ks = kube.store.find('Kustomization', 'flux-system', 'sensor-api-production') as {
      metadata: { annotations?: Record<string, string> }
      status: { lastAppliedRevision: string }
    }
    expect(ks.status.lastAppliedRevision).toBe(`main@sha1:${result.outputs['gitops-commit']}`)
    expect(ks.metadata.annotations?.['reconcile.fluxcd.io/requestedAt']).toBeDefined()
    expect(deploymentsOf('production')[0]!.statuses.map((s) => s.state)).toEqual(['in_progress', 'success'])
  }, 60_000)
})

describe('/status and the drift check show what really runs', () => {
  const services = () => `sensor-api:\n  image: ${registry.host}/prod/sensor-api\n  gitops-path: envs/{environment}\n`
  async function chatops(inputs: Record<string, string>, body = '/status sensor-api'): Promise<ActionRun> {
    const issue = github.state.addIssue(REPO, { title: 'Deployments' }).number
    const record = github.state.addComment(REPO, issue, { body, user: 'trina' })
    return runAction({
      action: 'chatops',
      cwd: work,
      eventName: 'issue_comment',
      event: {
        action: 'created',
        issue: { number: issue },
        comment: { id: record.id, body, user: { login: 'trina', type: 'User' } },
        repository: { full_name: REPO, default_branch: 'main' },
      },
      github: { token: WRITE_TOKEN, apiUrl: github.url, repository: REPO, runId: '4242' },
      inputs: { services: services(), 'gitops-repo': gitops, kubeconfig: kube.kubeconfig(), namespace: '{service}-{environment}', ...inputs },
    })
  }
  const short = (d: string) => `\`${d.slice(0, 19)}\``

  test('/status: per environment the digest in Git, of the newest successful deployment, and the pods run; no drift', async () => {
    const result = await chatops({})
    expect(result.errors).toEqual([])
    expect(result.summary).toContain(`| staging | ${short(digests[0]!)} | ${short(digests[0]!)} | ${short(digests[0]!)} | none |`)
    expect(result.summary).toContain(`| production | ${short(digests[2]!)} | ${short(digests[2]!)} | ${short(digests[2]!)} | none |`)
  }, 60_000)

  test('someone edits the cluster by hand: /status and the scheduled drift check report it', async () => {
    // kubectl set image, in effect: the Deployment now runs another digest than Git pins.
    const res = await fetch(`${kube.url}/apis/apps/v1/namespaces/sensor-api-staging/deployments/sensor-api`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/strategic-merge-patch+json' },
      body: JSON.stringify({ spec: { template: { spec: { containers: [{ name: 'api', image: `${registry.host}/prod/sensor-api@${digests[2]}` }] } } } }),
    })
    expect(res.status).toBe(200)
    await new Promise((r) => setTimeout(r, 300))
    const status = await chatops({})
    expect(status.summary).toContain(
      `| staging | ${short(digests[0]!)} | ${short(digests[0]!)} | ${short(digests[2]!)} | ⚠️ the pods run another digest than Git pins |`,
    )
    // Argo CD sees it too: the Application is OutOfSync.
    expect((kube.store.find('Application', 'argocd', 'sensor-api-staging') as { status: { sync: { status: string } } }).status.sync.status).toBe('OutOfSync')

    const drift = await runAction({
      action: 'chatops',
      cwd: work,
      eventName: 'schedule',
      event: { schedule: '17 * * * *' },
      github: { token: WRITE_TOKEN, apiUrl: github.url, repository: REPO, runId: '4243' },
      inputs: { services: services(), check: 'drift', 'gitops-repo': gitops, kubeconfig: kube.kubeconfig() },
    })
    expect(drift.exitCode).toBe(1)
    expect(drift.errors).toEqual(['drift in sensor-api/staging: the cluster does not run what Git pins (see the job summary)'])
    expect(drift.stdout).toContain('::warning::sensor-api in staging: the pods run another digest than Git pins')
    expect(drift.summary).toContain('### ⚠️ Drift in 1 environment')
  }, 60_000)
})

describe('a runner that cannot reach the cluster waits on what the controller reported to GitHub', () => {
  test("wait-for: github — success once Flux's notification-controller set the GitOps commit's status", async () => {
    // The GitOps repository as it is on GitHub: owner/name from gitops-repo's last two path segments.
    const gitopsRepo = `${basename(work)}/gitops`
    github.state.addRepo(gitopsRepo)
    const before = (await run('git', ['--git-dir', gitops, 'rev-parse', 'main'])).stdout.trim()
    let notified = ''
    // Flux's notifier: once the commit lands and "Flux" applied it, a commit status on it.
    // It reports after a while: until then promote finds no status on the commit, and waits.
    const notifier = (async () => {
      await new Promise((r) => setTimeout(r, 1500))
      for (let i = 0; i < 400; i++) {
        const head = (await run('git', ['--git-dir', gitops, 'rev-parse', 'main'])).stdout.trim()
        if (head !== before) {
          github.state.commit(gitopsRepo, { sha: head, files: { 'envs/staging/kustomization.yaml': 'pinned' }, message: 'promote' })
          github.state.addStatus(gitopsRepo, {
            sha: head,
            state: 'success',
            context: 'kustomization/sensor-api-staging/1a2b3c4d',
            description: 'ReconciliationSucceeded: Applied revision: main@sha1:' + head,
            creator: 'flux-bot',
          })
          notified = head
          return
        }
        await new Promise((r) => setTimeout(r, 50))
      }
    })()
    const result = await promote({
      source: `${registry.host}/dev/sensor-api@${digests[2]}`,
      sha: SHAS[2]!,
      environment: 'staging',
      'gitops-path': 'envs/staging',
      'wait-for': 'github',
      kubeconfig: '',
    })
    await notifier
    expect(result.errors).toEqual([])
    expect(result.outputs.outcome).toBe('success')
    expect(result.outputs['gitops-commit']).toBe(notified)
    expect(result.stdout).toContain(`GitHub: `)
    expect(result.stdout).toContain(`Flux (kustomization/sensor-api-staging/1a2b3c4d) reported success for ${notified.slice(0, 12)}`)
  }, 60_000)
})

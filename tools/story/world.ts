// Everything the story runs in, started for it and stopped after: a registry, the GitHub and
// Kubernetes API emulators, the release tree of this repository (what `octo-org/actions@v1`
// names), the application team's repository with the starters copied and edited, the GitOps
// repository with its applier (the Argo CD stand-in), and the workflow runner.
import { execFile } from 'node:child_process'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { buildBaseImage } from '../../examples/sensor-api/base/build-base.ts'
import { freePort, startContainer } from '../parts/container.ts'
import { startCluster, writePreviewManifests, type Cluster } from '../../scripts/pipeline/preview.ts'
import { buildReleaseTree, type ReleaseTree } from '../../scripts/release-tree.ts'
import { startRegistry, type RegistryFixture } from '../parts/registry.ts'
import { generateKeyPairSync } from 'node:crypto'
import { startChatRelay, type ChatRelay } from '../../services/chat-relay/src/index.ts'
import { appsOf } from '../github-emulator/apps.ts'
import { startGitHubEmulator, WRITE_TOKEN, type GitHubEmulator } from '../github-emulator/emulator.ts'
import { startSlackEmulator, type SlackEmulator } from '../slack-emulator/index.ts'
import { ROOT } from '../action-harness/actions.ts'
import { runAction, type ActionRun } from '../action-harness/run-action.ts'
import { mirrorToEmulator, WorkflowRunner, type ServiceSpec } from '../workflow-runner/index.ts'
import { startGitOpsApplier, type GitOpsApplier } from './gitops-applier.ts'
import { startKubernetesEmulator } from '../kubernetes-emulator/emulator.ts'
import { createUserRepository, git } from './user-repo.ts'

const run = promisify(execFile)

export const REPOSITORY = 'octo-org/sensor-api'
export const ENVIRONMENTS = ['dev', 'staging', 'production'] as const
export const PEOPLE = { author: 'alice', reviewer: 'bob', operator: 'carol', approver: 'rita' } as const
/** carol in Slack: the relay maps her Slack user (in team T0PLATFORM) to her GitHub login. */
export const SLACK = { team: 'T0PLATFORM', user: 'U0CAROL', channel: 'C0DEPLOYS', signingSecret: 'story-signing-secret', botToken: 'xoxb-story-relay' } as const

export interface World {
  work: string
  registry: RegistryFixture
  github: GitHubEmulator
  cluster: Cluster
  release: ReleaseTree
  repoDir: string
  gitops: string
  applier: GitOpsApplier
  runner: WorkflowRunner
  /** Slack, and the chat relay the team's Slack commands go through (a GitHub App in the emulator). */
  slack: SlackEmulator
  relay: ChatRelay
  image: string
  baseImage: string
  /** The release before the story (v1.4.0, built from main's first commit), running in production. */
  history: { digest: string; imageRef: string }
  urls: Record<(typeof ENVIRONMENTS)[number], string>
  containersEnv: Record<string, string>
  /** Mirrors the repository's commits and refs into the GitHub emulator. */
  sync(): Promise<void>
  /** A token for a person, e.g. the production approver answering through the REST API. */
  tokenOf(login: string): string
  stop(): Promise<void>
}

const ESLINT_CONFIG = `// Code quality: TypeScript ESLint's recommended rules.
import tseslint from 'typescript-eslint'

export default tseslint.config({ files: ['src/**/*.ts'], extends: [tseslint.configs.recommended] })
`
const ESLINT_SECURITY_CONFIG = `// Security: eslint-plugin-security's recommended rules, TypeScript parsed.
import security from 'eslint-plugin-security'
import tseslint from 'typescript-eslint'

export default [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } }, security.configs.recommended]
`

async function containersSetup(work: string, registryHost: string): Promise<Record<string, string>> {
  // buildah and podman are told the loopback registry speaks plain HTTP, as a runner with a
  // local registry would be set up (Docker assumes it for loopback by itself).
  const registriesConf = join(work, 'registries.conf')
  await writeFile(registriesConf, `[[registry]]\nlocation = "${registryHost}"\ninsecure = true\n`)
  const storageConf = join(work, 'storage.conf')
  await writeFile(storageConf, `[storage]\ndriver = "vfs"\ngraphroot = "${work}/store"\nrunroot = "${work}/run"\n`)
  return { CONTAINERS_STORAGE_CONF: storageConf, CONTAINERS_REGISTRIES_CONF: registriesConf, BUILDAH_ISOLATION: 'chroot' }
}

async function createGitOpsRepository(work: string): Promise<string> {
  const seed = join(work, 'gitops-seed')
  const bare = join(work, 'gitops.git')
  for (const env of ENVIRONMENTS) {
    await mkdir(join(seed, 'envs', env), { recursive: true })
    await writeFile(
      join(seed, 'envs', env, 'kustomization.yaml'),
      `# ${env}: applied by Argo CD\napiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nnamespace: sensor-api-${env}\nresources:\n  - ../../base\nimages:\n  - name: sensor-api\n    newTag: "1.4.0"\n`,
    )
  }
  await git(seed, ['init', '--quiet', '--initial-branch=main'])
  await git(seed, ['add', '.'], 'platform')
  await git(seed, ['commit', '--quiet', '-m', 'environments'], 'platform')
  await run('git', ['clone', '--quiet', '--bare', seed, bare])
  return bare
}

/** A job service on this machine: podman with the host's network, the container port as the host port. */
function serviceStarter(containersEnv: Record<string, string>): (spec: ServiceSpec) => Promise<{ stop(): Promise<void> }> {
  return async (spec) => {
    const mapping = spec.ports[0] ?? ''
    const [host, container] = mapping.split(':')
    if (!host || host !== container)
      throw new Error(`service ports "${mapping}": on this machine services share the host's network, so give the same port on both sides (N:N)`)
    return startContainer({ image: spec.image, env: containersEnv, port: Number(host) })
  }
}

export async function startWorld(opts: { work: string; servicePort?: number }): Promise<World> {
  // The world's folder is its own: what an earlier run left there goes first.
  const work = opts.work
  await rm(work, { recursive: true, force: true })
  await mkdir(work, { recursive: true })
  const [registry, github, cluster] = await Promise.all([startRegistry(), startGitHubEmulator(), startCluster()])
  const stops: (() => Promise<void>)[] = [() => registry.stop(), () => github.stop(), () => cluster.stop()]
  try {
    const containersEnv = await containersSetup(work, registry.host)
    const image = `${registry.host}/${REPOSITORY}`
    const [base, release, gitops] = await Promise.all([
      buildBaseImage({ registryHost: registry.host, workDir: join(work, 'base') }),
      buildReleaseTree({
        source: ROOT,
        out: join(work, 'octo-org-actions'),
        version: 'v1.0.0',
        owner: 'octo-org',
        repo: 'actions',
        date: '2026-11-30T00:00:00Z',
      }),
      createGitOpsRepository(work),
    ])
    const ports = { service: opts.servicePort ?? (await freePort()), dev: await freePort(), staging: await freePort(), production: await freePort() }
    const urls = { dev: `http://127.0.0.1:${ports.dev}`, staging: `http://127.0.0.1:${ports.staging}`, production: `http://127.0.0.1:${ports.production}` }
    // The runner machine's tool folder has the service's dependencies (see machineEnv), so there
    // is nothing to install; on GitHub the starters' `npm ci` does it.
    const gates = {
      'install-command': '',
      'build-command': 'tsc -p tsconfig.json',
      'build-args': `BASE_IMAGE=${base.imageRef}`,
      'unit-test-command': 'vitest run --project unit --coverage',
      'unit-test-reports': 'reports/junit.xml',
      coverage: 'coverage/lcov.info',
      'min-coverage': '90',
      'integration-test-command': 'vitest run --project integration --outputFile.junit=reports/integration.xml',
      'integration-test-reports': 'reports/integration.xml',
      'service-port': ports.service,
      'security-command': 'eslint --no-config-lookup -c eslint-security.config.mjs -f @microsoft/eslint-formatter-sarif -o reports/security.sarif src',
      sarif: 'reports/security.sarif',
      'quality-command': 'eslint -f json -o reports/eslint.json src',
      'quality-reports': 'reports/eslint.json',
    }
    const itCommand = (name: string) => `vitest run --project integration --outputFile.junit=reports/${name}.xml`
    // Slack and the relay first: the deploy workflow answers in Slack's Web API.
    const slack = await startSlackEmulator({ botToken: SLACK.botToken, signingSecret: SLACK.signingSecret })
    stops.push(() => slack.stop())
    const slackPlaceholder = slack.apiUrl
    const repoDir = join(work, 'sensor-api')
    const user = await createUserRepository({
      dir: repoDir,
      service: join(ROOT, 'examples', 'sensor-api'),
      templates: join(release.dir, 'workflow-templates'),
      extraFiles: { 'eslint.config.js': ESLINT_CONFIG, 'eslint-security.config.mjs': ESLINT_SECURITY_CONFIG },
      edits: {
        'cloud-native-pull-request.yml': { image, ...gates, manifests: 'deploy', domain: 'dev.example.com' },
        'cloud-native-main.yml': {
          image,
          ...gates,
          'gitops-repo': gitops,
          'gitops-path': 'envs/dev',
          'gitops-wait': 'argocd',
          'dev-url': urls.dev,
          'dev-test-command': itCommand('integration-dev'),
          'dev-test-reports': 'reports/integration-dev.xml',
        },
        'cloud-native-release.yml': {
          image,
          service: 'sensor-api',
          'gitops-repo': gitops,
          'staging-gitops-path': 'envs/staging',
          'production-gitops-path': 'envs/production',
          'gitops-wait': 'argocd',
          'staging-url': urls.staging,
          'production-url': urls.production,
          'install-command': '',
          'acceptance-test-command': itCommand('acceptance'),
          'acceptance-test-reports': 'reports/acceptance.xml',
        },
        'cloud-native-deploy.yml': {
          'gitops-repo': gitops,
          'gitops-path': 'envs/{environment}',
          'gitops-wait': 'argocd',
          'environment-url': 'http://{environment}.sensor-api.local',
          'slack-api-url': slackPlaceholder,
        },
        'cloud-native-chatops.yml': { services: `sensor-api:\n  image: ${image}\n  gitops-path: envs/{environment}\n`, 'relay-app': 'chat-relay[bot]' },
      },
    })
    // The preview manifests, committed like any other file of the repository.
    await writePreviewManifests(join(repoDir, 'deploy'), image)
    await git(repoDir, ['add', 'deploy'])
    await git(repoDir, ['commit', '--quiet', '-m', 'preview manifests'])
    void user

    github.state.addRepo(REPOSITORY)
    github.state.repo(REPOSITORY).git.refs.clear()
    await mirrorToEmulator(github.state, REPOSITORY, repoDir)
    for (const person of Object.values(PEOPLE)) github.state.addCollaborator(REPOSITORY, person, person === PEOPLE.operator ? 'admin' : 'write')
    github.state.addEnvironment(REPOSITORY, 'preview')
    github.state.addEnvironment(REPOSITORY, 'dev')
    github.state.addEnvironment(REPOSITORY, 'staging')
    github.state.addEnvironment(REPOSITORY, 'production', { reviewers: [PEOPLE.approver] })

    // The environments' cluster as promote sees it: the applier reports there as Argo CD does (the
    // emulator's own controllers off), and promote waits on it (gitops-wait: argocd).
    const argocd = await startKubernetesEmulator({ gitops: false })
    stops.push(() => argocd.stop())
    const applier = await startGitOpsApplier({
      repo: gitops,
      environments: Object.fromEntries(ENVIRONMENTS.map((env) => [env, { path: `envs/${env}/kustomization.yaml`, port: ports[env] }])),
      containersEnv,
      cluster: argocd,
    })
    stops.push(() => applier.stop())

    // The chat relay: a GitHub App installed on the repository, Slack users mapped in a reviewed file.
    const keys = generateKeyPairSync('rsa', { modulusLength: 2048 })
    const apps = appsOf(github.state)
    const app = apps.addApp({ slug: 'chat-relay', publicKeyPem: keys.publicKey.export({ type: 'spki', format: 'pem' }).toString() })
    const installation = apps.install(app.id, { repositories: [REPOSITORY], permissions: { contents: 'write', deployments: 'read' } })
    const relay = await startChatRelay({
      access: `slack:\n  users:\n    - { team: ${SLACK.team}, user: ${SLACK.user}, github: ${PEOPLE.operator} }\n  channels:\n    - { team: ${SLACK.team}, channel: ${SLACK.channel} }\n`,
      slack: { signingSecret: SLACK.signingSecret, botToken: SLACK.botToken, apiUrl: slack.apiUrl, responseUrlPrefix: slack.hooksUrl },
      github: {
        appId: app.id,
        privateKey: keys.privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(),
        installationId: installation.id,
        repository: REPOSITORY,
        apiUrl: github.url,
      },
      log: () => undefined,
    })
    stops.push(() => relay.stop())

    const gitopsToken = 'gitops-token-local-' + Math.random().toString(36).slice(2)
    const runner = new WorkflowRunner({
      repository: REPOSITORY,
      repoDir,
      remotes: { 'octo-org/actions': release.dir },
      emulator: { url: github.url, state: github.state },
      environmentSecrets: {
        preview: { PREVIEW_KUBECONFIG: cluster.inputs.kubeconfig ?? '' },
        ...Object.fromEntries(
          ENVIRONMENTS.map((env) => [env, { GITOPS_TOKEN: gitopsToken, SLACK_BOT_TOKEN: SLACK.botToken, CLUSTER_KUBECONFIG: argocd.kubeconfig() }]),
        ),
      },
      defaultPermissions: 'restricted',
      workDir: join(work, 'runs'),
      startService: serviceStarter(containersEnv),
      // The runner machine: container tools set up for the loopback registry, and the Node tools
      // a setup step would put on PATH (the monorepo's, as the runner image's tool cache).
      machineEnv: { ...containersEnv, PATH: `${join(ROOT, 'node_modules', '.bin')}:${process.env.PATH ?? ''}` },
    })
    const history = await seedHistory({ work, repoDir, release, github, image, baseImage: base.imageRef, gitops, containersEnv })
    const tokens = new Map<string, string>()
    return {
      work,
      registry,
      github,
      cluster,
      release,
      repoDir,
      gitops,
      applier,
      runner,
      slack,
      relay,
      image,
      baseImage: base.imageRef,
      history,
      urls,
      containersEnv,
      sync: async () => void (await mirrorToEmulator(github.state, REPOSITORY, repoDir)),
      tokenOf: (login) => {
        if (!tokens.has(login)) {
          const token = `ghp_${login}_${Math.random().toString(36).slice(2)}`
          github.state.addToken(token, { login, permissions: { deployments: 'write', actions: 'read', contents: 'read' } })
          tokens.set(login, token)
        }
        return tokens.get(login)!
      },
      stop: async () => {
        for (const stop of stops.reverse()) await stop().catch(() => undefined)
      },
    }
  } catch (error) {
    for (const stop of stops.reverse()) await stop().catch(() => undefined)
    throw error
  }
}

/**
 * The repository's history before the story: v1.4.0, built from main's first commit by the
 * released build-image and promoted to production by the released promote, so that production
 * has a version to roll back to. Not a build of the story: the story's builds are counted in its
 * workflow runs.
 */
async function seedHistory(w: {
  work: string
  repoDir: string
  release: ReleaseTree
  github: GitHubEmulator
  image: string
  baseImage: string
  gitops: string
  containersEnv: Record<string, string>
}): Promise<{ digest: string; imageRef: string }> {
  const sha = await git(w.repoDir, ['rev-parse', 'main~1'])
  const dir = join(w.work, 'history')
  await git(w.repoDir, ['worktree', 'add', '--quiet', '--detach', dir, sha])
  await run(join(ROOT, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.json'], { cwd: dir })
  const github = { sha, repository: REPOSITORY, token: WRITE_TOKEN, apiUrl: w.github.url, runId: '1' }
  const ok = (name: string, r: ActionRun): ActionRun => {
    if (r.exitCode !== 0) throw new Error(`history: ${name} failed: ${r.errors.join('; ') || r.stderr.slice(-1500)}`)
    return r
  }
  const commitTime = await git(w.repoDir, ['log', '-1', '--format=%ct', sha])
  const built = ok(
    'build-image',
    await runAction({
      action: join(w.release.dir, 'build-image'),
      cwd: dir,
      github,
      timeoutMs: 300_000,
      inputs: { image: w.image, context: '.', builder: 'buildah', 'build-args': `BASE_IMAGE=${w.baseImage}`, tags: 'v1.4.0' },
      env: { ...w.containersEnv, SOURCE_DATE_EPOCH: commitTime },
    }),
  )
  const imageRef = built.outputs['image-ref']!
  ok(
    'promote',
    await runAction({
      action: join(w.release.dir, 'promote'),
      cwd: dir,
      github,
      timeoutMs: 120_000,
      inputs: {
        source: imageRef,
        target: w.image,
        environment: 'production',
        service: 'sensor-api',
        version: 'v1.4.0',
        sha,
        'gitops-repo': w.gitops,
        'gitops-path': 'envs/production',
      },
    }),
  )
  await git(w.repoDir, ['worktree', 'remove', '--force', dir])
  return { digest: built.outputs.digest!, imageRef }
}

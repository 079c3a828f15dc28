// The bugs the local workflow runner found in the workflows users copy, each shown red on the
// workflows as they were (test/workflow-bugs/before, released as v0.9.0) and green on today's
// (released as v1.0.0): both release trees are built from this checkout's actions, and the
// starters are copied into a user's repository and run for the events that start them.
import { execFileSync } from 'node:child_process'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { RegistryClient } from '@cna/kit/registry'
import { buildReleaseTree, type ReleaseTree } from '../scripts/release-tree.js'
import { editStarter } from '../tools/story/user-repo.js'
import { mirrorToEmulator, WorkflowRunner, type RunReport } from '../tools/workflow-runner/index.js'
import { ROOT } from '../tools/action-harness/actions.js'
import { pushImage } from '../tools/parts/oci-images.js'
import { startRegistry, type RegistryFixture } from '../tools/parts/registry.js'
import { startGitHubEmulator, type GitHubEmulator } from '../tools/github-emulator/emulator.js'
import { startKubernetesEmulator, type KubernetesEmulator } from '../tools/kubernetes-emulator/emulator.js'

const GATES = ['unit-tests', 'integration-tests', 'security-scan', 'code-quality', 'peer-review']
let work: string
let emu: GitHubEmulator
let registry: RegistryFixture
let kube: KubernetesEmulator
let before: ReleaseTree
let after: ReleaseTree
let repoCount = 0
/** dev and staging for the tests after a promotion: a server that answers 200 to everything. */
let healthy: Server
let healthyUrl = ''

/** A source tree with this checkout's actions and the given workflows-templates folder. */
function sourceWith(templates: string): string {
  const dir = join(work, `source-${templates.split('/').pop()}`)
  mkdirSync(dir, { recursive: true })
  symlinkSync(join(ROOT, 'actions'), join(dir, 'actions'))
  for (const f of ['README.md', 'LICENSE']) cpSync(join(ROOT, f), join(dir, f))
  cpSync(join(ROOT, templates), join(dir, 'workflows-templates'), { recursive: true })
  return dir
}

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'workflow-bugs-'))
  ;[emu, registry, kube] = await Promise.all([startGitHubEmulator(), startRegistry(), startKubernetesEmulator({ terminationDelayMs: 50 })])
  healthy = createServer((_req, res) => res.end('ok'))
  await new Promise<void>((resolve) => healthy.listen(0, '127.0.0.1', resolve))
  healthyUrl = `http://127.0.0.1:${(healthy.address() as AddressInfo).port}`
  before = await buildReleaseTree({ source: sourceWith('test/workflow-bugs/before'), out: join(work, 'before'), version: 'v0.9.0' })
  after = await buildReleaseTree({ source: ROOT, out: join(work, 'after'), version: 'v1.0.0' })
}, 120_000)
afterAll(async () => {
  healthy?.close()
  await Promise.all([emu?.stop(), registry?.stop(), kube?.stop()])
  rmSync(work, { recursive: true, force: true })
})

const git = (dir: string, ...args: string[]): string =>
  execFileSync('git', ['-C', dir, '-c', 'user.name=alice', '-c', 'user.email=alice@example.com', '-c', 'commit.gpgsign=false', ...args], {
    encoding: 'utf8',
  }).trim()

/** A user's repository `octo/appN` with the chosen starters of a release tree copied and edited, mirrored into the emulator. */
async function userRepository(
  tree: ReleaseTree,
  starters: Record<string, Record<string, string>>,
  opts: { environmentSecrets?: Record<string, Record<string, string>> } = {},
) {
  const repository = `octo/app${++repoCount}`
  const dir = join(work, repository.replace('/', '-'))
  mkdirSync(join(dir, '.github', 'workflows'), { recursive: true })
  git(dir, 'init', '--quiet', '-b', 'main')
  writeFileSync(join(dir, 'README.md'), `# ${repository}\n`)
  for (const [file, edits] of Object.entries(starters)) {
    const text = readFileSync(join(tree.dir, 'workflow-templates', file), 'utf8')
    writeFileSync(join(dir, '.github', 'workflows', file === 'cloud-native-deploy.yml' ? 'deploy.yml' : file), editStarter(text, edits, 'main'))
  }
  git(dir, 'add', '-A')
  git(dir, 'commit', '--quiet', '-m', 'workflows')
  emu.state.addRepo(repository)
  emu.state.repo(repository).git.refs.clear()
  await mirrorToEmulator(emu.state, repository, dir)
  for (const env of ['preview', 'dev', 'staging', 'production']) emu.state.addEnvironment(repository, env)
  emu.state.addCollaborator(repository, 'carol', 'admin')
  const runner = new WorkflowRunner({
    repository,
    repoDir: dir,
    remotes: { 'octo-org/actions': tree.dir },
    emulator: { url: emu.url, state: emu.state },
    environmentSecrets: opts.environmentSecrets ?? {},
    workDir: join(work, 'runs', repository.replace('/', '-')),
  })
  return { repository, dir, runner, sha: git(dir, 'rev-parse', 'HEAD') }
}

const stepLogs = (report: RunReport): string =>
  Object.values(report.jobs)
    .flatMap((j) => j.steps.map((s) => s.log))
    .join('\n')

function comment(repository: string, body: string) {
  const issue = emu.state.addIssue(repository, { title: 'Deployments', user: 'carol' }).number
  const c = emu.state.addComment(repository, issue, { body, user: 'carol' })
  return {
    name: 'issue_comment',
    payload: {
      action: 'created',
      issue: { number: issue },
      comment: { id: c.id, body, user: { login: 'carol', type: 'User' } },
      repository: { full_name: repository, default_branch: 'main' },
      sender: { login: 'carol' },
    },
  }
}

describe('chatops starter', () => {
  let services = ''
  beforeAll(async () => {
    const client = new RegistryClient({ registry: registry.host })
    await pushImage(client, 'octo/svc', [256], { tag: 'v1.0.0' })
    services = `svc:\n  image: ${registry.host}/octo/svc\n`
  })

  test('before: every command fails, because the starter passes no services (the action requires them)', async () => {
    const { repository, runner, sha } = await userRepository(before, { 'cloud-native-chatops.yml': {} })
    const [report] = await runner.dispatchEvent({ event: comment(repository, '/deploy svc v1.0.0 to dev'), sha, ref: 'refs/heads/main' })
    expect(report!.conclusion).toBe('failure')
    expect(stepLogs(report!)).toContain('Input "services" is required but was empty')
    expect(emu.state.repo(repository).dispatches).toEqual([])
  })

  test('before, with services given: the lock deployment is refused 403 (the job grants deployments: read)', async () => {
    const { repository, runner, sha } = await userRepository(before, { 'cloud-native-chatops.yml': { services } })
    const [report] = await runner.dispatchEvent({ event: comment(repository, '/deploy svc v1.0.0 to dev'), sha, ref: 'refs/heads/main' })
    expect(report!.conclusion).toBe('failure')
    expect(report!.jobs['chatops/chatops']!.permissions).toMatchObject({ deployments: 'read' })
    expect(stepLogs(report!)).toContain('Resource not accessible by integration')
    expect(emu.state.repo(repository).deployments).toEqual([])
    expect(emu.state.repo(repository).dispatches).toEqual([])
  })

  test('after: the lock is taken and the deploy workflow dispatched with the digest', async () => {
    const { repository, runner, sha } = await userRepository(after, { 'cloud-native-chatops.yml': { services }, 'cloud-native-deploy.yml': {} })
    const [report] = await runner.dispatchEvent({ event: comment(repository, '/deploy svc v1.0.0 to dev'), sha, ref: 'refs/heads/main' })
    expect(report!.conclusion).toBe('success')
    expect(emu.state.repo(repository).deployments.map((d) => d.environment)).toEqual(['dev'])
    expect(emu.state.repo(repository).dispatches).toMatchObject([
      { path: '.github/workflows/deploy.yml', inputs: { service: 'svc', environment: 'dev', version: 'v1.0.0' } },
    ])
  })

  test('a command from the chat relay (repository_dispatch): before, nothing starts; after, chatops answers it', async () => {
    emu.state.addToken('ghs_relay', { login: 'chat-relay[bot]', permissions: { contents: 'write', metadata: 'read' } })
    const dispatch = (repository: string) => ({
      name: 'repository_dispatch',
      payload: {
        action: 'chatops',
        client_payload: { command: '/status svc', user: 'carol', request_id: 'r1' },
        branch: 'main',
        repository: { full_name: repository, default_branch: 'main' },
        sender: { login: 'chat-relay[bot]', type: 'Bot' },
      },
    })
    const old = await userRepository(before, { 'cloud-native-chatops.yml': { services } })
    expect(await old.runner.dispatchEvent({ event: dispatch(old.repository), sha: old.sha, ref: 'refs/heads/main' })).toEqual([])
    const now = await userRepository(after, { 'cloud-native-chatops.yml': { services, 'relay-app': 'chat-relay[bot]' } })
    const reports = await now.runner.dispatchEvent({ event: dispatch(now.repository), sha: now.sha, ref: 'refs/heads/main' })
    expect(
      reports.map((r) => `${r.name}: ${r.conclusion}`),
      stepLogs(reports[0]!),
    ).toEqual(['ChatOps: success'])
    expect(reports[0]!.jobs['chatops/chatops']!.steps[0]!.outputs.command).toBe('status')
  })
})

describe('preview cleanup starter', () => {
  const deleted = (repository: string) => ({
    name: 'delete',
    payload: { ref: 'feature/login', ref_type: 'branch', repository: { full_name: repository }, sender: { login: 'alice' } },
  })

  test('before: the call fails, because PREVIEW_KUBECONFIG is declared required and an environment secret is not passed by secrets: inherit', async () => {
    const { repository, runner, sha } = await userRepository(
      before,
      { 'cloud-native-preview-cleanup.yml': {} },
      { environmentSecrets: { preview: { PREVIEW_KUBECONFIG: kube.kubeconfig() } } },
    )
    const [report] = await runner.dispatchEvent({ event: deleted(repository), sha, ref: 'refs/heads/main' })
    expect(report!.conclusion).toBe('failure')
    expect(report!.error ?? stepLogs(report!)).toContain('PREVIEW_KUBECONFIG')
    expect(kube.requests.filter((r) => r.path.includes('dev-feature-login'))).toEqual([])
  })

  test('after: the teardown job reads the environment secret and tears the preview down', async () => {
    const { repository, runner, sha } = await userRepository(
      after,
      { 'cloud-native-preview-cleanup.yml': {} },
      { environmentSecrets: { preview: { PREVIEW_KUBECONFIG: kube.kubeconfig() } } },
    )
    const [report] = await runner.dispatchEvent({ event: deleted(repository), sha, ref: 'refs/heads/main' })
    expect(report!.conclusion).toBe('success')
    expect(report!.jobs['cleanup/teardown']!.result).toBe('success')
    expect(kube.requests.some((r) => r.path.includes('dev-feature-login'))).toBe(true)
  })
})

describe('release: the gates on the tagged main commit', () => {
  /** A pull request whose head passed the five gates and has its image, merged with a real merge commit. */
  async function mergedPullRequest(repo: Awaited<ReturnType<typeof userRepository>>, image: string, opts: { rebuiltOnMain?: boolean } = {}) {
    git(repo.dir, 'checkout', '--quiet', '-b', 'feature')
    writeFileSync(join(repo.dir, 'CHANGELOG.md'), '# v1.0.0\n')
    git(repo.dir, 'add', '-A')
    git(repo.dir, 'commit', '--quiet', '-m', 'change')
    const head = git(repo.dir, 'rev-parse', 'HEAD')
    git(repo.dir, 'checkout', '--quiet', 'main')
    await mirrorToEmulator(emu.state, repo.repository, repo.dir)
    const pr = emu.state.addPull(repo.repository, { head: 'feature', user: 'alice', title: 'change' })
    for (const name of GATES) emu.state.addCheckRun(repo.repository, { head_sha: head, name, conclusion: 'success' })
    const pushed = await pushImage(new RegistryClient({ registry: registry.host }), image.slice(registry.host.length + 1), [256], { tag: head })
    git(repo.dir, 'merge', '--quiet', '--no-ff', '-m', `Merge pull request #${pr.number}`, 'feature')
    const merge = git(repo.dir, 'rev-parse', 'HEAD')
    git(repo.dir, 'tag', 'v1.0.0', merge)
    // What a main workflow that builds again leaves: an image for the merge commit, and no gates on it.
    if (opts.rebuiltOnMain) await pushImage(new RegistryClient({ registry: registry.host }), image.slice(registry.host.length + 1), [256], { tag: merge })
    await mirrorToEmulator(emu.state, repo.repository, repo.dir)
    Object.assign(emu.state.repo(repo.repository).pulls.get(pr.number)!, { state: 'closed', merged: true, merged_at: emu.state.now(), merge_commit_sha: merge })
    return { head, merge, digest: pushed.digest }
  }
  const edits = (image: string) => ({ image, 'gitops-repo': '', 'staging-url': healthyUrl, 'acceptance-test-command': 'true' })
  const tagged = (repository: string, sha: string) => ({
    event: { name: 'push', payload: { ref: 'refs/tags/v1.0.0', after: sha, repository: { full_name: repository }, sender: { login: 'carol' } } },
    sha,
    ref: 'refs/tags/v1.0.0',
  })

  test('before: the release can never pass: promote reads commit statuses the job may not read (403)', async () => {
    const repo = await userRepository(before, { 'cloud-native-release.yml': {} })
    const image = `${registry.host}/${repo.repository}`
    writeFileSync(
      join(repo.dir, '.github', 'workflows', 'cloud-native-release.yml'),
      editStarter(readFileSync(join(before.dir, 'workflow-templates', 'cloud-native-release.yml'), 'utf8'), edits(image), 'main'),
    )
    git(repo.dir, 'commit', '--quiet', '-am', 'configure the release')
    const { merge } = await mergedPullRequest(repo, image, { rebuiltOnMain: true })
    const [report] = await repo.runner.dispatchEvent(tagged(repo.repository, merge))
    expect(report!.jobs['pipeline/resolve']!.result).toBe('failure')
    expect(stepLogs(report!)).toContain('Resource not accessible by integration')
    expect(report!.jobs['pipeline/staging']!.result).toBe('skipped')
  })

  test('after, but main never recorded gate evidence: the gates are missing on the tagged commit and nothing is promoted', async () => {
    const repo = await userRepository(after, {})
    const image = `${registry.host}/${repo.repository}`
    writeFileSync(
      join(repo.dir, '.github', 'workflows', 'cloud-native-release.yml'),
      editStarter(readFileSync(join(after.dir, 'workflow-templates', 'cloud-native-release.yml'), 'utf8'), edits(image), 'main'),
    )
    git(repo.dir, 'add', '-A')
    git(repo.dir, 'commit', '--quiet', '-m', 'configure the release')
    const { merge } = await mergedPullRequest(repo, image, { rebuiltOnMain: true })
    const [report] = await repo.runner.dispatchEvent(tagged(repo.repository, merge))
    expect(report!.jobs['pipeline/resolve']!.result).toBe('failure')
    expect(stepLogs(report!)).toMatch(/unit-tests: missing/)
  })

  test('after: main adopts the gated image and records the evidence; the release resolves that digest and promotes it to staging', async () => {
    const repo = await userRepository(after, {})
    const image = `${registry.host}/${repo.repository}`
    for (const [file, extra] of [
      ['cloud-native-release.yml', edits(image)],
      ['cloud-native-main.yml', { image, 'gitops-repo': '', 'dev-url': healthyUrl, 'dev-test-command': 'true' }],
    ] as const)
      writeFileSync(join(repo.dir, '.github', 'workflows', file), editStarter(readFileSync(join(after.dir, 'workflow-templates', file), 'utf8'), extra, 'main'))
    git(repo.dir, 'add', '-A')
    git(repo.dir, 'commit', '--quiet', '-m', 'configure main and the release')
    const { head, merge, digest } = await mergedPullRequest(repo, image)
    const [main] = await repo.runner.dispatchEvent({
      event: { name: 'push', payload: { ref: 'refs/heads/main', after: merge, repository: { full_name: repo.repository }, sender: { login: 'alice' } } },
      sha: merge,
      ref: 'refs/heads/main',
    })
    expect(main!.jobs['pipeline/build']!.outputs).toMatchObject({ adopted: 'true', built: 'false', digest })
    expect(main!.jobs['pipeline/deploy-dev']!.result, stepLogs(main!)).toBe('success')
    const evidence = emu.state.repo(repo.repository).checkRuns.find((c) => c.head_sha === merge && c.name === 'gate-evidence')
    expect(evidence?.output?.title).toContain(head.slice(0, 7))
    const [release] = await repo.runner.dispatchEvent(tagged(repo.repository, merge))
    expect(release!.jobs['pipeline/resolve']!.result, stepLogs(release!)).toBe('success')
    expect(release!.jobs['pipeline/resolve']!.outputs.digest).toBe(digest)
    expect(release!.jobs['pipeline/staging']!.result, stepLogs(release!)).toBe('success')
  })
})

describe('main: a merge whose tree differs from the gated head', () => {
  test('is not adopted: it is built and gated itself, and with its gates failing nothing reaches dev', async () => {
    const repo = await userRepository(after, {})
    const image = `${registry.host}/${repo.repository}`
    const storage = join(work, 'containers')
    mkdirSync(storage, { recursive: true })
    writeFileSync(join(storage, 'storage.conf'), `[storage]\ndriver = "vfs"\ngraphroot = "${storage}/store"\nrunroot = "${storage}/run"\n`)
    writeFileSync(join(storage, 'registries.conf'), `[[registry]]\nlocation = "${registry.host}"\ninsecure = true\n`)
    const runner = new WorkflowRunner({
      repository: repo.repository,
      repoDir: repo.dir,
      remotes: { 'octo-org/actions': after.dir },
      emulator: { url: emu.url, state: emu.state },
      workDir: join(work, 'runs', 'behind'),
      machineEnv: {
        CONTAINERS_STORAGE_CONF: join(storage, 'storage.conf'),
        CONTAINERS_REGISTRIES_CONF: join(storage, 'registries.conf'),
        BUILDAH_ISOLATION: 'chroot',
        PATH: process.env.PATH ?? '',
      },
    })
    const starter = editStarter(
      readFileSync(join(after.dir, 'workflow-templates', 'cloud-native-main.yml'), 'utf8'),
      { image, 'gitops-repo': '', 'dev-url': healthyUrl, 'dev-test-command': 'true' },
      'main',
    )
    writeFileSync(join(repo.dir, '.github', 'workflows', 'cloud-native-main.yml'), starter)
    writeFileSync(join(repo.dir, 'Containerfile'), 'FROM scratch\nCOPY README.md /README.md\n')
    git(repo.dir, 'add', '-A')
    git(repo.dir, 'commit', '--quiet', '-m', 'main workflow and image')
    // The pull request's head passed its gates and has its image...
    git(repo.dir, 'checkout', '--quiet', '-b', 'feature')
    writeFileSync(join(repo.dir, 'CHANGELOG.md'), '# feature\n')
    git(repo.dir, 'add', '-A')
    git(repo.dir, 'commit', '--quiet', '-m', 'feature')
    const head = git(repo.dir, 'rev-parse', 'HEAD')
    // ...but main moved on before the merge, so the merge commit's tree is not the gated one.
    git(repo.dir, 'checkout', '--quiet', 'main')
    writeFileSync(join(repo.dir, 'NOTICE'), 'meanwhile on main\n')
    git(repo.dir, 'add', '-A')
    git(repo.dir, 'commit', '--quiet', '-m', 'meanwhile')
    await mirrorToEmulator(emu.state, repo.repository, repo.dir)
    const pr = emu.state.addPull(repo.repository, { head: 'feature', user: 'alice', title: 'feature' })
    for (const name of GATES) emu.state.addCheckRun(repo.repository, { head_sha: head, name, conclusion: 'success' })
    await pushImage(new RegistryClient({ registry: registry.host }), repo.repository, [256], { tag: head })
    git(repo.dir, 'merge', '--quiet', '--no-ff', '-m', `Merge pull request #${pr.number}`, 'feature')
    const merge = git(repo.dir, 'rev-parse', 'HEAD')
    await mirrorToEmulator(emu.state, repo.repository, repo.dir)
    Object.assign(emu.state.repo(repo.repository).pulls.get(pr.number)!, { state: 'closed', merged: true, merged_at: emu.state.now(), merge_commit_sha: merge })
    expect(git(repo.dir, 'rev-parse', `${merge}^{tree}`)).not.toBe(git(repo.dir, 'rev-parse', `${head}^{tree}`))

    const [main] = await runner.dispatchEvent({
      event: { name: 'push', payload: { ref: 'refs/heads/main', after: merge, repository: { full_name: repo.repository }, sender: { login: 'alice' } } },
      sha: merge,
      ref: 'refs/heads/main',
    })
    const build = main!.jobs['pipeline/build']!
    expect(build.outputs, stepLogs(main!)).toMatchObject({ adopted: 'false', built: 'true' })
    expect(stepLogs(main!)).toMatch(/tree/i)
    // The merge commit was gated itself (and failed: this repository has no tests), so dev got nothing.
    expect(main!.jobs['pipeline/gates/unit-tests']!.result).toBe('failure')
    expect(main!.jobs['pipeline/deploy-dev']!.result).toBe('skipped')
    expect(emu.state.repo(repo.repository).deployments.filter((d) => d.environment === 'dev')).toEqual([])
    expect(emu.state.repo(repo.repository).checkRuns.filter((c) => c.head_sha === merge && c.name === 'gate-evidence')).toEqual([])
  })
})

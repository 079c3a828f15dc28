/**
 * The pipeline, locally, on the bundled example service, through the committed action
 * bundles run exactly as the GitHub runner runs them (INPUT_* variables, event payload,
 * GITHUB_OUTPUT, job summary). Real parts where they can run here — the registry, buildah,
 * podman, git, ESLint, vitest — and the emulators in test/ where they cannot (GitHub, and
 * Kubernetes unless KUBECONFIG names a cluster). Everything it starts, it stops.
 *
 * The blueprint: build-image → the five gates on an emulated pull request whose head is this
 * commit (unit-tests, integration-tests against the running container, security-scan and
 * code-quality on the reports ESLint writes, peer-review) → preview-deploy → promote dev →
 * staging → production through a local GitOps repository, each requiring the five checks →
 * chatops `/status` → preview-teardown. It ends with one table: the same digest at every stage.
 */
import { execFile } from 'node:child_process'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { promisify } from 'node:util'
import { buildBaseImage } from '../examples/sensor-api/base/build-base.ts'
import { ROOT } from '../test/harness/actions.ts'
import { runAction, type ActionRun, type RunActionOptions } from '../test/harness/run-action.ts'
import { manifestDigest, startRegistry } from '../test/fixtures/registry.ts'
import { freePort, runContainer } from '../test/fixtures/container.ts'
import { assertNoViolations, startGitHubEmulator, WRITE_TOKEN } from '../test/github/emulator.ts'
import { startContainer } from './pipeline/container.ts'
import { startCluster, writePreviewManifests } from './pipeline/preview.ts'
import { openPullRequest } from './pipeline/pull-request.ts'
import { writeReports } from './pipeline/reports.ts'
import { Stages } from './pipeline/stages.ts'

const run = promisify(execFile)
const REPOSITORY = 'octo-org/sensor-api'
const PROD_USER = 'prod-deployer'
const PROD_PASSWORD = `local-${Math.random().toString(36).slice(2)}`
const BRANCH = 'readings-api'
const GATES = ['unit-tests', 'integration-tests', 'security-scan', 'code-quality', 'peer-review'] as const

async function main(): Promise<void> {
  const work = join(ROOT, '.tmp', 'pipeline')
  await rm(work, { recursive: true, force: true })
  await mkdir(work, { recursive: true })
  const startedAt = Date.now()
  const stages = new Stages()

  const [registry, prodRegistry, github, cluster] = await Promise.all([
    startRegistry(),
    startRegistry({ auth: { username: PROD_USER, password: PROD_PASSWORD } }),
    startGitHubEmulator(),
    startCluster(),
  ])
  console.log(`registry ${registry.url}, production registry ${prodRegistry.url} (basic auth), GitHub API emulator ${github.url}, Kubernetes: ${cluster.name}`)
  try {
    // buildah and podman are told the loopback registries speak plain HTTP, as a runner with
    // a local registry would be set up (Docker assumes it for loopback by itself).
    const registriesConf = join(work, 'registries.conf')
    await writeFile(registriesConf, [registry.host, prodRegistry.host].map((h) => `[[registry]]\nlocation = "${h}"\ninsecure = true\n`).join('\n'))
    const storageConf = join(work, 'storage.conf')
    await writeFile(storageConf, `[storage]\ndriver = "vfs"\ngraphroot = "${work}/store"\nrunroot = "${work}/run"\n`)
    const containersEnv = { CONTAINERS_STORAGE_CONF: storageConf, CONTAINERS_REGISTRIES_CONF: registriesConf, BUILDAH_ISOLATION: 'chroot' }

    const sha = (await run('git', ['rev-parse', 'HEAD'], { cwd: ROOT })).stdout.trim()
    const commitTime = (await run('git', ['log', '-1', '--format=%ct'], { cwd: ROOT })).stdout.trim()
    const service = join(ROOT, 'examples', 'sensor-api')
    const sources = join(service, 'src')
    github.state.addRepo(REPOSITORY)
    // Pull request #1: its head is the commit built here, and it adds the service's sources.
    const pr = await openPullRequest(github, { repository: REPOSITORY, root: ROOT, sources, sha, branch: BRANCH, author: 'alice' })
    const action = (name: string, opts: Omit<RunActionOptions, 'action'>): Promise<ActionRun> =>
      runAction({ cwd: ROOT, github: { sha, repository: REPOSITORY, token: WRITE_TOKEN, apiUrl: github.url, runId: '1' }, timeoutMs: 300_000, ...opts, action: name })
    const expectOk = (name: string, result: ActionRun): ActionRun => {
      if (result.exitCode !== 0) throw new Error(`${name} failed: ${result.errors.join('; ') || result.stderr.slice(-2000) || result.stdout.slice(-2000)}`)
      return result
    }
    /** A gate on the pull_request event of PR #1, as the pull-request workflow runs it. */
    const gate = async (name: (typeof GATES)[number], inputs: Record<string, string>): Promise<ActionRun> => {
      const result = expectOk(
        name,
        await action(name, {
          eventName: 'pull_request',
          event: pr.event,
          github: { sha, ref: `refs/pull/${pr.number}/merge`, repository: REPOSITORY, token: WRITE_TOKEN, apiUrl: github.url, runId: '2' },
          inputs: { 'check-name': name, ...inputs },
        }),
      )
      if (result.outputs.conclusion !== 'success') throw new Error(`${name} concluded ${result.outputs.conclusion}`)
      return result
    }

    await stages.run('sensor-api: compile (tsc; the image copies dist/)', async () => {
      await run('pnpm', ['run', 'build'], { cwd: service })
      return { detail: 'examples/sensor-api/dist' }
    })

    const base = await stages.run('base image (node from this machine; nothing can be pulled here)', async () => {
      const built = await buildBaseImage({ registryHost: registry.host, workDir: join(work, 'base') })
      return { ...built, digest: built.digest, detail: built.tag }
    })

    const image = `${registry.host}/${REPOSITORY}`
    const build = await stages.run(`build-image (commit ${sha.slice(0, 12)})`, async () => {
      const result = expectOk(
        'build-image',
        await action('build-image', {
          eventName: 'push',
          inputs: { image, context: 'examples/sensor-api', builder: 'buildah', 'build-args': `BASE_IMAGE=${base.imageRef}`, tags: 'v1.4.2' },
          env: { ...containersEnv, SOURCE_DATE_EPOCH: commitTime },
        }),
      )
      const confirmed = await manifestDigest(registry, REPOSITORY, sha)
      if (confirmed !== result.outputs.digest) throw new Error(`registry says ${confirmed}, build-image said ${result.outputs.digest}`)
      return { digest: result.outputs.digest!, imageRef: result.outputs['image-ref']!, result: 'pushed', detail: `${image}:${sha.slice(0, 12)}…, v1.4.2` }
    })

    await stages.run('the image runs: GET /healthz', async () => {
      const health = await runContainer({ image: build.imageRef, env: containersEnv, path: '/healthz' })
      if (health.status !== 200) throw new Error(`the service answered /healthz with ${health.status}`)
      return { result: `${health.status} ${health.body}` }
    })

    // ---- The five gates, on pull request #1, each reporting a check run on its head commit.
    const reports = join(work, 'reports')
    await mkdir(reports, { recursive: true })
    const rel = (path: string): string => relative(ROOT, path)

    await stages.run('unit-tests', async () => {
      const out = join(reports, 'unit')
      const result = await gate('unit-tests', {
        'working-directory': 'examples/sensor-api',
        // The service's own `pnpm test` (vitest, v8 coverage), its reports written to the pipeline's folder.
        command: `npx vitest run --project unit --coverage --outputFile.junit=${out}/junit.xml --coverage.reportsDirectory=${out}/coverage`,
        reports: `${out}/junit.xml`,
        coverage: `${out}/coverage/lcov.info`,
        'min-coverage': '90',
      })
      const o = result.outputs
      return { result: o.conclusion!, detail: `${o.passed}/${o.total} passed, line coverage ${o.coverage}% (min 90)` }
    })

    await stages.run('integration-tests', async () => {
      const out = join(reports, 'integration')
      const port = await freePort()
      const url = `http://127.0.0.1:${port}`
      // The image, pulled by its digest, runs while the gate waits for it and tests it over HTTP.
      const container = await startContainer({ image: build.imageRef, env: containersEnv, port })
      try {
        const result = await gate('integration-tests', {
          'working-directory': 'examples/sensor-api',
          'wait-for': `${url}/healthz`,
          'wait-timeout': '60s',
          'base-url': url,
          command: `npx vitest run --project integration --outputFile.junit=${out}/junit.xml`,
          reports: `${out}/junit.xml`,
        }).catch(async (error: unknown) => {
          throw new Error(`${(error as Error).message}\ncontainer log:\n${await container.logs()}`)
        })
        const o = result.outputs
        return { result: o.conclusion!, digest: build.digest, detail: `${o.passed}/${o.total} passed against the container at ${url}` }
      } finally {
        await container.stop()
      }
    })

    const written = await writeReports(ROOT, rel(sources), reports)
    await stages.run('security-scan', async () => {
      const result = await gate('security-scan', { sarif: rel(written.sarif), 'fail-on': 'high' })
      const o = result.outputs
      return {
        result: o.conclusion!,
        detail: `ESLint + eslint-plugin-security SARIF: ${written.securityFindings} finding(s); critical ${o.critical}, high ${o.high}, medium ${o.medium}, low ${o.low}; fails on high`,
      }
    })

    await stages.run('code-quality', async () => {
      const result = await gate('code-quality', { reports: rel(written.eslintJson) })
      const o = result.outputs
      return { result: o.conclusion!, detail: `ESLint JSON (repository config): ${written.lintMessages} message(s); on added lines ${o.errors} error(s), ${o.warnings} warning(s)` }
    })

    await stages.run('peer-review', async () => {
      github.state.addReview(REPOSITORY, pr.number, { user: 'bob', state: 'APPROVED' })
      const result = await gate('peer-review', { 'required-approvals': '1' })
      return { result: result.outputs.conclusion!, detail: `${result.outputs.approvals} approval (@bob, of ${sha.slice(0, 12)}) on PR #${pr.number} by @alice` }
    })

    const checks = github.state.repo(REPOSITORY).checkRuns
    console.log(`\ncheck runs of PR #${pr.number} (head ${sha}):`)
    for (const name of GATES) {
      const check = checks.filter((c) => c.name === name).at(-1)
      if (!check || check.conclusion !== 'success' || check.head_sha !== sha) throw new Error(`check run ${name}: ${check ? `${check.conclusion} on ${check.head_sha}` : 'missing'}`)
      console.log(`  check-run ${name}: ${check.conclusion} on ${check.head_sha}`)
    }

    // ---- The pull request's own environment.
    const manifests = await writePreviewManifests(join(work, 'deploy', 'preview'), image)
    const preview = await stages.run('preview-deploy', async () => {
      const result = expectOk(
        'preview-deploy',
        await action('preview-deploy', {
          eventName: 'pull_request',
          event: pr.event,
          github: { sha, ref: `refs/pull/${pr.number}/merge`, repository: REPOSITORY, token: WRITE_TOKEN, apiUrl: github.url, runId: '3' },
          inputs: { 'image-ref': build.imageRef, manifests: rel(manifests), domain: 'dev.example.com', timeout: '60s', ttl: '3d', ...cluster.inputs },
          env: cluster.env,
        }),
      )
      const namespace = result.outputs.namespace!
      const url = result.outputs.url!
      // What the cluster was given: the Deployment's image, pinned by the digest built.
      const images = cluster.deployedImages(namespace)
      const pinned = images?.find((i) => i.startsWith(`${image}@`))
      if (images && !pinned) throw new Error(`the preview Deployment runs ${images.join(', ')}, not ${image}@…`)
      return { namespace, url, result: `namespace ${namespace}`, digest: (pinned ?? build.imageRef).split('@')[1]!, detail: `${url} (${cluster.emulator ? 'Kubernetes API emulator' : 'cluster'})` }
    })
    console.log(`preview url: ${preview.url}`)

    // The GitOps config repository Argo CD or Flux would reconcile: one overlay per environment.
    const gitops = join(work, 'octo-org', 'gitops-config.git')
    const seed = join(work, 'gitops-seed')
    for (const env of ['dev', 'staging', 'production']) {
      await mkdir(join(seed, 'envs', env), { recursive: true })
      await writeFile(join(seed, 'envs', env, 'kustomization.yaml'), `# ${env}: reconciled by Argo CD\napiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nnamespace: sensor-api-${env}\nresources:\n  - ../../base\nimages:\n  - name: sensor-api\n    newTag: "1.4.1"\n`)
    }
    for (const args of [['init', '-q', '-b', 'main', seed], ['-C', seed, 'add', '.'], ['-C', seed, '-c', 'user.name=platform', '-c', 'user.email=platform@example.com', 'commit', '-qm', 'environments'], ['clone', '-q', '--bare', seed, gitops]]) {
      await run('git', args)
    }

    const promotions: Array<{ environment: string; target: string; extra: Record<string, string> }> = [
      { environment: 'dev', target: `${registry.host}/dev/sensor-api`, extra: {} },
      { environment: 'staging', target: `${registry.host}/staging/sensor-api`, extra: {} },
      { environment: 'production', target: `${prodRegistry.host}/prod/sensor-api`, extra: { 'target-username': PROD_USER, 'target-password': PROD_PASSWORD } },
    ]
    let source = build.imageRef
    for (const { environment, target, extra } of promotions) {
      await stages.run(`promote → ${environment}`, async () => {
        const result = expectOk(
          `promote to ${environment}`,
          await action('promote', {
            inputs: {
              source,
              target,
              environment,
              tags: 'v1.4.2',
              sha,
              'require-checks': GATES.join(', '),
              'gitops-repo': gitops,
              'gitops-path': `envs/${environment}`,
              ...extra,
            },
          }),
        )
        const moved = /bytes moved\*\* \| ([^|]+)\|/.exec(result.summary)?.[1]?.trim()
        // promote read the five check runs on the commit from the GitHub emulator before copying anything.
        if (!result.stdout.includes(`required checks passed on ${sha}: ${GATES.join(', ')}`)) throw new Error(`promote to ${environment} did not report the required checks passed`)
        source = result.outputs['image-ref']!
        return { digest: result.outputs.digest!, result: `gitops ${result.outputs['gitops-commit']!.slice(0, 12)}`, detail: `${target}; ${moved ?? ''}; ${GATES.length} required checks green` }
      })
    }

    // ---- chatops: someone asks in an issue where sensor-api runs.
    await stages.run('chatops /status', async () => {
      const issue = github.state.addIssue(REPOSITORY, { title: 'Deployments' }).number
      const body = '/status sensor-api'
      const comment = github.state.addComment(REPOSITORY, issue, { body, user: 'carol' })
      expectOk(
        'chatops',
        await action('chatops', {
          eventName: 'issue_comment',
          event: {
            action: 'created',
            issue: { number: issue },
            comment: { id: comment.id, body, user: { login: 'carol', type: 'User' } },
            repository: { full_name: REPOSITORY, default_branch: 'main' },
          },
          github: { repository: REPOSITORY, token: WRITE_TOKEN, apiUrl: github.url, runId: '4' },
          inputs: { services: `sensor-api:\n  image: ${image}\n  gitops-path: envs/{environment}\n` },
        }),
      )
      const reply = github.state.repo(REPOSITORY).comments.find((c) => c.body.includes(`<!-- chatops:comment-${comment.id} -->`))
      if (!reply) throw new Error('chatops did not reply to /status')
      console.log(`    reply on issue #${issue}:\n${reply.body.split('\n').filter((l) => l.startsWith('|')).map((l) => `      ${l}`).join('\n')}`)
      // /status reads the environments' GitHub Deployments, which promote recorded.
      const production = github.state.repo(REPOSITORY).deployments.filter((d) => d.environment === 'production').sort((a, b) => b.id - a.id)[0]
      const digest = (production?.payload as { digest?: string } | undefined)?.digest
      const row = reply.body.split('\n').find((l) => l.startsWith('| production |'))
      if (!digest || !row?.includes(digest.slice(0, 19))) throw new Error(`the /status reply does not show production at ${digest}: ${row}`)
      const cells = row.split('|').map((c) => c.trim().replace(/`/g, ''))
      return { result: 'replied', digest, detail: `issue #${issue}; production: ${cells[2]} ${cells[3]} ${cells[7]} (digest from the Deployment /status reads)` }
    })

    // ---- The branch is merged and deleted: its environment goes.
    await stages.run('preview-teardown', async () => {
      const result = expectOk(
        'preview-teardown',
        await action('preview-teardown', {
          eventName: 'delete',
          event: { ref: BRANCH, ref_type: 'branch', repository: { full_name: REPOSITORY, default_branch: 'main' } },
          github: { repository: REPOSITORY, token: WRITE_TOKEN, apiUrl: github.url, runId: '5' },
          inputs: { timeout: '60s', ...cluster.inputs },
          env: cluster.env,
        }),
      )
      const deleted = result.outputs.deleted ?? ''
      if (deleted !== preview.namespace) throw new Error(`preview-teardown deleted "${deleted}", expected ${preview.namespace}`)
      if (cluster.namespaceExists(deleted)) throw new Error(`namespace ${deleted} still exists after preview-teardown`)
      console.log(`    namespace ${deleted} is gone${cluster.emulator ? ' (the emulator no longer lists it)' : ''}`)
      return { result: `deleted ${deleted}` }
    })
    assertNoViolations(github)

    const digests = new Set(stages.records.filter((r) => r.digest && !r.stage.startsWith('base')).map((r) => r.digest))
    console.log(`\n${stages.table()}\n`)
    if (digests.size !== 1) throw new Error(`the digest changed between stages: ${[...digests].join(', ')}`)
    const { stdout: log } = await run('git', ['-C', gitops, 'log', '--format=%h %s', 'main'])
    console.log(`GitOps commits:\n${log.trim().split('\n').map((l) => `  ${l}`).join('\n')}\n`)
    console.log(`image-ref: ${build.imageRef}`)
    console.log(`registry confirms ${image}:${sha} → ${await manifestDigest(registry, REPOSITORY, sha)}`)
    console.log(`production registry confirms ${prodRegistry.host}/prod/sensor-api:${sha} → ${await manifestDigest(prodRegistry, 'prod/sensor-api', sha)}`)
    console.log(`digest: ${build.digest}`)
    console.log(`pipeline took ${((Date.now() - startedAt) / 1000).toFixed(1)} s`)
  } finally {
    await Promise.all([registry.stop(), prodRegistry.stop(), github.stop(), cluster.stop()])
  }
}

main().catch((error: unknown) => {
  console.error(`pipeline failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})

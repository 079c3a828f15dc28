// The README's pipeline, end to end, as the story it tells: the starter workflows, copied from
// the release tree into an application repository, run by the local workflow runner on the
// events of one change. Asserts on what happened (the story's structured result and the
// emulators' state), not on printed text.
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { ROOT } from '../tools/action-harness/actions.js'
import { assertNoViolations } from '../tools/github-emulator/emulator.js'
import { manifestDigest } from '../tools/parts/registry.js'
import { runGitOpsGate, type GitOpsGateResult } from '../tools/story/gitops-gate.js'
import { runStory, type StoryResult } from '../tools/story/story.js'
import { REPOSITORY, startWorld, type World } from '../tools/story/world.js'
import { parseEvidence } from '@cna/kit/required-checks'
import { LEVEL, maxPerms, RUN_PERMISSIONS, STEP_PERMISSIONS } from './workflow-permissions.js'

const GATES = ['unit-tests', 'integration-tests', 'security-scan', 'code-quality', 'peer-review']
let world: World
let story: StoryResult
let gitops: GitOpsGateResult

beforeAll(async () => {
  world = await startWorld({ work: join(ROOT, '.tmp', 'pipeline-test') })
  story = await runStory(world)
  gitops = await runGitOpsGate(world)
}, 900_000)
afterAll(() => world?.stop())

const run = (title: RegExp) => story.stages.find((s) => title.test(s.stage))!
const repo = () => world.github.state.repo(REPOSITORY)

describe('the story through the starter workflows', () => {
  test('every workflow run of the story concluded success, but the first (peer-review fails until the approval)', () => {
    const outcomes = story.reports.map((r) => `${r.name} (${r.event}): ${r.conclusion}`)
    expect(outcomes[0]).toBe('Pull request (pull_request): failure')
    expect(story.reports[0]!.jobs['pipeline/peer-review']!.result).toBe('failure')
    expect(outcomes.slice(1).filter((o) => !o.endsWith(': success'))).toEqual([])
    // Each starter ran, and through it each reusable workflow (gates.yml nested in pull-request.yml and main.yml).
    expect(new Set(story.reports.map((r) => r.name))).toEqual(new Set(['Pull request', 'Preview cleanup', 'Main', 'Release', 'ChatOps', 'Deploy']))
    const jobs = story.reports.flatMap((r) => Object.keys(r.jobs))
    expect(jobs).toEqual(
      expect.arrayContaining([
        'pipeline/gates/unit-tests',
        'pipeline/deploy-dev',
        'pipeline/production',
        'chatops/chatops',
        'deploy/deploy',
        'deploy/lock',
        'cleanup/teardown',
      ]),
    )
    assertNoViolations(world.github)
  })

  test('the digest built on the pull request is the digest in dev, staging and production, and exactly one image was built', () => {
    expect(story.built).toMatch(/^sha256:[0-9a-f]{64}$/)
    expect(story.deployed).toEqual({ dev: story.built, staging: story.built, production: story.built })
    expect(story.builds).toBe(1)
  })

  test('the five gates passed on the pull request head; main adopted its image with verified gate evidence', async () => {
    for (const gate of GATES) {
      const check = repo()
        .checkRuns.filter((c) => c.name === gate && c.head_sha === story.pullRequest.head)
        .sort((a, b) => b.id - a.id)[0]
      expect(check?.conclusion, gate).toBe('success')
    }
    // main's merge commit: the same tree as the gated head, its SHA tag on the PR's digest.
    expect(run(/^push to main/).tree).toBe(story.pullRequest.tree)
    expect(await manifestDigest(world.registry, REPOSITORY, story.mergeCommit)).toBe(story.built)
    const main = story.reports.find((r) => r.name === 'Main')!
    const build = main.jobs['pipeline/build']!.steps.find((s) => s.uses?.includes('/build-image@'))!
    expect(build.outputs).toMatchObject({ adopted: 'true', built: 'false', 'gated-sha': story.pullRequest.head, digest: story.built })
    // The gates did not run again on main: their jobs were skipped on purpose.
    expect(main.jobs['pipeline/gates']?.result ?? 'skipped').toBe('skipped')
    expect(story.evidence?.conclusion).toBe('success')
    expect(parseEvidence(story.evidence!.text)).toMatchObject({
      pullRequest: 1,
      headSha: story.pullRequest.head,
      tree: story.pullRequest.tree,
      digest: story.built,
    })
  })

  test('integration tests ran against dev and acceptance tests against staging, on the image the GitOps commits pin', () => {
    const main = story.reports.find((r) => r.name === 'Main')!
    expect(main.jobs['pipeline/integration-tests']!.result).toBe('success')
    const release = story.reports.find((r) => r.name === 'Release')!
    expect(release.jobs['pipeline/acceptance']!.result).toBe('success')
    const applied = world.applier.history.map((a) => `${a.environment} ${a.imageRef.split('@')[1]}`)
    expect(applied).toEqual(
      expect.arrayContaining([`dev ${story.built}`, `staging ${story.built}`, `production ${story.built}`, `production ${world.history.digest}`]),
    )
  })

  test('each promotion returned only once Argo CD reported its GitOps commit synced and healthy, serving its digest', () => {
    const promotions = story.reports
      .flatMap((r) => Object.values(r.jobs))
      .flatMap((j) => j.steps)
      .filter((s) => s.uses?.includes('/promote@') && s.outputs['gitops-commit'])
    // dev, staging, production (the release), then /rollback and /deploy through the deploy workflow.
    expect(promotions).toHaveLength(5)
    for (const step of promotions) {
      const commit = step.outputs['gitops-commit']!
      const digest = step.outputs.digest!
      expect(step.outputs.outcome).toBe('success')
      expect(step.log).toContain(`Synced at ${commit.slice(0, 12)}, Healthy, running ${digest.slice(0, 19)}`)
      // What the applier ran for that commit answered on the environment's port before promote said so:
      // the tests after the promotion reach this digest.
      const applied = world.applier.history.find((a) => a.commit === commit)
      expect(applied?.imageRef.endsWith(`@${digest}`), commit).toBe(true)
      expect(applied!.servingAt).toBeGreaterThan(0)
    }
  })

  test('production waited for its required reviewer each time: the release and both chat commands', () => {
    const production = story.reports.flatMap((r) => Object.entries(r.jobs)).filter(([, j]) => j.environment?.name === 'production')
    expect(production.length).toBe(3)
    for (const [, job] of production) expect(job.result).toBe('success')
  })

  test('from Slack: a signed /deploy, confirmed, went relay → GitHub App dispatch → chatops for the mapped login → deploy → an answer in its thread', () => {
    const dispatch = repo().repositoryDispatches.at(-1)!
    expect(dispatch).toMatchObject({
      event_type: 'chatops',
      actor: 'chat-relay[bot]',
      client_payload: { command: '/deploy sensor-api v1.4.2 to production', user: 'carol', reply: { platform: 'slack', channel: 'C0DEPLOYS' } },
    })
    const chatops = story.reports.filter((r) => r.name === 'ChatOps' && r.event === 'repository_dispatch')
    expect(chatops.map((r) => r.conclusion)).toEqual(['success'])
    expect(chatops[0]!.jobs['chatops/chatops']!.steps[0]!.outputs).toMatchObject({ command: 'deploy', environment: 'production', digest: story.built })
    const parent = world.slack.messages.find((m) => m.channel === 'C0DEPLOYS' && !m.thread_ts)!
    const answer = world.slack.thread('C0DEPLOYS', parent.ts).at(-1)!
    expect(answer.text).toContain('Deployed sensor-api v1.4.2 to production')
    expect(world.slack.problems).toEqual([])
  })

  test('chatops: /rollback went back to v1.4.0 and /deploy v1.4.2 forward again, each through the deploy workflow, the lock released', () => {
    const deployments = repo()
      .deployments.filter((d) => d.environment === 'production')
      .sort((a, b) => a.id - b.id)
    // Each command's lock deployment and its promotion's deployment name the same digest: the
    // changes of digest are what production went through.
    const digests = deployments.map((d) => (d.payload as { digest?: string }).digest).filter((d): d is string => !!d)
    const changes = digests.filter((d, i) => d !== digests[i - 1])
    expect(changes).toEqual([world.history.digest, story.built, world.history.digest, story.built])
    const deploys = story.reports.filter((r) => r.name === 'Deploy')
    expect(deploys.map((r) => r.conclusion)).toEqual(['success', 'success'])
  })

  test('the preview went with the pull request and stays gone when the branch is deleted', () => {
    const preview = story.reports.find((r) => r.name === 'Pull request')!.jobs['pipeline/preview-deploy']!
    expect(preview.outputs.namespace).toBe('dev-readings-api')
    expect(world.cluster.namespaceExists('dev-readings-api')).toBe(false)
    expect(run(/deleted$/).runs).toEqual(['Preview cleanup: success'])
  })

  test('the permission table covers what every job’s requests used of its token in the emulator, and no job was refused one', () => {
    const uncovered: string[] = []
    for (const report of story.reports) {
      for (const [id, job] of Object.entries(report.jobs)) {
        if (job.result === 'skipped') continue
        const steps = job.steps.map((step) => step.uses?.replace(/^octo-org\/actions\/([\w-]+)@.*$/, './actions/$1'))
        const table = maxPerms([
          ...steps.flatMap((uses) => (uses ? STEP_PERMISSIONS.filter(([re]) => re.test(uses)).map(([, p]) => p) : [])),
          ...job.steps.flatMap((step) => (step.run ? RUN_PERMISSIONS.filter(([re]) => re.test(step.run!)).map(([, p]) => p) : [])),
        ])
        for (const use of job.tokenUsed ?? []) {
          const [scope, access] = use.split(':') as [string, string]
          if (scope === 'metadata') continue
          const name = scope.replace(/_/g, '-')
          if ((LEVEL[table[name] ?? 'none'] ?? 0) < (LEVEL[access] ?? 0))
            uncovered.push(`${report.name} / ${id}: used ${name}: ${access}, the table gives ${table[name] ?? 'none'}`)
        }
      }
    }
    expect(uncovered).toEqual([])
    // The jobs did use their tokens: chatops took the lock (deployments: write), promote read statuses.
    const used = story.reports.flatMap((r) => Object.entries(r.jobs).map(([id, j]) => [id, j.tokenUsed ?? []] as const))
    expect(used.find(([id]) => id === 'chatops/chatops')?.[1]).toContain('deployments:write')
    expect(used.find(([id]) => id === 'pipeline/deploy-dev')?.[1]).toContain('statuses:read')
    expect(
      story.reports
        .flatMap((r) => Object.values(r.jobs))
        .flatMap((j) => j.steps)
        .map((s) => s.log)
        .join('\n'),
    ).not.toContain('Resource not accessible by integration')
  })
})

describe('the GitOps repository through the same gates (config-gate starter)', () => {
  test('the promotion pull request (one digest moved in staging) is gated green, and the comment shows exactly that change', () => {
    expect(gitops.reports.map((r) => `${r.name}: ${r.conclusion}`)).toEqual(['Config gate: success', 'Config gate: failure'])
    expect(gitops.promotion).toMatchObject({ conclusion: 'success', annotations: [] })
    expect(gitops.promotion.comment).toContain('#### staging: 1 object(s) changed')
    expect(gitops.promotion.comment).toContain('#### dev: no change')
    expect(gitops.promotion.comment).toContain('#### production: no change')
  })

  test('a hand edit that unpins an image (with a missing limit and a schema error) is gated red with the rule, file and line of each', () => {
    expect(gitops.handEdit.conclusion).toBe('failure')
    expect(gitops.handEdit.annotations).toEqual([
      'resources base/deployment.yaml:22',
      'image-digest environments/production/kustomization.yaml:10',
      'schema environments/staging/replicas.yaml:6',
    ])
  })

  test("the application repository does not carry the GitOps repository's starter", () => {
    expect(story.reports.map((r) => r.name)).not.toContain('Config gate')
  })
})

// The whole story, told through the starter workflows themselves, triggered by events on the
// application team's repository: a pull request is opened (build, five gates, preview) → approved
// → merged with a real git merge (main adopts the PR's image: dev gets the same digest without a
// build; integration tests against dev) → tag v1.4.2 (staging, acceptance tests, production after
// the environment's approval) → `/rollback` and `/deploy` comments (chatops → the deploy workflow,
// production approval again) → the branch is deleted (preview cleanup). Returns what happened.
import { writeFile, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { RunReport, RunEvent } from '../workflow-runner/index.ts'
import { deleteEvent, issueCommentEvent, pullRequestEvent, pullRequestReviewEvent, pushEvent, type PullRef, type RepositoryRef } from './events.ts'
import { git } from './user-repo.ts'
import { PEOPLE, REPOSITORY, SLACK, type World } from './world.ts'

const REPO: RepositoryRef = { fullName: REPOSITORY, defaultBranch: 'main' }
const BRANCH = 'readings-api'
const VERSION = 'v1.4.2'
const GATES = ['unit-tests', 'integration-tests', 'security-scan', 'code-quality', 'peer-review']

export interface StoryStage {
  stage: string
  event: string
  /** Each workflow run: "<name>: <conclusion>". */
  runs: string[]
  commit: string
  tree: string
  /** The digest this stage built, deployed or found running. */
  digest?: string
  /** What this stage checked or recorded as gate evidence. */
  evidence?: string
}

export interface StoryResult {
  stages: StoryStage[]
  pullRequest: { number: number; head: string; tree: string }
  /** The digest build-image produced on the pull request. */
  built: string
  /** Where each environment's GitOps file and the running container point at the end. */
  deployed: Record<string, string>
  /** build-image steps that built an image (not adopted, not reused), over every run. */
  builds: number
  mergeCommit: string
  evidence: { name: string; conclusion: string | null; text: string } | undefined
  reports: RunReport[]
}

type Step = (stage: StoryStage) => void

export async function runStory(world: World, log: (line: string) => void = () => undefined): Promise<StoryResult> {
  const reports: RunReport[] = []
  const stages: StoryStage[] = []
  const { github, runner, repoDir } = world
  const repo = () => github.state.repo(REPOSITORY)

  const treeOf = (sha: string) => git(repoDir, ['rev-parse', `${sha}^{tree}`])
  const event = async (name: string, title: string, payload: Record<string, unknown>, sha: string, ref: string, also?: Step): Promise<RunReport[]> => {
    const started = Date.now()
    // A repository_dispatch arrives through the emulator (the relay sent it): the runner drains it.
    const runs = name === 'repository_dispatch' ? [] : await runner.dispatchEvent({ event: { name, payload } as RunEvent, sha, ref })
    runs.push(...(await runner.drainDispatches()))
    reports.push(...runs)
    const stage: StoryStage = { stage: title, event: name, runs: runs.map((r) => `${r.name}: ${r.conclusion}`), commit: sha, tree: await treeOf(sha) }
    also?.(stage)
    stages.push(stage)
    log(
      `==> ${title} (${name}) [${((Date.now() - started) / 1000).toFixed(1)} s]\n${runs.map((r) => `    ${r.name}: ${r.conclusion}${r.error ? ` (${r.error})` : ''}`).join('\n')}`,
    )
    for (const r of runs) if (r.conclusion !== 'success') log(failedJobs(r))
    return runs
  }

  // ---- A pull request: alice's branch, one commit on top of main.
  const base = await git(repoDir, ['rev-parse', 'main'])
  await git(repoDir, ['checkout', '--quiet', '-b', BRANCH])
  await writeFile(join(repoDir, 'CHANGELOG.md'), `# Changelog\n\n## ${VERSION}\n- Readings API: list a sensor's readings.\n`)
  await git(repoDir, ['add', 'CHANGELOG.md'], PEOPLE.author)
  await git(repoDir, ['commit', '--quiet', '-m', 'Readings API changelog'], PEOPLE.author)
  const head = await git(repoDir, ['rev-parse', 'HEAD'])
  await git(repoDir, ['checkout', '--quiet', 'main'])
  await world.sync()
  const record = github.state.addPull(REPOSITORY, { head: BRANCH, user: PEOPLE.author, title: 'Readings API' })
  const pr: PullRef = { number: record.number, title: record.title, author: PEOPLE.author, head: { ref: BRANCH, sha: head }, base: { ref: 'main', sha: base } }
  const prRef = `refs/pull/${pr.number}/merge`

  let built = ''
  await event('pull_request', `pull request #${pr.number} opened`, pullRequestEvent(REPO, pr, 'opened'), head, prRef, (stage) => {
    built = outputOf(reports, 'build', 'digest') ?? ''
    stage.digest = built
    stage.evidence = checkSummary(repo().checkRuns, head)
  })
  if (!built)
    throw new Error(
      `the pull request did not build an image:\n${reports.map((r) => `${r.name}: ${r.conclusion}${r.error ? ` (${r.error})` : ''}\n${failedJobs(r)}`).join('\n')}`,
    )

  // ---- bob approves: the peer-review gate runs again and passes.
  const review = github.state.addReview(REPOSITORY, pr.number, { user: PEOPLE.reviewer, state: 'APPROVED', commit_id: head })
  await event(
    'pull_request_review',
    `approved by @${PEOPLE.reviewer}`,
    pullRequestReviewEvent(REPO, pr, { id: review.id, user: PEOPLE.reviewer, state: 'approved' }),
    head,
    prRef,
    (stage) => {
      stage.evidence = checkSummary(repo().checkRuns, head)
    },
  )
  const unmet = GATES.filter((g) => latest(repo().checkRuns, head, g)?.conclusion !== 'success')
  if (unmet.length) throw new Error(`the five gates did not all pass on the pull request's head: ${unmet.join(', ')}\n${reports.map(failedJobs).join('\n')}`)

  // ---- The merge: a real git merge into main, then the closed pull request and the push.
  await git(
    repoDir,
    ['merge', '--quiet', '--no-ff', '-m', `Merge pull request #${pr.number} from ${REPOSITORY.split('/')[0]}/${BRANCH}`, BRANCH],
    PEOPLE.author,
  )
  const merge = await git(repoDir, ['rev-parse', 'HEAD'])
  await world.sync()
  const now = github.state.now()
  Object.assign(repo().pulls.get(pr.number)!, { state: 'closed', merged: true, merged_at: now, closed_at: now, merge_commit_sha: merge })
  const closed: PullRef = { ...pr, state: 'closed', merged: true, mergeCommitSha: merge }
  await event('pull_request', `pull request #${pr.number} merged (closed)`, pullRequestEvent(REPO, closed, 'closed'), merge, prRef)
  await event(
    'push',
    `push to main (merge ${merge.slice(0, 7)})`,
    pushEvent(REPO, { ref: 'refs/heads/main', before: base, after: merge, pusher: PEOPLE.author, tree: await treeOf(merge) }),
    merge,
    'refs/heads/main',
    (stage) => {
      stage.digest = outputOf(reports, 'deploy-dev', 'image-ref')?.split('@')[1]
      stage.evidence = `${evidenceSummary(repo().checkRuns, merge)}; deploy-dev ${promoteChecked(reports, 'deploy-dev')}`
    },
  )

  // ---- The release: tag v1.4.2 on main; production waits for rita's approval.
  await git(repoDir, ['tag', '-a', VERSION, '-m', `sensor-api ${VERSION}`, merge], PEOPLE.operator)
  await world.sync()
  const approving = approveWhenAsked(world, 'production', PEOPLE.approver)
  await event(
    'push',
    `tag ${VERSION}`,
    pushEvent(REPO, { ref: `refs/tags/${VERSION}`, before: '', after: merge, pusher: PEOPLE.operator }),
    merge,
    `refs/tags/${VERSION}`,
    (stage) => {
      stage.digest = outputOf(reports, 'resolve', 'digest')
      stage.evidence = `resolve-digest ${promoteChecked(reports, 'resolve')}; production approved by @${PEOPLE.approver}`
    },
  )
  await approving.stop()

  // ---- ChatOps: roll production back from a comment, then deploy the release again from Slack.
  const rollback = '/rollback sensor-api in production'
  const issue = github.state.addIssue(REPOSITORY, { title: 'Deployments', user: PEOPLE.operator }).number
  const comment = github.state.addComment(REPOSITORY, issue, { body: rollback, user: PEOPLE.operator })
  const asked = approveWhenAsked(world, 'production', PEOPLE.approver)
  await event(
    'issue_comment',
    rollback,
    issueCommentEvent(REPO, { issue, isPullRequest: false, id: comment.id, body: rollback, user: PEOPLE.operator }),
    merge,
    'refs/heads/main',
    (stage) => {
      stage.digest = latestDeployment(github, 'production')
      stage.evidence = `dispatched deploy.yml; production approved by @${PEOPLE.approver}`
    },
  )
  await slackDeploy(world, `${VERSION}`, async (title) => {
    await event('repository_dispatch', title, {}, merge, 'refs/heads/main', (stage) => {
      stage.digest = latestDeployment(github, 'production')
      const answer = slackAnswer(world)
      stage.evidence = `Slack ${SLACK.channel}: confirmed by ${SLACK.user} (mapped to @${PEOPLE.operator}); production approved by @${PEOPLE.approver}; answer in the thread: ${answer ? `"${answer}"` : 'none'}`
    })
  })
  await asked.stop()

  // ---- The branch goes: its preview environment goes with it.
  await git(repoDir, ['branch', '--quiet', '-D', BRANCH])
  await world.sync()
  await event('delete', `branch ${BRANCH} deleted`, deleteEvent(REPO, BRANCH, PEOPLE.author), merge, 'refs/heads/main')

  const deployed: Record<string, string> = {}
  for (const [env, applied] of world.applier.running()) deployed[env] = applied.imageRef.split('@')[1]!
  const evidenceRun = latest(repo().checkRuns, merge, 'gate-evidence')
  return {
    stages,
    pullRequest: { number: pr.number, head, tree: await treeOf(head) },
    built,
    deployed,
    builds: countBuilds(reports),
    mergeCommit: merge,
    evidence: evidenceRun ? { name: evidenceRun.name, conclusion: evidenceRun.conclusion, text: evidenceRun.output?.text ?? '' } : undefined,
    reports,
  }
}

/** The newest value of a job output across the runs so far (job ids may be nested, `caller/callee`). */
function outputOf(reports: RunReport[], job: string, output: string): string | undefined {
  for (const report of [...reports].reverse()) {
    for (const [id, j] of Object.entries(report.jobs).reverse()) if ((id === job || id.endsWith(`/${job}`)) && j.outputs[output]) return j.outputs[output]
  }
  return undefined
}

/** What the newest promote step of a job said about the required checks it verified. */
function promoteChecked(reports: RunReport[], job: string): string {
  for (const report of [...reports].reverse()) {
    for (const [id, j] of Object.entries(report.jobs)) {
      if (id !== job && !id.endsWith(`/${job}`)) continue
      const line = j.steps.map((s) => /^required checks: .*$/m.exec(s.log)?.[0]).find(Boolean)
      if (line) return line
    }
  }
  return 'checked no gates'
}

/** build-image steps that really built: `built == 'true'`. */
export function countBuilds(reports: RunReport[]): number {
  return reports
    .flatMap((r) => Object.values(r.jobs))
    .flatMap((j) => j.steps)
    .filter((s) => s.uses?.includes('/build-image@') && s.outputs.built === 'true').length
}

interface CheckLike {
  name: string
  head_sha: string
  conclusion: string | null
  id: number
  output?: { text?: string | null; title?: string | null }
}

function latest(checks: CheckLike[], sha: string, name: string): CheckLike | undefined {
  return checks.filter((c) => c.head_sha === sha && c.name === name).sort((a, b) => b.id - a.id)[0]
}

function checkSummary(checks: CheckLike[], sha: string): string {
  return GATES.map((g) => `${g} ${latest(checks, sha, g)?.conclusion ?? 'missing'}`).join(', ') + ` on ${sha.slice(0, 7)}`
}

function evidenceSummary(checks: CheckLike[], sha: string): string {
  const run = latest(checks, sha, 'gate-evidence')
  return run ? `gate-evidence ${run.conclusion} on ${sha.slice(0, 7)}: ${run.output?.title ?? ''}` : `no gate-evidence on ${sha.slice(0, 7)}`
}

function latestDeployment(github: World['github'], environment: string): string | undefined {
  const d = github.state
    .repo(REPOSITORY)
    .deployments.filter((x) => x.environment === environment)
    .sort((a, b) => b.id - a.id)[0]
  return (d?.payload as { digest?: string } | undefined)?.digest
}

function failedJobs(report: RunReport): string {
  return Object.entries(report.jobs)
    .filter(([, j]) => j.result === 'failure')
    .map(
      ([id, j]) =>
        `    ${report.name} / ${id}: ${j.error ?? ''}\n${j.steps
          .filter((s) => s.outcome === 'failure')
          .map(
            (s) =>
              `      step ${s.name}:\n${s.log
                .split('\n')
                .slice(-25)
                .map((l) => `        ${l}`)
                .join('\n')}`,
          )
          .join('\n')}`,
    )
    .join('\n')
}

/**
 * carol types the command in Slack: a signed slash command to the relay, which asks to confirm a
 * production deploy (current → target version and digest); her click makes the relay dispatch it
 * as the GitHub App; then `dispatched` runs what that started.
 */
async function slackDeploy(world: World, version: string, dispatched: (title: string) => Promise<void>): Promise<void> {
  const who = { team: SLACK.team, user: SLACK.user, channel: SLACK.channel }
  const responseUrl = world.slack.newResponseUrl()
  const text = `sensor-api ${version} to production`
  const answered = await world.slack.slashCommand(world.relay.url, { ...who, command: '/deploy', text, responseUrl })
  if (answered.status !== 200) throw new Error(`the relay answered the slash command with ${answered.status}`)
  await world.relay.idle()
  const id = responseUrl.split('/').pop()
  const confirmation = world.slack.responses.filter((r) => r.id === id).at(-1)?.body.blocks as
    Array<{ type: string; elements?: Array<{ action_id?: string; value?: string }> }> | undefined
  const value = confirmation?.find((b) => b.type === 'actions')?.elements?.find((e) => e.action_id === 'chatops_confirm')?.value
  if (!value) throw new Error('the relay did not ask to confirm the production deploy')
  const clicked = await world.slack.click(world.relay.url, { ...who, actionId: 'chatops_confirm', value, responseUrl })
  if (clicked.status !== 200) throw new Error(`the relay answered the confirmation with ${clicked.status}`)
  await world.relay.idle()
  await dispatched(`Slack: /deploy ${text}`)
}

/** The newest reply in the relay's thread in the deploy channel: what the deploy workflow answered. */
function slackAnswer(world: World): string | undefined {
  const parents = world.slack.messages.filter((m) => m.channel === SLACK.channel && !m.thread_ts)
  const parent = parents.at(-1)
  if (!parent) return undefined
  const replies = world.slack.thread(SLACK.channel, parent.ts).slice(1)
  return replies.at(-1)?.text
}

/** Approves the environment's pending deployments through the REST API, as the reviewer would, until stopped. */
function approveWhenAsked(world: World, environment: string, reviewer: string): { stop(): Promise<void> } {
  let stopped = false
  const token = world.tokenOf(reviewer)
  const loop = (async () => {
    while (!stopped) {
      const repo = world.github.state.repo(REPOSITORY)
      for (const pending of [...repo.pendingDeployments]) {
        if (pending.environment !== environment) continue
        const env = world.github.state.environment(REPOSITORY, environment)!
        await fetch(`${world.github.url}/repos/${REPOSITORY}/actions/runs/${pending.run_id}/pending_deployments`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, accept: 'application/vnd.github+json', 'content-type': 'application/json' },
          body: JSON.stringify({ environment_ids: [env.id], state: 'approved', comment: 'Approved for the release' }),
        })
      }
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  })()
  return {
    stop: async () => {
      stopped = true
      await loop
    },
  }
}

export async function readText(path: string): Promise<string> {
  return readFile(path, 'utf8')
}

// The config-gate starter as a GitOps repository runs it: copied from the release tree (where it
// calls the pinned reusable workflow, which runs config-gate from the tree), committed to the
// repository, and run by the local workflow runner on two pull requests: a digest move (green,
// with the rendered difference in the comment) and a hand edit with three problems (red, one
// annotation per problem at its file and line).
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest'
import { buildReleaseTree, type ReleaseTree } from '../scripts/release-tree.js'
import { ROOT } from '../tools/action-harness/actions.js'
import { assertNoViolations, startGitHubEmulator, type GitHubEmulator } from '../tools/github-emulator/emulator.js'
import { WorkflowRunner } from '../tools/workflow-runner/index.js'
import { mirrorToEmulator } from '../tools/workflow-runner/src/mirror.js'
import { badEdit, BAD_EDIT_LOCATIONS, DIGEST_A, DIGEST_B, gitopsFiles, promoteDigestEdit } from '../tools/story/gitops-fixture.js'
import { branch, initRepository } from '../tools/story/gitops-repo.js'

const REPO = 'octo-org/gitops-config'
let work: string
let tree: ReleaseTree
let emu: GitHubEmulator
let runner: WorkflowRunner
let repoDir: string
const sha: Record<string, string> = {}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'config-gate-starter-'))
  tree = await buildReleaseTree({ source: ROOT, out: join(work, 'tree'), version: 'v1.2.3', strict: false })
  const starter = (await readFile(join(tree.dir, 'workflow-templates', 'cloud-native-config-gate.yml'), 'utf8')).replace(/\$default-branch/g, 'main')
  repoDir = join(work, 'gitops-config')
  sha.main = await initRepository(repoDir, { ...gitopsFiles(), '.github/workflows/config-gate.yml': starter })
  sha.promote = await branch(repoDir, 'promote/staging', promoteDigestEdit())
  sha.bad = await branch(repoDir, 'hand-edit', badEdit())
  emu = await startGitHubEmulator()
  emu.state.addRepo(REPO)
  await mirrorToEmulator(emu.state, REPO, repoDir)
  runner = new WorkflowRunner({ repository: REPO, repoDir, remotes: { 'octo-org/actions': tree.dir }, emulator: { url: emu.url, state: emu.state as never } })
}, 180_000)
afterEach(() => assertNoViolations(emu))
afterAll(async () => {
  await emu?.stop()
  if (work) await rm(work, { recursive: true, force: true })
})

async function openPull(head: string, headSha: string) {
  const pull = emu.state.addPull(REPO, { head, title: head })
  const payload = {
    action: 'opened',
    number: pull.number,
    pull_request: { number: pull.number, head: { ref: head, sha: headSha }, base: { ref: 'main', sha: sha.main } },
  }
  const reports = await runner.dispatchEvent({ event: { name: 'pull_request', payload }, sha: headSha, ref: `refs/pull/${pull.number}/merge` })
  return { pull: pull.number, reports }
}
const check = (headSha: string) => emu.state.repo(REPO).checkRuns.filter((c) => c.head_sha === headSha && c.name === 'config-gate')
const comments = (pull: number) => emu.state.repo(REPO).comments.filter((c) => c.issue_number === pull)

describe('the config-gate starter, run by the workflow runner', () => {
  test('a pull request that moves one digest: the starter calls the pinned reusable workflow; green check; the comment shows that change in staging only', async () => {
    const { pull, reports } = await openPull('promote/staging', sha.promote!)
    expect(reports).toHaveLength(1)
    const report = reports[0]!
    const job = report.jobs['config-gate/config-gate']!
    expect(job.steps.map((s) => s.uses)).toEqual([expect.stringMatching(/^actions\/checkout@/), `octo-org/actions/config-gate@${tree.actionsCommit}`])
    expect(job.permissions).toMatchObject({ contents: 'read', checks: 'write', pull_requests: 'write', packages: 'none' })
    expect(report.conclusion, report.log).toBe('success')
    expect(check(sha.promote!)).toMatchObject([{ conclusion: 'success', annotations: [] }])
    const body = comments(pull)[0]!.body
    expect(comments(pull)).toHaveLength(1)
    expect(body).toContain('#### dev: no change')
    expect(body).toContain('#### production: no change')
    expect(body).toContain('#### staging: 1 object(s) changed')
    expect(body).toContain(
      `-        - image: registry.example/octo-org/sensor-api@${DIGEST_A}\n+        - image: registry.example/octo-org/sensor-api@${DIGEST_B}`,
    )
  })

  test('a hand edit with a tag-pinned image, a missing limit and a schema error: red check, one annotation per problem at its file and line', async () => {
    const { pull, reports } = await openPull('hand-edit', sha.bad!)
    expect(reports[0]!.conclusion).toBe('failure')
    const [run] = check(sha.bad!)
    expect(run!.conclusion).toBe('failure')
    expect(run!.annotations.map((a) => ({ rule: a.title!.split(' ')[0], file: a.path, line: a.start_line }))).toEqual([
      { rule: 'resources', ...BAD_EDIT_LOCATIONS.resources },
      { rule: 'image-digest', ...BAD_EDIT_LOCATIONS['image-digest'] },
      { rule: 'schema', ...BAD_EDIT_LOCATIONS.schema },
    ])
    expect(comments(pull)[0]!.body).toContain('### config-gate: ❌ failed')
  })
})

// The GitOps repository's side of the story: infrastructure goes through the same gates. A
// platform team's GitOps repository (three environments, images pinned by digest) runs the
// config-gate starter from the same release tree; two pull requests arrive: the one promote's
// pull-request mode opens (one digest moved in staging), gated green with exactly that change in
// the comment, and a hand edit (a tag-pinned image, a missing limit, a schema error), gated red
// with one annotation per problem at its rule, file and line.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { mirrorToEmulator } from '../workflow-runner/src/mirror.ts'
import { WorkflowRunner, type RunReport } from '../workflow-runner/index.ts'
import { badEdit, gitopsFiles, promoteDigestEdit } from './gitops-fixture.ts'
import { branch, initRepository } from './gitops-repo.ts'
import type { World } from './world.ts'

export const GITOPS_REPOSITORY = 'octo-org/sensor-api-gitops'

export interface GatedPull {
  pull: number
  branch: string
  /** The config-gate check run's conclusion on the head commit. */
  conclusion: string | null
  /** Each annotation as `<rule> <file>:<line>`. */
  annotations: string[]
  /** The gate's one comment on the pull request. */
  comment: string
}

export interface GitOpsGateResult {
  repository: string
  promotion: GatedPull
  handEdit: GatedPull
  reports: RunReport[]
}

export async function runGitOpsGate(world: World, log: (line: string) => void = () => undefined): Promise<GitOpsGateResult> {
  const { github, release } = world
  const repoDir = join(world.work, 'sensor-api-gitops')
  const starter = (await readFile(join(release.dir, 'workflow-templates', 'cloud-native-config-gate.yml'), 'utf8')).replace(/\$default-branch/g, 'main')
  const main = await initRepository(repoDir, { ...gitopsFiles(), '.github/workflows/config-gate.yml': starter })
  const heads = { promotion: await branch(repoDir, 'promote/staging', promoteDigestEdit()), handEdit: await branch(repoDir, 'hand-edit', badEdit()) }
  github.state.addRepo(GITOPS_REPOSITORY)
  await mirrorToEmulator(github.state, GITOPS_REPOSITORY, repoDir)
  const runner = new WorkflowRunner({
    repository: GITOPS_REPOSITORY,
    repoDir,
    remotes: { 'octo-org/actions': release.dir },
    emulator: { url: github.url, state: github.state },
  })
  const reports: RunReport[] = []

  const gate = async (head: string, sha: string): Promise<GatedPull> => {
    const started = Date.now()
    const pull = github.state.addPull(GITOPS_REPOSITORY, { head, title: head })
    const payload = { action: 'opened', number: pull.number, pull_request: { number: pull.number, head: { ref: head, sha }, base: { ref: 'main', sha: main } } }
    reports.push(...(await runner.dispatchEvent({ event: { name: 'pull_request', payload }, sha, ref: `refs/pull/${pull.number}/merge` })))
    const repo = github.state.repo(GITOPS_REPOSITORY)
    const check = repo.checkRuns.filter((c) => c.head_sha === sha && c.name === 'config-gate').at(-1)
    const gated: GatedPull = {
      pull: pull.number,
      branch: head,
      conclusion: check?.conclusion ?? null,
      annotations: (check?.annotations ?? []).map((a) => `${(a.title ?? '').split(' ')[0]} ${a.path}:${a.start_line}`),
      comment: repo.comments.filter((c) => c.issue_number === pull.number).at(-1)?.body ?? '',
    }
    log(
      `GitOps repository PR #${gated.pull} (${head}): config-gate ${gated.conclusion}${gated.annotations.length ? ` — ${gated.annotations.join(', ')}` : ''} (${((Date.now() - started) / 1000).toFixed(1)} s)`,
    )
    return gated
  }
  return {
    repository: GITOPS_REPOSITORY,
    promotion: await gate('promote/staging', heads.promotion),
    handEdit: await gate('hand-edit', heads.handEdit),
    reports,
  }
}

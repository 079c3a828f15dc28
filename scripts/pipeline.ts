/**
 * The pipeline, locally, told through the starter workflows themselves: the example service is
 * an application team's repository with the starters copied from this repository's release tree
 * (as `octo-org/actions@v1.0.0`), and a local workflow runner executes them (GitHub's own parser
 * and expression evaluator, a token per job with exactly its permissions) on the events of one
 * change: pull request opened → approved → merged (main adopts the PR's image: no second build)
 * → tag v1.4.2 (staging, acceptance, production after the environment's approval) → /rollback
 * and /deploy comments → the branch deleted. Real parts where they can run here (the registry,
 * buildah, podman, git, vitest, ESLint); the emulators where they cannot (GitHub, Kubernetes, and
 * a GitOps applier standing in for Argo CD). It ends with one table: the digest from the PR build
 * to production, the commit and tree at each stage, and the gate evidence each promotion checked;
 * then the GitOps repository's pull requests through config-gate, and the run's four keys.
 */
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { ROOT } from '../tools/action-harness/actions.ts'
import { assertNoViolations } from '../tools/github-emulator/emulator.ts'
import { runGitOpsGate } from '../tools/story/gitops-gate.ts'
import { runStory, type StoryResult } from '../tools/story/story.ts'
import { REPOSITORY, startWorld } from '../tools/story/world.ts'
import { pipelineKeys } from './pipeline-keys.ts'

export function storyTable(result: StoryResult): string {
  const short = (s: string | undefined, n = 12) => (s ? s.slice(0, n) : '')
  const rows = result.stages.map(
    (s) =>
      `| ${s.stage} | ${s.runs.join('<br>') || '(no workflow)'} | \`${short(s.commit)}\` | \`${short(s.tree)}\` | ${s.digest ? `\`${s.digest}\`` : ''} | ${s.evidence ?? ''} |`,
  )
  return ['| stage | workflow runs | commit | tree | digest | gate evidence |', '|---|---|---|---|---|---|', ...rows].join('\n')
}

async function main(): Promise<void> {
  const work = join(ROOT, '.tmp', 'pipeline')
  await rm(work, { recursive: true, force: true })
  const startedAt = Date.now()
  const world = await startWorld({ work })
  console.log(`registry ${world.registry.url}, GitHub API emulator ${world.github.url}, Kubernetes: ${world.cluster.name}`)
  console.log(`release tree ${world.release.commit} (octo-org/actions v1.0.0), repository ${world.repoDir}`)
  console.log(`history: production runs v1.4.0 ${world.history.digest} (built before the story from main's first commit)`)
  try {
    const result = await runStory(world, (line) => console.log(line))
    console.log(`\n${storyTable(result)}\n`)
    const failed = result.reports.filter(
      (r) => r.conclusion !== 'success' && !(r.name === 'Pull request' && r.event === 'pull_request' && r === result.reports[0]),
    )
    console.log(`pull request #${result.pullRequest.number}: head ${result.pullRequest.head}, tree ${result.pullRequest.tree}`)
    console.log(`built on the pull request: ${result.built}`)
    for (const [env, digest] of Object.entries(result.deployed)) console.log(`${env} runs: ${digest}`)
    console.log(`image builds in the story's workflow runs: ${result.builds}`)
    console.log(`workflow runs: ${result.reports.length}, not successful: ${failed.map((r) => `${r.name} (${r.event})`).join(', ') || 'none'}`)
    assertNoViolations(world.github)
    const problems: string[] = []
    if (result.builds !== 1) problems.push(`expected exactly one image build, saw ${result.builds}`)
    for (const env of ['dev', 'staging', 'production'])
      if (result.deployed[env] !== result.built) problems.push(`${env} runs ${result.deployed[env]}, not the PR's ${result.built}`)
    if (problems.length) throw new Error(problems.join('; '))
    console.log(`digest: ${result.built}`)
    // Infrastructure through the same gates: the GitOps repository's pull requests, config-gate.
    const gated = await runGitOpsGate(world, (line) => console.log(line))
    if (gated.promotion.conclusion !== 'success' || gated.handEdit.conclusion !== 'failure')
      throw new Error(`config-gate on ${gated.repository}: the promotion PR ${gated.promotion.conclusion}, the hand edit ${gated.handEdit.conclusion}`)
    // The four keys of this run's own deployment records (delivery-metrics over the emulator).
    console.log(`\n${await pipelineKeys(world.github, REPOSITORY)}`)
  } finally {
    await world.stop()
    console.log(`pipeline took ${((Date.now() - startedAt) / 1000).toFixed(1)} s`)
  }
}

if (process.argv[1] && process.argv[1].endsWith('pipeline.ts')) {
  main().catch((error: unknown) => {
    console.error(`pipeline failed: ${error instanceof Error ? error.message : String(error)}`)
    process.exit(1)
  })
}

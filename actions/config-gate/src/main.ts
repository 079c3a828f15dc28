import { mkdir, mkdtemp, readdir, readFile } from 'node:fs/promises'
import { availableParallelism, tmpdir } from 'node:os'
import { isAbsolute, join } from 'node:path'
import * as core from '@actions/core'
import { exec, readRunContext, registerSecret, UserError, writeSummary } from '@cna/kit'
import { createRestClient, parseRepo } from '@cna/kit/github'
import { headShaOf, publishGateReport, trimJobSummary } from '@cna/kit/check-run'
import { COMMENT_MARKER } from './comment.js'
import { commentOrNotice } from './github.js'
import { getInputs } from './inputs.js'
import { renderEnvironment } from './render.js'
import { run } from './run.js'
import { configSummary } from './summary.js'
import { checkTerraform } from './terraform.js'
import { KUBERNETES_VERSION } from './schema.js'

/** The only place with process-level effects: inputs in, collaborators built, outputs out. */
export async function main(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const inputs = getInputs()
  registerSecret(inputs['github-token'])
  const context = readRunContext(env)
  const repoDir = join(context.workspace, inputs['repository-path'])
  const repo = parseRepo(context.repository)
  const client = inputs['github-token'] && repo ? createRestClient(inputs['github-token']) : undefined
  const pull = context.payload.pull_request as { number?: number; base?: { sha?: string } } | undefined
  const wanted = { base: inputs.base || pull?.base?.sha || '', head: inputs.head || headShaOf(context) || 'HEAD' }
  const commits = { base: wanted.base && (await resolveCommit(repoDir, wanted.base)), head: await resolveCommit(repoDir, wanted.head) }
  const scratch = await mkdtemp(join(context.tempDir || tmpdir(), 'config-gate-'))

  const result = await run(inputs, commits, {
    checkout: (commit) => checkout(repoDir, commit, scratch),
    listFiles: async (dir) =>
      (await readdir(dir, { recursive: true, withFileTypes: true }))
        .filter((e) => e.isFile())
        .map((e) =>
          join(e.parentPath, e.name)
            .slice(dir.length + 1)
            .split('\\')
            .join('/'),
        ),
    readFile: (dir, path) => readFile(join(dir, path), 'utf8').catch(() => undefined),
    render: (dir, environment) => renderEnvironment(exec, dir, environment),
    parallelism: availableParallelism(),
    terraform: (dir, configurations) => checkTerraform(exec, dir, configurations),
    readPlan: (path) => readFile(isAbsolute(path) ? path : join(context.workspace, path), 'utf8'),
    publish: (report) =>
      publishGateReport(report, {
        ...(client ? { client } : {}),
        owner: repo?.owner ?? '',
        repo: repo?.repo ?? '',
        headSha: commits.head,
        ...(context.runUrl ? { detailsUrl: context.runUrl } : {}),
      }),
    ...(client && repo && pull?.number ? { comment: (body: string) => commentOrNotice(client, repo, pull.number!, COMMENT_MARKER, body) } : {}),
  })

  if (inputs.comment && !(client && pull?.number))
    core.notice('config-gate: no pull request in the event (or no token), so the rendered difference is in the job summary only, not in a comment.')
  core.setOutput('conclusion', result.conclusion)
  core.setOutput('changed', String(result.diffs.reduce((n, d) => n + d.changes.length, 0)))
  core.setOutput('problems', String(result.findings.filter((f) => f.level === 'failure').length))
  core.setOutput('comment-id', result.commentId === undefined ? '' : String(result.commentId))
  await writeSummary(
    trimJobSummary(
      configSummary({ ...result, checkName: inputs['check-name'], kubernetesVersion: KUBERNETES_VERSION }) + '\n' + result.comment.replace(COMMENT_MARKER, ''),
    ),
  )
  if (result.conclusion === 'failure') {
    throw new UserError(
      `${result.findings.filter((f) => f.level === 'failure').length} problem(s) in the rendered configuration: see the "${inputs['check-name']}" check's annotations and the job summary.`,
    )
  }
  core.info(`${inputs['check-name']}: passed`)
}

/** A commit or ref of the checkout → its SHA. */
async function resolveCommit(repoDir: string, commit: string): Promise<string> {
  const sha = (await exec('git', ['rev-parse', '--verify', '--quiet', `${commit}^{commit}`], { cwd: repoDir, stream: false, check: false })).stdout.trim()
  if (!sha)
    throw new UserError(
      `The commit ${commit} is not in the checkout at ${repoDir}: check out the GitOps repository with its history (actions/checkout with fetch-depth: 0) so that the pull request's base is there.`,
    )
  return sha
}

/** The repository's files at `sha`, in a fresh folder (`git archive`: tracked files only, nothing of the workspace changed). */
async function checkout(repoDir: string, sha: string, scratch: string): Promise<string> {
  const dir = join(scratch, sha)
  await mkdir(dir, { recursive: true })
  const tar = join(scratch, `${sha}.tar`)
  await exec('git', ['archive', '--format=tar', '-o', tar, sha], { cwd: repoDir, stream: false })
  await exec('tar', ['-xf', tar, '-C', dir], { stream: false })
  return dir
}

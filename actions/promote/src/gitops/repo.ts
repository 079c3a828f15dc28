import { readdir, readFile, stat, writeFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import * as core from '@actions/core'
import { UserError, registerSecret, type Exec } from '@cna/kit'
import type { PinRequest } from './pin.js'

/**
 * Writes the promoted digest into the GitOps config repository that Argo CD or Flux
 * reconcile: clone, pin, commit, push (or push a branch for a pull request). A push that
 * loses a race starts again from the new tip, so a concurrent promotion is never undone.
 */
export interface GitOpsRequest {
  repo: string
  path: string
  token: string
  branch: string
  message: string
  pin: PinRequest
  workDir: string
  dryRun: boolean
  /** For pull-request mode: the branch to push instead of the base branch. */
  pushBranch?: string
  attempts?: number
}

export interface GitOpsResult {
  changed: boolean
  /** The commit that pins the digest (HEAD when nothing had to change); '' in dry-run. */
  commit: string
  baseBranch: string
  files: string[]
}

const BOT = ['-c', 'user.name=github-actions[bot]', '-c', 'user.email=41898282+github-actions[bot]@users.noreply.github.com']

/** The token goes to git through its environment (an http.extraheader), never into a URL or argv. */
export function gitEnv(repo: string, token: string, base: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...base, GIT_TERMINAL_PROMPT: '0' }
  if (token && /^https?:\/\//.test(repo)) {
    const basic = Buffer.from(`x-access-token:${token}`).toString('base64')
    registerSecret(token)
    registerSecret(basic)
    env.GIT_CONFIG_COUNT = '1'
    env.GIT_CONFIG_KEY_0 = 'http.extraheader'
    env.GIT_CONFIG_VALUE_0 = `AUTHORIZATION: basic ${basic}`
  }
  return env
}

export async function writeGitOps(request: GitOpsRequest, exec: Exec): Promise<GitOpsResult> {
  const env = gitEnv(request.repo, request.token)
  const dir = join(request.workDir, 'gitops')
  const git = (args: string[], check = true) => exec('git', args, { cwd: dir, env, check, stream: false })
  await exec('git', ['clone', '--quiet', '--no-tags', request.repo, dir], { env, stream: false }).catch((error: Error) => {
    throw new UserError(`Input "gitops-repo": cannot clone ${request.repo}: ${error.message}. Expected a git URL or path this token can read.`)
  })
  const baseBranch = request.branch || (await git(['rev-parse', '--abbrev-ref', 'HEAD'])).stdout.trim()
  const target = request.pushBranch ?? baseBranch
  const attempts = request.attempts ?? 4

  for (let attempt = 1; ; attempt++) {
    await git(['fetch', '--quiet', 'origin', baseBranch])
    await git(['checkout', '--quiet', '-B', target, `origin/${baseBranch}`])
    const files = await pinFiles(dir, request.path, request.pin)
    if (files.length === 0) {
      const head = (await git(['rev-parse', 'HEAD'])).stdout.trim()
      core.info(`GitOps: ${request.path} already pins ${request.pin.digest}; nothing to commit`)
      return { changed: false, commit: request.dryRun ? '' : head, baseBranch, files }
    }
    if (request.dryRun) {
      const diff = await git(['diff', '--stat'])
      core.info(`dry-run: would commit to ${request.repo} (${target}):\n${diff.stdout}`)
      return { changed: true, commit: '', baseBranch, files }
    }
    await git(['add', '--', ...files])
    await git([...BOT, 'commit', '--quiet', '-m', request.message])
    const commit = (await git(['rev-parse', 'HEAD'])).stdout.trim()
    const push = await git(['push', '--quiet', ...(request.pushBranch ? ['--force'] : []), 'origin', `HEAD:refs/heads/${target}`], false)
    if (push.exitCode === 0) return { changed: true, commit, baseBranch, files }
    if (attempt >= attempts) throw new Error(`GitOps push to ${target} failed ${attempts} times: ${push.stderr.trim().split('\n').pop() ?? ''}`)
    core.info(`GitOps push lost a race (attempt ${attempt}); starting again from the new tip of ${baseBranch}`)
  }
}

/** Pins the image in every YAML file under `path`; returns the files changed (repo-relative). */
async function pinFiles(dir: string, path: string, pin: PinRequest): Promise<string[]> {
  const root = join(dir, path)
  if (relative(dir, root).startsWith('..')) throw new UserError(`Input "gitops-path" "${path}" leaves the repository. Expected a path inside it.`)
  const info = await stat(root).catch(() => undefined)
  if (!info) throw new UserError(`Input "gitops-path": ${path} does not exist in the GitOps repository. Expected a file or folder there.`)
  const files = info.isDirectory() ? await yamlFiles(root) : [root]
  // The YAML editor (and the parser under it, a fifth of the bundle) is loaded only here, when
  // there is a GitOps file to pin: a run that stops at its inputs or gates never loads it.
  const { pinImage } = await import('./pin.js')
  const changed: string[] = []
  let pinned = 0
  for (const file of files) {
    const rel = relative(dir, file)
    const text = await readFile(file, 'utf8')
    const result = pinImage(rel, text, pin)
    pinned += result.pinned
    if (result.changed) {
      await writeFile(file, result.text)
      changed.push(rel)
    }
  }
  if (pinned === 0)
    throw new UserError(
      `Input "gitops-path": ${path} does not mention the image ${pin.image}. Expected a kustomization images: entry, Helm values image.repository, or container image: fields naming it.`,
    )
  return changed
}

/** A kustomization folder is pinned through its kustomization file; any other folder through every YAML file in it. */
async function yamlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true })
  const yaml = entries
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort()
  const kustomization = yaml.find((f) => /^kustomization\.ya?ml$/.test(f.slice(dir.length + 1)))
  return kustomization ? [kustomization] : yaml
}

// Local stand-ins for third-party actions, chosen by `owner/repo` whatever the pinned ref: the
// same inputs and outputs as the real action, doing locally what the job relies on.
import { randomBytes } from 'node:crypto'
import { existsSync, statSync } from 'node:fs'
import { cp, mkdir, readdir, writeFile } from 'node:fs/promises'
import { execFileSync } from 'node:child_process'
import { dirname, isAbsolute, join, relative, resolve as resolvePath } from 'node:path'
import { git, resolveCommit } from './git.js'
import { deployPages, DEPLOY_PAGES_INPUTS, uploadPagesArtifact, UPLOAD_PAGES_INPUTS } from './stand-ins-pages.js'

export interface StandInContext {
  inputs: Record<string, string>
  workspace: string
  github: { repository: string; sha: string; ref: string; token: string; serverUrl: string }
  /** `owner/repo` → local git directory (the workflow's own repository included). */
  repoDirs: Record<string, string>
  artifactsDir: string
  tempDir: string
  registerToken: (permissions: Record<string, string>) => string
  log: (line: string) => void
}

export interface StandInResult {
  outputs: Record<string, string>
  masks?: string[]
}

interface StandIn {
  inputs: string[]
  run(ctx: StandInContext): Promise<StandInResult>
}

const CHECKOUT_INPUTS = [
  'repository',
  'ref',
  'token',
  'ssh-key',
  'ssh-known-hosts',
  'ssh-strict',
  'ssh-user',
  'persist-credentials',
  'path',
  'clean',
  'filter',
  'sparse-checkout',
  'sparse-checkout-cone-mode',
  'fetch-depth',
  'fetch-tags',
  'show-progress',
  'lfs',
  'submodules',
  'set-safe-directory',
  'github-server-url',
]

/** actions/checkout: the local repository at the ref, as a git work tree, into the workspace (or `path`). */
async function checkout(ctx: StandInContext): Promise<StandInResult> {
  const repository = ctx.inputs.repository || ctx.github.repository
  const source = ctx.repoDirs[repository.toLowerCase()]
  if (!source) throw new Error(`actions/checkout: repository '${repository}' has no local git directory (add it to the runner's remotes)`)
  const ref = ctx.inputs.ref || (repository.toLowerCase() === ctx.github.repository.toLowerCase() ? ctx.github.sha : '')
  const commit = ref ? await resolveCommit(source, ref) : (await git(source, ['rev-parse', 'HEAD'])).trim()
  if (!commit) throw new Error(`actions/checkout: A branch or tag with the name '${ref}' could not be found in ${repository}`)
  const target = resolvePath(ctx.workspace, ctx.inputs.path || '.')
  if (!target.startsWith(ctx.workspace)) throw new Error(`actions/checkout: path '${ctx.inputs.path}' is outside the workspace`)
  await mkdir(target, { recursive: true })
  if (!existsSync(join(target, '.git'))) await git(target, ['init', '--quiet'])
  await git(target, ['fetch', '--quiet', '--no-tags', source, `+${commit}:refs/remotes/origin/checkout`])
  await git(target, ['checkout', '--quiet', '--force', '--detach', commit])
  await git(target, ['remote', 'add', 'origin', source]).catch(() => git(target, ['remote', 'set-url', 'origin', source]))
  const branch = ref && !/^[0-9a-f]{40}$/.test(ref) ? ref.replace(/^refs\/heads\//, '') : undefined
  if (branch && !branch.startsWith('refs/')) await git(target, ['checkout', '--quiet', '-B', branch, commit])
  if ((ctx.inputs['persist-credentials'] || 'true') === 'true') {
    // As actions/checkout does: the token in the repository's local git config, masked.
    const basic = Buffer.from(`x-access-token:${ctx.inputs.token || ctx.github.token}`).toString('base64')
    await git(target, ['config', '--local', `http.${ctx.github.serverUrl}/.extraheader`, `AUTHORIZATION: basic ${basic}`])
    ctx.log(`Persisted credentials for ${ctx.github.serverUrl} in ${target}/.git/config`)
    return { outputs: { ref, commit }, masks: [basic] }
  }
  ctx.log(`Checked out ${repository}@${commit} into ${target}`)
  return { outputs: { ref, commit } }
}

function setup(tool: string, versionArgv: string[], inputs: string[], output: string): StandIn {
  return {
    inputs,
    async run(ctx) {
      let version = ''
      try {
        version = execFileSync(versionArgv[0]!, versionArgv.slice(1), { encoding: 'utf8' })
          .trim()
          .replace(/^v/, '')
          .replace(/^Python /, '')
      } catch {
        version = ''
      }
      ctx.log(
        version
          ? `Found ${tool} ${version} on the runner (stand-in: nothing installed)`
          : `${tool} is not installed on this machine (stand-in: nothing installed)`,
      )
      return { outputs: { [output]: version, 'cache-hit': 'false' } }
    },
  }
}

async function uploadArtifact(ctx: StandInContext): Promise<StandInResult> {
  const name = ctx.inputs.name || 'artifact'
  const target = join(ctx.artifactsDir, name)
  if (existsSync(target) && ctx.inputs.overwrite !== 'true') throw new Error(`actions/upload-artifact: an artifact named '${name}' already exists in this run`)
  const paths = (ctx.inputs.path || '')
    .split('\n')
    .map((p) => p.trim())
    .filter(Boolean)
  if (paths.some((p) => /[*?[]/.test(p) || p.startsWith('!')))
    throw new Error(`actions/upload-artifact stand-in: wildcards in 'path' are not supported (${paths.join(', ')}); list files or folders`)
  const found = paths.map((p) => (isAbsolute(p) ? p : join(ctx.workspace, p))).filter((p) => existsSync(p))
  if (!found.length) {
    const mode = ctx.inputs['if-no-files-found'] || 'warn'
    const message = `No files were found with the provided path: ${paths.join(', ')}. No artifacts will be uploaded.`
    if (mode === 'error') throw new Error(message)
    ctx.log(message)
    return { outputs: {} }
  }
  // As upload-artifact: the least common ancestor of the paths is the artifact's root, so a
  // single folder uploads its contents and a single file uploads just that file.
  const dirs = found.map((p) => (statSync(p).isDirectory() ? p : dirname(p)))
  let root = dirs[0]!
  while (!dirs.every((d) => d === root || d.startsWith(`${root}/`))) root = dirname(root)
  await mkdir(target, { recursive: true })
  for (const p of found) await cp(p, join(target, relative(root, p)), { recursive: true })
  const id = String(Date.now())
  return { outputs: { 'artifact-id': id, 'artifact-url': `${ctx.github.serverUrl}/${ctx.github.repository}/actions/artifacts/${id}`, 'artifact-digest': '' } }
}

async function downloadArtifact(ctx: StandInContext): Promise<StandInResult> {
  const into = resolvePath(ctx.workspace, ctx.inputs.path || '.')
  const names = ctx.inputs.name ? [ctx.inputs.name] : existsSync(ctx.artifactsDir) ? await readdir(ctx.artifactsDir) : []
  for (const name of names) {
    const source = join(ctx.artifactsDir, name)
    if (!existsSync(source)) throw new Error(`actions/download-artifact: Artifact not found for name: ${name}`)
    await cp(source, ctx.inputs.name ? into : join(into, name), { recursive: true })
  }
  return { outputs: { 'download-path': into } }
}

async function appToken(ctx: StandInContext): Promise<StandInResult> {
  if (!ctx.inputs['app-id'] && !ctx.inputs['client-id']) throw new Error('actions/create-github-app-token: Input required and not supplied: app-id')
  if (!ctx.inputs['private-key']) throw new Error('actions/create-github-app-token: Input required and not supplied: private-key')
  const requested = Object.fromEntries(
    Object.entries(ctx.inputs)
      .filter(([k, v]) => k.startsWith('permission-') && v)
      .map(([k, v]) => [k.slice('permission-'.length).replace(/-/g, '_'), v]),
  )
  const token = ctx.registerToken(
    Object.keys(requested).length
      ? requested
      : { contents: 'write', pull_requests: 'write', issues: 'write', deployments: 'write', actions: 'write', checks: 'write', statuses: 'write' },
  )
  return { outputs: { token, 'installation-id': '1', 'app-slug': 'local-app' }, masks: [token] }
}

async function attest(ctx: StandInContext): Promise<StandInResult> {
  const subject = ctx.inputs['subject-path'] || ctx.inputs['subject-name'] || ctx.inputs['subject-checksums']
  if (!subject) throw new Error('actions/attest-build-provenance: one of subject-path, subject-digest or subject-checksums is required')
  const bundle = join(ctx.tempDir, `attestation-${randomBytes(4).toString('hex')}.jsonl`)
  await writeFile(bundle, JSON.stringify({ stand_in: true, subject, digest: ctx.inputs['subject-digest'] ?? '' }) + '\n')
  return { outputs: { 'bundle-path': bundle, 'attestation-id': '1', 'attestation-url': `${ctx.github.serverUrl}/${ctx.github.repository}/attestations/1` } }
}

export const STAND_INS: Record<string, StandIn> = {
  'actions/checkout': { inputs: CHECKOUT_INPUTS, run: checkout },
  'actions/setup-node': setup(
    'node',
    ['node', '--version'],
    [
      'node-version',
      'node-version-file',
      'architecture',
      'check-latest',
      'registry-url',
      'scope',
      'token',
      'cache',
      'cache-dependency-path',
      'always-auth',
      'package-manager-cache',
      'mirror',
      'mirror-token',
    ],
    'node-version',
  ),
  'actions/setup-python': setup(
    'python',
    ['python3', '--version'],
    [
      'python-version',
      'python-version-file',
      'cache',
      'architecture',
      'check-latest',
      'token',
      'cache-dependency-path',
      'update-environment',
      'allow-prereleases',
      'freethreaded',
      'pip-version',
      'pip-install',
    ],
    'python-version',
  ),
  'actions/setup-go': setup(
    'go',
    ['go', 'version'],
    ['go-version', 'go-version-file', 'check-latest', 'token', 'cache', 'cache-dependency-path', 'architecture'],
    'go-version',
  ),
  'pnpm/action-setup': setup('pnpm', ['pnpm', '--version'], ['version', 'dest', 'run_install', 'package_json_file', 'standalone'], 'version'),
  'actions/upload-artifact': {
    inputs: ['name', 'path', 'if-no-files-found', 'retention-days', 'compression-level', 'overwrite', 'include-hidden-files'],
    run: uploadArtifact,
  },
  'actions/download-artifact': {
    inputs: ['name', 'artifact-ids', 'path', 'pattern', 'merge-multiple', 'github-token', 'repository', 'run-id'],
    run: downloadArtifact,
  },
  'actions/create-github-app-token': {
    inputs: [
      'app-id',
      'client-id',
      'private-key',
      'owner',
      'repositories',
      'skip-token-revoke',
      'github-api-url',
      'permission-actions',
      'permission-contents',
      'permission-deployments',
      'permission-issues',
      'permission-pull-requests',
      'permission-checks',
      'permission-statuses',
      'permission-members',
      'permission-administration',
      'permission-metadata',
      'permission-packages',
      'permission-workflows',
    ],
    run: appToken,
  },
  'actions/attest-build-provenance': {
    inputs: ['subject-path', 'subject-digest', 'subject-name', 'subject-checksums', 'push-to-registry', 'show-summary', 'github-token'],
    run: attest,
  },
  'actions/upload-pages-artifact': { inputs: UPLOAD_PAGES_INPUTS, run: uploadPagesArtifact },
  'actions/deploy-pages': { inputs: DEPLOY_PAGES_INPUTS, run: deployPages },
}

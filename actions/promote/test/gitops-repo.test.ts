import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { afterEach, beforeEach, describe, expect, test, vi, type MockInstance } from 'vitest'
import type { Exec, ExecResult } from '@cna/kit'
import { writeGitOps, type GitOpsRequest } from '../src/gitops/repo.js'

// The runner's log lines are silenced, not mocked: a module mock of @actions/core would reach
// the kit modules this file loads for real, which the unit tier shares between files (isolate: false).
let silence: MockInstance<typeof process.stdout.write>
beforeEach(() => {
  silence = vi.spyOn(process.stdout, 'write').mockImplementation(() => true)
})
afterEach(() => silence.mockRestore())

const D1 = `sha256:${'a'.repeat(64)}`
const IMAGE = 'registry.example.com/prod/sensor-api'
const KUSTOMIZATION = 'envs/staging/kustomization.yaml'
const OVERLAY = `kind: Kustomization\nimages:\n  - name: sensor-api\n    newName: ${IMAGE}\n    newTag: "1.4.1"\n`
const PINNED = `kind: Kustomization\nimages:\n  - name: sensor-api\n    newName: ${IMAGE}\n    digest: ${D1}\n`
const TOKEN = 'ghs_gitopsTokenValue123'

type Files = Record<string, string>
type Push = 'accepted' | 'loses a race'

async function snapshot(dir: string): Promise<Files> {
  const out: Files = {}
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) out[relative(dir, join(entry.parentPath, entry.name))] = await readFile(join(entry.parentPath, entry.name), 'utf8')
  }
  return out
}

async function materialise(dir: string, files: Files): Promise<void> {
  await rm(dir, { recursive: true, force: true })
  await mkdir(dir, { recursive: true })
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, path)), { recursive: true })
    await writeFile(join(dir, path), text)
  }
}

/**
 * git as the GitOps module drives it, over an in-memory remote: clone and checkout write the
 * remote branch's files into the work tree; push stores the tree as the branch, or loses a
 * race to another promotion that changes the base branch meanwhile. No process is started.
 */
function fakeGit(opts: { files: Files; pushes?: Push[]; cloneFails?: boolean }) {
  const remote: Record<string, Files> = { main: { ...opts.files } }
  const calls: Array<{ args: string[]; env: NodeJS.ProcessEnv | undefined }> = []
  const pushes = [...(opts.pushes ?? [])]
  let dir = ''
  let head = 'base'
  let commits = 0
  const ok = (stdout = ''): ExecResult => ({ exitCode: 0, stdout, stderr: '' })
  const exec: Exec = async (file, argv, options = {}) => {
    expect(file).toBe('git')
    calls.push({ args: [...argv], env: options.env })
    const args = [...argv]
    while (args[0] === '-c') args.splice(0, 2) // identity overrides before the subcommand
    const [command, ...rest] = args
    switch (command) {
      case 'clone':
        if (opts.cloneFails) throw new Error('git clone exited with code 128: repository not found')
        dir = rest.at(-1)!
        await materialise(dir, remote.main!)
        return ok()
      case 'rev-parse':
        return ok(rest[0] === '--abbrev-ref' ? 'main\n' : `${head}\n`)
      case 'fetch':
        return ok()
      case 'checkout': {
        const base = rest.at(-1)!.replace(/^origin\//, '')
        await materialise(dir, remote[base] ?? {})
        head = `${base}-tip`
        return ok()
      }
      case 'diff':
        return ok(` ${KUSTOMIZATION} | 3 +--\n`)
      case 'add':
        return ok()
      case 'commit':
        head = `commit${++commits}`
        return ok()
      case 'push': {
        const target = rest.at(-1)!.replace(/^HEAD:refs\/heads\//, '')
        if (pushes.shift() === 'loses a race') {
          remote.main = { ...remote.main, 'envs/dev/kustomization.yaml': 'kind: Kustomization # promoted meanwhile\n' }
          return { exitCode: 1, stdout: '', stderr: ' ! [rejected] main -> main (fetch first)\nerror: failed to push some refs' }
        }
        remote[target] = await snapshot(dir)
        return ok()
      }
      default:
        throw new Error(`fake git: unexpected ${argv.join(' ')}`)
    }
  }
  const commands = (): string[] =>
    calls.map((c) =>
      c.args
        .filter((a, i, all) => a !== '-c' && all[i - 1] !== '-c')
        .slice(0, 2)
        .join(' '),
    )
  return { exec, remote, calls, commands }
}

const temps: string[] = []
afterEach(async () => {
  for (const dir of temps.splice(0)) await rm(dir, { recursive: true, force: true })
})

async function request(overrides: Partial<GitOpsRequest> = {}): Promise<GitOpsRequest> {
  const workDir = await mkdtemp(join(tmpdir(), 'gitops-unit-'))
  temps.push(workDir)
  return {
    repo: '/srv/gitops',
    path: 'envs/staging',
    token: '',
    branch: '',
    message: 'promote sensor-api v1.4.2 to staging',
    pin: { image: IMAGE, digest: D1, aliases: ['sensor-api'] },
    workDir,
    dryRun: false,
    ...overrides,
  }
}

describe('writeGitOps: clone, pin, commit, push', () => {
  test.each<[string, Partial<GitOpsRequest>, Push[], { changed: boolean; commit: string; commands: string[]; branch?: string }]>([
    [
      'commit mode: pins on the default branch and pushes it',
      {},
      ['accepted'],
      {
        changed: true,
        commit: 'commit1',
        branch: 'main',
        commands: [
          'clone --quiet',
          'rev-parse --abbrev-ref',
          'fetch --quiet',
          'checkout --quiet',
          'add --',
          'commit --quiet',
          'rev-parse HEAD',
          'push --quiet',
        ],
      },
    ],
    [
      'pull-request mode: the same commit on its own branch, force-pushed',
      { pushBranch: 'promote/staging/sensor-api-aaaaaaaaaaaa' },
      ['accepted'],
      {
        changed: true,
        commit: 'commit1',
        branch: 'promote/staging/sensor-api-aaaaaaaaaaaa',
        commands: [
          'clone --quiet',
          'rev-parse --abbrev-ref',
          'fetch --quiet',
          'checkout --quiet',
          'add --',
          'commit --quiet',
          'rev-parse HEAD',
          'push --quiet',
        ],
      },
    ],
    [
      'a named gitops-branch is used as given',
      { branch: 'release' },
      ['accepted'],
      {
        changed: true,
        commit: 'commit1',
        branch: 'release',
        commands: ['clone --quiet', 'fetch --quiet', 'checkout --quiet', 'add --', 'commit --quiet', 'rev-parse HEAD', 'push --quiet'],
      },
    ],
    [
      'dry-run: the diff is shown, nothing is committed or pushed',
      { dryRun: true },
      [],
      { changed: true, commit: '', commands: ['clone --quiet', 'rev-parse --abbrev-ref', 'fetch --quiet', 'checkout --quiet', 'diff --stat'] },
    ],
  ])('%s', async (_name, overrides, pushes, expected) => {
    const git = fakeGit({ files: { [KUSTOMIZATION]: OVERLAY, 'envs/staging/deployment.yaml': 'kind: Deployment\n' }, pushes })
    if (overrides.branch) git.remote[overrides.branch] = git.remote.main!
    const result = await writeGitOps(await request(overrides), git.exec)
    expect(result).toEqual({ changed: expected.changed, commit: expected.commit, baseBranch: overrides.branch || 'main', files: [KUSTOMIZATION] })
    expect(git.commands()).toEqual(expected.commands)
    if (expected.branch) expect(git.remote[expected.branch]?.[KUSTOMIZATION]).toBe(PINNED)
    else expect(git.remote.main?.[KUSTOMIZATION]).toBe(OVERLAY)
    const push = git.calls.find((c) => c.args.includes('push'))?.args
    if (overrides.pushBranch) expect(push).toEqual(['push', '--quiet', '--force', 'origin', `HEAD:refs/heads/${overrides.pushBranch}`])
    const commit = git.calls.find((c) => c.args.includes('commit'))?.args
    if (commit) expect(commit).toEqual(expect.arrayContaining(['-c', 'user.name=github-actions[bot]', '-m', 'promote sensor-api v1.4.2 to staging']))
  })

  test('already pinned: nothing to commit, the commit output is the current tip', async () => {
    const git = fakeGit({ files: { [KUSTOMIZATION]: PINNED } })
    const result = await writeGitOps(await request(), git.exec)
    expect(result).toEqual({ changed: false, commit: 'main-tip', baseBranch: 'main', files: [] })
    expect(git.commands()).not.toContain('push --quiet')
  })

  test('a push that loses a race starts again from the new tip, keeping the other promotion', async () => {
    const git = fakeGit({ files: { [KUSTOMIZATION]: OVERLAY }, pushes: ['loses a race', 'accepted'] })
    const result = await writeGitOps(await request(), git.exec)
    expect(result).toMatchObject({ changed: true, commit: 'commit2' })
    expect(git.commands().filter((c) => c === 'fetch --quiet')).toHaveLength(2)
    expect(git.remote.main).toEqual({ [KUSTOMIZATION]: PINNED, 'envs/dev/kustomization.yaml': 'kind: Kustomization # promoted meanwhile\n' })
  })

  test("a push that keeps losing gives up after the attempts, with git's last line", async () => {
    const git = fakeGit({ files: { [KUSTOMIZATION]: OVERLAY }, pushes: ['loses a race', 'loses a race', 'loses a race'] })
    await expect(writeGitOps(await request({ attempts: 3 }), git.exec)).rejects.toThrow('GitOps push to main failed 3 times: error: failed to push some refs')
    expect(git.remote.main?.[KUSTOMIZATION]).toBe(OVERLAY)
  })

  test.each<[string, Partial<GitOpsRequest>, Files, boolean, RegExp]>([
    [
      'a repository that cannot be cloned',
      {},
      {},
      true,
      /^Input "gitops-repo": cannot clone \/srv\/gitops: git clone exited with code 128: repository not found\. Expected a git URL or path this token can read\.$/,
    ],
    [
      'a path that leaves the repository',
      { path: '../elsewhere' },
      { [KUSTOMIZATION]: OVERLAY },
      false,
      /^Input "gitops-path" "\.\.\/elsewhere" leaves the repository/,
    ],
    [
      'a path that does not exist',
      { path: 'envs/prod' },
      { [KUSTOMIZATION]: OVERLAY },
      false,
      /^Input "gitops-path": envs\/prod does not exist in the GitOps repository/,
    ],
    [
      'files that do not mention the image',
      {},
      { 'envs/staging/deployment.yaml': 'kind: Deployment\n' },
      false,
      /^Input "gitops-path": envs\/staging does not mention the image registry.example.com\/prod\/sensor-api/,
    ],
  ])('refuses %s, naming the input', async (_name, overrides, files, cloneFails, message) => {
    const git = fakeGit({ files, cloneFails })
    await expect(writeGitOps(await request(overrides), git.exec)).rejects.toThrow(message)
    expect(git.commands()).not.toContain('push --quiet')
  })

  test.each([
    ["an https repository: the token goes in git's environment as a basic header", 'https://github.com/octo-org/gitops.git', true],
    ['a local path: no header at all', '/srv/gitops', false],
  ])('%s, never in an argument', async (_name, repo, header) => {
    const git = fakeGit({ files: { [KUSTOMIZATION]: OVERLAY } })
    await writeGitOps(await request({ repo, token: TOKEN }), git.exec)
    for (const call of git.calls) {
      expect(call.args.join(' ')).not.toContain(TOKEN)
      expect(call.env?.GIT_TERMINAL_PROMPT).toBe('0')
      if (header) expect(call.env?.GIT_CONFIG_VALUE_0).toBe(`AUTHORIZATION: basic ${Buffer.from(`x-access-token:${TOKEN}`).toString('base64')}`)
      else expect(call.env?.GIT_CONFIG_VALUE_0).toBeUndefined()
    }
  })
})

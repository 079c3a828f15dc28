// This repository's own release workflow (.github/workflows/release.yml), run by the local
// workflow runner on a small source repository published under another name (acme/tooling):
// the tree is pinned to acme/tooling, vX.Y.Z is tagged at the verified tree, v1 moves only for a
// final release, the GitHub Release carries the version's CHANGELOG.md section, a published
// version is never moved, and nothing is tagged while the tag ruleset is missing.
// The fixture's scripts are symlinks to this checkout's, so the workflow runs today's code.
import { execFileSync } from 'node:child_process'
import { readFileSync, symlinkSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { createOctokit } from '@cna/kit/octokit'
import { WorkflowRunner, type RunReport } from '../tools/workflow-runner/index.js'
import { cleanupDirs, gitRepo } from '../tools/workflow-runner/test/fixtures.js'
import { ROOT } from '../tools/action-harness/actions.js'
import { startGitHubEmulator, type GitHubEmulator } from '../tools/github-emulator/emulator.js'
import { applyTagRuleset, type RulesetsClient } from '../scripts/required-checks.js'
import { parseVersion, releaseNotes, tagRulesetProblem } from '../scripts/publish-release.js'

const REPO = 'acme/tooling'
const ADMIN = 'ghp_release_workflow_admin_0123456789'
const CHANGELOG = `# Changelog

## v1.1.0-rc.1

- Try the new greeting.

## v1.0.0 - 2026-11-30

- First release.
- Greets.
`

const files: Record<string, string> = {
  'README.md': '# tooling\n\n[hello](actions/hello/README.md)\n',
  LICENSE: 'MIT\n',
  'CHANGELOG.md': CHANGELOG,
  '.ci/run': '#!/usr/bin/env bash\necho "the fixture\'s tests pass"\n',
  'package.json': '{"name":"tooling","private":true,"type":"module","packageManager":"pnpm@10.34.8"}\n',
  'pnpm-lock.yaml': "lockfileVersion: '9.0'\n\nsettings:\n  autoInstallPeers: true\n  excludeLinksFromLockfile: false\n\nimporters:\n\n  .: {}\n",
  'actions/hello/action.yml': 'name: hello\ndescription: says hello\nruns:\n  using: node24\n  main: dist/index.js\n',
  'actions/hello/README.md': '# hello\n',
  'actions/hello/dist/index.js': 'console.log("hello")\n',
  'workflows-templates/reusable/greet.yml':
    'on:\n  workflow_call:\npermissions: {}\njobs:\n  a:\n    runs-on: ubuntu-24.04\n    timeout-minutes: 5\n    permissions: {}\n    steps:\n      - uses: ./actions/hello\n',
  'workflows-templates/starter/greet.yml': 'on: push\npermissions: {}\njobs:\n  a:\n    uses: ./.github/workflows/greet.yml\n',
  'workflows-templates/starter/greet.properties.json': '{"name":"Greet","description":"d","iconName":"octicon smiley","categories":["x"]}\n',
  '.github/workflows/release.yml': readFileSync(join(ROOT, '.github', 'workflows', 'release.yml'), 'utf8'),
}

const git = (dir: string, ...args: string[]): string =>
  execFileSync('git', ['-C', dir, '-c', 'user.name=t', '-c', 'user.email=t@example.com', ...args], { encoding: 'utf8' }).trim()

let emu: GitHubEmulator
let repo: ReturnType<typeof gitRepo>
let runner: WorkflowRunner
let main: string

beforeAll(async () => {
  emu = await startGitHubEmulator()
  emu.state.addToken(ADMIN, { login: 'platform-bot', permissions: { administration: 'write' } })
  emu.state.addRepo(REPO)
  emu.state.addEnvironment(REPO, 'release')
  repo = gitRepo(files)
  mkdirSync(join(repo.dir, 'scripts'), { recursive: true })
  for (const f of ['release-tree.ts', 'publish-release.ts', 'required-checks.ts', 'environments.ts'])
    symlinkSync(join(ROOT, 'scripts', f), join(repo.dir, 'scripts', f))
  execFileSync('chmod', ['+x', join(repo.dir, '.ci', 'run')])
  git(repo.dir, 'add', '-A')
  git(repo.dir, 'commit', '--quiet', '-m', 'scripts')
  main = git(repo.dir, 'rev-parse', 'HEAD')
  runner = new WorkflowRunner({
    repository: REPO,
    repoDir: repo.dir,
    emulator: { url: emu.url, state: emu.state as never },
    vars: { RELEASE_APP_ID: '123456' },
    environmentSecrets: { release: { RELEASE_APP_PRIVATE_KEY: '-----BEGIN RSA PRIVATE KEY-----fixture-----END RSA PRIVATE KEY-----' } },
    // The runner image's tools: tsx stands for what `pnpm install` puts in node_modules/.bin.
    machineEnv: { PATH: `${join(ROOT, 'node_modules', '.bin')}:${process.env.PATH}` },
  })
}, 60_000)
afterAll(async () => {
  await emu.stop()
  cleanupDirs()
})

const release = (version: string, sha = main): Promise<RunReport> =>
  runner.runWorkflow({
    file: '.github/workflows/release.yml',
    event: { name: 'workflow_dispatch', payload: { inputs: { version } } },
    sha,
    ref: 'refs/heads/main',
    inputs: { version },
  })
const tag = (name: string): string => {
  try {
    return git(repo.dir, 'rev-parse', '--verify', '--quiet', `refs/tags/${name}^{commit}`)
  } catch {
    return ''
  }
}
const logs = (r: RunReport): string =>
  Object.entries(r.jobs)
    .map(([id, j]) => `## ${id}: ${j.result} ${j.error ?? ''}\n${j.steps.map((s) => `# ${s.name}: ${s.outcome}\n${s.log}`).join('\n')}`)
    .join('\n')
const releases = () => emu.state.repo(REPO).releases ?? []

describe('the pure parts', () => {
  test.each([
    ['v1.2.3', { major: 'v1', prerelease: false }],
    ['v2.0.0-rc.1', { major: 'v2', prerelease: true }],
  ])('%s → %j', (version, want) => {
    expect(parseVersion(version)).toMatchObject(want)
  })

  test('a version that is not vX.Y.Z is one line naming the accepted form', () => {
    expect(() => parseVersion('1.2')).toThrow('version "1.2" is not vX.Y.Z or vX.Y.Z-PRERELEASE. Expected e.g. v1.4.0 or v1.4.0-rc.1')
  })

  test('the notes are the version’s CHANGELOG.md section; a missing section refuses the release', () => {
    expect(releaseNotes(CHANGELOG, 'v1.0.0')).toBe('- First release.\n- Greets.\n')
    expect(releaseNotes(CHANGELOG, 'v1.1.0-rc.1')).toBe('- Try the new greeting.\n')
    expect(releaseNotes('## [1.0.0]\n\nBracketed.\n', 'v1.0.0')).toBe('Bracketed.\n')
    expect(() => releaseNotes(CHANGELOG, 'v1.0.1')).toThrow('CHANGELOG.md has no "## v1.0.1" section')
    expect(() => releaseNotes(CHANGELOG, 'v1.0')).toThrow(/no "## v1.0" section/)
  })

  test('only an active tag ruleset forbidding update and deletion of v*.*.* counts', () => {
    const good = {
      name: 't',
      target: 'tag',
      enforcement: 'active',
      conditions: { ref_name: { include: ['refs/tags/v*.*.*'] } },
      rules: [{ type: 'update' }, { type: 'deletion' }],
    }
    expect(tagRulesetProblem([good])).toBeUndefined()
    expect(tagRulesetProblem([{ ...good, enforcement: 'evaluate' }])).toMatch(/no active tag ruleset/)
    expect(tagRulesetProblem([{ ...good, rules: [{ type: 'deletion' }] }])).toMatch(/--tags/)
  })
})

describe('release.yml, run by the local workflow runner', () => {
  test('without the tag ruleset nothing is tagged or released', async () => {
    const report = await release('v1.0.0')
    expect(report.jobs.tree!.result, logs(report)).toBe('success')
    expect(report.jobs.publish!.result).toBe('failure')
    expect(logs(report)).toContain('no active tag ruleset forbids updating and deleting refs/tags/v*.*.*')
    expect(tag('v1.0.0')).toBe('')
    expect(tag('v1')).toBe('')
    expect(releases()).toEqual([])
    await applyTagRuleset(createOctokit(ADMIN, { baseUrl: emu.url }) as unknown as RulesetsClient, { owner: 'acme', repo: 'tooling' })
  }, 180_000)

  test('a final release tags vX.Y.Z and moves v1 to the verified tree, pinned to acme/tooling, and releases the CHANGELOG notes', async () => {
    const report = await release('v1.0.0')
    expect(report.conclusion, logs(report)).toBe('success')
    const commit = report.jobs.tree!.outputs.commit!
    expect(commit).toMatch(/^[0-9a-f]{40}$/)
    expect(tag('v1.0.0')).toBe(commit)
    expect(tag('v1')).toBe(commit)
    // The tree names its own repository, taken from github.repository.
    const pinned = git(repo.dir, 'show', `${commit}:.github/workflows/greet.yml`)
    expect(pinned).toMatch(/uses: acme\/tooling\/hello@[0-9a-f]{40} # v1\.0\.0/)
    expect(pinned).not.toContain('octo-org')
    expect(releases()).toMatchObject([{ tag_name: 'v1.0.0', name: 'v1.0.0', prerelease: false, make_latest: 'true', body: '- First release.\n- Greets.\n' }])
    // The push used the App token (masked), never the job's GITHUB_TOKEN, and no log shows it.
    expect(report.jobs.publish!.permissions).toMatchObject({ contents: 'read' })
    expect(report.log).not.toMatch(/BEGIN RSA PRIVATE KEY/)
  }, 180_000)

  test('a pre-release is tagged and released as a pre-release; v1 stays on the final release', async () => {
    const v1 = tag('v1')
    const next = repo.commit({ 'actions/hello/dist/index.js': 'console.log("hello, again")\n' }, 'a new greeting')
    const report = await release('v1.1.0-rc.1', next)
    expect(report.conclusion, logs(report)).toBe('success')
    expect(tag('v1.1.0-rc.1')).toBe(report.jobs.tree!.outputs.commit)
    expect(tag('v1')).toBe(v1)
    expect(logs(report)).toContain('v1.1.0-rc.1 is a pre-release: v1 stays where it is')
    expect(releases().at(-1)).toMatchObject({ tag_name: 'v1.1.0-rc.1', prerelease: true, make_latest: 'false', body: '- Try the new greeting.\n' })
  }, 180_000)

  test('a published version is never moved: releasing v1.0.0 again from another commit fails and moves nothing', async () => {
    const before = { version: tag('v1.0.0'), major: tag('v1') }
    const other = repo.commit({ 'README.md': '# tooling, changed\n' }, 'after v1.0.0')
    const report = await release('v1.0.0', other)
    expect(report.jobs.publish!.result).toBe('failure')
    expect(logs(report)).toMatch(/refs\/tags\/v1\.0\.0|already exists|rejected/)
    expect({ version: tag('v1.0.0'), major: tag('v1') }).toEqual(before)
    expect(releases().filter((r) => r.tag_name === 'v1.0.0')).toHaveLength(1)
  }, 180_000)

  test('a version without a CHANGELOG.md section stops before the tree is built', async () => {
    const report = await release('v3.0.0')
    expect(report.jobs.tree!.result).toBe('failure')
    expect(logs(report)).toContain('CHANGELOG.md has no "## v3.0.0" section')
    expect(report.jobs.publish!.result).toBe('skipped')
    expect(tag('v3.0.0')).toBe('')
  }, 180_000)
})

describe('docs/publishing.md and release.yml agree', () => {
  const doc = readFileSync(join(ROOT, 'docs', 'publishing.md'), 'utf8')
  const workflow = readFileSync(join(ROOT, '.github', 'workflows', 'release.yml'), 'utf8')

  test('the App credential the doc tells you to create is the one the workflow reads, in the release environment', () => {
    for (const name of ['RELEASE_APP_ID', 'RELEASE_APP_PRIVATE_KEY']) {
      expect(doc).toContain(`\`${name}\``)
      expect(workflow).toContain(name)
    }
    expect(workflow).toMatch(/uses: actions\/create-github-app-token@[0-9a-f]{40} # v\d+\.\d+\.\d+/)
    expect(workflow).toMatch(/environment:\n\s+name: release/)
    expect(workflow).toContain('permission-workflows: write')
  })

  test('it covers the steps a platform team takes', () => {
    for (const step of [
      'github.repository',
      'Accessible from repositories',
      'Workflows',
      '--tags',
      'scripts/environments.ts',
      'CHANGELOG.md',
      'pre-release',
      'setup/apply.sh',
      'GitOps repository',
    ])
      expect(doc).toContain(step)
  })
})

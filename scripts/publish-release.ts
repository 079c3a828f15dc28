// Publishes a built and verified release tree: pushes the immutable version tag, moves the major
// tag only for a final release, and creates the GitHub Release with the version's section of
// CHANGELOG.md as its notes. It refuses to tag unless the repository has the ruleset that keeps
// vX.Y.Z immutable (scripts/required-checks.ts --tags), so a published version can never move.
//
//   GH_TOKEN=<GitHub App token: contents and workflows write> \
//     tsx scripts/publish-release.ts --repo owner/name --version v1.2.3 --commit <sha> --notes FILE
//
// The token reaches git through GIT_CONFIG_* variables of the push only: never in argv, never
// written to .git/config. A GitHub App token is needed because the release commits add
// .github/workflows/*, which a workflow's GITHUB_TOKEN may not push.
import { execFile } from 'node:child_process'
import { realpathSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { RELEASE_TAG_PATTERN } from './required-checks.js'

const run = promisify(execFile)

export interface ReleaseVersion {
  version: string
  /** `v1` */
  major: string
  /** `v1.2.3-rc.1`: published as a pre-release, the major tag stays where it is. */
  prerelease: boolean
}

const VERSION = /^v(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?$/

export function parseVersion(version: string): ReleaseVersion {
  const m = VERSION.exec(version)
  if (!m) throw new Error(`version "${version}" is not vX.Y.Z or vX.Y.Z-PRERELEASE. Expected e.g. v1.4.0 or v1.4.0-rc.1`)
  return { version, major: `v${m[1]}`, prerelease: m[4] !== undefined }
}

/**
 * The section of a Keep-a-Changelog style file for one version: from its `## ` heading (`v1.2.3`,
 * `1.2.3` or `[1.2.3]`, anything after) to the next `## `, heading excluded. Throws when missing,
 * so that a release is never published without notes.
 */
export function releaseNotes(changelog: string, version: string): string {
  const bare = version.replace(/^v/, '')
  const lines = changelog.split('\n')
  const escaped = bare.replace(/[.+]/g, '\\$&')
  const start = lines.findIndex((l) => new RegExp(`^##\\s+\\[?v?${escaped}\\]?(\\s|$)`).test(l))
  if (start < 0) throw new Error(`CHANGELOG.md has no "## ${version}" section. Add one with the release's notes before releasing.`)
  const end = lines.findIndex((l, i) => i > start && /^##\s/.test(l))
  const notes = lines
    .slice(start + 1, end < 0 ? undefined : end)
    .join('\n')
    .trim()
  if (!notes) throw new Error(`CHANGELOG.md's "## ${version}" section is empty. Write the release's notes there.`)
  return `${notes}\n`
}

interface RulesetDetail {
  name: string
  target?: string
  enforcement?: string
  conditions?: { ref_name?: { include?: string[] } } | null
  rules?: { type: string }[]
}

/** Why the repository's rulesets do not keep vX.Y.Z immutable; undefined when one does. */
export function tagRulesetProblem(rulesets: RulesetDetail[]): string | undefined {
  const guarding = rulesets.filter(
    (r) => r.target === 'tag' && r.enforcement === 'active' && (r.conditions?.ref_name?.include ?? []).some((p) => p === RELEASE_TAG_PATTERN || p === '~ALL'),
  )
  if (guarding.some((r) => ['update', 'deletion'].every((t) => (r.rules ?? []).some((x) => x.type === t)))) return undefined
  return `no active tag ruleset forbids updating and deleting ${RELEASE_TAG_PATTERN}: apply it first with "tsx scripts/required-checks.ts --repo OWNER/NAME --tags" (or setup/apply.sh)`
}

export interface PublishOptions {
  repository: string
  version: string
  commit: string
  notes: string
  token: string
  apiUrl: string
  serverUrl: string
  /** The git work tree whose `origin` is the repository (a checkout). */
  cwd: string
  log?: (line: string) => void
}

export interface PublishResult {
  tags: string[]
  release: { id: number; prerelease: boolean; created: boolean }
}

async function api(opts: PublishOptions, method: string, path: string, body?: unknown): Promise<{ status: number; data: unknown }> {
  const res = await fetch(`${opts.apiUrl}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${opts.token}`,
      accept: 'application/vnd.github+json',
      'x-github-api-version': '2022-11-28',
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    ...(body ? { body: JSON.stringify(body) } : {}),
  })
  const text = await res.text()
  return { status: res.status, data: text ? (JSON.parse(text) as unknown) : null }
}

export async function publishRelease(opts: PublishOptions): Promise<PublishResult> {
  const log = opts.log ?? ((line: string) => console.log(line))
  const v = parseVersion(opts.version)
  if (!/^[0-9a-f]{40}$/.test(opts.commit)) throw new Error(`commit "${opts.commit}" is not a full 40-hex SHA`)

  const list = await api(opts, 'GET', `/repos/${opts.repository}/rulesets?per_page=100&includes_parents=true`)
  if (list.status !== 200) throw new Error(`listing rulesets answered ${list.status}`)
  const details: RulesetDetail[] = []
  for (const r of list.data as { id: number; target?: string }[]) {
    if (r.target && r.target !== 'tag') continue
    const one = await api(opts, 'GET', `/repos/${opts.repository}/rulesets/${r.id}`)
    if (one.status === 200) details.push(one.data as RulesetDetail)
  }
  const problem = tagRulesetProblem(details)
  if (problem) throw new Error(problem)

  // The token as an HTTP header for this push only (as actions/checkout would set it).
  const basic = Buffer.from(`x-access-token:${opts.token}`).toString('base64')
  const env = {
    ...process.env,
    GIT_CONFIG_COUNT: '1',
    GIT_CONFIG_KEY_0: `http.${opts.serverUrl}/.extraheader`,
    GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${basic}`,
  }
  const push = (args: string[]) => run('git', ['push', ...args], { cwd: opts.cwd, env })
  // Never forced: pushing an existing vX.Y.Z to another commit fails here, and the ruleset
  // refuses it on GitHub even for a forced push.
  await push(['origin', `${opts.commit}:refs/tags/${v.version}`])
  log(`tagged ${v.version} at ${opts.commit}`)
  const tags = [v.version]
  if (v.prerelease) log(`${v.version} is a pre-release: ${v.major} stays where it is`)
  else {
    await push(['--force', 'origin', `${opts.commit}:refs/tags/${v.major}`])
    log(`moved ${v.major} to ${opts.commit}`)
    tags.push(v.major)
  }

  const created = await api(opts, 'POST', `/repos/${opts.repository}/releases`, {
    tag_name: v.version,
    name: v.version,
    body: opts.notes,
    draft: false,
    prerelease: v.prerelease,
    make_latest: v.prerelease ? 'false' : 'true',
  })
  if (created.status === 201) {
    const id = (created.data as { id: number }).id
    log(`released ${v.version}${v.prerelease ? ' (pre-release)' : ''}: release ${id}`)
    return { tags, release: { id, prerelease: v.prerelease, created: true } }
  }
  // Re-running a release whose GitHub Release exists already is not an error.
  const existing = await api(opts, 'GET', `/repos/${opts.repository}/releases/tags/${encodeURIComponent(v.version)}`)
  if (created.status === 422 && existing.status === 200) {
    const id = (existing.data as { id: number }).id
    log(`release ${v.version} exists already: release ${id}`)
    return { tags, release: { id, prerelease: v.prerelease, created: false } }
  }
  throw new Error(`creating the release answered ${created.status}: ${JSON.stringify(created.data)}`)
}

function argValue(args: string[], name: string): string | undefined {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : undefined
}

async function cli(args: string[]): Promise<number> {
  const repository = argValue(args, '--repo') ?? process.env.GITHUB_REPOSITORY ?? ''
  if (!/^[\w.-]+\/[\w.-]+$/.test(repository)) {
    console.error(`::error::--repo "${repository}" is not owner/name. Expected e.g. --repo octo-org/actions`)
    return 2
  }
  const token = process.env.GH_TOKEN ?? ''
  if (!token) {
    console.error('::error::GH_TOKEN is empty. Expected a GitHub App token with contents: write and workflows: write')
    return 2
  }
  const version = argValue(args, '--version') ?? ''
  let notes: string
  try {
    parseVersion(version)
    const notesFile = argValue(args, '--notes')
    notes = notesFile ? await readFile(notesFile, 'utf8') : releaseNotes(await readFile('CHANGELOG.md', 'utf8'), version)
  } catch (error) {
    console.error(`::error::${(error as Error).message}`)
    return 2
  }
  await publishRelease({
    repository,
    version,
    commit: argValue(args, '--commit') ?? '',
    notes,
    token,
    apiUrl: process.env.GITHUB_API_URL ?? 'https://api.github.com',
    serverUrl: process.env.GITHUB_SERVER_URL ?? 'https://github.com',
    cwd: process.cwd(),
  })
  return 0
}

async function notesCli(args: string[]): Promise<number> {
  try {
    process.stdout.write(releaseNotes(await readFile(argValue(args, '--changelog') ?? 'CHANGELOG.md', 'utf8'), argValue(args, '--version') ?? ''))
    return 0
  } catch (error) {
    console.error(`::error::${(error as Error).message}`)
    return 2
  }
}

// Through a symlink too (argv names the link, import.meta.url the file).
if (process.argv[1] && realpathSync(resolve(process.argv[1])) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2)
  ;(args[0] === 'notes' ? notesCli(args.slice(1)) : cli(args)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      // Errors never carry the token: git's output has no header, fetch errors have no request.
      console.error(`::error::publish-release: ${error instanceof Error ? error.message.replaceAll(process.env.GH_TOKEN || '\u0000', '***') : String(error)}`)
      process.exit(1)
    },
  )
}

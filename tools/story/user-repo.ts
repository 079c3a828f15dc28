// The application team's repository in the story: the example service as its own git repository,
// with the starter workflows copied from the release tree as a user copies them (GitHub's template
// chooser replaces `$default-branch`), and the edits a user makes marked in their `with:` blocks:
// how to prepare and build the image, the test and report commands, where the GitOps repository
// and the environments are.
import { execFile } from 'node:child_process'
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { parseDocument } from 'yaml'

const run = promisify(execFile)

export const AUTHOR_ENV = {
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
}

export async function git(dir: string, args: string[], identity = 'alice'): Promise<string> {
  const env = {
    ...process.env,
    ...AUTHOR_ENV,
    GIT_AUTHOR_NAME: identity,
    GIT_AUTHOR_EMAIL: `${identity}@example.com`,
    GIT_COMMITTER_NAME: identity,
    GIT_COMMITTER_EMAIL: `${identity}@example.com`,
  }
  const { stdout } = await run('git', args, { cwd: dir, env, maxBuffer: 64 * 1024 * 1024 })
  return stdout.trim()
}

/** What the user fills in, per starter file: the `with:` of its one calling job. */
export type StarterEdits = Record<string, Record<string, string | number>>

const SKIP = new Set(['node_modules', 'dist', 'coverage', 'reports'])

/** Copies the service's sources (not its build outputs) into `dir`. */
async function copySources(from: string, dir: string): Promise<void> {
  for (const entry of await readdir(from)) {
    if (SKIP.has(entry)) continue
    await cp(join(from, entry), join(dir, entry), { recursive: true, filter: (src) => !src.split('/').some((part) => SKIP.has(part)) })
  }
}

/** A starter as the user saves it: `$default-branch` replaced, the calling job's `with:` edited. */
export function editStarter(text: string, edits: Record<string, string | number>, defaultBranch: string): string {
  const doc = parseDocument(text.replaceAll('$default-branch', defaultBranch))
  const jobs = doc.get('jobs') as { items: { key: unknown }[] } | undefined
  const job = jobs?.items[0]?.key
  if (!job) throw new Error('a starter has one calling job')
  for (const [key, value] of Object.entries(edits)) doc.setIn(['jobs', String(job), 'with', key], value)
  return doc.toString({ lineWidth: 0 })
}

export interface UserRepository {
  dir: string
  /** The commit on main before the story's change. */
  initial: string
}

/** Starters that belong in a GitOps repository, not in an application team's. */
const GITOPS_STARTERS = ['cloud-native-config-gate.yml']

/**
 * Creates the repository: main holds the service, its extra files (ESLint configs, the preview
 * manifests) and the starters from `templates` (the release tree's workflow-templates/), edited.
 */
export async function createUserRepository(opts: {
  dir: string
  service: string
  templates: string
  extraFiles: Record<string, string>
  edits: StarterEdits
  defaultBranch?: string
}): Promise<UserRepository> {
  const branch = opts.defaultBranch ?? 'main'
  await mkdir(opts.dir, { recursive: true })
  await git(opts.dir, ['init', '--quiet', `--initial-branch=${branch}`])
  await copySources(opts.service, opts.dir)
  for (const [path, text] of Object.entries(opts.extraFiles)) {
    await mkdir(join(opts.dir, path, '..'), { recursive: true })
    await writeFile(join(opts.dir, path), text)
  }
  await mkdir(join(opts.dir, '.github', 'workflows'), { recursive: true })
  // config-gate's starter is for the GitOps repository, not the application's (see gitops-gate.ts).
  for (const file of (await readdir(opts.templates)).filter((f) => f.endsWith('.yml') && !GITOPS_STARTERS.includes(f))) {
    const text = await readFile(join(opts.templates, file), 'utf8')
    // deploy.yml is the name chatops dispatches by default; the others keep their names.
    const saveAs = file === 'cloud-native-deploy.yml' ? 'deploy.yml' : file
    await writeFile(join(opts.dir, '.github', 'workflows', saveAs), editStarter(text, opts.edits[file] ?? {}, branch))
  }
  await git(opts.dir, ['add', '--all'])
  await git(opts.dir, ['commit', '--quiet', '-m', 'sensor-api with the cloud-native workflows'])
  return { dir: opts.dir, initial: await git(opts.dir, ['rev-parse', 'HEAD']) }
}

// Where a `uses:` comes from: `./path` in the job's workspace, `owner/repo/path@ref` from a
// mapped local git repository, or a named stand-in for a third-party action.
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { extractTree, resolveCommit } from './git.js'

export type ActionSource = { kind: 'dir'; dir: string } | { kind: 'stand-in'; name: string }

export interface RemoteRef {
  repo: string // owner/repo
  path: string // inside the repository ('' = root)
  ref: string
}

/** `owner/repo[/path]@ref` → its parts; undefined for other forms. */
export function parseRemote(uses: string): RemoteRef | undefined {
  const m = /^([^/@\s]+)\/([^/@\s]+)((?:\/[^@\s]+)?)@(\S+)$/.exec(uses)
  if (!m) return undefined
  return { repo: `${m[1]}/${m[2]}`, path: (m[3] ?? '').replace(/^\//, ''), ref: m[4]! }
}

export function findActionFile(dir: string): string | undefined {
  return ['action.yml', 'action.yaml'].map((f) => join(dir, f)).find((f) => existsSync(f))
}

/** Remote repositories extracted once per run and ref. */
export class RemoteCache {
  private done = new Map<string, Promise<string>>()
  constructor(
    private readonly remotes: Record<string, string>,
    private readonly root: string,
  ) {}

  localDir(repo: string): string | undefined {
    const key = Object.keys(this.remotes).find((k) => k.toLowerCase() === repo.toLowerCase())
    return key ? this.remotes[key] : undefined
  }

  /** The tree of `repo` at `ref`, extracted under the run folder. */
  async tree(repo: string, ref: string): Promise<string> {
    const key = `${repo.toLowerCase()}@${ref}`
    let p = this.done.get(key)
    if (!p) {
      p = (async () => {
        const dir = this.localDir(repo)
        if (!dir)
          throw new Error(
            `Unable to resolve action \`${repo}@${ref}\`: the runner has no local repository for '${repo}' (add it to remotes) and no stand-in for it`,
          )
        const commit = await resolveCommit(dir, ref)
        if (!commit) throw new Error(`Unable to resolve action \`${repo}@${ref}\`, unable to find version \`${ref}\``)
        const target = join(this.root, repo.replace('/', '__'), commit)
        if (!existsSync(target)) await extractTree(dir, commit, target)
        return target
      })()
      this.done.set(key, p)
    }
    return p
  }
}

/** Decides where a step's `uses:` is; throws GitHub-style messages when it cannot be found. */
export async function resolveAction(uses: string, workspace: string, remotes: RemoteCache, standIns: Record<string, unknown>): Promise<ActionSource> {
  if (uses.startsWith('docker://')) throw new Error(`uses: ${uses}: docker actions are not supported by the local workflow runner`)
  if (uses.startsWith('./') || uses === '.') {
    const dir = resolve(workspace, uses)
    if (!findActionFile(dir) && !existsSync(join(dir, 'Dockerfile'))) {
      throw new Error(
        `Can't find 'action.yml', 'action.yaml' or 'Dockerfile' under '${dir}'. Did you forget to run actions/checkout before running your local action?`,
      )
    }
    return { kind: 'dir', dir }
  }
  const remote = parseRemote(uses)
  if (!remote) throw new Error(`uses: '${uses}' is not a valid action reference (expected ./path, owner/repo[/path]@ref or docker://image)`)
  const standIn = Object.keys(standIns).find((k) => k.toLowerCase() === remote.repo.toLowerCase())
  if (standIn && !remotes.localDir(remote.repo)) return { kind: 'stand-in', name: standIn }
  if (!remotes.localDir(remote.repo)) {
    throw new Error(
      `Unable to resolve action \`${uses}\`: '${remote.repo}' is neither mapped to a local repository (remotes) nor one of the runner's stand-ins (${Object.keys(standIns).join(', ')})`,
    )
  }
  const tree = await remotes.tree(remote.repo, remote.ref)
  const dir = join(tree, remote.path)
  if (!findActionFile(dir)) throw new Error(`Can't find 'action.yml', 'action.yaml' or 'Dockerfile' for action '${uses}'.`)
  return { kind: 'dir', dir }
}

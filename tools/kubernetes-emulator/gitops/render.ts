// What a GitOps controller reads from its repository: a branch's commit, and the manifests a
// path renders to at that commit (`kubectl kustomize` when the path is a kustomization, as
// Argo CD's repo-server and Flux's kustomize-controller both build it; else every YAML file
// in it, Argo CD's "directory" source type).
import { execFile } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { parseAllDocuments } from 'yaml'
import type { JsonObject } from '../apply.js'

const run = promisify(execFile)

export interface Rendered {
  sourceType: 'Kustomize' | 'Directory'
  objects: JsonObject[]
}

/** The repository's git directory, for a bare repository, a working tree or a file:// URL. */
function gitDir(repo: string): string {
  const path = repo.replace(/^file:\/\//, '')
  return path.endsWith('.git') ? path : join(path, '.git')
}

/** The commit `revision` (a branch, tag, commit or HEAD) names now. */
export async function resolveRevision(repo: string, revision: string): Promise<string> {
  const ref = !revision || revision === 'HEAD' ? 'HEAD' : revision
  const { stdout } = await run('git', ['--git-dir', gitDir(repo), 'rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).catch(() => {
    throw new Error(`unable to resolve '${revision}' to a commit SHA`)
  })
  return stdout.trim()
}

/** Renders `path` of `repo` at `commit` into objects. Errors read as the controllers' own. */
export async function render(repo: string, commit: string, path: string): Promise<Rendered> {
  const dir = await mkdtemp(join(tmpdir(), 'gitops-render-'))
  try {
    // The whole tree: overlays reach ../../base.
    await run('sh', ['-c', 'git --git-dir "$1" archive --format=tar "$2" | tar -x -C "$3"', 'sh', gitDir(repo), commit, dir])
    const root = join(dir, path.replace(/^\.?\/*/, ''))
    const info = await stat(root).catch(() => undefined)
    if (!info?.isDirectory()) throw new Error(`${path}: app path does not exist`)
    const entries = await readdir(root)
    const kustomize = entries.some((e) => /^(kustomization\.ya?ml|Kustomization)$/.test(e))
    let text: string
    if (kustomize) {
      text = (
        await run('kubectl', ['kustomize', root], { maxBuffer: 64 << 20 }).catch((error: { stderr?: string; message: string }) => {
          throw new Error(`kustomize build ${path} failed: ${(error.stderr || error.message).trim()}`)
        })
      ).stdout
    } else {
      const files = entries.filter((e) => /\.(ya?ml|json)$/.test(e)).sort()
      text = (await Promise.all(files.map((f) => readFile(join(root, f), 'utf8')))).join('\n---\n')
    }
    const objects: JsonObject[] = []
    for (const doc of parseAllDocuments(text)) {
      if (doc.errors.length) throw new Error(`${path}: error converting YAML to JSON: ${doc.errors[0]!.message}`)
      const value = doc.toJS() as unknown
      if (value && typeof value === 'object' && !Array.isArray(value)) objects.push(value as JsonObject)
    }
    return { sourceType: kustomize ? 'Kustomize' : 'Directory', objects }
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

import { InputError } from '@cna/kit'

/** One environment: a name and the folder (relative to the repository root) that `kubectl kustomize` renders. */
export interface Environment {
  name: string
  path: string
}

export const KUSTOMIZATION_FILES = ['kustomization.yaml', 'kustomization.yml', 'Kustomization']
/** Where environments are found when the input names none: the common GitOps layouts. */
export const DISCOVERY_ROOTS = ['environments', 'overlays', 'envs', 'clusters']

const NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,62}$/

/** `name=path` lines → environments; a path is relative to the repository and stays inside it. */
export function parseEnvironments(lines: readonly string[], input = 'environments'): Environment[] {
  const accepted = 'one name=path per line, such as production=environments/production (a folder with a kustomization.yaml)'
  const seen = new Set<string>()
  return lines.map((line) => {
    const eq = line.indexOf('=')
    const name = line.slice(0, eq).trim()
    const path = line
      .slice(eq + 1)
      .trim()
      .replace(/^\.\//, '')
      .replace(/\/+$/, '')
    if (eq < 0 || !NAME.test(name) || path === '' || path.startsWith('/') || path.split('/').includes('..')) {
      throw new InputError(input, `has an invalid line "${line}"`, accepted)
    }
    if (seen.has(name)) throw new InputError(input, `names the environment "${name}" twice`, accepted)
    seen.add(name)
    return { name, path }
  })
}

/**
 * Environments found in the repository: every folder directly under one of DISCOVERY_ROOTS that
 * holds a kustomization. `folders` lists the repository's folders (relative) that hold one.
 */
export function discoverEnvironments(folders: readonly string[]): Environment[] {
  const out: Environment[] = []
  for (const root of DISCOVERY_ROOTS) {
    for (const folder of [...folders].sort()) {
      const rest = folder.startsWith(`${root}/`) ? folder.slice(root.length + 1) : ''
      if (rest && !rest.includes('/') && NAME.test(rest)) out.push({ name: rest, path: folder })
    }
    if (out.length) return out
  }
  return out
}

/** `name=namespace` lines: the namespace every namespaced object of that environment must be in. */
export function parseNamespaces(pairs: ReadonlyArray<readonly [string, string]>): Map<string, string> {
  return new Map(pairs.map(([k, v]) => [k, v.trim()]))
}

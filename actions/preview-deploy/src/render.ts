import { existsSync } from 'node:fs'
import { readdir, readFile, stat } from 'node:fs/promises'
import { extname, isAbsolute, join, relative, resolve } from 'node:path'
import { UserError, type Exec } from '@cna/kit'
import type { KubeObject } from '@cna/kit/k8s'

const KUSTOMIZATION = ['kustomization.yaml', 'kustomization.yml', 'Kustomization']

export interface Rendered {
  object: KubeObject
  /** Where it came from, for messages: a file, or `kustomize:<folder>`. */
  source: string
}

/**
 * The manifests as objects: YAML files, folders of YAML files (sorted, recursively), or a
 * kustomization folder rendered by `kubectl kustomize` (argv, no shell). `List` objects are
 * unpacked; empty documents skipped.
 */
export async function renderManifests(paths: string[], workspace: string, exec: Exec): Promise<Rendered[]> {
  // The YAML parser (a fifth of the bundle) is loaded here, when there are manifests to read,
  // not when the action starts.
  const { parseObjects } = await import('./objects.js')
  const out: Rendered[] = []
  for (const given of paths) {
    const path = isAbsolute(given) ? given : resolve(workspace, given)
    if (!existsSync(path))
      throw new UserError(`Input "manifests" names "${given}", which does not exist. Expected YAML files, folders or a kustomization folder.`)
    const info = await stat(path)
    if (info.isDirectory() && KUSTOMIZATION.some((f) => existsSync(join(path, f)))) {
      const { stdout } = await exec('kubectl', ['kustomize', path], { stream: false })
      out.push(...parseObjects(stdout, `kustomize:${given}`))
    } else if (info.isDirectory()) {
      for (const file of await yamlFiles(path)) out.push(...parseObjects(await readFile(file, 'utf8'), relative(workspace, file) || file))
    } else {
      out.push(...parseObjects(await readFile(path, 'utf8'), given))
    }
  }
  return out
}

async function yamlFiles(dir: string): Promise<string[]> {
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))
  const files: string[] = []
  for (const entry of entries) {
    const full = join(dir, entry.name)
    if (entry.isDirectory()) files.push(...(await yamlFiles(full)))
    else if (['.yaml', '.yml', '.json'].includes(extname(entry.name))) files.push(full)
  }
  return files
}

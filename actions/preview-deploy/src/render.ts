import { existsSync } from 'node:fs'
import { readdir, readFile, stat } from 'node:fs/promises'
import { extname, isAbsolute, join, relative, resolve } from 'node:path'
import { UserError, type Exec } from '@cna/kit'
import type { KubeObject } from '@cna/kit/k8s'
import { parseAllDocuments } from 'yaml'

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
  const out: Rendered[] = []
  for (const given of paths) {
    const path = isAbsolute(given) ? given : resolve(workspace, given)
    if (!existsSync(path)) throw new UserError(`Input "manifests" names "${given}", which does not exist. Expected YAML files, folders or a kustomization folder.`)
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

export function parseObjects(text: string, source: string): Rendered[] {
  const out: Rendered[] = []
  for (const doc of parseAllDocuments(text)) {
    if (doc.errors.length) throw new UserError(`${source} is not valid YAML: ${doc.errors[0]!.message.split('\n')[0]}`)
    const value = doc.toJS() as unknown
    if (value === null || value === undefined) continue
    const objects = isList(value) ? value.items : [value]
    for (const object of objects) {
      const o = object as Partial<KubeObject>
      if (!o || typeof o !== 'object' || typeof o.apiVersion !== 'string' || typeof o.kind !== 'string' || typeof o.metadata?.name !== 'string') {
        throw new UserError(`${source} holds a document that is not a Kubernetes object (it needs apiVersion, kind and metadata.name).`)
      }
      refuseUnsafeNames(o as KubeObject, source)
      out.push({ object: o as KubeObject, source })
    }
  }
  return out
}

/** Kinds are identifiers; names are Kubernetes names (DNS-1123, with `:` for RBAC's `system:` names). */
const KIND = /^[A-Za-z][A-Za-z0-9]{0,62}$/
const NAME = /^[A-Za-z0-9]([A-Za-z0-9._:-]{0,251}[A-Za-z0-9])?$/

/**
 * A manifest's kind and name are printed in the log and the PR comment: text that could carry a
 * new line (and with it a workflow command such as `::add-mask::`) or Markdown is refused here,
 * before anything is printed or applied. Kubernetes would refuse such a name anyway.
 */
function refuseUnsafeNames(object: KubeObject, source: string): void {
  if (KIND.test(object.kind) && NAME.test(object.metadata.name)) return
  const shown = JSON.stringify(`${object.kind}/${object.metadata.name}`.slice(0, 80))
  throw new UserError(`${source} holds an object whose kind or name is not a Kubernetes name: ${shown}. Expected a kind like Deployment and a name of letters, digits, "-", "." (DNS-1123).`)
}

function isList(value: unknown): value is { items: unknown[] } {
  const v = value as { kind?: unknown; items?: unknown }
  return typeof v.kind === 'string' && v.kind.endsWith('List') && Array.isArray(v.items)
}

import { UserError } from '@cna/kit'
import { parseAllDocuments } from 'yaml'
import type { Rendered } from './render.js'
import type { KubeObject } from '@cna/kit/k8s'

/** The Kubernetes objects in one YAML text (`List` objects unpacked, empty documents skipped). Pure. */
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
  throw new UserError(
    `${source} holds an object whose kind or name is not a Kubernetes name: ${shown}. Expected a kind like Deployment and a name of letters, digits, "-", "." (DNS-1123).`,
  )
}

function isList(value: unknown): value is { items: unknown[] } {
  const v = value as { kind?: unknown; items?: unknown }
  return typeof v.kind === 'string' && v.kind.endsWith('List') && Array.isArray(v.items)
}

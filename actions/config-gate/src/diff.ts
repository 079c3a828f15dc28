import { structuredPatch } from 'diff'
import { objectKey, toYaml, type RenderedObject } from './objects.js'

export type ChangeType = 'added' | 'removed' | 'changed'

/** One object whose rendered YAML differs between base and head. */
export interface ObjectChange {
  type: ChangeType
  kind: string
  name: string
  namespace: string
  /** Unified-diff hunks of the object's YAML (no file headers). */
  patch: string
}

/** What an environment's rendering shows between the base and the head commit, objects grouped by kind. */
export interface EnvironmentDiff {
  environment: string
  changes: ObjectChange[]
  unchanged: number
}

const CONTEXT_LINES = 3

/**
 * Matches objects by apiVersion/kind/namespace/name, as Argo CD's diff does, and diffs their YAML.
 * Changes are sorted by kind, then namespace and name, so the same commits give the same comment.
 */
export function diffEnvironment(environment: string, base: readonly RenderedObject[], head: readonly RenderedObject[]): EnvironmentDiff {
  const before = new Map(base.map((o) => [objectKey(o), o]))
  const after = new Map(head.map((o) => [objectKey(o), o]))
  const changes: ObjectChange[] = []
  let unchanged = 0
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    const a = before.get(key)
    const b = after.get(key)
    const oldText = a ? toYaml(a.body) : ''
    const newText = b ? toYaml(b.body) : ''
    if (oldText === newText) {
      unchanged++
      continue
    }
    const o = (b ?? a)!
    changes.push({ type: !a ? 'added' : !b ? 'removed' : 'changed', kind: o.kind, name: o.name, namespace: o.namespace, patch: hunks(oldText, newText) })
  }
  changes.sort((x, y) => x.kind.localeCompare(y.kind) || x.namespace.localeCompare(y.namespace) || x.name.localeCompare(y.name))
  return { environment, changes, unchanged }
}

export function hunks(oldText: string, newText: string): string {
  const patch = structuredPatch('base', 'head', oldText, newText, undefined, undefined, { context: CONTEXT_LINES })
  return patch.hunks.map((h) => [`@@ -${h.oldStart},${h.oldLines} +${h.newStart},${h.newLines} @@`, ...h.lines].join('\n')).join('\n')
}

/** Changes of one environment grouped by kind, kinds in order. */
export function byKind(changes: readonly ObjectChange[]): Array<[string, ObjectChange[]]> {
  const groups = new Map<string, ObjectChange[]>()
  for (const c of changes) groups.set(c.kind, [...(groups.get(c.kind) ?? []), c])
  return [...groups]
}

import { isRecord } from '@cna/kit'
import type { RenderedObject } from './objects.js'

/** A policy rule: an id to allow it by, and the reason it exists (shown with every violation). */
export interface PolicyRule {
  id: string
  reason: string
}

export const RULES = {
  digest: { id: 'image-digest', reason: 'A tag can be moved to other content; a digest names exactly what was built, tested and promoted.' },
  latest: { id: 'no-latest', reason: '`latest` (or no tag at all) changes under the cluster without a commit, so Git no longer says what runs.' },
  resources: { id: 'resources', reason: 'Without requests the scheduler cannot place the pod sensibly; without limits one pod can starve its node.' },
  privileged: { id: 'no-privileged', reason: 'A privileged container has every capability of the node: a breakout is a node compromise.' },
  hostPath: { id: 'no-host-path', reason: 'A hostPath volume reads or writes the node’s file system, outside what the pod owns.' },
  namespace: { id: 'namespace', reason: 'Each environment deploys into its own namespace; an object elsewhere changes another environment or team.' },
} as const satisfies Record<string, PolicyRule>

/** The annotation that allows a rule on one object: `<rule-id>[, <rule-id>…]: <reason>`. */
export const ALLOW_ANNOTATION = 'config-gate.cna.dev/allow'

export interface Violation {
  rule: PolicyRule
  /** JSON path into the rendered object, where the problem is. */
  path: Array<string | number>
  message: string
  /** The reason given in the allow annotation, when the object allows this rule. */
  allowed?: string
}

/** Container lists of a pod spec, with their field name. */
const CONTAINER_LISTS = ['initContainers', 'containers'] as const

/** Where the pod spec sits in each workload kind. */
export function podSpecPath(kind: string): string[] | undefined {
  switch (kind) {
    case 'Pod':
      return ['spec']
    case 'Deployment':
    case 'StatefulSet':
    case 'DaemonSet':
    case 'ReplicaSet':
    case 'ReplicationController':
    case 'Job':
    case 'PodTemplate':
      return kind === 'PodTemplate' ? ['template', 'spec'] : ['spec', 'template', 'spec']
    case 'CronJob':
      return ['spec', 'jobTemplate', 'spec', 'template', 'spec']
    default:
      return undefined
  }
}

export interface PolicyOptions {
  /** The namespace every namespaced object must be in; undefined skips the rule. */
  namespace?: string
  /** Whether the kind is namespaced (undefined: unknown kind, skipped by the namespace rule). */
  namespaced?: boolean
}

/** Every policy violation of one rendered object, with the object's allowed exceptions applied. */
export function checkPolicies(o: RenderedObject, opts: PolicyOptions = {}): Violation[] {
  const found: Violation[] = []
  const specPath = podSpecPath(o.kind)
  const spec = specPath ? at(o.body, specPath) : undefined
  if (specPath && isRecord(spec)) {
    for (const list of CONTAINER_LISTS) {
      const containers = Array.isArray(spec[list]) ? spec[list] : []
      containers.forEach((c, i) => {
        if (!isRecord(c)) return
        const path = [...specPath, list, i]
        found.push(...containerViolations(c, path))
      })
    }
    const volumes = Array.isArray(spec.volumes) ? spec.volumes : []
    volumes.forEach((v, i) => {
      if (isRecord(v) && v.hostPath !== undefined) {
        found.push({
          rule: RULES.hostPath,
          path: [...specPath, 'volumes', i, 'hostPath'],
          message: `volume "${String(v.name)}" mounts the node's ${JSON.stringify(isRecord(v.hostPath) ? v.hostPath.path : '')}`,
        })
      }
    })
  }
  if (opts.namespace !== undefined && opts.namespaced === true && o.namespace !== opts.namespace) {
    found.push({
      rule: RULES.namespace,
      path: ['metadata', 'namespace'],
      message: `${o.kind} ${o.name} is in namespace "${o.namespace || '(none)'}", not "${opts.namespace}" as this environment requires`,
    })
  }
  const allows = allowedRules(o)
  return found.map((v) => (allows.has(v.rule.id) ? { ...v, allowed: allows.get(v.rule.id)! } : v))
}

function containerViolations(c: Record<string, unknown>, path: Array<string | number>): Violation[] {
  const out: Violation[] = []
  const name = String(c.name ?? '')
  const image = typeof c.image === 'string' ? c.image : ''
  const ref = parseImage(image)
  if (!ref.digest) {
    if (ref.tag === '' || ref.tag === 'latest') {
      out.push({
        rule: RULES.latest,
        path: [...path, 'image'],
        message: `container "${name}" runs ${JSON.stringify(image)}: ${ref.tag ? 'the latest tag' : 'no tag, which means latest'}; pin it by digest (image@sha256:…)`,
      })
    } else {
      out.push({
        rule: RULES.digest,
        path: [...path, 'image'],
        message: `container "${name}" runs ${JSON.stringify(image)}, pinned by the tag "${ref.tag}" only; pin it by digest (image@sha256:…)`,
      })
    }
  }
  const resources = isRecord(c.resources) ? c.resources : {}
  const missing: string[] = []
  for (const group of ['requests', 'limits'] as const) {
    const values = isRecord(resources[group]) ? resources[group] : {}
    for (const r of ['cpu', 'memory']) if (values[r] === undefined) missing.push(`${group}.${r}`)
  }
  if (missing.length)
    out.push({
      rule: RULES.resources,
      path: c.resources === undefined ? [...path, 'name'] : [...path, 'resources'],
      message: `container "${name}" has no resources.${missing.join(', resources.')}`,
    })
  const security = isRecord(c.securityContext) ? c.securityContext : {}
  if (security.privileged === true)
    out.push({ rule: RULES.privileged, path: [...path, 'securityContext', 'privileged'], message: `container "${name}" is privileged` })
  return out
}

/** repository[:tag][@digest]; a registry port's colon is not a tag. */
export function parseImage(image: string): { repository: string; tag: string; digest: string } {
  const at = image.indexOf('@')
  const digest = at >= 0 ? image.slice(at + 1) : ''
  const rest = at >= 0 ? image.slice(0, at) : image
  const colon = rest.lastIndexOf(':')
  const tag = colon > rest.lastIndexOf('/') ? rest.slice(colon + 1) : ''
  return { repository: tag ? rest.slice(0, colon) : rest, tag, digest: /^sha256:[0-9a-f]{64}$/.test(digest) ? digest : '' }
}

/**
 * Rules the object allows, from `config-gate.cna.dev/allow: "image-digest, resources: <reason>"`.
 * An exception without a reason allows nothing: the reason is what a reviewer approves.
 */
export function allowedRules(o: RenderedObject): Map<string, string> {
  const annotations = at(o.body, ['metadata', 'annotations'])
  const raw = isRecord(annotations) ? annotations[ALLOW_ANNOTATION] : undefined
  const out = new Map<string, string>()
  if (typeof raw !== 'string') return out
  const colon = raw.indexOf(':')
  const reason = colon >= 0 ? raw.slice(colon + 1).trim() : ''
  if (!reason) return out
  for (const id of raw.slice(0, colon).split(',')) if (id.trim()) out.set(id.trim(), reason)
  return out
}

/** Whether the object has an allow annotation that allows nothing for want of a reason. */
export function allowWithoutReason(o: RenderedObject): boolean {
  const annotations = at(o.body, ['metadata', 'annotations'])
  const raw = isRecord(annotations) ? annotations[ALLOW_ANNOTATION] : undefined
  return typeof raw === 'string' && allowedRules(o).size === 0
}

export function at(value: unknown, path: ReadonlyArray<string | number>): unknown {
  let v = value
  for (const p of path) {
    if (Array.isArray(v) && typeof p === 'number') v = v[p]
    else if (isRecord(v) && typeof p === 'string') v = v[p]
    else return undefined
  }
  return v
}

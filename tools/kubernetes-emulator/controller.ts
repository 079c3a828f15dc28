// The emulator's controllers, in one small loop: Deployments, StatefulSets and DaemonSets get
// pods and a rollout status; pods of images told to fail stay in ImagePullBackOff,
// CrashLoopBackOff or Pending (unschedulable), with the events a kubelet and scheduler write.
import { createHash, randomBytes } from 'node:crypto'
import type { JsonObject } from './apply.js'
import { meta, type Store } from './store.js'
import { SERVED, type ServedType } from './types.js'

export type FailureMode = 'ImagePullBackOff' | 'CrashLoopBackOff' | 'Unschedulable'

export interface ControllerOptions {
  /** How long after a change the controller acts (default 30 ms). */
  rolloutDelayMs?: number
  /** Nodes DaemonSets schedule on (default 1). */
  nodes?: number
  /**
   * How long a failing Deployment rollout stays Progressing before the deployment controller
   * marks it `Progressing=False`, reason `ProgressDeadlineExceeded` (the real default is the
   * Deployment's `progressDeadlineSeconds`, 600 s). Unset: never, as before.
   */
  progressDeadlineMs?: number
}

const type = (kind: string): ServedType => SERVED.find((t) => t.kind === kind)!
const WORKLOADS = new Set(['Deployment', 'StatefulSet', 'DaemonSet'])

interface Container {
  name: string
  image: string
}

export class Controller {
  private readonly timers = new Set<NodeJS.Timeout>()
  private stopped = false
  constructor(
    private readonly store: Store,
    private readonly failImages: Map<string, FailureMode>,
    private readonly opts: ControllerOptions,
  ) {}

  changed(kind: ServedType, object: JsonObject): void {
    if (!WORKLOADS.has(kind.kind)) return
    const m = meta(object)
    const status = (object.status ?? {}) as { observedGeneration?: number }
    if ((status.observedGeneration ?? 0) >= (m.generation ?? 1)) return
    const t = setTimeout(() => {
      this.timers.delete(t)
      if (!this.stopped) this.reconcile(kind, m.namespace!, m.name)
    }, this.opts.rolloutDelayMs ?? 30)
    this.timers.add(t)
  }

  deleted(kind: ServedType, object: JsonObject): void {
    if (!WORKLOADS.has(kind.kind)) return
    this.deletePods(meta(object).namespace!, meta(object).name)
  }

  stop(): void {
    this.stopped = true
    for (const t of this.timers) clearTimeout(t)
  }

  private failure(containers: Container[]): { mode: FailureMode; container: Container } | undefined {
    for (const container of containers) {
      for (const [image, mode] of this.failImages) {
        if (container.image === image || container.image.startsWith(`${image}@`) || container.image.startsWith(`${image}:`)) return { mode, container }
      }
    }
    return undefined
  }

  private deletePods(namespace: string, owner: string): void {
    for (const pod of this.store.list(type('Pod'), namespace)) {
      if (meta(pod).ownerReferences?.some((o) => o.name === owner)) this.store.remove(type('Pod'), namespace, meta(pod).name)
    }
  }

  private reconcile(kind: ServedType, namespace: string, name: string): void {
    const object = this.store.get(kind, namespace, name)
    if (!object || !this.store.get(type('Namespace'), undefined, namespace)) return
    const spec = (object.spec ?? {}) as {
      replicas?: number
      template?: { metadata?: { labels?: Record<string, string> }; spec?: { containers?: Container[] } }
    }
    const template = spec.template ?? {}
    const containers = template.spec?.containers ?? []
    const replicas = kind.kind === 'DaemonSet' ? (this.opts.nodes ?? 1) : (spec.replicas ?? 1)
    const hash = createHash('sha256').update(JSON.stringify(template)).digest('hex').slice(0, 10)
    const failure = this.failure(containers)
    this.deletePods(namespace, name)
    const now = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z')
    for (let i = 0; i < replicas; i++) {
      const podName =
        kind.kind === 'StatefulSet'
          ? `${name}-${i}`
          : `${name}-${hash.slice(0, kind.kind === 'Deployment' ? 10 : 5)}-${randomBytes(3).toString('hex').slice(0, 5)}`
      this.store.put(type('Pod'), {
        apiVersion: 'v1',
        kind: 'Pod',
        metadata: {
          name: podName,
          namespace,
          labels: { ...(template.metadata?.labels ?? {}), 'pod-template-hash': hash },
          // A Deployment's pods belong to its ReplicaSet; the workload reference lets this controller find them.
          ownerReferences: [
            {
              apiVersion: 'apps/v1',
              kind: kind.kind === 'Deployment' ? 'ReplicaSet' : kind.kind,
              name: kind.kind === 'Deployment' ? `${name}-${hash}` : name,
              uid: meta(object).uid!,
              controller: true,
            },
            ...(kind.kind === 'Deployment' ? [{ apiVersion: 'apps/v1', kind: 'Deployment', name, uid: meta(object).uid! }] : []),
          ],
        },
        spec: { ...(template.spec ?? {}), ...(failure?.mode === 'Unschedulable' ? {} : { nodeName: 'node-1' }) } as unknown as JsonObject,
        status: podStatus(containers, failure, now) as unknown as JsonObject,
      })
      if (failure) this.events(namespace, podName, failure, now)
    }
    const ready = failure ? 0 : replicas
    const generation = meta(object).generation ?? 1
    let status: Record<string, unknown>
    if (kind.kind === 'Deployment') {
      status = {
        observedGeneration: generation,
        replicas,
        updatedReplicas: replicas,
        readyReplicas: ready || undefined,
        availableReplicas: ready || undefined,
        ...(failure ? { unavailableReplicas: replicas } : {}),
        conditions: [
          {
            type: 'Available',
            status: failure ? 'False' : 'True',
            reason: failure ? 'MinimumReplicasUnavailable' : 'MinimumReplicasAvailable',
            message: failure ? 'Deployment does not have minimum availability.' : 'Deployment has minimum availability.',
            lastUpdateTime: now,
            lastTransitionTime: now,
          },
          {
            type: 'Progressing',
            status: 'True',
            reason: failure ? 'ReplicaSetUpdated' : 'NewReplicaSetAvailable',
            message: `ReplicaSet "${name}-${hash}" ${failure ? 'is progressing' : 'has successfully progressed'}.`,
            lastUpdateTime: now,
            lastTransitionTime: now,
          },
        ],
      }
    } else if (kind.kind === 'StatefulSet') {
      status = {
        observedGeneration: generation,
        replicas,
        readyReplicas: ready,
        currentReplicas: replicas,
        updatedReplicas: replicas,
        availableReplicas: ready,
        currentRevision: `${name}-${hash}`,
        updateRevision: `${name}-${hash}`,
      }
    } else {
      status = {
        observedGeneration: generation,
        desiredNumberScheduled: replicas,
        currentNumberScheduled: replicas,
        numberReady: ready,
        updatedNumberScheduled: replicas,
        numberAvailable: ready,
        numberMisscheduled: 0,
      }
    }
    const latest = this.store.get(kind, namespace, name)
    if (latest) this.store.put(kind, { ...latest, status: JSON.parse(JSON.stringify(status)) as JsonObject })
    if (failure && kind.kind === 'Deployment' && this.opts.progressDeadlineMs !== undefined) this.deadline(kind, namespace, name, generation, `${name}-${hash}`)
  }

  /** The rollout of `generation` has not become available in time: what `kubectl rollout status` then reports as failed. */
  private deadline(kind: ServedType, namespace: string, name: string, generation: number, replicaSet: string): void {
    const t = setTimeout(() => {
      this.timers.delete(t)
      const object = this.stopped ? undefined : this.store.get(kind, namespace, name)
      if (!object || (meta(object).generation ?? 1) !== generation) return
      const status = structuredClone((object.status ?? {}) as JsonObject)
      const now = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z')
      const conditions = ((status.conditions ?? []) as JsonObject[]).filter((c) => c.type !== 'Progressing')
      conditions.push({
        type: 'Progressing',
        status: 'False',
        reason: 'ProgressDeadlineExceeded',
        message: `ReplicaSet "${replicaSet}" has timed out progressing.`,
        lastUpdateTime: now,
        lastTransitionTime: now,
      })
      this.store.put(kind, { ...object, status: { ...status, conditions } })
    }, this.opts.progressDeadlineMs)
    this.timers.add(t)
  }

  private events(namespace: string, pod: string, failure: { mode: FailureMode; container: Container }, now: string): void {
    const { mode, container } = failure
    const list: Array<[type: string, reason: string, message: string, source: string]> =
      mode === 'ImagePullBackOff'
        ? [
            ['Normal', 'Pulling', `Pulling image "${container.image}"`, 'kubelet'],
            [
              'Warning',
              'Failed',
              `Failed to pull image "${container.image}": rpc error: code = NotFound desc = failed to pull and unpack image "${container.image}": not found`,
              'kubelet',
            ],
            ['Warning', 'Failed', 'Error: ErrImagePull', 'kubelet'],
            ['Normal', 'BackOff', `Back-off pulling image "${container.image}"`, 'kubelet'],
            ['Warning', 'Failed', 'Error: ImagePullBackOff', 'kubelet'],
          ]
        : mode === 'CrashLoopBackOff'
          ? [
              ['Normal', 'Started', `Started container ${container.name}`, 'kubelet'],
              ['Warning', 'BackOff', `Back-off restarting failed container ${container.name} in pod ${pod}_${namespace}`, 'kubelet'],
            ]
          : [
              [
                'Warning',
                'FailedScheduling',
                '0/1 nodes are available: 1 Insufficient memory. preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.',
                'default-scheduler',
              ],
            ]
    list.forEach(([eventType, reason, message, component], i) => {
      this.store.put(type('Event'), {
        apiVersion: 'v1',
        kind: 'Event',
        metadata: { name: `${pod}.${randomBytes(8).toString('hex')}${i}`, namespace },
        involvedObject: {
          apiVersion: 'v1',
          kind: 'Pod',
          name: pod,
          namespace,
          ...(mode !== 'Unschedulable' ? { fieldPath: `spec.containers{${container.name}}` } : {}),
        },
        reason,
        message,
        type: eventType,
        source: { component },
        count: 1,
        firstTimestamp: now,
        lastTimestamp: now,
      })
    })
  }
}

function podStatus(containers: Container[], failure: { mode: FailureMode; container: Container } | undefined, now: string): Record<string, unknown> {
  if (failure?.mode === 'Unschedulable') {
    return {
      phase: 'Pending',
      conditions: [
        {
          type: 'PodScheduled',
          status: 'False',
          reason: 'Unschedulable',
          message: '0/1 nodes are available: 1 Insufficient memory. preemption: 0/1 nodes are available: 1 No preemption victims found for incoming pod.',
          lastTransitionTime: now,
        },
      ],
    }
  }
  const statuses = containers.map((c) => {
    if (failure && c.name === failure.container.name) {
      return failure.mode === 'ImagePullBackOff'
        ? {
            name: c.name,
            image: c.image,
            imageID: '',
            ready: false,
            started: false,
            restartCount: 0,
            state: { waiting: { reason: 'ImagePullBackOff', message: `Back-off pulling image "${c.image}"` } },
          }
        : {
            name: c.name,
            image: c.image,
            imageID: c.image,
            ready: false,
            started: false,
            restartCount: 4,
            state: { waiting: { reason: 'CrashLoopBackOff', message: `back-off 40s restarting failed container=${c.name}` } },
            lastState: { terminated: { exitCode: 1, reason: 'Error', startedAt: now, finishedAt: now } },
          }
    }
    return { name: c.name, image: c.image, imageID: c.image, ready: !failure, started: true, restartCount: 0, state: { running: { startedAt: now } } }
  })
  const ready = failure ? 'False' : 'True'
  return {
    phase: failure?.mode === 'ImagePullBackOff' ? 'Pending' : 'Running',
    conditions: [
      { type: 'PodScheduled', status: 'True', lastTransitionTime: now },
      { type: 'Initialized', status: 'True', lastTransitionTime: now },
      { type: 'ContainersReady', status: ready, lastTransitionTime: now },
      { type: 'Ready', status: ready, lastTransitionTime: now },
    ],
    hostIP: '10.0.0.1',
    podIP: `10.244.0.${Math.floor(Math.random() * 250) + 2}`,
    startTime: now,
    containerStatuses: statuses,
  }
}

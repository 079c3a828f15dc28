import { describe, expect, test } from 'vitest'
import { podProblems, rolloutState, selectorString } from '../src/k8s/rollout.js'
import type { KubeObject } from '../src/k8s/resources.js'

const obj = (kind: string, spec: Record<string, unknown>, status: Record<string, unknown>, generation = 2): KubeObject => ({
  apiVersion: 'apps/v1',
  kind,
  metadata: { name: 'w', generation },
  spec,
  status,
})

describe('rolloutState', () => {
  test.each([
    ['Deployment', { replicas: 2 }, { observedGeneration: 1 }, false, /generation 2/],
    ['Deployment', { replicas: 2 }, { observedGeneration: 2, updatedReplicas: 1, replicas: 2 }, false, /1 of 2 updated/],
    ['Deployment', { replicas: 2 }, { observedGeneration: 2, updatedReplicas: 2, replicas: 3 }, false, /old replicas/],
    [
      'Deployment',
      { replicas: 2 },
      { observedGeneration: 2, updatedReplicas: 2, replicas: 2, availableReplicas: 1 },
      false,
      /1 of 2 updated replicas available/,
    ],
    ['Deployment', { replicas: 2 }, { observedGeneration: 2, updatedReplicas: 2, replicas: 2, availableReplicas: 2 }, true, /rolled out/],
    ['StatefulSet', { replicas: 2 }, { observedGeneration: 2, readyReplicas: 1, updatedReplicas: 2 }, false, /1 of 2 pods ready/],
    ['StatefulSet', { replicas: 2 }, { observedGeneration: 2, readyReplicas: 2, updatedReplicas: 2 }, true, /rolled out/],
    ['DaemonSet', {}, { observedGeneration: 2, desiredNumberScheduled: 3, updatedNumberScheduled: 3, numberAvailable: 2 }, false, /2 of 3 pods available/],
    ['DaemonSet', {}, { observedGeneration: 2, desiredNumberScheduled: 3, updatedNumberScheduled: 3, numberAvailable: 3 }, true, /rolled out/],
  ])('%s %j %j → done %s', (kind, spec, status, done, message) => {
    const state = rolloutState(obj(kind, spec, status))
    expect(state.done).toBe(done)
    expect(state.message).toMatch(message)
  })

  test('a Deployment past its progress deadline has failed', () => {
    expect(
      rolloutState(
        obj(
          'Deployment',
          { replicas: 1 },
          { observedGeneration: 2, conditions: [{ type: 'Progressing', status: 'False', reason: 'ProgressDeadlineExceeded' }] },
        ),
      ),
    ).toMatchObject({ done: false, failed: true })
  })
})

describe('podProblems', () => {
  const pod = (name: string, status: Record<string, unknown>): KubeObject => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name }, status })
  test('waiting reasons from container status, with the last exit code of a crash loop', () => {
    const problems = podProblems([
      pod('a', { containerStatuses: [{ name: 'app', state: { waiting: { reason: 'ImagePullBackOff', message: 'Back-off pulling image "x"' } } }] }),
      pod('b', {
        containerStatuses: [
          {
            name: 'app',
            state: { waiting: { reason: 'CrashLoopBackOff', message: 'back-off 40s' } },
            lastState: { terminated: { exitCode: 137, reason: 'OOMKilled' } },
          },
        ],
      }),
      pod('c', { containerStatuses: [{ name: 'app', state: { running: {} } }] }),
    ])
    expect(problems).toEqual([
      { pod: 'a', container: 'app', reason: 'ImagePullBackOff', message: 'Back-off pulling image "x"' },
      { pod: 'b', container: 'app', reason: 'CrashLoopBackOff', message: 'back-off 40s (last exit code 137, OOMKilled)' },
    ])
  })

  test('unschedulable pods, and the newest warning event when the status says nothing', () => {
    const events: KubeObject[] = [
      {
        apiVersion: 'v1',
        kind: 'Event',
        metadata: { name: 'e1' },
        involvedObject: { name: 'p2' },
        type: 'Warning',
        reason: 'FailedMount',
        message: 'secret "db" not found',
        lastTimestamp: '2026-01-01T00:00:02Z',
      },
      {
        apiVersion: 'v1',
        kind: 'Event',
        metadata: { name: 'e0' },
        involvedObject: { name: 'p2' },
        type: 'Warning',
        reason: 'Old',
        message: 'old',
        lastTimestamp: '2026-01-01T00:00:01Z',
      },
    ]
    expect(
      podProblems(
        [
          pod('p1', { conditions: [{ type: 'PodScheduled', status: 'False', reason: 'Unschedulable', message: '0/3 nodes are available' }] }),
          pod('p2', { phase: 'Pending' }),
        ],
        events,
      ),
    ).toEqual([
      { pod: 'p1', reason: 'Unschedulable', message: '0/3 nodes are available' },
      { pod: 'p2', reason: 'FailedMount', message: 'secret "db" not found' },
    ])
  })
})

test('selectorString', () => {
  expect(
    selectorString({
      matchLabels: { app: 'api', tier: 'web' },
      matchExpressions: [
        { key: 'env', operator: 'In', values: ['a', 'b'] },
        { key: 'x', operator: 'DoesNotExist' },
      ],
    }),
  ).toBe('app=api,tier=web,env in (a,b),!x')
})

import { describe, expect, test } from 'vitest'
import {
  authorize,
  checkEnvironment,
  checkPromotionOrder,
  effectiveRole,
  heldLock,
  lockWinner,
  requiredRole,
  rollbackTarget,
  statusRows,
  type DeploymentView,
} from '../src/chatops/decisions.js'

const D = (n: number) => `sha256:${String(n).repeat(64).slice(0, 64)}`
let nextId = 100
function dep(environment: string, state: string, opts: Partial<DeploymentView> = {}): DeploymentView {
  const id = nextId++
  return {
    id,
    environment,
    state,
    sha: 'a'.repeat(40),
    creator: 'github-actions[bot]',
    createdAt: '2026-11-26T10:00:00Z',
    updatedAt: '2026-11-26T10:05:00Z',
    service: 'api',
    ...opts,
  }
}
const newestFirst = (...list: DeploymentView[]) => [...list].sort((a, b) => b.id - a.id)

describe('authorization', () => {
  test.each([
    [{ permission: 'write', role_name: 'maintain' }, 'maintain'],
    [{ permission: 'read', role_name: 'triage' }, 'triage'],
    [{ permission: 'write', role_name: 'release-manager' }, 'write'],
    [{ permission: 'none', role_name: 'none' }, 'none'],
    [{}, 'none'],
  ] as const)('%j is %s', (answer, role) => expect(effectiveRole(answer)).toBe(role))

  test('production environments need admin whatever the configured permission', () => {
    const opts = { permission: 'write' as const, productionEnvironments: ['production'] }
    expect(requiredRole('staging', opts)).toBe('write')
    expect(requiredRole('production', opts)).toBe('admin')
    expect(authorize('alice', 'maintain', 'write')).toEqual({ ok: true })
    expect(authorize('alice', 'maintain', 'admin')).toEqual({
      ok: false,
      reason: '@alice has maintain permission on this repository; this command needs admin',
    })
    expect(authorize('eve', 'triage', 'write').ok).toBe(false)
  })
})

describe('environments and promotion order', () => {
  const envs = ['dev', 'staging', 'production']
  test('unknown environments are named', () => {
    expect(checkEnvironment('qa', envs)).toEqual({ ok: false, reason: 'unknown environment `qa`; known environments: dev, staging, production' })
  })
  test('the first environment is always allowed; later ones need the digest to have run before', () => {
    const history = newestFirst(dep('dev', 'inactive', { digest: D(1) }), dep('dev', 'failure', { digest: D(2) }), dep('staging', 'success', { digest: D(1) }))
    expect(checkPromotionOrder(D(9), 'dev', envs, history).ok).toBe(true)
    expect(checkPromotionOrder(D(1), 'staging', envs, history).ok).toBe(true)
    expect(checkPromotionOrder(D(1), 'production', envs, history).ok).toBe(true)
    const refused = checkPromotionOrder(D(2), 'staging', envs, history)
    expect(refused.ok === false && refused.reason).toContain('has not been deployed successfully to dev, which comes before staging')
  })
})

describe('locks', () => {
  const now = new Date('2026-11-26T10:30:00Z')
  const hour = 3_600_000
  test('the newest active deployment holds the lock; a finished later one releases it; old ones expire', () => {
    const queued = dep('staging', 'queued', { requestedBy: 'alice' })
    expect(heldLock(newestFirst(queued), 'staging', now, hour)).toBe(queued)
    expect(heldLock(newestFirst(queued), 'dev', now, hour)).toBeUndefined()
    expect(heldLock(newestFirst(queued, dep('staging', 'success')), 'staging', now, hour)).toBeUndefined()
    expect(heldLock(newestFirst(queued), 'staging', now, 10 * 60_000)).toBeUndefined()
    expect(heldLock(newestFirst(queued), 'staging', now, hour, queued.id)).toBeUndefined()
  })
  test('two runs that raced: the older deployment wins', () => {
    const done = dep('staging', 'success')
    const first = dep('staging', 'pending')
    const second = dep('staging', 'pending')
    const history = newestFirst(done, first, second)
    expect(lockWinner(history, 'staging', now, hour, second.id)).toBe(first.id)
    expect(lockWinner(history, 'staging', now, hour, first.id)).toBe(first.id)
  })
})

describe('rollback targets', () => {
  const history = newestFirst(
    dep('production', 'inactive', { digest: D(1), version: 'v1.0.0' }),
    dep('production', 'inactive', { digest: D(2), version: 'v1.1.0' }),
    dep('production', 'failure', { digest: D(3), version: 'v1.2.0' }),
    dep('production', 'success', { digest: D(2), version: 'v1.1.0' }),
    dep('production', 'success', { digest: D(4), version: 'v1.3.0' }),
  )
  test('the last successful digest before the current one (skipping failures and the same digest)', () => {
    const r = rollbackTarget(history, 'production')
    expect(r.ok && [r.current.version, r.target.version]).toEqual(['v1.3.0', 'v1.1.0'])
  })
  test('a named earlier version', () => {
    const r = rollbackTarget(history, 'production', 'v1.0.0')
    expect(r.ok && r.target.digest).toBe(D(1))
  })
  test.each([
    ['v1.2.0', 'never been deployed successfully'],
    ['v1.3.0', 'already runs v1.3.0'],
  ])('refuses %s: %s', (version, reason) => {
    const r = rollbackTarget(history, 'production', version)
    expect(r.ok === false && r.reason).toContain(reason)
  })
  test('nothing to roll back to', () => {
    const r = rollbackTarget(newestFirst(dep('dev', 'success', { digest: D(1) })), 'dev')
    expect(r.ok === false && r.reason).toContain('no earlier successful deployment')
    expect(rollbackTarget([], 'dev').ok).toBe(false)
  })
})

test('status: one row per environment, newest deployment first', () => {
  const rows = statusRows(
    newestFirst(dep('dev', 'success', { digest: D(1), version: 'v1', requestedBy: 'alice' }), dep('dev', 'in_progress', { digest: D(2), version: 'v2' })),
    ['dev', 'prod'],
  )
  expect(rows).toEqual([
    { environment: 'dev', version: 'v2', digest: D(2), commit: 'a'.repeat(40), who: 'github-actions[bot]', when: '2026-11-26T10:05:00Z', state: 'in_progress' },
    { environment: 'prod', version: '—', digest: '—', commit: '—', who: '—', when: '—', state: 'never deployed' },
  ])
})

import { describe, expect, it } from 'vitest'
import { matchRoute, type Route } from '../src/router.ts'

const routes: Route<string>[] = [
  { method: 'GET', path: '/healthz', handler: 'health' },
  { method: 'GET', path: '/sensors/:id/readings', handler: 'list' },
  { method: 'POST', path: '/sensors/:id/readings', handler: 'add' },
]

describe('matchRoute', () => {
  it('matches a fixed path', () => {
    expect(matchRoute(routes, 'GET', '/healthz')).toEqual({ kind: 'found', handler: 'health', params: {} })
  })

  it('captures and percent-decodes parameters', () => {
    expect(matchRoute(routes, 'POST', '/sensors/a%20b/readings')).toEqual({ kind: 'found', handler: 'add', params: { id: 'a b' } })
  })

  it('ignores empty segments (trailing or doubled slashes)', () => {
    expect(matchRoute(routes, 'GET', '//sensors/t1/readings/')).toMatchObject({ kind: 'found', params: { id: 't1' } })
  })

  it('answers HEAD with the GET route', () => {
    expect(matchRoute(routes, 'HEAD', '/healthz')).toMatchObject({ kind: 'found', handler: 'health' })
  })

  it('tells a wrong method (with the allowed ones) from an unknown path', () => {
    expect(matchRoute(routes, 'DELETE', '/sensors/t1/readings')).toEqual({ kind: 'method-not-allowed', allow: ['GET', 'HEAD', 'POST'] })
    expect(matchRoute(routes, 'POST', '/healthz')).toEqual({ kind: 'method-not-allowed', allow: ['GET', 'HEAD'] })
    expect(matchRoute(routes, 'GET', '/sensors/t1')).toEqual({ kind: 'not-found' })
    expect(matchRoute(routes, 'GET', '/')).toEqual({ kind: 'not-found' })
  })

  it('reports broken percent-encoding', () => {
    expect(matchRoute(routes, 'GET', '/sensors/%E0%A4%A/readings')).toEqual({ kind: 'bad-path' })
  })
})

import type { PageItem, RestClient, Route, RouteData, RouteParams } from '../src/github/rest.js'

/** What a fake route answers: the response's data (partial objects are fine in a test), or a throw. */
export type FakeHandler<R extends Route> = (params: RouteParams<R>) => unknown

/** The routes a test expects, by Octokit's route strings: a misspelt route does not compile. */
export type FakeRoutes = { [R in Route]?: FakeHandler<R> }

export interface FakeCall {
  route: Route
  params: Record<string, unknown>
}

export interface FakeRestClient extends RestClient {
  /** Every request and paginate, in order. */
  calls: FakeCall[]
  /** The params of each call to one route, in order. */
  callsTo<R extends Route>(route: R): RouteParams<R>[]
}

/**
 * A RestClient for unit tests: answers the routes it was given and fails loudly on any other
 * (a fake that answered `{}` to an unknown route let a misspelt route pass). `paginate`
 * flattens an answer the way Octokit does: the array itself, or the one list field of an
 * object such as `{total_count, check_runs}`. Handlers' answers are trusted as the route's
 * data: this file is the tests' trust boundary.
 */
export function fakeRest(routes: FakeRoutes, opts: { onCall?: (call: FakeCall) => void } = {}): FakeRestClient {
  const calls: FakeCall[] = []
  const answer = async (route: Route, params: object): Promise<unknown> => {
    const call = { route, params: { ...params } }
    calls.push(call)
    opts.onCall?.(call)
    const handler = routes[route] as ((params: object) => unknown) | undefined
    if (!handler) throw new Error(`fake GitHub: no route ${route} in this test (known: ${Object.keys(routes).join(', ') || 'none'})`)
    return await handler(params)
  }
  return {
    calls,
    callsTo: <R extends Route>(route: R) => calls.filter((c) => c.route === route).map((c) => c.params as RouteParams<R>),
    request: async <R extends Route>(route: R, params: RouteParams<R>) => ({ data: (await answer(route, params)) as RouteData<R> }),
    paginate: async <R extends Route>(route: R, params: RouteParams<R>) => listOf(route, await answer(route, params)) as PageItem<R>[],
  }
}

function listOf(route: string, data: unknown): unknown[] {
  if (Array.isArray(data)) return data
  const lists = data && typeof data === 'object' ? Object.values(data).filter(Array.isArray) : []
  if (lists.length !== 1) throw new Error(`fake GitHub: ${route} answered neither a list nor an object with one list field`)
  return lists[0]!
}

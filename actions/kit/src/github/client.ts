import type { OctokitFactoryOptions } from './octokit.js'
import type { RestClient, Route, RouteData, RouteParams, PageItem } from './rest.js'

/** Octokit as this file calls it: by route string, answers unchecked. */
interface UntypedOctokit {
  request(route: string, params: object): Promise<{ data: unknown }>
  paginate(route: string, params: object): Promise<unknown[]>
}

/**
 * The RestClient of a run: Octokit, with its retry and throttling plugins, behind the typed
 * routes of `rest.ts`. Octokit's code is loaded at the first request, so a run that never
 * calls GitHub neither loads nor parses it (it sits in its own bundle chunk).
 *
 * The trust boundary: GitHub's answers are taken to match Octokit's endpoint types here, and
 * nowhere else, which is what lets the rest of the code read responses without casts.
 */
export function createRestClient(token: string, options: OctokitFactoryOptions = {}): RestClient {
  let octokit: Promise<UntypedOctokit> | undefined
  const load = (): Promise<UntypedOctokit> => (octokit ??= import('./octokit.js').then((m) => m.createOctokit(token, options) as unknown as UntypedOctokit))
  return {
    request: async <R extends Route>(route: R, params: RouteParams<R>) => (await load()).request(route, params) as Promise<{ data: RouteData<R> }>,
    paginate: async <R extends Route>(route: R, params: RouteParams<R>) => (await load()).paginate(route, params) as Promise<PageItem<R>[]>,
  }
}

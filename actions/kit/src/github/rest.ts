import type { Endpoints } from '@octokit/types'
import { isRecord } from '../guards.js'

/**
 * The part of Octokit that actions use for GitHub's REST API, typed by Octokit's own endpoint
 * types: a route string names its parameters and its response, so a misspelt route or
 * parameter is a compile error and responses need no casts. Unit tests pass a fake (see
 * `@cna/kit/testing`), integration tests the real client (`createRestClient`) against the emulator.
 */
export type Route = keyof Endpoints

/** Options Octokit takes beside a route's own parameters. */
export interface RequestOptions {
  mediaType?: { format?: string; previews?: string[] }
  request?: { retries?: number }
  headers?: Record<string, string>
}

export type RouteParams<R extends Route> = Endpoints[R]['parameters'] & RequestOptions
export type RouteData<R extends Route> = Endpoints[R]['response']['data']

/** The array inside a paged response: the data itself, or its one list field (`check_runs`, `workflow_runs`, …), as Octokit's paginate flattens it. */
type ListField<T> = { [K in keyof T]: T[K] extends ReadonlyArray<infer U> ? U : never }[keyof T]
export type PageItem<R extends Route> = RouteData<R> extends ReadonlyArray<infer U> ? U : ListField<RouteData<R>>

export interface RestClient {
  request<R extends Route>(route: R, params: RouteParams<R>): Promise<{ data: RouteData<R> }>
  paginate<R extends Route>(route: R, params: RouteParams<R>): Promise<PageItem<R>[]>
}

export interface Repo {
  owner: string
  repo: string
}

/** `owner/name` (as in GITHUB_REPOSITORY) → `{owner, repo}`; undefined when it is not one. */
export function parseRepo(value: string): Repo | undefined {
  const m = /^([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+)$/.exec(value)
  return m ? { owner: m[1]!, repo: m[2]! } : undefined
}

/** A deployment payload as GitHub returns it: an object, or a JSON string from older clients. */
export function deploymentPayload(payload: unknown): Record<string, unknown> | undefined {
  if (typeof payload === 'string') {
    try {
      payload = JSON.parse(payload)
    } catch {
      return undefined
    }
  }
  return isRecord(payload) ? payload : undefined
}

/** The HTTP status of an Octokit RequestError (or anything with a numeric `status`), else undefined. */
export function errorStatus(error: unknown): number | undefined {
  return isRecord(error) && typeof error.status === 'number' ? error.status : undefined
}

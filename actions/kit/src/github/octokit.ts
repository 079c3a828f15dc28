import * as core from '@actions/core'
import { getOctokit } from '@actions/github'
import { retry } from '@octokit/plugin-retry'
import { throttling } from '@octokit/plugin-throttling'

export type GitHubClient = ReturnType<typeof getOctokit>

export interface OctokitFactoryOptions {
  baseUrl?: string
  /** A fetch to use instead of the global one (tests pass a fake to prove retries). */
  fetch?: typeof fetch
  /** How many times a failed request is retried (5xx, and 429 through the throttling plugin). */
  retries?: number
  /** Milliseconds per second of `retry-after` / per back-off step; tests shrink it. */
  retryAfterBaseValue?: number
  userAgent?: string
}

/**
 * Builds the one Octokit an action uses. The retry and throttling plugins are passed as
 * extra arguments to `getOctokit`: passed inside the options object (as some actions do)
 * they are silently ignored and nothing is retried.
 */
export function createOctokit(token: string, options: OctokitFactoryOptions = {}): GitHubClient {
  const retries = options.retries ?? 3
  const retryAfterBaseValue = options.retryAfterBaseValue ?? 1000
  const limitHandler =
    (kind: string) =>
    (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number): boolean => {
      core.warning(`GitHub ${kind} rate limit on ${request.method} ${request.url}; retrying after ${retryAfter}s`)
      return retryCount < retries
    }
  return getOctokit(
    token,
    {
      baseUrl: options.baseUrl ?? process.env.GITHUB_API_URL ?? 'https://api.github.com',
      userAgent: options.userAgent ?? 'cloud-native-actions',
      // Only when given: any `request` here replaces @actions/github's proxy-aware defaults whole.
      ...(options.fetch ? { request: { fetch: options.fetch } } : {}),
      retry: { retries, retryAfterBaseValue },
      throttle: {
        retryAfterBaseValue,
        fallbackSecondaryRateRetryAfter: 60,
        onRateLimit: limitHandler('primary'),
        onSecondaryRateLimit: limitHandler('secondary'),
      },
    } as Parameters<typeof getOctokit>[1],
    retry,
    throttling,
  )
}

import { readFileSync } from 'node:fs'
import { valueAt } from './guards.js'

/**
 * The run's context as the runner gives it: event name, the payload file and the GitHub
 * variables. Read directly rather than through @actions/github, so actions that never talk
 * to GitHub do not bundle Octokit.
 */
export interface RunContext {
  eventName: string
  payload: Record<string, unknown>
  sha: string
  ref: string
  repository: string
  serverUrl: string
  runUrl: string
  workspace: string
  tempDir: string
}

export function readRunContext(env: NodeJS.ProcessEnv = process.env): RunContext {
  let payload: Record<string, unknown> = {}
  if (env.GITHUB_EVENT_PATH) {
    try {
      payload = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) as Record<string, unknown>
    } catch {
      payload = {}
    }
  }
  const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com'
  const repository = env.GITHUB_REPOSITORY ?? ''
  return {
    eventName: env.GITHUB_EVENT_NAME ?? '',
    payload,
    sha: env.GITHUB_SHA ?? '',
    ref: env.GITHUB_REF ?? '',
    repository,
    serverUrl,
    runUrl: env.GITHUB_RUN_ID ? `${serverUrl}/${repository}/actions/runs/${env.GITHUB_RUN_ID}` : '',
    workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
    tempDir: env.RUNNER_TEMP ?? '',
  }
}

/** The string at `path` in an event payload; undefined when absent or not a string. */
export function payloadString(payload: unknown, ...path: string[]): string | undefined {
  const value = valueAt(payload, ...path)
  return typeof value === 'string' ? value : undefined
}

/** The number at `path` in an event payload; undefined when absent or not a number. */
export function payloadNumber(payload: unknown, ...path: string[]): number | undefined {
  const value = valueAt(payload, ...path)
  return typeof value === 'number' ? value : undefined
}

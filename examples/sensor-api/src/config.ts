// Reads the environment once, at start, and fails fast with a message naming the variable:
// a bad PORT should stop the container at once, not make it listen somewhere unexpected.

import { readFileSync } from 'node:fs'

export interface Config {
  port: number
  host: string | undefined
  /** The commit the image was built from (REVISION, set by the image build), or "unknown". */
  revision: string
  /** How long SIGTERM waits for in-flight requests (SHUTDOWN_GRACE_MS). */
  shutdownGraceMs: number
}

export type Env = Record<string, string | undefined>

export function readConfig(env: Env): Config {
  return {
    port: integer(env, 'PORT', 8080, 0, 65535),
    host: nonEmpty(env['HOST']),
    revision: nonEmpty(env['REVISION']) ?? 'unknown',
    shutdownGraceMs: integer(env, 'SHUTDOWN_GRACE_MS', 10_000, 0, 600_000),
  }
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim()
  return trimmed ? trimmed : undefined
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = nonEmpty(env[name])
  if (raw === undefined) return fallback
  if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new Error(`${name} must be an integer from ${min} to ${max}, got "${raw}"`)
  }
  return Number(raw)
}

/** Name and version from the package.json next to dist/ (copied into the image as /app/package.json),
 * so the version is written in one place only. */
export function readPackageInfo(url: URL = new URL('../package.json', import.meta.url)): { name: string; version: string } {
  const pkg = JSON.parse(readFileSync(url, 'utf8')) as { name?: unknown; version?: unknown }
  if (typeof pkg.name !== 'string' || typeof pkg.version !== 'string') {
    throw new Error(`${url.pathname} has no string "name" and "version"`)
  }
  return { name: pkg.name, version: pkg.version }
}

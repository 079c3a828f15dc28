import type { Exec } from '@cna/kit'
import { runShellCommand } from '@cna/kit/gates/test-run'

/** After the controller reports healthy: does the environment answer as it should? */
export interface HttpCheck {
  url: string
  requests: number
  /** Percent of requests that must answer 2xx or 3xx. */
  minSuccessRate: number
  /** The slowest answer allowed (ms); 0 for no limit. */
  maxLatencyMs: number
  intervalMs: number
}

export interface Sample {
  status?: number
  ms: number
  error?: string
}

export interface CheckOutcome {
  ok: boolean
  summary: string
}

/** Pure: the samples against the thresholds. */
export function httpVerdict(samples: readonly Sample[], check: Pick<HttpCheck, 'url' | 'minSuccessRate' | 'maxLatencyMs'>): CheckOutcome {
  const good = samples.filter((s) => s.status !== undefined && s.status >= 200 && s.status < 400)
  const rate = samples.length ? (100 * good.length) / samples.length : 0
  const slowest = Math.max(0, ...samples.map((s) => s.ms))
  const bad = samples.find((s) => !(s.status !== undefined && s.status >= 200 && s.status < 400))
  const figures = `${good.length}/${samples.length} answered 2xx/3xx (${Math.round(rate)}%, at least ${check.minSuccessRate}% required), slowest ${slowest} ms${check.maxLatencyMs ? ` (at most ${check.maxLatencyMs} ms)` : ''}`
  if (rate < check.minSuccessRate) return { ok: false, summary: `HTTP check of ${check.url} failed: ${figures}; e.g. ${bad?.error ?? `HTTP ${bad?.status}`}` }
  if (check.maxLatencyMs && slowest > check.maxLatencyMs) return { ok: false, summary: `HTTP check of ${check.url} failed: too slow: ${figures}` }
  return { ok: true, summary: `HTTP check of ${check.url} passed: ${figures}` }
}

export async function httpCheck(
  check: HttpCheck,
  fetchImpl: typeof fetch = fetch,
  sleep = (ms: number) => new Promise((r) => setTimeout(r, ms)),
): Promise<CheckOutcome> {
  const samples: Sample[] = []
  for (let i = 0; i < check.requests; i++) {
    if (i) await sleep(check.intervalMs)
    const started = performance.now()
    try {
      const res = await fetchImpl(check.url, { redirect: 'manual', signal: AbortSignal.timeout(10_000) })
      await res.arrayBuffer()
      samples.push({ status: res.status, ms: Math.round(performance.now() - started) })
    } catch (error) {
      samples.push({ ms: Math.round(performance.now() - started), error: (error as Error).message })
    }
  }
  return httpVerdict(samples, check)
}

/**
 * The workflow's own verification command (integration or acceptance tests), run as a `run:`
 * step would run it, with BASE_URL, DIGEST and ENVIRONMENT set. Exit 0 passes.
 */
export async function commandCheck(
  exec: Exec,
  command: string,
  env: { BASE_URL: string; DIGEST: string; ENVIRONMENT: string },
  cwd: string,
): Promise<CheckOutcome> {
  const outcome = await runShellCommand(exec, command, { cwd, env: { ...process.env, ...env } })
  const tail = outcome.tail.split('\n').slice(-5).join(' | ')
  return outcome.exitCode === 0
    ? { ok: true, summary: `verification command passed in ${outcome.durationMs} ms` }
    : { ok: false, summary: `verification command exited ${outcome.exitCode}: ${tail}` }
}

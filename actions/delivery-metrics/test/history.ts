// A generated deployment history whose true figures are known: the generator keeps its own
// ledger of what failed, what recovered when and which change reached which environment when,
// independently of the action's code. The same history feeds the pure tests (records and
// change sets as plain data), the integration test and the benchmark (seeded into the GitHub
// emulator's state as real commits, squash-merged pull requests and deployments).
import { fixOf } from '../src/github.js'
import type { Change, DeploymentRecord } from '../src/model.js'

const MIN = 60_000
const HOUR = 60 * MIN
const DAY = 24 * HOUR

export type Scenario = 'ok' | 'fail' | 'verify-fail' | 'rollback' | 'fix-forward' | 'auto-rollback'

export interface GenCommit {
  /** Index on main (0 = root). */
  index: number
  /** The pull request squash-merged as this commit, or none (a direct commit). */
  pull?: GenPull
  message: string
  authorAt: number
}

export interface GenPull {
  number: number
  /** Author dates of the pull request's own commits, oldest first. */
  commitTimes: number[]
  mergedAt: number
  labels: string[]
  /** main's head when the branch was cut (its base). */
  baseIndex: number
}

export interface GenDeployment {
  id: number
  service: string
  environment: string
  /** Index of the main commit deployed (the promote record's ref). */
  commit: number
  digest: string
  createdAt: number
  statuses: Array<{ state: string; at: number; description?: string }>
  /** A chatops lock record: its ref is main's head, its payload names the request. */
  lock?: { command: string }
}

export interface Truth {
  deployments: number
  attempted: number
  failed: number
  leadTimes: number[]
  recoveries: number[]
  unrecovered: number
}

export interface History {
  window: { from: number; to: number }
  commits: GenCommit[]
  pulls: GenPull[]
  deployments: GenDeployment[]
  /** Per `service/environment`. */
  truth: Map<string, Truth>
  production: string
}

export interface HistoryOptions {
  seed?: number
  services?: string[]
  /** Releases per service; each goes to staging then production. */
  releases?: number
  days?: number
  /** The end of the window (ms). */
  to?: number
  /** Production scenarios cycle through this list from the 4th release in the window. */
  scenarios?: Scenario[]
}

/** Mulberry32: a small seeded generator, so a history is the same every run. */
function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function generateHistory(opts: HistoryOptions = {}): History {
  const random = rng(opts.seed ?? 7)
  const services = opts.services ?? ['sensor-api', 'web']
  const releases = opts.releases ?? 40
  const days = opts.days ?? 90
  // Whole seconds, as GitHub's timestamps are.
  const sec = (t: number): number => Math.floor(t / 1000) * 1000
  const to = sec(opts.to ?? Date.parse('2026-12-01T00:00:00Z'))
  const from = to - days * DAY
  // An odd number of entries, so that services taking turns each meet every scenario.
  const scenarios = opts.scenarios ?? ['ok', 'ok', 'rollback', 'ok', 'fail', 'ok', 'verify-fail', 'ok', 'fix-forward', 'ok', 'auto-rollback', 'ok', 'ok']
  const production = 'production'
  const commits: GenCommit[] = [{ index: 0, message: 'Initial commit', authorAt: from - 30 * DAY }]
  const pulls: GenPull[] = []
  const deployments: GenDeployment[] = []
  const truth = new Map<string, Truth>()
  const inWindow = (t: number): boolean => t >= from && t < to
  let nextId = 1
  let nextPull = 1
  const total = releases * services.length
  // Two releases per service before the window: each group has a previous success to compare with.
  const lead = 2 * services.length
  const step = (days * DAY) / (total - lead + 1)
  const start = from - lead * step

  interface Group {
    live?: { commit: number; digest: string }
    delivered: Set<string>
    /** Failed deployments not yet recovered from: when each started. */
    openFailures: number[]
    truth: Truth
  }
  const groups = new Map<string, Group>()
  const group = (service: string, environment: string): Group => {
    const key = `${service}/${environment}`
    let g = groups.get(key)
    if (!g) {
      g = { delivered: new Set(), openFailures: [], truth: { deployments: 0, attempted: 0, failed: 0, leadTimes: [], recoveries: [], unrecovered: 0 } }
      groups.set(key, g)
      truth.set(key, g.truth)
    }
    return g
  }
  const digestOf = (commit: number, service: string): string => `sha256:${hex(`${service}@${commit}`)}`
  /** The changes on main after `base` up to `head`: what a deployment of head after base brings. */
  const changesUpTo = (head: number): GenCommit[] => commits.slice(1, head + 1)

  const mergePull = (at: number, labels: string[] = []): void => {
    const count = 1 + Math.floor(random() * 3)
    const leadHours = 1 + Math.floor(random() * 96)
    const first = at - leadHours * HOUR
    const commitTimes = Array.from({ length: count }, (_, i) => first + i * 17 * MIN)
    const pull: GenPull = { number: nextPull++, commitTimes, mergedAt: at, labels, baseIndex: commits.length - 1 }
    pulls.push(pull)
    commits.push({ index: commits.length, pull, message: `Change ${pull.number} (#${pull.number})`, authorAt: at })
  }
  const directCommit = (at: number): void => {
    commits.push({ index: commits.length, message: `Direct change ${commits.length}`, authorAt: at - Math.floor(random() * 5) * HOUR })
  }

  /** Records a deployment and keeps the ledger; returns the deployment. */
  const deploy = (
    service: string,
    environment: string,
    commit: number,
    at: number,
    outcome: 'ok' | 'fail' | 'verify-fail' | 'auto-rollback',
    extra: { digest?: string; lock?: string } = {},
  ): GenDeployment => {
    const g = group(service, environment)
    const digest = extra.digest ?? digestOf(commit, service)
    const statuses: GenDeployment['statuses'] = [{ state: 'in_progress', at: at + MIN }]
    const liveAt = at + 5 * MIN
    if (outcome === 'auto-rollback') {
      // promote: the cluster never confirmed it, the previous digest is back, then the status says so.
      statuses.push({ state: 'failure', at: at + 15 * MIN, description: 'rejected: pods crash-looping (CrashLoopBackOff)' })
      const d: GenDeployment = { id: nextId++, service, environment, commit, digest, createdAt: at, statuses }
      deployments.push(d)
      if (inWindow(at + 15 * MIN)) {
        g.truth.attempted++
        g.truth.failed++
        g.truth.recoveries.push(14 * MIN)
      }
      return d
    }
    if (outcome === 'fail') statuses.push({ state: 'failure', at: liveAt })
    else statuses.push({ state: 'success', at: liveAt })
    if (outcome === 'verify-fail') statuses.push({ state: 'failure', at: at + 20 * MIN })
    const d: GenDeployment = { id: nextId++, service, environment, commit, digest, createdAt: at, statuses }
    if (extra.lock) {
      // chatops: the lock first (ref main's head), then the deploy workflow's promote record.
      deployments.push({
        id: d.id,
        service,
        environment,
        commit: commits.length - 1,
        digest,
        createdAt: at - 2 * MIN,
        statuses: [
          { state: 'in_progress', at: at - MIN },
          { state: 'success', at: at + 6 * MIN },
        ],
        lock: { command: extra.lock },
      })
      d.id = nextId++
    }
    deployments.push(d)
    const counted = inWindow(outcome === 'fail' ? liveAt : liveAt)
    if (counted) g.truth.attempted++
    if (outcome === 'fail' || outcome === 'verify-fail') {
      if (counted) g.truth.failed++
      if (counted) g.openFailures.push(liveAt)
    } else {
      // A success: it recovers any open failure, and delivers what main had up to its commit.
      // Each failed deployment recovers at the next successful one.
      for (const started of g.openFailures.splice(0)) g.truth.recoveries.push(liveAt - started)
      if (counted) g.truth.deployments++
      for (const c of changesUpTo(commit)) {
        const key = c.pull ? `#${c.pull.number}` : `c${c.index}`
        if (g.delivered.has(key)) continue
        g.delivered.add(key)
        if (counted) g.truth.leadTimes.push(liveAt - (c.pull ? Math.min(...c.pull.commitTimes) : c.authorAt))
      }
      g.live = { commit, digest }
    }
    return d
  }
  /** A success that is later found bad (rolled back or fixed forward): counted failed from when it went live. */
  const markFailed = (service: string, environment: string, d: GenDeployment): void => {
    const g = group(service, environment)
    const liveAt = d.statuses.find((s) => s.state === 'success')!.at
    if (!inWindow(liveAt)) return
    g.truth.failed++
    g.openFailures.push(liveAt)
  }

  let inWindowReleases = 0
  for (let k = 0; k < total; k++) {
    const service = services[k % services.length]!
    const at = sec(start + k * step + Math.floor(random() * 60) * MIN)
    const merges = 1 + Math.floor(random() * 2)
    for (let m = 0; m < merges; m++) mergePull(at - (merges - m) * 40 * MIN)
    if (random() < 0.3) directCommit(at - 10 * MIN)
    const head = commits.length - 1
    deploy(service, 'staging', head, at, 'ok')
    const prodAt = at + HOUR
    const scenario: Scenario = inWindow(prodAt) && inWindowReleases++ >= 3 ? scenarios[(inWindowReleases - 4) % scenarios.length]! : 'ok'
    const previous = group(service, production).live
    if (scenario === 'fail' || scenario === 'verify-fail' || scenario === 'auto-rollback') {
      deploy(service, production, head, prodAt, scenario)
      continue
    }
    const d = deploy(service, production, head, prodAt, 'ok')
    if (scenario === 'rollback' && previous) {
      markFailed(service, production, d)
      deploy(service, production, previous.commit, prodAt + 2 * HOUR, 'ok', { digest: previous.digest, lock: `/rollback ${service} in production` })
    } else if (scenario === 'fix-forward') {
      markFailed(service, production, d)
      // One service: the plain label; several: scoped to the service it fixes (`hotfix:<service>`).
      mergePull(prodAt + 2 * HOUR, [services.length === 1 ? 'hotfix' : `hotfix:${service}`])
      deploy(service, production, commits.length - 1, prodAt + 3 * HOUR, 'ok')
    }
  }
  for (const g of groups.values()) g.truth.unrecovered += g.openFailures.length
  return { window: { from, to }, commits, pulls, deployments, truth, production }
}

/** A stand-in commit SHA for the pure tests: 40 hex from the main index. */
export const fakeSha = (index: number): string => hex(`commit ${index}`).slice(0, 40)

function hex(text: string): string {
  // FNV-1a, widened to 64 hex digits: unique enough for names in a test history.
  let out = ''
  for (let round = 0; out.length < 64; round++) {
    let h = 0x811c9dc5 ^ round
    for (const ch of `${round}:${text}`) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0
    out += h.toString(16).padStart(8, '0')
  }
  return out.slice(0, 64)
}

/** The history as the deployment records GitHub would return (for the pure tests). */
export function recordsOf(history: History, shaOf: (index: number) => string = fakeSha): DeploymentRecord[] {
  return history.deployments.map((d) => ({
    id: d.id,
    sha: shaOf(d.commit),
    environment: d.environment,
    createdAt: d.createdAt,
    payload: d.lock
      ? {
          service: d.service,
          version: `v${d.commit}`,
          digest: d.digest,
          image: `ghcr.io/octo/${d.service}@${d.digest}`,
          requested_by: 'alice',
          command: d.lock.command,
          request: `comment-${d.id}`,
        }
      : { service: d.service, version: `v${d.commit}`, digest: d.digest, image: `ghcr.io/octo/${d.service}@${d.digest}` },
    statuses: d.statuses,
  }))
}

/** What compare + the pull requests answer for `base...head` on the generated main line. */
export function changesBetween(history: History, base: string, head: string, shaOf: (index: number) => string = fakeSha): Change[] {
  const index = new Map(history.commits.map((c) => [shaOf(c.index), c.index]))
  const b = index.get(base)!
  const h = index.get(head)!
  if (h <= b) return []
  return history.commits
    .slice(b + 1, h + 1)
    .map((c) =>
      c.pull
        ? { key: `#${c.pull.number}`, firstCommitAt: Math.min(...c.pull.commitTimes), ...fixOf(c.pull.labels, ['hotfix'], false) }
        : { key: shaOf(c.index), firstCommitAt: c.authorAt, fix: false },
    )
}

import { code, escapeCell, markdownTable } from '@cna/kit'
import type { DeploymentView } from '@cna/kit/chatops'

/**
 * What really runs, per environment: the digest Git pins, the digest of the newest successful
 * deployment, and the digests the cluster's pods run (their imageID). The three should agree;
 * when they do not, that is drift, and someone should look.
 */
export interface LiveView {
  /** The digest the GitOps repository pins for the service there; undefined when unknown. */
  git(service: string, environment: string): Promise<string | undefined>
  /** The digests the service's pods run there; undefined when the cluster cannot be read. */
  running(service: string, environment: string): Promise<string[] | undefined>
}

export interface EnvironmentDigests {
  environment: string
  git?: string
  deployed?: string
  running?: string[]
  /** '' when everything known agrees; else what differs. */
  drift: string
}

/** Pure: how the three disagree, in words; '' when they agree (or too little is known to say). */
export function driftOf(row: Omit<EnvironmentDigests, 'drift'>): string {
  const problems: string[] = []
  const running = row.running ?? []
  if (row.git && row.deployed && row.git !== row.deployed) problems.push('Git pins another digest than the newest successful deployment')
  if (row.git && row.running && (running.length === 0 || running.some((d) => d !== row.git))) {
    problems.push(
      running.length === 0
        ? 'no pod runs the service'
        : new Set(running).size > 1
          ? 'pods run more than one digest'
          : 'the pods run another digest than Git pins',
    )
  }
  return problems.join('; ')
}

/** The newest deployment there that ran to the end successfully (inactive = superseded after success). */
function newestSuccessful(history: readonly DeploymentView[], environment: string): DeploymentView | undefined {
  return history.filter((d) => d.environment === environment && (d.state === 'success' || d.state === 'inactive') && d.digest).sort((a, b) => b.id - a.id)[0]
}

export async function gatherDigests(
  service: string,
  environments: readonly string[],
  history: readonly DeploymentView[],
  live: LiveView | undefined,
): Promise<EnvironmentDigests[]> {
  const rows: EnvironmentDigests[] = []
  for (const environment of environments) {
    const deployed = newestSuccessful(history, environment)?.digest
    const git = live ? await live.git(service, environment) : undefined
    const running = live ? await live.running(service, environment) : undefined
    const row = { environment, ...(git ? { git } : {}), ...(deployed ? { deployed } : {}), ...(running ? { running } : {}) }
    rows.push({ ...row, drift: driftOf(row) })
  }
  return rows
}

const short = (digest: string | undefined): string => (digest ? code(digest.slice(0, 19)) : '—')

/** The /status table of what runs: one row per environment. */
export function digestsTable(rows: readonly EnvironmentDigests[]): string {
  return markdownTable(
    ['environment', 'in Git', 'newest successful deployment', 'running (pods)', 'drift'],
    rows.map((r) => [
      r.environment,
      short(r.git),
      short(r.deployed),
      r.running === undefined ? '—' : r.running.length ? [...new Set(r.running)].map(short).join(' ') : 'no pods',
      r.drift ? `⚠️ ${escapeCell(r.drift)}` : r.git || r.running ? 'none' : '—',
    ]),
  )
}

/** The part of the /status reply that says what really runs (when Git or the cluster can be read). */
export async function whatRunsSection(service: string, environments: readonly string[], history: readonly DeploymentView[], live: LiveView): Promise<string> {
  const rows = await gatherDigests(service, environments, history, live)
  return `#### What runs: Git, the newest successful deployment, the pods\n${digestsTable(rows)}`
}

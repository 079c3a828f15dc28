import { deploymentPayload, type Repo, type RestClient, type RouteData } from '@cna/kit/github'
import type { Change, DeploymentRecord, StatusEvent } from './model.js'

/** The narrow part of Octokit this action uses (see the kit's github/rest). */
export type MetricsGitHub = RestClient
export type { Repo }

type RawDeployment = RouteData<'GET /repos/{owner}/{repo}/deployments'>[number]
type RawCommit = RouteData<'GET /repos/{owner}/{repo}/compare/{basehead}'>['commits'][number]
type RawPull = RouteData<'GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls'>[number]

const PAGE = 100
/** How many deployments before the window are read, at most, to find each group's previous success. */
const LOOKBACK = 300
/** Parallel requests: the throttling plugin queues beyond its own limit, this keeps memory flat. */
const PARALLEL = 8

/**
 * The deployments of the window (newest first, as GitHub lists them; the list has no date
 * filter, so reading stops at the first page past the window's start), each with its statuses,
 * plus enough earlier ones that each service and environment has its previous success.
 */
export async function readDeployments(gh: MetricsGitHub, repo: Repo, window: { from: number; to: number }): Promise<DeploymentRecord[]> {
  const records: DeploymentRecord[] = []
  const needsBase = new Set<string>()
  let before = 0
  for (let page = 1; ; page++) {
    const { data } = await gh.request('GET /repos/{owner}/{repo}/deployments', { ...repo, per_page: PAGE, page })
    const list = data
    const wanted: RawDeployment[] = []
    for (const d of list) {
      const at = Date.parse(d.created_at)
      if (at >= window.to) continue
      if (at >= window.from) {
        wanted.push(d)
        needsBase.add(groupKey(d))
      } else if (needsBase.has(groupKey(d)) && before < LOOKBACK) {
        before++
        wanted.push(d)
      }
    }
    const read = await mapParallel(wanted, (d) => withStatuses(gh, repo, d))
    for (const r of read) {
      records.push(r)
      if (r.createdAt < window.from && r.statuses.some((s) => s.state === 'success') && !isLock(r)) needsBase.delete(groupKey(r))
    }
    const oldest = list.at(-1)
    if (list.length < PAGE || !oldest) break
    if (Date.parse(oldest.created_at) < window.from && (needsBase.size === 0 || before >= LOOKBACK)) break
  }
  return records
}

async function withStatuses(gh: MetricsGitHub, repo: Repo, d: RawDeployment): Promise<DeploymentRecord> {
  const payload = deploymentPayload(d.payload)
  // Previews (transient, no service in the payload) are not rollouts: no request for their statuses.
  if (typeof payload?.service !== 'string' || d.transient_environment)
    return { id: Number(d.id), sha: d.sha, environment: d.environment, createdAt: Date.parse(d.created_at), payload: undefined, statuses: [] }
  // Newest first, at most 100 per deployment: more than GitHub's own status history shows.
  const { data } = await gh.request('GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', { ...repo, deployment_id: Number(d.id), per_page: PAGE })
  const statuses: StatusEvent[] = data
    .map((s) => ({ state: s.state, at: Date.parse(s.created_at), ...(s.description ? { description: s.description } : {}) }))
    .reverse()
  return { id: Number(d.id), sha: d.sha, environment: d.environment, createdAt: Date.parse(d.created_at), payload, statuses }
}

const isLock = (r: DeploymentRecord): boolean => typeof r.payload?.request === 'string'

function groupKey(d: RawDeployment | DeploymentRecord): string {
  const payload = 'statuses' in d ? d.payload : deploymentPayload(d.payload)
  return `${typeof payload?.service === 'string' ? payload.service : ''}\u0000${d.environment}`
}

/**
 * The changes a deployment brought, reading commits and pull requests once each however many
 * deployments and environments they pass through: `compare` for the commits between two
 * deployments, each commit's pull request (`commits/{sha}/pulls`), and that pull request's
 * commits for its first-commit time (a squash merge's own commit is only as old as the merge).
 */
export class ChangeReader {
  private readonly pullOfCommit = new Map<string, Promise<RawPull | undefined>>()
  private readonly pullChanges = new Map<number, Promise<Change>>()

  constructor(
    private readonly gh: MetricsGitHub,
    private readonly repo: Repo,
    private readonly fixLabels: readonly string[],
  ) {}

  async between(base: string, head: string): Promise<Change[]> {
    const commits = await this.compare(base, head)
    const changes = new Map<string, Change>()
    // Newest first: a merge commit names its pull request, whose own commits then need no lookup.
    for (const commit of [...commits].reverse()) {
      const pull = await this.pullOf(commit)
      const change = pull ? await this.pullChange(pull) : lone(commit)
      if (!changes.has(change.key)) changes.set(change.key, change)
    }
    return [...changes.values()]
  }

  /** Every commit of `base...head`, paginated (GitHub pages compare's commits, 100 at most per page). */
  private async compare(base: string, head: string): Promise<RawCommit[]> {
    const commits: RawCommit[] = []
    for (let page = 1; ; page++) {
      const { data } = await this.gh.request('GET /repos/{owner}/{repo}/compare/{basehead}', {
        ...this.repo,
        basehead: `${base}...${head}`,
        per_page: PAGE,
        page,
      })
      commits.push(...data.commits)
      if (data.commits.length < PAGE || commits.length >= data.total_commits) return commits
    }
  }

  private pullOf(commit: RawCommit): Promise<RawPull | undefined> {
    let found = this.pullOfCommit.get(commit.sha)
    if (!found) {
      found = this.gh
        .request('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', { ...this.repo, commit_sha: commit.sha, per_page: PAGE })
        .then(
          ({ data }) =>
            data.filter((p) => p.merged_at).sort((a, b) => Number(b.merge_commit_sha === commit.sha) - Number(a.merge_commit_sha === commit.sha))[0],
        )
      this.pullOfCommit.set(commit.sha, found)
    }
    return found
  }

  private pullChange(pull: RawPull): Promise<Change> {
    let change = this.pullChanges.get(pull.number)
    if (!change) {
      change = this.gh
        .paginate('GET /repos/{owner}/{repo}/pulls/{pull_number}/commits', { ...this.repo, pull_number: pull.number, per_page: PAGE })
        .then((commits) => {
          for (const c of commits) if (!this.pullOfCommit.has(c.sha)) this.pullOfCommit.set(c.sha, Promise.resolve(pull))
          const dates = commits.map(authorDate).filter((t) => !Number.isNaN(t))
          return {
            key: `#${pull.number}`,
            firstCommitAt: dates.length ? Math.min(...dates) : Date.parse(pull.merged_at!),
            ...fixOf(
              pull.labels.map((l) => l.name ?? ''),
              this.fixLabels,
              commits.some(isRevert),
            ),
          }
        })
      this.pullChanges.set(pull.number, change)
    }
    return change
  }
}

const authorDate = (c: Pick<RawCommit, 'commit'>): number => Date.parse(c.commit.author?.date ?? '')
const isRevert = (c: Pick<RawCommit, 'commit'>): boolean => /^Revert "/.test(c.commit.message)

/**
 * Whether a pull request is a fix, and for which services: a label of fix-labels fixes every
 * service it reaches, `<label>:<service>` only that one (in a repository of several services,
 * a hotfix of one is not a failure of the others); a revert commit fixes every service. Pure.
 */
export function fixOf(labels: readonly string[], fixLabels: readonly string[], revert: boolean): Pick<Change, 'fix' | 'fixes'> {
  const names = labels.map((l) => l.toLowerCase())
  if (revert || names.some((n) => fixLabels.includes(n))) return { fix: true }
  const fixes = names.flatMap((n) => fixLabels.filter((f) => n.startsWith(`${f}:`)).map((f) => n.slice(f.length + 1)))
  return fixes.length ? { fix: true, fixes } : { fix: false }
}

/** A commit that came without a pull request: its own author date starts its lead time. */
function lone(commit: RawCommit): Change {
  return { key: commit.sha, firstCommitAt: authorDate(commit), fix: isRevert(commit) }
}

/** Runs `fn` over `items`, at most PARALLEL at a time, keeping the order. */
export async function mapParallel<T, R>(items: readonly T[], fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length)
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++
      results[i] = await fn(items[i]!)
    }
  }
  await Promise.all(Array.from({ length: Math.min(PARALLEL, items.length) }, worker))
  return results
}

// Commit ranges: GET /repos/{o}/{r}/compare/{basehead} and GET /pulls/{n}/commits, and which
// commits a pull request introduced (what GET /commits/{sha}/pulls answers from).
// As GitHub documents them (REST "Compare two commits", "List commits on a pull request"):
// - compare lists the commits reachable from head and not from the merge base, oldest first;
//   without page/per_page the first 250, with them paginated (per_page at most 100); `files`
//   (the diff of the merge base against head) only on the first page; status is identical,
//   ahead, behind or diverged; `base...head` names the refs (a fork's `owner:ref` is not emulated).
// - a pull request's commits are at most 250, oldest first.
// - a commit's pull requests: the merged one that introduced it (its merge commit, or one of
//   its own commits), or the open ones whose commits contain it.
import { diffTrees, type CommitRecord, type GitStore } from '../git.js'
import { json, notFound, type Reply } from '../http.js'
import { paginate } from '../pagination.js'
import type { PullRecord } from '../records.js'
import type { RepoContext, Route } from '../router.js'
import { renderCommit } from './commits.js'
import { apiUrl, commitFor, htmlUrl, intParam } from './shared.js'

const UNPAGINATED_COMMITS = 250
const PULL_COMMITS = 250

export const compareRoutes: Route[] = [
  // The description has the operation twice: `/compare/{basehead}` (what Octokit calls) and the older
  // `/compare/{base}...{head}`, which the same URL also matches. Both answer the same.
  { operationId: 'repos/compare-commits-with-basehead', scope: 'contents', repo: true, handle: (ctx) => compare(ctx) },
  { operationId: 'repos/compare-commits', scope: 'contents', repo: true, handle: (ctx) => compare(ctx) },
  {
    operationId: 'pulls/list-commits',
    scope: 'pull_requests',
    repo: true,
    handle: (ctx) => {
      const pull = ctx.repo.pulls.get(intParam(ctx, 'pull_number'))
      if (!pull) throw notFound()
      const page = paginate(ctx, pullCommitList(ctx, pull).slice(0, PULL_COMMITS))
      return json(
        200,
        page.items.map((c) => renderCommit(ctx, c)),
        page.headers,
      )
    },
  },
]

function compare(ctx: RepoContext): Reply {
  const [baseRef = '', headRef = ''] = ctx.params.basehead ? splitBasehead(ctx.params.basehead) : [ctx.params.base ?? '', ctx.params.head ?? '']
  if (!baseRef || !headRef) throw notFound()
  const git = ctx.repo.git
  const base = commitFor(ctx, baseRef)
  const head = commitFor(ctx, headRef)
  const { ahead, behindBy, mergeBase } = walkRange(git, base, head)
  const status = ahead.length === 0 && behindBy === 0 ? 'identical' : behindBy === 0 ? 'ahead' : ahead.length === 0 ? 'behind' : 'diverged'
  const paged = ctx.query.has('page') || ctx.query.has('per_page')
  const page = paged ? paginate(ctx, ahead) : { items: ahead.slice(0, UNPAGINATED_COMMITS), headers: {} }
  const firstPage = (Number(ctx.query.get('page') ?? '1') || 1) <= 1
  const baseCommit = git.commits.get(base)!
  const mergeBaseCommit = mergeBase ? git.commits.get(mergeBase)! : baseCommit
  const basehead = `${baseRef}...${headRef}`
  return json(
    200,
    {
      url: apiUrl(ctx, `/compare/${basehead}`),
      html_url: htmlUrl(ctx, `/compare/${basehead}`),
      permalink_url: htmlUrl(ctx, `/compare/${ctx.repo.owner}:${base.slice(0, 7)}...${ctx.repo.owner}:${head.slice(0, 7)}`),
      diff_url: htmlUrl(ctx, `/compare/${basehead}.diff`),
      patch_url: htmlUrl(ctx, `/compare/${basehead}.patch`),
      base_commit: renderCommit(ctx, baseCommit),
      merge_base_commit: renderCommit(ctx, mergeBaseCommit),
      status,
      ahead_by: ahead.length,
      behind_by: behindBy,
      total_commits: ahead.length,
      commits: page.items.map((c) => renderCommit(ctx, c)),
      ...(firstPage
        ? {
            files: diffTrees(mergeBaseCommit.tree, git.commits.get(head)!.tree).map((f) => ({
              ...f,
              changes: f.additions + f.deletions,
              blob_url: htmlUrl(ctx, `/blob/${head}/${f.filename}`),
              raw_url: htmlUrl(ctx, `/raw/${head}/${f.filename}`),
              contents_url: apiUrl(ctx, `/contents/${f.filename}?ref=${head}`),
            })),
          }
        : {}),
    },
    page.headers,
  )
}

/** `base...head` (also `base..head`, which GitHub reads the same way here). */
function splitBasehead(value: string): [string, string] | [] {
  const m = /^(.+?)\.{2,3}(.+)$/.exec(value)
  return m ? [m[1]!, m[2]!] : []
}

/**
 * Commits reachable from `head` and not from `base` (oldest first), how many the other way, and
 * the merge base: git's paint-down walk in generation order, which stops as soon as every
 * commit left is reachable from both, so a range costs its own length, not the history's.
 */
export function walkRange(git: GitStore, base: string, head: string): { ahead: CommitRecord[]; behindBy: number; mergeBase: string | undefined } {
  const HEAD = 1
  const BASE = 2
  const BOTH = HEAD | BASE
  const flags = new Map<string, number>()
  const queue = new MaxHeap<string>()
  const seen = new Set<string>()
  const pending = new Set<string>()
  let open = 0 // queued commits not yet known to be reachable from both
  const paint = (sha: string, f: number): void => {
    const before = flags.get(sha) ?? 0
    const after = before | f
    flags.set(sha, after)
    if (pending.has(sha) && before !== BOTH && after === BOTH) open--
    if (seen.has(sha) || !git.commits.has(sha)) return
    seen.add(sha)
    pending.add(sha)
    queue.push(generation(git, sha), sha)
    if (after !== BOTH) open++
  }
  paint(head, HEAD)
  paint(base, BASE)
  const ahead: CommitRecord[] = []
  let behindBy = 0
  let mergeBase: string | undefined
  while (open > 0 && queue.size) {
    const sha = queue.pop()!
    pending.delete(sha)
    const f = flags.get(sha)!
    if (f !== BOTH) open--
    if (f === HEAD) ahead.push(git.commits.get(sha)!)
    else if (f === BASE) behindBy++
    else mergeBase ??= sha
    for (const parent of git.commits.get(sha)!.parents) paint(parent, f)
  }
  // Stopped early: the merge base is the newest commit left that both reach.
  while (!mergeBase && queue.size) {
    const sha = queue.pop()!
    if (flags.get(sha) === BOTH) mergeBase = sha
  }
  return { ahead: chronological(ahead), behindBy, mergeBase }
}

/** A commit's generation: 0 for a root, else one more than its highest parent's; memoized (commits never change). */
const generations = new WeakMap<GitStore, Map<string, number>>()

function generation(git: GitStore, sha: string): number {
  let known = generations.get(git)
  if (!known) generations.set(git, (known = new Map()))
  const memo = known
  const todo = [sha]
  while (todo.length) {
    const s = todo[todo.length - 1]!
    if (memo.has(s)) {
      todo.pop()
      continue
    }
    const parents = (git.commits.get(s)?.parents ?? []).filter((p) => git.commits.has(p))
    const missing = parents.filter((p) => !memo.has(p))
    if (missing.length) todo.push(...missing)
    else {
      todo.pop()
      memo.set(s, parents.length ? Math.max(...parents.map((p) => memo.get(p)!)) + 1 : 0)
    }
  }
  return memo.get(sha)!
}

class MaxHeap<T> {
  private readonly items: Array<{ key: number; value: T }> = []
  get size(): number {
    return this.items.length
  }
  push(key: number, value: T): void {
    const items = this.items
    items.push({ key, value })
    let i = items.length - 1
    while (i > 0) {
      const up = (i - 1) >> 1
      if (items[up]!.key >= items[i]!.key) break
      ;[items[up], items[i]] = [items[i]!, items[up]!]
      i = up
    }
  }
  pop(): T | undefined {
    const items = this.items
    const top = items[0]
    const last = items.pop()
    if (!top || !last) return top?.value
    if (items.length) {
      items[0] = last
      let i = 0
      for (;;) {
        const l = 2 * i + 1
        const r = l + 1
        let m = i
        if (l < items.length && items[l]!.key > items[m]!.key) m = l
        if (r < items.length && items[r]!.key > items[m]!.key) m = r
        if (m === i) break
        ;[items[m], items[i]] = [items[i]!, items[m]!]
        i = m
      }
    }
    return top.value
  }
}

/** Newest generation first (as walked) → oldest first by committer date, parents before children on a tie. */
function chronological(walked: CommitRecord[]): CommitRecord[] {
  return [...walked].reverse().sort((a, b) => Date.parse(a.committer.date) - Date.parse(b.committer.date))
}

/**
 * The commits a pull request introduced: reachable from its head and not from the base it was
 * opened on. Cached per head, since a head never changes its ancestry.
 */
const pullCommitCache = new WeakMap<PullRecord, { head: string; list: CommitRecord[]; shas: Set<string> }>()

function pullCommitRange(ctx: RepoContext, pull: PullRecord): { list: CommitRecord[]; shas: Set<string> } {
  const cached = pullCommitCache.get(pull)
  if (cached?.head === pull.head.sha) return cached
  const list = walkRange(ctx.state.repo(pull.head.repo).git, pull.base.sha, pull.head.sha).ahead
  const range = { head: pull.head.sha, list, shas: new Set(list.map((c) => c.sha)) }
  pullCommitCache.set(pull, range)
  return range
}

export const pullCommitList = (ctx: RepoContext, pull: PullRecord): CommitRecord[] => pullCommitRange(ctx, pull).list

/** Whether `sha` belongs to the pull request: its merge (or squash) commit, or one of its own commits. */
export function pullContains(ctx: RepoContext, pull: PullRecord, sha: string): boolean {
  return pull.merge_commit_sha === sha || pullCommitRange(ctx, pull).shas.has(sha)
}

// "May this pull request merge?" as GitHub decides it from the rulesets on its base branch:
// the required status checks (by name and app) and the pull request rule (approvals, code
// owners, stale approvals, approval of the last push). Pure: the emulator's rulesets, reviews
// and check runs go in, the rules that block come out. Tests use it to show which gate a
// forged check can satisfy and which it cannot.
import type { CheckRunRecord, ReviewRecord, RulesetRecord } from '../tools/github-emulator/records.js'

/** The GitHub Actions app: a check run created with a workflow's GITHUB_TOKEN belongs to it. */
const GITHUB_ACTIONS_APP_ID = 15368

export interface MergeQuestion {
  rulesets: RulesetRecord[]
  /** `refs/heads/main` */
  baseRef: string
  defaultBranch: string
  author: string
  headSha: string
  /** Who pushed the head commit (the last push). */
  lastPusher: string
  files: string[]
  reviews: ReviewRecord[]
  /** Check runs on the head commit; `app_id` absent means the GitHub Actions app. */
  checkRuns: (Pick<CheckRunRecord, 'name' | 'status' | 'conclusion'> & { app_id?: number })[]
  /** The CODEOWNERS file of the base branch ('' when there is none). */
  codeowners: string
  /** `org/slug` → member logins. */
  teamMembers: (team: string) => string[]
  /** Only approvals from people with write access count. */
  canWrite: (login: string) => boolean
}

export interface MergeAnswer {
  allowed: boolean
  /** One line per unmet rule. */
  blocked: string[]
}

interface Rule {
  type: string
  parameters?: Record<string, unknown>
}

export function mayMerge(q: MergeQuestion): MergeAnswer {
  const blocked: string[] = []
  const rules = q.rulesets
    .filter((r) => r.enforcement === 'active' && r.target === 'branch' && refMatches(r.conditions, q.baseRef, q.defaultBranch))
    .flatMap((r) => r.rules as Rule[])
  for (const rule of rules) {
    if (rule.type === 'required_status_checks') {
      const required = (rule.parameters?.required_status_checks ?? []) as { context: string; integration_id?: number }[]
      for (const check of required) {
        const runs = q.checkRuns.filter(
          (c) => c.name === check.context && (check.integration_id === undefined || (c.app_id ?? GITHUB_ACTIONS_APP_ID) === check.integration_id),
        )
        if (!runs.some((c) => c.status === 'completed' && ['success', 'neutral', 'skipped'].includes(c.conclusion ?? '')))
          blocked.push(`required check ${check.context} has not passed`)
      }
    }
    if (rule.type === 'pull_request') blocked.push(...reviewProblems(q, rule.parameters ?? {}))
  }
  return { allowed: blocked.length === 0, blocked }
}

function reviewProblems(q: MergeQuestion, p: Record<string, unknown>): string[] {
  const problems: string[] = []
  // The latest APPROVED / CHANGES_REQUESTED / DISMISSED review of each reviewer counts; the
  // author's own never does.
  const latest = new Map<string, ReviewRecord>()
  for (const r of q.reviews) {
    if (!['APPROVED', 'CHANGES_REQUESTED', 'DISMISSED'].includes(r.state)) continue
    if (r.user.toLowerCase() === q.author.toLowerCase() || !q.canWrite(r.user)) continue
    latest.set(r.user.toLowerCase(), r)
  }
  const current = (r: ReviewRecord): boolean => !p.dismiss_stale_reviews_on_push || r.commit_id === q.headSha
  const approvers = [...latest.values()].filter((r) => r.state === 'APPROVED' && current(r)).map((r) => r.user)
  const required = Number(p.required_approving_review_count ?? 0)
  if (approvers.length < required) problems.push(`${approvers.length} of ${required} required approving review(s)`)
  for (const r of latest.values()) if (r.state === 'CHANGES_REQUESTED') problems.push(`${r.user} requested changes`)
  if (p.require_last_push_approval && !approvers.some((a) => a.toLowerCase() !== q.lastPusher.toLowerCase()))
    problems.push(`the last push (by ${q.lastPusher}) is not approved by someone else`)
  if (p.require_code_owner_review) {
    const isOwner = (login: string, owner: string): boolean =>
      owner.includes('/') ? q.teamMembers(owner).some((m) => m.toLowerCase() === login.toLowerCase()) : owner.toLowerCase() === login.toLowerCase()
    const owned = new Map<string, string[]>()
    for (const file of q.files) {
      const owners = ownersOf(q.codeowners, file)
      if (owners.length) owned.set(owners.join(' '), owners)
    }
    for (const owners of owned.values())
      if (!approvers.some((a) => owners.some((o) => isOwner(a, o)))) problems.push(`no approval from code owner(s) ${owners.map((o) => `@${o}`).join(' ')}`)
  }
  return problems
}

/** The owners of a path: the last matching CODEOWNERS line wins (gitignore-style patterns). */
export function ownersOf(codeowners: string, path: string): string[] {
  let owners: string[] = []
  for (const raw of codeowners.split('\n')) {
    const line = raw.replace(/(^|\s)#.*$/, '').trim()
    if (!line) continue
    const [pattern, ...rest] = line.split(/\s+/)
    if (patternMatches(pattern!, path)) owners = rest.map((o) => o.replace(/^@/, ''))
  }
  return owners
}

function patternMatches(pattern: string, path: string): boolean {
  const anchored = pattern.startsWith('/') || pattern.slice(0, -1).includes('/')
  const dir = pattern.endsWith('/')
  const body = pattern.replace(/^\//, '').replace(/\/$/, '')
  const glob = body
    .split(/(\*\*|\*|\?)/)
    .map((part) => (part === '**' ? '.*' : part === '*' ? '[^/]*' : part === '?' ? '[^/]' : part.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
    .join('')
  const re = new RegExp(`${anchored ? '^' : '(^|/)'}${glob}${dir ? '/' : '(/|$)'}`)
  return re.test(path)
}

function refMatches(conditions: unknown, ref: string, defaultBranch: string): boolean {
  const c = (conditions as { ref_name?: { include?: string[]; exclude?: string[] } } | null)?.ref_name
  const matches = (p: string): boolean => {
    if (p === '~ALL') return true
    if (p === '~DEFAULT_BRANCH') return ref === `refs/heads/${defaultBranch}`
    return new RegExp(
      `^${p
        .split('*')
        .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('[^/]*')}$`,
    ).test(ref)
  }
  return (c?.include ?? []).some(matches) && !(c?.exclude ?? []).some(matches)
}

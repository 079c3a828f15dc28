import picomatch from 'picomatch'
import { ownersOf, type CodeOwnersRule } from '../review/codeowners.js'
import type { ReviewState } from '../review/reviews.js'

/** A security reviewer entry: a user (`alice`, `@alice`) or a team (`org/team`, `@org/team`). */
export type Reviewer = { kind: 'user'; login: string } | { kind: 'team'; org: string; slug: string }

export function parseReviewer(raw: string): Reviewer | undefined {
  const value = raw.trim().replace(/^@/, '')
  const team = /^([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)\/([A-Za-z0-9._-]+)$/.exec(value)
  if (team) return { kind: 'team', org: team[1]!, slug: team[2]! }
  if (/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/.test(value)) return { kind: 'user', login: value }
  return undefined
}

export function formatReviewer(r: Reviewer): string {
  return r.kind === 'user' ? `@${r.login}` : `@${r.org}/${r.slug}`
}

export interface ChangedFile {
  filename: string
  previous_filename?: string
}

export interface SensitiveFile {
  path: string
  why: string
}

/**
 * The changed files that make a pull request security-sensitive: either side of a rename
 * matching a `security-paths` glob, or (with CODEOWNERS) owned by a security reviewer.
 */
export function sensitiveFiles(
  files: readonly ChangedFile[],
  opts: { securityPaths: readonly string[]; codeowners?: readonly CodeOwnersRule[]; securityReviewers: readonly Reviewer[] },
): SensitiveFile[] {
  const glob = opts.securityPaths.length ? picomatch(opts.securityPaths as string[], { dot: true }) : undefined
  const reviewerNames = new Set(opts.securityReviewers.map((r) => formatReviewer(r).toLowerCase()))
  const out: SensitiveFile[] = []
  for (const file of files) {
    const paths = [file.filename, ...(file.previous_filename && file.previous_filename !== file.filename ? [file.previous_filename] : [])]
    const byGlob = glob ? paths.find((p) => glob(p)) : undefined
    if (byGlob) {
      out.push({ path: file.filename, why: byGlob === file.filename ? 'security-paths' : `security-paths (renamed from ${byGlob})` })
      continue
    }
    if (opts.codeowners) {
      for (const p of paths) {
        const owner = ownersOf(opts.codeowners, p).find((o) => reviewerNames.has(o.toLowerCase()))
        if (owner) {
          out.push({ path: file.filename, why: `CODEOWNERS: ${owner}` })
          break
        }
      }
    }
  }
  return out
}

export interface Decision {
  conclusion: 'success' | 'failure'
  approvals: number
  /** What is still needed, in words; empty when nothing is. */
  missing: string[]
  securityApprovedBy?: string
}

export function decide(
  state: ReviewState,
  opts: { required: number; sensitive: readonly SensitiveFile[]; securityApprovers: readonly string[]; securityReviewers: readonly Reviewer[] },
): Decision {
  const missing: string[] = []
  const approvals = state.approvers.length
  if (state.blockers.length) missing.push(`changes requested by ${state.blockers.map((b) => `@${b}`).join(', ')} (resolved when they approve)`)
  if (approvals < opts.required) {
    const more = opts.required - approvals
    missing.push(
      `${more} more approval${more === 1 ? '' : 's'} (${approvals} of ${opts.required})${state.stale.length ? `; approvals of an earlier commit by ${state.stale.map((s) => `@${s}`).join(', ')} do not count` : ''}`,
    )
  }
  const decision: Decision = { conclusion: 'success', approvals, missing }
  if (opts.sensitive.length) {
    if (opts.securityApprovers.length) decision.securityApprovedBy = opts.securityApprovers[0]!
    else {
      const who = opts.securityReviewers.length ? opts.securityReviewers.map(formatReviewer).join(', ') : 'a security reviewer (security-reviewers is empty)'
      const files =
        opts.sensitive
          .slice(0, 5)
          .map((f) => f.path)
          .join(', ') + (opts.sensitive.length > 5 ? ` and ${opts.sensitive.length - 5} more` : '')
      missing.push(`an approval from ${who} for security-sensitive changes (${files})`)
    }
  }
  decision.conclusion = missing.length ? 'failure' : 'success'
  return decision
}

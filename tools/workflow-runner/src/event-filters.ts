// Which workflows an event starts: the `on:` block against the event name, its activity type and
// GitHub's branch, tag and path filters (glob rules of "Filter pattern cheat sheet"). Pure functions.

/** `on:` in any of its forms (string, list, mapping) as a mapping of event → configuration. */
export function normalizeOn(on: unknown): Record<string, Record<string, unknown>> {
  if (typeof on === 'string') return { [on]: {} }
  if (Array.isArray(on)) return Object.fromEntries(on.map((e) => [String(e), {}]))
  if (on && typeof on === 'object') {
    return Object.fromEntries(
      Object.entries(on as Record<string, unknown>).map(([k, v]) => [k, v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {}]),
    )
  }
  return {}
}

/**
 * A filter pattern as a regular expression: `*` any characters but `/`, `**` any characters,
 * `?` zero or one of the preceding character, `+` one or more of it, `[...]` a class, `\` escapes.
 */
export function globToRegExp(pattern: string): RegExp {
  let out = ''
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!
    if (c === '\\' && i + 1 < pattern.length) out += escapeRe(pattern[++i]!)
    else if (c === '*') {
      if (pattern[i + 1] === '*') {
        out += '.*'
        i++
      } else out += '[^/]*'
    } else if (c === '?' || c === '+') out += c
    else if (c === '[') {
      const end = pattern.indexOf(']', i + 1)
      if (end < 0) out += '\\['
      else {
        out += pattern.slice(i, end + 1)
        i = end
      }
    } else out += escapeRe(c)
  }
  return new RegExp(`^${out}$`)
}

function escapeRe(c: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(c) ? `\\${c}` : c
}

function list(value: unknown): string[] | undefined {
  if (value === undefined || value === null) return undefined
  return (Array.isArray(value) ? value : [value]).map(String)
}

/** Patterns in order; a `!pattern` excludes what earlier ones included; the last match decides. */
export function matchesPatterns(value: string, patterns: string[]): boolean {
  let included = false
  for (const p of patterns) {
    if (p.startsWith('!')) {
      if (globToRegExp(p.slice(1)).test(value)) included = false
    } else if (globToRegExp(p).test(value)) included = true
  }
  return included
}

function passes(value: string, include: string[] | undefined, ignore: string[] | undefined): boolean {
  if (include) return matchesPatterns(value, include)
  if (ignore) return !matchesPatterns(value, ignore)
  return true
}

/** Activity types a workflow gets when `types:` is not given (GitHub's documented defaults). */
export const DEFAULT_TYPES: Record<string, string[] | undefined> = {
  pull_request: ['opened', 'synchronize', 'reopened'],
  pull_request_target: ['opened', 'synchronize', 'reopened'],
  merge_group: ['checks_requested'],
}

export interface EventToMatch {
  name: string
  payload: Record<string, unknown>
  /** Files the event changed (push, pull_request), for `paths` filters; unknown = the filters pass. */
  changedFiles?: string[]
}

function pathsPass(config: Record<string, unknown>, changed: string[] | undefined): boolean {
  const include = list(config.paths)
  const ignore = list(config['paths-ignore'])
  if (!changed || (!include && !ignore)) return true
  if (include) return changed.some((f) => matchesPatterns(f, include))
  return changed.some((f) => !matchesPatterns(f, ignore!))
}

/** Does `on:` start this workflow for this event? */
export function matchesEvent(on: unknown, event: EventToMatch): boolean {
  const triggers = normalizeOn(on)
  if (!(event.name in triggers)) return false
  const config = triggers[event.name]!
  const payload = event.payload
  const action = typeof payload.action === 'string' ? payload.action : undefined
  const types = list(config.types) ?? DEFAULT_TYPES[event.name]
  if (types && action !== undefined && !types.includes(action)) return false
  switch (event.name) {
    case 'push': {
      const ref = String(payload.ref ?? '')
      const branches = list(config.branches)
      const branchesIgnore = list(config['branches-ignore'])
      const tags = list(config.tags)
      const tagsIgnore = list(config['tags-ignore'])
      const anyRefFilter = branches || branchesIgnore || tags || tagsIgnore
      if (ref.startsWith('refs/tags/')) {
        // Only branch filters given: tag pushes do not run the workflow, and the other way round.
        if (anyRefFilter && !tags && !tagsIgnore) return false
        if (!passes(ref.slice('refs/tags/'.length), tags, tagsIgnore)) return false
      } else {
        if (anyRefFilter && !branches && !branchesIgnore) return false
        if (!passes(ref.replace(/^refs\/heads\//, ''), branches, branchesIgnore)) return false
      }
      return pathsPass(config, event.changedFiles)
    }
    case 'pull_request':
    case 'pull_request_target':
    case 'pull_request_review':
    case 'pull_request_review_comment': {
      const base = String((payload.pull_request as { base?: { ref?: string } } | undefined)?.base?.ref ?? '')
      if (!passes(base, list(config.branches), list(config['branches-ignore']))) return false
      return pathsPass(config, event.changedFiles)
    }
    case 'merge_group': {
      const base = String((payload.merge_group as { base_ref?: string } | undefined)?.base_ref ?? '').replace(/^refs\/heads\//, '')
      return passes(base, list(config.branches), list(config['branches-ignore']))
    }
    case 'schedule': {
      const crons = Array.isArray(on && (on as Record<string, unknown>).schedule)
        ? ((on as Record<string, unknown>).schedule as { cron?: string }[]).map((s) => s.cron)
        : []
      return payload.schedule === undefined || crons.includes(String(payload.schedule))
    }
    case 'repository_dispatch':
      // `types` was checked against `action`, which is the event_type for repository_dispatch.
      return true
    default:
      return true
  }
}

/** Pull request events whose head is another repository: GitHub passes no secrets and a read-only token. */
export function isForkPullRequest(event: { name: string; payload?: Record<string, unknown> }, repository: string): boolean {
  if (!['pull_request', 'pull_request_review', 'pull_request_review_comment'].includes(event.name)) return false
  const head = (event.payload?.pull_request as { head?: { repo?: { full_name?: string } | null } } | undefined)?.head
  const full = head?.repo?.full_name
  return typeof full === 'string' && full.toLowerCase() !== repository.toLowerCase()
}

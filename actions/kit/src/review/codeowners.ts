import picomatch from 'picomatch'

/**
 * CODEOWNERS as GitHub reads it: the first file found of `.github/CODEOWNERS`, `CODEOWNERS`,
 * `docs/CODEOWNERS`; gitignore-style patterns; the last matching pattern wins, and a
 * pattern with no owners leaves the file unowned.
 */
export const CODEOWNERS_LOCATIONS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'] as const

export interface CodeOwnersRule {
  pattern: string
  owners: string[]
  line: number
  matches(path: string): boolean
}

export function parseCodeOwners(text: string): CodeOwnersRule[] {
  const rules: CodeOwnersRule[] = []
  text.split(/\r?\n/).forEach((raw, i) => {
    // `\#` escapes a literal #; an unescaped # starts a comment.
    const line = raw.replace(/(^|[^\\])#.*$/, '$1').trim()
    if (!line) return
    const [pattern, ...owners] = line.split(/\s+/)
    if (!pattern) return
    rules.push({
      pattern,
      owners: owners.filter((o) => o.startsWith('@') || o.includes('@')),
      line: i + 1,
      matches: patternMatcher(pattern.replace(/\\#/g, '#')),
    })
  })
  return rules
}

/** A gitignore-style pattern: anchored when it has a slash other than a trailing one. */
export function patternMatcher(pattern: string): (path: string) => boolean {
  let p = pattern
  const directory = p.endsWith('/')
  if (directory) p = p.slice(0, -1)
  const anchored = p.startsWith('/') || p.includes('/')
  p = p.replace(/^\/+/, '')
  if (p === '' || (p === '*' && !anchored)) return () => true
  const glob = anchored || p.startsWith('**/') ? p : `**/${p}`
  const exact = picomatch(glob, { dot: true })
  // `docs/*` owns the files in docs/ but not deeper ones (GitHub's documented exception to gitignore).
  const under = p.endsWith('/*') ? () => false : picomatch(`${glob}/**`, { dot: true })
  return (path) => (!directory && exact(path)) || under(path)
}

/** The owners of a path: those of the last matching rule (none if no rule matches). */
export function ownersOf(rules: readonly CodeOwnersRule[], path: string): string[] {
  for (let i = rules.length - 1; i >= 0; i--) if (rules[i]!.matches(path)) return rules[i]!.owners
  return []
}

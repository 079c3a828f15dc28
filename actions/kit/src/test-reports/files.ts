import { readdir, stat } from 'node:fs/promises'
import { isAbsolute, join, resolve, sep } from 'node:path'
import picomatch from 'picomatch'

/**
 * The files matching glob patterns (one per item; `!pattern` excludes), relative patterns
 * taken from `cwd`. Walks only below each pattern's literal prefix and never descends into
 * `node_modules` or `.git` unless a pattern names them, so a default like `**\/junit*.xml`
 * stays fast in a checked-out repository with installed dependencies. Sorted, absolute.
 */
export async function findFiles(patterns: readonly string[], cwd: string): Promise<string[]> {
  const include = patterns.filter((p) => !p.startsWith('!')).map((p) => absolute(p, cwd))
  const exclude = patterns.filter((p) => p.startsWith('!')).map((p) => absolute(p.slice(1), cwd))
  const excluded = exclude.length > 0 ? picomatch(exclude, { dot: true }) : () => false
  const found = new Set<string>()
  for (const pattern of include) {
    const base = literalBase(pattern)
    const matches = picomatch(pattern, { dot: true })
    const pruneDeps = !/node_modules|\.git(\/|$)/.test(pattern)
    if (base === pattern) {
      // No glob characters: one file.
      if (matches(pattern) && (await isFile(pattern)) && !excluded(pattern)) found.add(pattern)
      continue
    }
    for await (const file of walk(base, pruneDeps)) {
      const posixPath = file.split(sep).join('/')
      if (matches(posixPath) && !excluded(posixPath)) found.add(file)
    }
  }
  return [...found].sort()
}

function absolute(pattern: string, cwd: string): string {
  const p = isAbsolute(pattern) ? pattern : resolve(cwd, pattern)
  // resolve() drops a trailing slash and keeps glob characters as they are.
  return p.split(sep).join('/')
}

/** The leading path segments without glob characters. */
function literalBase(pattern: string): string {
  const parts = pattern.split('/')
  const literal: string[] = []
  for (const part of parts) {
    if (/[*?[\]{}()!+@]/.test(part)) break
    literal.push(part)
  }
  return literal.length === parts.length ? pattern : literal.join('/') || '/'
}

async function* walk(dir: string, pruneDeps: boolean): AsyncGenerator<string> {
  let entries
  try {
    entries = await readdir(dir, { withFileTypes: true })
  } catch {
    return
  }
  for (const entry of entries) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) {
      if (pruneDeps && (entry.name === 'node_modules' || entry.name === '.git')) continue
      yield* walk(path, pruneDeps)
    } else if (entry.isFile()) {
      yield path
    }
  }
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile()
  } catch {
    return false
  }
}

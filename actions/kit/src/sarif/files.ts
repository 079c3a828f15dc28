import { readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { isAbsolute, join, relative } from 'node:path'
import { UserError } from '../errors.js'
import { isNpmAudit, normalizeNpmAudit } from './npm-audit.js'
import { isSarif, normalizeSarif, SarifError, unfinishedRuns, type Finding, type LineReader, type UnfinishedRun } from './parse.js'

/** Reads lines of files under `root`, each file once. */
export function lineReader(root: string): LineReader {
  const cache = new Map<string, string[] | undefined>()
  return (path, line) => {
    if (!cache.has(path)) {
      try {
        cache.set(path, readFileSync(isAbsolute(path) ? path : join(root, path), 'utf8').split(/\r?\n/))
      } catch {
        cache.set(path, undefined)
      }
    }
    return cache.get(path)?.[line - 1]
  }
}

/** The line of `"node_modules/<name>"` in a package-lock.json, for annotations on the lockfile. */
export function lockfileLines(root: string, lockfile = 'package-lock.json'): (pkg: string) => number | undefined {
  let lines: string[] | undefined
  try {
    lines = readFileSync(join(root, lockfile), 'utf8').split('\n')
  } catch {
    lines = undefined
  }
  return (pkg) => {
    if (!lines) return undefined
    const needle = `"node_modules/${pkg}"`
    const index = lines.findIndex((l) => l.includes(needle))
    return index >= 0 ? index + 1 : undefined
  }
}

/**
 * Reads SARIF files and `npm audit --json` reports (told apart by content) into findings;
 * runs that did not finish go to `unfinished` when given. An unreadable or unrecognised file
 * is a user error naming the file and the input.
 */
export async function loadSecurityReports(
  files: readonly string[],
  opts: { root: string; input: string; readLine?: LineReader; unfinished?: UnfinishedRun[] },
): Promise<Finding[]> {
  const findings: Finding[] = []
  const lockLine = lockfileLines(opts.root)
  for (const file of files) {
    const source = relative(opts.root, file) || file
    let doc: unknown
    try {
      doc = JSON.parse(await readFile(file, 'utf8'))
    } catch (error) {
      throw new UserError(
        `Input "${opts.input}" matched ${source}, which is not valid JSON (${(error as Error).message}). Expected SARIF 2.1.0 files or npm audit --json reports.`,
      )
    }
    try {
      if (isSarif(doc)) {
        findings.push(...normalizeSarif(doc, { source, root: opts.root, ...(opts.readLine ? { readLine: opts.readLine } : {}) }))
        opts.unfinished?.push(...unfinishedRuns(doc, source, opts.root))
      } else if (isNpmAudit(doc)) findings.push(...normalizeNpmAudit(doc, { source, lockLine }))
      else throw new SarifError(`${source} is neither SARIF (no "runs") nor an npm audit report (no "vulnerabilities")`)
    } catch (error) {
      if (error instanceof SarifError)
        throw new UserError(`Input "${opts.input}" matched ${error.message}. Expected SARIF 2.1.0 files or npm audit --json reports.`)
      throw error
    }
  }
  return findings
}

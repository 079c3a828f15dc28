import { errorMessage, valueAt } from '../guards.js'
import { createReadStream } from 'node:fs'
import { open, readFile } from 'node:fs/promises'
import { createInterface } from 'node:readline'
import { ReportError } from './junit.js'
import { XmlError, XmlScanner } from './xml-scan.js'

/**
 * Line coverage from the three formats tools write: lcov (`LF`/`LH`), Cobertura XML
 * (`lines-valid`/`lines-covered`) and Istanbul `json-summary` (`total.lines`). Totals are
 * summed over every file given; the percentage is covered ÷ valid × 100.
 */
export type CoverageFormat = 'lcov' | 'cobertura' | 'json-summary'

export interface CoverageTotals {
  valid: number
  covered: number
}

export interface CoverageFile extends CoverageTotals {
  path: string
  format: CoverageFormat
}

export interface CoverageResult extends CoverageTotals {
  files: CoverageFile[]
  /** covered ÷ valid × 100, two decimals; undefined when no line was measured. */
  percent: number | undefined
}

/** Two decimals, as the `coverage` output gives it; undefined when nothing was measured. */
export function coveragePercent(t: CoverageTotals): number | undefined {
  if (t.valid <= 0) return undefined
  return Math.round((t.covered / t.valid) * 10_000) / 100
}

export async function readCoverageFiles(paths: readonly string[]): Promise<CoverageResult> {
  const files: CoverageFile[] = []
  for (const path of paths) files.push(await readCoverageFile(path))
  const valid = files.reduce((n, f) => n + f.valid, 0)
  const covered = files.reduce((n, f) => n + f.covered, 0)
  return { valid, covered, files, percent: coveragePercent({ valid, covered }) }
}

export async function readCoverageFile(path: string): Promise<CoverageFile> {
  const format = await detectFormat(path)
  const totals =
    format === 'lcov' ? await readLcov(path) : format === 'cobertura' ? await readCobertura(path) : parseJsonSummary(await readFile(path, 'utf8'), path)
  return { path, format, ...totals }
}

/** By content, not by name: tools name these files freely. */
export async function detectFormat(path: string): Promise<CoverageFormat> {
  const handle = await open(path, 'r')
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(512), 0, 512, 0)
    const head = buffer
      .subarray(0, bytesRead)
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trimStart()
    if (head.startsWith('<')) return 'cobertura'
    if (head.startsWith('{')) return 'json-summary'
    if (/^(TN|SF|FN|DA|LF|LH|end_of_record)\b/m.test(head)) return 'lcov'
    throw new ReportError(`${path} is not a coverage report this gate reads (lcov, Cobertura XML or Istanbul json-summary)`)
  } finally {
    await handle.close()
  }
}

/**
 * lcov: the `LF`/`LH` of each record; a record without them (some generators omit them) is
 * counted from its `DA` lines.
 */
export async function readLcov(path: string): Promise<CoverageTotals> {
  const lines = createInterface({ input: createReadStream(path, { encoding: 'utf8', highWaterMark: 256 * 1024 }), crlfDelay: Infinity })
  const totals = { valid: 0, covered: 0 }
  const record = { lf: -1, lh: -1, da: 0, daHit: 0 }
  for await (const line of lines) lcovLine(line, totals, record)
  return totals
}

export function parseLcov(text: string): CoverageTotals {
  const totals = { valid: 0, covered: 0 }
  const record = { lf: -1, lh: -1, da: 0, daHit: 0 }
  for (const line of text.split(/\r?\n/)) lcovLine(line, totals, record)
  return totals
}

function lcovLine(line: string, totals: CoverageTotals, r: { lf: number; lh: number; da: number; daHit: number }): void {
  if (line.startsWith('DA:')) {
    r.da++
    const hits = line.slice(3).split(',')[1]
    if (hits !== undefined && Number(hits) > 0) r.daHit++
  } else if (line.startsWith('LF:')) r.lf = Number(line.slice(3)) || 0
  else if (line.startsWith('LH:')) r.lh = Number(line.slice(3)) || 0
  else if (line.trim() === 'end_of_record') {
    totals.valid += r.lf >= 0 ? r.lf : r.da
    totals.covered += r.lh >= 0 ? r.lh : r.daHit
    r.lf = -1
    r.lh = -1
    r.da = 0
    r.daHit = 0
  }
}

/**
 * Cobertura: the root's `lines-valid`/`lines-covered`. Older writers leave them out (only
 * `line-rate`); then the `<line>` elements of each class are counted instead.
 */
export async function readCobertura(path: string): Promise<CoverageTotals> {
  const reader = coberturaReader(path)
  for await (const chunk of createReadStream(path, { encoding: 'utf8', highWaterMark: 256 * 1024 })) reader.write(chunk as string)
  return reader.close()
}

export function parseCobertura(xml: string, path = 'coverage.xml'): CoverageTotals {
  const reader = coberturaReader(path)
  reader.write(xml)
  return reader.close()
}

function coberturaReader(path: string): { write(chunk: string): void; close(): CoverageTotals } {
  const stack: string[] = []
  let root: CoverageTotals | undefined
  const counted = { valid: 0, covered: 0 }
  const scanner = new XmlScanner({
    open: (name, attrs) => {
      if (stack.length === 0) {
        if (name !== 'coverage') throw new ReportError(`${path} is not a Cobertura report (root element <${name}>)`)
        const valid = Number(attrs['lines-valid'])
        const covered = Number(attrs['lines-covered'])
        if (attrs['lines-valid'] !== undefined && Number.isFinite(valid) && Number.isFinite(covered) && valid > 0) root = { valid, covered }
      } else if (!root && name === 'line' && stack[stack.length - 1] === 'lines' && stack[stack.length - 2] === 'class') {
        // Class-level lines only: methods repeat the same lines.
        counted.valid++
        if (Number(attrs.hits) > 0) counted.covered++
      }
      stack.push(name)
    },
    close: () => void stack.pop(),
  })
  const wrap = (fn: () => void): void => {
    try {
      fn()
    } catch (error) {
      throw error instanceof XmlError ? new ReportError(`${path} is not well-formed XML: ${error.message}`) : error
    }
  }
  return {
    write: (chunk) => wrap(() => scanner.write(chunk)),
    close: () => {
      wrap(() => scanner.close())
      return root ?? counted
    },
  }
}

/** Istanbul json-summary: `total.lines.total` and `total.lines.covered`. */
export function parseJsonSummary(text: string, path = 'coverage-summary.json'): CoverageTotals {
  let doc: unknown
  try {
    doc = JSON.parse(text)
  } catch (error) {
    throw new ReportError(`${path} is not valid JSON: ${errorMessage(error)}`)
  }
  const [total, covered] = [valueAt(doc, 'total', 'lines', 'total'), valueAt(doc, 'total', 'lines', 'covered')]
  if (typeof total !== 'number' || typeof covered !== 'number') {
    throw new ReportError(`${path} has no total.lines (an Istanbul json-summary report has total.lines.total and total.lines.covered)`)
  }
  return { valid: total, covered }
}

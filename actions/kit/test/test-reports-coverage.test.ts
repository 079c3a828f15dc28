import { readFileSync } from 'node:fs'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import {
  coveragePercent,
  detectFormat,
  parseCobertura,
  parseJsonSummary,
  parseLcov,
  readCoverageFile,
  readCoverageFiles,
} from '../src/test-reports/coverage.js'
import { findFiles } from '../src/test-reports/files.js'

const TOOLS = fileURLToPath(new URL('../../../tools/parts/report-tools/', import.meta.url))

describe('coverage formats, as the tools write them', () => {
  test.each([
    // vitest's v8 provider on the example service: LF/LH summed over 8 records.
    ['lcov-vitest.info', 'lcov', 193, 191],
    ['coverage-summary-vitest.json', 'json-summary', 193, 191],
    // coverage.py's Cobertura XML: lines-valid / lines-covered on the root.
    ['cobertura-python.xml', 'cobertura', 33, 28],
    // c8's Cobertura reporter (V8 coverage under mocha): methods repeat their first line.
    ['cobertura-c8.xml', 'cobertura', 22, 19],
  ])('%s', async (file, format, valid, covered) => {
    expect(await readCoverageFile(join(TOOLS, file))).toMatchObject({ format, valid, covered })
  })

  test("c8's Cobertura without the root totals: counted from the class lines, method lines not twice", async () => {
    const xml = readFileSync(join(TOOLS, 'cobertura-c8.xml'), 'utf8').replace(/ lines-valid="\d+" lines-covered="\d+"/, '')
    expect(xml).not.toContain('lines-valid')
    expect(parseCobertura(xml)).toEqual({ valid: 22, covered: 19 })
  })

  test('the total is summed over every file given, then divided', async () => {
    const r = await readCoverageFiles([join(TOOLS, 'lcov-vitest.info'), join(TOOLS, 'cobertura-python.xml')])
    expect(r).toMatchObject({ valid: 226, covered: 219, percent: 96.9 })
    // Not the mean of the two percentages (98.96 and 84.85).
    expect(r.percent).not.toBe(Math.round(((98.96 + 84.85) / 2) * 100) / 100)
  })

  test('covered ÷ valid × 100, two decimals; nothing measured is undefined', () => {
    expect(coveragePercent({ valid: 3, covered: 2 })).toBe(66.67)
    expect(coveragePercent({ valid: 193, covered: 191 })).toBe(98.96)
    expect(coveragePercent({ valid: 0, covered: 0 })).toBeUndefined()
  })

  test('lcov without LF/LH is counted from DA lines', () => {
    expect(parseLcov('SF:a.ts\nDA:1,1\nDA:2,0\nDA:3,5\nend_of_record\nSF:b.ts\nLF:10\nLH:4\nend_of_record\n')).toEqual({ valid: 13, covered: 6 })
  })

  test('Cobertura without lines-valid counts class lines, not method lines twice', () => {
    const xml = `<coverage line-rate="0.5"><packages><package><classes><class filename="a.py"><methods><method><lines><line number="1" hits="1"/></lines></method></methods>
      <lines><line number="1" hits="1"/><line number="2" hits="0"/></lines></class></classes></package></packages></coverage>`
    expect(parseCobertura(xml)).toEqual({ valid: 2, covered: 1 })
  })

  test('refuses what it cannot read, naming the file', async () => {
    expect(() => parseJsonSummary('{"total":{}}', 'cov.json')).toThrow('cov.json has no total.lines')
    expect(() => parseCobertura('<report/>', 'jacoco.xml')).toThrow('jacoco.xml is not a Cobertura report (root element <report>)')
    await expect(detectFormat(join(TOOLS, 'README.md'))).rejects.toThrow(/is not a coverage report this gate reads/)
  })
})

describe('findFiles', () => {
  let dir: string
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'find-files-'))
    for (const f of ['reports/junit.xml', 'reports/unit/TEST-a.xml', 'node_modules/x/junit.xml', 'svc/test-results/b.xml', 'other.txt']) {
      await mkdir(join(dir, f, '..'), { recursive: true })
      await writeFile(join(dir, f), '<testsuite/>')
    }
  })
  afterAll(() => rm(dir, { recursive: true, force: true }))

  test('globs from the working directory, sorted, node_modules skipped unless named', async () => {
    expect(await findFiles(['**/junit*.xml', '**/TEST-*.xml', '**/test-results/**/*.xml'], dir)).toEqual([
      join(dir, 'reports/junit.xml'),
      join(dir, 'reports/unit/TEST-a.xml'),
      join(dir, 'svc/test-results/b.xml'),
    ])
    expect(await findFiles(['node_modules/**/junit.xml'], dir)).toEqual([join(dir, 'node_modules/x/junit.xml')])
  })

  test('a literal path, exclusions, and nothing matched', async () => {
    expect(await findFiles(['reports/junit.xml'], dir)).toEqual([join(dir, 'reports/junit.xml')])
    expect(await findFiles(['reports/**/*.xml', '!**/unit/**'], dir)).toEqual([join(dir, 'reports/junit.xml')])
    expect(await findFiles(['missing/*.xml', 'nope.xml'], dir)).toEqual([])
  })
})

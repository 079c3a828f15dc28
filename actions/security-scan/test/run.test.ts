import { afterEach, beforeEach, describe, expect, test, vi, type MockInstance } from 'vitest'
import type { GateReport } from '@cna/kit/check-run'
import { normalizeSarif } from '@cna/kit/sarif'
import { getInputs } from '../src/inputs.js'
import { run, type SecurityScanDeps } from '../src/run.js'
import { uploadSarif } from '../src/upload.js'
import { trivySarif } from '../../kit/test/sarif-samples.js'

// The runner's log lines are silenced, not mocked: a module mock of @actions/core would reach
// the kit modules this file loads for real, which the unit tier shares between files (isolate: false).
let silence: MockInstance<typeof process.stdout.write>
beforeEach(() => {
  silence = vi.spyOn(process.stdout, 'write').mockImplementation(() => true)
})
afterEach(() => silence.mockRestore())

const inputs = (raw: Record<string, string>) => getInputs((name) => raw[name])

function deps(overrides: Partial<SecurityScanDeps> = {}): SecurityScanDeps & { reports: GateReport[] } {
  const reports: GateReport[] = []
  return {
    reports,
    findFiles: async (patterns) => (patterns[0]?.startsWith('base') ? [] : ['/w/trivy.sarif']),
    loadReports: async () => normalizeSarif(trivySarif()),
    readText: async () => '',
    publish: async (report) => {
      reports.push(report)
      return { mode: 'check-run', checkRunId: 1, trimmed: false }
    },
    today: '2026-11-26',
    ...overrides,
  }
}

describe('inputs', () => {
  test('sarif is required: empty is one error naming the input and the accepted form', () => {
    expect(() => inputs({ sarif: '' })).toThrow(
      'Input "sarif" is required but was empty. Expected globs of SARIF files or npm audit --json reports, such as results/*.sarif.',
    )
    expect(() => inputs({ sarif: ' , \n' })).toThrow('Input "sarif" is required but was empty.')
    expect(inputs({ sarif: 'a.sarif\nb/*.json' }).sarif).toEqual(['a.sarif', 'b/*.json'])
  })
})

describe('run', () => {
  test('the check run gets the gate, blocking annotations first', async () => {
    const d = deps()
    const result = await run(inputs({ sarif: '*.sarif', 'fail-on': 'high' }), d)
    expect(result.conclusion).toBe('failure')
    expect(result.blocking).toBe(2)
    expect(d.reports[0]!.annotations.map((a) => a.annotation_level)).toEqual(['failure', 'failure', 'warning'])
    expect(d.reports[0]!.title).toBe('2 finding(s) at or above high: 1 critical, 1 high, 1 medium, 0 low')
  })

  test('a baseline glob that matches nothing warns and counts everything as new', async () => {
    const result = await run(inputs({ sarif: '*.sarif', baseline: 'base/*.sarif' }), deps())
    expect(result.newCount).toBe(3)
  })

  test('upload without a token is skipped with a notice; the gate still runs', async () => {
    const result = await run(inputs({ sarif: '*.sarif', upload: 'true', 'fail-on': 'none' }), deps())
    expect(result.upload).toBeUndefined()
    expect(result.conclusion).toBe('success')
  })
})

describe('uploadSarif', () => {
  test('a token without security-events: the upload is skipped, not failed', async () => {
    const { writeFile, mkdtemp } = await import('node:fs/promises')
    const { join } = await import('node:path')
    const { tmpdir } = await import('node:os')
    const file = join(await mkdtemp(join(tmpdir(), 'upload-')), 'a.sarif')
    await writeFile(file, JSON.stringify(trivySarif()))
    const client = { request: vi.fn(async () => Promise.reject(Object.assign(new Error('Resource not accessible by integration'), { status: 403 }))) }
    const outcome = await uploadSarif([file], { client, owner: 'o', repo: 'r', commitSha: 'a'.repeat(40), ref: 'refs/heads/main' })
    expect(outcome).toMatchObject({ uploaded: 0, skipped: expect.stringContaining('security-events: write') })
    const failing = { request: vi.fn(async () => Promise.reject(Object.assign(new Error('boom'), { status: 500 }))) }
    await expect(uploadSarif([file], { client: failing, owner: 'o', repo: 'r', commitSha: 'a'.repeat(40), ref: 'refs/heads/main' })).rejects.toThrow('boom')
  })
})

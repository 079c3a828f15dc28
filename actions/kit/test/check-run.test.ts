import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { publishGateReport, truncate, type ChecksClient, type GateAnnotation, type GateReport } from '../src/check-run/check-run.js'
import { headShaOf } from '../src/check-run/head-sha.js'
import { CHECK_OUTPUT_LIMIT, JOB_SUMMARY_LIMIT, byteLength, trimJobSummary, trimToBytes } from '../src/check-run/trim.js'
import { registerSecret, resetSecrets } from '../src/secrets.js'
import { fakeRest, type FakeCall } from '../testing/rest-fake.js'

const SHA = 'a'.repeat(40)

type Call = FakeCall

interface FakeRun {
  id: number
  name: string
  head_sha: string
  annotations: GateAnnotation[]
  output?: Record<string, unknown>
  conclusion?: string
}

/** A check-runs API in memory, with GitHub's rules: 50 annotations per request, appended on update. */
function fakeChecks(opts: { forbidWrites?: boolean; runs?: FakeRun[] } = {}) {
  const runs: FakeRun[] = opts.runs ?? []
  // GitHub's rules on every write: at most 50 annotations per request; 403 for a read-only token.
  const checkWrite = (output: { annotations?: GateAnnotation[] } | undefined) => {
    if ((output?.annotations?.length ?? 0) > 50) throw Object.assign(new Error('Validation Failed'), { status: 422 })
    if (opts.forbidWrites) throw Object.assign(new Error('Resource not accessible by integration'), { status: 403 })
  }
  const fake = fakeRest({
    'GET /repos/{owner}/{repo}/commits/{ref}/check-runs': (params) => {
      const found = runs.filter((r) => r.head_sha === params.ref && r.name === params.check_name).slice(-1)
      return { total_count: found.length, check_runs: found.map((r) => ({ id: r.id, name: r.name, output: { annotations_count: r.annotations.length } })) }
    },
    'GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations': (params) => {
      const run = runs.find((r) => r.id === params.check_run_id)!
      const page = params.page ?? 1
      return run.annotations.slice((page - 1) * 100, page * 100)
    },
    'POST /repos/{owner}/{repo}/check-runs': (params) => {
      const output = 'output' in params ? params.output : undefined
      checkWrite(output)
      const run: FakeRun = {
        id: 100 + runs.length,
        name: params.name,
        head_sha: params.head_sha,
        annotations: [...(output?.annotations ?? [])],
        output: { ...output },
        conclusion: String('conclusion' in params ? params.conclusion : ''),
      }
      runs.push(run)
      return { id: run.id }
    },
    'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}': (params) => {
      const output = 'output' in params ? params.output : undefined
      checkWrite(output)
      const run = runs.find((r) => r.id === params.check_run_id)!
      run.annotations.push(...(output?.annotations ?? []))
      run.output = { ...output }
      if ('conclusion' in params && params.conclusion) run.conclusion = params.conclusion
      return { id: run.id }
    },
  })
  const calls: Call[] = fake.calls
  const client: ChecksClient = fake
  return { client, calls, runs }
}

function failures(n: number): GateAnnotation[] {
  return Array.from({ length: n }, (_, i) => ({
    path: `src/f${i}.ts`,
    start_line: i + 1,
    end_line: i + 1,
    annotation_level: 'failure' as const,
    message: `test ${i} failed`,
    title: `suite > test ${i}`,
  }))
}

function report(over: Partial<GateReport> = {}): GateReport {
  return { checkName: 'unit-tests', conclusion: 'failure', title: '1 failed', summary: '| total | 1 |', annotations: failures(1), ...over }
}

const target = (client?: ChecksClient) => ({ ...(client ? { client } : {}), owner: 'octo', repo: 'app', headSha: SHA })

let stdout: string[]
beforeEach(() => {
  stdout = []
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => (stdout.push(String(chunk)), true))
})
afterEach(() => {
  vi.restoreAllMocks()
  resetSecrets()
})

describe('check run on the commit under test', () => {
  test('creates a completed check run with the conclusion, summary and annotations', async () => {
    const fake = fakeChecks()
    const result = await publishGateReport(report({ text: 'details' }), { ...target(fake.client), detailsUrl: 'https://example.test/run/1' })
    expect(result).toEqual({ mode: 'check-run', checkRunId: 100, trimmed: false })
    const post = fake.calls.find((c) => c.route.startsWith('POST'))!
    expect(post.params).toMatchObject({
      owner: 'octo',
      repo: 'app',
      name: 'unit-tests',
      head_sha: SHA,
      status: 'completed',
      conclusion: 'failure',
      details_url: 'https://example.test/run/1',
    })
    expect(post.params.output).toMatchObject({ title: '1 failed', summary: '| total | 1 |', text: 'details' })
    expect(fake.runs[0]!.annotations).toHaveLength(1)
  })

  test('sends 120 annotations in batches of 50: 50 with the create, then 50 and 20 in updates', async () => {
    const fake = fakeChecks()
    await publishGateReport(report({ annotations: failures(120) }), target(fake.client))
    const writes = fake.calls.filter((c) => !c.route.startsWith('GET'))
    expect(writes.map((c) => [c.route.split(' ')[0], (c.params.output as { annotations: unknown[] }).annotations.length])).toEqual([
      ['POST', 50],
      ['PATCH', 50],
      ['PATCH', 20],
    ])
    expect(fake.runs[0]!.annotations.map((a) => a.message)).toEqual(failures(120).map((a) => a.message))
    // Every update repeats the output, so the summary stays what the report says.
    for (const w of writes) expect(w.params.output).toMatchObject({ summary: '| total | 1 |', title: '1 failed' })
  })

  test('caps annotations at maxAnnotations and says so in the summary', async () => {
    const fake = fakeChecks()
    const result = await publishGateReport(report({ annotations: failures(130) }), { ...target(fake.client), maxAnnotations: 100 })
    expect(fake.runs[0]!.annotations).toHaveLength(100)
    expect(result.trimmed).toBe(true)
    expect(String(fake.runs[0]!.output!.summary)).toContain('the first 100 of 130')
  })

  test('a re-run updates the same check run instead of adding another', async () => {
    const fake = fakeChecks()
    const first = await publishGateReport(report({ conclusion: 'success', title: 'all passed', annotations: [] }), target(fake.client))
    const second = await publishGateReport(report({ conclusion: 'success', title: 'all passed again', annotations: [] }), target(fake.client))
    expect(second.checkRunId).toBe(first.checkRunId)
    expect(fake.runs).toHaveLength(1)
    expect(fake.runs[0]!.output!.title).toBe('all passed again')
  })

  test('a re-run with the same failures keeps the run and adds no duplicate annotations', async () => {
    const fake = fakeChecks()
    await publishGateReport(report({ annotations: failures(60) }), target(fake.client))
    const again = await publishGateReport(report({ annotations: failures(61) }), target(fake.client))
    expect(again.checkRunId).toBe(100)
    expect(fake.runs).toHaveLength(1)
    expect(fake.runs[0]!.annotations).toHaveLength(61)
  })

  test('a re-run whose old annotations no longer apply gets a fresh check run (annotations cannot be removed)', async () => {
    const fake = fakeChecks()
    await publishGateReport(report({ annotations: failures(3) }), target(fake.client))
    const fixed = await publishGateReport(report({ conclusion: 'success', annotations: [] }), target(fake.client))
    expect(fake.runs).toHaveLength(2)
    expect(fixed.checkRunId).toBe(101)
    expect(fake.runs[1]!.annotations).toEqual([])
  })

  test('summary and text are trimmed to 65,535 bytes with a note of what was cut', async () => {
    const fake = fakeChecks()
    const long = Array.from({ length: 5000 }, (_, i) => `| test ${i} | failed | ${'é'.repeat(10)} |`).join('\n')
    const result = await publishGateReport(report({ summary: long, text: long }), target(fake.client))
    expect(result.trimmed).toBe(true)
    const output = fake.runs[0]!.output as { summary: string; text: string }
    for (const field of [output.summary, output.text]) {
      expect(byteLength(field)).toBeLessThanOrEqual(CHECK_OUTPUT_LIMIT)
      expect(field).toMatch(/\*\*Trimmed:\*\* \d+ line\(s\), \d+ bytes, were cut/)
      expect(field).not.toContain('\uFFFD')
    }
  })

  test('registered secrets never reach the check run', async () => {
    registerSecret('s3cr3t-value-123')
    const fake = fakeChecks()
    await publishGateReport(
      report({ summary: 'token s3cr3t-value-123', annotations: [{ ...failures(1)[0]!, message: 'got s3cr3t-value-123' }] }),
      target(fake.client),
    )
    expect(JSON.stringify(fake.calls)).not.toContain('s3cr3t-value-123')
  })

  test('other API errors are not hidden', async () => {
    const client: ChecksClient = { request: async () => Promise.reject(Object.assign(new Error('Server Error'), { status: 500 })) }
    await expect(publishGateReport(report(), target(client))).rejects.toThrow('Server Error')
  })
})

describe('without a token that can write checks', () => {
  test('403 (fork pull request): workflow-command annotations with file and lines, and a notice', async () => {
    const fake = fakeChecks({ forbidWrites: true })
    const result = await publishGateReport(
      report({ annotations: [...failures(1), { path: 'a.ts', start_line: 3, end_line: 4, annotation_level: 'warning', message: 'slow' }] }),
      target(fake.client),
    )
    expect(result).toEqual({ mode: 'annotations-only', trimmed: false })
    const out = stdout.join('')
    expect(out).toContain('::error title=suite > test 0,file=src/f0.ts,line=1,endLine=1::test 0 failed')
    expect(out).toContain('::warning file=a.ts,line=3,endLine=4::slow')
    expect(out).toMatch(/::notice::The token cannot write checks \(403/)
  })

  test('no client: annotations only, with a notice', async () => {
    const result = await publishGateReport(report(), target())
    expect(result.mode).toBe('annotations-only')
    expect(stdout.join('')).toContain('::notice::No GitHub token')
    expect(stdout.join('')).toContain('::error title=suite > test 0,file=src/f0.ts')
  })

  test('a lower maxAnnotations holds for workflow-command annotations too', async () => {
    const result = await publishGateReport(report({ annotations: failures(30) }), { ...target(), maxAnnotations: 10 })
    expect(stdout.join('').match(/::error /g)).toHaveLength(10)
    expect(stdout.join('')).toContain('20 more annotation(s)')
    expect(result.trimmed).toBe(true)
  })

  test('at most 50 workflow-command annotations, then a count of the rest', async () => {
    const result = await publishGateReport(report({ annotations: failures(70) }), target())
    expect(stdout.join('').match(/::error /g)).toHaveLength(50)
    expect(stdout.join('')).toContain('20 more annotation(s)')
    expect(result.trimmed).toBe(true)
  })
})

describe('headShaOf', () => {
  test.each([
    ['pull_request', { pull_request: { head: { sha: 'b'.repeat(40) } } }, 'b'.repeat(40)],
    ['pull_request_target', { pull_request: { head: { sha: 'c'.repeat(40) } } }, 'c'.repeat(40)],
    ['pull_request_review', { pull_request: { head: { sha: 'd'.repeat(40) } } }, 'd'.repeat(40)],
    ['push', { pull_request: { head: { sha: 'e'.repeat(40) } } }, SHA],
    ['pull_request', {}, SHA],
  ])('%s → the right commit', (eventName, payload, expected) => {
    expect(headShaOf({ eventName, payload, sha: SHA })).toBe(expected)
  })
})

describe('trimming', () => {
  test('nothing to cut: the text as it is', () => {
    expect(trimToBytes('abc', 10)).toEqual({ text: 'abc', trimmed: false, cutBytes: 0, cutLines: 0 })
  })

  test('cuts at a line boundary and counts the lines cut', () => {
    const text = Array.from({ length: 100 }, (_, i) => `line ${i}`).join('\n')
    const t = trimToBytes(text, 400)
    expect(byteLength(t.text)).toBeLessThanOrEqual(400)
    const kept = t.text.split('\n').filter((l) => l.startsWith('line '))
    expect(kept.length + t.cutLines).toBe(100)
    expect(t.text).toContain(`${t.cutLines} line(s)`)
  })

  test('job summary: at most 1 MiB', () => {
    const big = 'x'.repeat(100) + '\n'
    const out = trimJobSummary(big.repeat(20_000))
    expect(byteLength(out)).toBeLessThanOrEqual(JOB_SUMMARY_LIMIT)
    expect(out).toContain('**Trimmed:**')
  })

  test('truncate never splits a character', () => {
    expect(truncate('ééééé', 6)).toBe('é…')
    expect(byteLength(truncate('é'.repeat(300), 255))).toBeLessThanOrEqual(255)
  })
})

import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { inputEnvName, parseFileCommand, parseWorkflowCommands, readActionManifest, runAction } from './run-action.js'

// A throwaway action exercising every channel the harness reads back.
const ACTION_YML = `
name: probe
description: harness probe
inputs:
  registry-password:
    description: hyphenated name, kept as INPUT_REGISTRY-PASSWORD
    required: true
  mode:
    default: fast
  github-token:
    default: \${{ github.token }}
  flag:
    default: false
  exit-code:
    default: '0'
outputs:
  simple: {description: x}
  multi: {description: y}
runs:
  using: node24
  main: dist/index.mjs
`

const MAIN = `
import { appendFileSync, readFileSync } from 'node:fs'
const env = process.env
const out = (file, text) => appendFileSync(env[file], text)
out('GITHUB_OUTPUT', 'simple=a=b=c\\n')
out('GITHUB_OUTPUT', 'multi<<EOF_1\\nline one\\nline two\\nEOF_1\\n')
out('GITHUB_OUTPUT', 'password=' + env['INPUT_REGISTRY-PASSWORD'] + '\\n')
out('GITHUB_OUTPUT', 'mode=' + env.INPUT_MODE + '\\n')
out('GITHUB_OUTPUT', 'token=' + env['INPUT_GITHUB-TOKEN'] + '\\n')
out('GITHUB_OUTPUT', 'flag=' + env.INPUT_FLAG + '\\n')
out('GITHUB_OUTPUT', 'cwd=' + process.cwd() + '\\n')
const event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8'))
out('GITHUB_OUTPUT', 'event=' + env.GITHUB_EVENT_NAME + ':' + event.number + '\\n')
const ctx = ['GITHUB_ACTIONS','CI','GITHUB_SHA','GITHUB_REF','GITHUB_REPOSITORY','GITHUB_SERVER_URL','GITHUB_API_URL',
  'GITHUB_RUN_ID','GITHUB_ACTOR','GITHUB_WORKSPACE','RUNNER_OS','RUNNER_DEBUG','LEAK','EXTRA','GITHUB_HEAD_REF']
out('GITHUB_OUTPUT', 'ctx<<CTX\\n' + JSON.stringify(Object.fromEntries(ctx.map((k) => [k, env[k] ?? null]))) + '\\nCTX\\n')
out('GITHUB_STATE', 'started=yes\\n')
out('GITHUB_ENV', 'FOO<<X\\nbar\\nbaz\\nX\\n')
out('GITHUB_PATH', '/opt/tool/bin\\n')
out('GITHUB_STEP_SUMMARY', '### Probe\\n\\n| a | b |\\n')
console.log('::add-mask::' + env['INPUT_REGISTRY-PASSWORD'])
console.log('::error file=a.ts,line=3::x%0Ay')
console.log('::warning title=T%3A1%2C2::careful 100%25')
console.log('::notice::fyi')
console.log('::debug::dbg')
console.log('::stop-commands::tok123')
console.log('::error::ignored while stopped')
console.log('::tok123::')
console.error('to stderr')
process.exitCode = Number(env['INPUT_EXIT-CODE'])
`

describe('runAction', () => {
  let dir: string
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'probe-action-'))
    await writeFile(join(dir, 'action.yml'), ACTION_YML)
    await mkdir(join(dir, 'dist'))
    await writeFile(join(dir, 'dist', 'index.mjs'), MAIN)
  })
  afterAll(() => rm(dir, { recursive: true, force: true }))

  it('reads the manifest', async () => {
    const m = await readActionManifest(dir)
    expect(m.name).toBe('probe')
    expect(m.runs).toMatchObject({ using: 'node24', main: 'dist/index.mjs' })
    expect(m.inputs['registry-password']).toMatchObject({ required: true })
    expect(m.inputs.mode).toEqual({ required: false, default: 'fast' })
    expect(m.inputs.flag?.default).toBe('false')
    expect(m.inputs['github-token']?.default).toBe('${{ github.token }}')
    expect(Object.keys(m.outputs)).toEqual(['simple', 'multi'])
    expect(inputEnvName('registry-password')).toBe('INPUT_REGISTRY-PASSWORD')
    expect(inputEnvName('my input')).toBe('INPUT_MY_INPUT')
  })

  it('runs the bundle and parses every channel', async () => {
    process.env.LEAK = 'should-not-pass'
    const cwd = await mkdtemp(join(tmpdir(), 'ws-'))
    try {
      const run = await runAction({
        action: dir,
        inputs: { 'registry-password': 'hunter2' },
        eventName: 'pull_request',
        event: { number: 7, pull_request: { head: { ref: 'feature/x' }, base: { ref: 'main' } } },
        env: { EXTRA: 'yes', ACTIONS_STEP_DEBUG: 'true' },
        cwd,
        github: {
          token: 'ghs_abc',
          sha: 'a'.repeat(40),
          ref: 'refs/pull/7/merge',
          serverUrl: 'http://127.0.0.1:9',
          apiUrl: 'http://127.0.0.1:9/api',
          runId: '42',
          actor: 'dev',
        },
      })
      expect(run.exitCode).toBe(0)
      expect(run.stderr).toContain('to stderr')
      const { ctx, ...outputs } = run.outputs
      expect(outputs).toEqual({
        simple: 'a=b=c',
        multi: 'line one\nline two',
        password: 'hunter2',
        mode: 'fast',
        token: 'ghs_abc',
        flag: 'false',
        cwd,
        event: 'pull_request:7',
      })
      expect(JSON.parse(ctx!)).toEqual({
        GITHUB_ACTIONS: 'true',
        CI: 'true',
        GITHUB_SHA: 'a'.repeat(40),
        GITHUB_REF: 'refs/pull/7/merge',
        GITHUB_REPOSITORY: 'octo-org/sensor-api',
        GITHUB_SERVER_URL: 'http://127.0.0.1:9',
        GITHUB_API_URL: 'http://127.0.0.1:9/api',
        GITHUB_RUN_ID: '42',
        GITHUB_ACTOR: 'dev',
        GITHUB_WORKSPACE: cwd,
        RUNNER_OS: 'Linux',
        RUNNER_DEBUG: '1',
        LEAK: null,
        EXTRA: 'yes',
        GITHUB_HEAD_REF: 'feature/x',
      })
      expect(run.state).toEqual({ started: 'yes' })
      expect(run.exportedEnv).toEqual({ FOO: 'bar\nbaz' })
      expect(run.paths).toEqual(['/opt/tool/bin'])
      expect(run.summary).toBe('### Probe\n\n| a | b |\n')
      expect(run.masks).toEqual(['hunter2'])
      expect(run.errors).toEqual(['x\ny'])
      expect(run.warnings).toEqual(['careful 100%'])
      expect(run.notices).toEqual(['fyi'])
      expect(run.debug).toEqual(['dbg'])
      expect(run.annotations).toEqual([
        { level: 'error', message: 'x\ny', properties: { file: 'a.ts', line: '3' } },
        { level: 'warning', message: 'careful 100%', properties: { title: 'T:1,2' } },
        { level: 'notice', message: 'fyi', properties: {} },
      ])
    } finally {
      delete process.env.LEAK
      await rm(cwd, { recursive: true, force: true })
    }
  })

  it('applies defaults: empty token, no debug, fresh workspace, nonzero exit', async () => {
    const run = await runAction({ action: dir, inputs: { 'registry-password': 'p', 'exit-code': '3' }, env: { PATH: undefined } })
    expect(run.exitCode).toBe(3)
    expect(run.outputs.token).toBe('')
    expect(run.outputs.event).toBe('push:undefined')
    const ctx = JSON.parse(run.outputs.ctx!) as Record<string, string | null>
    expect(ctx.RUNNER_DEBUG).toBeNull()
    expect(ctx.GITHUB_SERVER_URL).toBe('https://github.com')
    expect(ctx.GITHUB_API_URL).toBe('https://api.github.com')
    expect(ctx.GITHUB_WORKSPACE).toBe(run.outputs.cwd)
    expect(ctx.GITHUB_SHA).toMatch(/^[0-9a-f]{40}$/)
    // the temp workspace is removed after the run
    expect(existsSync(run.outputs.cwd!)).toBe(false)
  })

  it('rejects undeclared inputs and non-node24 actions', async () => {
    await expect(runAction({ action: dir, inputs: { pasword: 'x' } })).rejects.toThrow(/unexpected input\(s\) pasword/)
    const other = await mkdtemp(join(tmpdir(), 'node20-action-'))
    try {
      await writeFile(join(other, 'action.yml'), 'name: old\nruns:\n  using: node20\n  main: index.js\n')
      await expect(runAction({ action: other })).rejects.toThrow(/expected 'node24'/)
    } finally {
      await rm(other, { recursive: true, force: true })
    }
  })

  it('kills a hung action at timeoutMs', async () => {
    const hung = await mkdtemp(join(tmpdir(), 'hung-action-'))
    try {
      await writeFile(join(hung, 'action.yml'), 'name: hung\nruns:\n  using: node24\n  main: main.mjs\n')
      await writeFile(join(hung, 'main.mjs'), "console.log('started'); setInterval(() => {}, 1000)\n")
      await expect(runAction({ action: hung, timeoutMs: 500 })).rejects.toThrow(/timed out after 500 ms[\s\S]*started/)
    } finally {
      await rm(hung, { recursive: true, force: true })
    }
  })
})

describe('parseFileCommand', () => {
  it('parses both forms, values with =, multi-line values, last write wins', () => {
    const text = [
      'a=1',
      'url=https://x.test/?q=1&r=2',
      '',
      'empty=',
      'body<<ghadelimiter_123',
      'first',
      '',
      'x=y',
      'last',
      'ghadelimiter_123',
      'blank<<E',
      'E',
      'a=2',
      '',
    ].join('\n')
    expect(parseFileCommand(text)).toEqual({
      a: '2',
      url: 'https://x.test/?q=1&r=2',
      empty: '',
      body: 'first\n\nx=y\nlast',
      blank: '',
    })
  })

  it('decides the form by whichever of = and << comes first', () => {
    expect(parseFileCommand('cmd=a<<b\n')).toEqual({ cmd: 'a<<b' })
    expect(parseFileCommand('v<<EOF\nk=v\nEOF\n')).toEqual({ v: 'k=v' })
    expect(parseFileCommand('last=no-newline')).toEqual({ last: 'no-newline' })
    expect(parseFileCommand('')).toEqual({})
  })

  it('rejects malformed input like the runner', () => {
    expect(() => parseFileCommand('v<<EOF\nno end\n')).toThrow(/Matching delimiter not found 'EOF'/)
    expect(() => parseFileCommand('just text\n')).toThrow(/Invalid format/)
    expect(() => parseFileCommand('=x\n')).toThrow(/Name must not be empty/)
  })
})

describe('parseWorkflowCommands', () => {
  it('unescapes data and properties in one pass and ignores ordinary lines', () => {
    const cmds = parseWorkflowCommands(
      [
        'plain line',
        '::group::g',
        '  ::error file=src/a%2Cb.ts,line=10,col=2,title=Bad%3A thing::50%25 done%0D%0Anext %250A',
        '::endgroup::',
        '::ERROR::upper',
      ].join('\r\n'),
    )
    expect(cmds.errors).toEqual(['50% done\r\nnext %0A', 'upper'])
    expect(cmds.annotations[0]).toEqual({
      level: 'error',
      message: '50% done\r\nnext %0A',
      properties: { file: 'src/a,b.ts', line: '10', col: '2', title: 'Bad: thing' },
    })
  })
})

import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { ExecError, canRun, exec, formatCommand } from '../src/exec.js'
import { registerSecret, resetSecrets } from '../src/secrets.js'

const NODE = process.execPath
const noMask = (): void => {}

/** Everything the action would have written to the job log. */
let log: string[] = []
beforeEach(() => {
  resetSecrets()
  log = []
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => (log.push(String(chunk)), true))
})
afterEach(() => {
  vi.restoreAllMocks()
})

async function execError(promise: Promise<unknown>): Promise<ExecError> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(ExecError)
  return error as ExecError
}

describe('exec passes arguments as argv, never through a shell', () => {
  test('shell syntax in an argument reaches the program literally and is not run', async () => {
    const marker = join(tmpdir(), `pwned-${process.pid}-${Date.now()}`)
    const arg = `$(touch ${marker}); echo hi`
    const result = await exec('/bin/echo', [arg])
    expect(result.stdout).toBe(`${arg}\n`)
    expect(existsSync(marker)).toBe(false)
  })

  test.each([['with spaces and "quotes"'], ['`backticks` | pipe > file'], ['*'], ['']])('%j arrives as one argument', async (arg) => {
    const { stdout } = await exec(NODE, ['-e', 'process.stdout.write(JSON.stringify(process.argv.slice(1)))', arg])
    expect(JSON.parse(stdout)).toEqual([arg])
  })

  test('runs in the given working directory with the given environment', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kit-exec-'))
    try {
      const { stdout } = await exec(NODE, ['-e', 'process.stdout.write(process.cwd() + "|" + process.env.KIT_VALUE)'], {
        cwd: dir,
        env: { ...process.env, KIT_VALUE: 'given' },
      })
      expect(stdout).toBe(`${dir}|given`)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('exec logs the command and the output, redacted', () => {
  test('the [command] line shows the argv with secrets replaced', async () => {
    registerSecret('hunter2-secret', noMask)
    await exec('/bin/echo', ['--password=hunter2-secret', 'two words'])
    const text = log.join('')
    expect(text).toContain('[command]/bin/echo --password=*** "two words"\n')
    expect(text).not.toContain('hunter2-secret')
  })

  test('output is echoed to the log as it comes, redacted, and returned whole', async () => {
    registerSecret('tok-in-output', noMask)
    const result = await exec(NODE, ['-e', 'console.log("out tok-in-output"); console.error("err line")'])
    expect(log.join('')).toContain('out ***')
    expect(log.join('')).toContain('err line')
    expect(log.join('')).not.toContain('tok-in-output')
    expect(result).toEqual({ exitCode: 0, stdout: 'out tok-in-output\n', stderr: 'err line\n' })
  })

  test('stream: false keeps the output out of the log', async () => {
    const result = await exec('/bin/echo', ['quiet-output'], { stream: false })
    expect(result.stdout).toBe('quiet-output\n')
    expect(log.join('')).toBe('[command]/bin/echo quiet-output\n')
  })
})

describe('a failing program', () => {
  test('throws ExecError with the exit code and the redacted tail of stderr', async () => {
    registerSecret('s3cr3t-token', noMask)
    const script = 'for (let i = 1; i <= 8; i++) console.error("line " + i); console.error("denied for " + process.env.LEAK); process.exit(3)'
    const error = await execError(exec(NODE, ['-e', script], { env: { ...process.env, LEAK: 's3cr3t-token' } }))
    expect(error.result.exitCode).toBe(3)
    expect(error.message).toMatch(/ exited with code 3: line 5 \| line 6 \| line 7 \| line 8 \| denied for \*\*\*$/)
    expect(error.message).not.toContain('line 4')
    expect(error.message).not.toContain('s3cr3t-token')
    expect(log.join('')).not.toContain('s3cr3t-token')
  })

  test('the message starts with the redacted command', async () => {
    registerSecret('pa55word', noMask)
    const error = await execError(exec(NODE, ['-e', 'process.exit(2)', 'login', 'pa55word']))
    expect(error.command).toBe(`${NODE} -e "process.exit(2)" login ***`)
    expect(error.message).toBe(`${NODE} -e "process.exit(2)" login *** exited with code 2`)
  })

  test('without stderr, the tail of stdout explains the failure', async () => {
    const error = await execError(exec(NODE, ['-e', 'console.log("nothing to build"); process.exit(1)']))
    expect(error.message).toMatch(/exited with code 1: nothing to build$/)
  })

  test('check: false returns the exit code instead of throwing', async () => {
    const result = await exec(NODE, ['-e', 'process.stderr.write("meh"); process.exit(7)'], { check: false })
    expect(result).toEqual({ exitCode: 7, stdout: '', stderr: 'meh' })
  })
})

describe('standard input', () => {
  test('input is written to stdin and closed (as for --password-stdin)', async () => {
    const { stdout } = await exec('cat', [], { input: 'line one\nline two' })
    expect(stdout).toBe('line one\nline two')
  })

  test('without input, stdin is closed at once, so a reader does not hang', async () => {
    expect((await exec('cat', [])).stdout).toBe('')
  })

  test('a program that exits without reading a large input fails by its exit code, not by a crash', async () => {
    const result = await exec(NODE, ['-e', 'process.exit(4)'], { input: 'x'.repeat(4 << 20), check: false })
    expect(result.exitCode).toBe(4)
  })
})

describe('a program that cannot be started', () => {
  test('a missing program says it was not found on PATH', async () => {
    await expect(exec('no-such-program-kit-test', ['--version'])).rejects.toThrow('no-such-program-kit-test was not found on PATH')
  })

  test('a missing working directory is named as such, not blamed on PATH', async () => {
    const error: unknown = await exec('/bin/echo', ['hi'], { cwd: '/no/such/dir-kit-test' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(Error)
    expect((error as Error).message).toBe('working directory /no/such/dir-kit-test does not exist')
  })
})

describe('canRun', () => {
  test.each([
    ['a program on PATH that exits 0', 'node', undefined, true],
    ['an absolute path', NODE, ['--version'], true],
    ['a program that exits non-zero', NODE, ['-e', 'process.exit(1)'], false],
    ['a missing program', 'no-such-program-kit-test', undefined, false],
  ])('%s → %s', async (_label, file, args, expected) => {
    expect(await canRun(file, args)).toBe(expected)
  })

  test('looks the program up on the PATH of the given environment', async () => {
    expect(await canRun('node', ['--version'], { PATH: '/nonexistent-kit-test' })).toBe(false)
  })
})

describe('formatCommand', () => {
  test.each([
    [
      'plain words stay bare',
      'docker',
      ['build', '-t', 'ghcr.io/o/app:1.0', '--build-arg', 'A=b,c', '.'],
      'docker build -t ghcr.io/o/app:1.0 --build-arg A=b,c .',
    ],
    ['spaces are quoted', 'git', ['commit', '-m', 'two words'], 'git commit -m "two words"'],
    ['an empty argument is visible', 'x', [''], 'x ""'],
    ['shell syntax is quoted, never bare', 'sh', ['$(id); rm -rf *'], 'sh "$(id); rm -rf *"'],
    ['quotes and newlines are escaped', 'echo', ['say "hi"\nbye'], 'echo "say \\"hi\\"\\nbye"'],
    ['a digest stays readable', 'crane', ['ghcr.io/o/app@sha256:abc'], 'crane ghcr.io/o/app@sha256:abc'],
  ])('%s', (_label, file, args, expected) => {
    expect(formatCommand(file, args)).toBe(expected)
  })

  test.each([
    ['a bare secret', ['--password', 'pw-12345'], 'login --password ***'],
    ['a secret inside an argument', ['--password=pw-12345'], 'login --password=***'],
    ['a secret that needs quoting', ['--password', 'p w"12345'], 'login --password "***"'],
  ])('redacts %s', (_label, args, expected) => {
    registerSecret('pw-12345', noMask)
    registerSecret('p w"12345', noMask)
    expect(formatCommand('login', args)).toBe(expected)
  })
})

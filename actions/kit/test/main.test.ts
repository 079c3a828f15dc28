import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { InputError, UserError } from '../src/errors.js'
import { reportFailure, runMain } from '../src/main.js'
import { registerSecret, resetSecrets } from '../src/secrets.js'

/** The workflow commands written to the job log, one per line. */
let lines: string[] = []
const commands = (kind: string): string[] => lines.filter((line) => line.startsWith(`::${kind}::`))

beforeEach(() => {
  resetSecrets()
  lines = []
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    lines.push(
      ...String(chunk)
        .split('\n')
        .filter((line) => line !== ''),
    )
    return true
  })
  vi.stubEnv('RUNNER_DEBUG', undefined)
  vi.stubEnv('ACTIONS_STEP_DEBUG', undefined)
})

afterEach(() => {
  vi.restoreAllMocks()
  vi.unstubAllEnvs()
  process.exitCode = undefined
})

describe('runMain: a successful action', () => {
  test('writes nothing and leaves the exit code alone', async () => {
    const action = vi.fn(async () => {})
    await runMain(action)
    expect(action).toHaveBeenCalledOnce()
    expect(lines).toEqual([])
    expect(process.exitCode).toBeUndefined()
  })
})

describe('runMain: an error the user can act on', () => {
  test.each([
    [
      'InputError',
      new InputError('fail-on', 'has an invalid value "loud"', 'one of: error, warning, none'),
      'Input "fail-on" has an invalid value "loud". Expected one of: error, warning, none.',
    ],
    ['UserError', new UserError('tag v1 already points to another digest'), 'tag v1 already points to another digest'],
  ])('%s → exactly one ::error:: line with its message, exit code 1', async (_label, error, message) => {
    await runMain(async () => {
      throw error
    })
    expect(lines).toEqual([`::error::${message}`])
    expect(process.exitCode).toBe(1)
  })

  test('never shows a stack trace, even with debug logging on', async () => {
    vi.stubEnv('RUNNER_DEBUG', '1')
    await runMain(async () => {
      throw new UserError('bad tag')
    })
    expect(lines).toEqual(['::error::bad tag'])
  })
})

describe('runMain: an unexpected error', () => {
  const crash = async (): Promise<void> => {
    throw new TypeError('Cannot read properties of undefined')
  }

  test('one ::error:: line with the message and no stack by default', async () => {
    await runMain(crash)
    expect(lines).toEqual(['::error::Cannot read properties of undefined'])
    expect(process.exitCode).toBe(1)
  })

  test('the stack trace appears as one ::debug:: line when RUNNER_DEBUG=1', async () => {
    vi.stubEnv('RUNNER_DEBUG', '1')
    await runMain(crash)
    expect(commands('error')).toEqual(['::error::Cannot read properties of undefined'])
    const debug = commands('debug')
    expect(debug).toHaveLength(1)
    expect(debug[0]).toMatch(/^::debug::TypeError: Cannot read properties of undefined%0A\s+at /)
    expect(debug[0]).toContain('main.test.ts')
    expect(lines).toHaveLength(2)
  })

  test.each(['0', 'true', ''])('RUNNER_DEBUG=%j does not show the stack', async (value) => {
    vi.stubEnv('RUNNER_DEBUG', value)
    await runMain(crash)
    expect(commands('debug')).toEqual([])
  })

  test('a thrown non-Error value is reported as text', async () => {
    await runMain(async () => {
      throw 'plain string'
    })
    expect(lines).toEqual(['::error::plain string'])
    expect(process.exitCode).toBe(1)
  })
})

describe('reportFailure keeps secrets out and the report on one line', () => {
  test('registered secrets are redacted from the message', async () => {
    registerSecret('ghp_secretToken123', () => {})
    await runMain(async () => {
      throw new UserError('login to ghcr.io as octo with ghp_secretToken123 failed')
    })
    expect(lines).toEqual(['::error::login to ghcr.io as octo with *** failed'])
  })

  test('registered secrets are redacted from the debug stack too', async () => {
    vi.stubEnv('RUNNER_DEBUG', '1')
    registerSecret('ghp_secretToken123', () => {})
    await runMain(async () => {
      throw new Error('request with ghp_secretToken123 failed')
    })
    expect(lines.join('\n')).not.toContain('ghp_secretToken123')
    expect(commands('debug')[0]).toContain('request with *** failed')
  })

  test('a multi-line message becomes one line', async () => {
    await runMain(async () => {
      throw new UserError('three problems:\n- first\n- second')
    })
    expect(lines).toEqual(['::error::three problems: - first - second'])
  })

  test('reportFailure can be called directly, with the same result', () => {
    reportFailure(new InputError('image', 'is required but was empty', 'a non-empty value'))
    expect(lines).toEqual(['::error::Input "image" is required but was empty. Expected a non-empty value.'])
    expect(process.exitCode).toBe(1)
  })
})

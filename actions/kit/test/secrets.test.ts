import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { derivedForms, redact, registerCredentials, registerSecret, resetSecrets } from '../src/secrets.js'

const b64 = (value: string): string => Buffer.from(value).toString('base64')

beforeEach(() => {
  resetSecrets()
})

afterEach(() => {
  vi.restoreAllMocks()
})

describe('registerSecret masks the secret and the forms it reappears in', () => {
  test.each([
    ['a plain token', 'ghp_abcDEF123', ['ghp_abcDEF123', b64('ghp_abcDEF123')]],
    ['a password needing URL encoding', 'p@ss word/+', ['p@ss word/+', b64('p@ss word/+'), 'p%40ss%20word%2F%2B']],
    ['a password needing JSON escaping', 'a"b\\c', ['a"b\\c', b64('a"b\\c'), 'a%22b%5Cc', 'a\\"b\\\\c']],
    ['a multi-line key', 'line1\nline2', ['line1\nline2', b64('line1\nline2'), 'line1%0Aline2', 'line1\\nline2']],
  ])('%s', (_label, value, forms) => {
    const mask = vi.fn()
    registerSecret(value, mask)
    expect(mask.mock.calls.map(([form]) => form as string).sort()).toEqual([...forms].sort())
    expect(derivedForms(value).sort()).toEqual([...forms].sort())
  })

  test('a secret registered twice is masked once', () => {
    const mask = vi.fn()
    registerSecret('s3cr3t-value', mask)
    registerSecret('s3cr3t-value', mask)
    expect(mask).toHaveBeenCalledTimes(2) // the value and its base64, once each
  })

  test('a form shared with an earlier secret is not masked again', () => {
    const mask = vi.fn()
    registerSecret('pw:1', mask)
    mask.mockClear()
    registerCredentials('user', 'pw:1', mask) // the password itself is already known
    expect(mask.mock.calls.map(([form]) => form)).not.toContain('pw:1')
  })

  test.each([
    ['undefined', undefined],
    ['empty', ''],
  ])('an %s secret is skipped', (_label, value) => {
    const mask = vi.fn()
    registerSecret(value, mask)
    expect(mask).not.toHaveBeenCalled()
    expect(redact('nothing to hide')).toBe('nothing to hide')
  })

  test.each(['a', 'ab'])('a secret shorter than 3 characters is not masked as such, so logs stay readable (%j)', (value) => {
    const mask = vi.fn()
    registerSecret(value, mask)
    expect(mask.mock.calls.map(([form]) => form)).not.toContain(value)
    expect(redact(`a label with ${value} in it`)).toBe(`a label with ${value} in it`)
  })

  test('without an injected mask, the runner is told through ::add-mask::', () => {
    const writes: string[] = []
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => (writes.push(String(chunk)), true))
    registerSecret('tok-from-runner')
    expect(writes.join('')).toContain('::add-mask::tok-from-runner')
    expect(writes.join('')).toContain(`::add-mask::${b64('tok-from-runner')}`)
  })
})

describe('registerCredentials', () => {
  test('masks the password and the base64 user:pass that Docker configs hold', () => {
    const mask = vi.fn()
    registerCredentials('octo', 'p4ssw0rd', mask)
    const masked = mask.mock.calls.map(([form]) => form as string)
    expect(masked).toEqual(expect.arrayContaining(['p4ssw0rd', b64('p4ssw0rd'), 'octo:p4ssw0rd', b64('octo:p4ssw0rd')]))
    expect(masked).not.toContain('octo')
    expect(redact(`{"auths":{"ghcr.io":{"auth":"${b64('octo:p4ssw0rd')}"}}}`)).toBe('{"auths":{"ghcr.io":{"auth":"***"}}}')
  })

  test('without a password nothing is registered', () => {
    const mask = vi.fn()
    registerCredentials('octo', '', mask)
    expect(mask).not.toHaveBeenCalled()
  })

  test('without a username only the password is registered', () => {
    const mask = vi.fn()
    registerCredentials('', 'p4ssw0rd', mask)
    expect(mask.mock.calls.map(([form]) => form).sort()).toEqual([b64('p4ssw0rd'), 'p4ssw0rd'].sort())
  })
})

describe('redact', () => {
  const noMask = (): void => {}

  test('removes every registered secret and each derived form', () => {
    registerSecret('first-secret', noMask)
    registerSecret('p@ss word', noMask)
    const text = `a first-secret, b ${b64('first-secret')}, c https://u:p%40ss%20word@host, d {"pw":"p@ss word"}, first-secret again`
    expect(redact(text)).toBe('a ***, b ***, c https://u:***@host, d {"pw":"***"}, *** again')
  })

  test('removes a JSON-escaped secret inside serialized JSON', () => {
    registerSecret('quote"d\\pw', noMask)
    expect(redact(JSON.stringify({ password: 'quote"d\\pw' }))).toBe('{"password":"***"}')
  })

  test('removes the longest secret first, so one containing another is removed whole', () => {
    registerSecret('abc', noMask)
    registerSecret('abcdef', noMask)
    expect(redact('x abcdef y abc z')).toBe('x *** y *** z')
  })

  test('leaves text without secrets unchanged', () => {
    registerSecret('zzz-secret', noMask)
    expect(redact('nothing here\nat all')).toBe('nothing here\nat all')
  })

  test('resetSecrets forgets everything registered', () => {
    registerSecret('forget-me', noMask)
    resetSecrets()
    expect(redact('forget-me')).toBe('forget-me')
  })
})

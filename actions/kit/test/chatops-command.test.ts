import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { MAX_COMMAND_LENGTH, parseCommand, printable } from '../src/chatops/command.js'

describe('the command grammar', () => {
  test.each([
    ['/deploy sensor-api v1.4.2 to staging', { kind: 'deploy', service: 'sensor-api', version: 'v1.4.2', environment: 'staging' }],
    ['/DEPLOY   sensor-api  v1.4.2   TO  production  ', { kind: 'deploy', service: 'sensor-api', version: 'v1.4.2', environment: 'production' }],
    [
      '/deploy api 3f2a9c1e7b6d5a4f3e2d1c0b9a8f7e6d5c4b3a21 to dev\nplease, thanks',
      { kind: 'deploy', service: 'api', version: '3f2a9c1e7b6d5a4f3e2d1c0b9a8f7e6d5c4b3a21', environment: 'dev' },
    ],
    ['/rollback sensor-api in production', { kind: 'rollback', service: 'sensor-api', environment: 'production' }],
    ['/Rollback sensor-api IN production To v1.4.1', { kind: 'rollback', service: 'sensor-api', environment: 'production', version: 'v1.4.1' }],
    ['/status sensor-api', { kind: 'status', service: 'sensor-api' }],
    ['/help', { kind: 'help' }],
    ['\t/HELP \r\nmore', { kind: 'help' }],
  ])('%j', (body, expected) => {
    expect(parseCommand(body)).toEqual(expected)
  })

  test.each([
    ['/deploy sensor-api v1 staging', 'expected /deploy'],
    ['/deploy sensor-api to staging', 'expected /deploy'],
    ['/rollback sensor-api production', 'expected /rollback'],
    ['/rollback sensor-api in production v1', 'expected /rollback'],
    ['/status', 'expected /status'],
    ['/help me', 'expected /help'],
    ['/destroy everything', '`/destroy` is not a command'],
    ['/deploy $(reboot) v1 to prod', 'is not a valid name'],
    ['/deploy $(rm -rf /) v1 to prod', 'expected /deploy'],
    ['/deploy api v1;reboot to prod', 'is not a valid name'],
    ['/deploy api `id` to prod', 'is not a valid name'],
    ['/status sensor\u00a0api', 'is not a valid name'],
  ])('%j is not understood: %s', (body, reason) => {
    const parsed = parseCommand(body)
    expect(parsed.kind).toBe('unknown')
    expect(parsed.kind === 'unknown' && parsed.reason).toContain(reason)
  })

  test.each([
    ['/[Approve](https://evil.example/approve)', '`/[approve](https://evil.example/approve)` is not a command'],
    ['/status [Approve](https://evil.example/approve)', '`[Approve](https://evil.example/approve)` is not a valid name'],
    ['/deploy ![x](https://evil.example/p.png) v1 to prod', '`![x](https://evil.example/p.png)` is not a valid name'],
    ['/status @octo-org/admins', '`@\u200bocto-org/admins` is not a valid name'],
  ])('the commenter’s words %j are quoted in a code span, never rendered: %s', (body, reason) => {
    const parsed = parseCommand(body)
    expect(parsed.kind === 'unknown' && parsed.reason).toMatch(new RegExp(`^${reason.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\(letters|$)`))
  })

  test.each(['deploy api v1 to prod', 'LGTM /deploy api v1 to prod', '', '   ', '\n/deploy api v1 to prod'])('%j is ordinary conversation', (body) => {
    expect(parseCommand(body)).toEqual({ kind: 'none' })
  })

  test('a very long first line is refused without being split', () => {
    const parsed = parseCommand(`/deploy ${'a'.repeat(1_000_000)} v1 to prod`)
    expect(parsed.kind).toBe('unknown')
    expect(parsed.kind === 'unknown' && parsed.reason).toContain(`longer than ${MAX_COMMAND_LENGTH}`)
    expect(parsed.kind === 'unknown' && [...parsed.text].length).toBeLessThanOrEqual(80)
  })

  test('any text: parsing never throws, and every name it yields is a plain word', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), fc.constantFrom('/deploy ', '/rollback ', '/status ', '/', ''), (text, prefix) => {
        const parsed = parseCommand(prefix + text)
        const names =
          parsed.kind === 'deploy'
            ? [parsed.service, parsed.version, parsed.environment]
            : parsed.kind === 'rollback'
              ? [parsed.service, parsed.environment, parsed.version ?? 'x']
              : parsed.kind === 'status'
                ? [parsed.service]
                : []
        for (const name of names) expect(name).toMatch(/^[A-Za-z0-9][A-Za-z0-9._+:-]*$/)
      }),
      { numRuns: 500 },
    )
  })
})

describe('echoing user text', () => {
  test('defuses mentions, code spans, control and bidi characters, and caps the length', () => {
    expect(printable('hi @octo-org/admins `x`')).toBe("hi @\u200bocto-org/admins 'x'")
    expect(printable('a\u202eb\u0000c\u001b[31m')).toBe('abc[31m')
    expect([...printable('é'.repeat(200))]).toHaveLength(80)
    expect(printable('🚀'.repeat(100)).endsWith('…')).toBe(true)
  })
})

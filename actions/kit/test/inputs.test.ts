import { describe, expect, test } from 'vitest'
import { InputError, UserError } from '../src/errors.js'
import {
  bool,
  duration,
  envInputSource,
  integer,
  keyValues,
  list,
  oneOf,
  parseDuration,
  readInputs,
  secret,
  splitList,
  text,
  type InputSpec,
} from '../src/inputs.js'

/** Parses and returns the InputError it must throw, so its message can be checked. */
function inputError<T>(spec: InputSpec<T>, raw: string, name = 'the-input'): InputError {
  try {
    spec.parse(raw, name)
  } catch (error) {
    expect(error).toBeInstanceOf(InputError)
    expect(error).toBeInstanceOf(UserError)
    return error as InputError
  }
  throw new Error(`expected ${JSON.stringify(raw)} to be rejected`)
}

/** The one shape every bad-input message has: the input's name, the problem, the accepted form. */
const MESSAGE = /^Input "[^"]+" .+\. Expected .+\.$/

describe('InputError', () => {
  test('names the input, says what was wrong and what is accepted, in one sentence pair', () => {
    const error = new InputError('fail-on', 'has an invalid value "loud"', 'one of: error, warning, none')
    expect(error.message).toBe('Input "fail-on" has an invalid value "loud". Expected one of: error, warning, none.')
    expect(error).toMatchObject({ input: 'fail-on', problem: 'has an invalid value "loud"', accepted: 'one of: error, warning, none' })
    expect(error.name).toBe('InputError')
  })
})

describe('text', () => {
  test.each([
    ['a value is returned as given', {}, 'hello', 'hello'],
    ['an empty optional input is empty', {}, '', ''],
    ['the default fills an empty input', { default: 'Dockerfile' }, '', 'Dockerfile'],
    ['a given value wins over the default', { default: 'Dockerfile' }, 'build/Containerfile', 'build/Containerfile'],
    ['a required input with a default is satisfied by it', { required: true, default: '.' }, '', '.'],
    ['a value matching the pattern passes', { pattern: /^[a-z-]+$/ }, 'dev-env', 'dev-env'],
    ['an empty optional value skips the pattern', { pattern: /^[a-z]+$/ }, '', ''],
  ])('%s', (_label, opts, raw, expected) => {
    expect(text(opts).parse(raw, 'x')).toBe(expected)
  })

  test('a required input that is empty is refused', () => {
    const error = inputError(text({ required: true }), '', 'image')
    expect(error.message).toMatch(MESSAGE)
    expect(error.message).toBe('Input "image" is required but was empty. Expected a non-empty value.')
  })

  test('a value that does not match the pattern is refused, naming the value and the pattern', () => {
    const error = inputError(text({ pattern: /^[a-z-]+$/ }), 'Dev Env', 'namespace-prefix')
    expect(error.message).toMatch(MESSAGE)
    expect(error.message).toBe('Input "namespace-prefix" has an invalid value "Dev Env". Expected a value matching /^[a-z-]+$/.')
  })

  test('the accepted form can be described in words', () => {
    const error = inputError(text({ pattern: /^\d+$/, accepted: 'a pull-request number' }), 'abc', 'pr')
    expect(error.message).toBe('Input "pr" has an invalid value "abc". Expected a pull-request number.')
  })

  test('a default that does not match the pattern is refused too', () => {
    expect(inputError(text({ default: 'BAD', pattern: /^[a-z]+$/ }), '').message).toMatch(MESSAGE)
  })
})

describe('secret', () => {
  test.each([
    ['a password with symbols', 'p@ss w0rd!"$(x)'],
    ['an empty optional secret', ''],
  ])('returns %s unchanged', (_label, raw) => {
    expect(secret().parse(raw, 'registry-password')).toBe(raw)
  })

  test('a required secret that is empty is refused', () => {
    const error = inputError(secret({ required: true }), '', 'registry-password')
    expect(error.message).toBe('Input "registry-password" is required but was empty. Expected a non-empty secret.')
  })

  test('a secret is never echoed back in an error, even when read among other inputs that fail', () => {
    const value = 'hunter2-very-secret'
    let message = ''
    try {
      readInputs({ password: secret({ required: true }), mode: oneOf(['a', 'b'], 'a') }, (name) => (name === 'password' ? value : 'c'))
    } catch (error) {
      message = (error as Error).message
    }
    expect(message).toMatch(/^Input "mode"/)
    expect(message).not.toContain(value)
  })
})

describe('bool', () => {
  test.each([
    ['true', true],
    ['True', true],
    ['TRUE', true],
    ['false', false],
    ['False', false],
    ['FALSE', false],
  ])('accepts the YAML 1.2 form %s', (raw, expected) => {
    expect(bool(!expected).parse(raw, 'push')).toBe(expected)
  })

  test.each([true, false])('an empty input takes the default %s', (defaultValue) => {
    expect(bool(defaultValue).parse('', 'push')).toBe(defaultValue)
  })

  test.each(['yes', 'no', 'on', 'off', '1', '0', 'tRUE', 'y', 'enabled'])('refuses %s (YAML 1.1 forms are not booleans)', (raw) => {
    const error = inputError(bool(false), raw, 'push')
    expect(error.message).toMatch(MESSAGE)
    expect(error.message).toBe(`Input "push" has an invalid value "${raw}". Expected "true" or "false".`)
  })
})

describe('oneOf', () => {
  const builder = oneOf(['auto', 'buildx', 'docker', 'buildah', 'podman'], 'auto')

  test.each([
    ['', 'auto'],
    ['buildah', 'buildah'],
    ['Docker', 'docker'],
    ['PODMAN', 'podman'],
  ])('%j → %s', (raw, expected) => {
    expect(builder.parse(raw, 'builder')).toBe(expected)
  })

  test.each(['kaniko', 'docker buildx', 'auto,docker'])('refuses %j and lists the accepted values', (raw) => {
    const error = inputError(builder, raw, 'builder')
    expect(error.message).toMatch(MESSAGE)
    expect(error.message).toBe(`Input "builder" has an invalid value "${raw}". Expected one of: auto, buildx, docker, buildah, podman.`)
  })
})

describe('list', () => {
  test.each([
    ['one per line', 'a\nb\nc', ['a', 'b', 'c']],
    ['comma-separated', 'a,b, c', ['a', 'b', 'c']],
    ['both, with blanks and indentation', '  a, b\n\n   c  \n,\n', ['a', 'b', 'c']],
    ['Windows line endings', 'a\r\nb\r\n', ['a', 'b']],
    ['`#` comments dropped', '# the tags\nv1\n  # not this one\nv1.2', ['v1', 'v1.2']],
    ['empty', '', []],
    ['only blanks and comments', '\n , \n# nothing\n', []],
  ])('%s', (_label, raw, expected) => {
    expect(list().parse(raw, 'tags')).toEqual(expected)
  })

  test('each item goes through the item parser, which may refuse it', () => {
    const tags = list({
      item: (value, name) => {
        if (value === 'latest') throw new InputError(name, 'contains "latest"', 'immutable tags')
        return value.toLowerCase()
      },
    })
    expect(tags.parse('V1\nv2', 'tags')).toEqual(['v1', 'v2'])
    expect(inputError(tags, 'v1,latest', 'tags').message).toBe('Input "tags" contains "latest". Expected immutable tags.')
  })

  test('custom separators: lines only keeps commas inside items', () => {
    expect(list({ separators: /\n/ }).parse('a,b\nc', 'x')).toEqual(['a,b', 'c'])
    expect(splitList('a,b\nc', /\n/)).toEqual(['a,b', 'c'])
  })
})

describe('keyValues', () => {
  test.each([
    ['one pair', 'A=1', [['A', '1']]],
    ['a value containing `=`', 'OPTS=--x=1 --y=2', [['OPTS', '--x=1 --y=2']]],
    ['a value containing commas', 'LIST=a,b,c', [['LIST', 'a,b,c']]],
    ['an empty value', 'EMPTY=', [['EMPTY', '']]],
    [
      'several lines, blanks and comments',
      '# args\nA=1\n\n  B=two words  \n',
      [
        ['A', '1'],
        ['B', 'two words'],
      ],
    ],
    [
      'keys with dots, dashes and slashes',
      'org.opencontainers.image.source=https://x/y\nmy-key/sub=v',
      [
        ['org.opencontainers.image.source', 'https://x/y'],
        ['my-key/sub', 'v'],
      ],
    ],
    ['nothing', '', []],
  ])('%s', (_label, raw, expected) => {
    expect(keyValues().parse(raw, 'build-args')).toEqual(expected)
  })

  test.each([
    ['no `=`', 'JUSTAKEY'],
    ['an empty key', '=value'],
    ['a key starting with a digit', '1KEY=v'],
    ['a key with a space', 'MY KEY=v'],
  ])('refuses a line with %s, quoting the line', (_label, line) => {
    const error = inputError(keyValues(), `GOOD=1\n${line}`, 'build-args')
    expect(error.message).toMatch(MESSAGE)
    expect(error.message).toBe(`Input "build-args" has an invalid line "${line}". Expected one KEY=VALUE pair per line.`)
  })

  test('the key pattern and accepted form can be narrowed', () => {
    const labels = keyValues({ keyPattern: /^[a-z.]+$/, accepted: 'lower-case label=value lines' })
    expect(labels.parse('a.b=C', 'labels')).toEqual([['a.b', 'C']])
    expect(inputError(labels, 'A=1', 'labels').message).toBe('Input "labels" has an invalid line "A=1". Expected lower-case label=value lines.')
  })
})

describe('integer', () => {
  const approvals = integer({ default: 1, min: 0, max: 10 })

  test.each([
    ['', 1],
    ['0', 0],
    ['10', 10],
    ['3', 3],
  ])('%j → %d', (raw, expected) => {
    expect(approvals.parse(raw, 'required-approvals')).toBe(expected)
  })

  test.each(['-1', '11', '1.5', '1e1', 'two', '0x2', '+3', ' 3'])('refuses %j with the bounds', (raw) => {
    const error = inputError(approvals, raw, 'required-approvals')
    expect(error.message).toMatch(MESSAGE)
    expect(error.message).toBe(`Input "required-approvals" has an invalid value "${raw}". Expected a whole number from 0 to 10.`)
  })

  test('without bounds, negative numbers are allowed but unsafe integers are not', () => {
    const any = integer({ default: 0 })
    expect(any.parse('-42', 'n')).toBe(-42)
    expect(() => any.parse('9'.repeat(20), 'n')).toThrow(InputError)
  })
})

describe('parseDuration', () => {
  test.each([
    ['90s', 90_000],
    ['5m', 300_000],
    ['1h30m', 5_400_000],
    ['2d', 172_800_000],
    ['1d2h3m4s', 93_784_000],
    ['250ms', 250],
    ['1m30s500ms', 90_500],
    ['0', 0],
    ['45', 45_000],
    ['0s', 0],
  ])('%s → %d ms', (raw, ms) => {
    expect(parseDuration(raw)).toBe(ms)
  })

  test.each(['', '1.5h', '5 m', '-5s', '5M', '1w', 'm', '1h 30m', '1m30', 'abc', '10 ', 'PT5M'])('%j is not a duration', (raw) => {
    expect(parseDuration(raw)).toBeUndefined()
  })
})

describe('duration', () => {
  test.each([
    ['', 600_000],
    ['30s', 30_000],
    ['1h30m', 5_400_000],
    ['120', 120_000],
  ])('%j → %d ms (default 10m)', (raw, ms) => {
    expect(duration('10m').parse(raw, 'timeout')).toBe(ms)
  })

  test.each(['ten minutes', '1.5h', '-1m'])('refuses %j with examples of the accepted form', (raw) => {
    const error = inputError(duration('10m'), raw, 'timeout')
    expect(error.message).toMatch(MESSAGE)
    expect(error.message).toBe(`Input "timeout" has an invalid duration "${raw}". Expected a duration such as 90s, 5m, 1h30m or 2d.`)
  })
})

describe('readInputs', () => {
  const specs = {
    image: text({ required: true }),
    push: bool(true),
    tags: list(),
    'max-age': duration('7d'),
  }

  test('reads every input by its action.yml name, trimmed, into typed values', () => {
    const raw: Record<string, string> = { image: '  ghcr.io/o/app \n', push: 'false', tags: 'v1\nv2' }
    const asked: string[] = []
    const values = readInputs(specs, (name) => (asked.push(name), raw[name]))
    expect(values).toEqual({ image: 'ghcr.io/o/app', push: false, tags: ['v1', 'v2'], 'max-age': 604_800_000 })
    expect(asked.sort()).toEqual(['image', 'max-age', 'push', 'tags'])
  })

  test('an unset input is treated as empty, so its default applies or "required" fails', () => {
    expect(() => readInputs(specs, () => undefined)).toThrow('Input "image" is required but was empty. Expected a non-empty value.')
  })

  test('reads from the environment the runner sets by default', () => {
    const source = envInputSource({ INPUT_IMAGE: 'app', INPUT_PUSH: 'FALSE', INPUT_TAGS: 'a,b', 'INPUT_MAX-AGE': '1h' })
    expect(readInputs(specs, source)).toEqual({ image: 'app', push: false, tags: ['a', 'b'], 'max-age': 3_600_000 })
  })
})

describe('envInputSource', () => {
  const env = {
    'INPUT_REGISTRY-PASSWORD': 'pw',
    INPUT_MY_INPUT: 'spaced',
    INPUT_IMAGE: 'app',
    'INPUT_registry-password': 'not this one',
  }

  test.each([
    ['registry-password', 'pw'],
    ['Registry-Password', 'pw'],
    ['my input', 'spaced'],
    ['image', 'app'],
    ['missing', undefined],
  ])('%s → INPUT_<NAME> with hyphens kept and spaces as _', (name, expected) => {
    expect(envInputSource(env)(name)).toBe(expected)
  })

  test('defaults to process.env', () => {
    process.env['INPUT_KIT-TEST-ONLY'] = 'from env'
    try {
      expect(envInputSource()('kit-test-only')).toBe('from env')
    } finally {
      delete process.env['INPUT_KIT-TEST-ONLY']
    }
  })
})

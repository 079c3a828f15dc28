import { describe, expect, test } from 'vitest'
import { evaluateCondition, evaluateString, evaluateValue, hasStatusFunction, splitTemplate } from '../src/expressions.js'
import { callContract, callErrors, typedInputs } from '../src/workflow-call.js'

const ok = { failed: false, cancelled: false }
const failed = { failed: true, cancelled: false }

describe('expressions', () => {
  test('templates: literal text and expressions; a }} inside a string literal does not close', () => {
    expect(splitTemplate("a ${{ 'x}}y' }} b")).toEqual([{ literal: 'a ' }, { expression: "'x}}y'" }, { literal: ' b' }])
    expect(evaluateString("a ${{ 'x}}y' }} b", {})).toBe('a x}}y b')
  })

  test('a value that is one expression keeps its type; mixed text is a string', () => {
    expect(evaluateValue('${{ 3 }}', {})).toBe(3)
    expect(evaluateValue('${{ true }}', {})).toBe(true)
    expect(evaluateValue('n=${{ 3 }}', {})).toBe('n=3')
    expect(evaluateValue('${{ fromJSON(inputs.list) }}', { inputs: { list: '[1,2]' } })).toEqual([1, 2])
    expect(evaluateString('${{ github }}', { github: { a: 1 } })).toBe('Object')
  })

  test('contexts are case-insensitive and missing properties are empty', () => {
    expect(evaluateString('${{ secrets.my_secret }}-${{ github.nothing.deeper }}', { secrets: { MY_SECRET: 's3cr3t' }, github: {} })).toBe('s3cr3t-')
  })

  test.each([
    [undefined, ok, true],
    [undefined, failed, false],
    ["github.ref == 'refs/heads/main'", failed, false],
    ["always() && github.ref == 'refs/heads/main'", failed, true],
    ['failure()', failed, true],
    ['failure()', ok, false],
    ["${{ contains('success()', 'x') }}", ok, false],
    ['cancelled()', ok, false],
    [true, failed, false],
  ])('if: %s with %j → %s', (condition, status, expected) => {
    expect(evaluateCondition(condition, { github: { ref: 'refs/heads/main' } }, status)).toBe(expected)
  })

  test('a job whose need was skipped: success() is false, failure() too', () => {
    const status = { success: false, failed: false, cancelled: false }
    expect(evaluateCondition(undefined, {}, status)).toBe(false)
    expect(evaluateCondition('failure()', {}, status)).toBe(false)
    expect(evaluateCondition('!cancelled()', {}, status)).toBe(true)
  })

  test('status functions are found in the expression, not inside string literals', () => {
    expect(hasStatusFunction('always()')).toBe(true)
    expect(hasStatusFunction("contains(github.ref, 'always()')")).toBe(false)
  })

  test('unknown contexts and functions fail with the library message', () => {
    expect(() => evaluateValue('${{ foo.bar }}', {})).toThrow("Unrecognized named-value: 'foo'")
    expect(() => evaluateValue("${{ hashFiles('a') }}", {})).toThrow('hashFiles() is not supported by the local workflow runner')
  })
})

describe('workflow_call contract', () => {
  const contract = callContract(
    {
      on: {
        workflow_call: {
          inputs: { env: { type: 'string', required: true }, retries: { type: 'number', default: 3 }, dry: { type: 'boolean' } },
          secrets: { KEY: { required: true }, OPT: null },
        },
      },
      jobs: {},
    },
    'x.yml',
  )

  test('typed inputs with defaults', () => {
    expect(typedInputs(contract, { env: 'dev', dry: 'true' }, 'x.yml')).toEqual({ env: 'dev', retries: 3, dry: true })
    expect(typedInputs(contract, { env: 'dev', retries: '5' }, 'x.yml')).toEqual({ env: 'dev', retries: 5, dry: false })
    expect(() => typedInputs(contract, { env: 'dev', dry: 'yes' }, 'x.yml')).toThrow("input 'dry': Unexpected type of value 'yes', expected type: boolean.")
  })

  test('call errors in GitHub words', () => {
    expect(callErrors(contract, ['env'], ['KEY'], ['KEY'])).toEqual([])
    expect(callErrors(contract, ['environment'], 'none', [])).toEqual([
      'Invalid input, environment is not defined in the referenced workflow.',
      'Input env is required, but not provided while calling.',
      'Secret KEY is required, but not provided while calling.',
    ])
    expect(callErrors(contract, ['env'], ['KEY', 'OTHER'], ['KEY', 'OTHER'])).toEqual(['Invalid secret, OTHER is not defined in the referenced workflow.'])
  })

  test('a workflow without workflow_call cannot be called', () => {
    expect(() => callContract({ on: 'push', jobs: {} }, 'ci.yml')).toThrow("ci.yml is not a reusable workflow: its 'on:' has no workflow_call")
  })
})

import { describe, expect, it } from 'vitest'
import { validateReading, validateSensorId } from '../src/validation.ts'

describe('validateSensorId', () => {
  it.each(['t1', 'greenhouse-3', 'a.b_c', 'X'.repeat(64)])('accepts %s', (id) => {
    expect(validateSensorId(id)).toEqual({ ok: true, value: id })
  })

  it.each(['', '-lead', '.hidden', '..', 'a/b', 'a b', 'é', 'X'.repeat(65)])('rejects %j', (id) => {
    const result = validateSensorId(id)
    expect(result.ok).toBe(false)
  })
})

describe('validateReading', () => {
  it('accepts a finite value and a unit, trimming the unit', () => {
    expect(validateReading({ value: -3.5, unit: ' C ' })).toEqual({ ok: true, value: { value: -3.5, unit: 'C' } })
  })

  it('drops fields it does not know', () => {
    expect(validateReading({ value: 0, unit: 'hPa', extra: true })).toEqual({ ok: true, value: { value: 0, unit: 'hPa' } })
  })

  it.each([null, [], 'text', 42])('rejects a body that is not an object: %j', (body) => {
    expect(validateReading(body)).toEqual({ ok: false, errors: [expect.stringMatching(/JSON object/)] })
  })

  it('reports every problem at once', () => {
    expect(validateReading({ value: '21', unit: '' })).toEqual({
      ok: false,
      errors: ['value must be a finite number', 'unit must be a non-empty string'],
    })
  })

  it.each([Infinity, -Infinity, NaN])('rejects the non-finite value %s', (value) => {
    expect(validateReading({ value, unit: 'C' })).toEqual({ ok: false, errors: ['value must be a finite number'] })
  })

  it('bounds the unit length', () => {
    expect(validateReading({ value: 1, unit: 'u'.repeat(17) })).toEqual({ ok: false, errors: ['unit must be at most 16 characters'] })
    expect(validateReading({ value: 1, unit: 'u'.repeat(16) }).ok).toBe(true)
  })
})

import { describe, expect, it } from 'vitest'
import { ReadingStore, summarize, UnitMismatchError } from '../src/store.ts'

const fixedClock = () => {
  let t = Date.UTC(2026, 0, 1)
  return () => new Date((t += 1000))
}

describe('ReadingStore', () => {
  it('keeps readings per sensor, oldest first, with the time they were accepted', () => {
    const store = new ReadingStore({ now: fixedClock() })
    store.add('a', { value: 1, unit: 'C' })
    store.add('b', { value: 9, unit: 'hPa' })
    store.add('a', { value: 2, unit: 'C' })
    expect(store.list('a')).toEqual([
      { value: 1, unit: 'C', recordedAt: '2026-01-01T00:00:01.000Z' },
      { value: 2, unit: 'C', recordedAt: '2026-01-01T00:00:03.000Z' },
    ])
    expect(store.list('b')).toHaveLength(1)
    expect(store.list('unknown')).toEqual([])
  })

  it('hands out copies, so callers cannot change what is stored', () => {
    const store = new ReadingStore()
    store.add('a', { value: 1, unit: 'C' })
    store.list('a')[0]!.value = 100
    expect(store.list('a')[0]!.value).toBe(1)
  })

  it('refuses a unit other than the one the sensor already reports in', () => {
    const store = new ReadingStore()
    store.add('a', { value: 1, unit: 'C' })
    expect(() => store.add('a', { value: 34, unit: 'F' })).toThrow(UnitMismatchError)
    expect(() => store.add('a', { value: 34, unit: 'F' })).toThrow('sensor a reports in "C", not "F"')
    expect(store.list('a')).toHaveLength(1)
  })

  it('drops the oldest readings past the per-sensor limit', () => {
    const store = new ReadingStore({ maxReadingsPerSensor: 3 })
    for (const value of [1, 2, 3, 4, 5]) store.add('a', { value, unit: 'C' })
    expect(store.list('a').map((r) => r.value)).toEqual([3, 4, 5])
    expect(store.stats('a')).toMatchObject({ count: 3, min: 3, max: 5, mean: 4 })
  })

  it.each([0, -1, 1.5])('rejects the limit %s', (max) => {
    expect(() => new ReadingStore({ maxReadingsPerSensor: max })).toThrow(RangeError)
  })

  it('computes stats per sensor', () => {
    const store = new ReadingStore()
    for (const value of [20, 22.5, 18, 23.5]) store.add('t', { value, unit: 'C' })
    expect(store.stats('t')).toEqual({ sensorId: 't', unit: 'C', count: 4, min: 18, max: 23.5, mean: 21 })
  })
})

describe('summarize', () => {
  it('gives nulls, not NaN or Infinity, for no readings', () => {
    expect(summarize('x', [])).toEqual({ sensorId: 'x', unit: null, count: 0, min: null, max: null, mean: null })
  })

  it('handles negative values and a single reading', () => {
    expect(summarize('x', [{ value: -7, unit: 'C', recordedAt: '' }])).toEqual({ sensorId: 'x', unit: 'C', count: 1, min: -7, max: -7, mean: -7 })
  })
})

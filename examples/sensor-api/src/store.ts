// In-memory store of readings per sensor. The service is a demo workload for the pipeline, so
// state lives and dies with the process; the store is still bounded so a busy client cannot
// exhaust the container's memory.

import type { ReadingInput } from './validation.js'

export interface Reading extends ReadingInput {
  /** ISO-8601 time the service accepted the reading. */
  recordedAt: string
}

export interface Stats {
  sensorId: string
  unit: string | null
  count: number
  min: number | null
  max: number | null
  mean: number | null
}

/** Thrown when a reading's unit differs from the unit the sensor already reports in:
 * mixing units would make min/max/mean meaningless. */
export class UnitMismatchError extends Error {
  constructor(
    readonly sensorId: string,
    readonly expected: string,
    readonly actual: string,
  ) {
    super(`sensor ${sensorId} reports in "${expected}", not "${actual}"`)
    this.name = 'UnitMismatchError'
  }
}

export interface StoreOptions {
  /** Oldest readings are dropped past this many per sensor. */
  maxReadingsPerSensor?: number
  /** Injected so tests get stable timestamps. */
  now?: () => Date
}

export class ReadingStore {
  readonly #readings = new Map<string, Reading[]>()
  readonly #max: number
  readonly #now: () => Date

  constructor(options: StoreOptions = {}) {
    this.#max = options.maxReadingsPerSensor ?? 10_000
    if (!Number.isInteger(this.#max) || this.#max < 1) throw new RangeError('maxReadingsPerSensor must be a positive integer')
    this.#now = options.now ?? (() => new Date())
  }

  add(sensorId: string, input: ReadingInput): Reading {
    const list = this.#readings.get(sensorId) ?? []
    const first = list[0]
    if (first && first.unit !== input.unit) throw new UnitMismatchError(sensorId, first.unit, input.unit)
    const reading: Reading = { value: input.value, unit: input.unit, recordedAt: this.#now().toISOString() }
    list.push(reading)
    if (list.length > this.#max) list.splice(0, list.length - this.#max)
    this.#readings.set(sensorId, list)
    return reading
  }

  /** A copy, oldest first, so callers cannot mutate the store. An unknown sensor has no readings. */
  list(sensorId: string): Reading[] {
    return (this.#readings.get(sensorId) ?? []).map((r) => ({ ...r }))
  }

  stats(sensorId: string): Stats {
    return summarize(sensorId, this.#readings.get(sensorId) ?? [])
  }
}

/** min/max/mean over the readings; nulls (not NaN or Infinity, which JSON cannot carry) when empty. */
export function summarize(sensorId: string, readings: readonly Reading[]): Stats {
  if (readings.length === 0) return { sensorId, unit: null, count: 0, min: null, max: null, mean: null }
  let min = Infinity
  let max = -Infinity
  let sum = 0
  for (const { value } of readings) {
    if (value < min) min = value
    if (value > max) max = value
    sum += value
  }
  return { sensorId, unit: readings[0]!.unit, count: readings.length, min, max, mean: sum / readings.length }
}

// Pure input validation: no I/O, so every rule is unit-testable and the HTTP layer only maps
// a failed result to a 400 with the messages given here.

/** A reading as a client submits it, after validation. */
export interface ReadingInput {
  value: number
  unit: string
}

export type Validation<T> = { ok: true; value: T } | { ok: false; errors: string[] }

// Sensor ids appear in URLs and logs: a conservative alphabet keeps both unambiguous and
// rules out path tricks ("..", encoded slashes) before anything else looks at the id.
const SENSOR_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/

// Units are short labels ("C", "hPa", "%RH"); a bound keeps one client from storing essays.
const MAX_UNIT_LENGTH = 16

export function validateSensorId(raw: string): Validation<string> {
  if (!SENSOR_ID.test(raw)) {
    return {
      ok: false,
      errors: ['sensor id must be 1-64 characters of letters, digits, ".", "_" or "-", starting with a letter or digit'],
    }
  }
  return { ok: true, value: raw }
}

export function validateReading(body: unknown): Validation<ReadingInput> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return { ok: false, errors: ['body must be a JSON object like {"value": 21.5, "unit": "C"}'] }
  }
  const { value, unit } = body as Record<string, unknown>
  const errors: string[] = []
  // JSON cannot carry NaN or Infinity, but a number can still overflow to Infinity ("1e999").
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    errors.push('value must be a finite number')
  }
  if (typeof unit !== 'string' || unit.trim() === '') {
    errors.push('unit must be a non-empty string')
  } else if (unit.length > MAX_UNIT_LENGTH) {
    errors.push(`unit must be at most ${MAX_UNIT_LENGTH} characters`)
  }
  if (errors.length > 0) return { ok: false, errors }
  return { ok: true, value: { value: value as number, unit: (unit as string).trim() } }
}

import type { Band } from './model.js'

/**
 * Performance levels from DORA's "Accelerate State of DevOps Report 2024" (Google Cloud, 2024),
 * the table of software delivery performance clusters (elite 19%, high 22%, medium 35%, low 25%
 * of respondents):
 *
 * | level  | deployment frequency                 | change lead time | change fail rate | recovery time    |
 * |--------|--------------------------------------|------------------|------------------|------------------|
 * | elite  | on demand (multiple deploys per day) | < 1 day          | 5%               | < 1 hour         |
 * | high   | once per day to once per week        | 1 day – 1 week   | 20%              | < 1 day          |
 * | medium | once per week to once per month      | 1 week – 1 month | 10%              | < 1 day          |
 * | low    | once per month to once per 6 months  | 1 – 6 months     | 40%              | 1 week – 1 month |
 *
 * Each metric gets the best level whose figure it meets. The 2024 clusters are not ordered on
 * change fail rate (medium 10% is better than high 20%), so a rate up to 5% is elite, up to 20%
 * high, and above that low; recovery under a day is high (high and medium share "< 1 day").
 */
export const BAND_SOURCE = 'DORA, Accelerate State of DevOps Report 2024 (software delivery performance levels)'

const HOUR = 3_600_000
const DAY = 24 * HOUR

export function frequencyBand(perDay: number): Band {
  if (perDay > 1) return 'elite'
  if (perDay * 7 >= 1) return 'high'
  if (perDay * 30 >= 1) return 'medium'
  return 'low'
}

export function leadTimeBand(ms: number | null): Band | null {
  if (ms === null) return null
  if (ms < DAY) return 'elite'
  if (ms <= 7 * DAY) return 'high'
  if (ms <= 30 * DAY) return 'medium'
  return 'low'
}

export function changeFailureBand(rate: number | null): Band | null {
  if (rate === null) return null
  if (rate <= 0.05) return 'elite'
  if (rate <= 0.2) return 'high'
  return 'low'
}

export function recoveryBand(ms: number | null): Band | null {
  if (ms === null) return null
  if (ms < HOUR) return 'elite'
  if (ms < DAY) return 'high'
  return 'low'
}

/** How a level reads in a table: the report's wording for deployment frequency. */
export const FREQUENCY_WORDS: Record<Band, string> = {
  elite: 'on demand (several a day)',
  high: 'daily to weekly',
  medium: 'weekly to monthly',
  low: 'less than monthly',
}

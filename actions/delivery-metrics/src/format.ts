import type { Band } from './model.js'

const MIN = 60_000
const HOUR = 60 * MIN
const DAY = 24 * HOUR

/** A duration as people read it: minutes under an hour, hours under two days, else days. Pure. */
export function humanDuration(ms: number | null): string {
  if (ms === null) return '–'
  if (ms < HOUR) return `${Math.round(ms / MIN)} min`
  if (ms < 2 * DAY) return `${(ms / HOUR).toFixed(1)} h`
  return `${(ms / DAY).toFixed(1)} d`
}

export const percent = (rate: number | null): string => (rate === null ? '–' : `${(rate * 100).toFixed(1)}%`)

export const perDay = (n: number): string => (n >= 1 ? `${n.toFixed(2)} a day` : `${(n * 7).toFixed(2)} a week`)

export const bandLabel = (band: Band | null): string => (band === null ? '–' : band)

/** Names from deployment payloads are anybody's text: only these characters reach a chart or a page id. */
export const safeName = (name: string): string => name.replace(/[^A-Za-z0-9._ /-]/g, '_').slice(0, 80)

/**
 * Nearest-rank percentile (the p-th percentile is the smallest value with at least p% of the
 * values at or below it): always one of the observed values, so a figure in the summary can be
 * traced to one change. The median is the 50th. Null for no values. Pure.
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length))
  return sorted[rank - 1]!
}

export const median = (values: readonly number[]): number | null => percentile(values, 50)

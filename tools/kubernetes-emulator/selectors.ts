// Label and field selectors as the API server parses them (the subset manifests and clients use):
//   labels: a=b, a==b, a!=b, a, !a, a in (x,y), a notin (x,y)      fields: path=value, path==value, path!=value
export type Matcher = (labels: Record<string, string>) => boolean

export class SelectorError extends Error {}

export function parseLabelSelector(raw: string | null | undefined): Matcher {
  if (!raw) return () => true
  const terms = splitTerms(raw).map((term): Matcher => {
    let m = /^([A-Za-z0-9._/-]+)\s+(in|notin)\s+\(([^)]*)\)$/.exec(term)
    if (m) {
      const [, key, op, list] = m as unknown as [string, string, string, string]
      const values = list.split(',').map((v) => v.trim())
      return op === 'in' ? (l) => key in l && values.includes(l[key]!) : (l) => !(key in l) || !values.includes(l[key]!)
    }
    m = /^([A-Za-z0-9._/-]+)\s*(==|=|!=)\s*([A-Za-z0-9._-]*)$/.exec(term)
    if (m) {
      const [, key, op, value] = m as unknown as [string, string, string, string]
      return op === '!=' ? (l) => l[key] !== value : (l) => l[key] === value
    }
    m = /^(!?)([A-Za-z0-9._/-]+)$/.exec(term)
    if (m) {
      const [, not, key] = m as unknown as [string, string, string]
      return not ? (l) => !(key in l) : (l) => key in l
    }
    throw new SelectorError(`unable to parse requirement: ${term}`)
  })
  return (labels) => terms.every((t) => t(labels))
}

/** Splits on commas outside parentheses. */
function splitTerms(raw: string): string[] {
  const terms: string[] = []
  let depth = 0
  let current = ''
  for (const ch of raw) {
    if (ch === '(') depth++
    if (ch === ')') depth--
    if (ch === ',' && depth === 0) {
      terms.push(current.trim())
      current = ''
    } else current += ch
  }
  if (current.trim()) terms.push(current.trim())
  return terms
}

export type FieldMatcher = (obj: Record<string, unknown>) => boolean

export function parseFieldSelector(raw: string | null | undefined): FieldMatcher {
  if (!raw) return () => true
  const terms = splitTerms(raw).map((term): FieldMatcher => {
    const m = /^([A-Za-z0-9.]+)\s*(==|=|!=)\s*(.*)$/.exec(term)
    if (!m) throw new SelectorError(`invalid selector: '${term}'; can't understand '${term}'`)
    const [, path, op, value] = m as unknown as [string, string, string, string]
    const get = (obj: Record<string, unknown>): string =>
      String(path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], obj) ?? '')
    return op === '!=' ? (o) => get(o) !== value : (o) => get(o) === value
  })
  return (obj) => terms.every((t) => t(obj))
}

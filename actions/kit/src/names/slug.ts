import { createHash } from 'node:crypto'

/**
 * Branch names → DNS-1123 labels, for per-branch namespaces and hosts. Pure.
 *
 * A label is 1–63 characters of `a-z0-9-`, starting and ending with a letter or digit.
 * A branch name that already is one (and fits) is kept as it is, so `feature-a` reads as
 * `feature-a`. Any other name is cleaned, cut to fit, and gets a short hash of the
 * *original* name appended: `Feature/A`, `feature_a` and `feature-a` stay distinct, and
 * the same branch always maps to the same label.
 */
export const DNS_LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/
export const MAX_LABEL = 63
const HASH_LENGTH = 8

export function isDnsLabel(value: string): boolean {
  return DNS_LABEL.test(value)
}

/** The branch name without `refs/heads/`, as GitHub reports it in `ref` or `head_ref`. */
export function branchName(ref: string): string {
  return ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : ref
}

export function shortHash(value: string): string {
  return createHash('sha256').update(value, 'utf8').digest('hex').slice(0, HASH_LENGTH)
}

/** A DNS-1123 label of at most `maxLength` (≥ 10) characters for `branch`. */
export function branchSlug(branch: string, maxLength: number = MAX_LABEL): string {
  if (maxLength < HASH_LENGTH + 2 || maxLength > MAX_LABEL) throw new RangeError(`maxLength must be ${HASH_LENGTH + 2}..${MAX_LABEL}`)
  const name = branchName(branch)
  const cleaned = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  if (cleaned === name && cleaned.length <= maxLength && isDnsLabel(cleaned)) return cleaned
  const hash = shortHash(name)
  const head = cleaned.slice(0, maxLength - HASH_LENGTH - 1).replace(/-+$/, '')
  return head ? `${head}-${hash}` : hash
}

export interface PreviewNames {
  slug: string
  /** `<prefix>-<slug>`, at most 63 characters. */
  namespace: string
  /** `<slug>.<domain>`, or '' without a domain. */
  host: string
}

/** Longest namespace prefix accepted, so the slug keeps room for a readable head and the hash. */
export const MAX_PREFIX = 40
export const PREFIX = /^[a-z0-9]([a-z0-9-]{0,38}[a-z0-9])?$/

/** The slug fits both `<prefix>-<slug>` and the host label `<slug>` of `<slug>.<domain>`. */
export function previewNames(branch: string, prefix: string, domain = ''): PreviewNames {
  if (!PREFIX.test(prefix)) throw new RangeError(`namespace prefix "${prefix}" is not a DNS label of at most ${MAX_PREFIX} characters`)
  const slug = branchSlug(branch, Math.min(MAX_LABEL, MAX_LABEL - prefix.length - 1))
  return { slug, namespace: `${prefix}-${slug}`, host: domain ? `${slug}.${domain}` : '' }
}

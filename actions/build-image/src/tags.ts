/**
 * The tags an image gets: the full commit SHA first (the one every later step can trace
 * back to source), then the extra tags, without duplicates. `latest` is refused earlier,
 * at input reading. Pure.
 */
export function imageTags(sha: string, extra: readonly string[]): string[] {
  return [...new Set([sha, ...extra])]
}

export function ociLabels(opts: { sha: string; source: string; created: Date; extra: ReadonlyArray<[string, string]> }): Array<[string, string]> {
  const labels = new Map<string, string>([['org.opencontainers.image.revision', opts.sha]])
  if (opts.source) labels.set('org.opencontainers.image.source', opts.source)
  labels.set('org.opencontainers.image.created', opts.created.toISOString().replace(/\.\d{3}Z$/, 'Z'))
  // A user's own label wins, except the revision: it must always name the commit built.
  for (const [key, value] of opts.extra) if (key !== 'org.opencontainers.image.revision') labels.set(key, value)
  return [...labels]
}

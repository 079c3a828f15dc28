import { code, markdownTable } from '@cna/kit'
import type { PromoteResult } from './run.js'

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  const units = ['KiB', 'MiB', 'GiB']
  let value = bytes / 1024
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit++
  }
  return `${value.toFixed(1)} ${units[unit]}`
}

export function promoteSummary(result: PromoteResult, names: { source: string; target: string; environment: string; repo?: string }): string {
  const copy = result.copy
  const rows: Array<[string, string]> = [
    ['source', code(`${names.source}@${result.digest}`)],
    ['target', code(result.imageRef)],
    ['digest', `${code(result.digest)} (identical on both sides)`],
    ['commit', result.sha ? code(result.sha) : '(unknown)'],
    ...(result.gates ? [['required checks', result.gates] as [string, string]] : []),
    ['previous digest', result.previousDigest ? code(result.previousDigest) : '(none recorded)'],
  ]
  if (copy) {
    rows.push(['bytes moved', `${formatBytes(copy.bytesMoved)} (${copy.blobs.uploaded} uploaded, ${copy.blobs.mounted} mounted, ${copy.blobs.skipped} already there)`])
    if (copy.referrers.length) rows.push(['referrers copied', String(copy.referrers.length)])
  }
  rows.push(['tags', result.tags.map((t) => `${code(t.tag)} ${t.state}`).join('<br>')])
  if (result.pullRequest) rows.push(['GitOps', `pull request [#${result.pullRequest.number}](${result.pullRequest.url})`])
  else if (result.gitopsCommit || result.gitopsChanged) rows.push(['GitOps', result.gitopsChanged ? `commit ${code(result.gitopsCommit || '(dry-run)')}` : `already pinned at ${code(result.gitopsCommit)}`])
  if (result.deploymentId) rows.push(['deployment', `#${result.deploymentId} to ${names.environment}`])
  const title = result.dryRun ? `### Dry run: would promote ${result.service} ${result.version} to ${names.environment}` : `### Promoted ${result.service} ${result.version} to ${names.environment}`
  return [title, '', markdownTable(['', ''], rows.map(([a, b]) => [`**${a}**`, b])), ''].join('\n')
}

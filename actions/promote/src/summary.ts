import { code, escapeCell, markdownTable } from '@cna/kit'
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
    rows.push([
      'bytes moved',
      `${formatBytes(copy.bytesMoved)} (${copy.blobs.uploaded} uploaded, ${copy.blobs.mounted} mounted, ${copy.blobs.skipped} already there)`,
    ])
    if (copy.referrers.length) rows.push(['referrers copied', String(copy.referrers.length)])
  }
  rows.push(['tags', result.tags.map((t) => `${code(t.tag)} ${t.state}`).join('<br>')])
  if (result.pullRequest) rows.push(['GitOps', `pull request [#${result.pullRequest.number}](${result.pullRequest.url})`])
  else if (result.gitopsCommit || result.gitopsChanged)
    rows.push(['GitOps', result.gitopsChanged ? `commit ${code(result.gitopsCommit || '(dry-run)')}` : `already pinned at ${code(result.gitopsCommit)}`])
  if (result.deploymentId)
    rows.push(['deployment', `#${result.deploymentId} to ${names.environment}${result.outcome === 'failure' ? ' (failure: rejected)' : ''}`])
  const wait = result.confirmation?.wait
  if (wait)
    rows.push([
      'cluster',
      `${escapeCell(wait.verdict.summary)} (${Math.round(wait.elapsedMs / 1000)} s)${wait.verdict.details.length ? `<br>${wait.verdict.details.map(escapeCell).join('<br>')}` : ''}`,
    ])
  if (result.confirmation?.verify) rows.push(['verification', escapeCell(result.confirmation.verify.summary)])
  if (result.rollback)
    rows.push([
      'rolled back to',
      `${code(result.rollback.digest)} in GitOps commit ${code(result.rollback.commit.slice(0, 12))}${result.rollback.wait ? `: ${escapeCell(result.rollback.wait.verdict.summary)}` : ''}`,
    ])
  const title = result.dryRun
    ? `### Dry run: would promote ${result.service} ${result.version} to ${names.environment}`
    : result.outcome === 'failure'
      ? `### ❌ ${result.service} ${result.version} did not run in ${names.environment}${result.rollback ? ', rolled back' : ''}`
      : `### Promoted ${result.service} ${result.version} to ${names.environment}`
  const where = whatRuns(result)
  const runs = where
    ? [
        '',
        `**What runs in ${names.environment}**`,
        '',
        markdownTable(['in Git', 'newest successful deployment', 'running (pods)', 'drift'], [[where.git, where.deployed, where.running, where.drift]]),
      ]
    : []
  return [
    title,
    '',
    markdownTable(
      ['', ''],
      rows.map(([a, b]) => [`**${a}**`, b]),
    ),
    ...runs,
    '',
  ].join('\n')
}

/**
 * The three digests a person asks about after a promotion, from what this run wrote and saw:
 * the one Git pins, the newest successful deployment's, and the one pods run (known only when
 * the controller was waited for). Pure; undefined when nothing was waited for.
 */
export function whatRuns(result: PromoteResult): { git: string; deployed: string; running: string; drift: string } | undefined {
  const last = result.rollback?.wait ?? result.confirmation?.wait
  if (!last || result.dryRun) return undefined
  const git = result.rollback?.digest ?? result.digest
  const deployed = result.outcome === 'success' ? result.digest : result.previousDigest
  const runningDigest = last.ok && last.pods > 0 ? git : ''
  const same = runningDigest === git && git === deployed
  const short = (d: string) => (d ? code(d.slice(0, 19)) : '(none)')
  return {
    git: short(git),
    deployed: short(deployed),
    running: runningDigest ? `${short(runningDigest)} (${last.pods} pods)` : '(not running healthy)',
    drift: same ? 'none' : '⚠️ they differ',
  }
}

import { code, markdownTable } from '@cna/kit'
import { previewMarker } from '@cna/kit/names'

export interface PreviewRecord {
  branch: string
  namespace: string
  url: string
  imageRef: string
  digest: string
  sha: string
  expiresAt: string
  runUrl: string
  state: 'deployed' | 'failed'
  reason?: string
  objects: string[]
}

/** The pull request comment: hidden marker first, so the next run finds and updates it. */
export function commentBody(r: PreviewRecord): string {
  const title = r.state === 'deployed' ? `### Preview of ${code(r.branch)} is live` : `### Preview of ${code(r.branch)} failed to roll out`
  const rows: Array<[string, string]> = [
    ['URL', r.url ? `<${r.url}>` : '(no domain configured)'],
    ['image', code(r.imageRef)],
    ['digest', code(r.digest)],
    ['namespace', code(r.namespace)],
    ['commit', r.sha ? code(r.sha) : '(unknown)'],
    ['expires', `${r.expiresAt} (then the reaper removes it)`],
  ]
  if (r.runUrl) rows.push(['run', `[workflow run](${r.runUrl})`])
  const lines = [
    previewMarker(r.namespace),
    title,
    '',
    markdownTable(
      ['', ''],
      rows.map(([a, b]) => [`**${a}**`, b]),
    ),
  ]
  if (r.reason) lines.push('', `**Why:** ${r.reason}`)
  lines.push('', `<sub>${r.objects.length} objects applied by preview-deploy; updated in place on every deploy.</sub>`)
  return lines.join('\n')
}

export function summaryMarkdown(r: PreviewRecord & { dryRun: boolean; deploymentId: string }): string {
  const title = r.dryRun
    ? `### Dry run: would deploy ${code(r.branch)} to ${code(r.namespace)}`
    : r.state === 'deployed'
      ? `### Preview of ${code(r.branch)} deployed`
      : `### Preview of ${code(r.branch)} failed`
  const rows: Array<[string, string]> = [
    ['namespace', code(r.namespace)],
    ['URL', r.url || '(no domain)'],
    ['image', code(r.imageRef)],
    ['expires', r.expiresAt],
  ]
  if (r.deploymentId) rows.push(['deployment', `#${r.deploymentId}`])
  if (r.reason) rows.push(['why', r.reason])
  return [
    title,
    '',
    markdownTable(
      ['', ''],
      rows.map(([a, b]) => [`**${a}**`, b]),
    ),
    '',
    `**Objects${r.dryRun ? ' that would be applied' : ''}:**`,
    '',
    ...r.objects.map((o) => `- ${code(o)}`),
    '',
  ].join('\n')
}

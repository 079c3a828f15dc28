import * as core from '@actions/core'
import { redact } from './secrets.js'

/**
 * Job-summary helpers. Everything goes through `redact`, since a summary is rendered for
 * anyone who can read the run and the runner's masking does not apply to it.
 */
export type Row = Array<string | number | undefined>

export function escapeCell(value: string | number | undefined): string {
  return String(value ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, '<br>')
}

export function markdownTable(header: string[], rows: Row[]): string {
  const line = (cells: Row): string => `| ${cells.map(escapeCell).join(' | ')} |`
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n')
}

export function code(value: string): string {
  return `\`${value.replace(/`/g, "'")}\``
}

export async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  await core.summary.addRaw(redact(markdown), true).write()
}

import { code, markdownTable } from '@cna/kit'
import type { BuildResult } from './run.js'

export function buildSummary(result: BuildResult): string {
  if (!result.digest) {
    return `### Image built (not pushed)\n\nBuilt with **${result.builder}**; \`push\` is false, so there is no registry digest.\n\nCommit tag: ${code(result.shaTag)}\n`
  }
  const rows = result.tags.map((ref) => {
    const tag = ref.slice(ref.lastIndexOf(':') + 1)
    return [code(ref), result.written.includes(tag) ? 'pushed' : 'already there, same digest']
  })
  return [
    '### Image built and pushed',
    '',
    `Built once with **${result.builder}**, pinned by digest:`,
    '',
    '```',
    result.imageRef,
    '```',
    '',
    markdownTable(['tag', 'state'], rows),
    '',
  ].join('\n')
}

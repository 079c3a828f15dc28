import { code, markdownTable } from '@cna/kit'
import type { AdoptionDecision } from '@cna/kit/required-checks'
import type { BuildResult } from './run.js'

function tagRows(result: BuildResult): string[][] {
  return result.tags.map((ref) => {
    const tag = ref.slice(ref.lastIndexOf(':') + 1)
    return [code(ref), result.written.includes(tag) ? (result.builder ? 'pushed' : 'written (same digest)') : 'already there, same digest']
  })
}

/** Why a commit was or was not adopted, as the first lines of the summary. */
function adoptionLines(decision: AdoptionDecision | undefined): string[] {
  if (!decision) return []
  if (decision.kind === 'build') return [`> **Not adopted:** ${decision.reason}. The image was built for this commit, and the workflow gates it itself.`, '']
  return []
}

export function buildSummary(result: BuildResult, decision?: AdoptionDecision): string {
  if (decision?.kind === 'adopt') {
    const e = decision.evidence
    return [
      '### Image adopted, not rebuilt',
      '',
      `This commit is pull request #${e.pullRequest} merged with the same git tree as its head ${code(e.headSha)}, the commit the gates passed on; its image now also carries this commit's tag:`,
      '',
      '```',
      result.imageRef,
      '```',
      '',
      `Why: ${decision.reason}.`,
      '',
      markdownTable(['', ''], [['**tree**', code(e.tree)], ...Object.entries(e.checks).map(([name, conclusion]) => [`**${name}** on the head`, conclusion])]),
      '',
      markdownTable(['tag', 'state'], tagRows(result)),
      '',
      'The evidence is recorded on this commit as the `gate-evidence` check run, which promote re-verifies.',
      '',
    ].join('\n')
  }
  if (decision?.kind === 'reuse') {
    return [
      '### Image reused, not rebuilt',
      '',
      `Why: ${decision.reason}.`,
      '',
      '```',
      result.imageRef,
      '```',
      '',
      markdownTable(['tag', 'state'], tagRows(result)),
      '',
    ].join('\n')
  }
  if (!result.digest) {
    return [
      ...adoptionLines(decision),
      `### Image built (not pushed)\n\nBuilt with **${result.builder}**; \`push\` is false, so there is no registry digest.\n\nCommit tag: ${code(result.shaTag)}\n`,
    ].join('\n')
  }
  return [
    ...adoptionLines(decision),
    '### Image built and pushed',
    '',
    `Built once with **${result.builder}**, pinned by digest:`,
    '',
    '```',
    result.imageRef,
    '```',
    '',
    markdownTable(['tag', 'state'], tagRows(result)),
    '',
  ].join('\n')
}

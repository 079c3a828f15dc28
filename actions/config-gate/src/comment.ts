import { code } from '@cna/kit'
import { byKind, type EnvironmentDiff, type ObjectChange } from './diff.js'

/** The hidden marker that finds config-gate's comment on the pull request again, to update it in place. */
export const COMMENT_MARKER = '<!-- cna:config-gate -->'
/** GitHub refuses an issue comment body longer than 65,536 characters. */
export const COMMENT_LIMIT = 65_536
// Room kept for the note saying what was cut.
const NOTE_RESERVE = 1_500

export interface CommentInput {
  checkName: string
  conclusion: 'success' | 'failure'
  baseSha: string
  headSha: string
  diffs: EnvironmentDiff[]
  /** Environments that did not render, with kustomize's message. */
  renderErrors: Array<{ environment: string; commit: 'base' | 'head'; error: string }>
  /** One line per finding kind, e.g. "2 policy violations, 1 schema error". */
  findingsLine: string
  /** Markdown of the Terraform part (fmt, validate, plan summary), or ''. */
  terraform: string
}

const SIGN: Record<ObjectChange['type'], string> = { added: '+', removed: '-', changed: '~' }

/**
 * The pull request comment: what each environment's rendering changes, per kind, as a reviewer
 * reads it in Argo CD's diff; cut to GitHub's limit object by object, saying what was left out.
 */
export function commentBody(input: CommentInput, limit = COMMENT_LIMIT): string {
  const verdict = input.conclusion === 'success' ? '✅ passed' : '❌ failed'
  const head = [
    COMMENT_MARKER,
    `### ${input.checkName}: ${verdict}`,
    '',
    `Rendered with \`kubectl kustomize\` at the base \`${input.baseSha.slice(0, 12)}\` and the head \`${input.headSha.slice(0, 12)}\`. ${input.findingsLine}`,
    '',
  ].join('\n')
  const parts: string[] = [head]
  let used = head.length + input.terraform.length
  const cut: string[] = []
  const push = (text: string, what?: string): boolean => {
    if (used + text.length + 1 > limit - NOTE_RESERVE) {
      if (what) cut.push(what)
      return false
    }
    parts.push(text)
    used += text.length + 1
    return true
  }
  for (const e of input.renderErrors) push(`> **${e.environment}** did not render at the ${e.commit}: \`${oneLine(e.error)}\`\n`)
  for (const d of input.diffs) {
    const count = d.changes.length
    push(`#### ${d.environment}: ${count === 0 ? 'no change' : `${count} object(s) changed`}${d.unchanged ? `, ${d.unchanged} unchanged` : ''}\n`)
    for (const [kind, changes] of byKind(d.changes)) {
      push(`**${code(kind)}**\n`)
      for (const c of changes) {
        const title = `${SIGN[c.type]} ${c.kind} ${c.namespace ? `${c.namespace}/` : ''}${c.name} (${c.type})`
        const block = ['<details open>', `<summary>${escapeHtml(title)}</summary>`, '', fence(c.patch), '</details>', ''].join('\n')
        push(block, `${d.environment}: ${c.kind} ${c.name}`)
      }
    }
  }
  if (input.terraform) parts.push(input.terraform)
  if (cut.length) {
    const shown = cut
      .slice(0, 10)
      .map((c) => `\`${c}\``)
      .join(', ')
    parts.push(
      `> **Cut to GitHub's ${limit.toLocaleString('en-US')}-character comment limit:** ${cut.length} object difference(s) not shown (${shown}${cut.length > 10 ? ', …' : ''}); the job summary of the run lists every environment's changes.`,
    )
  }
  parts.push('', `<sub>Updated in place by ${input.checkName} on every push to this pull request.</sub>`)
  return parts.join('\n')
}

/** A ```diff fence that the patch's own text cannot close. */
function fence(patch: string): string {
  const longest = Math.max(2, ...[...patch.matchAll(/`+/g)].map((m) => m[0].length))
  const ticks = '`'.repeat(longest + 1)
  return `${ticks}diff\n${patch}\n${ticks}`
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').replaceAll('`', "'").slice(0, 500)
}

/** Names from the repository's YAML: no HTML, and no Markdown link or image syntax. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"[\]()!`*_]/g, (c) => `&#${c.charCodeAt(0)};`)
}

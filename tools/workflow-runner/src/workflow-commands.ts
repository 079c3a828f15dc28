// What a step printed: workflow commands (`::error::`, `::add-mask::`, ...) and the log with every
// secret and masked value replaced by `***`.
import { parseWorkflowCommands, type WorkflowCommands } from '../../action-harness/run-action.js'

/** Commands GitHub no longer runs: the step fails with the runner's message. */
const DISABLED = ['set-output', 'save-state', 'set-env', 'add-path']

export interface StepCommands extends WorkflowCommands {
  /** Runner errors for disabled commands (`::set-output` and friends). */
  refused: string[]
}

export function stepCommands(stdout: string): StepCommands {
  const commands = parseWorkflowCommands(stdout)
  const refused: string[] = []
  for (const raw of stdout.split('\n')) {
    const line = raw.trim()
    const m = /^::([A-Za-z-]+)[ :]/.exec(line)
    if (m && DISABLED.includes(m[1]!.toLowerCase())) {
      refused.push(
        `Unable to process command '${line}' successfully. The \`${m[1]!.toLowerCase()}\` command is disabled. Please upgrade to using Environment Files or opt into unsecure command execution by setting the \`ACTIONS_ALLOW_UNSECURE_COMMANDS\` environment variable to \`true\`. For more information see: https://github.blog/changelog/2020-10-01-github-actions-deprecating-set-env-and-add-path-commands/`,
      )
    }
  }
  return { ...commands, refused }
}

/** Secrets and `::add-mask::` values, replaced by `***` in everything the runner records. */
export class Masker {
  private values = new Set<string>()

  add(value: string | undefined): void {
    if (!value) return
    this.values.add(value)
    // A multi-line secret is also masked line by line, as the runner does.
    for (const line of value.split(/\r?\n/)) if (line.trim().length > 0) this.values.add(line)
  }

  mask(text: string): string {
    // Longest first, so a value containing another is replaced whole.
    const values = [...this.values].sort((a, b) => b.length - a.length)
    let out = text
    for (const v of values) out = out.split(v).join('***')
    return out
  }

  contains(text: string): boolean {
    return [...this.values].some((v) => text.includes(v))
  }
}

/**
 * A step's output as GitHub's log shows it: the runner consumes workflow commands, so
 * `::add-mask::` and `::debug::` lines disappear and annotations read `##[error]message`.
 */
export function renderLog(output: string): string {
  const lines: string[] = []
  let stopToken: string | undefined
  for (const raw of output.split('\n')) {
    const line = raw.trim()
    const m = /^::([A-Za-z-]+)(?: [^:]*)?::(.*)$/.exec(line)
    if (!m) {
      lines.push(raw)
      continue
    }
    const command = m[1]!.toLowerCase()
    if (stopToken !== undefined) {
      if (command === stopToken.toLowerCase()) stopToken = undefined
      else lines.push(raw)
      continue
    }
    const message = m[2]!.replace(/%(25|0D|0A)/g, (_, c: string) => ({ '25': '%', '0D': '\r', '0A': '\n' })[c]!)
    if (command === 'add-mask' || command === 'debug') continue
    if (command === 'stop-commands') stopToken = m[2]
    else if (command === 'error' || command === 'warning' || command === 'notice') lines.push(`##[${command}]${message}`)
    else if (command === 'group') lines.push(`##[group]${message}`)
    else if (command === 'endgroup') lines.push('##[endgroup]')
    else lines.push(raw)
  }
  return lines.join('\n')
}

/**
 * The chat command grammar, pure: only the first line of a comment is read, keywords are
 * case-insensitive and runs of spaces are tolerated. Nothing here executes anything; the
 * words are matched against the configured services and environments by the caller.
 *
 *   /deploy <service> <version> to <environment>
 *   /rollback <service> in <environment> [to <version>]
 *   /status <service>
 *   /help
 */
export type Command =
  | { kind: 'deploy'; service: string; version: string; environment: string }
  | { kind: 'rollback'; service: string; environment: string; version?: string }
  | { kind: 'status'; service: string }
  | { kind: 'help' }
  /** Starts with `/` but is not understood: answered with the list of commands. */
  | { kind: 'unknown'; text: string; reason: string }
  /** Not a command at all (ordinary conversation): ignored. */
  | { kind: 'none' }

/** Longer first lines are not commands; the cap keeps hostile input cheap to reject. */
export const MAX_COMMAND_LENGTH = 512

/** Service names, environment names and versions: letters, digits and `._-`, as tags allow (`+` for semver builds, `:` for sha256:). */
const WORD = /^[A-Za-z0-9][A-Za-z0-9._+:-]{0,127}$/

export const USAGE = [
  '/deploy <service> <version> to <environment>',
  '/rollback <service> in <environment>',
  '/rollback <service> in <environment> to <version>',
  '/status <service>',
  '/help',
]

export function firstLine(body: string): string {
  const end = body.search(/\r?\n/)
  return (end < 0 ? body : body.slice(0, end)).trim()
}

export function parseCommand(body: string): Command {
  const line = firstLine(body)
  if (!line.startsWith('/')) return { kind: 'none' }
  const shown = printable(line)
  if (line.length > MAX_COMMAND_LENGTH) return { kind: 'unknown', text: shown, reason: `the command is longer than ${MAX_COMMAND_LENGTH} characters` }
  // Split on ASCII spaces and tabs only: other Unicode spaces stay inside a word and make it invalid.
  const words = line.split(/[ \t]+/)
  const keyword = words[0]!.slice(1).toLowerCase()
  const args = words.slice(1)
  const kw = (i: number, expected: string) => args[i]?.toLowerCase() === expected
  const bad = (reason: string): Command => ({ kind: 'unknown', text: shown, reason })
  const invalidWord = args.find((a) => !WORD.test(a))
  switch (keyword) {
    case 'deploy':
      if (args.length !== 4 || !kw(2, 'to')) return bad('expected /deploy <service> <version> to <environment>')
      if (invalidWord !== undefined) return bad(`${quoted(invalidWord)} is not a valid name (letters, digits, ".", "_", "-")`)
      return { kind: 'deploy', service: args[0]!, version: args[1]!, environment: args[3]! }
    case 'rollback':
      if (!((args.length === 3 && kw(1, 'in')) || (args.length === 5 && kw(1, 'in') && kw(3, 'to')))) {
        return bad('expected /rollback <service> in <environment> [to <version>]')
      }
      if (invalidWord !== undefined) return bad(`${quoted(invalidWord)} is not a valid name (letters, digits, ".", "_", "-")`)
      return { kind: 'rollback', service: args[0]!, environment: args[2]!, ...(args[4] ? { version: args[4] } : {}) }
    case 'status':
      if (args.length !== 1) return bad('expected /status <service>')
      if (invalidWord !== undefined) return bad(`${quoted(invalidWord)} is not a valid name (letters, digits, ".", "_", "-")`)
      return { kind: 'status', service: args[0]! }
    case 'help':
      return args.length === 0 ? { kind: 'help' } : bad('expected /help without arguments')
    default:
      return bad(`${quoted(`/${keyword}`)} is not a command`)
  }
}

/**
 * The commenter's words as a code span, so that nothing in them renders: a reply quoting
 * `/[Approve](https://…)` must never show a link the bot seems to vouch for.
 */
export function quoted(text: string): string {
  return `\`${printable(text)}\``
}

/**
 * A form of user text that is safe to echo in Markdown: control and bidirectional-override
 * characters removed, backticks replaced, `@` defused (no mentions), at most 80 characters.
 */
export function printable(text: string, max = 80): string {
  const clean = text
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/`/g, "'")
    .replace(/@/g, '@\u200b')
  const chars = [...clean]
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : clean
}

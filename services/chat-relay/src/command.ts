import { parseCommand, printable, type Command } from '@cna/kit/chatops'

/** The chatops commands a Slack app may register one by one; any other slash command (e.g. `/chatops`) takes the command as its text. */
const KEYWORDS = new Set(['/deploy', '/rollback', '/status', '/help'])

/**
 * The chat text as chatops reads it, from a Slack slash command: `/deploy` + `sensor-api v1 to dev`,
 * or `/chatops` + `deploy sensor-api v1 to dev`. The grammar itself is the kit's, the one the chatops
 * action parses, so the relay and the action cannot disagree about what a command means.
 */
export function slackCommandText(slashCommand: string, text: string): string {
  const keyword = slashCommand.trim().toLowerCase()
  const rest = text.trim()
  if (KEYWORDS.has(keyword)) return rest ? `${keyword} ${rest}` : keyword
  return `/${rest.replace(/^\//, '')}`
}

/** A Teams message as chatops reads it: the `<at>Bot</at>` mention and HTML removed, entities decoded. */
export function teamsCommandText(html: string): string {
  const text = html
    .replace(/<at>[^<]*<\/at>/gi, ' ')
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .trim()
  return text.startsWith('/') ? text : `/${text}`
}

export function commandOf(text: string): Command {
  return parseCommand(text)
}

export { printable }

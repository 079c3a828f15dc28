import type { Inputs, Status } from './inputs.js'

/** What a notification says, built once and rendered for Slack and for Teams. Pure. */
export interface Notice {
  status: Status
  title: string
  facts: Array<[string, string]>
  url: string
}

const WORDS: Record<Status, { icon: string; text: (what: string, where: string) => string; teamsColor: string }> = {
  started: { icon: '⏳', text: (what, where) => `Deploying ${what}${where}`, teamsColor: 'Accent' },
  success: { icon: '✅', text: (what, where) => `Deployed ${what}${where}`, teamsColor: 'Good' },
  failure: { icon: '❌', text: (what, where) => `Deploy of ${what}${where} failed`, teamsColor: 'Attention' },
  cancelled: { icon: '⚪', text: (what, where) => `Deploy of ${what}${where} was cancelled`, teamsColor: 'Warning' },
}

export function buildNotice(inputs: Pick<Inputs, 'status' | 'service' | 'version' | 'environment' | 'digest' | 'url'>): Notice {
  const what = [inputs.service || 'the service', inputs.version].filter(Boolean).join(' ')
  const where = inputs.environment ? ` to ${inputs.environment}` : ''
  const words = WORDS[inputs.status]
  const facts: Array<[string, string]> = []
  if (inputs.service) facts.push(['Service', inputs.service])
  if (inputs.version) facts.push(['Version', inputs.version])
  if (inputs.environment) facts.push(['Environment', inputs.environment])
  facts.push(['Status', inputs.status])
  if (inputs.digest) facts.push(['Digest', inputs.digest])
  return { status: inputs.status, title: `${words.icon} ${words.text(what, where)}`.slice(0, 150), facts, url: inputs.url }
}

/** Slack's three control characters in text; everything else is literal. */
export function slackEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** Block Kit: a header, the facts as section fields, and a button to the run. */
export function slackMessage(notice: Notice): { text: string; blocks: unknown[] } {
  const blocks: unknown[] = [
    { type: 'header', text: { type: 'plain_text', text: notice.title, emoji: true } },
    {
      type: 'section',
      fields: notice.facts
        .slice(0, 10)
        .map(([name, value]) => ({ type: 'mrkdwn', text: `*${name}*\n${name === 'Digest' ? `\`${value}\`` : slackEscape(value)}`.slice(0, 2000) })),
    },
  ]
  if (notice.url)
    blocks.push({
      type: 'actions',
      elements: [
        {
          type: 'button',
          text: { type: 'plain_text', text: 'Open run', emoji: false },
          url: notice.url,
          ...(notice.status === 'failure' ? { style: 'danger' } : {}),
        },
      ],
    })
  return { text: slackEscape(notice.title), blocks }
}

/** A Teams incoming-webhook message holding one Adaptive Card. */
export function teamsMessage(notice: Notice): Record<string, unknown> {
  return {
    type: 'message',
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        contentUrl: null,
        content: {
          $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
          type: 'AdaptiveCard',
          version: '1.4',
          body: [
            { type: 'TextBlock', text: notice.title, weight: 'Bolder', size: 'Medium', wrap: true, color: WORDS[notice.status].teamsColor },
            { type: 'FactSet', facts: notice.facts.map(([title, value]) => ({ title, value })) },
          ],
          ...(notice.url ? { actions: [{ type: 'Action.OpenUrl', title: 'Open run', url: notice.url }] } : {}),
        },
      },
    ],
  }
}

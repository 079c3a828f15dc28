import { printable } from '@cna/kit/chatops'

/** What the production confirmation shows: what runs now and what would run. */
export interface Confirmation {
  service: string
  environment: string
  kind: 'deploy' | 'rollback'
  current?: { version?: string; digest?: string }
  target: { version: string; digest?: string; note?: string }
}

/** The button value Slack hands back on click (signed by Slack, so it cannot be altered). */
export interface ConfirmValue {
  /** The chat text of the command. */
  c: string
  /** Request id, the same for every click: chatops and the relay do not dispatch a request twice. */
  r: string
  /** Slack user id of who asked: only they may confirm. */
  u: string
  /** Issued, seconds since the epoch: a confirmation older than CONFIRM_TTL is refused. */
  t: number
}

export const CONFIRM_ACTION = 'chatops_confirm'
export const CANCEL_ACTION = 'chatops_cancel'
export const CONFIRM_TTL_SECONDS = 10 * 60

function show(v: { version?: string; digest?: string } | undefined): string {
  if (!v || (!v.version && !v.digest)) return 'nothing deployed yet'
  return `\`${printable(v.version ?? '?', 60)}\` (\`${(v.digest ?? 'digest unknown').slice(0, 19)}\`)`
}

/** The Block Kit message asking to confirm a production command before anything is dispatched. */
export function confirmationBlocks(c: Confirmation, value: ConfirmValue): Array<Record<string, unknown>> {
  const verb = c.kind === 'rollback' ? 'Roll back' : 'Deploy'
  const target = `${show(c.target)}${c.target.note ? `\n_${printable(c.target.note, 200)}_` : ''}`
  return [
    { type: 'header', text: { type: 'plain_text', text: `${verb} ${printable(c.service, 40)} in ${printable(c.environment, 40)}?`.slice(0, 150) } },
    {
      type: 'section',
      fields: [
        { type: 'mrkdwn', text: `*Now*\n${show(c.current)}` },
        { type: 'mrkdwn', text: `*Then*\n${target}` },
      ],
    },
    {
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          text: `${c.environment} is a production environment: nothing is dispatched until you confirm. Its required reviewers still approve the deploy job.`,
        },
      ],
    },
    {
      type: 'actions',
      block_id: 'chatops_confirmation',
      elements: [
        {
          type: 'button',
          action_id: CONFIRM_ACTION,
          style: 'danger',
          text: { type: 'plain_text', text: `${verb} to ${printable(c.environment, 40)}`.slice(0, 75) },
          value: JSON.stringify(value),
        },
        { type: 'button', action_id: CANCEL_ACTION, text: { type: 'plain_text', text: 'Cancel' }, value: 'cancel' },
      ],
    },
  ]
}

export function parseConfirmValue(raw: unknown): ConfirmValue | undefined {
  if (typeof raw !== 'string' || raw.length > 2000) return undefined
  try {
    const v = JSON.parse(raw) as Partial<ConfirmValue>
    if (typeof v.c === 'string' && typeof v.r === 'string' && typeof v.u === 'string' && typeof v.t === 'number') return v as ConfirmValue
  } catch {
    // not ours
  }
  return undefined
}

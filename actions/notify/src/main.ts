import * as core from '@actions/core'
import { markdownTable, redact, registerSecret, writeSummary } from '@cna/kit'
import { postJson } from './http.js'
import { getInputs } from './inputs.js'
import { buildNotice } from './message.js'
import { run } from './run.js'

/** The only place with process-level effects: inputs in, the real HTTP client, outputs out. */
export async function main(): Promise<void> {
  const inputs = getInputs()
  // Webhook URLs carry their secret in the path: masked like tokens, never put in a message.
  registerSecret(inputs['slack-webhook-url'])
  registerSecret(inputs['teams-webhook-url'])
  registerSecret(inputs['slack-token'])
  let messageId = ''
  try {
    const result = await run(inputs, {
      post: (url, body, opts) => postJson(url, body, { ...opts, retries: inputs.retries, onRetry: (m) => core.warning(redact(m)) }),
      info: (m) => core.info(redact(m)),
      warning: (m) => core.warning(redact(m)),
    })
    messageId = result.messageId
    const notice = buildNotice(inputs)
    await writeSummary(`### ${notice.title}\n${markdownTable(['', ''], notice.facts)}\n\nSent to: ${result.sent.join(', ') || 'nothing'}`)
  } finally {
    core.setOutput('message-id', messageId)
  }
}

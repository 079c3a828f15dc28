import * as core from '@actions/core'
import { isUserError } from './errors.js'
import { redact } from './secrets.js'

/**
 * The one place an action turns a failure into its exit: a single `::error::` line, the
 * message redacted of every registered secret. The stack trace of an unexpected error is
 * shown only when step debug logging is on (ACTIONS_STEP_DEBUG → RUNNER_DEBUG / isDebug).
 */
export async function runMain(action: () => Promise<void>): Promise<void> {
  try {
    await action()
  } catch (error) {
    reportFailure(error)
  }
}

export function reportFailure(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error)
  if (!isUserError(error) && error instanceof Error && error.stack && isStepDebug()) {
    core.debug(redact(error.stack))
  }
  core.setFailed(redact(message).split('\n').join(' '))
}

function isStepDebug(): boolean {
  return core.isDebug() || process.env.ACTIONS_STEP_DEBUG === 'true'
}

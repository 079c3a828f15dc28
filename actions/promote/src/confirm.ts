import * as core from '@actions/core'
import type { WaitOutcome } from './cluster/wait.js'
import type { Target } from './cluster/verdict.js'
import type { CheckOutcome } from './verify.js'

/** The cluster side of a promotion: wait for the controller, then verify (both optional). */
export interface ConfirmDeps {
  /** Waits until the GitOps controller runs `target` (absent: wait-for is none). */
  wait?: (target: Target) => Promise<WaitOutcome>
  /** The HTTP check or verification command, after a healthy wait. */
  verify?: (digest: string) => Promise<CheckOutcome>
}

export interface Confirmation {
  ok: boolean
  /** Why the new version failed ('' when ok). */
  reason: string
  wait?: WaitOutcome
  verify?: CheckOutcome
}

/** Runs the wait, then the verification; the first failure decides. */
export async function confirmRunning(deps: ConfirmDeps, target: Target): Promise<Confirmation> {
  if (!deps.wait) return { ok: true, reason: '' }
  const wait = await deps.wait(target)
  if (!wait.ok) {
    core.info(`${wait.verdict.summary}${wait.verdict.details.length ? `\n  ${wait.verdict.details.join('\n  ')}` : ''}`)
    return { ok: false, reason: wait.verdict.summary, wait }
  }
  core.info(`${wait.verdict.summary} (after ${Math.round(wait.elapsedMs / 1000)} s)`)
  if (!deps.verify) return { ok: true, reason: '', wait }
  const verify = await deps.verify(target.digest)
  core.info(verify.summary)
  return { ok: verify.ok, reason: verify.ok ? '' : verify.summary, wait, verify }
}

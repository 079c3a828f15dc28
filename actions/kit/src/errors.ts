/**
 * Errors a user can act on. `runMain` prints their message as one `::error::` line and
 * never a stack trace: the message already says what was wrong, where, and what is accepted.
 */
export class UserError extends Error {
  override name = 'UserError'
}

/** Bad input: names the input, what was wrong with it, and the accepted form. */
export class InputError extends UserError {
  override name = 'InputError'
  constructor(
    readonly input: string,
    readonly problem: string,
    readonly accepted: string,
  ) {
    super(`Input "${input}" ${problem}. Expected ${accepted}.`)
  }
}

export function isUserError(error: unknown): error is UserError {
  return error instanceof UserError
}

import * as core from '@actions/core'

/**
 * Every credential an action is given or derives is registered here: the runner masks it
 * in the log (`::add-mask::`), and `redact` removes it from any text we build ourselves
 * (error messages, summaries, comments), which the runner's mask does not reach.
 */
const known = new Set<string>()

/** The forms a secret commonly reappears in: base64 (Docker `auth`), URL- and JSON-escaped. */
export function derivedForms(value: string): string[] {
  const forms = [value, Buffer.from(value).toString('base64'), encodeURIComponent(value), JSON.stringify(value).slice(1, -1)]
  return [...new Set(forms)].filter((form) => form.length >= 3)
}

export function registerSecret(value: string | undefined, mask: (value: string) => void = core.setSecret): void {
  if (!value) return
  for (const form of derivedForms(value)) {
    if (known.has(form)) continue
    known.add(form)
    mask(form)
  }
}

/** Registers a username/password pair and the base64 `user:pass` that Docker configs hold. */
export function registerCredentials(username: string, password: string, mask?: (value: string) => void): void {
  registerSecret(password, mask)
  if (username && password) registerSecret(`${username}:${password}`, mask)
}

export function redact(text: string): string {
  let out = text
  // Longest first, so a secret that contains another is removed whole.
  for (const secret of [...known].sort((a, b) => b.length - a.length)) {
    out = out.split(secret).join('***')
  }
  return out
}

/** For tests: forget what was registered. */
export function resetSecrets(): void {
  known.clear()
}

// GITHUB_TOKEN permissions: the job's effective grant and the cap a calling job puts on the
// jobs of the workflow it calls. Pure functions.

import { TOKEN_SCOPES } from '../../github-emulator/state.js'

/** What a GITHUB_TOKEN can be granted: the emulator's list, GitHub's fact in one place. */
export const SCOPES = TOKEN_SCOPES
export type Scope = (typeof SCOPES)[number]
export type Access = 'none' | 'read' | 'write'
/** Every scope set, plus metadata (always read). */
export type Permissions = Record<Scope, Access> & { metadata: 'read' }

const RANK: Record<Access, number> = { none: 0, read: 1, write: 2 }

function all(access: Access): Permissions {
  return { ...(Object.fromEntries(SCOPES.map((s) => [s, access])) as Record<Scope, Access>), metadata: 'read' }
}

/** The repository's default token: restricted = contents and packages read; permissive = write except id-token. */
export function defaultPermissions(mode: 'restricted' | 'permissive'): Permissions {
  if (mode === 'permissive') return { ...all('write'), id_token: 'none' }
  return { ...all('none'), contents: 'read', packages: 'read' }
}

/**
 * A `permissions:` value as written in a workflow: `read-all`, `write-all`, `{}` (none) or a
 * mapping with hyphenated scope names. Unknown scopes and accesses are errors naming the accepted form.
 */
export function parsePermissions(value: unknown, where: string): Permissions {
  if (value === 'read-all') return { ...all('read'), id_token: 'none' }
  if (value === 'write-all') return all('write')
  if (!value || typeof value !== 'object' || Array.isArray(value)) {
    throw new Error(`${where}: permissions must be read-all, write-all or a mapping of scope: read|write|none, got ${JSON.stringify(value)}`)
  }
  const result = all('none')
  for (const [key, raw] of Object.entries(value as Record<string, unknown>)) {
    const scope = key.replace(/-/g, '_') as Scope
    if (!(SCOPES as readonly string[]).includes(scope)) {
      if (scope === ('metadata' as Scope)) continue
      throw new Error(`${where}: unknown permission scope '${key}' (accepted: ${SCOPES.map((s) => s.replace(/_/g, '-')).join(', ')})`)
    }
    if (raw !== 'read' && raw !== 'write' && raw !== 'none') {
      throw new Error(`${where}: permission '${key}' must be read, write or none, got ${JSON.stringify(raw)}`)
    }
    result[scope] = raw
  }
  return result
}

/** The grant of a job: its own `permissions:`, else the workflow's, else the inherited default. */
export function effectivePermissions(job: unknown, workflow: unknown, inherited: Permissions, where: string): Permissions {
  if (job !== undefined && job !== null) return parsePermissions(job, where)
  if (workflow !== undefined && workflow !== null) return parsePermissions(workflow, where)
  return inherited
}

/**
 * The first scope where a nested job asks for more than its caller allows, in GitHub's words;
 * undefined when the request fits.
 */
export function nestedPermissionError(jobId: string, requested: Permissions, allowed: Permissions): string | undefined {
  for (const scope of SCOPES) {
    if (RANK[requested[scope]] > RANK[allowed[scope]]) {
      const name = scope.replace(/_/g, '-')
      return `The nested job '${jobId}' is requesting '${name}: ${requested[scope]}', but is only allowed '${name}: ${allowed[scope]}'.`
    }
  }
  return undefined
}

/** The emulator's record of a token's permissions (only the granted scopes). */
export function tokenPermissions(p: Permissions): Record<string, string> {
  return Object.fromEntries(Object.entries(p).filter(([, a]) => a !== 'none'))
}

/** A pull request from a fork gets a read-only token (and no id-token), whatever the workflow asks. */
export function readOnly(p: Permissions): Permissions {
  const out = { ...p }
  for (const scope of SCOPES) if (out[scope] === 'write') out[scope] = 'read'
  out.id_token = 'none'
  return out
}

// Kubernetes' error bodies: a `Status` object with reason, message, details and code.
import type { ServedType } from './types.js'
import { qualified } from './types.js'

export interface Reply {
  status: number
  body: unknown
}

export function status(code: number, reason: string, message: string, details?: Record<string, unknown>): Reply {
  return { status: code, body: { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason, ...(details ? { details } : {}), code } }
}

export function notFound(kind: ServedType, name: string): Reply {
  return status(404, 'NotFound', `${qualified(kind)} "${name}" not found`, { name, ...(kind.group ? { group: kind.group } : {}), kind: kind.plural })
}

export function alreadyExists(kind: ServedType, name: string): Reply {
  return status(409, 'AlreadyExists', `${qualified(kind)} "${name}" already exists`, { name, ...(kind.group ? { group: kind.group } : {}), kind: kind.plural })
}

export function conflict(kind: ServedType, name: string, message: string, causes?: Array<{ reason: string; message: string; field: string }>): Reply {
  return status(409, 'Conflict', `Operation cannot be fulfilled on ${qualified(kind)} "${name}": ${message}`, {
    name,
    ...(kind.group ? { group: kind.group } : {}),
    kind: kind.plural,
    ...(causes ? { causes } : {}),
  })
}

export function badRequest(message: string): Reply {
  return status(400, 'BadRequest', message)
}

export function invalid(kind: ServedType, name: string, message: string): Reply {
  return status(422, 'Invalid', `${kind.kind} "${name}" is invalid: ${message}`, { name, ...(kind.group ? { group: kind.group } : {}), kind: kind.kind })
}

export function ok(body: unknown, code = 200): Reply {
  return { status: code, body }
}

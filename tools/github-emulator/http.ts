// What a route answers, and the errors it throws, in GitHub's error body shape:
// `{ message, documentation_url, status }`, plus `errors` for 422 Validation Failed.

export interface Reply {
  status: number
  /** A JSON body. */
  body?: unknown
  /** A non-JSON body (a diff, raw file content) and its media type. */
  text?: string
  contentType?: string
  headers?: Record<string, string>
}

export interface FieldError {
  resource: string
  field: string
  code: 'missing' | 'missing_field' | 'invalid' | 'already_exists' | 'unprocessable' | 'custom' | 'too_large'
  message?: string
  value?: string | number
}

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message)
  }
}

export const json = (status: number, body?: unknown, headers?: Record<string, string>): Reply => ({ status, body, ...(headers ? { headers } : {}) })

export const noContent = (): Reply => ({ status: 204 })

export const notFound = (message = 'Not Found'): HttpError => new HttpError(404, message)

/** 422 with GitHub's `Validation Failed` body and per-field errors. */
export const validationFailed = (...errors: FieldError[]): HttpError => new HttpError(422, 'Validation Failed', { errors })

/** 422 with a plain message (e.g. `No commit found for SHA: …`). */
export const unprocessable = (message: string, extra: Record<string, unknown> = {}): HttpError => new HttpError(422, message, extra)

export const conflict = (message: string, extra: Record<string, unknown> = {}): HttpError => new HttpError(409, message, extra)

export const forbidden = (message = 'Resource not accessible by integration'): HttpError => new HttpError(403, message)

export function errorBody(error: HttpError, documentationUrl: string): Record<string, unknown> {
  return { message: error.message, ...error.extra, documentation_url: documentationUrl, status: String(error.status) }
}

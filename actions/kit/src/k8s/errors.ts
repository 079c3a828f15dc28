/**
 * A non-2xx answer from the API server, with its `Status` object's reason and message
 * (`NotFound`, `AlreadyExists`, `Conflict`, `Forbidden`, `Invalid`, ...).
 */
export class KubeApiError extends Error {
  override name = 'KubeApiError'
  constructor(
    readonly status: number,
    readonly reason: string,
    readonly method: string,
    readonly path: string,
    message: string,
  ) {
    super(`Kubernetes API ${method} ${path} answered ${status}${reason ? ` ${reason}` : ''}: ${message}`)
  }
}

export function isNotFound(error: unknown): boolean {
  return error instanceof KubeApiError && error.status === 404
}

// Fault injection: the next `times` requests that match answer with a canned response before
// any routing, auth or validation happens (so faults never count as violations).

export interface FaultResponse {
  status: number
  headers?: Record<string, string>
  body?: unknown
}

export interface FaultSpec {
  method?: string
  /** A RegExp tested on the path, or a string equal to the path, the OpenAPI path template or the operationId. */
  path?: RegExp | string
  /** How many matching requests fail (default 1). */
  times?: number
  respond: FaultResponse
}

export interface Fault extends FaultSpec {
  times: number
  /** How many requests this fault has answered so far. */
  hits: number
}

export interface FaultTarget {
  method: string
  path: string
  template?: string
  operationId?: string
}

export class Faults {
  private readonly faults: Fault[] = []

  add(spec: FaultSpec): Fault {
    const fault: Fault = { ...spec, times: spec.times ?? 1, hits: 0 }
    this.faults.push(fault)
    return fault
  }

  /** Faults that still have requests to answer. */
  pending(): Fault[] {
    return this.faults.filter((f) => f.hits < f.times)
  }

  clear(): void {
    this.faults.length = 0
  }

  take(target: FaultTarget): FaultResponse | undefined {
    const fault = this.faults.find((f) => f.hits < f.times && matches(f, target))
    if (!fault) return undefined
    fault.hits++
    return fault.respond
  }
}

function matches(fault: Fault, t: FaultTarget): boolean {
  if (fault.method && fault.method.toUpperCase() !== t.method) return false
  if (fault.path === undefined) return true
  if (fault.path instanceof RegExp) return fault.path.test(t.path)
  return fault.path === t.path || fault.path === t.template || fault.path === t.operationId
}

const DOCS = 'https://docs.github.com/rest/using-the-rest-api/rate-limits-for-the-rest-api'

/** The responses GitHub sends when it is unwell or limiting; pass one as `respond`. */
export const faultResponses = {
  serverError(status: 500 | 502 | 503 | 504 = 500): FaultResponse {
    const message = {
      500: 'Server Error',
      502: 'Server Error',
      503: 'Service Unavailable',
      504: "We couldn't respond to your request in time. Sorry about that. Please try resubmitting your request and contact us if the problem persists.",
    }[status]
    return { status, body: { message, documentation_url: 'https://docs.github.com/rest' } }
  },
  /** 429 with `retry-after` (seconds). */
  tooManyRequests(retryAfterSeconds = 1): FaultResponse {
    return { status: 429, headers: { 'retry-after': String(retryAfterSeconds) }, body: { message: 'Too Many Requests', documentation_url: DOCS } }
  },
  /** GitHub's secondary rate limit: 403 whose message names it, with `retry-after`. */
  secondaryRateLimit(retryAfterSeconds = 1, status: 403 | 429 = 403): FaultResponse {
    return {
      status,
      headers: { 'retry-after': String(retryAfterSeconds) },
      body: {
        message:
          'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID 0000:0000:0000000:0000000:00000000.',
        documentation_url: `${DOCS}#about-secondary-rate-limits`,
        status: String(status),
      },
    }
  },
  /** The primary rate limit: 403 with `x-ratelimit-remaining: 0` and a reset time `resetInSeconds` ahead. */
  primaryRateLimit(resetInSeconds = 1): FaultResponse {
    const reset = Math.floor(Date.now() / 1000) + resetInSeconds
    return {
      status: 403,
      headers: {
        'x-ratelimit-limit': '5000',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(reset),
        'x-ratelimit-used': '5000',
        'x-ratelimit-resource': 'core',
      },
      body: { message: 'API rate limit exceeded for installation ID 1.', documentation_url: `${DOCS}#primary-rate-limit`, status: '403' },
    }
  },
}

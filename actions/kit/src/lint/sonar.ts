import { UserError } from '../errors.js'

/**
 * The SonarQube / SonarCloud quality gate of the analysis the scanner just submitted: read
 * `.scannerwork/report-task.txt`, poll the compute-engine task (`ceTaskUrl`) until it is
 * done, then ask `/api/qualitygates/project_status?analysisId=…`.
 */
export type QualityGateStatus = 'OK' | 'WARN' | 'ERROR' | 'NONE'

export interface SonarGate {
  status: QualityGateStatus
  analysisId: string
  dashboardUrl?: string
  conditions: Array<{ status: string; metricKey: string; comparator?: string; errorThreshold?: string; actualValue?: string }>
  polls: number
}

export function parseReportTask(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const line of text.split(/\r?\n/)) {
    const eq = line.indexOf('=')
    if (eq > 0 && !line.startsWith('#')) out[line.slice(0, eq).trim()] = line.slice(eq + 1).trim()
  }
  return out
}

export interface SonarOptions {
  hostUrl: string
  token: string
  reportTask: string
  fetch?: typeof fetch
  timeoutMs: number
  intervalMs?: number
  sleep?: (ms: number) => Promise<void>
}

export async function sonarQualityGate(opts: SonarOptions): Promise<SonarGate> {
  const task = parseReportTask(opts.reportTask)
  const host = new URL(opts.hostUrl)
  const ceTaskUrl = task.ceTaskUrl
  if (!ceTaskUrl)
    throw new UserError(
      'The Sonar report-task.txt has no ceTaskUrl. Expected the file the Sonar scanner writes (.scannerwork/report-task.txt) after a successful analysis.',
    )
  const ce = new URL(ceTaskUrl)
  // The token goes only to the configured server, never to a URL a file in the workspace names.
  if (ce.origin !== host.origin)
    throw new UserError(
      `Input "sonar-host-url" is ${host.origin}, but report-task.txt points to ${ce.origin}. Expected the same SonarQube server the scanner used.`,
    )
  const doFetch = opts.fetch ?? fetch
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)))
  const auth = `Basic ${Buffer.from(`${opts.token}:`).toString('base64')}`
  const get = async (url: URL): Promise<unknown> => {
    const response = await doFetch(url, { headers: { authorization: auth, accept: 'application/json' } })
    if (response.status === 401 || response.status === 403)
      throw new UserError(`Input "sonar-token" was refused by ${host.origin} (${response.status}). Expected a token that can browse the project.`)
    if (!response.ok) throw new Error(`Sonar ${url.pathname} answered ${response.status}`)
    return response.json()
  }
  const deadline = Date.now() + opts.timeoutMs
  let polls = 0
  let analysisId: string | undefined
  for (;;) {
    polls++
    const data = (await get(ce)) as { task?: { status?: string; analysisId?: string; errorMessage?: string } }
    const status = data.task?.status
    if (status === 'SUCCESS') {
      analysisId = data.task?.analysisId
      break
    }
    if (status === 'FAILED' || status === 'CANCELED')
      throw new UserError(
        `The Sonar analysis ${task.ceTaskId ?? ''} ${status.toLowerCase()}${data.task?.errorMessage ? `: ${data.task.errorMessage}` : ''}. Expected a successful analysis; see ${task.dashboardUrl ?? host.origin}.`,
      )
    if (Date.now() >= deadline)
      throw new UserError(
        `The Sonar analysis was still ${status ?? 'unknown'} after ${Math.round(opts.timeoutMs / 1000)} s. Expected it to finish within "sonar-timeout"; raise it or check the server's background tasks.`,
      )
    await sleep(Math.min(opts.intervalMs ?? 2000, Math.max(0, deadline - Date.now())))
  }
  if (!analysisId) throw new Error('Sonar task succeeded without an analysisId')
  const url = new URL('/api/qualitygates/project_status', host)
  url.pathname = host.pathname.replace(/\/?$/, '/') + 'api/qualitygates/project_status'
  url.searchParams.set('analysisId', analysisId)
  const gate = (await get(url)) as { projectStatus?: { status?: string; conditions?: SonarGate['conditions'] } }
  const status = (gate.projectStatus?.status ?? 'NONE') as QualityGateStatus
  return { status, analysisId, conditions: gate.projectStatus?.conditions ?? [], polls, ...(task.dashboardUrl ? { dashboardUrl: task.dashboardUrl } : {}) }
}

import type { RunContext } from '../context.js'
import type { ChecksClient, ReportTarget } from './check-run.js'
import { headShaOf } from './head-sha.js'

/**
 * Where a gate reports: the check run on the commit under test (the PR head on pull
 * requests). Octokit is loaded only when there is a token to use it with, and only at the
 * first request, so large reports are parsed without its code in memory.
 */
export function gateReportTarget(context: RunContext, token: string): ReportTarget {
  const [owner = '', repo = ''] = context.repository.split('/')
  let octokit: Promise<ChecksClient> | undefined
  const client: ChecksClient | undefined =
    token && owner && repo
      ? {
          request: async (route, params) => {
            octokit ??= import('../github/client.js').then((m) => m.createRestClient(token))
            return (await octokit).request(route, params)
          },
        }
      : undefined
  return { ...(client ? { client } : {}), owner, repo, headSha: headShaOf(context), ...(context.runUrl ? { detailsUrl: context.runUrl } : {}) }
}

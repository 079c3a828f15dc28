import type { DeploymentView } from '@cna/kit/chatops'
import { serviceDeployments, type ChatOpsGitHub, type Repo } from './github.js'
import type { Inputs } from './inputs.js'
import { digestsTable, gatherDigests, type LiveView } from './status.js'

export interface DriftReport {
  /** Markdown: per service, what runs where. */
  report: string
  drifted: Array<{ service: string; environment: string; drift: string }>
}

/**
 * The scheduled drift check (`check: drift`): every service in every environment, Git against
 * the newest successful deployment and the pods. Someone who edits the cluster by hand (or a
 * controller that stopped syncing) shows up here.
 */
export async function driftCheck(
  inputs: Pick<Inputs, 'services' | 'environments'>,
  github: { client: ChatOpsGitHub; repo: Repo },
  live: LiveView,
): Promise<DriftReport> {
  const sections: string[] = []
  const drifted: DriftReport['drifted'] = []
  for (const service of inputs.services.keys()) {
    const history: DeploymentView[] = []
    for (const environment of inputs.environments) history.push(...(await serviceDeployments(github.client, github.repo, environment, service, 30)))
    const rows = await gatherDigests(service, inputs.environments, history, live)
    for (const row of rows) if (row.drift) drifted.push({ service, environment: row.environment, drift: row.drift })
    sections.push(`#### ${service}\n${digestsTable(rows)}`)
  }
  const title = drifted.length
    ? `### ⚠️ Drift in ${drifted.length} environment${drifted.length > 1 ? 's' : ''}`
    : '### ✅ No drift: Git, deployments and pods agree'
  return { report: [title, '', ...sections].join('\n\n'), drifted }
}

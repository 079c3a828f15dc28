import * as core from '@actions/core'
import { code, markdownTable, payloadNumber, payloadString, readRunContext, registerSecret, writeSummary } from '@cna/kit'
import { KubeClient, loadClusterAccess } from '@cna/kit/k8s'
import { branchName } from '@cna/kit/names'
import { createRestClient } from '@cna/kit/github'
import { parseRepo, type TeardownGitHub } from './github.js'
import { getInputs } from './inputs.js'
import { run, type TeardownResult } from './run.js'

/** The only place with process-level effects: inputs in, collaborators built, outputs out. */
export async function main(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const inputs = getInputs()
  registerSecret(inputs['github-token'])
  const context = readRunContext(env)
  const payload = context.payload
  // delete events carry the deleted branch in `ref`; pull_request events the head branch.
  const eventBranch =
    context.eventName === 'delete'
      ? payloadString(payload, 'ref_type') === 'branch'
        ? branchName(payloadString(payload, 'ref') ?? '')
        : ''
      : (payloadString(payload, 'pull_request', 'head', 'ref') ?? (context.ref.startsWith('refs/heads/') ? branchName(context.ref) : ''))

  const kube = new KubeClient(await loadClusterAccess({ kubeconfig: inputs.kubeconfig, env }))
  const token = inputs['github-token']
  const repo = parseRepo(context.repository)
  let github: { client: TeardownGitHub; repo: NonNullable<typeof repo> } | undefined
  if (!token)
    core.notice(
      'github-token is empty: deployments are not marked inactive, the pull request comment is not updated, and the reaper cannot see deleted branches or closed pull requests.',
    )
  else if (repo) github = { client: createRestClient(token), repo }
  try {
    const result = await run(inputs, {
      kube,
      ...(github ? { github } : {}),
      context: {
        branch: eventBranch,
        runUrl: context.runUrl,
        ...(payloadNumber(payload, 'pull_request', 'number') ? { pullRequest: payloadNumber(payload, 'pull_request', 'number') } : {}),
      },
      log: (message) => core.info(message),
    })
    const removed = result.removals.filter((r) => r.state !== 'gone').map((r) => r.namespace)
    core.setOutput('deleted', removed.join(','))
    await writeSummary(summary(result))
  } finally {
    kube.close()
  }
}

function summary(result: TeardownResult): string {
  const title = result.mode === 'reap' ? `### Preview reaper${result.dryRun ? ' (dry run)' : ''}` : `### Preview teardown${result.dryRun ? ' (dry run)' : ''}`
  const rows = [
    ...result.removals.map((r) => [code(r.namespace), r.state, r.reason]),
    ...(result.mode === 'reap' ? result.kept.map((k) => [code(k.namespace), 'kept', k.reason]) : []),
  ]
  const lines = [title, '', rows.length ? markdownTable(['namespace', 'state', 'why'], rows) : 'No preview namespaces found.']
  if (result.deactivated.length) lines.push('', `Deployments marked inactive: ${result.deactivated.map((id) => `#${id}`).join(', ')}`)
  return `${lines.join('\n')}\n`
}

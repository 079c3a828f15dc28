import * as core from '@actions/core'
import { exec, payloadNumber, payloadString, readRunContext, valueAt, registerSecret, writeSummary } from '@cna/kit'
import { KubeClient, loadClusterAccess } from '@cna/kit/k8s'
import { branchName } from '@cna/kit/names'
import { createRestClient } from '@cna/kit/github'
import { summaryMarkdown } from './comment.js'
import { parseRepo, type PreviewGitHub } from './github.js'
import { getInputs } from './inputs.js'
import { renderManifests } from './render.js'
import { RolloutError, run, type DeployResult } from './run.js'

/** The only place with process-level effects: inputs in, collaborators built, outputs out. */
export async function main(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const inputs = getInputs()
  registerSecret(inputs['github-token'])
  const context = readRunContext(env)
  const pr = pullRequestOf(context.payload)
  const dryRun = inputs['dry-run']

  const kube = dryRun ? undefined : new KubeClient(await loadClusterAccess({ kubeconfig: inputs.kubeconfig, env }))
  const token = inputs['github-token']
  const repo = parseRepo(context.repository)
  let github: { client: PreviewGitHub; repo: NonNullable<typeof repo> } | undefined
  if (!dryRun) {
    if (!token) core.notice('github-token is empty: no GitHub Deployment and no pull request comment; the preview itself is deployed.')
    else if (repo) github = { client: createRestClient(token), repo }
  }

  const write = async (result: DeployResult): Promise<void> => {
    core.setOutput('namespace', result.namespace)
    core.setOutput('url', result.url)
    core.setOutput('deployment-id', result.deploymentId)
    await writeSummary(summaryMarkdown(result))
  }
  try {
    const result = await run(inputs, {
      render: (paths) => renderManifests(paths, context.workspace, exec),
      ...(kube ? { kube } : {}),
      ...(github ? { github } : {}),
      context: {
        // On pull_request events the preview is of the head branch and commit, not the merge commit.
        branch: pr?.head?.ref ?? env.GITHUB_HEAD_REF ?? (context.ref.startsWith('refs/heads/') ? branchName(context.ref) : ''),
        sha: pr?.head?.sha ?? context.sha,
        runUrl: context.runUrl,
        ...(pr?.number ? { pullRequest: pr.number } : {}),
      },
      log: (message) => core.info(message),
    })
    await write(result)
    core.info(
      result.dryRun
        ? `dry-run: ${result.objects.length} objects would be applied to ${result.namespace}`
        : `preview of ${result.branch} live in ${result.namespace}${result.url ? ` at ${result.url}` : ''}`,
    )
  } catch (error) {
    if (error instanceof RolloutError) await write(error.result)
    throw error
  } finally {
    kube?.close()
  }
}

/** The pull request of a pull_request event: number, head branch and head commit, where present. */
function pullRequestOf(payload: unknown): { number?: number; head: { ref?: string; sha?: string } } | undefined {
  if (valueAt(payload, 'pull_request') === undefined) return undefined
  const number = payloadNumber(payload, 'pull_request', 'number')
  const ref = payloadString(payload, 'pull_request', 'head', 'ref')
  const sha = payloadString(payload, 'pull_request', 'head', 'sha')
  return { ...(number === undefined ? {} : { number }), head: { ...(ref === undefined ? {} : { ref }), ...(sha === undefined ? {} : { sha }) } }
}

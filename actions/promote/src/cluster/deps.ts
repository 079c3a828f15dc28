import * as core from '@actions/core'
import type { Exec } from '@cna/kit'
import { UserError } from '@cna/kit'
import { createRestClient } from '@cna/kit/github'
import { KubeClient, loadClusterAccess } from '@cna/kit/k8s'
import type { ConfirmDeps } from '../confirm.js'
import type { Inputs } from '../inputs.js'
import { commandCheck, httpCheck } from '../verify.js'
import { gitopsRepoFrom } from '../run.js'
import { readGitHubSignals } from './github.js'
import { kubeReader } from './kube.js'
import type { Target } from './verdict.js'
import { waitForController, type ControllerReader } from './wait.js'

const DEFAULT_NAMESPACE = { argocd: 'argocd', flux: 'flux-system' } as const

/** `{service}-{environment}` and friends: the Application or Kustomization's name. */
export function controllerName(pattern: string, service: string, environment: string): string {
  return (pattern || '{service}-{environment}').replaceAll('{service}', service).replaceAll('{environment}', environment)
}

/** The wait and the verification the inputs ask for, over the cluster the kubeconfig names. */
export async function confirmDeps(inputs: Inputs, service: string, exec: Exec, cwd: string): Promise<{ deps: ConfirmDeps; close(): void }> {
  const controller = inputs['wait-for']
  if (controller === 'none') return { deps: {}, close: () => undefined }
  const name = controllerName(inputs['wait-name'], service, inputs.environment)
  const client = controller === 'github' ? undefined : new KubeClient(await loadClusterAccess({ kubeconfig: inputs.kubeconfig }))
  const reader =
    client && controller !== 'github' ? kubeReader(client, controller, inputs['wait-namespace'] || DEFAULT_NAMESPACE[controller], name) : githubReader(inputs)
  const clock = { now: () => Date.now(), sleep: (ms: number) => new Promise<void>((r) => setTimeout(r, ms)) }
  const pollMs = Math.min(2000, Math.max(100, Math.floor(inputs.settle / 3) || 100))
  const deps: ConfirmDeps = {
    wait: (target) =>
      waitForController(
        typeof reader === 'function' ? reader(target) : reader,
        { controller, name, target, timeoutMs: inputs['wait-timeout'], settleMs: inputs.settle, pollMs },
        clock,
        (line) => core.info(`${controller === 'argocd' ? 'Argo CD' : controller === 'flux' ? 'Flux' : 'GitHub'}: ${line}`),
      ),
  }
  const url = inputs['verify-url']
  const command = inputs['verify-command']
  if (url || command) {
    deps.verify = async (digest) => {
      const http = url
        ? await httpCheck({
            url,
            requests: inputs['verify-requests'],
            minSuccessRate: inputs['verify-success-rate'],
            maxLatencyMs: inputs['verify-max-latency'],
            intervalMs: 200,
          })
        : undefined
      if (http && !http.ok) return http
      if (!command) return http!
      const run = await commandCheck(exec, command, { BASE_URL: inputs['environment-url'], DIGEST: digest, ENVIRONMENT: inputs.environment }, cwd)
      return http ? { ok: run.ok, summary: `${http.summary}; ${run.summary}` } : run
    }
  }
  return { deps, close: () => client?.close() }
}

/**
 * For runners that cannot reach the cluster: what the controller's notifier wrote on GitHub
 * about the GitOps commit, in the GitOps repository (read with gitops-token, else github-token).
 */
function githubReader(inputs: Inputs): (target: Target) => ControllerReader {
  const repo = gitopsRepoFrom(inputs['gitops-repo'])
  if (!repo)
    throw new UserError(
      `Input "wait-for" is github, but gitops-repo "${inputs['gitops-repo']}" names no GitHub repository. Expected a URL such as https://github.com/octo-org/gitops-config.git.`,
    )
  const gh = createRestClient(inputs['gitops-token'] || inputs['github-token'])
  return (target) => ({
    read: () => readGitHubSignals(gh, repo, target.commit, inputs.environment),
    refresh: async () => undefined,
    pods: async () => ({ count: 0, problems: [] }),
  })
}

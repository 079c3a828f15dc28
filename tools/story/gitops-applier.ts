// The local stand-in for Argo CD or Flux in the story: it watches the GitOps repository and runs
// what each environment's kustomization pins (the image by digest) as a container on that
// environment's port, so the integration and acceptance tests after a promotion reach the
// version the GitOps commit names — and only once that commit is applied.
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { parse } from 'yaml'
import { startContainer, type RunningContainer } from '../../scripts/pipeline/container.ts'

const run = promisify(execFile)

export interface Applied {
  environment: string
  /** The GitOps commit applied. */
  commit: string
  imageRef: string
  url: string
}

export interface GitOpsApplier {
  /** What runs in each environment now. */
  running(): Map<string, Applied>
  /** Everything applied, in order. */
  history: Applied[]
  stop(): Promise<void>
}

/** `name@sha256:…` of the image a kustomization pins, or undefined when none is pinned by digest. */
export function pinnedImage(kustomization: string): string | undefined {
  const doc = parse(kustomization) as { images?: { name?: string; newName?: string; digest?: string }[] } | null
  const entry = doc?.images?.find((i) => typeof i.digest === 'string' && i.digest.startsWith('sha256:'))
  return entry ? `${entry.newName ?? entry.name}@${entry.digest}` : undefined
}

export async function startGitOpsApplier(opts: {
  /** The GitOps repository (bare or not). */
  repo: string
  branch?: string
  /** environment → { path of its kustomization in the repository, port it is served on } */
  environments: Record<string, { path: string; port: number }>
  containersEnv: Record<string, string>
  intervalMs?: number
}): Promise<GitOpsApplier> {
  const branch = opts.branch ?? 'main'
  const running = new Map<string, Applied>()
  const containers = new Map<string, RunningContainer>()
  const history: Applied[] = []
  let stopped = false
  let busy: Promise<void> = Promise.resolve()

  const reconcile = async (): Promise<void> => {
    const commit = (await run('git', ['--git-dir', gitDir(opts.repo), 'rev-parse', `refs/heads/${branch}`])).stdout.trim()
    for (const [environment, { path, port }] of Object.entries(opts.environments)) {
      const file = await run('git', ['--git-dir', gitDir(opts.repo), 'show', `${commit}:${path}`]).then(
        (r) => r.stdout,
        () => '',
      )
      const imageRef = pinnedImage(file)
      if (!imageRef || running.get(environment)?.imageRef === imageRef) continue
      await containers.get(environment)?.stop()
      containers.set(environment, await startContainer({ image: imageRef, env: opts.containersEnv, port }))
      const applied = { environment, commit, imageRef, url: `http://127.0.0.1:${port}` }
      running.set(environment, applied)
      history.push(applied)
    }
  }
  const loop = async (): Promise<void> => {
    while (!stopped) {
      busy = reconcile().catch(() => undefined)
      await busy
      await new Promise((resolve) => setTimeout(resolve, opts.intervalMs ?? 300))
    }
  }
  void loop()
  return {
    running: () => new Map(running),
    history,
    stop: async () => {
      stopped = true
      await busy
      await Promise.all([...containers.values()].map((c) => c.stop()))
    },
  }
}

function gitDir(repo: string): string {
  return repo.endsWith('.git') ? repo : `${repo}/.git`
}

import type { PodProblem } from '@cna/kit/k8s'
import { argoVerdict, type Application } from './argocd.js'
import { fluxVerdict, type Kustomization } from './flux.js'
import { githubVerdict, type GitHubSignals } from './github.js'
import type { Target, Verdict } from './verdict.js'

export type Controller = 'argocd' | 'flux' | 'github'

/** What the wait reads from the cluster (a thin shell over the Kubernetes API: kube.ts). */
export interface ControllerReader {
  /** The Application or Kustomization, undefined when there is none. */
  read(): Promise<unknown>
  /** Asks the controller to look at Git now (Argo CD's refresh annotation, Flux's requestedAt). */
  refresh(): Promise<void>
  /** The pods in `namespace` that run `digest`, with what is wrong with them. */
  pods(namespace: string, digest: string): Promise<{ count: number; problems: PodProblem[] }>
}

export interface Clock {
  now(): number
  sleep(ms: number): Promise<void>
}

export interface WaitOptions {
  controller: Controller
  name: string
  target: Target
  timeoutMs: number
  /** How long the healthy verdict must hold before it counts. */
  settleMs: number
  pollMs: number
}

export interface WaitOutcome {
  ok: boolean
  verdict: Verdict
  elapsedMs: number
  /** How many pods run the digest (0 when the namespace is unknown). */
  pods: number
}

/** Container states that do not heal by waiting: fail at once, with the pod's own reason. */
const FATAL = new Set([
  'CrashLoopBackOff',
  'ImagePullBackOff',
  'ErrImagePull',
  'CreateContainerConfigError',
  'CreateContainerError',
  'InvalidImageName',
  'RunContainerError',
])

/**
 * Waits until the controller reports our commit synced and healthy for `settleMs`, or fails
 * fast: the controller's own failure (a failed sync, Degraded, Ready=False at our commit), or
 * pods of our digest that crash or cannot pull. A timeout fails with the last thing it waited for.
 */
export async function waitForController(
  reader: ControllerReader,
  opts: WaitOptions,
  clock: Clock,
  log: (line: string) => void = () => undefined,
): Promise<WaitOutcome> {
  const start = clock.now()
  await reader.refresh().catch((error: Error) => log(`could not request a refresh (${error.message}); waiting for the controller's own poll`))
  let healthySince: number | undefined
  let said = ''
  for (;;) {
    const object = await reader.read()
    let verdict: Verdict = object
      ? verdictOf(opts, object)
      : { state: 'waiting', summary: `${opts.controller === 'argocd' ? 'Application' : 'Kustomization'} ${opts.name} does not exist (yet)`, details: [] }
    let pods = 0
    if (verdict.namespace && verdict.state !== 'failed') {
      const found = await reader.pods(verdict.namespace, opts.target.digest)
      pods = found.count
      const fatal = found.problems.filter((p) => FATAL.has(p.reason))
      if (fatal.length) verdict = { ...verdict, state: 'failed', summary: podSummary(fatal[0]!), details: [verdict.summary, ...fatal.map(podLine)] }
      else if (verdict.state === 'waiting' && found.problems.length) verdict = { ...verdict, details: [...verdict.details, ...found.problems.map(podLine)] }
    }
    const elapsedMs = clock.now() - start
    if (verdict.summary !== said) log(`${seconds(elapsedMs)} ${verdict.summary}`)
    said = verdict.summary
    if (verdict.state === 'failed') return { ok: false, verdict, elapsedMs, pods }
    if (verdict.state === 'healthy') {
      healthySince ??= clock.now()
      if (clock.now() - healthySince >= opts.settleMs) return { ok: true, verdict, elapsedMs, pods }
    } else healthySince = undefined
    if (elapsedMs >= opts.timeoutMs) {
      return { ok: false, verdict: { ...verdict, state: 'failed', summary: `timed out after ${seconds(opts.timeoutMs)}: ${verdict.summary}` }, elapsedMs, pods }
    }
    await clock.sleep(opts.pollMs)
  }
}

function verdictOf(opts: WaitOptions, object: unknown): Verdict {
  if (opts.controller === 'argocd') return argoVerdict(object as Application, opts.target)
  if (opts.controller === 'flux') return fluxVerdict(object as Kustomization, opts.target)
  return githubVerdict(object as GitHubSignals, opts.target, opts.name)
}

function podLine(p: PodProblem): string {
  return `pod ${p.pod}${p.container ? ` (${p.container})` : ''}: ${p.reason}${p.message ? `: ${p.message}` : ''}`
}

/** The deployment status's reason: the pod's own words. */
function podSummary(p: PodProblem): string {
  return `pods crash or cannot start: ${podLine(p)}`
}

function seconds(ms: number): string {
  return `${Math.round(ms / 100) / 10}s`
}

// One job with steps: its token, environment (secrets, reviewers), services, and the steps in
// order with their status, outputs and logs; then the job's outputs.
import { randomBytes } from 'node:crypto'
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { evaluateCondition, evaluateString, evaluateValue, truthy, type Contexts } from './expressions.js'
import { tokenPermissions, type Permissions } from './permissions.js'
import { resolveAction } from './resolve-uses.js'
import { runShellStep, runUsesStep, type JobState } from './run-step.js'
import type { RunState, Scope } from './run-workflow.js'
import { STAND_INS } from './stand-ins.js'
import type { JobReport, JobResult, StepReport } from './types.js'

export type JobOutcome = { result: JobResult; outputs: Record<string, string> }
export type Finish = (result: JobResult, outputs?: Record<string, string>, error?: string) => JobOutcome

export function evaluateEnv(env: unknown, contexts: Contexts): Record<string, string> {
  if (env === undefined || env === null) return {}
  const value = evaluateValue(env, contexts)
  if (typeof value !== 'object' || Array.isArray(value)) throw new Error(`env must be a mapping, got ${JSON.stringify(value)}`)
  return Object.fromEntries(Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, typeof v === 'string' ? v : v === null ? '' : String(v)]))
}

function minutes(value: unknown, contexts: Contexts, fallback: number): number {
  if (value === undefined) return fallback
  const n = Number(evaluateValue(value, contexts))
  if (!Number.isFinite(n) || n <= 0) throw new Error(`timeout-minutes must be a positive number, got ${JSON.stringify(value)}`)
  return n
}

export async function runStepsJob(
  state: RunState,
  scope: Scope,
  id: string,
  job: Record<string, unknown>,
  base: Contexts,
  permissions: Permissions,
  report: JobReport,
  finish: Finish,
): Promise<JobOutcome> {
  const key = `${scope.prefix}${id}`
  const token = registerToken(state, tokenPermissions(permissions))

  // Environment: its secrets exist only in this job; its reviewers gate the steps.
  let environmentName: string | undefined
  let environmentUrl: unknown
  if (job.environment !== undefined) {
    const env = job.environment
    const raw = typeof env === 'object' && env ? (env as { name?: unknown; url?: unknown }) : { name: env }
    environmentName = evaluateString(raw.name, base)
    environmentUrl = raw.url
    report.environment = { name: environmentName }
  }
  const envSecrets = environmentName && !state.fork ? (state.opts.environmentSecrets?.[environmentName] ?? {}) : {}
  const secrets = { ...scope.secrets, ...envSecrets, GITHUB_TOKEN: token }
  for (const v of Object.values(secrets)) state.masker.add(v)

  const github: Record<string, unknown> = { ...state.github, job: id, token }
  const jobDir = join(state.runDir, 'jobs', key.replace(/\//g, '__'))
  const workspace = join(jobDir, 'workspace')
  const tempDir = join(jobDir, 'temp')
  await mkdir(workspace, { recursive: true })
  await mkdir(tempDir, { recursive: true })
  github.workspace = workspace
  const contexts = (extra: Contexts = {}): Contexts => ({ ...base, github, secrets, runner: runnerContext(tempDir), job: { status: 'success' }, ...extra })

  const jobEnv = { ...scope.env, ...evaluateEnv(job.env, contexts({ env: scope.env })) }
  const timeoutMin = minutes(job['timeout-minutes'], contexts(), 360)
  const deadline = Date.now() + timeoutMin * 60_000

  if (environmentName) {
    const reviewers = state.opts.emulator.state.environment?.(state.opts.repository, environmentName)?.reviewers ?? []
    if (reviewers.length) {
      const wait = state.opts.emulator.state.waitForEnvironmentReview
      if (!wait) throw new Error(`environment '${environmentName}' has required reviewers but the emulator has no waitForEnvironmentReview`)
      state.log(`[${key}] waiting for a review of environment '${environmentName}' (${reviewers.join(', ')})`)
      const review = await wait.call(state.opts.emulator.state, state.opts.repository, state.runId, environmentName)
      state.log(`[${key}] environment '${environmentName}' ${review.state} by ${review.user}${review.comment ? `: ${review.comment}` : ''}`)
      if (review.state === 'rejected') return finish('failure', {}, `Deployment to environment '${environmentName}' was rejected by ${review.user}`)
    }
  }

  const jobState: JobState = {
    workspace,
    tempDir,
    exportedEnv: {},
    paths: [],
    summary: '',
    masker: state.masker,
    runnerEnv: runnerEnv(state, github, id, workspace, tempDir),
    github: {
      token,
      sha: String(state.github.sha),
      ref: String(state.github.ref),
      repository: String(state.github.repository),
      serverUrl: String(state.github.server_url),
      apiUrl: String(state.github.api_url),
      runId: String(state.runId),
      actor: String(state.github.actor),
      eventName: state.event.name,
      event: state.event.payload ?? {},
      eventPath: state.eventPath,
    },
    remotes: state.remotes,
    repoDirs: state.repoDirs,
    artifactsDir: state.artifactsDir,
    registerToken: (p) => registerToken(state, p),
  }

  const defaultsRun = {
    ...(((scope.doc.defaults as { run?: Record<string, unknown> } | undefined)?.run ?? {}) as Record<string, unknown>),
    ...(((job.defaults as { run?: Record<string, unknown> } | undefined)?.run ?? {}) as Record<string, unknown>),
  }
  const stepsCtx: Record<string, { outputs: Record<string, string>; outcome: string; conclusion: string }> = {}
  let failed = false
  // timeout-minutes of the job: GitHub cancels it; steps that run anyway (always(), cancelled())
  // get a short grace period of their own.
  let cancelled = false
  let anonymousRuns = 0
  const stops: (() => Promise<void> | void)[] = []
  try {
    // Services, when the caller says how to start them.
    const services = (job.services ?? {}) as Record<string, Record<string, unknown>>
    if (Object.keys(services).length) {
      if (!state.opts.startService)
        throw new Error(`job '${id}' has services (${Object.keys(services).join(', ')}); pass the runner a startService option to run them`)
      for (const [name, raw] of Object.entries(services)) {
        const spec = evaluateValue(raw, contexts({ env: jobEnv })) as Record<string, unknown>
        if (typeof spec.image !== 'string' || !spec.image) throw new Error(`service '${name}': image is empty`)
        const handle = await state.opts.startService({
          image: spec.image,
          env: Object.fromEntries(Object.entries((spec.env ?? {}) as Record<string, unknown>).map(([k, v]) => [k, String(v)])),
          ports: ((spec.ports ?? []) as unknown[]).map(String),
          ...(spec.credentials ? { credentials: spec.credentials as { username: string; password: string } } : {}),
        })
        stops.push(() => handle.stop())
      }
    }
    const steps = (job.steps ?? []) as Record<string, unknown>[]
    // "Set up job": every action except ./local ones is resolved before the first step, so an
    // unknown action fails the job before anything runs, as on GitHub.
    for (const step of steps) {
      if (typeof step.uses === 'string' && !step.uses.startsWith('./')) await resolveAction(step.uses, workspace, state.remotes, STAND_INS)
    }
    for (const [i, step] of steps.entries()) {
      const envCtx = { ...jobEnv, ...jobState.exportedEnv }
      if (!cancelled && Date.now() >= deadline) cancelled = true
      const jobStatus = cancelled ? 'cancelled' : failed ? 'failure' : 'success'
      const ctx = contexts({ env: envCtx, steps: stepsCtx, job: { status: jobStatus } })
      const stepId = typeof step.id === 'string' ? step.id : undefined
      const label =
        step.name !== undefined
          ? safe(() => evaluateString(step.name, ctx), String(step.name))
          : typeof step.uses === 'string'
            ? `Run ${step.uses}`
            : `Run ${String(step.run ?? '').split('\n')[0]}`
      const stepReport: StepReport = {
        name: label,
        ...(stepId ? { id: stepId } : {}),
        ...(typeof step.uses === 'string' ? { uses: step.uses } : { run: String(step.run ?? '') }),
        outcome: 'skipped',
        conclusion: 'skipped',
        outputs: {},
        annotations: [],
        log: '',
      }
      report.steps.push(stepReport)
      let ok: boolean
      let log = ''
      let outputs: Record<string, string> = {}
      let annotations: StepReport['annotations'] = []
      try {
        if (!evaluateCondition(step.if, ctx, { failed, cancelled })) {
          if (stepId) stepsCtx[stepId] = { outputs: {}, outcome: 'skipped', conclusion: 'skipped' }
          state.log(`[${key}] step ${i + 1} '${label}' skipped`)
          continue
        }
        const stepEnv = { ...envCtx, ...evaluateEnv(step.env, ctx) }
        setActionEnv(jobState.runnerEnv, step, stepId, ++anonymousRuns)
        const stepCtx = { ...ctx, env: stepEnv }
        const remaining = cancelled ? CANCEL_GRACE_MS : deadline - Date.now()
        const stepTimeout = Math.min(remaining, minutes(step['timeout-minutes'], stepCtx, 360) * 60_000)
        if (typeof step.run === 'string') {
          const shell = (step.shell ?? defaultsRun.shell) as string | undefined
          const wd = step['working-directory'] ?? defaultsRun['working-directory']
          const r = await runShellStep(
            {
              run: step.run,
              ...(shell ? { shell: evaluateString(shell, stepCtx) } : {}),
              ...(wd !== undefined ? { workingDirectory: evaluateString(wd, stepCtx) } : {}),
            },
            stepEnv,
            stepCtx,
            jobState,
            stepTimeout,
          )
          ;({ ok, log, outputs, annotations } = r)
        } else if (typeof step.uses === 'string') {
          const r = await runUsesStep(step.uses, (step.with ?? {}) as Record<string, unknown>, stepEnv, stepCtx, jobState, stepTimeout)
          ;({ ok, log, outputs, annotations } = r)
        } else throw new Error(`step ${i + 1} has neither run nor uses`)
      } catch (e) {
        ok = false
        log += `${log ? '\n' : ''}##[error]${(e as Error).message}`
        annotations = [...annotations, { level: 'error', message: (e as Error).message }]
      }
      const continueOnError = step['continue-on-error'] !== undefined && truthy(safe(() => evaluateValue(step['continue-on-error'], ctx), false))
      stepReport.outcome = ok ? 'success' : 'failure'
      stepReport.conclusion = ok || continueOnError ? 'success' : 'failure'
      if (!ok && !cancelled && Date.now() >= deadline) {
        // Killed by the job's timeout, not its own: the step and the job are cancelled.
        cancelled = true
        stepReport.outcome = stepReport.conclusion = 'cancelled'
        log += `\n##[error]The job has exceeded the maximum execution time of ${timeoutMin} minutes.`
        annotations = [...annotations, { level: 'error', message: `The job has exceeded the maximum execution time of ${timeoutMin} minutes.` }]
      }
      stepReport.outputs = outputs
      stepReport.log = state.masker.mask(log)
      stepReport.annotations = annotations.map((a) => ({ level: a.level, message: state.masker.mask(a.message) }))
      if (stepId) stepsCtx[stepId] = { outputs, outcome: stepReport.outcome, conclusion: stepReport.conclusion }
      if (stepReport.conclusion === 'failure') failed = true
      state.log(`[${key}] step ${i + 1} '${label}': ${stepReport.outcome}`)
      for (const line of stepReport.log.split('\n')) if (line) state.log(`[${key}]   | ${line}`)
    }
  } finally {
    for (const stop of stops) await stop()
  }

  const endCtx = contexts({
    env: { ...jobEnv, ...jobState.exportedEnv },
    steps: stepsCtx,
    job: { status: cancelled ? 'cancelled' : failed ? 'failure' : 'success' },
  })
  if (environmentUrl !== undefined && report.environment) report.environment.url = safe(() => evaluateString(environmentUrl, endCtx), '')
  // Job outputs that contain a secret are dropped, as GitHub does.
  const outputs: Record<string, string> = {}
  for (const [name, value] of Object.entries((job.outputs ?? {}) as Record<string, unknown>)) {
    const v = safe(() => evaluateString(value, endCtx), '')
    if (Object.values(secrets).some((s) => s && v.includes(s))) state.log(`[${key}] ##[warning]Skip output '${name}' since it may contain secret.`)
    else outputs[name] = v
  }
  report.summary = state.masker.mask(jobState.summary)
  // What the job's requests needed of its token, as the emulator saw them: what its permissions must cover.
  report.tokenUsed = [...(state.opts.emulator.state.tokens?.get(token)?.used ?? [])].sort()
  if (cancelled) {
    report.outcome = 'cancelled'
    return finish('cancelled', outputs, `The job has exceeded the maximum execution time of ${timeoutMin} minutes.`)
  }
  const outcome: JobResult = failed ? 'failure' : 'success'
  report.outcome = outcome
  const continueOnError = job['continue-on-error'] !== undefined && truthy(safe(() => evaluateValue(job['continue-on-error'], base), false))
  return finish(failed && !continueOnError ? 'failure' : 'success', outputs)
}

const CANCEL_GRACE_MS = 5 * 60_000

function safe<T>(f: () => T, fallback: T): T {
  try {
    return f()
  } catch {
    return fallback
  }
}

function registerToken(state: RunState, permissions: Record<string, string>): string {
  const token = `ghs_${randomBytes(18).toString('hex')}`
  state.opts.emulator.state.addToken(token, { permissions, login: 'github-actions[bot]', repositories: [state.opts.repository] })
  state.masker.add(token)
  return token
}

function runnerContext(tempDir: string): Record<string, string> {
  return { os: 'Linux', arch: 'X64', name: 'local-workflow-runner', temp: tempDir, tool_cache: join(tempDir, '..', 'tool-cache'), environment: 'github-hosted' }
}

function runnerEnv(state: RunState, github: Record<string, unknown>, jobId: string, workspace: string, tempDir: string): Record<string, string> {
  const ref = String(github.ref)
  return {
    ...(state.opts.machineEnv ?? {}),
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_JOB: jobId,
    GITHUB_WORKFLOW: String(github.workflow),
    GITHUB_WORKFLOW_REF: String(github.workflow_ref),
    GITHUB_WORKFLOW_SHA: String(github.workflow_sha),
    GITHUB_EVENT_NAME: state.event.name,
    GITHUB_EVENT_PATH: state.eventPath,
    GITHUB_WORKSPACE: workspace,
    GITHUB_SHA: String(github.sha),
    GITHUB_REF: ref,
    GITHUB_REF_NAME: String(github.ref_name),
    GITHUB_REF_TYPE: String(github.ref_type),
    GITHUB_HEAD_REF: String(github.head_ref),
    GITHUB_BASE_REF: String(github.base_ref),
    GITHUB_REPOSITORY: String(github.repository),
    GITHUB_REPOSITORY_OWNER: String(github.repository_owner),
    GITHUB_SERVER_URL: String(github.server_url),
    GITHUB_API_URL: String(github.api_url),
    GITHUB_GRAPHQL_URL: String(github.graphql_url),
    GITHUB_RUN_ID: String(state.runId),
    GITHUB_RUN_NUMBER: '1',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_ACTOR: String(github.actor),
    GITHUB_TRIGGERING_ACTOR: String(github.triggering_actor),
    GITHUB_RETENTION_DAYS: '90',
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_NAME: 'local-workflow-runner',
    RUNNER_ENVIRONMENT: 'github-hosted',
    RUNNER_TEMP: tempDir,
    RUNNER_TOOL_CACHE: join(tempDir, '..', 'tool-cache'),
  }
}

/** GITHUB_ACTION (the step id, or `__run`, `__run_2`, … / `__owner_repo`) and, for actions, GITHUB_ACTION_REPOSITORY and _REF. */
function setActionEnv(env: Record<string, string>, step: Record<string, unknown>, stepId: string | undefined, n: number): void {
  const remote = typeof step.uses === 'string' ? /^([^/@]+\/[^/@]+)[^@]*@(.+)$/.exec(step.uses) : null
  env.GITHUB_ACTION = stepId ?? (remote ? `__${remote[1]!.replace('/', '_')}` : n === 1 ? '__run' : `__run_${n}`)
  env.GITHUB_ACTION_REPOSITORY = remote ? remote[1]! : ''
  env.GITHUB_ACTION_REF = remote ? remote[2]! : ''
}

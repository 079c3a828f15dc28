// Running one workflow (a file, or a reusable workflow called by a job): jobs in `needs` order,
// each job's steps, and calls into reusable workflows with their inputs, secrets and permissions.
import { randomBytes } from 'node:crypto'
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { evaluateCondition, evaluateString, evaluateValue, truthy, type Contexts, type StatusState } from './expressions.js'
import { loadWorkflow, type WorkflowDoc, type WorkflowSource } from './load-workflow.js'
import { effectivePermissions, nestedPermissionError, tokenPermissions, type Permissions } from './permissions.js'
import { parseRemote, resolveAction, type RemoteCache } from './resolve-uses.js'
import { STAND_INS } from './stand-ins.js'
import { runShellStep, runUsesStep, type JobState } from './run-step.js'
import type { JobReport, JobResult, RunEvent, RunnerOptions, StepReport } from './types.js'
import { callContract, callErrors, typedInputs } from './workflow-call.js'
import type { Masker } from './workflow-commands.js'

/** What every job of one run shares. */
export interface RunState {
  opts: RunnerOptions
  runId: number
  runDir: string
  event: RunEvent
  eventPath: string
  /** The `github` context of the run (a called workflow sees its caller's). */
  github: Record<string, unknown>
  masker: Masker
  log: (line: string) => void
  jobs: Record<string, JobReport>
  remotes: RemoteCache
  repoDirs: Record<string, string>
  artifactsDir: string
}

/** One workflow file being executed: the top-level one or a called one. */
export interface Scope {
  source: WorkflowSource
  doc: WorkflowDoc
  inputs: Record<string, unknown>
  /** The secrets context before environment secrets and GITHUB_TOKEN are added. */
  secrets: Record<string, string>
  /** '' or 'caller/' (nested: 'a/b/'). */
  prefix: string
  /** What a job without `permissions:` (here and in its workflow) gets. */
  inherited: Permissions
  env: Record<string, string>
}

const UNSUPPORTED_JOB_KEYS: Record<string, string> = {
  strategy: 'strategy (matrix jobs)',
  container: 'container jobs',
}

type JobOutcome = { result: JobResult; outputs: Record<string, string> }

/** A reusable workflow a job calls: `./.github/workflows/x.yml` (same repository and commit) or `owner/repo/path@ref`. */
export async function calleeSource(state: RunState, caller: WorkflowSource, uses: string): Promise<WorkflowSource> {
  if (uses.startsWith('./')) return { ...caller, path: uses.slice(2) }
  const remote = parseRemote(uses)
  if (!remote || !/\.ya?ml$/.test(remote.path)) throw new Error(`uses: '${uses}' is not a reusable workflow reference (expected ./.github/workflows/x.yml or owner/repo/.github/workflows/x.yml@ref)`)
  const dir = state.remotes.localDir(remote.repo)
  if (!dir) throw new Error(`Unable to resolve reusable workflow '${uses}': the runner has no local repository for '${remote.repo}' (add it to remotes)`)
  const { resolveCommit } = await import('./git.js')
  const commit = await resolveCommit(dir, remote.ref)
  if (!commit) throw new Error(`Unable to resolve reusable workflow '${uses}': no ref '${remote.ref}' in ${remote.repo}`)
  return { repository: remote.repo, repoDir: dir, commit, path: remote.path }
}

/**
 * What GitHub refuses before anything runs, through every nested call: unsupported job syntax,
 * invalid calls (inputs, secrets) and callee jobs asking for more permissions than their caller grants.
 */
export async function prevalidate(state: RunState, source: WorkflowSource, doc: WorkflowDoc, secretNames: string[], inherited: Permissions, depth = 0): Promise<string[]> {
  if (depth > 10) return [`${source.path}: reusable workflows are nested more than 10 levels deep`]
  const errors: string[] = []
  for (const [id, job] of Object.entries(doc.jobs ?? {})) {
    for (const [key, what] of Object.entries(UNSUPPORTED_JOB_KEYS)) {
      if (job[key] !== undefined) errors.push(`${source.path}: job '${id}' uses ${what}, which the local workflow runner does not support`)
    }
    if (typeof job.uses !== 'string') continue
    const uses = job.uses
    const where = `${source.path} (Line: job '${id}'): Error calling workflow '${uses}'.`
    try {
      const callee = await calleeSource(state, source, uses)
      const calleeDoc = await loadWorkflow(callee)
      const contract = callContract(calleeDoc, callee.path)
      const withKeys = Object.keys((job.with ?? {}) as Record<string, unknown>)
      const inherit = job.secrets === 'inherit'
      const explicit = !inherit && job.secrets && typeof job.secrets === 'object' ? Object.keys(job.secrets) : []
      const passed = inherit ? secretNames : explicit
      errors.push(...callErrors(contract, withKeys, passed, explicit).map((e) => `${where} ${e}`))
      const grant = effectivePermissions(job.permissions, doc.permissions, inherited, `${source.path} job '${id}'`)
      for (const [calleeId, calleeJob] of Object.entries(calleeDoc.jobs ?? {})) {
        const asked = calleeJob.permissions ?? calleeDoc.permissions
        if (asked === undefined) continue
        const requested = effectivePermissions(asked, undefined, grant, `${callee.path} job '${calleeId}'`)
        const problem = nestedPermissionError(calleeId, requested, grant)
        if (problem) errors.push(`${where} ${problem}`)
      }
      errors.push(...(await prevalidate(state, callee, calleeDoc, passed, grant, depth + 1)))
    } catch (e) {
      errors.push(`${where} ${(e as Error).message}`)
    }
  }
  return errors
}

/** Runs the jobs of a workflow in `needs` order (file order among those ready); returns each job's result and outputs. */
export async function executeScope(state: RunState, scope: Scope): Promise<Record<string, JobOutcome>> {
  const jobs = scope.doc.jobs ?? {}
  const ids = Object.keys(jobs)
  const needsOf = (id: string): string[] => {
    const n = jobs[id]!.needs
    return n === undefined ? [] : (Array.isArray(n) ? n : [n]).map(String)
  }
  const done: Record<string, JobOutcome> = {}
  while (Object.keys(done).length < ids.length) {
    const next = ids.find((id) => !(id in done) && needsOf(id).every((n) => n in done))
    if (!next) throw new Error(`${scope.source.path}: the jobs' needs form a cycle or name unknown jobs`)
    done[next] = await runJob(state, scope, next, jobs[next]!, needsOf(next), done)
  }
  return done
}

function ancestors(scope: Scope, id: string, seen = new Set<string>()): Set<string> {
  const n = scope.doc.jobs[id]?.needs
  for (const need of n === undefined ? [] : Array.isArray(n) ? n.map(String) : [String(n)]) {
    if (!seen.has(need)) {
      seen.add(need)
      ancestors(scope, need, seen)
    }
  }
  return seen
}

async function runJob(state: RunState, scope: Scope, id: string, job: Record<string, unknown>, needs: string[], done: Record<string, JobOutcome>): Promise<JobOutcome> {
  const key = `${scope.prefix}${id}`
  const needsCtx = Object.fromEntries(needs.map((n) => [n, { result: done[n]!.result, outputs: done[n]!.outputs }]))
  const status: StatusState = {
    success: needs.every((n) => done[n]!.result === 'success'),
    failed: [...ancestors(scope, id)].some((a) => done[a]?.result === 'failure'),
    cancelled: false,
  }
  const permissions = effectivePermissions(job.permissions, scope.doc.permissions, scope.inherited, `${scope.source.path} job '${id}'`)
  const report: JobReport = { name: id, result: 'skipped', outcome: 'skipped', outputs: {}, permissions, steps: [], summary: '' }
  state.jobs[key] = report
  const base: Contexts = { github: state.github, inputs: scope.inputs, vars: state.opts.vars ?? {}, needs: needsCtx, strategy: {}, matrix: {} }

  const finish = (result: JobResult, outputs: Record<string, string> = {}, error?: string): JobOutcome => {
    report.result = result
    if (report.outcome === 'skipped') report.outcome = result
    report.outputs = outputs
    if (error) report.error = state.masker.mask(error)
    state.log(`[${key}] ${result}${error ? `: ${state.masker.mask(error)}` : ''}`)
    return { result, outputs }
  }

  let run: boolean
  try {
    if (job.name !== undefined) report.name = evaluateString(job.name, base)
    run = evaluateCondition(job.if, base, status)
  } catch (e) {
    return finish('failure', {}, (e as Error).message)
  }
  if (!run) return finish('skipped')
  state.log(`[${key}] started`)

  try {
    if (job.concurrency !== undefined) {
      const c = job.concurrency
      report.concurrency = evaluateString(typeof c === 'object' && c ? (c as { group?: unknown }).group : c, { ...base, secrets: {} })
    }
    if (typeof job.uses === 'string') return await callWorkflow(state, scope, id, job, base, permissions, report, finish)
    return await runStepsJob(state, scope, id, job, base, permissions, report, finish)
  } catch (e) {
    return finish('failure', {}, (e as Error).message)
  }
}

type Finish = (result: JobResult, outputs?: Record<string, string>, error?: string) => JobOutcome

async function callWorkflow(state: RunState, scope: Scope, id: string, job: Record<string, unknown>, base: Contexts, grant: Permissions, _report: JobReport, finish: Finish): Promise<JobOutcome> {
  const source = await calleeSource(state, scope.source, job.uses as string)
  const doc = await loadWorkflow(source)
  const contract = callContract(doc, source.path)
  const given = evaluateValue(job.with ?? {}, base) as Record<string, unknown>
  const inputs = typedInputs(contract, given, source.path)
  let secrets: Record<string, string>
  if (job.secrets === 'inherit') secrets = { ...scope.secrets }
  else secrets = Object.fromEntries(Object.entries((job.secrets ?? {}) as Record<string, unknown>).map(([k, v]) => [k, evaluateString(v, { ...base, secrets: scope.secrets })]))
  const calleeBase: Contexts = { github: state.github, inputs, vars: state.opts.vars ?? {}, secrets }
  const env = evaluateEnv(doc.env, calleeBase)
  const results = await executeScope(state, { source, doc, inputs, secrets, prefix: `${scope.prefix}${id}/`, inherited: grant, env })
  const outputs: Record<string, string> = {}
  for (const [name, spec] of Object.entries(contract.outputs)) outputs[name] = evaluateString(spec.value, { ...calleeBase, jobs: results })
  const all = Object.values(results).map((r) => r.result)
  const result: JobResult = all.includes('failure') ? 'failure' : all.includes('cancelled') ? 'cancelled' : 'success'
  return finish(result, outputs)
}

function evaluateEnv(env: unknown, contexts: Contexts): Record<string, string> {
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

async function runStepsJob(state: RunState, scope: Scope, id: string, job: Record<string, unknown>, base: Contexts, permissions: Permissions, report: JobReport, finish: Finish): Promise<JobOutcome> {
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
  const envSecrets = environmentName ? (state.opts.environmentSecrets?.[environmentName] ?? {}) : {}
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
  const stops: (() => Promise<void> | void)[] = []
  try {
    // Services, when the caller says how to start them.
    const services = (job.services ?? {}) as Record<string, Record<string, unknown>>
    if (Object.keys(services).length) {
      if (!state.opts.startService) throw new Error(`job '${id}' has services (${Object.keys(services).join(', ')}); pass the runner a startService option to run them`)
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
      const ctx = contexts({ env: envCtx, steps: stepsCtx, job: { status: failed ? 'failure' : 'success' } })
      const stepId = typeof step.id === 'string' ? step.id : undefined
      const label = step.name !== undefined ? safe(() => evaluateString(step.name, ctx), String(step.name)) : typeof step.uses === 'string' ? `Run ${step.uses}` : `Run ${String(step.run ?? '').split('\n')[0]}`
      const stepReport: StepReport = { name: label, ...(stepId ? { id: stepId } : {}), ...(typeof step.uses === 'string' ? { uses: step.uses } : { run: String(step.run ?? '') }), outcome: 'skipped', conclusion: 'skipped', outputs: {}, annotations: [], log: '' }
      report.steps.push(stepReport)
      let ok: boolean
      let log = ''
      let outputs: Record<string, string> = {}
      let annotations: StepReport['annotations'] = []
      try {
        if (!evaluateCondition(step.if, ctx, { failed, cancelled: false })) {
          if (stepId) stepsCtx[stepId] = { outputs: {}, outcome: 'skipped', conclusion: 'skipped' }
          state.log(`[${key}] step ${i + 1} '${label}' skipped`)
          continue
        }
        const stepEnv = { ...envCtx, ...evaluateEnv(step.env, ctx) }
        const stepCtx = { ...ctx, env: stepEnv }
        const remaining = deadline - Date.now()
        const stepTimeout = Math.min(remaining, minutes(step['timeout-minutes'], stepCtx, 360) * 60_000)
        if (stepTimeout <= 0) throw new Error(`The job has exceeded the maximum execution time of ${timeoutMin} minutes.`)
        if (typeof step.run === 'string') {
          const shell = (step.shell ?? defaultsRun.shell) as string | undefined
          const wd = step['working-directory'] ?? defaultsRun['working-directory']
          const r = await runShellStep({ run: step.run, ...(shell ? { shell: evaluateString(shell, stepCtx) } : {}), ...(wd !== undefined ? { workingDirectory: evaluateString(wd, stepCtx) } : {}) }, stepEnv, stepCtx, jobState, stepTimeout)
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

  const endCtx = contexts({ env: { ...jobEnv, ...jobState.exportedEnv }, steps: stepsCtx, job: { status: failed ? 'failure' : 'success' } })
  if (environmentUrl !== undefined && report.environment) report.environment.url = safe(() => evaluateString(environmentUrl, endCtx), '')
  // Job outputs that contain a secret are dropped, as GitHub does.
  const outputs: Record<string, string> = {}
  for (const [name, value] of Object.entries((job.outputs ?? {}) as Record<string, unknown>)) {
    const v = safe(() => evaluateString(value, endCtx), '')
    if (Object.values(secrets).some((s) => s && v.includes(s))) state.log(`[${key}] ##[warning]Skip output '${name}' since it may contain secret.`)
    else outputs[name] = v
  }
  report.summary = state.masker.mask(jobState.summary)
  const outcome: JobResult = failed ? 'failure' : 'success'
  report.outcome = outcome
  const continueOnError = job['continue-on-error'] !== undefined && truthy(safe(() => evaluateValue(job['continue-on-error'], base), false))
  return finish(failed && !continueOnError ? 'failure' : 'success', outputs)
}

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

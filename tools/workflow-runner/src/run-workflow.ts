// Running one workflow (a file, or a reusable workflow called by a job): the checks GitHub makes
// before a run, jobs in `needs` order with their conditions, and calls into reusable workflows
// with their inputs, secrets and permissions.
import { evaluateCondition, evaluateString, evaluateValue, type Contexts, type StatusState } from './expressions.js'
import { resolveCommit } from './git.js'
import { loadWorkflow, type WorkflowDoc, type WorkflowSource } from './load-workflow.js'
import { effectivePermissions, nestedPermissionError, readOnly, type Permissions } from './permissions.js'
import { parseRemote, type RemoteCache } from './resolve-uses.js'
import { evaluateEnv, runStepsJob, type Finish, type JobOutcome } from './run-job.js'
import type { JobReport, JobResult, RunEvent, RunnerOptions } from './types.js'
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
  /** A pull request from a fork: no secrets, read-only tokens. */
  fork: boolean
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

/** A reusable workflow a job calls: `./.github/workflows/x.yml` (same repository and commit) or `owner/repo/path@ref`. */
export async function calleeSource(state: RunState, caller: WorkflowSource, uses: string): Promise<WorkflowSource> {
  if (uses.startsWith('./')) return { ...caller, path: uses.slice(2) }
  const remote = parseRemote(uses)
  if (!remote || !/\.ya?ml$/.test(remote.path))
    throw new Error(`uses: '${uses}' is not a reusable workflow reference (expected ./.github/workflows/x.yml or owner/repo/.github/workflows/x.yml@ref)`)
  const dir = state.remotes.localDir(remote.repo)
  if (!dir) throw new Error(`Unable to resolve reusable workflow '${uses}': the runner has no local repository for '${remote.repo}' (add it to remotes)`)
  const commit = await resolveCommit(dir, remote.ref)
  if (!commit) throw new Error(`Unable to resolve reusable workflow '${uses}': no ref '${remote.ref}' in ${remote.repo}`)
  return { repository: remote.repo, repoDir: dir, commit, path: remote.path }
}

/**
 * What GitHub refuses before anything runs, through every nested call: unsupported job syntax,
 * invalid calls (inputs, secrets) and callee jobs asking for more permissions than their caller grants.
 */
export async function prevalidate(
  state: RunState,
  source: WorkflowSource,
  doc: WorkflowDoc,
  secretNames: string[],
  inherited: Permissions,
  depth = 0,
): Promise<string[]> {
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
  // As on GitHub, every job whose needs are done starts at once; the others wait for them.
  const done: Record<string, JobOutcome> = {}
  const running = new Map<string, Promise<void>>()
  while (Object.keys(done).length < ids.length) {
    const ready = ids.filter((id) => !(id in done) && !running.has(id) && needsOf(id).every((n) => n in done))
    if (!ready.length && !running.size) throw new Error(`${scope.source.path}: the jobs' needs form a cycle or name unknown jobs`)
    for (const id of ready) {
      running.set(
        id,
        runJob(state, scope, id, jobs[id]!, needsOf(id), done).then((outcome) => {
          done[id] = outcome
          running.delete(id)
        }),
      )
    }
    await Promise.race(running.values())
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

async function runJob(
  state: RunState,
  scope: Scope,
  id: string,
  job: Record<string, unknown>,
  needs: string[],
  done: Record<string, JobOutcome>,
): Promise<JobOutcome> {
  const key = `${scope.prefix}${id}`
  const needsCtx = Object.fromEntries(needs.map((n) => [n, { result: done[n]!.result, outputs: done[n]!.outputs }]))
  const status: StatusState = {
    success: needs.every((n) => done[n]!.result === 'success'),
    failed: [...ancestors(scope, id)].some((a) => done[a]?.result === 'failure'),
    cancelled: false,
  }
  const asked = effectivePermissions(job.permissions, scope.doc.permissions, scope.inherited, `${scope.source.path} job '${id}'`)
  const permissions = state.fork ? readOnly(asked) : asked
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
    if (typeof job.uses === 'string') return await callWorkflow(state, scope, id, job, base, permissions, finish)
    return await runStepsJob(state, scope, id, job, base, permissions, report, finish)
  } catch (e) {
    return finish('failure', {}, (e as Error).message)
  }
}

async function callWorkflow(
  state: RunState,
  scope: Scope,
  id: string,
  job: Record<string, unknown>,
  base: Contexts,
  grant: Permissions,
  finish: Finish,
): Promise<JobOutcome> {
  const source = await calleeSource(state, scope.source, job.uses as string)
  const doc = await loadWorkflow(source)
  const contract = callContract(doc, source.path)
  const given = evaluateValue(job.with ?? {}, base) as Record<string, unknown>
  const inputs = typedInputs(contract, given, source.path)
  let secrets: Record<string, string>
  if (job.secrets === 'inherit') secrets = { ...scope.secrets }
  else
    secrets = Object.fromEntries(
      Object.entries((job.secrets ?? {}) as Record<string, unknown>).map(([k, v]) => [k, evaluateString(v, { ...base, secrets: scope.secrets })]),
    )
  const calleeBase: Contexts = { github: state.github, inputs, vars: state.opts.vars ?? {}, secrets }
  const env = evaluateEnv(doc.env, calleeBase)
  const results = await executeScope(state, { source, doc, inputs, secrets, prefix: `${scope.prefix}${id}/`, inherited: grant, env })
  const outputs: Record<string, string> = {}
  for (const [name, spec] of Object.entries(contract.outputs)) outputs[name] = evaluateString(spec.value, { ...calleeBase, jobs: results })
  const all = Object.values(results).map((r) => r.result)
  const result: JobResult = all.includes('failure') ? 'failure' : all.includes('cancelled') ? 'cancelled' : 'success'
  return finish(result, outputs)
}

// The public face: run one workflow file for an event, dispatch an event to every matching
// workflow of the repository at a commit, and run what those runs dispatched in turn.
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { isForkPullRequest, matchesEvent, normalizeOn } from './event-filters.js'
import { evaluateString } from './expressions.js'
import { listFiles, resolveCommit, showFile } from './git.js'
import { loadWorkflow, type WorkflowSource } from './load-workflow.js'
import { defaultPermissions } from './permissions.js'
import { RemoteCache } from './resolve-uses.js'
import { executeScope, prevalidate, type RunState } from './run-workflow.js'
import type { RunEvent, RunnerOptions, RunReport, RunWorkflowOptions } from './types.js'
import { Masker } from './workflow-commands.js'

const WORKFLOWS_DIR = '.github/workflows'

export class WorkflowRunner {
  private localRunId = 0
  private drained = { dispatches: 0, repositoryDispatches: 0 }
  private seeded = new Set<string>()

  constructor(private readonly opts: RunnerOptions) {
    // Dispatches made before the runner existed are not this runner's to run.
    const repo = this.emulatorRepo()
    if (repo) this.drained = { dispatches: repo.dispatches.length, repositoryDispatches: repo.repositoryDispatches?.length ?? 0 }
  }

  private emulatorRepo() {
    const [owner, name] = this.opts.repository.split('/')
    return this.opts.emulator.state.getRepo(owner!, name!)
  }

  /** Runs one workflow file of the repository at `sha` for an event. */
  async runWorkflow(run: RunWorkflowOptions): Promise<RunReport> {
    await this.seedWorkflows(run.sha)
    const source: WorkflowSource = { repository: this.opts.repository, repoDir: this.opts.repoDir, commit: run.sha, path: run.file }
    const lines: string[] = []
    const masker = new Masker()
    for (const v of Object.values(this.opts.secrets ?? {})) masker.add(v)
    for (const env of Object.values(this.opts.environmentSecrets ?? {})) for (const v of Object.values(env)) masker.add(v)
    const log = (line: string) => lines.push(masker.mask(line))

    let name = run.file
    let doc
    let loadError: string | undefined
    try {
      doc = await loadWorkflow(source)
      if (typeof doc.name === 'string') name = doc.name
    } catch (e) {
      loadError = (e as Error).message
    }
    const branch = run.ref.startsWith('refs/heads/') ? run.ref.slice('refs/heads/'.length) : undefined
    const registered = this.opts.emulator.state.addWorkflowRun?.(this.opts.repository, {
      name,
      path: run.file,
      event: run.event.name,
      head_sha: run.sha,
      ...(branch ? { head_branch: branch } : {}),
      actor: this.opts.actor ?? 'octocat',
    })
    const runId = registered?.id ?? ++this.localRunId
    const report: RunReport = { runId, file: run.file, name, runName: name, event: run.event.name, conclusion: 'success', jobs: {}, log: '' }
    const finish = (conclusion: RunReport['conclusion'], error?: string): RunReport => {
      report.conclusion = conclusion
      if (error) {
        report.error = masker.mask(error)
        log(`##[error]${error}`)
      }
      log(`run ${runId} ${name}: ${conclusion}`)
      report.log = lines.join('\n') + '\n'
      if (registered) this.opts.emulator.state.completeWorkflowRun?.(this.opts.repository, runId, conclusion)
      return report
    }
    log(`run ${runId}: ${run.file} at ${run.sha} for ${run.event.name}`)
    if (!doc) return finish('failure', loadError)
    if (run.event.name === 'workflow_dispatch' && !('workflow_dispatch' in normalizeOn(doc.on))) {
      // GitHub refuses such a dispatch (422); the emulator accepts any seeded workflow.
      return finish('failure', "Workflow does not have 'workflow_dispatch' trigger")
    }

    const runDir = this.opts.workDir ? join(this.opts.workDir, `run-${runId}`) : await mkdtemp(join(tmpdir(), 'workflow-run-'))
    await mkdir(runDir, { recursive: true })
    try {
      // Every webhook payload names the repository and the sender; actions read them.
      const [owner, repoName] = this.opts.repository.split('/')
      const payload: Record<string, unknown> = {
        repository: { full_name: this.opts.repository, name: repoName, owner: { login: owner }, default_branch: this.opts.defaultBranch ?? 'main' },
        sender: { login: this.opts.actor ?? 'octocat', type: 'User' },
        ...(run.event.payload ?? {}),
      }
      run = { ...run, event: { ...run.event, payload } }
      const eventPath = join(runDir, 'event.json')
      await writeFile(eventPath, JSON.stringify(payload))
      const github = this.githubContext(run, name, payload)
      const inputs = run.event.name === 'workflow_dispatch' ? dispatchInputs(doc.on, run.inputs ?? (payload.inputs as Record<string, unknown>) ?? {}) : {}
      if (run.event.name === 'workflow_dispatch')
        github.event = { ...payload, inputs: Object.fromEntries(Object.entries(inputs).map(([k, v]) => [k, String(v)])) }
      const repoDirs: Record<string, string> = { [this.opts.repository.toLowerCase()]: this.opts.repoDir }
      for (const [k, v] of Object.entries(this.opts.remotes ?? {})) repoDirs[k.toLowerCase()] = v
      const state: RunState = {
        opts: this.opts,
        runId,
        runDir,
        event: run.event,
        eventPath,
        github,
        masker,
        log,
        jobs: report.jobs,
        remotes: new RemoteCache(this.opts.remotes ?? {}, join(runDir, '_actions')),
        repoDirs,
        artifactsDir: join(runDir, 'artifacts'),
        fork: isForkPullRequest(run.event, this.opts.repository),
      }
      const base = { github, inputs, vars: this.opts.vars ?? {} }
      try {
        if (doc['run-name'] !== undefined) report.runName = evaluateString(doc['run-name'], base)
        if (doc.concurrency !== undefined) {
          const c = doc.concurrency
          report.concurrency = evaluateString(typeof c === 'object' && c ? (c as { group?: unknown }).group : c, base)
        }
      } catch (e) {
        return finish('failure', (e as Error).message)
      }
      // Secrets are not passed to workflows run for a pull request from a fork.
      const secrets = state.fork ? {} : { ...(this.opts.secrets ?? {}) }
      const inherited = defaultPermissions(this.opts.defaultPermissions ?? 'restricted')
      const problems = await prevalidate(state, source, doc, Object.keys(this.opts.secrets ?? {}), inherited)
      if (problems.length) return finish('failure', problems.join('\n'))
      let env: Record<string, string> = {}
      try {
        env = Object.fromEntries(Object.entries((doc.env ?? {}) as Record<string, unknown>).map(([k, v]) => [k, evaluateString(v, { ...base, secrets })]))
        const results = await executeScope(state, { source, doc, inputs, secrets, prefix: '', inherited, env })
        const all = Object.values(results).map((r) => r.result)
        return finish(all.includes('failure') ? 'failure' : all.includes('cancelled') ? 'cancelled' : 'success')
      } catch (e) {
        return finish('failure', (e as Error).message)
      }
    } finally {
      if (!this.opts.keepWorkDir) await rm(runDir, { recursive: true, force: true })
    }
  }

  /** Runs every workflow under .github/workflows/ at `sha` whose `on:` matches the event (file name order). */
  async dispatchEvent(opts: { event: RunEvent; sha: string; ref: string; inputs?: Record<string, unknown>; changedFiles?: string[] }): Promise<RunReport[]> {
    const reports: RunReport[] = []
    await this.seedWorkflows(opts.sha)
    for (const file of await this.workflowFiles(opts.sha)) {
      const text = (await showFile(this.opts.repoDir, opts.sha, file)) ?? ''
      let on: unknown
      let unreadable = false
      try {
        on = (parseYaml(text) as { on?: unknown } | null)?.on
      } catch {
        unreadable = true
      }
      const payload = opts.event.payload ?? {}
      // A file that is not even YAML gets a failed run with the parser's message, as GitHub shows one.
      if (!unreadable && !matchesEvent(on, { name: opts.event.name, payload, ...(opts.changedFiles ? { changedFiles: opts.changedFiles } : {}) })) continue
      reports.push(await this.runWorkflow({ file, event: opts.event, sha: opts.sha, ref: opts.ref, ...(opts.inputs ? { inputs: opts.inputs } : {}) }))
    }
    return reports
  }

  /**
   * Runs the workflow_dispatch and repository_dispatch requests that runs made through the
   * emulator since the last call (each once), and what those runs dispatch in turn.
   */
  async drainDispatches(maxRounds = 10): Promise<RunReport[]> {
    const reports: RunReport[] = []
    for (let round = 0; round < maxRounds; round++) {
      const repo = this.emulatorRepo()
      if (!repo) return reports
      const dispatches = repo.dispatches.slice(this.drained.dispatches)
      const repositoryDispatches = (repo.repositoryDispatches ?? []).slice(this.drained.repositoryDispatches)
      this.drained = { dispatches: repo.dispatches.length, repositoryDispatches: repo.repositoryDispatches?.length ?? 0 }
      if (!dispatches.length && !repositoryDispatches.length) return reports
      for (const d of dispatches) {
        const path = d.path ?? repo.workflows.find((w) => String((w as { id?: unknown }).id) === String(d.workflow_id))?.path
        if (!path) throw new Error(`workflow_dispatch for workflow ${String(d.workflow_id)}: unknown workflow`)
        const ref = d.ref.startsWith('refs/') ? d.ref : `refs/heads/${d.ref}`
        const sha = await resolveCommit(this.opts.repoDir, d.ref)
        if (!sha) throw new Error(`workflow_dispatch of ${path}: no ref '${d.ref}' in ${this.opts.repoDir}`)
        const payload = {
          inputs: d.inputs ?? {},
          ref,
          repository: { full_name: this.opts.repository },
          sender: { login: d.actor ?? this.opts.actor ?? 'octocat' },
          workflow: path,
        }
        reports.push(
          await this.runWorkflow({ file: path, event: { name: 'workflow_dispatch', payload }, sha, ref, inputs: (d.inputs ?? {}) as Record<string, unknown> }),
        )
      }
      for (const d of repositoryDispatches) {
        const branch = this.opts.defaultBranch ?? repo.default_branch ?? 'main'
        const sha = await resolveCommit(this.opts.repoDir, branch)
        if (!sha) throw new Error(`repository_dispatch: no default branch '${branch}' in ${this.opts.repoDir}`)
        const payload = {
          action: d.event_type,
          client_payload: d.client_payload ?? {},
          branch,
          repository: { full_name: this.opts.repository },
          sender: { login: d.actor ?? 'octocat' },
        }
        reports.push(...(await this.dispatchEvent({ event: { name: 'repository_dispatch', payload }, sha, ref: `refs/heads/${branch}` })))
      }
    }
    return reports
  }

  private async workflowFiles(sha: string): Promise<string[]> {
    return (await listFiles(this.opts.repoDir, sha, WORKFLOWS_DIR))
      .filter((f) => /\.ya?ml$/.test(f))
      .sort()
      .map((f) => `${WORKFLOWS_DIR}/${f}`)
  }

  /** Every workflow of the repository is known to the emulator with its workflow_dispatch inputs, so dispatches are accepted. */
  private async seedWorkflows(sha: string): Promise<void> {
    const repo = this.emulatorRepo()
    if (!repo) return
    for (const file of await this.workflowFiles(sha)) {
      if (this.seeded.has(file) || repo.workflows.some((w) => w.path === file)) continue
      this.seeded.add(file)
      let inputs: string[] = []
      try {
        const on = normalizeOn((parseYaml((await showFile(this.opts.repoDir, sha, file)) ?? '') as { on?: unknown } | null)?.on)
        inputs = Object.keys((on.workflow_dispatch?.inputs ?? {}) as Record<string, unknown>)
      } catch {
        inputs = []
      }
      this.opts.emulator.state.addWorkflow(this.opts.repository, file, { inputs })
    }
  }

  private githubContext(run: RunWorkflowOptions, workflowName: string, payload: Record<string, unknown>): Record<string, unknown> {
    const serverUrl = (this.opts.serverUrl ?? 'https://github.com').replace(/\/+$/, '')
    const [owner] = this.opts.repository.split('/')
    const pr = payload.pull_request as { head?: { ref?: string }; base?: { ref?: string } } | undefined
    const actor = this.opts.actor ?? (payload.sender as { login?: string } | undefined)?.login ?? 'octocat'
    return {
      event_name: run.event.name,
      event: payload,
      sha: run.sha,
      ref: run.ref,
      ref_name: run.ref.replace(/^refs\/(heads|tags)\//, '').replace(/^refs\/pull\/(\d+)\/merge$/, '$1/merge'),
      ref_type: run.ref.startsWith('refs/tags/') ? 'tag' : 'branch',
      ref_protected: false,
      head_ref: run.event.name.startsWith('pull_request') ? (pr?.head?.ref ?? '') : '',
      base_ref: run.event.name.startsWith('pull_request') ? (pr?.base?.ref ?? '') : '',
      repository: this.opts.repository,
      repository_owner: owner,
      repositoryUrl: `git://github.com/${this.opts.repository}.git`,
      actor,
      triggering_actor: actor,
      workflow: workflowName,
      workflow_ref: `${this.opts.repository}/${run.file}@${run.ref}`,
      workflow_sha: run.sha,
      server_url: serverUrl,
      api_url: this.opts.emulator.url.replace(/\/+$/, ''),
      graphql_url: `${this.opts.emulator.url.replace(/\/+$/, '')}/graphql`,
      run_number: '1',
      run_attempt: '1',
      retention_days: '90',
      secret_source: 'Actions',
      action: '',
      token: '',
      job: '',
      workspace: '',
    }
  }
}

/** The `inputs` context of a workflow_dispatch run: declared inputs with their defaults; booleans typed. */
export function dispatchInputs(on: unknown, given: Record<string, unknown>): Record<string, unknown> {
  const declared = (normalizeOn(on).workflow_dispatch?.inputs ?? {}) as Record<string, { type?: string; default?: unknown; required?: boolean } | null>
  const out: Record<string, unknown> = {}
  for (const [name, spec] of Object.entries(declared)) {
    const value = name in given ? given[name] : spec?.default
    if (spec?.required && (value === undefined || value === '')) throw new Error(`workflow_dispatch: input '${name}' is required`)
    if (spec?.type === 'boolean') out[name] = value === true || value === 'true'
    else if (spec?.type === 'number') out[name] = value === undefined ? '' : Number(value)
    else out[name] = value === undefined || value === null ? '' : String(value)
  }
  return out
}

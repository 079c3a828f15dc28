// The shapes the runner accepts and returns.
import type { Permissions } from './permissions.js'

export type JobResult = 'success' | 'failure' | 'skipped' | 'cancelled'

/** What the runner needs from the GitHub emulator's state (tools/github-emulator/state.ts), by shape. */
export interface EmulatorStateLike {
  /** The emulator's tokens; `used` lists each `scope:access` a request with the token needed. */
  tokens?: Map<string, { used?: Set<string> }>
  addToken(token: string, opts: { login?: string; permissions?: Record<string, string>; repositories?: string[] }): unknown
  getRepo(
    owner: string,
    name: string,
  ): { workflows: { path: string }[]; dispatches: DispatchLike[]; repositoryDispatches?: RepositoryDispatchLike[]; default_branch: string } | undefined
  addWorkflow(fullName: string, path: string, opts?: { inputs?: string[] }): unknown
  environment?(repo: string, name: string): { reviewers?: string[] } | undefined
  addWorkflowRun?(repo: string, run: { name: string; path: string; event: string; head_sha: string; head_branch?: string; actor?: string }): { id: number }
  completeWorkflowRun?(repo: string, id: number, conclusion: string): unknown
  waitForEnvironmentReview?(repo: string, runId: number, environmentName: string): Promise<{ state: 'approved' | 'rejected'; user: string; comment: string }>
}

export interface DispatchLike {
  workflow_id?: number | string
  path?: string
  ref: string
  inputs?: Record<string, unknown> | null
  actor?: string
}

export interface RepositoryDispatchLike {
  event_type: string
  client_payload?: unknown
  actor?: string
}

export interface ServiceSpec {
  image: string
  env: Record<string, string>
  ports: string[]
  credentials?: { username: string; password: string }
}

export interface RunnerOptions {
  /** `owner/name` of the repository whose workflows run (also its name in the emulator). */
  repository: string
  /** The local git repository holding that repository's commits. */
  repoDir: string
  /** `owner/repo` → local git directory, for `uses: owner/repo/path@ref` and checkout of other repositories. */
  remotes?: Record<string, string>
  emulator: { url: string; state: EmulatorStateLike }
  /** Repository-level secrets. */
  secrets?: Record<string, string>
  /** Environment secrets by environment name; only jobs naming the environment see them. */
  environmentSecrets?: Record<string, Record<string, string>>
  vars?: Record<string, string>
  /** The repository's default GITHUB_TOKEN permissions (default 'restricted'). */
  defaultPermissions?: 'restricted' | 'permissive'
  defaultBranch?: string // default 'main'
  actor?: string // default 'octocat'
  serverUrl?: string // default https://github.com
  /** Where each run's workspaces, temp folders and artifacts go (default: a fresh temp dir per run). */
  workDir?: string
  startService?: (spec: ServiceSpec) => Promise<{ stop(): Promise<void> | void }> | { stop(): Promise<void> | void }
  /**
   * The runner machine's own environment, as a runner image sets it up (tool folders on PATH,
   * container tool configuration): seen by every step, below what the workflow sets.
   */
  machineEnv?: Record<string, string>
  /** Keeps the run folders (for debugging); default false removes them after each run. */
  keepWorkDir?: boolean
}

export interface RunEvent {
  name: string
  payload?: Record<string, unknown>
}

export interface RunWorkflowOptions {
  /** Path of the workflow file inside the repository, e.g. `.github/workflows/ci.yml`. */
  file: string
  event: RunEvent
  sha: string
  ref: string
  inputs?: Record<string, unknown>
}

export interface StepReport {
  name: string
  id?: string
  uses?: string
  run?: string
  outcome: 'success' | 'failure' | 'skipped' | 'cancelled'
  conclusion: 'success' | 'failure' | 'skipped' | 'cancelled'
  outputs: Record<string, string>
  /** `::error::`, `::warning::` and `::notice::` the step printed (masked). */
  annotations: { level: 'error' | 'warning' | 'notice'; message: string }[]
  log: string
}

export interface JobReport {
  /** The job's `name:` evaluated, else its id. */
  name: string
  result: JobResult
  /** Before continue-on-error: a job that failed but may continue has outcome failure, result success. */
  outcome: JobResult
  outputs: Record<string, string>
  permissions: Permissions
  environment?: { name: string; url?: string }
  concurrency?: string
  steps: StepReport[]
  /** What the steps wrote to GITHUB_STEP_SUMMARY. */
  summary: string
  /** Each `scope:access` the job's GITHUB_TOKEN was used for (read from the emulator), sorted. */
  tokenUsed?: string[]
  /** Why the job did not run or failed, when not from a step. */
  error?: string
}

export interface RunReport {
  runId: number
  file: string
  name: string
  runName: string
  event: string
  conclusion: 'success' | 'failure' | 'cancelled'
  concurrency?: string
  jobs: Record<string, JobReport>
  /** Set when the run failed before any job ran (parse errors, invalid calls, permission caps). */
  error?: string
  log: string
}

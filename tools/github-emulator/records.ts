// The records the emulator keeps: plain data that routes render into GitHub's shapes and
// that tests may read and change directly.
import type { GitStore } from './git.js'

/** GITHUB_TOKEN permission scopes (https://docs.github.com/actions/security-guides/automatic-token-authentication). */
export type Scope =
  | 'actions'
  | 'administration'
  | 'attestations'
  | 'checks'
  | 'contents'
  | 'deployments'
  | 'discussions'
  | 'id_token'
  | 'issues'
  | 'members'
  | 'metadata'
  | 'packages'
  | 'pages'
  | 'pull_requests'
  | 'repository_projects'
  | 'security_events'
  | 'statuses'
export type Access = 'none' | 'read' | 'write'
export type Permissions = Partial<Record<Scope, Access>>

export interface UserRecord {
  login: string
  id: number
  type: 'User' | 'Bot' | 'Organization'
  name: string | null
  email: string | null
}

export interface TokenRecord {
  token: string
  login: string
  permissions: Permissions
  /** Repositories (`owner/name`) the token may see; undefined = all. */
  repositories?: string[]
  /** Every `scope:access` a request with this token needed and was granted (what a job's permissions must cover). */
  used: Set<string>
}

export type RepoRole = 'admin' | 'maintain' | 'write' | 'triage' | 'read'

export interface AnnotationRecord {
  path: string
  start_line: number
  end_line: number
  start_column: number | null
  end_column: number | null
  annotation_level: 'notice' | 'warning' | 'failure'
  title: string | null
  message: string
  raw_details: string | null
}

export interface CheckRunRecord {
  id: number
  head_sha: string
  name: string
  status: 'queued' | 'in_progress' | 'completed' | 'waiting' | 'requested' | 'pending'
  conclusion: 'action_required' | 'cancelled' | 'failure' | 'neutral' | 'success' | 'skipped' | 'stale' | 'timed_out' | null
  started_at: string | null
  completed_at: string | null
  external_id: string | null
  details_url: string | null
  output: { title: string | null; summary: string | null; text: string | null }
  annotations: AnnotationRecord[]
  check_suite_id: number
}

export type CommitState = 'error' | 'failure' | 'pending' | 'success'

export interface StatusRecord {
  id: number
  sha: string
  state: CommitState
  context: string
  description: string | null
  target_url: string | null
  creator: string
  created_at: string
  updated_at: string
}

export type DeploymentState = 'error' | 'failure' | 'inactive' | 'in_progress' | 'queued' | 'pending' | 'success'

export interface DeploymentStatusRecord {
  id: number
  state: DeploymentState
  creator: string
  description: string
  environment: string
  target_url: string
  log_url: string
  environment_url: string
  created_at: string
  updated_at: string
}

export interface DeploymentRecord {
  id: number
  sha: string
  ref: string
  task: string
  payload: Record<string, unknown> | string
  environment: string
  original_environment: string
  description: string | null
  creator: string
  transient_environment: boolean
  production_environment: boolean
  created_at: string
  updated_at: string
  statuses: DeploymentStatusRecord[]
}

export interface PullFileRecord {
  filename: string
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged'
  additions: number
  deletions: number
  patch?: string
  previous_filename?: string
  sha: string | null
}

export interface ReviewRecord {
  id: number
  user: string
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING'
  body: string
  commit_id: string | null
  submitted_at: string | null
}

export interface PullRecord {
  number: number
  id: number
  title: string
  body: string | null
  state: 'open' | 'closed'
  draft: boolean
  merged: boolean
  merged_at: string | null
  merge_commit_sha: string | null
  user: string
  head: { ref: string; sha: string; repo: string }
  base: { ref: string; sha: string }
  labels: string[]
  files: PullFileRecord[]
  reviews: ReviewRecord[]
  created_at: string
  updated_at: string
  closed_at: string | null
}

export interface IssueRecord {
  number: number
  id: number
  title: string
  body: string | null
  state: 'open' | 'closed'
  user: string
  labels: string[]
  created_at: string
  updated_at: string
  closed_at: string | null
}

export type ReactionContent = '+1' | '-1' | 'laugh' | 'confused' | 'heart' | 'hooray' | 'rocket' | 'eyes'

export interface ReactionRecord {
  id: number
  content: ReactionContent
  user: string
  created_at: string
}

export interface CommentRecord {
  id: number
  issue_number: number
  body: string
  user: string
  created_at: string
  updated_at: string
  reactions: ReactionRecord[]
}

export interface WorkflowRecord {
  id: number
  /** `.github/workflows/deploy.yml`; dispatch accepts the file name or the id. */
  path: string
  /** Declared `workflow_dispatch` inputs; undefined = accept any. */
  inputs?: string[]
}

/** A deployment environment; `reviewers` are its required reviewers (logins). */
export interface EnvironmentRecord {
  id: number
  name: string
  reviewers: string[]
  created_at: string
  updated_at: string
  /** Required reviewer teams, `org/slug` (set through the REST API). */
  reviewerTeams?: string[]
  prevent_self_review?: boolean
  /** null: any branch or tag may deploy; custom: only those matching `branchPolicies`. */
  deployment_branch_policy?: { protected_branches: boolean; custom_branch_policies: boolean } | null
  branchPolicies?: DeploymentBranchPolicyRecord[]
}

/** A name pattern that branches or tags must match to deploy to an environment. */
export interface DeploymentBranchPolicyRecord {
  id: number
  name: string
  type: 'branch' | 'tag'
}

export interface ReleaseRecord {
  id: number
  tag_name: string
  target_commitish: string
  name: string | null
  body: string | null
  draft: boolean
  prerelease: boolean
  make_latest: 'true' | 'false' | 'legacy'
  author: string
  created_at: string
  published_at: string | null
}

export type ReviewState = 'approved' | 'rejected'

export interface EnvironmentReview {
  state: ReviewState
  user: string
  comment: string
}

/** A job of a workflow run waiting for an environment's required reviewers. */
export interface PendingDeploymentRecord {
  run_id: number
  environment: string
  created_at: string
  resolve(review: EnvironmentReview): void
}

export interface WorkflowRunRecord {
  id: number
  name: string
  path: string
  event: string
  head_sha: string
  head_branch: string | null
  actor: string
  status: 'queued' | 'in_progress' | 'completed' | 'waiting'
  conclusion: string | null
  created_at: string
  updated_at: string
}

/** `POST /repos/{o}/{r}/dispatches`: a repository_dispatch event. */
export interface RepositoryDispatchRecord {
  event_type: string
  client_payload: Record<string, unknown>
  actor: string
  created_at: string
}

export interface DispatchRecord {
  workflow_id: number
  path: string
  ref: string
  inputs: Record<string, unknown>
  actor: string
  created_at: string
}

export interface SarifRecord {
  id: string
  commit_sha: string
  ref: string
  /** The decoded SARIF document. */
  sarif: unknown
  tool_name: string | null
  checkout_uri: string | null
  created_at: string
}

export interface RulesetRecord {
  id: number
  name: string
  target: 'branch' | 'tag' | 'push' | 'repository'
  enforcement: 'disabled' | 'active' | 'evaluate'
  conditions: unknown
  rules: unknown[]
  bypass_actors: unknown[]
  created_at: string
  updated_at: string
}

export interface TeamRecord {
  org: string
  slug: string
  id: number
  members: Map<string, { role: 'member' | 'maintainer'; state: 'active' | 'pending' }>
}

export interface RepoRecord {
  id: number
  owner: string
  name: string
  private: boolean
  fork: boolean
  archived: boolean
  description: string | null
  default_branch: string
  /** GitHub Advanced Security (code scanning uploads on private repositories). */
  advanced_security: boolean
  created_at: string
  updated_at: string
  git: GitStore
  nextNumber: number
  checkRuns: CheckRunRecord[]
  statuses: StatusRecord[]
  deployments: DeploymentRecord[]
  pulls: Map<number, PullRecord>
  issues: Map<number, IssueRecord>
  comments: CommentRecord[]
  collaborators: Map<string, RepoRole>
  workflows: WorkflowRecord[]
  dispatches: DispatchRecord[]
  repositoryDispatches: RepositoryDispatchRecord[]
  environments: Map<string, EnvironmentRecord>
  workflowRuns: WorkflowRunRecord[]
  pendingDeployments: PendingDeploymentRecord[]
  sarifs: SarifRecord[]
  rulesets: RulesetRecord[]
  /** GitHub Releases, created through the REST API (absent until the first). */
  releases?: ReleaseRecord[]
}

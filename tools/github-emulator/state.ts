// The emulator's state, and the helpers tests seed it with. Records are in records.ts.
import { diffTrees, GitStore, type BlobRecord, type GitIdentity } from './git.js'
import type {
  Scope,
  Permissions,
  UserRecord,
  TokenRecord,
  RepoRole,
  CheckRunRecord,
  CommitState,
  StatusRecord,
  PullFileRecord,
  ReviewRecord,
  PullRecord,
  IssueRecord,
  CommentRecord,
  WorkflowRecord,
  EnvironmentRecord,
  EnvironmentReview,
  PendingDeploymentRecord,
  ReviewState,
  WorkflowRunRecord,
  RulesetRecord,
  TeamRecord,
  RepoRecord,
} from './records.js'

export type * from './records.js'

/** What a GITHUB_TOKEN can be granted: never `administration` (rulesets) nor org `members` (teams). */
export const TOKEN_SCOPES = [
  'actions',
  'attestations',
  'checks',
  'contents',
  'deployments',
  'discussions',
  'id_token',
  'issues',
  'packages',
  'pages',
  'pull_requests',
  'repository_projects',
  'security_events',
  'statuses',
] as const satisfies readonly Scope[]

export interface StateOptions {
  /** The clock for every timestamp; tests may pin it. */
  now?: () => Date
}

export class EmulatorState {
  readonly users = new Map<string, UserRecord>()
  readonly tokens = new Map<string, TokenRecord>()
  readonly repos = new Map<string, RepoRecord>()
  readonly teams = new Map<string, TeamRecord>()
  private lastId = 1000
  private readonly clock: () => Date

  constructor(options: StateOptions = {}) {
    this.clock = options.now ?? (() => new Date())
    // The owner of the GitHub Actions app that check runs belong to.
    this.addUser('github', { type: 'Organization' })
  }

  nextId(): number {
    return ++this.lastId
  }

  /** GitHub's timestamp form: ISO 8601 in UTC without milliseconds. */
  now(): string {
    return this.clock()
      .toISOString()
      .replace(/\.\d{3}Z$/, 'Z')
  }

  addUser(login: string, opts: { type?: UserRecord['type']; name?: string; email?: string } = {}): UserRecord {
    const existing = this.users.get(login.toLowerCase())
    if (existing) return existing
    const user: UserRecord = {
      login,
      id: this.nextId(),
      type: opts.type ?? (login.endsWith('[bot]') ? 'Bot' : 'User'),
      name: opts.name ?? null,
      email: opts.email ?? null,
    }
    this.users.set(login.toLowerCase(), user)
    return user
  }

  user(login: string): UserRecord {
    return this.users.get(login.toLowerCase()) ?? this.addUser(login)
  }

  /**
   * Registers a token. `write-all` / `read-all` are the two GITHUB_TOKEN presets (read-all is
   * what a pull request from a fork gets); an object sets scopes one by one (unlisted = none,
   * metadata is always readable). `administration` and `members` need an explicit object, as
   * they need a PAT or an app token on GitHub.
   */
  addToken(token: string, opts: { login?: string; permissions?: 'write-all' | 'read-all' | Permissions; repositories?: string[] } = {}): TokenRecord {
    const login = opts.login ?? 'github-actions[bot]'
    this.addUser(login)
    const preset = opts.permissions ?? 'write-all'
    const permissions: Permissions =
      typeof preset === 'string'
        ? { metadata: 'read', ...Object.fromEntries(TOKEN_SCOPES.map((s) => [s, preset === 'write-all' ? 'write' : 'read'])) }
        : { metadata: 'read', ...preset }
    const record: TokenRecord = { token, login, permissions, used: new Set(), ...(opts.repositories ? { repositories: opts.repositories } : {}) }
    this.tokens.set(token, record)
    return record
  }

  /**
   * Creates `owner/name` with one commit on the default branch holding `files`, or, with
   * `forkOf`, as a fork sharing that repository's commits and default branch.
   */
  addRepo(
    fullName: string,
    opts: { private?: boolean; forkOf?: string; defaultBranch?: string; description?: string; files?: Record<string, string>; advancedSecurity?: boolean } = {},
  ): RepoRecord {
    const [owner, name] = splitName(fullName)
    this.addUser(owner)
    const now = this.now()
    const repo: RepoRecord = {
      id: this.nextId(),
      owner,
      name,
      private: opts.private ?? false,
      fork: opts.forkOf !== undefined,
      archived: false,
      description: opts.description ?? null,
      default_branch: opts.defaultBranch ?? 'main',
      advanced_security: opts.advancedSecurity ?? !opts.private,
      created_at: now,
      updated_at: now,
      git: new GitStore(),
      nextNumber: 1,
      checkRuns: [],
      statuses: [],
      deployments: [],
      pulls: new Map(),
      issues: new Map(),
      comments: [],
      collaborators: new Map([[owner.toLowerCase(), 'admin']]),
      workflows: [],
      dispatches: [],
      repositoryDispatches: [],
      environments: new Map(),
      workflowRuns: [],
      pendingDeployments: [],
      sarifs: [],
      rulesets: [],
    }
    this.repos.set(fullName.toLowerCase(), repo)
    if (opts.forkOf) {
      const source = this.repo(opts.forkOf)
      for (const [sha, commit] of source.git.commits) repo.git.commits.set(sha, commit)
      repo.default_branch = source.default_branch
      repo.git.refs.set(`refs/heads/${source.default_branch}`, source.git.refs.get(`refs/heads/${source.default_branch}`)!)
    } else this.commit(fullName, { files: opts.files ?? { 'README.md': `# ${name}\n` }, message: 'Initial commit' })
    return repo
  }

  getRepo(owner: string, name: string): RepoRecord | undefined {
    return this.repos.get(`${owner}/${name}`.toLowerCase())
  }

  repo(fullName: string): RepoRecord {
    const [owner, name] = splitName(fullName)
    const repo = this.getRepo(owner, name)
    if (!repo) throw new Error(`emulator state: no repository ${fullName} (seed it with state.addRepo)`)
    return repo
  }

  /**
   * Adds a commit on `branch` (default: the default branch; a missing branch starts from the
   * default branch's head). `files` change the parent's tree; `null` deletes a path.
   */
  commit(
    fullName: string,
    opts: {
      branch?: string
      files?: Record<string, string | Buffer | null>
      message?: string
      sha?: string
      author?: Partial<GitIdentity>
      parents?: string[]
    } = {},
  ): string {
    const repo = this.repo(fullName)
    const branch = opts.branch ?? repo.default_branch
    const refName = `refs/heads/${branch}`
    const parents = opts.parents ?? [repo.git.refs.get(refName) ?? repo.git.refs.get(`refs/heads/${repo.default_branch}`)].filter((s): s is string => !!s)
    const tree = new Map<string, BlobRecord>(parents[0] ? repo.git.commits.get(parents[0])?.tree : undefined)
    for (const [path, content] of Object.entries(opts.files ?? {})) {
      if (content === null) tree.delete(path)
      else tree.set(path, GitStore.blob(content))
    }
    const author: GitIdentity = { name: 'Monalisa Octocat', email: 'octocat@github.com', date: this.now(), ...opts.author }
    const record = repo.git.commit({ tree, parents, message: opts.message ?? 'Update', author, ...(opts.sha ? { sha: opts.sha } : {}) })
    repo.git.refs.set(refName, record.sha)
    return record.sha
  }

  /** Creates (or moves) a branch or tag ref, by default at the default branch's head. */
  setRef(fullName: string, ref: string, sha?: string): string {
    const repo = this.repo(fullName)
    const target = sha ?? repo.git.refs.get(`refs/heads/${repo.default_branch}`)!
    repo.git.refs.set(ref.startsWith('refs/') ? ref : `refs/heads/${ref}`, target)
    return target
  }

  addCheckRun(fullName: string, run: Partial<CheckRunRecord> & { head_sha: string; name: string }): CheckRunRecord {
    const record: CheckRunRecord = {
      id: this.nextId(),
      status: run.conclusion ? 'completed' : 'queued',
      conclusion: null,
      started_at: this.now(),
      completed_at: run.conclusion ? this.now() : null,
      external_id: null,
      details_url: null,
      output: { title: null, summary: null, text: null },
      annotations: [],
      check_suite_id: this.nextId(),
      ...run,
    }
    this.repo(fullName).checkRuns.push(record)
    return record
  }

  addStatus(
    fullName: string,
    status: { sha: string; state: CommitState; context?: string; description?: string; target_url?: string; creator?: string },
  ): StatusRecord {
    const now = this.now()
    const record: StatusRecord = {
      id: this.nextId(),
      sha: status.sha,
      state: status.state,
      context: status.context ?? 'default',
      description: status.description ?? null,
      target_url: status.target_url ?? null,
      creator: status.creator ?? 'github-actions[bot]',
      created_at: now,
      updated_at: now,
    }
    this.repo(fullName).statuses.push(record)
    return record
  }

  /**
   * Opens a pull request from `head` (a branch of this repository, or of `headRepo` for a fork,
   * forked here when missing; a missing branch gets one commit with `files`) into `base`.
   * `files` is the diff GitHub reports; without it, the diff of the head against the merge base.
   */
  addPull(
    fullName: string,
    pull: {
      head: string
      base?: string
      headRepo?: string
      title?: string
      body?: string
      user?: string
      draft?: boolean
      labels?: string[]
      files?: Array<Partial<PullFileRecord> & { filename: string }>
    },
  ): PullRecord {
    const repo = this.repo(fullName)
    const headRepoName = pull.headRepo ?? fullName
    const headRepo = this.findRepo(headRepoName) ?? this.addRepo(headRepoName, { forkOf: fullName })
    if (!headRepo.git.refs.has(`refs/heads/${pull.head}`)) {
      const files = Object.fromEntries((pull.files ?? []).map((f) => [f.filename, `${f.filename}\n`]))
      this.commit(headRepoName, { branch: pull.head, files, message: pull.title ?? `Change ${pull.head}` })
    }
    const base = pull.base ?? repo.default_branch
    const now = this.now()
    const number = repo.nextNumber++
    // GitHub keeps a fork's commits in the base repository's network and points
    // refs/pull/N/head at the head, so checks and statuses can be set on it there.
    const headSha = headRepo.git.refs.get(`refs/heads/${pull.head}`)!
    for (const sha of headRepo.git.ancestors(headSha)) repo.git.commits.set(sha, headRepo.git.commits.get(sha)!)
    repo.git.refs.set(`refs/pull/${number}/head`, headSha)
    const user = pull.user ?? headRepo.owner
    this.addUser(user)
    const record: PullRecord = {
      number,
      id: this.nextId(),
      title: pull.title ?? `Pull request ${number}`,
      body: pull.body ?? null,
      state: 'open',
      draft: pull.draft ?? false,
      merged: false,
      merged_at: null,
      merge_commit_sha: null,
      user,
      head: { ref: pull.head, sha: headSha, repo: `${headRepo.owner}/${headRepo.name}` },
      base: { ref: base, sha: repo.git.refs.get(`refs/heads/${base}`)! },
      labels: pull.labels ?? [],
      files: pull.files
        ? pull.files.map((f) => ({ status: 'modified', additions: 1, deletions: 0, sha: GitStore.blob(`${f.filename}\n`).sha, ...f }))
        : this.pullDiff(repo, base, headSha),
      reviews: [],
      created_at: now,
      updated_at: now,
      closed_at: null,
    }
    repo.pulls.set(number, record)
    return record
  }

  addReview(fullName: string, number: number, review: { user: string; state: ReviewRecord['state']; body?: string; commit_id?: string }): ReviewRecord {
    const pull = this.repo(fullName).pulls.get(number)
    if (!pull) throw new Error(`emulator state: no pull request #${number} in ${fullName}`)
    this.addUser(review.user)
    const record: ReviewRecord = {
      id: this.nextId(),
      user: review.user,
      state: review.state,
      body: review.body ?? '',
      commit_id: review.commit_id ?? pull.head.sha,
      submitted_at: review.state === 'PENDING' ? null : this.now(),
    }
    pull.reviews.push(record)
    return record
  }

  addIssue(fullName: string, issue: { title: string; body?: string; user?: string; labels?: string[] }): IssueRecord {
    const repo = this.repo(fullName)
    const now = this.now()
    const user = issue.user ?? repo.owner
    this.addUser(user)
    const record: IssueRecord = {
      number: repo.nextNumber++,
      id: this.nextId(),
      title: issue.title,
      body: issue.body ?? null,
      state: 'open',
      user,
      labels: issue.labels ?? [],
      created_at: now,
      updated_at: now,
      closed_at: null,
    }
    repo.issues.set(record.number, record)
    return record
  }

  addComment(fullName: string, issueNumber: number, comment: { body: string; user?: string }): CommentRecord {
    const repo = this.repo(fullName)
    const now = this.now()
    const user = comment.user ?? repo.owner
    this.addUser(user)
    const record: CommentRecord = { id: this.nextId(), issue_number: issueNumber, body: comment.body, user, created_at: now, updated_at: now, reactions: [] }
    repo.comments.push(record)
    return record
  }

  addTeam(org: string, slug: string, members: Record<string, 'member' | 'maintainer'> = {}): TeamRecord {
    this.addUser(org, { type: 'Organization' })
    const team: TeamRecord = { org, slug, id: this.nextId(), members: new Map() }
    for (const [login, role] of Object.entries(members)) {
      this.addUser(login)
      team.members.set(login.toLowerCase(), { role, state: 'active' })
    }
    this.teams.set(`${org}/${slug}`.toLowerCase(), team)
    return team
  }

  addCollaborator(fullName: string, login: string, role: RepoRole): void {
    this.addUser(login)
    this.repo(fullName).collaborators.set(login.toLowerCase(), role)
  }

  addWorkflow(fullName: string, path: string, opts: { inputs?: string[] } = {}): WorkflowRecord {
    const record: WorkflowRecord = {
      id: this.nextId(),
      path: path.includes('/') ? path : `.github/workflows/${path}`,
      ...(opts.inputs ? { inputs: opts.inputs } : {}),
    }
    this.repo(fullName).workflows.push(record)
    return record
  }

  /** A deployment environment, with required reviewers (logins) when given. */
  addEnvironment(fullName: string, name: string, opts: { reviewers?: string[] } = {}): EnvironmentRecord {
    const repo = this.repo(fullName)
    const now = this.now()
    const existing = repo.environments.get(name.toLowerCase())
    const record: EnvironmentRecord = {
      id: existing?.id ?? this.nextId(),
      name,
      reviewers: opts.reviewers ?? [],
      created_at: existing?.created_at ?? now,
      updated_at: now,
    }
    for (const login of record.reviewers) this.addUser(login)
    repo.environments.set(name.toLowerCase(), record)
    return record
  }

  environment(fullName: string, name: string): EnvironmentRecord | undefined {
    return this.repo(fullName).environments.get(name.toLowerCase())
  }

  addWorkflowRun(
    fullName: string,
    run: { name: string; path: string; event: string; head_sha: string; head_branch?: string | null; actor?: string },
  ): WorkflowRunRecord {
    const now = this.now()
    const record: WorkflowRunRecord = {
      id: this.nextId(),
      name: run.name,
      path: run.path,
      event: run.event,
      head_sha: run.head_sha,
      head_branch: run.head_branch ?? null,
      actor: run.actor ?? 'github-actions[bot]',
      status: 'in_progress',
      conclusion: null,
      created_at: now,
      updated_at: now,
    }
    this.repo(fullName).workflowRuns.push(record)
    return record
  }

  completeWorkflowRun(fullName: string, runId: number, conclusion: string): WorkflowRunRecord {
    const run = this.repo(fullName).workflowRuns.find((r) => r.id === runId)
    if (!run) throw new Error(`no workflow run ${runId} in ${fullName}`)
    Object.assign(run, { status: 'completed', conclusion, updated_at: this.now() })
    return run
  }

  /**
   * A job of run `runId` waits for the required reviewers of `environment`: the promise resolves
   * when one of them approves or rejects, through the REST API or reviewPendingDeployments.
   */
  waitForEnvironmentReview(fullName: string, runId: number, environment: string): Promise<EnvironmentReview> {
    const repo = this.repo(fullName)
    if (!this.environment(fullName, environment)) throw new Error(`no environment ${environment} in ${fullName}`)
    const run = repo.workflowRuns.find((r) => r.id === runId)
    if (run) Object.assign(run, { status: 'waiting', updated_at: this.now() })
    return new Promise((resolve) => {
      repo.pendingDeployments.push({ run_id: runId, environment, created_at: this.now(), resolve })
    })
  }

  /** Answers the pending deployments of a run for these environments, as a required reviewer does. */
  reviewPendingDeployments(
    fullName: string,
    runId: number,
    environments: string[],
    state: ReviewState,
    login: string,
    comment = '',
  ): PendingDeploymentRecord[] {
    const repo = this.repo(fullName)
    const wanted = new Set(environments.map((e) => e.toLowerCase()))
    const answered = repo.pendingDeployments.filter((p) => p.run_id === runId && wanted.has(p.environment.toLowerCase()))
    for (const pending of answered) {
      const reviewers = this.environment(fullName, pending.environment)?.reviewers ?? []
      if (!reviewers.some((r) => r.toLowerCase() === login.toLowerCase())) throw new Error(`${login} is not a required reviewer of ${pending.environment}`)
    }
    repo.pendingDeployments = repo.pendingDeployments.filter((p) => !answered.includes(p))
    const run = repo.workflowRuns.find((r) => r.id === runId)
    if (run && answered.length) Object.assign(run, { status: 'in_progress', updated_at: this.now() })
    for (const pending of answered) pending.resolve({ state, user: login, comment })
    return answered
  }

  addRuleset(fullName: string, ruleset: Partial<RulesetRecord> & { name: string }): RulesetRecord {
    const now = this.now()
    const record: RulesetRecord = {
      id: this.nextId(),
      target: 'branch',
      enforcement: 'active',
      conditions: null,
      rules: [],
      bypass_actors: [],
      created_at: now,
      updated_at: now,
      ...ruleset,
    }
    this.repo(fullName).rulesets.push(record)
    return record
  }

  private pullDiff(repo: RepoRecord, base: string, headSha: string): PullFileRecord[] {
    const baseSha = repo.git.refs.get(`refs/heads/${base}`)!
    const mergeBase = repo.git.mergeBase(baseSha, headSha)
    const before = mergeBase ? repo.git.commits.get(mergeBase)!.tree : new Map<string, BlobRecord>()
    return diffTrees(before, repo.git.commits.get(headSha)!.tree)
  }

  private findRepo(fullName: string): RepoRecord | undefined {
    const [owner, name] = splitName(fullName)
    return this.getRepo(owner, name)
  }
}

function splitName(fullName: string): [string, string] {
  const [owner, name, ...rest] = fullName.split('/')
  if (!owner || !name || rest.length) throw new Error(`emulator state: "${fullName}" is not owner/name`)
  return [owner, name]
}

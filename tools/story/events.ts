// Webhook payloads as GitHub sends them to a workflow (the fields our workflows and actions read,
// in GitHub's shapes), for the events of the local story: pure functions of what happened.
export interface RepositoryRef {
  fullName: string
  defaultBranch: string
}

export interface PullRef {
  number: number
  title: string
  author: string
  head: { ref: string; sha: string }
  base: { ref: string; sha: string }
  merged?: boolean
  mergeCommitSha?: string | null
  state?: 'open' | 'closed'
}

function repository(repo: RepositoryRef): Record<string, unknown> {
  const [owner, name] = repo.fullName.split('/') as [string, string]
  return { full_name: repo.fullName, name, owner: { login: owner, type: 'Organization' }, default_branch: repo.defaultBranch, private: false }
}

const user = (login: string): Record<string, unknown> => ({ login, type: login.endsWith('[bot]') ? 'Bot' : 'User' })

function pullRequest(repo: RepositoryRef, pr: PullRef): Record<string, unknown> {
  return {
    number: pr.number,
    title: pr.title,
    state: pr.state ?? 'open',
    user: user(pr.author),
    head: { ref: pr.head.ref, sha: pr.head.sha, repo: { full_name: repo.fullName } },
    base: { ref: pr.base.ref, sha: pr.base.sha, repo: { full_name: repo.fullName } },
    merged: pr.merged ?? false,
    merge_commit_sha: pr.mergeCommitSha ?? null,
  }
}

export function pullRequestEvent(
  repo: RepositoryRef,
  pr: PullRef,
  action: 'opened' | 'synchronize' | 'reopened' | 'closed',
  sender = pr.author,
): Record<string, unknown> {
  return { action, number: pr.number, pull_request: pullRequest(repo, pr), repository: repository(repo), sender: user(sender) }
}

export function pullRequestReviewEvent(
  repo: RepositoryRef,
  pr: PullRef,
  review: { id: number; user: string; state: 'approved' | 'changes_requested' | 'commented' },
): Record<string, unknown> {
  return {
    action: 'submitted',
    review: { id: review.id, user: user(review.user), state: review.state, commit_id: pr.head.sha },
    pull_request: pullRequest(repo, pr),
    repository: repository(repo),
    sender: user(review.user),
  }
}

export function pushEvent(
  repo: RepositoryRef,
  push: { ref: string; before: string; after: string; pusher: string; message?: string; tree?: string },
): Record<string, unknown> {
  const zero = '0'.repeat(40)
  return {
    ref: push.ref,
    before: push.before || zero,
    after: push.after,
    created: !push.before || push.before === zero,
    deleted: false,
    forced: false,
    base_ref: null,
    head_commit: { id: push.after, tree_id: push.tree ?? '', message: push.message ?? '' },
    commits: [],
    pusher: { name: push.pusher },
    repository: repository(repo),
    sender: user(push.pusher),
  }
}

export function issueCommentEvent(
  repo: RepositoryRef,
  comment: { issue: number; isPullRequest: boolean; id: number; body: string; user: string },
): Record<string, unknown> {
  return {
    action: 'created',
    issue: {
      number: comment.issue,
      ...(comment.isPullRequest ? { pull_request: { url: `https://api.github.com/repos/${repo.fullName}/pulls/${comment.issue}` } } : {}),
    },
    comment: { id: comment.id, body: comment.body, user: user(comment.user) },
    repository: repository(repo),
    sender: user(comment.user),
  }
}

export function deleteEvent(repo: RepositoryRef, branch: string, sender: string): Record<string, unknown> {
  return { ref: branch, ref_type: 'branch', pusher_type: 'user', repository: repository(repo), sender: user(sender) }
}

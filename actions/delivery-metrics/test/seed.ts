// Seeds a generated history into the GitHub emulator's state directly (real git commits with
// the generated author dates, squash-merged pull requests, deployments with their statuses):
// writing thousands of records through the API would spend the time on the emulator, not on
// what is measured. Returns the commit SHA of each main-line index.
import { GitStore, type BlobRecord } from '../../../tools/github-emulator/git.js'
import type { DeploymentRecord, EmulatorState, PullRecord } from '../../../tools/github-emulator/state.js'
import type { History } from './history.js'

const iso = (t: number): string => new Date(t).toISOString().replace(/\.\d{3}Z$/, 'Z')

export function seedHistory(state: EmulatorState, fullName: string, history: History): (index: number) => string {
  const [owner = ''] = fullName.split('/')
  const repo = state.getRepo(owner, fullName.split('/')[1] ?? '') ?? state.repo(fullName)
  const git = repo.git
  const root = git.refs.get(`refs/heads/${repo.default_branch}`) ?? state.commit(fullName, { files: { 'README.md': '# app\n' } })
  const main: string[] = [root]
  const who = (t: number) => ({ name: 'Monalisa Octocat', email: 'octocat@github.com', date: iso(t) })
  for (const c of history.commits.slice(1)) {
    const parent = main[c.index - 1]!
    const tree = new Map<string, BlobRecord>(git.commits.get(parent)!.tree)
    if (!c.pull) {
      tree.set(`direct/${c.index % 8}.txt`, GitStore.blob(`${c.index}\n`))
      main.push(git.commit({ tree, parents: [parent], message: c.message, author: who(c.authorAt) }).sha)
      continue
    }
    const pull = c.pull
    let tip = parent
    pull.commitTimes.forEach((t, i) => {
      // A few paths rewritten over and over: the tree stays small however long the history.
      tree.set(`changes/${pull.number % 16}/${i}.txt`, GitStore.blob(`${pull.number}.${i}\n`))
      tip = git.commit({ tree, parents: [tip], message: `Part ${i + 1} of change ${pull.number}`, author: who(t) }).sha
    })
    git.refs.set(`refs/heads/change-${pull.number}`, tip)
    // A squash merge: one new commit on main with the branch's tree, authored at the merge.
    const squash = git.commit({
      tree,
      parents: [parent],
      message: pull.labels.some((l) => l.startsWith('hotfix')) ? `Fix change (#${pull.number})` : c.message,
      author: who(pull.mergedAt),
    }).sha
    main.push(squash)
    const record: PullRecord = {
      number: pull.number,
      id: state.nextId(),
      title: `Change ${pull.number}`,
      body: null,
      state: 'closed',
      draft: false,
      merged: true,
      merged_at: iso(pull.mergedAt),
      merge_commit_sha: squash,
      user: owner,
      head: { ref: `change-${pull.number}`, sha: tip, repo: fullName },
      base: { ref: repo.default_branch, sha: parent },
      labels: pull.labels,
      files: [],
      reviews: [],
      created_at: iso(pull.commitTimes[0]!),
      updated_at: iso(pull.mergedAt),
      closed_at: iso(pull.mergedAt),
    }
    repo.pulls.set(pull.number, record)
    repo.nextNumber = Math.max(repo.nextNumber, pull.number + 1)
  }
  git.refs.set(`refs/heads/${repo.default_branch}`, main.at(-1)!)
  const shaOf = (index: number): string => main[index]!
  for (const d of history.deployments) {
    const sha = shaOf(d.commit)
    const payload = d.lock
      ? {
          service: d.service,
          version: `v${d.commit}`,
          digest: d.digest,
          image: `ghcr.io/octo/${d.service}@${d.digest}`,
          requested_by: owner,
          command: d.lock.command,
          request: `comment-${d.id}`,
        }
      : { service: d.service, version: `v${d.commit}`, digest: d.digest, image: `ghcr.io/octo/${d.service}@${d.digest}` }
    const record: DeploymentRecord = {
      id: state.nextId(),
      sha,
      ref: d.lock ? repo.default_branch : sha,
      task: 'deploy',
      payload,
      environment: d.environment,
      original_environment: d.environment,
      description: `${d.service} v${d.commit}`,
      creator: owner,
      transient_environment: false,
      production_environment: d.environment === history.production,
      created_at: iso(d.createdAt),
      updated_at: iso(d.statuses.at(-1)?.at ?? d.createdAt),
      statuses: d.statuses.map((s) => ({
        id: state.nextId(),
        state: s.state as DeploymentRecord['statuses'][number]['state'],
        creator: owner,
        description: s.description ?? '',
        environment: d.environment,
        target_url: '',
        log_url: '',
        environment_url: '',
        created_at: iso(s.at),
        updated_at: iso(s.at),
      })),
    }
    repo.deployments.push(record)
  }
  return shaOf
}

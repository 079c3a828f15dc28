// The GitHub emulator, driven by the real client every action uses (the kit's createOctokit,
// with the retry and throttling plugins). Note: the throttling plugin spaces write requests
// one second apart in a process, so these tests seed state directly wherever the write is
// not the point.
import { gzipSync } from 'node:zlib'
import { afterEach, beforeEach, describe, expect, test } from 'vitest'
import { createOctokit, type GitHubClient } from '@cna/kit/octokit'
import { assertNoViolations, faultResponses, READ_TOKEN, startGitHubEmulator, WRITE_TOKEN, type GitHubEmulator } from './emulator.js'
import type { CheckRunRecord } from './records.js'

const OWNER = 'octo'
const REPO = 'app'
const FULL = `${OWNER}/${REPO}`
const repo = { owner: OWNER, repo: REPO }

let emu: GitHubEmulator
let gh: GitHubClient
let main: string

beforeEach(async () => {
  emu = await startGitHubEmulator()
  emu.state.addRepo(FULL, { files: { 'README.md': '# app\n', 'src/index.ts': 'export {}\n' } })
  main = emu.state.repo(FULL).git.refs.get('refs/heads/main')!
  gh = client(WRITE_TOKEN)
})

afterEach(async () => {
  await emu.stop()
})

function client(token: string, retries?: number): GitHubClient {
  return createOctokit(token, { baseUrl: emu.url, retryAfterBaseValue: 1, ...(retries === undefined ? {} : { retries }) })
}

/** The status and body of a request the client rejects. */
async function failure(promise: Promise<unknown>): Promise<{ status: number; data: { message: string; errors?: unknown[] } & Record<string, unknown> }> {
  try {
    await promise
  } catch (error) {
    const e = error as { status: number; response?: { data: unknown } }
    return { status: e.status, data: e.response?.data as { message: string } }
  }
  throw new Error('expected the request to fail')
}

function apiFetch(path: string, init: RequestInit = {}): Promise<Response> {
  return fetch(emu.url + path, { ...init, headers: { authorization: `token ${WRITE_TOKEN}`, ...init.headers } })
}

describe('OpenAPI validation (always on)', () => {
  test('a seeded record missing a required field makes the response fail validation: 500 naming the operation, and a violation', async () => {
    const run = emu.state.addCheckRun(FULL, { head_sha: main, name: 'unit-tests' })
    delete (run as Partial<CheckRunRecord>).name
    const res = await failure(client(WRITE_TOKEN, 0).rest.checks.get({ ...repo, check_run_id: run.id }))
    expect(res.status).toBe(500)
    expect(res.data.message).toMatch(/checks\/get response 200 \(root\) must have required property 'name'/)
    expect(emu.violations).toMatchObject([{ kind: 'response', operation: 'checks/get' }])
    expect(() => assertNoViolations(emu)).toThrow(/must have required property 'name'/)
    expect(emu.violations).toEqual([]) // asserting clears them
  })

  test('a request body of the wrong type is rejected 422, as GitHub does, and recorded', async () => {
    const res = await failure(gh.rest.repos.createCommitStatus({ ...repo, sha: main, state: 'nope' as 'success' }))
    expect(res.status).toBe(422)
    expect(res.data.message).toMatch(/^Invalid request\.\n\nrepos\/create-commit-status request body \/state must be equal to one of the allowed values/)
    expect(emu.violations).toMatchObject([{ kind: 'request', operation: 'repos/create-commit-status', method: 'POST' }])
    expect(emu.state.repo(FULL).statuses).toEqual([])
    emu.violations.length = 0
  })

  test('a query parameter of the wrong type is rejected 422 and recorded', async () => {
    const res = await apiFetch(`/repos/${FULL}/commits/main/check-runs?per_page=lots`)
    expect(res.status).toBe(422)
    expect(((await res.json()) as { message: string }).message).toMatch(/query parameter "per_page" must be integer/)
    expect(emu.violations).toMatchObject([{ kind: 'request', operation: 'checks/list-for-ref' }])
    emu.violations.length = 0
  })

  test('an operation GitHub has but the emulator does not answers 404 and is recorded as not emulated', async () => {
    const res = await failure(gh.rest.repos.listReleases(repo))
    expect(res.status).toBe(404)
    expect(emu.violations).toMatchObject([{ kind: 'not-emulated', operation: 'repos/list-releases' }])
    emu.violations.length = 0
  })

  test('a path that is no GitHub operation answers 404 and is recorded', async () => {
    const res = await failure(gh.request('GET /definitely/not/github'))
    expect(res.status).toBe(404)
    expect(emu.violations).toMatchObject([{ kind: 'unknown-route', path: '/definitely/not/github' }])
    emu.violations.length = 0
  })

  test('the request log records method, path and status of every request', async () => {
    await gh.rest.repos.get(repo)
    await failure(gh.rest.repos.get({ owner: OWNER, repo: 'missing' }))
    expect(emu.requests).toEqual([
      { method: 'GET', path: `/repos/${FULL}`, status: 200, operation: 'repos/get' },
      { method: 'GET', path: `/repos/${OWNER}/missing`, status: 404, operation: 'repos/get' },
    ])
  })
})

describe('with validation quiet', () => {
  afterEach(() => assertNoViolations(emu))

  describe('authentication and permissions', () => {
    test('no token and an unknown token answer 401', async () => {
      expect(await (await fetch(`${emu.url}/repos/${FULL}`)).json()).toMatchObject({ message: 'Requires authentication', status: '401' })
      const res = await failure(client('ghs_unknown').rest.repos.get(repo))
      expect(res).toMatchObject({ status: 401, data: { message: 'Bad credentials' } })
    })

    test('the read-only token of a fork pull request reads, and gets 403 "Resource not accessible by integration" on writes', async () => {
      const ro = client(READ_TOKEN)
      expect((await ro.rest.repos.get(repo)).data.full_name).toBe(FULL)
      const res = await failure(ro.rest.checks.create({ ...repo, name: 'unit-tests', head_sha: main }))
      expect(res).toMatchObject({ status: 403, data: { message: 'Resource not accessible by integration' } })
      expect(res.data.documentation_url).toMatch(/^https:\/\/docs\.github\.com\/.*#create-a-check-run$/)
      expect(emu.state.repo(FULL).checkRuns).toEqual([])
    })

    test('a token limited to other repositories cannot see a private one (404)', async () => {
      emu.state.addRepo('octo/secret', { private: true })
      emu.state.addToken('ghs_scoped', { permissions: 'write-all', repositories: [FULL] })
      expect((await failure(client('ghs_scoped').rest.repos.get({ owner: 'octo', repo: 'secret' }))).status).toBe(404)
      expect((await client('ghs_scoped').rest.repos.get(repo)).status).toBe(200)
    })
  })

  describe('repositories, commits, git refs', () => {
    test('GET a repository and a commit by branch, short SHA and full SHA', async () => {
      const { data: r } = await gh.rest.repos.get(repo)
      expect(r).toMatchObject({ full_name: FULL, default_branch: 'main', private: false, owner: { login: OWNER } })
      const sha = emu.state.commit(FULL, { files: { 'src/index.ts': 'export const a = 1\n', 'README.md': null }, message: 'Change' })
      for (const ref of ['main', sha.slice(0, 7), sha]) {
        const { data } = await gh.rest.repos.getCommit({ ...repo, ref })
        expect(data.sha).toBe(sha)
        expect(data.parents.map((p) => p.sha)).toEqual([main])
        expect(data.files?.map((f) => [f.filename, f.status, f.additions, f.deletions])).toEqual([
          ['README.md', 'removed', 0, 1],
          ['src/index.ts', 'modified', 1, 1],
        ])
      }
      expect((await failure(gh.rest.repos.getCommit({ ...repo, ref: 'nope' }))).data.message).toBe('No commit found for SHA: nope')
    })

    test('create, read, fast-forward, refuse a non-fast-forward, force, delete a ref', async () => {
      const { data: created } = await gh.rest.git.createRef({ ...repo, ref: 'refs/heads/release', sha: main })
      expect(created).toMatchObject({ ref: 'refs/heads/release', object: { sha: main, type: 'commit' } })
      expect((await failure(gh.rest.git.createRef({ ...repo, ref: 'refs/heads/release', sha: main }))).data.message).toBe('Reference already exists')
      expect((await gh.rest.git.getRef({ ...repo, ref: 'heads/release' })).data.object.sha).toBe(main)

      const ahead = emu.state.commit(FULL, { branch: 'other', files: { x: '1' } })
      const sideways = emu.state.commit(FULL, { branch: 'side', parents: [], files: { y: '1' } })
      expect((await gh.rest.git.updateRef({ ...repo, ref: 'heads/release', sha: ahead })).data.object.sha).toBe(ahead)
      const refused = await failure(gh.rest.git.updateRef({ ...repo, ref: 'heads/release', sha: sideways }))
      expect(refused).toMatchObject({ status: 422, data: { message: 'Update is not a fast forward' } })
      expect((await gh.rest.git.updateRef({ ...repo, ref: 'heads/release', sha: sideways, force: true })).data.object.sha).toBe(sideways)

      await gh.rest.git.deleteRef({ ...repo, ref: 'heads/release' })
      expect((await failure(gh.rest.git.getRef({ ...repo, ref: 'heads/release' }))).status).toBe(404)
    })
  })

  describe('contents', () => {
    test('PUT creates a file with a commit, GET returns it (base64 and raw), an update needs the matching blob sha', async () => {
      const put = (content: string, sha?: string) =>
        gh.rest.repos.createOrUpdateFileContents({
          ...repo,
          path: 'deploy/values.yaml',
          message: 'Set image',
          content: Buffer.from(content).toString('base64'),
          ...(sha ? { sha } : {}),
        })
      const created = await put('image: a\n')
      expect(created.status).toBe(201)
      const head = emu.state.repo(FULL).git.refs.get('refs/heads/main')!
      expect(created.data.commit.sha).toBe(head)
      expect(created.data.commit.parents?.[0]?.sha).toBe(main)

      const { data: file } = await gh.rest.repos.getContent({ ...repo, path: 'deploy/values.yaml' })
      if (Array.isArray(file) || file.type !== 'file') throw new Error('expected a file')
      expect(Buffer.from(file.content, 'base64').toString()).toBe('image: a\n')
      const raw = await gh.rest.repos.getContent({ ...repo, path: 'deploy/values.yaml', mediaType: { format: 'raw' } })
      expect(raw.data).toBe('image: a\n')
      expect((await gh.rest.repos.getContent({ ...repo, path: 'deploy/values.yaml', ref: main }).catch((e: { status: number }) => e)).status).toBe(404)

      expect((await failure(put('image: b\n'))).data.message).toBe('Invalid request.\n\n"sha" wasn\'t supplied.')
      expect((await failure(put('image: b\n', 'f'.repeat(40)))).status).toBe(409)
      const updated = await put('image: b\n', file.sha)
      expect(updated.status).toBe(200)
      const { data: dir } = await gh.rest.repos.getContent({ ...repo, path: 'deploy' })
      expect(Array.isArray(dir) && dir.map((e) => [e.name, e.type])).toEqual([['values.yaml', 'file']])
    })
  })

  describe('check runs', () => {
    test('create, update with annotations appended across requests, list annotations, complete', async () => {
      const annotation = (line: number) => ({
        path: 'src/index.ts',
        start_line: line,
        end_line: line,
        annotation_level: 'failure' as const,
        message: `bad ${line}`,
      })
      const { data: created } = await gh.rest.checks.create({ ...repo, name: 'code-quality', head_sha: main, status: 'in_progress' })
      expect(created).toMatchObject({ name: 'code-quality', status: 'in_progress', conclusion: null, head_sha: main, app: { slug: 'github-actions' } })
      const batch = (from: number) => Array.from({ length: 50 }, (_, i) => annotation(from + i))
      await gh.rest.checks.update({ ...repo, check_run_id: created.id, output: { title: 'Lint', summary: 'first', annotations: batch(1) } })
      const { data: done } = await gh.rest.checks.update({
        ...repo,
        check_run_id: created.id,
        conclusion: 'failure',
        output: { title: 'Lint', summary: '60 problems', annotations: batch(51).slice(0, 10) },
      })
      expect(done).toMatchObject({ status: 'completed', conclusion: 'failure', output: { summary: '60 problems', annotations_count: 60 } })
      expect(done.completed_at).toEqual(expect.any(String))
      const annotations = await gh.paginate(gh.rest.checks.listAnnotations, { ...repo, check_run_id: created.id, per_page: 100 })
      expect(annotations.map((a) => a.start_line)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1))
      expect(annotations[0]).toMatchObject({ blob_href: `https://github.com/${FULL}/blob/${main}/src/index.ts`, message: 'bad 1' })
    })

    test('more than 50 annotations in one request is refused 422 (and recorded: the client broke the contract)', async () => {
      const annotations = Array.from({ length: 51 }, (_, i) => ({
        path: 'a.ts',
        start_line: i + 1,
        end_line: i + 1,
        annotation_level: 'warning' as const,
        message: 'm',
      }))
      const res = await failure(gh.rest.checks.create({ ...repo, name: 'x', head_sha: main, output: { title: 't', summary: 's', annotations } }))
      expect(res.status).toBe(422)
      expect(res.data.message).toMatch(/\/output\/annotations must NOT have more than 50 items/)
      expect(emu.violations.splice(0)).toMatchObject([{ kind: 'request', operation: 'checks/create' }])
    })

    test('an unknown head_sha is refused 422; "completed" without a conclusion is refused 422', async () => {
      expect((await failure(gh.rest.checks.create({ ...repo, name: 'x', head_sha: 'a'.repeat(40) }))).data.message).toBe(
        `No commit found for SHA: ${'a'.repeat(40)}`,
      )
      expect((await failure(gh.rest.checks.create({ ...repo, name: 'x', head_sha: main, status: 'completed' }))).status).toBe(422)
    })

    test('list for a ref: filter=latest (default) keeps the newest run per name; check_name and status filter', async () => {
      emu.state.addCheckRun(FULL, { head_sha: main, name: 'unit-tests', conclusion: 'failure' })
      const rerun = emu.state.addCheckRun(FULL, { head_sha: main, name: 'unit-tests', status: 'in_progress' })
      emu.state.addCheckRun(FULL, { head_sha: main, name: 'security-scan', conclusion: 'success' })
      const list = async (params: Record<string, string>) =>
        (await gh.rest.checks.listForRef({ ...repo, ref: 'main', ...params })).data.check_runs.map((r) => `${r.name}:${r.status}`)
      expect(await list({})).toEqual(['security-scan:completed', 'unit-tests:in_progress'])
      expect(await list({ filter: 'all' })).toEqual(['security-scan:completed', 'unit-tests:in_progress', 'unit-tests:completed'])
      expect(await list({ check_name: 'unit-tests', filter: 'all' })).toHaveLength(2)
      expect(await list({ status: 'completed' })).toEqual(['security-scan:completed'])
      expect((await gh.rest.checks.get({ ...repo, check_run_id: rerun.id })).data.id).toBe(rerun.id)
    })

    test('pull_requests lists open pull requests from this repository only, never from forks', async () => {
      const own = emu.state.addPull(FULL, { head: 'feature' })
      const fork = emu.state.addPull(FULL, { head: 'patch', headRepo: 'someone/app' })
      for (const pull of [own, fork]) emu.state.addCheckRun(FULL, { head_sha: pull.head.sha, name: 'peer-review' })
      const runs = (sha: string) => gh.rest.checks.listForRef({ ...repo, ref: sha }).then((r) => r.data.check_runs[0]!.pull_requests.map((p) => p.number))
      expect(await runs(own.head.sha)).toEqual([own.number])
      expect(await runs(fork.head.sha)).toEqual([])
    })
  })

  describe('commit statuses', () => {
    test('create statuses; the combined status is the newest per context; the list is newest first', async () => {
      const create = (state: 'pending' | 'success' | 'failure', context: string) =>
        gh.rest.repos.createCommitStatus({ ...repo, sha: main, state, context, description: state })
      await create('pending', 'ci/build')
      const { data: status } = await create('success', 'ci/build')
      expect(status).toMatchObject({ state: 'success', context: 'ci/build', creator: { login: 'github-actions[bot]' } })
      expect((await gh.rest.repos.getCombinedStatusForRef({ ...repo, ref: 'main' })).data).toMatchObject({ state: 'success', total_count: 1, sha: main })
      emu.state.addStatus(FULL, { sha: main, state: 'failure', context: 'lint' })
      const { data: combined } = await gh.rest.repos.getCombinedStatusForRef({ ...repo, ref: main })
      expect(combined.state).toBe('failure')
      expect(combined.statuses.map((s) => `${s.context}:${s.state}`)).toEqual(['lint:failure', 'ci/build:success'])
      const { data: all } = await gh.rest.repos.listCommitStatusesForRef({ ...repo, ref: 'main' })
      expect(all.map((s) => s.state)).toEqual(['failure', 'success', 'pending'])
    })

    test('a commit with no statuses is pending; a status on an unknown commit is refused 422', async () => {
      expect((await gh.rest.repos.getCombinedStatusForRef({ ...repo, ref: 'main' })).data).toMatchObject({ state: 'pending', total_count: 0 })
      const res = await failure(gh.rest.repos.createCommitStatus({ ...repo, sha: 'b'.repeat(40), state: 'success' }))
      expect(res).toMatchObject({ status: 422, data: { message: `No commit found for SHA: ${'b'.repeat(40)}` } })
    })
  })

  describe('deployments', () => {
    test('create → statuses → auto_inactive → listed newest first → filtered by environment → delete only when inactive', async () => {
      const deploy = async () => {
        const res = await gh.rest.repos.createDeployment({
          ...repo,
          ref: 'main',
          environment: 'staging',
          required_contexts: [],
          payload: { digest: 'sha256:abc' },
        })
        expect(res.status).toBe(201)
        return res.data as { id: number; environment: string; payload: unknown; production_environment?: boolean; sha: string }
      }
      const first = await deploy()
      expect(first).toMatchObject({ environment: 'staging', sha: main, payload: { digest: 'sha256:abc' }, production_environment: false })
      await gh.rest.repos.createDeploymentStatus({ ...repo, deployment_id: first.id, state: 'in_progress' })
      const { data: ok } = await gh.rest.repos.createDeploymentStatus({
        ...repo,
        deployment_id: first.id,
        state: 'success',
        environment_url: 'https://main.staging.example.com',
        log_url: 'https://github.com/octo/app/actions/runs/1',
      })
      expect(ok).toMatchObject({
        state: 'success',
        environment: 'staging',
        environment_url: 'https://main.staging.example.com',
        target_url: 'https://github.com/octo/app/actions/runs/1',
      })

      const second = await deploy()
      await gh.rest.repos.createDeploymentStatus({ ...repo, deployment_id: second.id, state: 'success' })
      const states = async (id: number) => (await gh.rest.repos.listDeploymentStatuses({ ...repo, deployment_id: id })).data.map((s) => s.state)
      expect(await states(first.id)).toEqual(['inactive', 'success', 'in_progress'])
      expect(await states(second.id)).toEqual(['success'])

      expect((await gh.rest.repos.listDeployments(repo)).data.map((d) => d.id)).toEqual([second.id, first.id])
      expect((await gh.rest.repos.listDeployments({ ...repo, environment: 'staging' })).data).toHaveLength(2)
      expect((await gh.rest.repos.listDeployments({ ...repo, environment: 'production' })).data).toEqual([])

      const refused = await failure(gh.rest.repos.deleteDeployment({ ...repo, deployment_id: second.id }))
      expect(refused).toMatchObject({
        status: 422,
        data: { message: 'We cannot delete an active deployment unless it is the only deployment in a given environment.' },
      })
      await gh.rest.repos.deleteDeployment({ ...repo, deployment_id: first.id })
      expect((await failure(gh.rest.repos.getDeployment({ ...repo, deployment_id: first.id }))).status).toBe(404)
    })

    test('required_contexts defaults to every context on the commit: 409 unless all succeed; [] skips the check', async () => {
      emu.state.addStatus(FULL, { sha: main, state: 'pending', context: 'ci/build' })
      emu.state.addCheckRun(FULL, { head_sha: main, name: 'unit-tests', status: 'in_progress' })
      const res = await failure(gh.rest.repos.createDeployment({ ...repo, ref: 'main', environment: 'dev' }))
      expect(res.status).toBe(409)
      expect(res.data).toMatchObject({
        message: 'Conflict: Commit status checks failed for main.',
        errors: [
          {
            resource: 'Deployment',
            field: 'required_contexts',
            code: 'invalid',
            contexts: [
              { context: 'unit-tests', state: 'pending' },
              { context: 'ci/build', state: 'pending' },
            ],
          },
        ],
      })
      const named = await failure(gh.rest.repos.createDeployment({ ...repo, ref: 'main', required_contexts: ['ci/build', 'e2e'] }))
      expect(named.data.errors).toMatchObject([
        {
          contexts: [
            { context: 'ci/build', state: 'pending' },
            { context: 'e2e', state: 'missing' },
          ],
        },
      ])
      const created = await gh.rest.repos.createDeployment({ ...repo, ref: 'main', environment: 'production', required_contexts: [] })
      expect(created.status).toBe(201)
      expect(created.data).toMatchObject({ environment: 'production', production_environment: true, task: 'deploy' })
    })

    test('auto_merge: a branch behind the default branch is merged and answered 202 without a deployment; a conflict is 409', async () => {
      emu.state.commit(FULL, { branch: 'feature', files: { 'feature.txt': 'f\n' } })
      const mainHead = emu.state.commit(FULL, { files: { 'main.txt': 'm\n' } })
      const res = await gh.rest.repos.createDeployment({ ...repo, ref: 'feature', required_contexts: [] })
      expect(res).toMatchObject({ status: 202, data: { message: 'Auto-merged main into feature on deployment.' } })
      const git = emu.state.repo(FULL).git
      const merge = git.commits.get(git.refs.get('refs/heads/feature')!)!
      expect(merge.parents[1]).toBe(mainHead)
      expect([...merge.tree.keys()].sort()).toEqual(['README.md', 'feature.txt', 'main.txt', 'src/index.ts'])
      expect(emu.state.repo(FULL).deployments).toEqual([])

      emu.state.commit(FULL, { branch: 'clash', files: { 'README.md': 'clash\n' } })
      emu.state.commit(FULL, { files: { 'README.md': 'main\n' } })
      expect(await failure(gh.rest.repos.createDeployment({ ...repo, ref: 'clash', required_contexts: [] }))).toMatchObject({
        status: 409,
        data: { message: 'Conflict merging main into clash.' },
      })
    })
  })

  describe('pull requests', () => {
    test('get, files (paginated over 250), reviews, and the diff', async () => {
      const files = Array.from({ length: 250 }, (_, i) => ({ filename: `src/f${i}.ts`, additions: 2, deletions: 1, patch: `@@ -1 +1,2 @@\n-a\n+b\n+c` }))
      const pull = emu.state.addPull(FULL, { head: 'feature', title: 'Add things', user: 'alice', files })
      emu.state.addReview(FULL, pull.number, { user: 'bob', state: 'CHANGES_REQUESTED' })
      emu.state.addReview(FULL, pull.number, { user: 'bob', state: 'APPROVED' })

      const { data } = await gh.rest.pulls.get({ ...repo, pull_number: pull.number })
      expect(data).toMatchObject({ number: pull.number, title: 'Add things', state: 'open', changed_files: 250, additions: 500, deletions: 250, commits: 1 })
      expect(data.head).toMatchObject({ ref: 'feature', sha: pull.head.sha, repo: { full_name: FULL } })
      expect(data.base).toMatchObject({ ref: 'main', sha: main })

      const listed = await gh.paginate(gh.rest.pulls.listFiles, { ...repo, pull_number: pull.number, per_page: 100 })
      expect(listed.map((f) => f.filename)).toEqual(files.map((f) => f.filename))
      const reviews = await gh.paginate(gh.rest.pulls.listReviews, { ...repo, pull_number: pull.number })
      expect(reviews.map((r) => [r.user?.login, r.state, r.commit_id])).toEqual([
        ['bob', 'CHANGES_REQUESTED', pull.head.sha],
        ['bob', 'APPROVED', pull.head.sha],
      ])

      const diff = await gh.rest.pulls.get({ ...repo, pull_number: pull.number, mediaType: { format: 'diff' } })
      expect(String(diff.data)).toMatch(
        /^diff --git a\/src\/f0\.ts b\/src\/f0\.ts\nindex 0000000\.\.[0-9a-f]{7}\n--- a\/src\/f0\.ts\n\+\+\+ b\/src\/f0\.ts\n@@ -1 \+1,2 @@\n-a\n\+b\n\+c\n/,
      )
    })

    test('the diff of a pull request past the file limit answers 406, as GitHub does past 300 files', async () => {
      const pull = emu.state.addPull(FULL, { head: 'big', files: Array.from({ length: 301 }, (_, i) => ({ filename: `f${i}` })) })
      const res = await failure(gh.rest.pulls.get({ ...repo, pull_number: pull.number, mediaType: { format: 'diff' } }))
      expect(res.status).toBe(406)
      expect(res.data.message).toMatch(/^Sorry, the diff exceeded the maximum number of files \(300\)/)
    })

    test('create one from a pushed branch: its files are the git diff; a second one for the same head is refused 422', async () => {
      emu.state.commit(FULL, { branch: 'feature', files: { 'src/index.ts': 'export const x = 1\nexport const y = 2\n', 'docs/a.md': 'a\n' } })
      const { status, data } = await gh.rest.pulls.create({ ...repo, head: 'feature', base: 'main', title: 'Feature' })
      expect(status).toBe(201)
      expect(data).toMatchObject({ title: 'Feature', head: { ref: 'feature' }, base: { ref: 'main', sha: main }, user: { login: 'github-actions[bot]' } })
      const { data: files } = await gh.rest.pulls.listFiles({ ...repo, pull_number: data.number })
      expect(files.map((f) => [f.filename, f.status, f.additions, f.deletions])).toEqual([
        ['docs/a.md', 'added', 1, 0],
        ['src/index.ts', 'modified', 2, 1],
      ])
      const again = await failure(gh.rest.pulls.create({ ...repo, head: 'feature', base: 'main', title: 'Again' }))
      expect(again).toMatchObject({
        status: 422,
        data: { message: 'Validation Failed', errors: [{ message: `A pull request already exists for ${OWNER}:feature.` }] },
      })
    })

    test('list pull requests and the pull requests of a commit', async () => {
      const pull = emu.state.addPull(FULL, { head: 'feature' })
      expect((await gh.rest.pulls.list({ ...repo, head: `${OWNER}:feature` })).data.map((p) => p.number)).toEqual([pull.number])
      const { data } = await gh.rest.repos.listPullRequestsAssociatedWithCommit({ ...repo, commit_sha: pull.head.sha })
      expect(data.map((p) => p.number)).toEqual([pull.number])
    })
  })

  describe('issues and comments', () => {
    test('create, list (paginated over 250), update, react, delete a comment on a pull request', async () => {
      const pull = emu.state.addPull(FULL, { head: 'feature' })
      for (let i = 0; i < 249; i++) emu.state.addComment(FULL, pull.number, { body: `seed ${i}`, user: 'alice' })
      const { data: comment } = await gh.rest.issues.createComment({ ...repo, issue_number: pull.number, body: '<!-- preview -->\nDeployed' })
      expect(comment).toMatchObject({
        body: '<!-- preview -->\nDeployed',
        user: { login: 'github-actions[bot]' },
        html_url: expect.stringContaining(`/pull/${pull.number}#issuecomment-`),
      })

      const all = await gh.paginate(gh.rest.issues.listComments, { ...repo, issue_number: pull.number, per_page: 100 })
      expect(all).toHaveLength(250)
      expect(all.at(-1)?.id).toBe(comment.id)

      const { data: edited } = await gh.rest.issues.updateComment({ ...repo, comment_id: comment.id, body: 'Redeployed' })
      expect(edited.body).toBe('Redeployed')
      const react = () => gh.rest.reactions.createForIssueComment({ ...repo, comment_id: comment.id, content: 'rocket' })
      expect((await react()).status).toBe(201)
      expect((await react()).status).toBe(200) // the same reaction again is not a new one
      expect((await gh.rest.issues.getComment({ ...repo, comment_id: comment.id })).data.reactions).toMatchObject({ total_count: 1, rocket: 1 })

      await gh.rest.issues.deleteComment({ ...repo, comment_id: comment.id })
      expect((await failure(gh.rest.issues.getComment({ ...repo, comment_id: comment.id }))).status).toBe(404)
    })

    test('GET an issue and a pull request as an issue; a comment over 65536 characters is refused 422', async () => {
      const issue = emu.state.addIssue(FULL, { title: 'Bug' })
      const pull = emu.state.addPull(FULL, { head: 'feature' })
      expect((await gh.rest.issues.get({ ...repo, issue_number: issue.number })).data).toMatchObject({ title: 'Bug', state: 'open' })
      expect((await gh.rest.issues.get({ ...repo, issue_number: pull.number })).data.pull_request?.url).toContain(`/pulls/${pull.number}`)
      const res = await failure(gh.rest.issues.createComment({ ...repo, issue_number: issue.number, body: 'x'.repeat(65537) }))
      expect(res).toMatchObject({ status: 422, data: { message: 'Validation Failed', errors: [{ field: 'body', code: 'custom' }] } })
    })
  })

  describe('teams and repository permissions', () => {
    test('team membership needs the org members permission (a GITHUB_TOKEN gets 403); 404 when not a member', async () => {
      emu.state.addTeam('octo', 'security', { carol: 'maintainer' })
      emu.state.addToken('ghp_members', { permissions: { members: 'read' }, login: 'platform-bot' })
      const members = client('ghp_members')
      expect((await members.rest.teams.getMembershipForUserInOrg({ org: 'octo', team_slug: 'security', username: 'carol' })).data).toMatchObject({
        role: 'maintainer',
        state: 'active',
      })
      expect((await failure(members.rest.teams.getMembershipForUserInOrg({ org: 'octo', team_slug: 'security', username: 'dave' }))).status).toBe(404)
      expect((await failure(gh.rest.teams.getMembershipForUserInOrg({ org: 'octo', team_slug: 'security', username: 'carol' }))).status).toBe(403)
    })

    test.each([
      ['admin', 'admin', 'admin'],
      ['maintain', 'write', 'maintain'],
      ['write', 'write', 'write'],
      ['triage', 'read', 'triage'],
      ['read', 'read', 'read'],
    ] as const)('collaborator with role %s has permission %s', async (role, permission, roleName) => {
      emu.state.addCollaborator(FULL, 'erin', role)
      const { data } = await gh.rest.repos.getCollaboratorPermissionLevel({ ...repo, username: 'erin' })
      expect(data).toMatchObject({ permission, role_name: roleName, user: { login: 'erin' } })
    })

    test('a user who is no collaborator can read a public repository; an unknown user is 404', async () => {
      emu.state.addUser('frank')
      expect((await gh.rest.repos.getCollaboratorPermissionLevel({ ...repo, username: 'frank' })).data.permission).toBe('read')
      expect((await failure(gh.rest.repos.getCollaboratorPermissionLevel({ ...repo, username: 'ghost' }))).status).toBe(404)
    })
  })

  describe('workflow dispatch', () => {
    test('204 and recorded; an unknown workflow is 404; undeclared inputs are 422', async () => {
      emu.state.addWorkflow(FULL, 'deploy.yml', { inputs: ['environment', 'version'] })
      const res = await gh.rest.actions.createWorkflowDispatch({
        ...repo,
        workflow_id: 'deploy.yml',
        ref: 'main',
        inputs: { environment: 'staging', version: 'abc' },
      })
      expect(res.status).toBe(204)
      expect(emu.state.repo(FULL).dispatches).toMatchObject([
        { path: '.github/workflows/deploy.yml', ref: 'main', inputs: { environment: 'staging', version: 'abc' } },
      ])
      expect((await failure(gh.rest.actions.createWorkflowDispatch({ ...repo, workflow_id: 'nope.yml', ref: 'main' }))).status).toBe(404)
      const bad = await failure(gh.rest.actions.createWorkflowDispatch({ ...repo, workflow_id: 'deploy.yml', ref: 'main', inputs: { colour: 'red' } }))
      expect(bad).toMatchObject({ status: 422, data: { message: 'Unexpected inputs provided: ["colour"]' } })
    })
  })

  describe('repository dispatch', () => {
    test('204 and recorded with the sender; a token without contents: write gets 403', async () => {
      const res = await gh.rest.repos.createDispatchEvent({ ...repo, event_type: 'chatops', client_payload: { command: '/status api' } })
      expect(res.status).toBe(204)
      expect(emu.state.repo(FULL).repositoryDispatches).toMatchObject([
        { event_type: 'chatops', client_payload: { command: '/status api' }, actor: 'github-actions[bot]' },
      ])
      expect((await failure(client(READ_TOKEN).rest.repos.createDispatchEvent({ ...repo, event_type: 'chatops' }))).status).toBe(403)
      expect(emu.state.repo(FULL).repositoryDispatches).toHaveLength(1)
    })
  })

  describe('job tokens: permissions of a workflow job', () => {
    test('a token gets exactly its scopes (403 beyond them) and records the scopes its requests used', async () => {
      emu.state.addToken('ghs_job', { permissions: { contents: 'read', deployments: 'read', packages: 'read' } })
      const job = client('ghs_job')
      expect((await job.rest.repos.listDeployments(repo)).status).toBe(200)
      const res = await failure(job.rest.repos.createDeployment({ ...repo, ref: 'main', environment: 'dev', required_contexts: [] }))
      expect(res).toMatchObject({ status: 403, data: { message: 'Resource not accessible by integration' } })
      expect([...emu.state.tokens.get('ghs_job')!.used].sort()).toEqual(['deployments:read'])
      expect(emu.state.tokens.get('ghs_job')!.permissions).toMatchObject({ metadata: 'read', packages: 'read' })
    })
  })

  describe('environments with required reviewers', () => {
    test('a waiting run lists its pending deployment; a required reviewer approves it through the REST API', async () => {
      const env = emu.state.addEnvironment(FULL, 'production', { reviewers: ['rita'] })
      const run = emu.state.addWorkflowRun(FULL, { name: 'release', path: '.github/workflows/release.yml', event: 'push', head_sha: main })
      const review = emu.state.waitForEnvironmentReview(FULL, run.id, 'production')
      const { data: pending } = await gh.rest.actions.getPendingDeploymentsForRun({ ...repo, run_id: run.id })
      expect(pending).toMatchObject([
        { environment: { id: env.id, name: 'production' }, current_user_can_approve: false, reviewers: [{ type: 'User', reviewer: { login: 'rita' } }] },
      ])
      emu.state.addToken('ghp_rita', { login: 'rita', permissions: { deployments: 'write', actions: 'read' } })
      const rita = client('ghp_rita')
      const { status } = await rita.rest.actions.reviewPendingDeploymentsForRun({
        ...repo,
        run_id: run.id,
        environment_ids: [env.id],
        state: 'approved',
        comment: 'ship it',
      })
      expect(status).toBe(200)
      await expect(review).resolves.toEqual({ state: 'approved', user: 'rita', comment: 'ship it' })
      expect((await rita.rest.actions.getPendingDeploymentsForRun({ ...repo, run_id: run.id })).data).toEqual([])
    })

    test('someone who is not a required reviewer cannot answer (422), and the job keeps waiting until a rejection', async () => {
      const env = emu.state.addEnvironment(FULL, 'production', { reviewers: ['rita'] })
      const run = emu.state.addWorkflowRun(FULL, { name: 'release', path: '.github/workflows/release.yml', event: 'push', head_sha: main })
      const review = emu.state.waitForEnvironmentReview(FULL, run.id, 'production')
      const bad = await failure(
        gh.rest.actions.reviewPendingDeploymentsForRun({ ...repo, run_id: run.id, environment_ids: [env.id], state: 'approved', comment: '' }),
      )
      expect(bad).toMatchObject({ status: 422, data: { message: 'github-actions[bot] is not a required reviewer of production' } })
      expect(emu.state.repo(FULL).pendingDeployments).toHaveLength(1)
      emu.state.reviewPendingDeployments(FULL, run.id, ['production'], 'rejected', 'rita', 'not today')
      await expect(review).resolves.toEqual({ state: 'rejected', user: 'rita', comment: 'not today' })
      expect((await failure(gh.rest.actions.getPendingDeploymentsForRun({ ...repo, run_id: 999_999 }))).status).toBe(404)
    })
  })

  describe('code scanning', () => {
    test('a gzip + base64 SARIF upload is decoded and stored; 202 with its id and url', async () => {
      const sarif = { version: '2.1.0', runs: [{ tool: { driver: { name: 'Trivy' } }, results: [] }] }
      const { status, data } = await gh.rest.codeScanning.uploadSarif({
        ...repo,
        commit_sha: main,
        ref: 'refs/heads/main',
        sarif: gzipSync(JSON.stringify(sarif)).toString('base64'),
      })
      expect(status).toBe(202)
      expect(data.url).toBe(`${emu.url}/repos/${FULL}/code-scanning/sarifs/${data.id}`)
      expect(emu.state.repo(FULL).sarifs).toMatchObject([{ id: data.id, commit_sha: main, ref: 'refs/heads/main', sarif }])
      expect((await gh.rest.codeScanning.getSarif({ ...repo, sarif_id: data.id! })).data.processing_status).toBe('complete')
    })

    test('a private repository without Advanced Security answers 403', async () => {
      emu.state.addRepo('octo/private', { private: true })
      const head = emu.state.repo('octo/private').git.refs.get('refs/heads/main')!
      const res = await failure(gh.rest.codeScanning.getSarif({ owner: 'octo', repo: 'private', sarif_id: 'x' }))
      expect(res.status).toBe(403)
      expect(head).toMatch(/^[0-9a-f]{40}$/)
    })
  })

  describe('rulesets', () => {
    test('create, list, get and update need administration; the GITHUB_TOKEN may read them but gets 403 on writes', async () => {
      emu.state.addToken('ghp_admin', { permissions: { administration: 'write' } })
      const admin = client('ghp_admin')
      const { data: created } = await admin.rest.repos.createRepoRuleset({
        ...repo,
        name: 'main protection',
        target: 'branch',
        enforcement: 'active',
        conditions: { ref_name: { include: ['~DEFAULT_BRANCH'], exclude: [] } },
        rules: [
          { type: 'deletion' },
          { type: 'required_status_checks', parameters: { strict_required_status_checks_policy: true, required_status_checks: [{ context: 'unit-tests' }] } },
        ],
      })
      expect(created).toMatchObject({ name: 'main protection', source: FULL, source_type: 'Repository', enforcement: 'active' })
      expect((await gh.rest.repos.getRepoRulesets(repo)).data.map((r) => r.name)).toEqual(['main protection'])
      const { data: updated } = await admin.rest.repos.updateRepoRuleset({ ...repo, ruleset_id: created.id, enforcement: 'evaluate' })
      expect(updated).toMatchObject({ enforcement: 'evaluate', rules: [{ type: 'deletion' }, { type: 'required_status_checks' }] })
      expect((await gh.rest.repos.getRepoRuleset({ ...repo, ruleset_id: created.id })).data.enforcement).toBe('evaluate')
      expect((await failure(gh.rest.repos.createRepoRuleset({ ...repo, name: 'x', enforcement: 'active' }))).status).toBe(403)
    })
  })

  describe('pagination', () => {
    test('octokit.paginate walks 250 check runs through the Link header, 100 per page', async () => {
      for (let i = 0; i < 250; i++) emu.state.addCheckRun(FULL, { head_sha: main, name: `check-${i}` })
      const runs = await gh.paginate(gh.rest.checks.listForRef, { ...repo, ref: main, per_page: 100 })
      expect(runs).toHaveLength(250)
      expect(new Set(runs.map((r) => r.name)).size).toBe(250)
      expect(emu.requests.map((r) => new URL(r.path, emu.url).searchParams.get('page'))).toEqual([null, '2', '3'])
    })

    test('Link header: prev, next, last and first; per_page defaults to 30 and is capped at 100', async () => {
      for (let i = 0; i < 250; i++) emu.state.addStatus(FULL, { sha: main, state: 'success', context: `c${i}` })
      const page = async (query: string) => {
        const res = await apiFetch(`/repos/${FULL}/commits/${main}/statuses${query}`)
        return { count: ((await res.json()) as unknown[]).length, link: res.headers.get('link') }
      }
      const url = (n: number, per = 100) => `<${emu.url}/repos/${FULL}/commits/${main}/statuses?per_page=${per}&page=${n}>`
      expect(await page('?per_page=100&page=2')).toEqual({
        count: 100,
        link: `${url(1)}; rel="prev", ${url(3)}; rel="next", ${url(3)}; rel="last", ${url(1)}; rel="first"`,
      })
      expect(await page('')).toEqual({ count: 30, link: `${url(2, 30)}; rel="next", ${url(9, 30)}; rel="last"` })
      expect((await page('?per_page=500')).count).toBe(100)
      expect(await page('?per_page=100&page=3')).toEqual({ count: 50, link: `${url(2)}; rel="prev", ${url(1)}; rel="first"` })
    })
  })

  describe('fault injection (faults are not violations)', () => {
    test.each([500, 502, 503] as const)('a %i once is retried by the client; the request log shows both', async (status) => {
      emu.faults.add({ method: 'GET', path: '/repos/{owner}/{repo}', times: 1, respond: faultResponses.serverError(status) })
      expect((await gh.rest.repos.get(repo)).status).toBe(200)
      expect(emu.requests.map((r) => [r.status, r.fault ?? false])).toEqual([
        [status, true],
        [200, false],
      ])
    })

    test('429 with retry-after is retried', async () => {
      const fault = emu.faults.add({ path: /\/check-runs$/, times: 2, respond: faultResponses.tooManyRequests(1) })
      expect((await gh.rest.checks.listForRef({ ...repo, ref: 'main' })).status).toBe(200)
      expect(fault.hits).toBe(2)
      expect(emu.requests.map((r) => r.status)).toEqual([429, 429, 200])
    })

    test('the secondary rate limit (403 naming it, with retry-after) is retried, on a write too', async () => {
      emu.faults.add({ method: 'POST', path: 'repos/create-commit-status', respond: faultResponses.secondaryRateLimit(1) })
      const { status } = await gh.rest.repos.createCommitStatus({ ...repo, sha: main, state: 'success' })
      expect(status).toBe(201)
      expect(emu.requests.map((r) => r.status)).toEqual([403, 201])
      expect(emu.state.repo(FULL).statuses).toHaveLength(1)
    })

    test('the primary rate limit (403, x-ratelimit-remaining: 0, x-ratelimit-reset) is retried after the reset', async () => {
      emu.faults.add({ path: `/repos/${FULL}/pulls/1`, respond: faultResponses.primaryRateLimit(0) })
      emu.state.addPull(FULL, { head: 'feature' })
      expect((await gh.rest.pulls.get({ ...repo, pull_number: 1 })).status).toBe(200)
      expect(emu.requests.map((r) => r.status)).toEqual([403, 200])
    })

    test('a fault that outlasts the retries reaches the caller; a custom response is sent as given', async () => {
      emu.faults.add({ path: '/repos/{owner}/{repo}', times: 10, respond: faultResponses.serverError(503) })
      expect((await failure(client(WRITE_TOKEN, 2).rest.repos.get(repo))).status).toBe(503)
      expect(emu.requests).toHaveLength(3)
      emu.faults.clear()
      emu.faults.add({ path: /^\/repos\//, respond: { status: 418, headers: { 'x-custom': 'yes' }, body: { message: 'teapot' } } })
      const res = await apiFetch(`/repos/${FULL}`)
      expect([res.status, res.headers.get('x-custom'), await res.json()]).toEqual([418, 'yes', { message: 'teapot' }])
      expect(emu.faults.pending()).toEqual([])
    })
  })
})

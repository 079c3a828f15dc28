import { expect, test } from 'vitest'
import { createDeployment, setDeploymentStatus } from '../src/github/deployments.js'
import { fakeRest } from '../testing/rest-fake.js'

function recorder() {
  const gh = fakeRest({
    'POST /repos/{owner}/{repo}/deployments': () => ({ id: 7 }),
    'POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses': () => ({ id: 1 }),
  })
  return { gh, calls: gh.calls }
}
const repo = { owner: 'o', repo: 'r' }

test('a deployment never waits on GitHub required contexts, and its description fits GitHub’s 140 characters', async () => {
  const { gh, calls } = recorder()
  expect(await createDeployment(gh, repo, { ref: 'abc', environment: 'staging', payload: { digest: 'sha256:x' }, description: 'd'.repeat(200) })).toBe(7)
  expect(calls[0]).toEqual({
    route: 'POST /repos/{owner}/{repo}/deployments',
    params: {
      ...repo,
      ref: 'abc',
      environment: 'staging',
      payload: { digest: 'sha256:x' },
      description: 'd'.repeat(140),
      production_environment: false,
      transient_environment: false,
      auto_merge: false,
      required_contexts: [],
      task: 'deploy',
    },
  })
})

test.each([
  ['success', { auto_inactive: true }],
  ['failure', {}],
  ['inactive', {}],
] as const)('status %s: auto_inactive only where it has an effect', async (state, extra) => {
  const { gh, calls } = recorder()
  await setDeploymentStatus(gh, repo, 7, { state, description: 'x', logUrl: 'https://run', environmentUrl: '' })
  expect(calls[0]!.params).toEqual({ ...repo, deployment_id: 7, state, description: 'x', log_url: 'https://run', ...extra })
})

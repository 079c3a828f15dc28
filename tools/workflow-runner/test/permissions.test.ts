import { afterAll, afterEach, describe, expect, test } from 'vitest'
import { defaultPermissions, nestedPermissionError, parsePermissions } from '../src/permissions.js'
import { cleanupDirs, push, runnerFor, stopEmulator } from './fixtures.js'

afterEach(cleanupDirs)
afterAll(stopEmulator)

describe('permissions of a job token', () => {
  test.each([
    ['read-all', { contents: 'read', deployments: 'read', id_token: 'none' }],
    ['write-all', { contents: 'write', id_token: 'write', pull_requests: 'write' }],
    [{}, { contents: 'none', packages: 'none', metadata: 'read' }],
    [
      { 'pull-requests': 'write', 'id-token': 'write' },
      { pull_requests: 'write', id_token: 'write', contents: 'none' },
    ],
  ])('%j', (value, expected) => {
    expect(parsePermissions(value, 'job')).toMatchObject(expected)
  })

  test('repository defaults: restricted and permissive', () => {
    expect(defaultPermissions('restricted')).toMatchObject({ contents: 'read', packages: 'read', metadata: 'read', deployments: 'none' })
    expect(defaultPermissions('permissive')).toMatchObject({ contents: 'write', deployments: 'write', id_token: 'none' })
  })

  test('an unknown scope names the accepted ones', () => {
    expect(() => parsePermissions({ deploys: 'write' }, "job 'x'")).toThrow(/job 'x': unknown permission scope 'deploys' \(accepted: actions, attestations/)
  })

  test('nested job asking for more than its caller allows, in GitHub words', () => {
    const allowed = parsePermissions({ deployments: 'read' }, 'caller')
    expect(nestedPermissionError('deploy', parsePermissions({ deployments: 'write' }, 'x'), allowed)).toBe(
      "The nested job 'deploy' is requesting 'deployments: write', but is only allowed 'deployments: read'.",
    )
    expect(nestedPermissionError('deploy', parsePermissions({ deployments: 'read' }, 'x'), allowed)).toBeUndefined()
  })
})

const deployWorkflow = (access: string) => ({
  '.github/workflows/ci.yml': `
on: push
permissions: {}
jobs:
  deploy:
    runs-on: ubuntu-24.04
    permissions:
      deployments: ${access}
    steps:
      - env:
          GITHUB_TOKEN: \${{ github.token }}
          REPO: \${{ github.repository }}
        run: |
          status=$(curl -sS -o body.json -w '%{http_code}' -X POST \\
            -H "Authorization: Bearer $GITHUB_TOKEN" -H 'Content-Type: application/json' \\
            -d '{"ref":"main","environment":"dev","required_contexts":[],"auto_merge":false}' \\
            "$GITHUB_API_URL/repos/$REPO/deployments")
          cat body.json; echo
          echo "status=$status"
          test "$status" = 201
`,
})

describe('each job gets its own token with exactly its permissions', () => {
  test('deployments: read gets 403 from the emulator; write creates the deployment', async () => {
    const read = await runnerFor(deployWorkflow('read'))
    const denied = await read.runner.runWorkflow(push(read.repo.sha))
    expect(denied.jobs.deploy!.result).toBe('failure')
    expect(denied.jobs.deploy!.steps[0]!.log).toContain('Resource not accessible by integration')
    expect(denied.jobs.deploy!.steps[0]!.log).toContain('status=403')
    expect(denied.jobs.deploy!.permissions).toMatchObject({ deployments: 'read', contents: 'none' })

    const write = await runnerFor(deployWorkflow('write'))
    const allowed = await write.runner.runWorkflow(push(write.repo.sha))
    expect(allowed.jobs.deploy!.result).toBe('success')
    expect(write.emu.state.repo(write.repository).deployments).toHaveLength(1)
  })

  test('without permissions anywhere the repository default applies', async () => {
    const wf = {
      '.github/workflows/ci.yml': `
on: push
jobs:
  show:
    runs-on: ubuntu-24.04
    steps:
      - run: echo hi
`,
    }
    const restricted = await runnerFor(wf)
    expect((await restricted.runner.runWorkflow(push(restricted.repo.sha))).jobs.show!.permissions).toMatchObject({
      contents: 'read',
      packages: 'read',
      deployments: 'none',
    })
    const permissive = await runnerFor(wf, { defaultPermissions: 'permissive' })
    expect((await permissive.runner.runWorkflow(push(permissive.repo.sha))).jobs.show!.permissions).toMatchObject({ contents: 'write', deployments: 'write' })
  })

  test('a called workflow job asking for more than the caller grants fails the run before anything runs', async () => {
    const { runner, repo } = await runnerFor({
      '.github/workflows/deploy.yml': `
on: workflow_call
permissions: {}
jobs:
  deploy:
    runs-on: ubuntu-24.04
    permissions:
      contents: read
      deployments: write
    steps:
      - run: echo deploying
`,
      '.github/workflows/ci.yml': `
on: push
permissions: {}
jobs:
  first:
    runs-on: ubuntu-24.04
    steps:
      - run: echo "should not run"
  call:
    uses: ./.github/workflows/deploy.yml
    permissions:
      contents: read
      deployments: read
`,
    })
    const report = await runner.runWorkflow(push(repo.sha))
    expect(report.conclusion).toBe('failure')
    expect(report.error).toContain("The nested job 'deploy' is requesting 'deployments: write', but is only allowed 'deployments: read'.")
    expect(report.jobs).toEqual({})
  })

  test('a callee job without permissions gets the caller grant', async () => {
    const { runner, repo } = await runnerFor({
      '.github/workflows/inner.yml': `
on: workflow_call
jobs:
  inner:
    runs-on: ubuntu-24.04
    steps:
      - run: echo inner
`,
      '.github/workflows/ci.yml': `
on: push
permissions: {}
jobs:
  call:
    uses: ./.github/workflows/inner.yml
    permissions:
      checks: write
`,
    })
    const report = await runner.runWorkflow(push(repo.sha))
    expect(report.jobs['call/inner']!.permissions).toMatchObject({ checks: 'write', contents: 'none' })
  })
})

import { afterAll, afterEach, describe, expect, test } from 'vitest'
import { cleanupDirs, push, runnerFor, stopEmulator } from './fixtures.js'

afterEach(cleanupDirs)
afterAll(stopEmulator)

describe('stand-ins for third-party actions', () => {
  test('create-github-app-token gives a masked emulator token with the permissions asked for; setup-node reports the tool', async () => {
    const { runner, repo, repository } = await runnerFor(
      {
        '.github/workflows/ci.yml': `
on: push
permissions: {}
jobs:
  app:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/setup-node@v4
        id: node
        with:
          node-version: 24
      - id: app
        uses: actions/create-github-app-token@v2
        with:
          app-id: \${{ vars.APP_ID }}
          private-key: \${{ secrets.APP_KEY }}
          permission-deployments: write
      - env:
          TOKEN: \${{ steps.app.outputs.token }}
          REPO: \${{ github.repository }}
        run: |
          echo "token=$TOKEN node=\${{ steps.node.outputs.node-version }}"
          curl -sS -f -o /dev/null -w 'deploy=%{http_code}\\n' -X POST -H "Authorization: Bearer $TOKEN" \\
            -d '{"ref":"main","required_contexts":[],"auto_merge":false}' "$GITHUB_API_URL/repos/$REPO/deployments"
      - env:
          SAME: \${{ secrets.GITHUB_TOKEN == github.token }}
        run: echo "secrets.GITHUB_TOKEN is github.token=$SAME"
`,
      },
      { vars: { APP_ID: '12345' }, secrets: { APP_KEY: '-----BEGIN RSA PRIVATE KEY-----' } },
    )
    const report = await runner.runWorkflow(push(repo.sha))
    const steps = report.jobs.app!.steps
    expect(report.conclusion, report.log).toBe('success')
    expect(steps[0]!.outputs['node-version']).toBe(process.version.slice(1))
    expect(steps[2]!.log).toContain(`token=*** node=${process.version.slice(1)}`)
    expect(steps[2]!.log).toContain('deploy=201')
    expect(steps[3]!.log).toContain('secrets.GITHUB_TOKEN is github.token=true')
    expect(steps[1]!.outputs.token).toMatch(/^ghs_/)
    expect(report.log).not.toContain(steps[1]!.outputs.token!)
    expect(repository).toBeTruthy()
  })

  test('a missing required input of a stand-in fails the step like the action', async () => {
    const { runner, repo } = await runnerFor({
      '.github/workflows/ci.yml': `
on: push
jobs:
  app:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/create-github-app-token@v2
        with:
          app-id: '1'
`,
    })
    const report = await runner.runWorkflow(push(repo.sha))
    expect(report.jobs.app!.steps[0]!.log).toContain('Input required and not supplied: private-key')
  })
})

import { describe, expect, test } from 'vitest'
import { parseCommand, USAGE, type DeploymentView, type StatusRow } from '@cna/kit/chatops'
import { getInputs } from '../src/inputs.js'
import { deployedReply, footer, helpReply, refusedReply, statusReply, workingReply } from '../src/reply.js'

const DIGEST = `sha256:${'d'.repeat(64)}`
const OLD_DIGEST = `sha256:${'0'.repeat(64)}`
const SHA = 'c'.repeat(40)
/** Text a commenter or a deployment payload could carry: a link, a bare URL, a mention. */
const HOSTILE = '[Approve](https://evil.example/approve) https://evil.example www.evil.example @octo-org/admins'

/** The reply with its code spans removed: what GitHub renders as Markdown (links, autolinks, mentions). */
const rendered = (markdown: string): string => markdown.replace(/`[^`\n]*`/g, '')

const inputs = (values: Record<string, string> = {}) =>
  getInputs(
    (name) =>
      ({
        services: 'web: ghcr.io/octo/web\napi: ghcr.io/octo/api',
        environments: 'dev, staging, production',
        'production-environments': 'production',
        ...values,
      })[name],
  )

describe('footer: who, what, when, which run', () => {
  test.each([
    {
      name: 'with the run',
      runUrl: 'https://github.com/octo/app/actions/runs/9',
      want: '<sub>@rita · `/deploy web v1 to dev` · 2026-11-01T10:00:00Z · [run](https://github.com/octo/app/actions/runs/9)</sub>',
    },
    { name: 'without a run URL, no link', runUrl: '', want: '<sub>@rita · `/deploy web v1 to dev` · 2026-11-01T10:00:00Z</sub>' },
  ])('$name', ({ runUrl, want }) => {
    expect(footer({ user: 'rita', command: '/deploy web v1 to dev', time: new Date('2026-11-01T10:00:00.123Z'), runUrl })).toBe(want)
  })

  test('the command is a code span even with backticks in it', () => {
    const text = footer({ user: 'rita', command: '/deploy `x` [a](https://evil.example)', time: new Date(0), runUrl: '' })
    expect(text).toContain("`/deploy 'x' [a](https://evil.example)`")
    expect(rendered(text)).not.toContain('evil.example')
  })
})

describe('short replies', () => {
  test.each([
    {
      name: 'working',
      text: workingReply('/deploy web v1 to dev'),
      want: '### ⏳ `/deploy web v1 to dev`\nChecking permission, resolving the version, taking the lock…',
    },
    {
      name: 'refused',
      text: refusedReply('/deploy web v1 to production', '@rita has write permission on this repository; this command needs admin'),
      want: '### ❌ `/deploy web v1 to production` refused\n@rita has write permission on this repository; this command needs admin',
    },
    { name: 'refused, the command quoted as code', text: refusedReply('/deploy `web` v1', 'a reason'), want: "### ❌ `/deploy 'web' v1` refused\na reason" },
  ])('$name', ({ text, want }) => expect(text).toBe(want))
})

describe('helpReply', () => {
  test.each<{ name: string; values: Record<string, string>; admin: string }>([
    { name: 'production environments need admin', values: {}, admin: '(admin for `production`)' },
    { name: 'no production environment', values: { 'production-environments': '' }, admin: '(admin for none)' },
    { name: 'the configured permission', values: { permission: 'maintain' }, admin: 'need maintain permission (admin for `production`)' },
  ])('/help: every command, the services, the environments in promotion order — $name', async ({ values, admin }) => {
    const text = helpReply({ kind: 'help' }, await inputs(values))
    expect(text.split('\n')[0]).toBe('### ChatOps commands')
    for (const usage of USAGE) expect(text).toContain(`- \`${usage}\``)
    expect(text).toContain('Services: `web`, `api`')
    expect(text).toContain('Environments, in promotion order: `dev` → `staging` → `production`')
    expect(text).toContain(admin)
  })

  test.each([
    { name: 'an unknown command that is a link', body: '/[Approve](https://evil.example/approve)' },
    { name: 'a link and a mention as a service name', body: `/status ${HOSTILE}` },
    { name: 'a bare URL as a word', body: '/deploy https://evil.example v1 to dev' },
    { name: 'a www autolink as a word', body: '/deploy web v1 to www.evil.example extra' },
  ])('a command not understood is quoted, never rendered: $name', async ({ body }) => {
    const command = parseCommand(body)
    if (command.kind !== 'unknown') throw new Error(`expected an unknown command, got ${command.kind}`)
    const text = helpReply(command, await inputs())
    expect(text).toMatch(/^### 🤔 `[^`]+` is not understood\n/)
    expect(text).toContain('These commands are:')
    expect(rendered(text)).not.toContain('evil.example')
    expect(rendered(text)).not.toMatch(/@octo-org/)
  })
})

describe('statusReply', () => {
  const deployed: StatusRow = {
    environment: 'dev',
    version: 'v1.2.0',
    digest: DIGEST,
    commit: SHA,
    who: 'rita',
    when: '2026-11-01T10:00:00Z',
    state: 'success',
  }
  const never: StatusRow = { environment: 'production', version: '—', digest: '—', commit: '—', who: '—', when: '—', state: 'never deployed' }

  test('one row per environment: the short digest and commit as code, dashes where nothing ran, a link to all deployments', () => {
    const text = statusReply('web', [deployed, never], 'https://github.com/octo/app/deployments')
    const lines = text.split('\n')
    expect(lines[0]).toBe('### 📋 web: what runs where')
    expect(lines[1]).toBe('| environment | version | digest | commit | who | when | state |')
    expect(lines[3]).toContain(`| dev | \`v1.2.0\` | \`${DIGEST.slice(0, 19)}\` | \`${SHA.slice(0, 12)}\` | \`rita\` | 2026-11-01T10:00:00Z | success |`)
    expect(lines[4]).toBe('| production | — | — | — | — | — | never deployed |')
    expect(lines.at(-1)).toBe('[All deployments](https://github.com/octo/app/deployments)')
  })

  // The version and who come from a deployment's payload, which anyone who can create a deployment writes.
  test('a payload with a link, a URL or a mention renders none of them, and cannot break the table', () => {
    const text = statusReply('web', [{ ...deployed, version: `${HOSTILE} | x`, who: HOSTILE }], 'https://github.com/octo/app/deployments')
    expect(rendered(text)).not.toContain('evil.example')
    expect(rendered(text)).not.toContain('@octo-org')
    const row = text.split('\n')[3]!
    // Seven cells: the pipe in the version is escaped.
    expect(row.split(/(?<!\\)\|/).length - 2).toBe(7)
  })
})

describe('deployedReply', () => {
  const base = {
    kind: 'deploy' as const,
    service: 'web',
    version: 'v1.2.0',
    digest: DIGEST,
    environment: 'staging',
    workflow: 'deploy.yml',
    deploymentId: 41,
    production: false,
    workflowUrl: 'https://github.com/octo/app/actions/workflows/deploy.yml',
    environmentUrl: 'https://github.com/octo/app/deployments/staging',
    gitopsPath: '',
  }
  const previous: DeploymentView = {
    id: 40,
    environment: 'production',
    version: 'v1.1.0',
    digest: OLD_DIGEST,
    sha: SHA,
    creator: 'github-actions[bot]',
    createdAt: '',
    state: 'success',
    updatedAt: '',
  }

  test.each([
    {
      name: 'a deploy: the version, the full digest, the deployment that holds the lock, the workflow and the environment',
      opts: {},
      contains: [
        '### 🚀 Deploying web to staging',
        '| version | `v1.2.0` |',
        `| digest | \`${DIGEST}\` |`,
        '| deployment | #41 (holds the lock until it finishes) |',
        'Dispatched [deploy.yml](https://github.com/octo/app/actions/workflows/deploy.yml); its deploy job runs in the `staging` environment.',
        '[Environment staging](https://github.com/octo/app/deployments/staging)',
      ],
      absent: ['| replacing |', '| GitOps path |', 'required reviewers'],
    },
    {
      name: 'a production deploy says the approval still applies',
      opts: { environment: 'production', production: true, environmentUrl: 'https://github.com/octo/app/deployments/production' },
      contains: [
        "its deploy job runs in the `production` environment, so it waits for the environment's required reviewers: chat does not bypass the approval.",
        '[Environment production](https://github.com/octo/app/deployments/production)',
      ],
      absent: [],
    },
    {
      name: 'a rollback names what it replaces',
      opts: { kind: 'rollback' as const, environment: 'production', production: true, from: previous, version: 'v1.0.0' },
      contains: ['### 🚀 Rolling back web in production', '| version | `v1.0.0` |', `| replacing | \`v1.1.0 (${OLD_DIGEST.slice(0, 19)})\` |`],
      absent: ['Deploying'],
    },
    {
      name: 'the GitOps path, as code',
      opts: { gitopsPath: 'envs/staging/web' },
      contains: ['| GitOps path | `envs/staging/web` |'],
      absent: [],
    },
  ])('$name', ({ opts, contains, absent }) => {
    const text = deployedReply({ ...base, ...opts })
    for (const part of contains) expect(text).toContain(part)
    for (const part of absent) expect(text).not.toContain(part)
  })

  test('the version and the replaced deployment (a payload) are code spans', () => {
    const text = deployedReply({ ...base, kind: 'rollback', version: HOSTILE, from: { ...previous, version: HOSTILE } })
    expect(rendered(text)).not.toContain('evil.example')
    expect(rendered(text)).not.toContain('@octo-org')
  })
})

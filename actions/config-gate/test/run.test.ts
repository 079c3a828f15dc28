import { afterEach, beforeEach, describe, expect, test, vi, type MockInstance } from 'vitest'
import type { GateReport } from '@cna/kit/check-run'
import { getInputs } from '../src/inputs.js'
import type { Environment } from '../src/environments.js'
import { parseRendered } from '../src/objects.js'
import { run, type ConfigGateDeps } from '../src/run.js'
import { badEdit, ENVIRONMENTS, gitopsFiles, NAMESPACES } from '../../../tools/story/gitops-fixture.js'
import { recorded } from './rendered.js'

// The runner's log lines are silenced, not mocked: a module mock of @actions/core would reach
// the kit modules this file loads for real, which the unit tier shares between files (isolate: false).
let silence: MockInstance<typeof process.stdout.write>
beforeEach(() => {
  silence = vi.spyOn(process.stdout, 'write').mockImplementation(() => true)
})
afterEach(() => silence.mockRestore())

const inputs = (raw: Record<string, string> = {}) =>
  getInputs((name) => ({ namespaces: ENVIRONMENTS.map((e) => `${e}=${NAMESPACES[e]}`).join('\n'), ...raw })[name])

/** Two "checkouts": base (the fixture) and head (with the bad edit), rendered from kubectl kustomize's recorded output. */
function deps(over: Partial<ConfigGateDeps> = {}): ConfigGateDeps & { reports: GateReport[]; comments: string[] } {
  const trees: Record<string, Record<string, string>> = { base: gitopsFiles(), head: { ...gitopsFiles(), ...badEdit() } }
  const reports: GateReport[] = []
  const comments: string[] = []
  return {
    reports,
    comments,
    checkout: async (commit) => (commit === 'b'.repeat(40) ? 'base' : 'head'),
    listFiles: async (dir) => Object.keys(trees[dir]!),
    readFile: async (dir, path) => trees[dir]![path],
    render: async (dir, env: Environment) => ({ ok: true, objects: parseRendered(recorded(dir === 'base' ? 'base' : 'bad', env.name), env.path, false) }),
    terraform: async () => ({ configurations: [], problems: [] }),
    readPlan: async () => '{}',
    publish: async (report) => (reports.push(report), { mode: 'check-run', checkRunId: 1, trimmed: false }),
    comment: async (body) => (comments.push(body), { id: 9, created: comments.length === 1 }),
    ...over,
  }
}
const commits = { base: 'b'.repeat(40), head: 'h'.repeat(40) }

describe('run', () => {
  test('environments discovered; three problems merged over environments; one comment; a failing check', async () => {
    const d = deps()
    const result = await run(inputs(), commits, d)
    expect(result.environments.map((e) => e.name)).toEqual(['dev', 'production', 'staging'])
    expect(result.conclusion).toBe('failure')
    expect(result.findings.map((f) => `${f.rule} ${f.file}:${f.line} ${f.environments.join(',')}`)).toEqual([
      'resources base/deployment.yaml:22 dev,production,staging',
      'image-digest environments/production/kustomization.yaml:10 production',
      'schema environments/staging/replicas.yaml:6 staging',
    ])
    expect(d.reports[0]).toMatchObject({
      checkName: 'config-gate',
      conclusion: 'failure',
      title: '3 problem(s): 1 resources, 1 image-digest, 1 schema. 3 rendered object(s) changed in 3 environment(s).',
    })
    expect(d.reports[0]!.annotations[0]!.raw_details).toContain('config-gate.cna.dev/allow: "resources: <reason>"')
    expect(d.comments).toHaveLength(1)
    expect(result.commentId).toBe(9)
  })

  test('comment: false writes none; the check still runs', async () => {
    const d = deps()
    await run(inputs({ comment: 'false' }), commits, d)
    expect(d.comments).toEqual([])
    expect(d.reports).toHaveLength(1)
  })

  test('an environment that does not render at the head is a render problem at its kustomization', async () => {
    const d = deps({
      render: async (dir, env) =>
        dir === 'head' && env.name === 'dev'
          ? { ok: false, error: 'accumulating resources: boom', file: 'environments/dev/kustomization.yaml' }
          : deps().render(dir, env),
    })
    const result = await run(inputs({ environments: 'dev=environments/dev' }), commits, d)
    expect(result.findings).toMatchObject([
      {
        rule: 'render',
        file: 'environments/dev/kustomization.yaml',
        line: 1,
        message: 'kubectl kustomize environments/dev failed: accumulating resources: boom',
      },
    ])
    expect(d.comments[0]).toContain('> **dev** did not render at the head: `accumulating resources: boom`')
  })

  test('no base commit (not a pull request, no input): one error naming the input', async () => {
    await expect(run(inputs(), { base: '', head: commits.head }, deps())).rejects.toThrow('Input "base" is empty and the event is not a pull request')
  })

  test('no environments anywhere: one error naming the input', async () => {
    await expect(run(inputs(), commits, deps({ listFiles: async () => ['README.md'] }))).rejects.toThrow(
      'Input "environments" is empty and no environments/*, overlays/*, envs/* or clusters/* folder with a kustomization.yaml was found',
    )
  })
})

describe('mapLimit', () => {
  test('at most `limit` at once, results in order', async () => {
    const { mapLimit } = await import('../src/run.js')
    let running = 0
    let most = 0
    const task = (value: number, ms: number) => async () => {
      running++
      most = Math.max(most, running)
      await new Promise((resolve) => setTimeout(resolve, ms))
      running--
      return value
    }
    expect(await mapLimit([task(1, 30), task(2, 5), task(3, 20), task(4, 1), task(5, 10)], 2)).toEqual([1, 2, 3, 4, 5])
    expect(most).toBe(2)
  })
})

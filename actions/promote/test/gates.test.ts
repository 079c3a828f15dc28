import { describe, expect, test } from 'vitest'
import { renderEvidence, type GateEvidence } from '@cna/kit/required-checks'
import type { PromoteGitHub } from '../src/github.js'
import { checkGates, splitRequired } from '../src/gates.js'

const S = '5'.repeat(40)
const H = 'a'.repeat(40)
const TREE = 'b'.repeat(40)
const DIGEST = `sha256:${'d'.repeat(64)}`
const REQUIRED = ['unit-tests', 'peer-review']
const repo = { owner: 'o', repo: 'app' }

interface Run {
  name: string
  conclusion: string
  text?: string
}

/** GitHub as promote reads it: check runs per commit, trees per commit. */
function github(world: { runs: Record<string, Run[]>; trees: Record<string, string> }): PromoteGitHub {
  return {
    async paginate<T>(route: string, params: Record<string, unknown>): Promise<T[]> {
      if (route.endsWith('/check-runs')) {
        const runs = (world.runs[params.ref as string] ?? []).filter((r) => !params.check_name || r.name === params.check_name)
        return runs.map((r, i) => ({
          id: i + 1,
          name: r.name,
          status: 'completed',
          conclusion: r.conclusion,
          completed_at: '2026-11-01T00:00:00Z',
          output: { text: r.text ?? null },
        })) as T[]
      }
      return []
    },
    async request(route: string, params: Record<string, unknown>) {
      if (route === 'GET /repos/{owner}/{repo}/commits/{ref}') return { data: { commit: { tree: { sha: world.trees[params.ref as string] } } } }
      throw new Error(`unexpected ${route}`)
    },
  }
}

const evidence: GateEvidence = { pullRequest: 12, headSha: H, tree: TREE, digest: DIGEST, checks: { 'unit-tests': 'success', 'peer-review': 'success' } }
const evidenceRun = (e: GateEvidence = evidence): Run => ({ name: 'gate-evidence', conclusion: 'success', text: renderEvidence(e, 'r/app').text })
const green = REQUIRED.map((name) => ({ name, conclusion: 'success' }))

describe('promote require-checks: the gates on S, or re-verified gate evidence', () => {
  test('every required check on S itself decides, as before', async () => {
    const gh = github({ runs: { [S]: green }, trees: {} })
    await expect(checkGates(gh, repo, REQUIRED, S, DIGEST)).resolves.toBe('passed on 5555555')
  })

  test('checks missing on S, true evidence → passed on the PR head, same tree', async () => {
    const gh = github({ runs: { [S]: [evidenceRun()], [H]: green }, trees: { [S]: TREE, [H]: TREE } })
    await expect(checkGates(gh, repo, REQUIRED, S, DIGEST)).resolves.toBe('passed on #12 head aaaaaaa, same tree')
  })

  test('a check present on S decides there; only the missing ones come from the head', async () => {
    const gh = github({
      runs: { [S]: [{ name: 'peer-review', conclusion: 'success' }, evidenceRun()], [H]: [{ name: 'unit-tests', conclusion: 'success' }] },
      trees: { [S]: TREE, [H]: TREE },
    })
    await expect(checkGates(gh, repo, REQUIRED, S, DIGEST)).resolves.toBe('peer-review passed on 5555555; unit-tests passed on #12 head aaaaaaa, same tree')
  })

  test.each<[string, Parameters<typeof github>[0], RegExp]>([
    [
      'a failing check on S, whatever the evidence',
      { runs: { [S]: [{ name: 'peer-review', conclusion: 'failure' }, evidenceRun()], [H]: green }, trees: { [S]: TREE, [H]: TREE } },
      /not passed on 5{40}: unit-tests: missing .*; peer-review: concluded failure/,
    ],
    ['no evidence', { runs: { [S]: [] }, trees: {} }, /unit-tests: missing .*and no successful "gate-evidence" check run/],
    ['malformed evidence', { runs: { [S]: [{ name: 'gate-evidence', conclusion: 'success', text: 'trust me' }] }, trees: {} }, /holds no valid evidence/],
    [
      'evidence for another tree',
      { runs: { [S]: [evidenceRun()], [H]: green }, trees: { [S]: 'c'.repeat(40), [H]: TREE } },
      /does not verify: tree: the source commit has tree c{40}/,
    ],
    [
      'a head whose tree is not the claimed one',
      { runs: { [S]: [evidenceRun()], [H]: green }, trees: { [S]: TREE, [H]: 'c'.repeat(40) } },
      /tree: head aaaaaaa of #12 has tree c{40}/,
    ],
    [
      'a failing check on the head',
      {
        runs: {
          [S]: [evidenceRun()],
          [H]: [
            { name: 'unit-tests', conclusion: 'success' },
            { name: 'peer-review', conclusion: 'failure' },
          ],
        },
        trees: { [S]: TREE, [H]: TREE },
      },
      /check on head aaaaaaa: peer-review: concluded failure/,
    ],
    [
      'evidence for another digest',
      { runs: { [S]: [evidenceRun({ ...evidence, digest: `sha256:${'e'.repeat(64)}` })], [H]: green }, trees: { [S]: TREE, [H]: TREE } },
      /digest: promoting sha256:d{64}, the evidence names sha256:e{64}/,
    ],
  ])('refused: %s', async (_name, world, message) => {
    await expect(checkGates(github(world), repo, REQUIRED, S, DIGEST)).rejects.toThrow(message)
  })

  test('split: present on the commit vs missing', () => {
    expect(splitRequired(REQUIRED, [{ name: 'peer-review', status: 'completed', conclusion: 'failure' }])).toEqual({
      present: ['peer-review'],
      missing: ['unit-tests'],
    })
  })
})

// The GitOps repository's ruleset: config-gate as its required check (scripts/required-checks.ts --checks config-gate).
import { describe, expect, test } from 'vitest'
import { desiredRuleset, GITHUB_ACTIONS_APP_ID } from '../scripts/required-checks.js'
import { parse } from 'yaml'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT } from '../tools/action-harness/actions.js'

describe('the GitOps repository requires config-gate', () => {
  test('the ruleset requires the check the starter reports, from GitHub Actions, beside the pull request rule', () => {
    const ruleset = desiredRuleset({ owner: 'octo-org', repo: 'gitops-config', checks: ['config-gate'] })
    expect(ruleset.rules[0].parameters.required_status_checks).toEqual([{ context: 'config-gate', integration_id: GITHUB_ACTIONS_APP_ID }])
    expect(ruleset.rules[1].type).toBe('pull_request')
  })

  test("that name is the check-name the reusable workflow's job reports (the action's default)", () => {
    const reusable = parse(readFileSync(join(ROOT, 'workflows-templates', 'reusable', 'config-gate.yml'), 'utf8')) as {
      jobs: Record<string, { name?: string; steps: Array<{ uses?: string; with?: Record<string, string> }> }>
    }
    const step = reusable.jobs['config-gate']!.steps.find((s) => s.uses === './actions/config-gate')!
    expect(step.with?.['check-name']).toBeUndefined()
    const action = parse(readFileSync(join(ROOT, 'actions', 'config-gate', 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> }
    expect(action.inputs['check-name']!.default).toBe('config-gate')
  })
})

// What each step of a workflow may need of the job's GITHUB_TOKEN: the table the hardening test
// checks every job's permissions against (a grant no step needs is a finding), and that
// test/pipeline.test.ts checks against what the actions' requests really used in the emulator
// when the workflows ran (a scope used beyond the table is a finding).
export type Perms = Record<string, string>

export const LEVEL: Record<string, number> = { none: 0, read: 1, write: 2 }
/** What each step may need: a job's grants must be covered by what its steps use. */
export const STEP_PERMISSIONS: [RegExp, Perms][] = [
  [/^actions\/checkout@/, { contents: 'read' }],
  [/^actions\/(setup-node|setup-python|upload-artifact|download-artifact)@/, {}],
  // Its token carries the App's permissions; the job's own token needs nothing for it.
  [/^actions\/create-github-app-token@/, {}],
  // The dashboard of delivery-metrics: an artifact for Pages (upload-artifact inside), then Pages' OIDC deployment.
  [/^actions\/upload-pages-artifact@/, {}],
  [/^actions\/deploy-pages@/, { pages: 'write', 'id-token': 'write' }],
  [/^actions\/attest-build-provenance@/, { contents: 'read', 'id-token': 'write', attestations: 'write' }],
  // adopt (main): the merged pull request, its head's checks and statuses, the gate-evidence check run.
  [/^\.\/actions\/build-image$/, { contents: 'read', packages: 'write', checks: 'write', statuses: 'read', 'pull-requests': 'read' }],
  [/^\.\/actions\/(unit-tests|integration-tests)$/, { contents: 'read', checks: 'write', 'pull-requests': 'read' }],
  [/^\.\/actions\/security-scan$/, { contents: 'read', checks: 'write', 'security-events': 'write' }],
  [/^\.\/actions\/code-quality$/, { contents: 'read', checks: 'write', 'pull-requests': 'read' }],
  [/^\.\/actions\/peer-review$/, { contents: 'read', checks: 'write', 'pull-requests': 'read' }],
  // The check run on the GitOps pull request's head, and its one comment (created, then updated in place).
  [/^\.\/actions\/config-gate$/, { contents: 'read', checks: 'write', 'pull-requests': 'write' }],
  [/^\.\/actions\/promote$/, { contents: 'read', packages: 'write', checks: 'read', statuses: 'read', deployments: 'write' }],
  [/^\.\/actions\/preview-deploy$/, { contents: 'read', deployments: 'write', 'pull-requests': 'write' }],
  [/^\.\/actions\/preview-teardown$/, { contents: 'read', deployments: 'write', 'pull-requests': 'write' }],
  [/^\.\/actions\/chatops$/, { contents: 'read', issues: 'write', 'pull-requests': 'write', deployments: 'write', actions: 'write', packages: 'read' }],
  [/^\.\/actions\/notify$/, {}],
  // Reads deployments and their statuses, compare, and each commit's pull request and its commits.
  [/^\.\/actions\/delivery-metrics$/, { deployments: 'read', contents: 'read', 'pull-requests': 'read' }],
]
export const RUN_PERMISSIONS: [RegExp, Perms][] = [
  [/-X POST "\$API\/repos\/\$REPO\/check-runs"/, { checks: 'write' }],
  [/\/check-runs/, { checks: 'read' }],
  [/git push/, { contents: 'write' }],
  [/-X POST [\s\S]*\/deployments\/[^\n]*\/statuses/, { deployments: 'write' }],
]

export function maxPerms(list: Perms[]): Perms {
  const out: Perms = {}
  for (const p of list) for (const [k, v] of Object.entries(p)) if ((LEVEL[v] ?? 0) > (LEVEL[out[k] ?? 'none'] ?? 0)) out[k] = v
  return out
}

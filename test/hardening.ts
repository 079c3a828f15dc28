// The hardening rules every workflow we ship follows, as one function over a workflow's text:
// used by test/workflows.test.ts on the workflow files and by test/readme-examples.test.ts on
// every YAML example in the docs. Rule ids are what the tests assert on.
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'yaml'
import { usesOf } from '../scripts/release-tree.js'
import { ROOT } from '../tools/action-harness/actions.js'
import { LEVEL, maxPerms, RUN_PERMISSIONS, STEP_PERMISSIONS, type Perms } from './workflow-permissions.js'

export const REUSABLE = 'workflows-templates/reusable'
export const read = (file: string): string => readFileSync(join(ROOT, file), 'utf8')

export interface Step {
  uses?: string
  run?: string
  with?: Record<string, unknown>
  env?: Record<string, unknown>
  if?: string
  id?: string
}
export interface Job {
  name?: string
  'runs-on'?: string
  uses?: string
  needs?: string | string[]
  if?: string
  permissions?: Perms | string
  environment?: string | { name: string; url?: string }
  concurrency?: { group: string; 'cancel-in-progress'?: boolean } | string
  'timeout-minutes'?: number
  services?: Record<string, { image: string; credentials?: unknown }>
  steps?: Step[]
  with?: Record<string, unknown>
  secrets?: unknown
  outputs?: Record<string, string>
}
export interface Workflow {
  name?: string
  on: unknown
  permissions?: Perms | string
  concurrency?: { group: string } | string
  jobs: Record<string, Job>
}
export const workflow = (file: string): Workflow => parse(read(file)) as Workflow
export const needsOf = (job: Job): string[] => (job.needs === undefined ? [] : Array.isArray(job.needs) ? job.needs : [job.needs])
export const envName = (job: Job): string | undefined => (typeof job.environment === 'string' ? job.environment : job.environment?.name)
export const triggers = (wf: Workflow): string[] =>
  typeof wf.on === 'string' ? [wf.on] : Array.isArray(wf.on) ? (wf.on as string[]) : Object.keys(wf.on as object)

export interface Finding {
  rule: string
  message: string
}

/** The permissions a called reusable workflow's jobs grant, at most: what its caller must grant. */
function calledPermissions(uses: string): Perms | undefined {
  const m = /^\.\/\.github\/workflows\/([\w.-]+\.ya?ml)$/.exec(uses)
  if (!m || !existsSync(join(ROOT, REUSABLE, m[1]!))) return undefined
  const wf = workflow(`${REUSABLE}/${m[1]}`)
  return maxPerms(Object.values(wf.jobs).map((j) => (typeof j.permissions === 'object' ? j.permissions : {})))
}

/** Every hardening rule, on one workflow's text. Rule ids are what the tests assert on. */
export function hardeningFindings(text: string): Finding[] {
  const findings: Finding[] = []
  const add = (rule: string, message: string): void => void findings.push({ rule, message })
  const wf = parse(text) as Workflow
  if (JSON.stringify(wf.permissions) !== '{}') add('top-permissions', `top-level permissions are ${JSON.stringify(wf.permissions)}, expected {}`)
  if (triggers(wf).includes('pull_request_target')) add('no-pull-request-target', 'pull_request_target runs untrusted code with a write token')
  const group = typeof wf.concurrency === 'string' ? wf.concurrency : wf.concurrency?.group
  if (
    !group ||
    !/\$\{\{[^}]*(github\.ref|github\.head_ref|github\.event\.ref|event\.pull_request\.head\.ref|event\.pull_request\.number|event\.issue\.number)/.test(group)
  )
    add('concurrency-branch', `workflow concurrency ${JSON.stringify(group)} is not per branch (or per issue)`)

  // Pins: every uses: line of another repository, on the raw text (comments are the versions).
  const lines = usesOf(text)
  let parsedUses = 0
  for (const use of lines) {
    if (use.value.startsWith('./')) continue
    if (!/^[\w.-]+\/[\w.-]+(\/[^@\s]+)?@[0-9a-f]{40}$/.test(use.value)) add('pin-sha', `line ${use.line}: ${use.value} is not pinned to a full commit SHA`)
    else if (!/^v\d+\.\d+\.\d+$/.test(use.comment)) add('pin-comment', `line ${use.line}: ${use.value} has no # vX.Y.Z comment`)
  }

  for (const [id, job] of Object.entries(wf.jobs ?? {})) {
    const perms = job.permissions
    const steps = job.steps ?? []
    parsedUses += steps.filter((s) => s.uses).length + (job.uses ? 1 : 0)
    if (typeof perms !== 'object' || perms === null) {
      add('job-permissions', `${id}: no permissions map (got ${JSON.stringify(perms)})`)
    } else if (job.uses) {
      const want = calledPermissions(job.uses)
      if (want && JSON.stringify(Object.entries(perms).sort()) !== JSON.stringify(Object.entries(want).sort()))
        add('job-permissions', `${id}: grants ${JSON.stringify(perms)}, the called workflow's jobs use ${JSON.stringify(want)}`)
    } else {
      const used: Perms[] = []
      for (const step of steps) {
        if (step.uses) {
          const entry = STEP_PERMISSIONS.find(([re]) => re.test(step.uses!))
          if (!entry) add('job-permissions', `${id}: ${step.uses} is not in the permission table`)
          else used.push(entry[1])
        }
        if (step.run) for (const [re, p] of RUN_PERMISSIONS) if (re.test(step.run)) used.push(p)
      }
      for (const service of Object.values(job.services ?? {})) if (service.credentials) used.push({ packages: 'read' })
      const allowed = maxPerms(used)
      for (const [scope, level] of Object.entries(perms))
        if ((LEVEL[level] ?? 3) > (LEVEL[allowed[scope] ?? 'none'] ?? 0)) add('job-permissions', `${id}: grants ${scope}: ${level}, which no step uses`)
    }
    if (job['runs-on'] !== undefined && typeof job['timeout-minutes'] !== 'number') add('timeout', `${id}: no timeout-minutes`)
    for (const step of steps) {
      if (step.run?.includes('${{')) add('no-expression-in-run', `${id}: run: contains \${{ … }}; pass it through env:`)
      if (step.uses?.startsWith('actions/checkout@')) {
        const pushes = typeof perms === 'object' && perms?.contents === 'write'
        if (step.with?.['persist-credentials'] !== false && !pushes) add('persist-credentials', `${id}: checkout keeps credentials but the job does not push`)
      }
    }
    const env = envName(job)
    const { secrets: passed, ...rest } = job
    if (/\bsecrets\./.test(JSON.stringify(rest)) && !env) add('secrets-environment', `${id}: reads secrets without an environment`)
    if (passed !== undefined && passed !== 'inherit')
      add('secrets-environment', `${id}: passes secrets explicitly; use secrets: inherit and environment secrets`)
    if (env) {
      const jgroup = typeof job.concurrency === 'string' ? job.concurrency : job.concurrency?.group
      if (!jgroup?.includes(env)) add('concurrency-environment', `${id}: environment ${env} without a concurrency group naming it`)
    }
  }
  if (parsedUses !== lines.length) add('pin-sha', `${parsedUses} uses: in the YAML but ${lines.length} plain uses: lines; write each on one line`)
  return findings
}

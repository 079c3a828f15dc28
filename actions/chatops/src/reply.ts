import { code, escapeCell, markdownTable } from '@cna/kit'
import { USAGE, type Command } from '@cna/kit/chatops'
import { describe, type DeploymentView, type StatusRow } from '@cna/kit/chatops'
import type { Inputs } from './inputs.js'

/** The audit line every reply ends with: who, what, when, which run. */
export function footer(opts: { user: string; command: string; time: Date; runUrl: string }): string {
  const run = opts.runUrl ? ` · [run](${opts.runUrl})` : ''
  return `<sub>@${opts.user} · ${code(opts.command)} · ${opts.time.toISOString().replace(/\.\d{3}Z$/, 'Z')}${run}</sub>`
}

export function workingReply(command: string): string {
  return `### ⏳ ${code(command)}\nChecking permission, resolving the version, taking the lock…`
}

export function refusedReply(command: string, reason: string): string {
  return `### ❌ ${code(command)} refused\n${reason}`
}

export function helpReply(command: Extract<Command, { kind: 'help' | 'unknown' }>, inputs: Inputs): string {
  const lines = [
    command.kind === 'unknown' ? `### 🤔 ${code(command.text)} is not understood\n${command.reason}.\n\nThese commands are:` : '### ChatOps commands',
    ...USAGE.map((usage) => `- ${code(usage)}`),
    '',
    `Services: ${[...inputs.services.keys()].map(code).join(', ')}`,
    `Environments, in promotion order: ${inputs.environments.map(code).join(' → ')}`,
    `\`/deploy\` and \`/rollback\` need ${inputs.permission} permission (admin for ${inputs['production-environments'].map(code).join(', ') || 'none'}).`,
  ]
  return lines.join('\n')
}

export function statusReply(service: string, rows: StatusRow[], deploymentsUrl: string): string {
  // The version and who come from deployment payloads, which anyone who can create a deployment writes: code spans, so no link or mention renders.
  const shown = (value: string, length?: number): string => (value === '—' ? '—' : code(value.slice(0, length)))
  const table = markdownTable(
    ['environment', 'version', 'digest', 'commit', 'who', 'when', 'state'],
    rows.map((r) => [r.environment, shown(r.version), shown(r.digest, 19), shown(r.commit, 12), shown(r.who), r.when, r.state]),
  )
  return `### 📋 ${escapeCell(service)}: what runs where\n${table}\n\n[All deployments](${deploymentsUrl})`
}

export function deployedReply(opts: {
  kind: 'deploy' | 'rollback'
  service: string
  version: string
  digest: string
  environment: string
  workflow: string
  deploymentId: number
  production: boolean
  from?: DeploymentView | undefined
  workflowUrl: string
  environmentUrl: string
  gitopsPath: string
}): string {
  const verb = opts.kind === 'rollback' ? `Rolling back ${opts.service} in ${opts.environment}` : `Deploying ${opts.service} to ${opts.environment}`
  const lines = [
    `### 🚀 ${verb}`,
    `| | |`,
    `|---|---|`,
    `| version | ${code(opts.version)} |`,
    `| digest | ${code(opts.digest)} |`,
    ...(opts.from ? [`| replacing | ${code(describe(opts.from))} |`] : []),
    ...(opts.gitopsPath ? [`| GitOps path | ${code(opts.gitopsPath)} |`] : []),
    `| deployment | #${opts.deploymentId} (holds the lock until it finishes) |`,
    '',
    `Dispatched [${opts.workflow}](${opts.workflowUrl}); its deploy job runs in the ${code(opts.environment)} environment` +
      (opts.production ? ", so it waits for the environment's required reviewers: chat does not bypass the approval." : '.'),
    `[Environment ${opts.environment}](${opts.environmentUrl})`,
  ]
  return lines.join('\n')
}

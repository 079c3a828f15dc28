import { posix } from 'node:path'
import type { Exec } from '@cna/kit'
import { isRecord } from '@cna/kit'

/** A Terraform problem at a file and line of the repository. */
export interface TerraformProblem {
  file: string
  line: number
  level: 'failure' | 'warning'
  title: string
  message: string
}

export interface TerraformResult {
  /** Folders (relative) holding *.tf files: each is checked as a configuration. */
  configurations: string[]
  problems: TerraformProblem[]
}

/** The folders of `tfFiles` (repository-relative *.tf paths), outside `.terraform/`. */
export function terraformConfigurations(tfFiles: readonly string[]): string[] {
  const dirs = new Set(tfFiles.filter((f) => !f.split('/').includes('.terraform')).map((f) => posix.dirname(f)))
  return [...dirs].sort()
}

/**
 * `terraform fmt -check -recursive` over the checkout, then `init -backend=false` and `validate`
 * in each configuration. `init` downloads the providers a configuration needs: where it cannot
 * (no network, no provider mirror), that configuration is reported as not validated, with
 * terraform's own message, and the gate fails: an unvalidated configuration is no pass.
 */
export async function checkTerraform(exec: Exec, checkout: string, configurations: readonly string[]): Promise<TerraformResult> {
  const problems: TerraformProblem[] = []
  if (configurations.length === 0) return { configurations: [], problems }
  const env = { ...process.env, TF_IN_AUTOMATION: '1', TF_INPUT: '0', CHECKPOINT_DISABLE: '1' }
  const fmt = await exec('terraform', ['fmt', '-check', '-recursive', '-list=true', '-diff', '-no-color'], { cwd: checkout, env, stream: false, check: false })
  for (const { file, line } of fmtFiles(fmt.stdout)) {
    problems.push({
      file,
      line,
      level: 'failure',
      title: 'terraform fmt',
      message: `${file} is not in terraform fmt's canonical format: run \`terraform fmt ${file}\``,
    })
  }
  for (const dir of configurations) {
    const cwd = posix.join(checkout, dir)
    const init = await exec('terraform', ['init', '-backend=false', '-input=false', '-no-color'], { cwd, env, stream: false, check: false })
    if (init.exitCode !== 0) {
      problems.push({
        file: posix.join(dir, 'main.tf'),
        line: 1,
        level: 'failure',
        title: 'terraform init',
        message: `terraform init -backend=false failed in ${dir}, so it was not validated: ${lastLines(init.stderr || init.stdout)}`,
      })
      continue
    }
    const validate = await exec('terraform', ['validate', '-json', '-no-color'], { cwd, env, stream: false, check: false })
    problems.push(...validateProblems(validate.stdout, dir))
  }
  return { configurations: [...configurations], problems }
}

/**
 * `fmt -list=true -diff` prints each file's path (relative to where it ran), then its diff: the line is
 * the first one fmt would change.
 */
export function fmtFiles(stdout: string): Array<{ file: string; line: number }> {
  const out: Array<{ file: string; line: number }> = []
  let current: { file: string; line: number } | undefined
  let at = 0
  for (const raw of stdout.split('\n')) {
    const line = raw.trimEnd()
    const hunk = /^@@ -(\d+)/.exec(line)
    if (/^(---|\+\+\+) /.test(line)) continue
    if (hunk) {
      at = Number(hunk[1])
    } else if (current && current.line === 0 && at > 0 && /^[ +-]/.test(raw)) {
      if (raw.startsWith('-') || raw.startsWith('+')) current.line = at
      else at++
    } else if (/\.(tf|tfvars)$/.test(line.trim()) && !/^[ +-]/.test(raw)) {
      current = { file: line.trim(), line: 0 }
      at = 0
      out.push(current)
    }
  }
  return out.map((f) => ({ file: f.file, line: f.line || 1 }))
}

/** `terraform validate -json` diagnostics → problems at their file and line. */
export function validateProblems(json: string, dir: string): TerraformProblem[] {
  let doc: unknown
  try {
    doc = JSON.parse(json)
  } catch {
    return [
      {
        file: posix.join(dir, 'main.tf'),
        line: 1,
        level: 'failure',
        title: 'terraform validate',
        message: `terraform validate printed no JSON: ${lastLines(json)}`,
      },
    ]
  }
  const diagnostics = isRecord(doc) && Array.isArray(doc.diagnostics) ? doc.diagnostics : []
  return diagnostics.filter(isRecord).map((d) => {
    const range = isRecord(d.range) ? d.range : {}
    const start = isRecord(range.start) ? range.start : {}
    return {
      file: typeof range.filename === 'string' ? posix.join(dir, range.filename) : posix.join(dir, 'main.tf'),
      line: typeof start.line === 'number' ? start.line : 1,
      level: d.severity === 'error' ? 'failure' : 'warning',
      title: `terraform validate: ${String(d.summary ?? '')}`,
      message: [d.summary, d.detail].filter((x) => typeof x === 'string' && x).join(': '),
    } satisfies TerraformProblem
  })
}

export interface PlanSummary {
  create: number
  update: number
  delete: number
  replace: number
  changes: Array<{ address: string; actions: string }>
}

/** A plan as `terraform show -json` prints it: each resource_changes[].change.actions counted. */
export function summarizePlan(json: string): PlanSummary {
  const doc = JSON.parse(json) as unknown
  const changes = isRecord(doc) && Array.isArray(doc.resource_changes) ? doc.resource_changes.filter(isRecord) : []
  const summary: PlanSummary = { create: 0, update: 0, delete: 0, replace: 0, changes: [] }
  for (const rc of changes) {
    const actions = isRecord(rc.change) && Array.isArray(rc.change.actions) ? rc.change.actions.map(String) : []
    const kind =
      actions.includes('create') && actions.includes('delete')
        ? 'replace'
        : actions.includes('create')
          ? 'create'
          : actions.includes('delete')
            ? 'delete'
            : actions.includes('update')
              ? 'update'
              : ''
    if (!kind) continue
    summary[kind]++
    summary.changes.push({ address: String(rc.address ?? ''), actions: kind })
  }
  return summary
}

export function terraformMarkdown(result: TerraformResult, plan: PlanSummary | undefined): string {
  if (result.configurations.length === 0 && !plan) return ''
  const lines = ['#### Terraform', '']
  if (result.configurations.length) {
    const failing = result.problems.filter((p) => p.level === 'failure').length
    lines.push(
      `\`terraform fmt -check\` and \`validate\` in ${result.configurations.map((c) => `\`${c}\``).join(', ')}: ${failing === 0 ? 'no problems' : `${failing} problem(s), annotated on the files`}.`,
      '',
    )
  }
  if (plan) {
    lines.push(`Plan: **${plan.create} to add, ${plan.update} to change, ${plan.replace} to replace, ${plan.delete} to destroy.**`, '')
    for (const c of plan.changes.slice(0, 50)) lines.push(`- ${c.actions} \`${c.address.replaceAll('`', "'")}\``)
    if (plan.changes.length > 50) lines.push(`- …and ${plan.changes.length - 50} more`)
    lines.push('')
  }
  return lines.join('\n')
}

function lastLines(text: string): string {
  return text
    .trim()
    .split('\n')
    .filter((l) => l.trim() && !/CLI configuration|terraformrc|^[│╷╵]\s*$/.test(l))
    .slice(-4)
    .join(' ')
    .replace(/[│╷╵]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
}

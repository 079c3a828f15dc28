import * as core from '@actions/core'
import { parseAllDocuments } from 'yaml'
import { errorMessage, InputError, isRecord } from '@cna/kit'
import type { GateReport, PublishResult } from '@cna/kit/check-run'
import { commentBody } from './comment.js'
import { diffEnvironment, type EnvironmentDiff } from './diff.js'
import { discoverEnvironments, KUSTOMIZATION_FILES, parseEnvironments, parseNamespaces, type Environment } from './environments.js'
import { annotationOf, countLine, mergeFindings, type Finding } from './findings.js'
import type { Inputs } from './inputs.js'
import { SourceLocator } from './locate.js'
import type { RenderedObject } from './objects.js'
import { ALLOW_ANNOTATION, allowWithoutReason, checkPolicies } from './policies.js'
import type { RenderOutcome } from './render.js'
import { KUBERNETES_VERSION, SchemaValidator } from './schema.js'
import { configSummary } from './summary.js'
import { summarizePlan, terraformConfigurations, terraformMarkdown, type PlanSummary, type TerraformResult } from './terraform.js'

export interface ConfigGateDeps {
  /** Extracts the repository at a commit into a fresh folder and returns it. */
  checkout(commit: string): Promise<string>
  /** Every file of a checkout, relative to it, with `/`. */
  listFiles(dir: string): Promise<string[]>
  readFile(dir: string, path: string): Promise<string | undefined>
  render(dir: string, env: Environment): Promise<RenderOutcome>
  terraform(dir: string, configurations: readonly string[]): Promise<TerraformResult>
  /** Reads the `terraform-plan` file (workspace-relative). */
  readPlan(path: string): Promise<string>
  publish(report: GateReport): Promise<PublishResult>
  /** How many renders run at once (default 2). */
  parallelism?: number
  /** Creates or updates the pull request comment; undefined when there is no pull request or token. */
  comment?: (body: string) => Promise<{ id: number; created: boolean } | undefined>
}

export interface ConfigGateResult {
  conclusion: 'success' | 'failure'
  base: string
  head: string
  environments: Environment[]
  diffs: EnvironmentDiff[]
  findings: Finding[]
  comment: string
  commentId?: number
  plan?: PlanSummary
  publish: PublishResult
}

export async function run(inputs: Inputs, commits: { base: string; head: string }, deps: ConfigGateDeps): Promise<ConfigGateResult> {
  if (!commits.base)
    throw new InputError(
      'base',
      'is empty and the event is not a pull request',
      'the base commit to compare with, such as ${{ github.event.pull_request.base.sha }}',
    )
  const [baseDir, headDir] = [await deps.checkout(commits.base), await deps.checkout(commits.head)]
  const headFiles = await deps.listFiles(headDir)
  const environments = inputs.environments.length ? parseEnvironments(inputs.environments) : discoverEnvironments(kustomizationFolders(headFiles))
  if (environments.length === 0) {
    throw new InputError(
      'environments',
      'is empty and no environments/*, overlays/*, envs/* or clusters/* folder with a kustomization.yaml was found',
      'one name=path per line, such as production=environments/production',
    )
  }
  const namespaces = parseNamespaces(inputs.namespaces)
  const validator = new SchemaValidator()
  const locator = new SourceLocator((path) => deps.readFile(headDir, path))
  await addRepositoryCrds(validator, headFiles, (p) => deps.readFile(headDir, p))

  const raw: Finding[] = []
  const diffs: EnvironmentDiff[] = []
  const renderErrors: Array<{ environment: string; commit: 'base' | 'head'; error: string }> = []
  const rendered: Array<[Environment, RenderedObject[]]> = []
  // kustomize is one process per render, mostly on one core: every render at once, as many as there are cores.
  const renders = await mapLimit(
    environments.flatMap((env) => [baseDir, headDir].map((dir) => () => deps.render(dir, env))),
    deps.parallelism ?? 2,
  )
  for (const [i, env] of environments.entries()) {
    const [base, head] = [renders[2 * i]!, renders[2 * i + 1]!]
    if (!head.ok) {
      renderErrors.push({ environment: env.name, commit: 'head', error: head.error })
      raw.push({
        rule: 'render',
        level: 'failure',
        file: head.file,
        line: 1,
        message: `kubectl kustomize ${env.path} failed: ${head.error}`,
        environments: [env.name],
      })
      continue
    }
    // A new environment has nothing at the base: everything in it is added.
    if (!base.ok) core.info(`${env.name} did not render at the base (${base.error}): every object counts as added`)
    diffs.push(diffEnvironment(env.name, base.ok ? base.objects : [], head.objects))
    for (const o of head.objects) if (o.kind === 'CustomResourceDefinition') validator.addCrd(o.body)
    rendered.push([env, head.objects])
  }
  for (const [env, objects] of rendered) raw.push(...(await checkObjects(env, objects, namespaces.get(env.name), validator, locator)))

  let terraform: TerraformResult = { configurations: [], problems: [] }
  if (inputs.terraform) {
    const configurations = terraformConfigurations(headFiles.filter((f) => f.endsWith('.tf')))
    if (configurations.length) terraform = await deps.terraform(headDir, configurations)
    for (const p of terraform.problems) raw.push({ rule: 'terraform', level: p.level, file: p.file, line: p.line, message: p.message, environments: [] })
  }
  let plan: PlanSummary | undefined
  if (inputs['terraform-plan']) {
    let text: string
    try {
      text = await deps.readPlan(inputs['terraform-plan'])
      plan = summarizePlan(text)
    } catch (error) {
      throw new InputError(
        'terraform-plan',
        `could not be read as \`terraform show -json\` output (${errorMessage(error)})`,
        'the path of a file written by terraform show -json PLANFILE > plan.json',
      )
    }
  }

  const findings = mergeFindings(raw)
  const conclusion = findings.some((f) => f.level === 'failure') ? 'failure' : 'success'
  const comment = commentBody({
    checkName: inputs['check-name'],
    conclusion,
    baseSha: commits.base,
    headSha: commits.head,
    diffs,
    renderErrors,
    findingsLine: countLine(findings),
    terraform: terraformMarkdown(terraform, plan),
  })
  let commentId: number | undefined
  if (inputs.comment && deps.comment) commentId = (await deps.comment(comment))?.id
  const partial = { conclusion, base: commits.base, head: commits.head, environments, diffs, findings, comment, ...(plan ? { plan } : {}) } as const
  const publish = await deps.publish({
    checkName: inputs['check-name'],
    conclusion,
    title: `${countLine(findings)} ${diffs.reduce((n, d) => n + d.changes.length, 0)} rendered object(s) changed in ${environments.length} environment(s).`,
    summary: configSummary({ ...partial, checkName: inputs['check-name'], kubernetesVersion: KUBERNETES_VERSION }),
    annotations: findings.map(annotationOf),
  })
  return { ...partial, ...(commentId !== undefined ? { commentId } : {}), publish }
}

/** Schema validation and policies of one environment's rendered objects, located in the sources. */
async function checkObjects(
  env: Environment,
  objects: readonly RenderedObject[],
  namespace: string | undefined,
  validator: SchemaValidator,
  locator: SourceLocator,
): Promise<Finding[]> {
  const out: Finding[] = []
  for (const o of objects) {
    const schema = validator.validate(o)
    if (!schema.known) {
      const where = await locator.locate(env, o, ['kind'])
      out.push({
        rule: 'schema',
        level: 'warning',
        ...loc(where),
        message: `no schema for ${o.apiVersion} ${o.kind} (not a Kubernetes ${KUBERNETES_VERSION} kind, and no CustomResourceDefinition for it in the repository): not validated`,
        environments: [env.name],
      })
    } else {
      for (const p of schema.problems) {
        const where = await locator.locate(env, o, p.path)
        out.push({
          rule: 'schema',
          level: 'failure',
          ...loc(where),
          message: `${o.kind} ${o.name}: ${p.message} (Kubernetes ${KUBERNETES_VERSION} schema)`,
          environments: [env.name],
        })
      }
    }
    const namespaced = validator.namespaced(o)
    for (const v of checkPolicies(o, { ...(namespace !== undefined ? { namespace } : {}), ...(namespaced !== undefined ? { namespaced } : {}) })) {
      const where = await locator.locate(env, o, v.path)
      out.push({
        rule: v.rule.id,
        level: v.allowed !== undefined ? 'notice' : 'failure',
        ...loc(where),
        message: v.message,
        reason: v.rule.reason,
        ...(v.allowed !== undefined ? { allowed: v.allowed } : {}),
        environments: [env.name],
      })
    }
    if (allowWithoutReason(o)) {
      const where = await locator.locate(env, o, ['metadata', 'annotations', ALLOW_ANNOTATION])
      out.push({
        rule: 'allow',
        level: 'warning',
        ...loc(where),
        message: `${ALLOW_ANNOTATION} on ${o.kind} ${o.name} gives no reason, so it allows nothing: write "<rule-id>: <reason>"`,
        environments: [env.name],
      })
    }
  }
  return out
}

/** Runs the tasks, at most `limit` at a time; results in the tasks' order. */
export async function mapLimit<T>(tasks: ReadonlyArray<() => Promise<T>>, limit: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length)
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < tasks.length) {
      const i = next++
      results[i] = await tasks[i]!()
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, tasks.length)) }, worker))
  return results
}

const loc = (l: { file: string; line: number }): { file: string; line: number } => ({ file: l.file, line: l.line })

/** Folders (relative) that hold a kustomization file. */
function kustomizationFolders(files: readonly string[]): string[] {
  return files.filter((f) => KUSTOMIZATION_FILES.includes(f.split('/').at(-1)!)).map((f) => f.split('/').slice(0, -1).join('/'))
}

/** CustomResourceDefinitions anywhere in the repository give their kinds a schema. */
async function addRepositoryCrds(validator: SchemaValidator, files: readonly string[], read: (path: string) => Promise<string | undefined>): Promise<void> {
  for (const file of files.filter((f) => /\.ya?ml$/i.test(f))) {
    const text = await read(file)
    if (!text || !/^kind:\s*CustomResourceDefinition\s*$/m.test(text)) continue
    for (const doc of parseAllDocuments(text)) {
      const body = doc.toJS() as unknown
      if (isRecord(body) && body.kind === 'CustomResourceDefinition') validator.addCrd(body)
    }
  }
}

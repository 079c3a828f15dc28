// One step of a job: `run:` through bash or `uses:` of an action (node24 through the runner
// harness, or a stand-in), with the file commands read back into the job's state.
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { isAbsolute, join, resolve } from 'node:path'
import { parseFileCommand, readActionManifest, runAction } from '../../action-harness/run-action.js'
import { evaluateString, type Contexts } from './expressions.js'
import { resolveAction, type RemoteCache } from './resolve-uses.js'
import { runShell } from './shell-step.js'
import { STAND_INS } from './stand-ins.js'
import { renderLog, stepCommands, type Masker } from './workflow-commands.js'

/** What a job carries from step to step. */
export interface JobState {
  workspace: string
  tempDir: string
  /** Values later steps see through GITHUB_ENV. */
  exportedEnv: Record<string, string>
  /** Folders prepended to PATH through GITHUB_PATH (newest first). */
  paths: string[]
  summary: string
  masker: Masker
  /** GITHUB_* and RUNNER_* variables of this job. */
  runnerEnv: Record<string, string>
  github: {
    token: string
    sha: string
    ref: string
    repository: string
    serverUrl: string
    apiUrl: string
    runId: string
    actor: string
    eventName: string
    event: unknown
    eventPath: string
  }
  remotes: RemoteCache
  repoDirs: Record<string, string>
  artifactsDir: string
  registerToken: (permissions: Record<string, string>) => string
}

export interface StepOutcome {
  ok: boolean
  outputs: Record<string, string>
  log: string
  annotations: { level: 'error' | 'warning' | 'notice'; message: string }[]
}

const levels = (a: { level: 'error' | 'warning' | 'notice'; message: string }[]) => a.map(({ level, message }) => ({ level, message }))

// Only these come from the machine; the rest is what the runner sets.
const INHERITED_ENV = ['PATH', 'HOME', 'LANG', 'LC_ALL', 'TMPDIR', 'USER', 'TZ']

function pathWith(job: JobState): string {
  return [...job.paths, job.runnerEnv.PATH ?? process.env.PATH ?? ''].filter(Boolean).join(':')
}

export async function runShellStep(
  step: { run: string; shell?: string; workingDirectory?: string },
  env: Record<string, string>,
  contexts: Contexts,
  job: JobState,
  timeoutMs: number,
): Promise<StepOutcome> {
  const script = evaluateString(step.run, contexts)
  const files = await freshFileCommands(job)
  const fullEnv: Record<string, string> = {}
  for (const k of INHERITED_ENV) if (process.env[k] !== undefined) fullEnv[k] = process.env[k]!
  Object.assign(fullEnv, job.runnerEnv, env, files.env, { PATH: pathWith(job) })
  const cwd = step.workingDirectory ? resolve(job.workspace, step.workingDirectory) : job.workspace
  const result = await runShell({ script, ...(step.shell ? { shell: step.shell } : {}), cwd, env: fullEnv, tempDir: job.tempDir, timeoutMs })
  // The runner reads workflow commands from both streams.
  const commands = stepCommands(result.output)
  for (const m of commands.masks) job.masker.add(m)
  let log = renderLog(result.output)
  const outputs = await readFileCommands(files, job)
  let ok = result.exitCode === 0 && !result.timedOut
  if (commands.refused.length) {
    ok = false
    log += commands.refused.map((r) => `\n##[error]${r}`).join('')
  }
  if (result.timedOut) log += `\n##[error]The action has timed out.`
  else if (result.exitCode !== 0) log += `\n##[error]Process completed with exit code ${result.exitCode}.`
  const annotations = [...levels(commands.annotations), ...commands.refused.map((message) => ({ level: 'error' as const, message }))]
  if (result.timedOut) annotations.push({ level: 'error', message: 'The action has timed out.' })
  else if (result.exitCode !== 0) annotations.push({ level: 'error', message: `Process completed with exit code ${result.exitCode}.` })
  return { ok, outputs, log, annotations }
}

export async function runUsesStep(
  uses: string,
  withInputs: Record<string, unknown>,
  env: Record<string, string>,
  contexts: Contexts,
  job: JobState,
  timeoutMs: number,
): Promise<StepOutcome> {
  const source = await resolveAction(uses, job.workspace, job.remotes, STAND_INS)
  const given = Object.fromEntries(Object.entries(withInputs).map(([k, v]) => [k, evaluateString(v, contexts)]))
  const warnings: string[] = []
  const warnUnknown = (declared: string[]) => {
    const unknown = Object.keys(given).filter((k) => !declared.some((d) => d.toLowerCase() === k.toLowerCase()))
    if (unknown.length) {
      warnings.push(`##[warning]Unexpected input(s) ${unknown.map((u) => `'${u}'`).join(', ')}, valid inputs are [${declared.map((d) => `'${d}'`).join(', ')}]`)
    }
    return Object.fromEntries(Object.entries(given).filter(([k]) => !unknown.includes(k)))
  }

  if (source.kind === 'stand-in') {
    const standIn = STAND_INS[source.name]!
    const inputs = warnUnknown(standIn.inputs)
    const lines: string[] = [`(stand-in for ${source.name})`]
    const result = await standIn.run({
      inputs,
      workspace: job.workspace,
      github: { repository: job.github.repository, sha: job.github.sha, ref: job.github.ref, token: job.github.token, serverUrl: job.github.serverUrl },
      repoDirs: job.repoDirs,
      artifactsDir: job.artifactsDir,
      tempDir: job.tempDir,
      registerToken: job.registerToken,
      log: (l) => lines.push(l),
    })
    for (const m of result.masks ?? []) job.masker.add(m)
    return {
      ok: true,
      outputs: result.outputs,
      log: [...warnings, ...lines].join('\n'),
      annotations: warnings.map((w) => ({ level: 'warning' as const, message: w.replace('##[warning]', '') })),
    }
  }

  const manifest = await readActionManifest(source.dir)
  if (manifest.runs.using !== 'node24') {
    throw new Error(`${uses}: runs.using '${manifest.runs.using}' is not supported by the local workflow runner (node24 actions only)`)
  }
  for (const hook of ['pre', 'post'] as const) {
    if (manifest.runs[hook] !== undefined) throw new Error(`${uses}: runs.${hook} is not supported by the local workflow runner (only runs.main)`)
  }
  const inputs = warnUnknown(Object.keys(manifest.inputs))
  // Defaults are expressions too (`${{ github.token }}`), evaluated with the step's contexts.
  const all: Record<string, string> = {}
  for (const [name, spec] of Object.entries(manifest.inputs)) if (spec.default !== undefined) all[name] = evaluateString(spec.default, contexts)
  for (const [name, value] of Object.entries(inputs)) {
    const declared = Object.keys(manifest.inputs).find((d) => d.toLowerCase() === name.toLowerCase())!
    all[declared] = value
  }
  const run = await runAction({
    action: source.dir,
    inputs: all,
    eventName: job.github.eventName,
    event: job.github.event,
    env: { ...job.runnerEnv, ...env, PATH: pathWith(job) },
    cwd: job.workspace,
    github: {
      token: job.github.token,
      sha: job.github.sha,
      ref: job.github.ref,
      repository: job.github.repository,
      serverUrl: job.github.serverUrl,
      apiUrl: job.github.apiUrl,
      runId: job.github.runId,
      actor: job.github.actor,
    },
    timeoutMs,
  })
  for (const m of run.masks) job.masker.add(m)
  Object.assign(job.exportedEnv, run.exportedEnv)
  job.paths.unshift(...[...run.paths].reverse())
  job.summary += run.summary
  const log =
    [...warnings, renderLog(run.stdout), run.stderr].filter(Boolean).join('\n') +
    (run.exitCode !== 0 ? `\n##[error]Process completed with exit code ${run.exitCode}.` : '')
  return {
    ok: run.exitCode === 0,
    outputs: run.outputs,
    log,
    annotations: [...warnings.map((w) => ({ level: 'warning' as const, message: w.replace('##[warning]', '') })), ...levels(run.annotations)],
  }
}

interface FileCommands {
  env: Record<string, string>
  output: string
  envFile: string
  path: string
  summary: string
}

let counter = 0
async function freshFileCommands(job: JobState): Promise<FileCommands> {
  const n = ++counter
  const f = (name: string) => join(job.tempDir, `_runner_file_commands/${name}_${n}`)
  await mkdir(join(job.tempDir, '_runner_file_commands'), { recursive: true })
  const files = { output: f('set_output'), envFile: f('set_env'), path: f('add_path'), summary: f('step_summary'), state: f('save_state') }
  for (const file of Object.values(files)) await writeFile(file, '')
  return {
    ...files,
    env: { GITHUB_OUTPUT: files.output, GITHUB_ENV: files.envFile, GITHUB_PATH: files.path, GITHUB_STEP_SUMMARY: files.summary, GITHUB_STATE: files.state },
  }
}

async function readFileCommands(files: FileCommands, job: JobState): Promise<Record<string, string>> {
  Object.assign(job.exportedEnv, parseFileCommand(await readFile(files.envFile, 'utf8')))
  const added = (await readFile(files.path, 'utf8')).split(/\r?\n/).filter(Boolean)
  job.paths.unshift(...added.map((p) => (isAbsolute(p) ? p : resolve(job.workspace, p))).reverse())
  job.summary += await readFile(files.summary, 'utf8')
  return parseFileCommand(await readFile(files.output, 'utf8'))
}

// Runs an action's committed bundle the way the GitHub Actions runner does: `node <main>`
// with a clean environment, INPUT_* variables, the GITHUB_* context and fresh file-command
// files, then parses what the action wrote back (outputs, state, env, path, summary) and
// the workflow commands it printed. Tests that pass here exercise the same bundle, env
// contract and file formats a real runner would.
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { constants, tmpdir } from 'node:os'
import { isAbsolute, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse as parseYaml } from 'yaml'

const ACTIONS_DIR = fileURLToPath(new URL('../../actions/', import.meta.url))

export interface RunActionOptions {
  /** Folder name under actions/ (e.g. 'build-image') or an absolute path to an action folder. */
  action: string
  /** By action.yml input name. Unknown names throw (the runner only warns; in a test it is a typo). */
  inputs?: Record<string, string>
  eventName?: string // default 'push'
  event?: unknown // written as JSON to GITHUB_EVENT_PATH (default {})
  /** Extra env, applied last; undefined deletes a variable. */
  env?: Record<string, string | undefined>
  cwd?: string // GITHUB_WORKSPACE and process cwd; default a fresh temp dir
  github?: {
    token?: string
    sha?: string
    ref?: string
    repository?: string
    serverUrl?: string
    apiUrl?: string
    runId?: string
    actor?: string
  }
  timeoutMs?: number // default 90 s; on timeout the action is SIGKILLed and runAction rejects
}

export interface Annotation {
  level: 'error' | 'warning' | 'notice'
  message: string
  properties: Record<string, string>
}

export interface WorkflowCommands {
  errors: string[]
  warnings: string[]
  notices: string[]
  masks: string[]
  debug: string[]
  annotations: Annotation[]
}

export interface ActionRun extends WorkflowCommands {
  exitCode: number
  stdout: string
  stderr: string
  outputs: Record<string, string>
  state: Record<string, string>
  exportedEnv: Record<string, string>
  paths: string[]
  summary: string
}

export interface ActionInput {
  description?: string
  required: boolean
  default?: string // as written in action.yml (may contain ${{ }})
}

export interface ActionManifest {
  dir: string
  name: string
  description?: string
  inputs: Record<string, ActionInput>
  outputs: Record<string, { description?: string }>
  runs: { using: string; main: string; pre?: string; post?: string; [k: string]: unknown }
}

/** Resolves a folder name under actions/ or an absolute path to the action's directory. */
function actionDir(action: string): string {
  return isAbsolute(action) ? action : resolve(ACTIONS_DIR, action)
}

export async function readActionManifest(action: string): Promise<ActionManifest> {
  const dir = actionDir(action)
  const file = ['action.yml', 'action.yaml'].map((f) => join(dir, f)).find((f) => existsSync(f))
  if (!file) throw new Error(`no action.yml in ${dir}`)
  const doc = parseYaml(await readFile(file, 'utf8')) as Record<string, unknown> | null
  if (!doc || typeof doc !== 'object') throw new Error(`${file} is not a YAML mapping`)
  const inputs: Record<string, ActionInput> = {}
  for (const [name, raw] of Object.entries((doc.inputs ?? {}) as Record<string, Record<string, unknown> | null>)) {
    const spec = raw ?? {}
    inputs[name] = {
      ...(spec.description !== undefined ? { description: String(spec.description) } : {}),
      // YAML may say `required: true` or `required: 'true'`; the runner stringifies scalars.
      required: String(spec.required ?? false) === 'true',
      ...(spec.default !== undefined && spec.default !== null ? { default: String(spec.default) } : {}),
    }
  }
  const outputs: Record<string, { description?: string }> = {}
  for (const [name, raw] of Object.entries((doc.outputs ?? {}) as Record<string, Record<string, unknown> | null>)) {
    outputs[name] = raw?.description !== undefined ? { description: String(raw.description) } : {}
  }
  const runs = doc.runs as ActionManifest['runs'] | undefined
  if (!runs || typeof runs.using !== 'string') throw new Error(`${file}: runs.using is missing`)
  return {
    dir,
    name: String(doc.name ?? ''),
    ...(doc.description !== undefined ? { description: String(doc.description) } : {}),
    inputs,
    outputs,
    runs,
  }
}

// ---------------------------------------------------------------------------------------
// File commands (GITHUB_OUTPUT, GITHUB_STATE, GITHUB_ENV): a port of the runner's parser.

/**
 * Parses `name=value` lines and `name<<DELIM` … `DELIM` blocks. Like the runner, the
 * earlier of `=` and `<<` on a line decides the form, the value keeps everything after
 * the first `=` (so values may contain `=`), a heredoc value keeps its inner newlines,
 * empty lines are skipped, and a later write of a name wins.
 */
export function parseFileCommand(text: string): Record<string, string> {
  const result: Record<string, string> = {}
  let index = 0
  // Returns the next line without its '\n' (the runner splits on '\n' only on Linux).
  const readLine = (): { line: string; newline: boolean } | undefined => {
    if (index >= text.length) return undefined
    const start = index
    const lf = text.indexOf('\n', index)
    if (lf < 0) {
      index = text.length
      return { line: text.slice(start), newline: false }
    }
    index = lf + 1
    return { line: text.slice(start, lf), newline: true }
  }
  for (let next = readLine(); next; next = readLine()) {
    const line = next.line
    if (line === '') continue
    const eq = line.indexOf('=')
    const heredoc = line.indexOf('<<')
    if (eq >= 0 && (heredoc < 0 || eq < heredoc)) {
      const name = line.slice(0, eq)
      if (!name) throw new Error(`Invalid format '${line}'. Name must not be empty`)
      result[name] = line.slice(eq + 1)
    } else if (heredoc >= 0) {
      const name = line.slice(0, heredoc)
      const delimiter = line.slice(heredoc + 2)
      if (!name || !delimiter) {
        throw new Error(`Invalid format '${line}'. Name must not be empty and delimiter must not be empty`)
      }
      const start = index
      let end = index
      for (;;) {
        const l = readLine()
        if (!l) throw new Error(`Invalid value. Matching delimiter not found '${delimiter}'`)
        if (l.line === delimiter) break
        if (!l.newline) throw new Error('Invalid value. EOF marker missing new line.')
        end = index - 1
      }
      result[name] = text.slice(start, end)
    } else {
      throw new Error(`Invalid format '${line}'`)
    }
  }
  return result
}

// ---------------------------------------------------------------------------------------
// Workflow commands printed on stdout: `::name key=value,key=value::message`.

// Single pass, so `%250A` decodes to the literal `%0A` (the inverse of @actions/core's escaping).
const unescapeData = (s: string) => s.replace(/%(25|0D|0A)/g, (_, c: string) => ({ '25': '%', '0D': '\r', '0A': '\n' })[c]!)
const unescapeProperty = (s: string) => s.replace(/%(25|0D|0A|3A|2C)/g, (_, c: string) => ({ '25': '%', '0D': '\r', '0A': '\n', '3A': ':', '2C': ',' })[c]!)

export function parseWorkflowCommands(stdout: string): WorkflowCommands {
  const out: WorkflowCommands = { errors: [], warnings: [], notices: [], masks: [], debug: [], annotations: [] }
  let stopToken: string | undefined // set by ::stop-commands::TOKEN until ::TOKEN::
  for (const raw of stdout.split('\n')) {
    const line = raw.trim() // the runner trims before matching
    if (!line.startsWith('::')) continue
    const end = line.indexOf('::', 2)
    if (end < 0) continue
    const info = line.slice(2, end)
    const data = line.slice(end + 2)
    const space = info.indexOf(' ')
    const command = (space < 0 ? info : info.slice(0, space)).toLowerCase()
    if (stopToken !== undefined) {
      if (info === stopToken) stopToken = undefined
      continue
    }
    const properties: Record<string, string> = {}
    if (space >= 0) {
      for (const pair of info.slice(space + 1).split(',')) {
        const eq = pair.indexOf('=')
        if (eq > 0) properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1))
      }
    }
    const message = unescapeData(data)
    switch (command) {
      case 'stop-commands':
        stopToken = data
        break
      case 'add-mask':
        out.masks.push(message)
        break
      case 'debug':
        out.debug.push(message)
        break
      case 'error':
      case 'warning':
      case 'notice': {
        out[command === 'error' ? 'errors' : command === 'warning' ? 'warnings' : 'notices'].push(message)
        out.annotations.push({ level: command, message, properties })
        break
      }
      default:
        break // group, endgroup, echo, …: nothing to collect
    }
  }
  return out
}

// ---------------------------------------------------------------------------------------

const DEFAULT_SHA = '5f3c0a9d1e2b4c6a8f7e9d0c1b2a3f4e5d6c7b8a'

// Only these basics come from the parent process; everything else is what the runner sets,
// so an action that silently depends on the developer's environment fails here too.
const INHERITED_ENV = ['PATH', 'HOME', 'LANG', 'LC_ALL', 'TMPDIR', 'USER', 'TZ']

/** The runner's environment variable name for an input. Hyphens are kept. */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`
}

export async function runAction(opts: RunActionOptions): Promise<ActionRun> {
  const manifest = await readActionManifest(opts.action)
  if (manifest.runs.using !== 'node24') {
    throw new Error(`${manifest.dir}/action.yml: runs.using is '${manifest.runs.using}', expected 'node24'`)
  }
  const main = resolve(manifest.dir, manifest.runs.main)
  if (!existsSync(main)) throw new Error(`runs.main ${main} does not exist (is the bundle committed?)`)

  const gh = opts.github ?? {}
  const serverUrl = (gh.serverUrl ?? 'https://github.com').replace(/\/+$/, '')
  const dotCom = serverUrl === 'https://github.com'
  const apiUrl = gh.apiUrl ?? (dotCom ? 'https://api.github.com' : `${serverUrl}/api/v3`)
  const graphqlUrl = dotCom ? 'https://api.github.com/graphql' : `${serverUrl}/api/graphql`
  const repository = gh.repository ?? 'octo-org/sensor-api'
  const ref = gh.ref ?? 'refs/heads/main'
  const sha = gh.sha ?? DEFAULT_SHA
  const eventName = opts.eventName ?? 'push'
  const event = (opts.event ?? {}) as { pull_request?: { head?: { ref?: string }; base?: { ref?: string } } }

  const root = await mkdtemp(join(tmpdir(), 'run-action-'))
  try {
    const f = {
      event: join(root, 'event.json'),
      output: join(root, 'output'),
      state: join(root, 'state'),
      env: join(root, 'env'),
      path: join(root, 'path'),
      summary: join(root, 'step_summary'),
    }
    await writeFile(f.event, JSON.stringify(opts.event ?? {}))
    for (const file of [f.output, f.state, f.env, f.path, f.summary]) await writeFile(file, '')
    const runnerTemp = join(root, 'runner-temp')
    const toolCache = join(root, 'tool-cache')
    await mkdir(runnerTemp)
    await mkdir(toolCache)
    const workspace = opts.cwd ?? join(root, 'workspace')
    if (!opts.cwd) await mkdir(workspace)

    // `${{ github.* }}` in input defaults, resolved from the same context the env carries.
    const context: Record<string, string> = {
      token: gh.token ?? '',
      sha,
      ref,
      repository,
      repository_owner: repository.split('/')[0] ?? '',
      server_url: serverUrl,
      api_url: apiUrl,
      run_id: gh.runId ?? '1',
      actor: gh.actor ?? 'octocat',
      event_name: eventName,
      workspace,
    }
    const evaluate = (value: string) =>
      value.replace(/\$\{\{\s*(.*?)\s*\}\}/g, (_, expr: string) => {
        const m = /^github\.(\w+)$/.exec(expr)
        return (m && context[m[1]!]) ?? ''
      })

    const given = opts.inputs ?? {}
    const declared = new Map(Object.keys(manifest.inputs).map((n) => [n.toLowerCase(), n]))
    const unknown = Object.keys(given).filter((n) => !declared.has(n.toLowerCase()))
    if (unknown.length) {
      throw new Error(`unexpected input(s) ${unknown.join(', ')}; ${manifest.dir}/action.yml declares: ${[...declared.values()].join(', ')}`)
    }

    const env: Record<string, string> = {}
    for (const k of INHERITED_ENV) if (process.env[k] !== undefined) env[k] = process.env[k]!
    for (const [name, spec] of Object.entries(manifest.inputs)) {
      if (spec.default !== undefined) env[inputEnvName(name)] = evaluate(spec.default)
    }
    for (const [name, value] of Object.entries(given)) env[inputEnvName(name)] = value
    const refName = ref.replace(/^refs\/(heads|tags|pull)\//, '')
    Object.assign(env, {
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: eventName,
      GITHUB_EVENT_PATH: f.event,
      GITHUB_OUTPUT: f.output,
      GITHUB_STATE: f.state,
      GITHUB_ENV: f.env,
      GITHUB_PATH: f.path,
      GITHUB_STEP_SUMMARY: f.summary,
      GITHUB_WORKSPACE: workspace,
      GITHUB_SHA: sha,
      GITHUB_REF: ref,
      GITHUB_REF_NAME: refName,
      GITHUB_REF_TYPE: ref.startsWith('refs/tags/') ? 'tag' : 'branch',
      GITHUB_HEAD_REF: event.pull_request?.head?.ref ?? '',
      GITHUB_BASE_REF: event.pull_request?.base?.ref ?? '',
      GITHUB_REPOSITORY: repository,
      GITHUB_REPOSITORY_OWNER: context.repository_owner,
      GITHUB_SERVER_URL: serverUrl,
      GITHUB_API_URL: apiUrl,
      GITHUB_GRAPHQL_URL: graphqlUrl,
      GITHUB_RUN_ID: context.run_id,
      GITHUB_RUN_NUMBER: '1',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_ACTOR: context.actor,
      GITHUB_TRIGGERING_ACTOR: context.actor,
      GITHUB_WORKFLOW: 'CI',
      GITHUB_JOB: 'test',
      GITHUB_ACTION: '__run',
      RUNNER_TEMP: runnerTemp,
      RUNNER_TOOL_CACHE: toolCache,
      RUNNER_OS: 'Linux',
      RUNNER_ARCH: 'X64',
      RUNNER_NAME: 'harness',
      RUNNER_ENVIRONMENT: 'github-hosted',
    })
    // The runner sets RUNNER_DEBUG=1 when step debug logging is on (ACTIONS_STEP_DEBUG).
    if (opts.env?.ACTIONS_STEP_DEBUG === 'true' || opts.env?.RUNNER_DEBUG) env.RUNNER_DEBUG = '1'
    for (const [k, v] of Object.entries(opts.env ?? {})) {
      if (v === undefined) delete env[k]
      else env[k] = v
    }

    const { exitCode, stdout, stderr } = await spawnNode(main, workspace, env, opts.timeoutMs ?? 90_000)
    const read = (file: string) => readFile(file, 'utf8')
    return {
      exitCode,
      stdout,
      stderr,
      outputs: parseFileCommand(await read(f.output)),
      state: parseFileCommand(await read(f.state)),
      exportedEnv: parseFileCommand(await read(f.env)),
      paths: (await read(f.path)).split(/\r?\n/).filter((l) => l !== ''),
      summary: await read(f.summary),
      ...parseWorkflowCommands(stdout),
    }
  } finally {
    await rm(root, { recursive: true, force: true })
  }
}

/** `node <main>` with an argv array (never a shell); rejects with the output on timeout. */
function spawnNode(main: string, cwd: string, env: Record<string, string>, timeoutMs: number): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [main], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout.on('data', (c: Buffer) => out.push(c))
    child.stderr.on('data', (c: Buffer) => err.push(c))
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      child.kill('SIGKILL')
    }, timeoutMs)
    child.once('error', (e) => {
      clearTimeout(timer)
      reject(e)
    })
    // 'close' (not 'exit') so both pipes are fully drained.
    child.once('close', (code, signal) => {
      clearTimeout(timer)
      const stdout = Buffer.concat(out).toString()
      const stderr = Buffer.concat(err).toString()
      if (timedOut) {
        reject(new Error(`action ${main} timed out after ${timeoutMs} ms\n--- stdout ---\n${stdout.slice(-4000)}\n--- stderr ---\n${stderr.slice(-4000)}`))
        return
      }
      const exitCode = code ?? 128 + (signal ? (constants.signals[signal] ?? 0) : 0)
      resolvePromise({ exitCode, stdout, stderr })
    })
  })
}

// A `run:` step: the script in a temp file run by bash the way GitHub runs it
// (`bash --noprofile --norc -eo pipefail {0}`), stdout and stderr captured in order.
import { spawn } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'

/**
 * GitHub's shell templates; anything else fails clearly. No `shell:` on Linux is `bash -e {0}`
 * (no pipefail, profile read), which differs from an explicit `shell: bash`.
 */
const UNSPECIFIED = ['bash', '-e', '{0}']
const SHELLS: Record<string, string[]> = {
  bash: ['bash', '--noprofile', '--norc', '-eo', 'pipefail', '{0}'],
  sh: ['sh', '-e', '{0}'],
  python: ['python3', '{0}'],
}

export function shellArgv(shell: string | undefined, scriptPath: string): string[] {
  if (shell === undefined) return UNSPECIFIED.map((a) => (a === '{0}' ? scriptPath : a))
  const template = SHELLS[shell]
  if (!template) throw new Error(`shell '${shell}' is not supported by the local workflow runner (supported: ${Object.keys(SHELLS).join(', ')})`)
  return template.map((a) => (a === '{0}' ? scriptPath : a))
}

export interface ShellResult {
  exitCode: number
  stdout: string
  /** stdout and stderr interleaved as they arrived. */
  output: string
  timedOut: boolean
}

export async function runShell(opts: {
  script: string
  shell?: string
  cwd: string
  env: Record<string, string>
  tempDir: string
  timeoutMs: number
}): Promise<ShellResult> {
  const file = join(opts.tempDir, `${randomUUID()}.sh`)
  await writeFile(file, opts.script)
  const [command, ...args] = shellArgv(opts.shell, file)
  return new Promise((resolve, reject) => {
    const child = spawn(command!, args, { cwd: opts.cwd, env: opts.env, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
    let stdout = ''
    let output = ''
    child.stdout.on('data', (c: Buffer) => {
      stdout += c.toString()
      output += c.toString()
    })
    child.stderr.on('data', (c: Buffer) => (output += c.toString()))
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      // The whole process group: a script's children go with it.
      try {
        process.kill(-child.pid!, 'SIGKILL')
      } catch {
        child.kill('SIGKILL')
      }
    }, opts.timeoutMs)
    child.once('error', (e) => {
      clearTimeout(timer)
      reject(e)
    })
    child.once('close', (code) => {
      clearTimeout(timer)
      resolve({ exitCode: code ?? 1, stdout, output, timedOut })
    })
  })
}

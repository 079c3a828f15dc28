import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import * as core from '@actions/core'
import { redact } from './secrets.js'

/**
 * Runs a program with an argument array and never through a shell, so branch names,
 * tags and build arguments cannot be interpreted as shell syntax.
 */
export interface ExecOptions {
  cwd?: string
  env?: NodeJS.ProcessEnv
  /** Written to the process's standard input (for `--password-stdin`), then closed. */
  input?: string
  /** Echo output lines to the log as they come (default true). */
  stream?: boolean
  /** Throw when the exit code is not 0 (default true). */
  check?: boolean
}

export interface ExecResult {
  exitCode: number
  stdout: string
  stderr: string
}

export type Exec = (file: string, args: readonly string[], options?: ExecOptions) => Promise<ExecResult>

export class ExecError extends Error {
  override name = 'ExecError'
  constructor(
    readonly command: string,
    readonly result: ExecResult,
  ) {
    const tail = redact((result.stderr || result.stdout).trim().split('\n').slice(-5).join(' | '))
    super(`${command} exited with code ${result.exitCode}${tail ? `: ${tail}` : ''}`)
  }
}

export function formatCommand(file: string, args: readonly string[]): string {
  return redact([file, ...args].map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : JSON.stringify(a))).join(' '))
}

export const exec: Exec = (file, args, options = {}) => {
  const { stream = true, check = true } = options
  const command = formatCommand(file, args)
  core.info(`[command]${command}`)
  return new Promise((resolve, reject) => {
    const child = spawn(file, [...args], {
      cwd: options.cwd,
      env: options.env ?? process.env,
      shell: false,
      stdio: ['pipe', 'pipe', 'pipe'],
    })
    const out: Buffer[] = []
    const err: Buffer[] = []
    const echo = (chunk: Buffer): void => {
      if (stream) process.stdout.write(redact(chunk.toString()))
    }
    child.stdout.on('data', (chunk: Buffer) => (out.push(chunk), echo(chunk)))
    child.stderr.on('data', (chunk: Buffer) => (err.push(chunk), echo(chunk)))
    child.on('error', (error: NodeJS.ErrnoException) => {
      // spawn reports a missing cwd as ENOENT too, naming the program.
      if (error.code === 'ENOENT' && options.cwd && !existsSync(options.cwd)) reject(new Error(`working directory ${options.cwd} does not exist`))
      else reject(error.code === 'ENOENT' ? new Error(`${file} was not found on PATH`) : error)
    })
    child.on('close', (code) => {
      const result = { exitCode: code ?? 1, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() }
      if (check && result.exitCode !== 0) reject(new ExecError(command, result))
      else resolve(result)
    })
    // A program that exits without reading its input breaks the pipe (EPIPE); its exit code
    // tells what happened, so the error must not escape as an uncaught exception.
    child.stdin.on('error', () => undefined)
    child.stdin.end(options.input ?? '')
  })
}

/** Whether a program can be started at all (on PATH and executable). */
export async function canRun(file: string, args: readonly string[] = ['--version'], env?: NodeJS.ProcessEnv): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(file, [...args], { shell: false, stdio: 'ignore', env: env ?? process.env })
    child.on('error', () => resolve(false))
    child.on('close', (code) => resolve(code === 0))
  })
}

import { readFile } from 'node:fs/promises'
import { gzipSync } from 'node:zlib'
import * as core from '@actions/core'
import { errorMessage, redact } from '@cna/kit'
import { errorStatus } from '@cna/kit/github'
import { isSarif } from '@cna/kit/sarif'
import type { UploadOutcome } from './run.js'

/** GitHub code scanning takes at most 20 runs in one SARIF upload. */
export const MAX_RUNS_PER_UPLOAD = 20

export interface UploadClient {
  request(route: string, params: Record<string, unknown>): Promise<{ data: unknown }>
}

export interface UploadTarget {
  client: UploadClient
  owner: string
  repo: string
  /** The commit and ref the analysis is for (on pull requests, GitHub's merge commit and refs/pull/N/merge). */
  commitSha: string
  ref: string
}

/** Splits a SARIF log into logs of at most `max` runs each, keeping the top-level fields. */
export function splitRuns(doc: { runs: unknown[] } & Record<string, unknown>, max = MAX_RUNS_PER_UPLOAD): Array<Record<string, unknown>> {
  const parts: Array<Record<string, unknown>> = []
  for (let i = 0; i < doc.runs.length; i += max) parts.push({ ...doc, runs: doc.runs.slice(i, i + max) })
  return parts.length ? parts : [doc]
}

/** gzip + base64, as the upload endpoint requires. */
export function encodeSarif(doc: unknown): string {
  return gzipSync(Buffer.from(JSON.stringify(doc))).toString('base64')
}

/**
 * Uploads every SARIF file (npm audit reports are not SARIF and are skipped). A token that
 * may not upload (403/404: no security-events permission, or code scanning unavailable) only
 * skips the upload, with a warning: the gate itself does not depend on it.
 */
export async function uploadSarif(files: readonly string[], target: UploadTarget): Promise<UploadOutcome> {
  let uploaded = 0
  for (const file of files) {
    const doc = JSON.parse(await readFile(file, 'utf8')) as { runs: unknown[] } & Record<string, unknown>
    if (!isSarif(doc)) continue
    for (const part of splitRuns(doc)) {
      try {
        await target.client.request('POST /repos/{owner}/{repo}/code-scanning/sarifs', {
          owner: target.owner,
          repo: target.repo,
          commit_sha: target.commitSha,
          ref: target.ref,
          sarif: encodeSarif(part),
        })
        uploaded++
      } catch (error) {
        const status = errorStatus(error)
        if (status === 403 || status === 404) {
          const skipped = `the token cannot upload to code scanning (${status}: ${redact(errorMessage(error))}); grant "security-events: write" to upload`
          core.warning(`SARIF upload skipped: ${skipped}`)
          return { uploaded, skipped }
        }
        throw error
      }
    }
  }
  core.info(`uploaded SARIF to code scanning in ${uploaded} request(s)`)
  return { uploaded }
}

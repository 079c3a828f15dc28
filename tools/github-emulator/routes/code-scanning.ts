// Code scanning SARIF uploads: the `sarif` field is gzip + base64; it is decoded and kept in
// `repo.sarifs` so tests can inspect what an action uploaded. 202 with the upload's id/url.
import { randomUUID } from 'node:crypto'
import { gunzipSync } from 'node:zlib'
import { HttpError, json, notFound } from '../http.js'
import type { RepoContext, Route } from '../router.js'
import { apiUrl, bodyOf } from './shared.js'

/** GitHub's limit on the gzip-compressed SARIF. */
const MAX_COMPRESSED = 10 * 1024 * 1024

export const codeScanningRoutes: Route[] = [
  {
    operationId: 'code-scanning/upload-sarif',
    scope: 'security_events',
    repo: true,
    handle: (ctx) => {
      requireAdvancedSecurity(ctx)
      const body = bodyOf<{ commit_sha: string; ref: string; sarif: string; checkout_uri?: string; started_at?: string; tool_name?: string }>(ctx)
      const compressed = Buffer.from(body.sarif, 'base64')
      if (compressed.length > MAX_COMPRESSED) throw new HttpError(413, 'Payload Too Large: the compressed SARIF is larger than 10 MB')
      let sarif: unknown
      try {
        sarif = JSON.parse(gunzipSync(compressed).toString('utf8'))
      } catch (error) {
        throw new HttpError(400, `Invalid request.\n\nsarif: not gzip-compressed, base64-encoded JSON (${(error as Error).message})`)
      }
      const id = randomUUID()
      ctx.repo.sarifs.push({
        id,
        commit_sha: body.commit_sha,
        ref: body.ref,
        sarif,
        tool_name: body.tool_name ?? null,
        checkout_uri: body.checkout_uri ?? null,
        created_at: ctx.state.now(),
      })
      return json(202, { id, url: apiUrl(ctx, `/code-scanning/sarifs/${id}`) })
    },
  },
  {
    operationId: 'code-scanning/get-sarif',
    scope: 'security_events',
    repo: true,
    handle: (ctx) => {
      requireAdvancedSecurity(ctx)
      const upload = ctx.repo.sarifs.find((s) => s.id === ctx.params.sarif_id)
      if (!upload) throw notFound()
      return json(200, { processing_status: 'complete', analyses_url: apiUrl(ctx, `/code-scanning/analyses?sarif_id=${upload.id}`), errors: null })
    },
  },
]

function requireAdvancedSecurity(ctx: RepoContext): void {
  if (!ctx.repo.advanced_security) throw new HttpError(403, 'Advanced Security must be enabled for this repository to use code scanning.')
}

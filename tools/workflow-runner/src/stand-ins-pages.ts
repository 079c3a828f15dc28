// Stand-ins for GitHub Pages: actions/upload-pages-artifact (the site folder as the run's
// `github-pages` artifact) and actions/deploy-pages (that artifact published: copied to the run's
// pages/ folder, the local stand-in for <owner>.github.io/<repo>/). As the real actions: upload
// refuses a missing folder and deploy a run without the artifact. Not checked here: the OIDC
// token and pages: write that the real deploy needs (the hardening test checks the grants).
import { existsSync, statSync } from 'node:fs'
import { cp, mkdir, rm } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import type { StandInContext, StandInResult } from './stand-ins.js'

export const UPLOAD_PAGES_INPUTS = ['path', 'name', 'retention-days']
export const DEPLOY_PAGES_INPUTS = ['token', 'timeout', 'error_count', 'reporting_interval', 'artifact_name', 'preview']

export async function uploadPagesArtifact(ctx: StandInContext): Promise<StandInResult> {
  const folder = resolve(ctx.workspace, ctx.inputs.path || '_site/')
  if (!existsSync(folder) || !statSync(folder).isDirectory())
    throw new Error(`actions/upload-pages-artifact: tar: ${ctx.inputs.path || '_site/'}: Cannot open: No such file or directory`)
  const target = join(ctx.artifactsDir, ctx.inputs.name || 'github-pages')
  await rm(target, { recursive: true, force: true })
  await mkdir(target, { recursive: true })
  await cp(folder, target, { recursive: true })
  ctx.log(`Uploaded ${folder} as the ${ctx.inputs.name || 'github-pages'} artifact`)
  return { outputs: { artifact_id: String(Date.now()) } }
}

export async function deployPages(ctx: StandInContext): Promise<StandInResult> {
  const name = ctx.inputs.artifact_name || 'github-pages'
  const source = join(ctx.artifactsDir, name)
  if (!existsSync(source))
    throw new Error(`actions/deploy-pages: Fetching artifact metadata failed. Is githubpages artifact uploaded? (no artifact named ${name} in this run)`)
  const site = pagesDir(ctx.artifactsDir)
  await rm(site, { recursive: true, force: true })
  await cp(source, site, { recursive: true })
  const [owner = '', repo = ''] = ctx.github.repository.split('/')
  const url = `https://${owner.toLowerCase()}.github.io/${repo}/`
  ctx.log(`Published ${name} to ${url} (stand-in: ${site})`)
  return { outputs: { page_url: url } }
}

/** Where a run's published site lands: beside its artifacts. */
export const pagesDir = (artifactsDir: string): string => join(dirname(artifactsDir), 'pages')

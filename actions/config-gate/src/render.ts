import { existsSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parseDocument } from 'yaml'
import type { Exec } from '@cna/kit'
import { KUSTOMIZATION_FILES, type Environment } from './environments.js'
import { parseRendered, type RenderedObject } from './objects.js'

export type RenderOutcome = { ok: true; objects: RenderedObject[] } | { ok: false; error: string; file: string }

/**
 * Renders one environment of a checkout (a throw-away copy: the kustomization is edited) with
 * the real `kubectl kustomize`. config-gate asks kustomize for origin annotations, so every
 * object says which source file it came from; they are taken off again before anything is shown.
 * A kustomization using `helmCharts` needs the helm binary (`--enable-helm`): where there is none,
 * kustomize's own error is the outcome.
 */
export async function renderEnvironment(exec: Exec, checkout: string, env: Environment): Promise<RenderOutcome> {
  const dir = join(checkout, env.path)
  const file = KUSTOMIZATION_FILES.find((f) => existsSync(join(dir, f)))
  if (!file) return { ok: false, error: `${env.path} has no kustomization.yaml at this commit`, file: env.path }
  const addedOrigin = await addOriginAnnotations(join(dir, file))
  const args = ['kustomize', dir, ...(await usesHelm(join(dir, file)) ? ['--enable-helm'] : [])]
  const result = await exec('kubectl', args, { stream: false, check: false })
  if (result.exitCode !== 0) return { ok: false, error: (result.stderr || result.stdout).trim().replaceAll(checkout + '/', ''), file: `${env.path}/${file}` }
  return { ok: true, objects: parseRendered(result.stdout, env.path, addedOrigin) }
}

/** Adds `originAnnotations` to the kustomization's buildMetadata; false when it was already there. */
export async function addOriginAnnotations(file: string): Promise<boolean> {
  const doc = parseDocument(await readFile(file, 'utf8'))
  const current = doc.get('buildMetadata')
  const list = (current && typeof current === 'object' && 'toJSON' in current ? (current as { toJSON(): unknown }).toJSON() : []) as unknown[]
  if (Array.isArray(list) && list.includes('originAnnotations')) return false
  doc.set('buildMetadata', [...(Array.isArray(list) ? list : []), 'originAnnotations'])
  await writeFile(file, doc.toString())
  return true
}

async function usesHelm(file: string): Promise<boolean> {
  return /^helmCharts:/m.test(await readFile(file, 'utf8'))
}

import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Exec } from '@cna/kit'
import { KUSTOMIZATION_FILES, type Environment } from './environments.js'
import { parseRendered, type RenderedObject } from './objects.js'

export type RenderOutcome = { ok: true; objects: RenderedObject[] } | { ok: false; error: string; file: string }

/**
 * Renders one environment of a checkout with the real `kubectl kustomize`, as the repository
 * has it. (kustomize's `buildMetadata: [originAnnotations]` would say which file each object came
 * from, but makes kustomize 5.5 about twelve times slower on a few hundred objects, measured by
 * bench/config-gate.mjs; the source locator finds the file by kind and name instead.)
 * A kustomization using `helmCharts` needs the helm binary (`--enable-helm`): where there is none,
 * kustomize's own error is the outcome.
 */
export async function renderEnvironment(exec: Exec, checkout: string, env: Environment): Promise<RenderOutcome> {
  const dir = join(checkout, env.path)
  const file = KUSTOMIZATION_FILES.find((f) => existsSync(join(dir, f)))
  if (!file) return { ok: false, error: `${env.path} has no kustomization.yaml at this commit`, file: env.path }
  const args = ['kustomize', dir, ...((await usesHelm(join(dir, file))) ? ['--enable-helm'] : [])]
  const result = await exec('kubectl', args, { stream: false, check: false })
  if (result.exitCode !== 0) return { ok: false, error: (result.stderr || result.stdout).trim().replaceAll(checkout + '/', ''), file: `${env.path}/${file}` }
  return { ok: true, objects: parseRendered(result.stdout, env.path, false) }
}

async function usesHelm(file: string): Promise<boolean> {
  return /^helmCharts:/m.test(await readFile(file, 'utf8'))
}

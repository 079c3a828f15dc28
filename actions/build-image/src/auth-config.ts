import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { isRecord, valueAt } from '@cna/kit'

/**
 * Credentials given as inputs go into a private Docker config in the run's temp dir, never
 * into the user's own config and never onto a command line. It keeps the user's existing
 * logins and links their buildx builders and CLI plugins, so `docker buildx` still finds
 * the builder that docker/setup-buildx-action made.
 */
export async function writeAuthConfig(opts: {
  dir: string
  registry: string
  username: string
  password: string
  env: NodeJS.ProcessEnv
}): Promise<{ dockerConfig: string; authFile: string }> {
  const userDir = opts.env.DOCKER_CONFIG ?? join(opts.env.HOME ?? homedir(), '.docker')
  const config = await readJsonObject(join(userDir, 'config.json'))
  const key = opts.registry === 'docker.io' ? 'https://index.docker.io/v1/' : opts.registry
  const auth = Buffer.from(`${opts.username}:${opts.password}`).toString('base64')
  // Credential helpers would shadow the auth entry we write.
  const { credsStore: _store, credHelpers: _helpers, ...rest } = config
  const auths = valueAt(config, 'auths')
  const merged = { ...rest, auths: { ...(isRecord(auths) ? auths : {}), [key]: { auth } } }
  await mkdir(opts.dir, { recursive: true, mode: 0o700 })
  const authFile = join(opts.dir, 'config.json')
  await writeFile(authFile, JSON.stringify(merged), { mode: 0o600 })
  for (const linked of ['buildx', 'cli-plugins', 'contexts']) {
    await symlink(join(userDir, linked), join(opts.dir, linked)).catch(() => undefined)
  }
  return { dockerConfig: opts.dir, authFile }
}

/** A JSON file's top-level object; empty when the file is missing, unreadable or not an object. */
async function readJsonObject(path: string): Promise<Record<string, unknown>> {
  try {
    const doc: unknown = JSON.parse(await readFile(path, 'utf8'))
    return isRecord(doc) ? doc : {}
  } catch {
    return {}
  }
}

import { readFile } from 'node:fs/promises'
import { homedir } from 'node:os'
import { join } from 'node:path'

export interface Credentials {
  username: string
  password: string
}

/**
 * Looks a registry up in the auth files that `docker login` (and so docker/login-action),
 * `podman login` and `buildah login` write: `auths[host].auth` is base64 `user:password`.
 */
export function authFileCandidates(env: NodeJS.ProcessEnv = process.env): string[] {
  const files: string[] = []
  if (env.REGISTRY_AUTH_FILE) files.push(env.REGISTRY_AUTH_FILE)
  if (env.XDG_RUNTIME_DIR) files.push(join(env.XDG_RUNTIME_DIR, 'containers', 'auth.json'))
  files.push(join(env.DOCKER_CONFIG ?? join(env.HOME ?? homedir(), '.docker'), 'config.json'))
  return files
}

/** Pure: finds the credentials for `registry` in one parsed auth file. */
export function credentialsFromConfig(config: unknown, registry: string): Credentials | undefined {
  const auths = (config as { auths?: Record<string, { auth?: string; username?: string; password?: string }> } | null)?.auths
  if (!auths) return undefined
  const keys =
    registry === 'docker.io'
      ? ['https://index.docker.io/v1/', 'docker.io', 'index.docker.io', 'registry-1.docker.io']
      : [registry, `https://${registry}`, `http://${registry}`]
  for (const key of keys) {
    const entry = auths[key] ?? auths[`${key}/`]
    if (!entry) continue
    if (entry.auth) {
      const decoded = Buffer.from(entry.auth, 'base64').toString()
      const colon = decoded.indexOf(':')
      if (colon > 0) return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) }
    }
    if (entry.username && entry.password) return { username: entry.username, password: entry.password }
  }
  return undefined
}

export async function credentialsFromAuthFiles(registry: string, env: NodeJS.ProcessEnv = process.env): Promise<Credentials | undefined> {
  for (const file of authFileCandidates(env)) {
    let config: unknown
    try {
      config = JSON.parse(await readFile(file, 'utf8'))
    } catch {
      continue
    }
    const found = credentialsFromConfig(config, registry)
    if (found) return found
  }
  return undefined
}

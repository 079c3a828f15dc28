import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { registerSecret, type Exec } from '@cna/kit'
import { KubeClient, loadClusterAccess, type KubeObject } from '@cna/kit/k8s'
import type { Service } from './services.js'
import type { LiveView } from './status.js'

/** Pure: the digest a GitOps file pins for `image` (kustomize images entry, Helm image.digest, or a manifest's image: name@digest). */
export function pinnedDigest(text: string, image: string): string | undefined {
  const name = image.split('/').pop()!
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const inline = /image:\s*["']?([^\s"'#]+)@(sha256:[0-9a-f]{64})/.exec(lines[i]!)
    if (inline && inline[1]!.split('/').pop() === name) return inline[2]
    const entry = /^\s*-?\s*(?:name|newName|repository):\s*["']?([^\s"'#]+)/.exec(lines[i]!)
    if (entry && entry[1]!.split('/').pop() === name) {
      // The digest belongs to the same entry: the next few lines, before another entry starts.
      for (const next of lines.slice(i + 1, i + 5)) {
        if (/^\s*-\s/.test(next)) break
        const digest = /digest:\s*["']?(sha256:[0-9a-f]{64})/.exec(next)
        if (digest) return digest[1]
      }
    }
  }
  return undefined
}

/** Pure: the digests of the pods whose containers run the service's image (from imageID, else the image). */
export function podDigests(pods: readonly KubeObject[], image: string): string[] {
  const name = image.split('/').pop()!
  const found: string[] = []
  for (const pod of pods) {
    const statuses = ((pod.status ?? {}) as { containerStatuses?: Array<{ image?: string; imageID?: string }> }).containerStatuses ?? []
    for (const c of statuses) {
      const ref = /@sha256:/.test(c.imageID ?? '') ? c.imageID! : (c.image ?? '')
      const m = /([^/@\s]+)@(sha256:[0-9a-f]{64})$/.exec(ref.replace(/^docker-pullable:\/\//, ''))
      if (m && m[1]!.split(':')[0] === name) found.push(m[2]!)
    }
  }
  return found
}

/**
 * Reads Git (one shallow clone of the GitOps repository) and the cluster (pods in the
 * environment's namespace), for /status and the drift check. Either may be absent.
 */
export async function liveView(opts: {
  gitopsRepo: string
  gitopsToken: string
  kubeconfig: string
  namespace: string
  services: ReadonlyMap<string, Service>
  exec: Exec
}): Promise<{ view: LiveView; close(): Promise<void> }> {
  let checkout: Promise<string> | undefined
  const clone = async (): Promise<string> => {
    const dir = await mkdtemp(join(tmpdir(), 'chatops-gitops-'))
    const env: NodeJS.ProcessEnv = { ...process.env, GIT_TERMINAL_PROMPT: '0' }
    if (opts.gitopsToken && /^https?:\/\//.test(opts.gitopsRepo)) {
      const basic = Buffer.from(`x-access-token:${opts.gitopsToken}`).toString('base64')
      registerSecret(basic)
      Object.assign(env, { GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: 'http.extraheader', GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${basic}` })
    }
    await opts.exec('git', ['clone', '--quiet', '--depth', '1', '--no-tags', opts.gitopsRepo, join(dir, 'repo')], { env, stream: false })
    return join(dir, 'repo')
  }
  const client = opts.kubeconfig ? new KubeClient(await loadClusterAccess({ kubeconfig: opts.kubeconfig })) : undefined
  const view: LiveView = {
    git: async (name, environment) => {
      const service = opts.services.get(name)
      if (!opts.gitopsRepo || !service?.gitopsPath) return undefined
      const root = join(await (checkout ??= clone()), service.gitopsPath.replaceAll('{environment}', environment))
      const info = await stat(root).catch(() => undefined)
      if (!info) return undefined
      const files = info.isDirectory()
        ? (await readdir(root))
            .filter((f) => /\.ya?ml$/.test(f))
            .sort()
            .map((f) => join(root, f))
        : [root]
      for (const file of files) {
        const digest = pinnedDigest(await readFile(file, 'utf8'), service.image)
        if (digest) return digest
      }
      return undefined
    },
    running: async (name, environment) => {
      const service = opts.services.get(name)
      if (!client || !service) return undefined
      const namespace = (opts.namespace || '{service}-{environment}').replaceAll('{service}', name).replaceAll('{environment}', environment)
      const pods = await client.list(`/api/v1/namespaces/${encodeURIComponent(namespace)}/pods`).catch(() => undefined)
      return pods
        ? podDigests(
            pods.items.filter((p) => (p.status as { phase?: string } | undefined)?.phase !== 'Succeeded'),
            service.image,
          )
        : undefined
    },
  }
  return {
    view,
    close: async () => {
      client?.close()
      if (checkout) await rm(join(await checkout, '..'), { recursive: true, force: true })
    },
  }
}

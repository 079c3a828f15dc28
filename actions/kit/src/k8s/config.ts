import { errorMessage } from '../guards.js'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, isAbsolute, join } from 'node:path'
import type { RequestOptions } from 'node:https'
// The parts of @kubernetes/client-node this adapter uses, imported by file: its index pulls in
// every generated API and model (about 15 MB bundled), which no action can afford to ship. They
// and the YAML parser are loaded when there is a kubeconfig to read (see fromKubeconfig).
import type { Cluster, User } from '@kubernetes/client-node/dist/config_types.js'
import { UserError } from '../errors.js'
import { registerSecret } from '../secrets.js'

/**
 * How to reach one cluster: its server URL, TLS material and credentials, resolved from a
 * kubeconfig (content, then the KUBECONFIG files) or, inside a pod, the service account.
 */
export interface ClusterAccess {
  server: string
  /** Where the access came from, for messages: `input`, `KUBECONFIG`, `in-cluster`. */
  source: string
  namespace?: string
  ca?: string
  cert?: string
  key?: string
  skipTLSVerify: boolean
  tlsServerName?: string
  /** Request headers with the credentials (Authorization), resolved per request (exec plugins expire). */
  authenticate(): Promise<{ headers: Record<string, string>; cert?: string; key?: string }>
}

export const IN_CLUSTER_DIR = '/var/run/secrets/kubernetes.io/serviceaccount'

export interface LoadOptions {
  /** Kubeconfig content (the action's `kubeconfig` input). */
  kubeconfig?: string
  env?: NodeJS.ProcessEnv
  /** For tests: where the service account files are. */
  inClusterDir?: string
}

/** Cluster access from `kubeconfig` content, else `KUBECONFIG`, else the in-cluster service account. */
export async function loadClusterAccess(opts: LoadOptions = {}): Promise<ClusterAccess> {
  const env = opts.env ?? process.env
  if (opts.kubeconfig?.trim()) return fromKubeconfig(opts.kubeconfig, 'input', process.cwd())
  const files = (env.KUBECONFIG ?? '').split(':').filter((f) => f && existsSync(f))
  if (files[0]) return fromKubeconfig(readFileSync(files[0], 'utf8'), 'KUBECONFIG', dirname(files[0]))
  const dir = opts.inClusterDir ?? IN_CLUSTER_DIR
  const host = env.KUBERNETES_SERVICE_HOST
  if (host && existsSync(join(dir, 'token'))) {
    const port = env.KUBERNETES_SERVICE_PORT ?? '443'
    const server = `https://${host.includes(':') ? `[${host}]` : host}:${port}`
    const ca = existsSync(join(dir, 'ca.crt')) ? readFileSync(join(dir, 'ca.crt'), 'utf8') : undefined
    return {
      server,
      source: 'in-cluster',
      skipTLSVerify: false,
      ...(ca ? { ca } : {}),
      // The projected token rotates: read it for every request.
      authenticate: async () => {
        const token = readFileSync(join(dir, 'token'), 'utf8').trim()
        registerSecret(token)
        return { headers: { authorization: `Bearer ${token}` } }
      },
    }
  }
  throw new UserError(
    'No Kubernetes cluster to talk to: the kubeconfig input is empty, KUBECONFIG names no file, and this is not a pod with a service account. Pass a kubeconfig (for example from a secret) or run inside the cluster.',
  )
}

async function fromKubeconfig(content: string, source: string, baseDir: string): Promise<ClusterAccess> {
  // Loaded only now: a run that talks to no cluster (or only from inside one) never parses YAML.
  const [{ parse }, { newClusters, newContexts, newUsers }, { ExecAuth }] = await Promise.all([
    import('yaml'),
    import('@kubernetes/client-node/dist/config_types.js'),
    import('@kubernetes/client-node/dist/exec_auth.js'),
  ])
  let doc: Record<string, unknown>
  try {
    doc = parse(content) as Record<string, unknown>
  } catch {
    throw new UserError(`The kubeconfig from ${source} is not valid YAML.`)
  }
  if (!doc || typeof doc !== 'object') throw new UserError(`The kubeconfig from ${source} is not a YAML mapping.`)
  let clusters: Cluster[], users: User[], contexts: ReturnType<typeof newContexts>
  try {
    clusters = newClusters(doc.clusters)
    users = newUsers(doc.users)
    contexts = newContexts(doc.contexts)
  } catch (error) {
    throw new UserError(`The kubeconfig from ${source} is invalid: ${errorMessage(error)}.`)
  }
  const current = String(doc['current-context'] ?? '') || contexts[0]?.name
  const context = contexts.find((c) => c.name === current)
  if (!context) throw new UserError(`The kubeconfig from ${source} has no context "${current ?? ''}".`)
  const cluster = clusters.find((c) => c.name === context.cluster)
  if (!cluster) throw new UserError(`The kubeconfig from ${source} has no cluster "${context.cluster}" (context "${context.name}").`)
  const user = users.find((u) => u.name === context.user)
  const file = (path: string | undefined): string | undefined => (path ? readFileSync(isAbsolute(path) ? path : join(baseDir, path), 'utf8') : undefined)
  const b64 = (data: string | undefined): string | undefined => (data ? Buffer.from(data, 'base64').toString('utf8') : undefined)
  const ca = b64(cluster.caData) ?? file(cluster.caFile)
  const cert = b64(user?.certData) ?? file(user?.certFile)
  const key = b64(user?.keyData) ?? file(user?.keyFile)
  for (const secret of [user?.token, user?.password, key]) registerSecret(secret)
  const exec = new ExecAuth()
  return {
    server: cluster.server.replace(/\/+$/, ''),
    source,
    skipTLSVerify: cluster.skipTLSVerify,
    ...(context.namespace ? { namespace: context.namespace } : {}),
    ...(ca ? { ca } : {}),
    ...(cert ? { cert } : {}),
    ...(key ? { key } : {}),
    ...(cluster.tlsServerName ? { tlsServerName: cluster.tlsServerName } : {}),
    authenticate: async () => {
      const headers: Record<string, string> = {}
      if (!user) return { headers }
      if (user.token) headers.authorization = `Bearer ${user.token}`
      else if (user.username && user.password) headers.authorization = `Basic ${Buffer.from(`${user.username}:${user.password}`).toString('base64')}`
      if (user.impersonateUser) headers['impersonate-user'] = user.impersonateUser
      if (exec.isAuthProvider(user)) {
        const opts: RequestOptions = { headers: {} }
        await exec.applyAuthentication(user, opts)
        const auth = (opts.headers as Record<string, string>).Authorization
        if (auth) {
          registerSecret(auth.replace(/^Bearer /, ''))
          headers.authorization = auth
        }
        return { headers, ...(typeof opts.cert === 'string' ? { cert: opts.cert } : {}), ...(typeof opts.key === 'string' ? { key: opts.key } : {}) }
      }
      return { headers }
    },
  }
}

import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { describe, expect, test } from 'vitest'
import { parseAllDocuments } from 'yaml'
import { parseAccess } from '../src/access.js'
import { optionsFromEnv, startChatRelay } from '../src/server.js'

/** The Kubernetes manifests, rendered by kustomize as a cluster would get them, against what the relay really reads. */
const DIR = fileURLToPath(new URL('..', import.meta.url))
type Doc = { kind: string; metadata: { name: string }; spec?: Record<string, unknown>; data?: Record<string, string> }
interface Container {
  image: string
  env: Array<{ name: string; value: string }>
  readinessProbe: { httpGet: { path: string } }
  livenessProbe: { httpGet: { path: string } }
  securityContext: { readOnlyRootFilesystem?: boolean; allowPrivilegeEscalation?: boolean }
  volumeMounts: Array<{ mountPath: string }>
}

async function render(): Promise<Doc[]> {
  const { stdout } = await promisify(execFile)('kubectl', ['kustomize', join(DIR, 'deploy')])
  return parseAllDocuments(stdout).map((d) => d.toJSON() as Doc)
}

describe('Kubernetes manifests', () => {
  test("the image is pinned by digest, probes hit the relay's endpoints, nothing runs as root, no Secret is in Git", async () => {
    const docs = await render()
    const deployment = docs.find((d) => d.kind === 'Deployment')!
    const pod = (deployment.spec as { template: { spec: { containers: Container[]; securityContext: { runAsNonRoot: boolean } } } }).template.spec
    const [container] = pod.containers
    expect(container!.image).toMatch(/^ghcr\.io\/octo-org\/chat-relay@sha256:[0-9a-f]{64}$/)
    expect(container!.readinessProbe.httpGet.path).toBe('/readyz')
    expect(container!.livenessProbe.httpGet.path).toBe('/healthz')
    expect(pod.securityContext.runAsNonRoot).toBe(true)
    expect(container!.securityContext).toMatchObject({ readOnlyRootFilesystem: true, allowPrivilegeEscalation: false })
    expect(docs.filter((d) => d.kind === 'Secret')).toEqual([])
    const access = docs.find((d) => d.kind === 'ConfigMap' && d.metadata.name.startsWith('chat-relay-access'))!
    expect(parseAccess(access.data!['access.yaml']!).slackUsers.get('T0001/U0ALICE')).toBe('alice')
  })

  test('the settings the manifests give are the ones the relay reads: it starts on them and answers its probes', async () => {
    const docs = await render()
    const deployment = docs.find((d) => d.kind === 'Deployment')!
    const container = (deployment.spec as { template: { spec: { containers: Container[] } } }).template.spec.containers[0]!
    const settings = docs.find((d) => d.kind === 'ConfigMap' && d.metadata.name.startsWith('chat-relay-settings'))!.data!
    const access = docs.find((d) => d.kind === 'ConfigMap' && d.metadata.name.startsWith('chat-relay-access'))!.data!['access.yaml']!
    // Mounted files, written where the env points (under a temp root instead of / here).
    const root = await mkdtemp(join(tmpdir(), 'chat-relay-'))
    try {
      const { generateKeyPairSync } = await import('node:crypto')
      const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 })
      const env: NodeJS.ProcessEnv = { ...settings, HOST: '127.0.0.1', PORT: '0' }
      const files: Record<string, string> = {
        SLACK_SIGNING_SECRET_FILE: 'signing',
        SLACK_BOT_TOKEN_FILE: 'xoxb-1',
        TEAMS_SECURITY_TOKEN_FILE: Buffer.from('t'.repeat(32)).toString('base64'),
        GITHUB_APP_PRIVATE_KEY_FILE: privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(),
        CHAT_RELAY_ACCESS_FILE: access,
      }
      for (const { name, value } of container.env) {
        expect(Object.keys(files), `${name} is read by the relay`).toContain(name)
        const path = join(root, value.replaceAll('/', '_'))
        await writeFile(path, files[name]!)
        env[name] = path
      }
      const relay = await startChatRelay(optionsFromEnv(env))
      try {
        expect((await fetch(`${relay.url}/healthz`)).status).toBe(200)
        expect((await fetch(`${relay.url}/readyz`)).status).toBe(200)
      } finally {
        await relay.stop()
      }
    } finally {
      await rm(root, { recursive: true, force: true })
    }
  })

  test('the Containerfile runs the bundle the build writes, as the non-root user', async () => {
    const containerfile = await readFile(join(DIR, 'Containerfile'), 'utf8')
    const pkg = JSON.parse(await readFile(join(DIR, 'package.json'), 'utf8')) as { scripts: { build: string } }
    expect(pkg.scripts.build).toContain('-o dist')
    expect(containerfile).toContain('CMD ["node", "/app/dist/index.js"]')
    expect(containerfile).toMatch(/^USER 65532$/m)
    expect(containerfile).not.toMatch(/^(?:ENV|ARG)\b.*(?:SECRET|TOKEN|PRIVATE_KEY)/m)
  })
})

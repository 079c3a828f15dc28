import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { UserError } from '../src/errors.js'
import { loadClusterAccess } from '../src/k8s/config.js'
import { redact, resetSecrets } from '../src/secrets.js'

let dir: string
const kubeconfig = (user: string, extra = ''): string => `apiVersion: v1
kind: Config
clusters:
- name: c
  cluster:
    server: https://k8s.example.com:6443/
    certificate-authority-data: ${Buffer.from('CA PEM').toString('base64')}${extra}
users:
- name: u
  user:
${user}
contexts:
- name: ctx
  context: { cluster: c, user: u, namespace: team }
current-context: ctx
`

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'k8s-config-'))
})
afterAll(async () => rm(dir, { recursive: true, force: true }))

describe('loadClusterAccess', () => {
  test('kubeconfig content first: server, CA, bearer token (registered as a secret)', async () => {
    resetSecrets()
    const access = await loadClusterAccess({ kubeconfig: kubeconfig('    token: s3cr3t-token-value'), env: {} })
    expect(access).toMatchObject({ server: 'https://k8s.example.com:6443', source: 'input', ca: 'CA PEM', namespace: 'team', skipTLSVerify: false })
    expect((await access.authenticate()).headers).toEqual({ authorization: 'Bearer s3cr3t-token-value' })
    expect(redact('token s3cr3t-token-value')).toBe('token ***')
  })

  test('basic auth and client certificates', async () => {
    const access = await loadClusterAccess({
      kubeconfig: kubeconfig(
        `    username: admin\n    password: pw-123456\n    client-certificate-data: ${Buffer.from('CERT').toString('base64')}\n    client-key-data: ${Buffer.from('KEY').toString('base64')}`,
      ),
      env: {},
    })
    expect(access).toMatchObject({ cert: 'CERT', key: 'KEY' })
    expect((await access.authenticate()).headers.authorization).toBe(`Basic ${Buffer.from('admin:pw-123456').toString('base64')}`)
  })

  test('then the first existing KUBECONFIG file', async () => {
    const file = join(dir, 'config')
    await writeFile(file, kubeconfig('    token: t'))
    expect(await loadClusterAccess({ env: { KUBECONFIG: `${join(dir, 'missing')}:${file}` } })).toMatchObject({
      source: 'KUBECONFIG',
      server: 'https://k8s.example.com:6443',
    })
  })

  test('then the in-cluster service account (token read per request)', async () => {
    const sa = join(dir, 'sa')
    await mkdir(sa)
    await writeFile(join(sa, 'token'), 'sa-token-1\n')
    await writeFile(join(sa, 'ca.crt'), 'CLUSTER CA')
    const access = await loadClusterAccess({ env: { KUBERNETES_SERVICE_HOST: '10.0.0.1', KUBERNETES_SERVICE_PORT: '443' }, inClusterDir: sa })
    expect(access).toMatchObject({ server: 'https://10.0.0.1:443', source: 'in-cluster', ca: 'CLUSTER CA' })
    await writeFile(join(sa, 'token'), 'sa-token-2\n')
    expect((await access.authenticate()).headers.authorization).toBe('Bearer sa-token-2')
  })

  test('nothing to talk to, or a broken kubeconfig, is a user error', async () => {
    await expect(loadClusterAccess({ env: {}, inClusterDir: join(dir, 'none') })).rejects.toThrow(UserError)
    await expect(loadClusterAccess({ kubeconfig: ': : :', env: {} })).rejects.toThrow(/not valid YAML|not a YAML mapping/)
    await expect(
      loadClusterAccess({ kubeconfig: kubeconfig('    token: t').replace('current-context: ctx', 'current-context: other'), env: {} }),
    ).rejects.toThrow(/has no context "other"/)
  })
})

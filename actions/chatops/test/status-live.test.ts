import { describe, expect, test } from 'vitest'
import type { DeploymentView } from '@cna/kit/chatops'
import type { KubeObject } from '@cna/kit/k8s'
import { pinnedDigest, podDigests } from '../src/live.js'
import { digestsTable, driftOf, gatherDigests, type LiveView } from '../src/status.js'

const d = (n: number) => `sha256:${String(n).repeat(64)}`
const IMAGE = 'ghcr.io/octo-org/sensor-api'

describe('the digest Git pins', () => {
  test.each([
    ['a kustomization images entry', `images:\n  - name: sensor-api\n    newName: ${IMAGE}\n    digest: ${d(1)}\n  - name: redis\n    digest: ${d(2)}\n`, d(1)],
    [
      'another image first',
      `images:\n  - name: redis\n    digest: ${d(2)}\n  - name: sensor-api # the service\n    newName: ${IMAGE}\n    digest: "${d(1)}"\n`,
      d(1),
    ],
    ['Helm values', `image:\n  repository: ${IMAGE}\n  digest: ${d(3)}\n`, d(3)],
    ['a manifest', `spec:\n  containers:\n    - name: api\n      image: ${IMAGE}@${d(4)}\n`, d(4)],
    ['a tag, not a digest', `images:\n  - name: sensor-api\n    newTag: "1.4.0"\n`, undefined],
    ['only another image', `image: ghcr.io/octo-org/redis@${d(5)}\n`, undefined],
  ])('%s', (_name, text, expected) => {
    expect(pinnedDigest(text, IMAGE)).toBe(expected)
  })
})

describe('the digests the pods run', () => {
  const pod = (image: string, imageID: string): KubeObject => ({
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name: 'p' },
    status: { containerStatuses: [{ image, imageID }] },
  })
  test("imageID (what the kubelet pulled) decides, for the service's image only", () => {
    expect(
      podDigests([pod(`${IMAGE}:v1`, `docker-pullable://${IMAGE}@${d(1)}`), pod(`redis@${d(2)}`, `redis@${d(2)}`), pod(`${IMAGE}@${d(3)}`, '')], IMAGE),
    ).toEqual([d(1), d(3)])
  })
})

describe('drift', () => {
  test.each([
    ['all agree', { git: d(1), deployed: d(1), running: [d(1), d(1)] }, ''],
    ['edited by hand in the cluster', { git: d(1), deployed: d(1), running: [d(2), d(2)] }, 'the pods run another digest than Git pins'],
    ['a rollout half done', { git: d(1), deployed: d(1), running: [d(1), d(2)] }, 'pods run more than one digest'],
    ['Git moved without a deployment', { git: d(2), deployed: d(1), running: [d(2)] }, 'Git pins another digest than the newest successful deployment'],
    ['nothing runs', { git: d(1), deployed: d(1), running: [] }, 'no pod runs the service'],
    ['the cluster not read', { git: d(1), deployed: d(1) }, ''],
  ])('%s', (_name, row, drift) => {
    expect(driftOf({ environment: 'staging', ...row })).toBe(drift)
  })

  test('per environment, from the deployments (newest successful) and the live view', async () => {
    const history: DeploymentView[] = [
      { id: 3, environment: 'staging', digest: d(3), sha: 'c', creator: 'x', createdAt: '', state: 'failure', updatedAt: '' },
      { id: 2, environment: 'staging', digest: d(2), sha: 'b', creator: 'x', createdAt: '', state: 'success', updatedAt: '' },
      { id: 1, environment: 'dev', digest: d(2), sha: 'b', creator: 'x', createdAt: '', state: 'inactive', updatedAt: '' },
    ]
    const live: LiveView = {
      git: async (_s, env) => (env === 'production' ? undefined : d(2)),
      running: async (_s, env) => (env === 'dev' ? [d(5)] : env === 'staging' ? [d(2)] : undefined),
    }
    const rows = await gatherDigests('sensor-api', ['dev', 'staging', 'production'], history, live)
    expect(rows).toEqual([
      { environment: 'dev', git: d(2), deployed: d(2), running: [d(5)], drift: 'the pods run another digest than Git pins' },
      { environment: 'staging', git: d(2), deployed: d(2), running: [d(2)], drift: '' },
      { environment: 'production', drift: '' },
    ])
    const table = digestsTable(rows)
    expect(table).toContain('⚠️ the pods run another digest than Git pins')
    expect(table.split('\n')[3]).toContain('| staging | `sha256:222222222222` | `sha256:222222222222` | `sha256:222222222222` | none |')
  })
})

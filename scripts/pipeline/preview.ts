/**
 * Where preview environments go: the real cluster KUBECONFIG names, when it is set, else the
 * Kubernetes API emulator in tools/kubernetes-emulator (no API server can run on these machines), and the
 * example service's preview manifests (Deployment, Service, Ingress).
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { startKubernetesEmulator, type KubernetesEmulator } from '../../tools/kubernetes-emulator/emulator.ts'

export interface Cluster {
  /** 'Kubernetes API emulator (…)' or 'cluster from KUBECONFIG'. */
  name: string
  /** Inputs and env for preview-deploy and preview-teardown. */
  inputs: Record<string, string>
  env: Record<string, string>
  emulator?: KubernetesEmulator
  /** The images of the Deployment in a namespace, when it can be read here (emulator only). */
  deployedImages(namespace: string): string[] | undefined
  /** Whether the namespace still exists, when it can be read here (emulator only). */
  namespaceExists(namespace: string): boolean | undefined
  stop(): Promise<void>
}

export async function startCluster(): Promise<Cluster> {
  const kubeconfig = process.env.KUBECONFIG
  if (kubeconfig) {
    return {
      name: `cluster from KUBECONFIG (${kubeconfig})`,
      inputs: { kubeconfig: '' },
      env: { KUBECONFIG: kubeconfig },
      deployedImages: () => undefined,
      namespaceExists: () => undefined,
      stop: async () => undefined,
    }
  }
  const emulator = await startKubernetesEmulator({ terminationDelayMs: 200 })
  return {
    name: 'Kubernetes API emulator (tools/kubernetes-emulator; it schedules no real pods)',
    inputs: { kubeconfig: emulator.kubeconfig() },
    env: {},
    emulator,
    deployedImages: (namespace) =>
      (emulator.store.listKind('Deployment', namespace) as Array<{ spec: { template: { spec: { containers: Array<{ image: string }> } } } }>).flatMap((d) =>
        d.spec.template.spec.containers.map((c) => c.image),
      ),
    namespaceExists: (namespace) => emulator.store.find('Namespace', undefined, namespace) !== undefined,
    stop: () => emulator.stop(),
  }
}

/** The service's preview manifests; preview-deploy pins the image and sets the namespace and host. */
export async function writePreviewManifests(dir: string, image: string): Promise<string> {
  await mkdir(dir, { recursive: true })
  await writeFile(
    join(dir, 'sensor-api.yaml'),
    `apiVersion: apps/v1
kind: Deployment
metadata:
  name: sensor-api
  labels: { app: sensor-api }
spec:
  replicas: 1
  selector:
    matchLabels: { app: sensor-api }
  template:
    metadata:
      labels: { app: sensor-api }
    spec:
      securityContext: { runAsNonRoot: true, runAsUser: 65532 }
      containers:
        - name: sensor-api
          image: ${image}:preview
          ports: [{ containerPort: 8080 }]
          readinessProbe: { httpGet: { path: /healthz, port: 8080 } }
---
apiVersion: v1
kind: Service
metadata:
  name: sensor-api
spec:
  selector: { app: sensor-api }
  ports: [{ port: 80, targetPort: 8080 }]
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: sensor-api
spec:
  rules:
    - host: placeholder.example.com
      http:
        paths: [{ path: /, pathType: Prefix, backend: { service: { name: sensor-api, port: { number: 80 } } } }]
`,
  )
  return dir
}

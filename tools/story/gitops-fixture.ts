// A GitOps repository as teams lay it out for Argo CD: one base, three environments that pin the
// image by digest in their kustomization's `images:` entry (what promote edits), staging and
// production with a replicas patch. Tests write these files into a git repository or read them
// in memory, and edit them the way the pull requests under test do.

export const IMAGE = 'registry.example/octo-org/sensor-api'
export const DIGEST_A = `sha256:${'a'.repeat(64)}`
export const DIGEST_B = `sha256:${'b'.repeat(64)}`
export const ENVIRONMENTS = ['dev', 'staging', 'production'] as const

export const NAMESPACES: Record<string, string> = { dev: 'sensor-api-dev', staging: 'sensor-api-staging', production: 'sensor-api-production' }

export function deploymentYaml(opts: { limits?: boolean } = {}): string {
  return [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: sensor-api',
    '  labels:',
    '    app: sensor-api',
    'spec:',
    '  replicas: 1',
    '  selector:',
    '    matchLabels:',
    '      app: sensor-api',
    '  template:',
    '    metadata:',
    '      labels:',
    '        app: sensor-api',
    '    spec:',
    '      containers:',
    '        - name: api',
    `          image: ${IMAGE}`,
    '          ports:',
    '            - containerPort: 8080',
    '          resources:',
    '            requests:',
    '              cpu: 100m',
    '              memory: 64Mi',
    ...(opts.limits === false ? [] : ['            limits:', '              cpu: 500m', '              memory: 128Mi']),
    '',
  ].join('\n')
}

export const SERVICE_YAML = [
  'apiVersion: v1',
  'kind: Service',
  'metadata:',
  '  name: sensor-api',
  'spec:',
  '  selector:',
  '    app: sensor-api',
  '  ports:',
  '    - port: 80',
  '      targetPort: 8080',
  '',
].join('\n')

export function kustomizationYaml(env: string, pin: { digest?: string; tag?: string }, patch = env !== 'dev'): string {
  return [
    'apiVersion: kustomize.config.k8s.io/v1beta1',
    'kind: Kustomization',
    `namespace: ${NAMESPACES[env]}`,
    'resources:',
    '  - ../../base',
    ...(patch ? ['patches:', '  - path: replicas.yaml'] : []),
    'images:',
    `  - name: ${IMAGE}`,
    ...(pin.digest ? [`    digest: ${pin.digest}`] : []),
    ...(pin.tag ? [`    newTag: "${pin.tag}"`] : []),
    '',
  ].join('\n')
}

export function replicasYaml(replicas: string): string {
  return ['apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: sensor-api', 'spec:', `  replicas: ${replicas}`, ''].join('\n')
}

/** The repository's files at its main branch: every environment on DIGEST_A, all clean. */
export function gitopsFiles(): Record<string, string> {
  const files: Record<string, string> = {
    'README.md': '# gitops-config\n',
    'base/kustomization.yaml': 'resources:\n  - deployment.yaml\n  - service.yaml\n',
    'base/deployment.yaml': deploymentYaml(),
    'base/service.yaml': SERVICE_YAML,
  }
  for (const env of ENVIRONMENTS) {
    files[`environments/${env}/kustomization.yaml`] = kustomizationYaml(env, { digest: DIGEST_A })
    if (env !== 'dev') files[`environments/${env}/replicas.yaml`] = replicasYaml(env === 'production' ? '3' : '2')
  }
  return files
}

/** The pull request promote opens: staging's digest moves to DIGEST_B, nothing else. */
export function promoteDigestEdit(): Record<string, string> {
  return { 'environments/staging/kustomization.yaml': kustomizationYaml('staging', { digest: DIGEST_B }) }
}

/** A hand edit with three problems: a tag-pinned image, a missing limit and a schema error. */
export function badEdit(): Record<string, string> {
  return {
    'environments/production/kustomization.yaml': kustomizationYaml('production', { tag: '1.4.2' }),
    'base/deployment.yaml': deploymentYaml({ limits: false }),
    'environments/staging/replicas.yaml': replicasYaml('two'),
  }
}

/** Where each of badEdit's problems must be annotated: file and line. */
export const BAD_EDIT_LOCATIONS = {
  'image-digest': { file: 'environments/production/kustomization.yaml', line: 10 },
  resources: { file: 'base/deployment.yaml', line: 22 },
  schema: { file: 'environments/staging/replicas.yaml', line: 6 },
}

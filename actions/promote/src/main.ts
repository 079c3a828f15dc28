import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as core from '@actions/core'
import { exec, readRunContext, registerCredentials, registerSecret, writeSummary } from '@cna/kit'
import { createRestClient } from '@cna/kit/github'
import { RegistryClient, credentialsFromAuthFiles, parseReference, type Credentials } from '@cna/kit/registry'
import { copyImage } from '@cna/kit/registry'
import { writeGitOps } from './gitops/repo.js'
import { parseRepo } from './github.js'
import { getInputs } from './inputs.js'
import { readRevision } from './revision.js'
import { run } from './run.js'
import { serviceName } from './source.js'
import { promoteSummary } from './summary.js'

/** The only place with process-level effects: inputs in, collaborators built, outputs out. */
export async function main(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const inputs = getInputs()
  registerCredentials(inputs['source-username'], inputs['source-password'])
  registerCredentials(inputs['target-username'], inputs['target-password'])
  registerSecret(inputs['gitops-token'])
  registerSecret(inputs['github-token'])
  const context = readRunContext(env)

  const target = parseReference(inputs.target)!
  const source = inputs.source
  const credentials = async (registry: string, username: string, password: string): Promise<Credentials | undefined> =>
    username ? { username, password } : credentialsFromAuthFiles(registry, env)
  const sourceCreds = await credentials(source.registry, inputs['source-username'], inputs['source-password'])
  const targetCreds = await credentials(target.registry, inputs['target-username'], inputs['target-password'])
  const sourceClient = new RegistryClient({ registry: source.registry, ...(sourceCreds ? { credentials: sourceCreds } : {}) })
  const targetClient = new RegistryClient({ registry: target.registry, ...(targetCreds ? { credentials: targetCreds } : {}) })

  const token = inputs['github-token']
  const repo = parseRepo(context.repository)
  const github = token && repo ? { client: createRestClient(token), repo } : undefined

  const temp = await mkdtemp(join(context.tempDir || tmpdir(), 'promote-'))
  // The Kubernetes client is loaded only when there is a controller to wait for.
  const confirm =
    inputs['wait-for'] === 'none'
      ? { deps: {}, close: () => undefined }
      : await (await import('./cluster/deps.js')).confirmDeps(inputs, inputs.service || serviceName(target.repository), exec, process.cwd())
  try {
    const result = await run(inputs, {
      source: sourceClient,
      target: targetClient,
      sourceRepository: source.repository,
      targetRepository: target.repository,
      copy: (digest, dryRun) =>
        copyImage({ source: sourceClient, sourceRepository: source.repository, digest, target: targetClient, targetRepository: target.repository, dryRun }),
      readRevision: (digest) => readRevision(sourceClient, source.repository, digest),
      ...(github ? { github } : {}),
      ...(inputs['gitops-repo']
        ? {
            // A folder per call: a rollback clones the repository again, next to the promotion's clone.
            gitops: async (request) =>
              writeGitOps(
                {
                  repo: inputs['gitops-repo'],
                  path: inputs['gitops-path'],
                  token: inputs['gitops-token'],
                  branch: inputs['gitops-branch'],
                  message: request.message,
                  pin: { image: request.image, digest: request.digest, aliases: request.aliases, service: request.service },
                  workDir: await mkdtemp(join(temp, 'gitops-')),
                  dryRun: inputs['dry-run'],
                  ...(request.pushBranch ? { pushBranch: request.pushBranch } : {}),
                },
                exec,
              ),
          }
        : {}),
      confirm: confirm.deps,
      runUrl: context.runUrl,
    })
    core.setOutput('digest', result.digest)
    core.setOutput('image-ref', result.imageRef)
    core.setOutput('previous-digest', result.previousDigest)
    core.setOutput('deployment-id', result.deploymentId)
    core.setOutput('gitops-commit', result.gitopsCommit)
    core.setOutput('outcome', result.outcome)
    core.setOutput('rolled-back-to', result.rollback?.digest ?? '')
    core.info(`${result.dryRun ? 'dry-run: would promote' : 'promoted'} ${result.imageRef} to ${inputs.environment}`)
    await writeSummary(promoteSummary(result, { source: `${source.registry}/${source.repository}`, target: inputs.target, environment: inputs.environment }))
    if (result.outcome === 'failure') {
      const back = result.rollback
        ? `; rolled back to ${result.rollback.digest} (GitOps commit ${result.rollback.commit.slice(0, 12)}) and rejected for ${inputs.environment}`
        : ''
      throw new Error(`${result.imageRef} did not run in ${inputs.environment}: ${result.failure}${back}`)
    }
  } finally {
    confirm.close()
    await rm(temp, { recursive: true, force: true })
  }
}

import type { BlobStream, Manifest } from '@cna/kit/registry'

/** The narrow part of the registry client needed to read an image's config. */
export interface ConfigReader {
  getManifest(repository: string, reference: string): Promise<Manifest | undefined>
  getBlobStream(repository: string, digest: string, expectedSize?: number): Promise<BlobStream>
}

const MAX_CONFIG_BYTES = 4 * 1024 * 1024

/**
 * The commit an image was built from, from its `org.opencontainers.image.revision` label
 * (build-image always sets it). For an image index, the first child's config answers: every
 * platform of one build carries the same revision.
 */
export async function readRevision(client: ConfigReader, repository: string, digest: string): Promise<string | undefined> {
  let manifest = await client.getManifest(repository, digest)
  const child = manifest?.json.manifests?.[0]
  if (child) manifest = await client.getManifest(repository, child.digest)
  const config = manifest?.json.config as { digest: string; size?: number } | undefined
  if (!config) return undefined
  const { stream } = await client.getBlobStream(repository, config.digest, config.size)
  const chunks: Uint8Array[] = []
  let total = 0
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) {
    total += chunk.length
    if (total > MAX_CONFIG_BYTES) throw new Error(`image config ${config.digest} is larger than ${MAX_CONFIG_BYTES} bytes`)
    chunks.push(chunk)
  }
  const parsed = JSON.parse(Buffer.concat(chunks).toString()) as { config?: { Labels?: Record<string, string> } }
  const revision = parsed.config?.Labels?.['org.opencontainers.image.revision']
  return revision && /^[0-9a-f]{40}$/.test(revision) ? revision : undefined
}

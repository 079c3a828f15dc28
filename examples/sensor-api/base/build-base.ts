// Builds the Node.js base image (make-rootfs.mjs + Containerfile beside this file) and pushes it
// to a registry, returning a digest-pinned reference. The service's Containerfile takes that
// reference as BASE_IMAGE; a digest (not the tag) is what makes the service build reproducible.

import { mkdir, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildah, runTool } from './buildah.ts'

export interface BuildBaseOptions {
  /** host:port of the registry, e.g. 127.0.0.1:5000 (plain HTTP, as the loopback test registry is). */
  registryHost: string
  /** Scratch directory: root filesystem, buildah storage and the digest file go under it. */
  workDir: string
  /** Repository in the registry; default "node-base". */
  repository?: string
}

export interface BaseImage {
  /** `<registryHost>/<repository>@sha256:...` */
  imageRef: string
  /** `sha256:...` of the pushed manifest. */
  digest: string
  /** `<registryHost>/<repository>:<node major>`, the tag pushed alongside. */
  tag: string
}

const MAKE_ROOTFS = fileURLToPath(new URL('./make-rootfs.mjs', import.meta.url))
const CONTAINERFILE = fileURLToPath(new URL('./Containerfile', import.meta.url))

// Registry host and repository become part of an image reference; rejecting anything else
// early gives a clear error instead of a confusing one from buildah.
const REGISTRY_HOST = /^(\[[0-9A-Fa-f:]+\]|[A-Za-z0-9.-]+)(:\d{1,5})?$/
const REPOSITORY = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/

export async function buildBaseImage(opts: BuildBaseOptions): Promise<BaseImage> {
  const { registryHost, workDir, repository = 'node-base' } = opts
  if (!REGISTRY_HOST.test(registryHost)) throw new Error(`registryHost must be host[:port], got "${registryHost}"`)
  if (!REPOSITORY.test(repository)) throw new Error(`repository must be a lowercase OCI repository name, got "${repository}"`)

  // The tag says which Node the image carries: the rootfs copies the node running this code.
  const tag = `${registryHost}/${repository}:${process.versions.node.split('.')[0]}`
  // A context of its own holding only rootfs/, so buildah never walks the storage directory.
  const context = join(workDir, 'base-context')
  const digestFile = join(workDir, 'base.digest')
  await mkdir(workDir, { recursive: true })
  await rm(digestFile, { force: true })

  await runTool(process.execPath, [MAKE_ROOTFS, join(context, 'rootfs')])
  // --timestamp 0: same host files, same digest, so rebuilding the base does not ripple into
  // new service digests.
  await buildah(workDir, ['build', '--isolation', 'chroot', '--timestamp', '0', '-f', CONTAINERFILE, '-t', tag, context])
  // The loopback test registry speaks plain HTTP, hence --tls-verify=false.
  await buildah(workDir, ['push', '--tls-verify=false', '--digestfile', digestFile, tag, `docker://${tag}`])

  const digest = (await readFile(digestFile, 'utf8')).trim()
  if (!/^sha256:[0-9a-f]{64}$/.test(digest)) throw new Error(`buildah push wrote no digest to ${digestFile}: "${digest}"`)
  return { imageRef: `${registryHost}/${repository}@${digest}`, digest, tag }
}

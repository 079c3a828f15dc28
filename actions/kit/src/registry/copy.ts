import {
  MANIFEST_ACCEPT,
  OCI_INDEX,
  RegistryError,
  isTransient,
  referrersTag,
  type BlobStream,
  type Descriptor,
  type Manifest,
  type Referrer,
  type Referrers,
  type RegistryClient,
} from './client.js'
import { DIGEST } from './reference.js'

export interface CopyOptions {
  source: RegistryClient
  sourceRepository: string
  /** The source manifest or index digest. */
  digest: string
  target: RegistryClient
  targetRepository: string
  /** Blobs in flight at once, default 4. */
  concurrency?: number
  /** Default true: copy signatures, SBOMs and attestations too. */
  referrers?: boolean
  /** Resolve and count what would move; write nothing. */
  dryRun?: boolean
  /** Progress lines (one per blob and manifest written), e.g. core.info. */
  log?: (line: string) => void
}

export interface CopyResult {
  /** The digest at the target (equal to the source's; checked). */
  digest: string
  /** Blob bytes sent to the target by uploads that completed (0 when mounted or skipped; a blob started again counts once). In a dry run: the bytes that would be sent. */
  bytesMoved: number
  /** Distinct blobs: already at the target, mounted from the source repository, uploaded (in a dry run: would be). */
  blobs: { skipped: number; mounted: number; uploaded: number }
  /** Manifests written: the image, the children of an index, referrers, a referrers tag schema index. */
  manifests: number
  /** Digests of the referrer manifests that are at the target after the copy (copied now or already there). */
  referrers: string[]
  /** Blob transfers that broke off (reset, 429, 5xx) and were started again from the beginning. */
  retries: number
  /** Things left as they were, with the reason (a cosign tag at the target that names other content). */
  warnings: string[]
}

interface Node {
  manifest: Manifest
  children: Node[]
}

const MAX_REFERRER_DEPTH = 3
const MAX_INDEX_DEPTH = 4

/**
 * Copies an image (a manifest or an index, with every child) from one repository to another by
 * digest, keeping the digest: blobs the target has are skipped; within one registry they are
 * mounted across repositories (uploaded when the registry declines); between registries each
 * missing blob is streamed from source to target, several at once, and a blob whose transfer
 * breaks off is started again (bounded). Manifests are written by digest with their exact
 * bytes, children before their index; no tag is written, except the tags through which
 * referrers are found (cosign's `sha256-<hex>.sig` and the referrers tag schema). At the end
 * the target is asked for the digest, and anything but the source digest is an error.
 */
export async function copyImage(opts: CopyOptions): Promise<CopyResult> {
  if (!DIGEST.test(opts.digest)) throw new RegistryError(`copyImage needs a sha256 digest, got "${opts.digest}"`)
  const concurrency = opts.concurrency ?? 4
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new RegistryError(`concurrency must be a whole number of at least 1, got ${concurrency}`)
  const copier = new Copier(opts, concurrency)
  // What refers to the image is read from the source while the image itself is copied; it is
  // written only after the image.
  const listed = opts.referrers === false ? undefined : opts.source.listReferrers(opts.sourceRepository, opts.digest)
  listed?.catch(() => undefined) // awaited below; never an unhandled rejection if the copy fails first
  await copier.copyTree(opts.digest)
  if (listed) await copier.copyReferrers(opts.digest, 1, await listed)
  if (!opts.dryRun) {
    const atTarget = await opts.target.headManifest(opts.targetRepository, opts.digest)
    if (atTarget !== opts.digest) {
      throw new RegistryError(
        `after the copy, ${opts.target.registry}/${opts.targetRepository}@${opts.digest} answers ${atTarget ?? 'nothing (404)'}, not the source digest`,
      )
    }
  }
  return copier.result
}

class Copier {
  readonly result: CopyResult = {
    digest: '',
    bytesMoved: 0,
    blobs: { skipped: 0, mounted: 0, uploaded: 0 },
    manifests: 0,
    referrers: [],
    retries: 0,
    warnings: [],
  }
  private readonly blobTasks = new Map<string, Promise<void>>()
  private readonly accounted = new Set<string>()
  private readonly sameRegistry: boolean

  constructor(
    private readonly opts: CopyOptions,
    private readonly concurrency: number,
  ) {
    this.result.digest = opts.digest
    this.sameRegistry = opts.source.registry === opts.target.registry
  }

  private log(line: string): void {
    this.opts.log?.(line)
  }

  private get where(): string {
    return `${this.opts.target.registry}/${this.opts.targetRepository}`
  }

  /**
   * Copies one manifest or index and everything under it. Returns the root manifest, whether it
   * was written, and whether the target indexed its `subject` (the referrers API).
   */
  async copyTree(digest: string, mediaType?: string): Promise<{ manifest: Manifest; written: boolean; subjectIndexed: boolean }> {
    const atTarget = (d: string) => this.opts.target.headManifest(this.opts.targetRepository, d)
    // Reading the source and asking the target are independent: at once.
    const [root, rootPresent] = await Promise.all([this.load(digest, 0, mediaType), atTarget(digest)])
    const toWrite: Node[] = []
    const blobs = new Map<string, Descriptor>()
    const visit = async (node: Node): Promise<void> => {
      const present = (node === root ? rootPresent : await atTarget(node.manifest.digest)) === node.manifest.digest
      if (present) {
        this.skipSubtree(node)
        return
      }
      for (const child of node.children) await visit(child)
      for (const blob of blobsOf(node.manifest)) if (!blobs.has(blob.digest)) blobs.set(blob.digest, blob)
      toWrite.push(node)
    }
    await visit(root)

    await pool([...blobs.values()], this.concurrency, (blob) => this.blob(blob))

    let subjectIndexed = false
    for (const node of toWrite) {
      const { manifest } = node
      this.result.manifests++
      if (this.opts.dryRun) continue
      const put = await this.opts.target.putManifestResult(this.opts.targetRepository, manifest.digest, manifest)
      if (put.digest !== manifest.digest) throw new RegistryError(`${this.where} stored manifest ${manifest.digest} as ${put.digest}`)
      if (node === root) subjectIndexed = put.subjectIndexed
      this.log(`manifest ${manifest.digest} (${manifest.mediaType}) written to ${this.where}`)
    }
    return { manifest: root.manifest, written: toWrite.includes(root), subjectIndexed }
  }

  /** Copies what refers to `subject` (signatures, SBOMs, attestations), and what refers to those. */
  async copyReferrers(subject: string, depth: number, listed?: Referrers): Promise<void> {
    if (depth > MAX_REFERRER_DEPTH) return
    const { source, sourceRepository, target, targetRepository } = this.opts
    const list = listed ?? (await source.listReferrers(sourceRepository, subject))
    const indexed: Referrer[] = []
    let anyWritten = false
    let apiAtTarget = false
    for (const referrer of list.referrers) {
      if (this.result.referrers.includes(referrer.digest)) continue
      const copied = await this.copyTree(referrer.digest, referrer.mediaType)
      this.result.referrers.push(referrer.digest)
      if (referrer.tag) {
        await this.tag(referrer.tag, copied.manifest)
      } else {
        indexed.push(referrer)
        anyWritten ||= copied.written
        apiAtTarget ||= copied.subjectIndexed
      }
      await this.copyReferrers(referrer.digest, depth + 1)
    }
    if (indexed.length === 0 || apiAtTarget) return
    // The target said nothing of a subject while storing a referrer (or nothing was stored):
    // unless it has the referrers API, keep its referrers tag schema index complete.
    let existing: Manifest | undefined
    if (!anyWritten) {
      const atTarget = await target.listReferrers(targetRepository, subject)
      if (atTarget.via === 'api') return
      existing = atTarget.index
    } else {
      existing = await target.getManifest(targetRepository, referrersTag(subject))
    }
    await this.writeReferrersIndex(subject, indexed, existing, list.index)
  }

  private async writeReferrersIndex(subject: string, referrers: Referrer[], existing: Manifest | undefined, sourceIndex: Manifest | undefined): Promise<void> {
    const tag = referrersTag(subject)
    const have = new Set((existing?.json.manifests ?? []).map((d) => d.digest))
    const missing = referrers.filter((r) => !have.has(r.digest))
    if (missing.length === 0) return
    let manifest: Pick<Manifest, 'bytes' | 'mediaType'>
    const sourceCovers = sourceIndex && referrers.every((r) => sourceIndex.json.manifests?.some((d) => d.digest === r.digest))
    if (!existing && sourceIndex && sourceCovers) {
      manifest = sourceIndex // the very bytes, so the index keeps its digest
    } else {
      const json: Manifest['json'] = existing ? { ...existing.json } : { schemaVersion: 2, mediaType: OCI_INDEX }
      json.manifests = [...(existing?.json.manifests ?? []), ...missing.map(toDescriptor)]
      manifest = { bytes: Buffer.from(JSON.stringify(json)), mediaType: existing?.mediaType || OCI_INDEX }
    }
    this.result.manifests++
    if (this.opts.dryRun) return
    await this.opts.target.putManifest(this.opts.targetRepository, tag, manifest)
    this.log(`referrers index ${tag} written to ${this.where} (${missing.length} added)`)
  }

  /** Writes a referrer's tag at the target; a tag there that names other content is left alone. */
  private async tag(tag: string, manifest: Manifest): Promise<void> {
    const current = await this.opts.target.headManifest(this.opts.targetRepository, tag)
    if (current === manifest.digest) return
    if (current) {
      this.result.warnings.push(`${this.where}:${tag} names ${current}, not ${manifest.digest}: left as it is (${manifest.digest} was copied by digest)`)
      return
    }
    if (this.opts.dryRun) return
    await this.opts.target.putManifest(this.opts.targetRepository, tag, manifest)
    this.log(`tag ${tag} → ${manifest.digest} written to ${this.where}`)
  }

  private async load(digest: string, depth: number, mediaType?: string): Promise<Node> {
    const accept = mediaType && !MANIFEST_ACCEPT.includes(mediaType) ? `${MANIFEST_ACCEPT}, ${mediaType}` : MANIFEST_ACCEPT
    const manifest = await this.opts.source.getManifest(this.opts.sourceRepository, digest, accept)
    if (!manifest) throw new RegistryError(`${this.opts.source.registry}/${this.opts.sourceRepository}@${digest} does not exist`, 404)
    const entries = manifest.json.manifests
    if (!entries) return { manifest, children: [] }
    if (depth >= MAX_INDEX_DEPTH) throw new RegistryError(`${this.opts.sourceRepository}@${digest}: indexes nested deeper than ${MAX_INDEX_DEPTH}`)
    const children = await Promise.all(entries.map((entry) => this.load(entry.digest, depth + 1, entry.mediaType)))
    return { manifest, children }
  }

  /** A manifest already at the target has its blobs there too (the registry checked them when it was written). */
  private skipSubtree(node: Node): void {
    for (const blob of blobsOf(node.manifest)) {
      if (this.accounted.has(blob.digest)) continue
      this.accounted.add(blob.digest)
      this.result.blobs.skipped++
    }
    for (const child of node.children) this.skipSubtree(child)
  }

  private blob(descriptor: Descriptor): Promise<void> {
    let task = this.blobTasks.get(descriptor.digest)
    if (!task) {
      task = this.copyBlob(descriptor)
      this.blobTasks.set(descriptor.digest, task)
    }
    return task
  }

  private async copyBlob(descriptor: Descriptor): Promise<void> {
    const { source, sourceRepository, target, targetRepository, dryRun } = this.opts
    const { digest } = descriptor
    if (this.accounted.has(digest)) return
    const count = (kind: keyof CopyResult['blobs']): void => {
      this.accounted.add(digest)
      this.result.blobs[kind]++
    }
    const mountable = this.sameRegistry && sourceRepository !== targetRepository
    // Within a registry the mount is asked for first: it answers 201 whether or not the target
    // repository already links the blob, so a HEAD before it would be a round trip for nothing.
    // Only a declined mount (202) leads to the HEAD, and to an upload if the blob is missing.
    if (mountable && !dryRun && (await target.mountBlob(targetRepository, digest, sourceRepository))) {
      this.log(`blob ${digest} mounted from ${sourceRepository}`)
      return count('mounted')
    }
    if ((await target.headBlob(targetRepository, digest)) !== undefined) return count('skipped')
    if (mountable && dryRun) return count('mounted')
    if (dryRun) {
      this.result.bytesMoved += descriptor.size ?? (await source.headBlob(sourceRepository, digest)) ?? 0
      return count('uploaded')
    }
    await this.transfer(descriptor)
    count('uploaded')
  }

  /**
   * Streams one blob from source to target, with one retry budget (`target.retry.attempts`) for
   * the whole operation. The source is opened only when the target starts reading the upload's
   * body, so a target that refuses to open an upload (after the client's own retries of that
   * request, which spend the budget) ends the operation without a byte read from the source;
   * each try reads the source at most once. A transfer that breaks off mid-stream is started
   * again from the beginning while the budget lasts. The last chunk is held back until the
   * source's bytes have matched their digest, so bytes that do not match are never all sent
   * and a target that does not check uploads cannot complete one.
   */
  private async transfer(descriptor: Descriptor): Promise<void> {
    const { source, sourceRepository, target, targetRepository } = this.opts
    const { attempts, backoffMs, maxWaitMs } = target.retry
    for (let attempt = 1; ; attempt++) {
      const abort = new AbortController()
      let openFailed = false
      const open = async (size: number | undefined): Promise<BlobStream> => {
        try {
          return await source.getBlobStream(sourceRepository, descriptor.digest, size, { signal: abort.signal })
        } catch (error) {
          openFailed = true
          throw error
        }
      }
      try {
        let size = descriptor.size
        let blob: BlobStream | undefined
        if (size === undefined) {
          // No size in the manifest: only the source's Content-Length can give one, so it is opened first.
          blob = await open(undefined)
          if (blob.size === undefined) {
            await blob.stream.cancel().catch(() => undefined)
            throw new RegistryError(`blob ${descriptor.digest}: neither the manifest nor ${source.registry} gives its size`)
          }
          size = blob.size
        }
        const [known, sized] = [blob, size]
        const body = holdBackLastChunk(async () => (known ?? (await open(sized))).stream)
        // The stream is checked against the digest and size as it flows, so on success exactly `size` bytes went out.
        await target.uploadBlob(targetRepository, descriptor.digest, size, body)
        this.result.bytesMoved += size
        this.log(`blob ${descriptor.digest} (${size} bytes) uploaded to ${this.where}`)
        return
      } catch (error) {
        abort.abort()
        // The client retries each request it makes (opening the upload, opening the source) up
        // to the same budget: a failure there has spent it. Only a transfer that broke off once
        // under way (the upload's body was being read) is worth starting again.
        const spent = isTransient(error) && (openFailed || uploadNotStarted(error))
        if (attempt >= attempts || spent || !isTransient(error)) {
          const message = error instanceof Error ? error.message : String(error)
          const tries = spent ? attempts : attempt
          throw new RegistryError(
            `copying blob ${descriptor.digest} to ${this.where} failed${tries > 1 ? ` after ${tries} attempts` : ''}: ${message}`,
            error instanceof RegistryError ? error.status : undefined,
            { cause: error, transient: false },
          )
        }
        const retryAfter = error instanceof RegistryError ? error.retryAfterMs : undefined
        const wait = retryAfter !== undefined && retryAfter > 0 ? retryAfter : backoffMs * 2 ** (attempt - 1)
        this.result.retries++
        this.log(`blob ${descriptor.digest}: attempt ${attempt} failed (${error instanceof Error ? error.message : String(error)}); starting it again`)
        await new Promise((resolve) => setTimeout(resolve, Math.min(wait, maxWaitMs)))
      }
    }
  }
}

/** The target answered the request that opens an upload with an error, after the client's own retries of it. */
function uploadNotStarted(error: unknown): boolean {
  return error instanceof RegistryError && error.message.startsWith('start of the upload of blob')
}

/**
 * A stream that opens `open()` when it is first read, and passes its chunks on one behind: the
 * last chunk goes out only once the source has ended cleanly, i.e. after its digest and size
 * were checked (the source stream errors at its end otherwise). A source that errors leaves the
 * upload short of its Content-Length, which no registry can take as a complete blob.
 */
export function holdBackLastChunk(open: () => Promise<ReadableStream<Uint8Array>>): ReadableStream<Uint8Array> {
  let reader: ReadableStreamDefaultReader<Uint8Array> | undefined
  let held: Uint8Array | undefined
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          reader ??= (await open()).getReader()
          for (;;) {
            const { done, value } = await reader.read()
            if (done) {
              if (held) controller.enqueue(held)
              held = undefined
              controller.close()
              return
            }
            if (value.byteLength === 0) continue
            const previous = held
            held = value
            if (previous) {
              controller.enqueue(previous)
              return
            }
          }
        } catch (error) {
          held = undefined
          controller.error(error)
        }
      },
      async cancel(reason) {
        held = undefined
        await reader?.cancel(reason).catch(() => undefined)
      },
      // No read-ahead: with the default high-water mark of 1 the source would be opened at once.
    },
    { highWaterMark: 0 },
  )
}

/** The blobs a manifest names: config, layers (foreign layers that live elsewhere excepted), an artifact's blobs. */
export function blobsOf(manifest: Manifest): Descriptor[] {
  const { config, layers, blobs } = manifest.json
  const all: Descriptor[] = [...(config ? [config] : []), ...(layers ?? []), ...(blobs ?? [])]
  return all.filter((d) => !(d.urls?.length && /foreign|nondistributable/.test(d.mediaType ?? '')))
}

function toDescriptor(r: Referrer): Descriptor {
  return {
    mediaType: r.mediaType,
    digest: r.digest,
    ...(r.size !== undefined ? { size: r.size } : {}),
    ...(r.artifactType ? { artifactType: r.artifactType } : {}),
    ...(r.annotations ? { annotations: r.annotations } : {}),
  }
}

/** Runs `task` over `items`, at most `limit` at once; after the first failure no new task starts, and the first error is thrown once the running ones settle. */
export async function pool<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  let failure: { error: unknown } | undefined
  const worker = async (): Promise<void> => {
    while (!failure && next < items.length) {
      const item = items[next++]!
      try {
        await task(item)
      } catch (error) {
        failure ??= { error }
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  if (failure) throw failure.error
}

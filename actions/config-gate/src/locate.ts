import { posix } from 'node:path'
import { isMap, isScalar, isSeq, LineCounter, parseAllDocuments, type Document, type Node } from 'yaml'
import { KUSTOMIZATION_FILES, type Environment } from './environments.js'
import { isRecord } from '@cna/kit'
import { normalize, type RenderedObject } from './objects.js'
import { at, parseImage } from './policies.js'

/** A place in the repository: a file relative to its root and a 1-based line. */
export interface SourceLocation {
  file: string
  line: number
}

/** Reads a repository file of the head commit ('' or undefined when it is not there). */
export type ReadSource = (path: string) => Promise<string | undefined>

interface ParsedFile {
  docs: Array<{ doc: Document; lines: LineCounter }>
}

interface Kustomization {
  file: string
  body: Record<string, unknown>
  parsed: ParsedFile
}

/**
 * Maps a problem in a rendered object back to the source file and line a reviewer edits:
 * the overlay patch that set the field, else the file the object came from (kustomize's origin
 * annotation) at that field, else the `images:` entry of a kustomization that set the image,
 * else the object's first line in its file.
 */
export class SourceLocator {
  private readonly files = new Map<string, Promise<ParsedFile | undefined>>()
  private readonly chains = new Map<string, Promise<Kustomization[]>>()

  constructor(private readonly read: ReadSource) {}

  async locate(env: Environment, o: RenderedObject, path: ReadonlyArray<string | number>): Promise<SourceLocation> {
    const value = at(o.body, path)
    const chain = await this.chain(env.path)
    // Patches apply after the resources they patch, the overlay's last: the nearest one wins.
    for (const k of chain) {
      for (const patchFile of patchFiles(k)) {
        const hit = await this.findIn(patchFile, o, path, value)
        if (hit?.complete) return hit.location
      }
    }
    const origin = o.origin || (await this.originOf(chain, o))
    const fromOrigin = origin ? await this.findIn(origin, o, path, value) : undefined
    if (fromOrigin?.complete) return fromOrigin.location
    if (path.at(-1) === 'image' && typeof value === 'string') {
      const entry = imageEntry(chain, value)
      if (entry) return entry
    }
    if (fromOrigin) return fromOrigin.location
    return { file: chain[0]?.file ?? `${env.path}/kustomization.yaml`, line: 1 }
  }

  /**
   * The resource file the object came from: among the YAML files the kustomizations list as
   * resources, the document of the same kind whose name is the rendered name, or the longest
   * name inside it (namePrefix and nameSuffix add to it).
   */
  private async originOf(chain: readonly Kustomization[], o: RenderedObject): Promise<string> {
    let best = { file: '', length: -1 }
    for (const k of chain) {
      const dir = posix.dirname(k.file)
      for (const entry of list(k.body.resources).filter((r) => /\.ya?ml$/i.test(r))) {
        const file = normalize(posix.join(dir === '.' ? '' : dir, entry))
        for (const { doc } of (await this.parse(file))?.docs ?? []) {
          const body = doc.toJS() as unknown
          if (!isRecord(body) || body.kind !== o.kind) continue
          const name = String(at(body, ['metadata', 'name']) ?? '')
          if (name === o.name) return file
          if (sameName(name, o.name) && name.length > best.length) best = { file, length: name.length }
        }
      }
    }
    return best.file
  }

  /** The object's document in `file`, walked along `path` as far as it goes. */
  private async findIn(
    file: string,
    o: RenderedObject,
    path: ReadonlyArray<string | number>,
    value: unknown,
  ): Promise<{ location: SourceLocation; complete: boolean } | undefined> {
    const parsed = await this.parse(file)
    if (!parsed) return undefined
    const named = parsed.docs
      .map((d) => ({ ...d, body: d.doc.toJS() as unknown }))
      .filter((d) => isRecord(d.body) && d.body.kind === o.kind && sameName(String(at(d.body, ['metadata', 'name']) ?? ''), o.name))
    const nameOf = (d: (typeof named)[number]): string => String(at(d.body, ['metadata', 'name']) ?? '')
    // The exact name first, else the longest name inside the rendered one.
    const found = named.find((d) => nameOf(d) === o.name) ?? named.sort((a, b) => nameOf(b).length - nameOf(a).length)[0]
    if (!found) return undefined
    const walk = walkPath(found.doc.contents, path)
    const complete = walk.complete && sameValue(found.doc.getIn(path as Array<string | number>), value)
    return { location: { file, line: found.lines.linePos(walk.offset).line }, complete }
  }

  /** The environment's kustomization and the kustomizations it builds on, the environment's first. */
  private chain(dir: string): Promise<Kustomization[]> {
    let chain = this.chains.get(dir)
    if (!chain) {
      chain = this.loadChain(dir, new Set())
      this.chains.set(dir, chain)
    }
    return chain
  }

  private async loadChain(dir: string, seen: Set<string>): Promise<Kustomization[]> {
    if (seen.has(dir)) return []
    seen.add(dir)
    for (const name of KUSTOMIZATION_FILES) {
      const file = dir ? `${dir}/${name}` : name
      const parsed = await this.parse(file)
      const body = parsed?.docs[0]?.doc.toJS() as unknown
      if (!parsed || !isRecord(body)) continue
      const out: Kustomization[] = [{ file, body, parsed }]
      for (const entry of [...list(body.resources), ...list(body.bases), ...list(body.components)]) {
        if (/^[a-z]+:\/\//i.test(entry) || /\.ya?ml$/i.test(entry)) continue
        out.push(...(await this.loadChain(normalize(posix.join(dir, entry)), seen)))
      }
      return out
    }
    return []
  }

  private parse(file: string): Promise<ParsedFile | undefined> {
    let parsed = this.files.get(file)
    if (!parsed) {
      parsed = this.read(file).then((text) => {
        if (text === undefined) return undefined
        const lines = new LineCounter()
        const docs = parseAllDocuments(text, { lineCounter: lines })
        return { docs: (Array.isArray(docs) ? docs : []).map((doc) => ({ doc, lines })) }
      })
      this.files.set(file, parsed)
    }
    return parsed
  }
}

/** kustomize's namePrefix/nameSuffix change names: the source name is inside the rendered one. */
function sameName(source: string, rendered: string): boolean {
  return source === rendered || (source !== '' && rendered.includes(source))
}

function sameValue(a: unknown, b: unknown): boolean {
  const plain = (v: unknown): unknown => (v && typeof v === 'object' && 'toJSON' in v ? (v as { toJSON(): unknown }).toJSON() : v)
  return JSON.stringify(plain(a)) === JSON.stringify(b)
}

/** Offset of the deepest key or item on `path` that the YAML has, and whether it has all of it. */
export function walkPath(root: unknown, path: ReadonlyArray<string | number>): { offset: number; complete: boolean } {
  let node = root as Node | null | undefined
  let offset = (node as { range?: [number] } | undefined)?.range?.[0] ?? 0
  for (const p of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(p))
      if (!pair) return { offset, complete: false }
      offset = (pair.key as Node).range?.[0] ?? offset
      node = pair.value as Node | null
    } else if (isSeq(node) && typeof p === 'number' && node.items[p]) {
      node = node.items[p] as Node
      offset = node.range?.[0] ?? offset
    } else {
      return { offset, complete: false }
    }
  }
  return { offset, complete: true }
}

function list(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []
}

/** Files of a kustomization's patches (`patches: [{path}]`, `patchesStrategicMerge: [file]`), relative to the root. */
function patchFiles(k: Kustomization): string[] {
  const dir = posix.dirname(k.file)
  const paths = [
    ...(Array.isArray(k.body.patches) ? k.body.patches : []).map((p) => (isRecord(p) && typeof p.path === 'string' ? p.path : '')),
    ...list(k.body.patchesStrategicMerge),
  ]
  return paths.filter((p) => p && /\.ya?ml$/i.test(p)).map((p) => normalize(posix.join(dir === '.' ? '' : dir, p)))
}

/** The `images:` entry (nearest kustomization first) that rewrites this image, at its digest, newTag or newName line. */
function imageEntry(chain: readonly Kustomization[], image: string): SourceLocation | undefined {
  const { repository } = parseImage(image)
  for (const k of chain) {
    const images = k.parsed.docs[0]?.doc.get('images', true)
    if (!isSeq(images)) continue
    for (const item of images.items) {
      if (!isMap(item)) continue
      const get = (key: string): string => String(item.get(key) ?? '')
      if (get('name') !== repository && get('newName') !== repository) continue
      for (const key of ['digest', 'newTag', 'newName', 'name']) {
        const pair = item.items.find((p) => isScalar(p.key) && p.key.value === key)
        if (pair) return { file: k.file, line: k.parsed.docs[0]!.lines.linePos((pair.key as Node).range?.[0] ?? 0).line }
      }
    }
  }
  return undefined
}

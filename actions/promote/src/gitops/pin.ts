import { isMap, isScalar, isSeq, parseAllDocuments, type Document, type YAMLMap, type YAMLSeq } from 'yaml'

/**
 * Pins an image by digest in a GitOps file, editing the YAML tree in place so that the
 * file's comments, key order and formatting survive (Argo CD and Flux users review these
 * diffs). Pure: text in, text out.
 *
 * Three shapes are understood:
 *  - a kustomization: the `images:` entry for the image gets `newName` + `digest`;
 *  - Helm values: `image.repository` + `image.digest` (any `image:` map with a `repository`);
 *  - plain manifests: every container `image:` field naming the image becomes `name@digest`.
 */
export type PinKind = 'kustomization' | 'helm-values' | 'manifests'

export interface PinRequest {
  /** Image name as deployed, without tag or digest: ghcr.io/org/app */
  image: string
  digest: string
  /** Other names the same image may appear under in the file (e.g. the source repository). */
  aliases?: readonly string[]
  /** Also match any image whose repository's last segment is this service name, so an
   * environment's file that still names the image by another registry is moved over. */
  service?: string
}

export interface PinResult {
  text: string
  kind: PinKind
  /** How many places now name the digest (0 means the image does not appear). */
  pinned: number
  changed: boolean
}

/** `name[:tag][@digest]` → `name`. */
export function imageName(ref: string): string {
  const at = ref.indexOf('@')
  const noDigest = at >= 0 ? ref.slice(0, at) : ref
  const colon = noDigest.lastIndexOf(':')
  return colon > noDigest.lastIndexOf('/') ? noDigest.slice(0, colon) : noDigest
}

export function detectKind(path: string, docs: Document[]): PinKind {
  const first = docs[0]?.toJS() as Record<string, unknown> | null | undefined
  if (/(^|\/)kustomization\.ya?ml$/.test(path) || first?.kind === 'Kustomization') return 'kustomization'
  if (docs.length === 1 && first && typeof first === 'object' && !('kind' in first) && findHelmImages(docs[0]!).length > 0) return 'helm-values'
  return 'manifests'
}

export function pinImage(path: string, text: string, request: PinRequest): PinResult {
  const docs = parseAllDocuments(text) as Document[]
  for (const doc of docs) {
    if (doc.errors.length > 0) throw new Error(`${path} is not valid YAML: ${doc.errors[0]!.message}`)
  }
  const known = new Set([request.image, ...(request.aliases ?? [])])
  const names = { has: (name: string): boolean => known.has(name) || (!!request.service && name.split('/').pop() === request.service) }
  const kind = detectKind(path, docs)
  const edits = new TextEdits(text)
  let pinned = 0

  if (kind === 'kustomization') {
    const root = docs[0]!.contents
    if (!isMap(root)) throw new Error(`${path} is a kustomization without a mapping at its root`)
    const images = root.get('images', true)
    const entry = isSeq(images)
      ? (images.items.find((item) => isMap(item) && (names.has(String(item.get('name'))) || names.has(String(item.get('newName'))))) as YAMLMap | undefined)
      : undefined
    if (entry) {
      edits.setKey(entry, 'newName', request.image)
      edits.deleteKey(entry, 'newTag')
      edits.setKey(entry, 'digest', request.digest)
    } else {
      const item = [`name: ${request.image}`, `newName: ${request.image}`, `digest: ${request.digest}`]
      if (isSeq(images) && images.items.length > 0 && !images.flow) edits.appendSeqItem(images, item)
      else if (!images) edits.appendRootKey('images', item)
      else throw new Error(`${path}: cannot add an images entry to this images: list; add "- name: ${request.image}" to it once by hand`)
    }
    pinned = 1
  } else if (kind === 'helm-values') {
    for (const image of findHelmImages(docs[0]!)) {
      if (!names.has(String(image.get('repository')))) continue
      edits.setKey(image, 'repository', request.image)
      edits.setKey(image, 'digest', request.digest)
      pinned++
    }
  } else {
    for (const doc of docs) {
      for (const container of findContainers(doc.contents)) {
        const ref = container.get('image')
        if (typeof ref !== 'string' || !names.has(imageName(ref))) continue
        edits.setKey(container, 'image', `${request.image}@${request.digest}`)
        pinned++
      }
    }
  }
  const out = edits.apply()
  return { text: out, kind, pinned, changed: out !== text }
}

/**
 * Edits made by splicing the original text at the positions the parser reports, so that
 * everything not edited stays byte for byte as it was (comments, quoting, flow style).
 */
class TextEdits {
  private readonly edits: Array<{ start: number; end: number; text: string }> = []
  constructor(private readonly text: string) {}

  setKey(map: YAMLMap, key: string, value: string): void {
    const pair = map.items.find((p) => isScalar(p.key) && p.key.value === key)
    const node = pair?.value
    if (pair && isScalar(node) && node.range) {
      if (node.value === value) return
      const quote = node.type === 'QUOTE_DOUBLE' ? '"' : node.type === 'QUOTE_SINGLE' ? "'" : ''
      this.edits.push({ start: node.range[0], end: node.range[1], text: `${quote}${value}${quote}` })
      return
    }
    if (pair) throw new Error(`cannot set ${key}: it is not a plain value`)
    if (map.flow) {
      const end = map.range![1] - 1 // before the closing brace
      this.edits.push({ start: end, end, text: `${map.items.length ? ', ' : ''}${key}: ${value}` })
      return
    }
    const first = map.items[0]
    const last = map.items[map.items.length - 1]
    if (!first || !isScalar(first.key) || !first.key.range) throw new Error(`cannot add ${key} to an empty mapping`)
    const indent = this.column(first.key.range[0])
    const end = this.lineEnd(this.nodeEnd(last!))
    this.edits.push({ start: end, end, text: `\n${' '.repeat(indent)}${key}: ${value}` })
  }

  deleteKey(map: YAMLMap, key: string): void {
    const pair = map.items.find((p) => isScalar(p.key) && p.key.value === key)
    if (!pair || !isScalar(pair.key) || !pair.key.range) return
    if (map.flow) throw new Error(`cannot remove ${key} from a flow mapping`)
    const start = this.lineStart(pair.key.range[0])
    if (this.text.slice(start, pair.key.range[0]).trim() !== '') {
      // The key shares its line with a sequence dash (`- newTag: x`): blank the pair only.
      this.edits.push({ start: pair.key.range[0], end: this.lineEnd(this.nodeEnd(pair)), text: '' })
      return
    }
    this.edits.push({ start, end: this.lineEnd(this.nodeEnd(pair)) + 1, text: '' })
  }

  appendSeqItem(seq: YAMLSeq, lines: string[]): void {
    const first = seq.items[0] as { range?: [number, number, number] }
    const dash = this.text.lastIndexOf('-', first.range![0])
    const indent = this.column(dash)
    const end = this.lineEnd(this.nodeEnd(seq.items[seq.items.length - 1]))
    const body = lines.map((line, i) => `${' '.repeat(indent)}${i === 0 ? '- ' : '  '}${line}`).join('\n')
    this.edits.push({ start: end, end, text: `\n${body}` })
  }

  appendRootKey(key: string, lines: string[]): void {
    const end = this.text.replace(/\s+$/, '').length
    const body = lines.map((line, i) => `${i === 0 ? '  - ' : '    '}${line}`).join('\n')
    this.edits.push({ start: end, end, text: `\n${key}:\n${body}` })
  }

  apply(): string {
    let out = this.text
    // From the end backwards, so earlier positions stay valid; at one position the edit
    // added last goes in first, so insertions keep the order they were made in.
    const ordered = this.edits.map((edit, i) => ({ ...edit, i })).sort((a, b) => b.start - a.start || b.i - a.i)
    for (const edit of ordered) {
      out = out.slice(0, edit.start) + edit.text + out.slice(edit.end)
    }
    return out
  }

  private nodeEnd(node: unknown): number {
    const n = node as { range?: [number, number, number]; value?: { range?: [number, number, number] }; key?: { range?: [number, number, number] } }
    const range = n.range ?? n.value?.range ?? n.key?.range
    // range[1] is the end of the value itself, before any trailing comment.
    return range ? range[1] : 0
  }

  private lineStart(pos: number): number {
    return this.text.lastIndexOf('\n', pos - 1) + 1
  }

  /** The end of the line holding `pos`, before its newline (trailing comments stay on it). */
  private lineEnd(pos: number): number {
    const nl = this.text.indexOf('\n', Math.max(pos - 1, 0))
    return nl < 0 ? this.text.length : nl
  }

  private column(pos: number): number {
    return pos - this.lineStart(pos)
  }
}

/** Maps named `image` that hold a `repository` key, anywhere in the values tree. */
function findHelmImages(doc: Document): YAMLMap[] {
  const found: YAMLMap[] = []
  const walk = (node: unknown): void => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (isScalar(pair.key) && pair.key.value === 'image' && isMap(pair.value) && pair.value.has('repository')) found.push(pair.value)
        walk(pair.value)
      }
    } else if (isSeq(node)) node.items.forEach(walk)
  }
  walk(doc.contents)
  return found
}

/** Container maps (`containers`, `initContainers`, `ephemeralContainers`) at any depth. */
function findContainers(node: unknown): YAMLMap[] {
  const found: YAMLMap[] = []
  const walk = (n: unknown): void => {
    if (isMap(n)) {
      for (const pair of n.items) {
        const key = isScalar(pair.key) ? pair.key.value : undefined
        if ((key === 'containers' || key === 'initContainers' || key === 'ephemeralContainers') && isSeq(pair.value)) {
          for (const item of pair.value.items) if (isMap(item) && item.has('image')) found.push(item)
        }
        walk(pair.value)
      }
    } else if (isSeq(n)) n.items.forEach(walk)
  }
  walk(node)
  return found
}

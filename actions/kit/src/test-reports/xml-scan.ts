/**
 * A small, fast, streaming XML scanner for the report formats (JUnit, Cobertura): elements,
 * attributes, text and CDATA, with the predefined and numeric entities decoded. It checks what
 * a report reader relies on — one root, tags that close in order, nothing cut off — and skips
 * comments, processing instructions and the DOCTYPE. It does not resolve DTD entities or
 * namespaces, which no test tool writes. A general-purpose parser (saxes) was 5× slower and
 * twice the memory on a 100,000-test report; text that no one asked for is never decoded here.
 */
export interface XmlHandler {
  open(name: string, attrs: Record<string, string>, selfClosing: boolean): void
  close(name: string): void
  /** Raw character data (entities not decoded: call `decodeEntities` when it is wanted). */
  text?(raw: string): void
  cdata?(text: string): void
}

export class XmlError extends Error {
  override name = 'XmlError'
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }

export function decodeEntities(raw: string): string {
  if (raw.indexOf('&') < 0) return raw
  return raw.replace(/&(#x[0-9A-Fa-f]+|#\d+|[A-Za-z]+);/g, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10)
      return Number.isFinite(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
    }
    return ENTITIES[body] ?? whole
  })
}

const enum Char {
  Space = 32,
  Tab = 9,
  Lf = 10,
  Cr = 13,
  Slash = 47,
  Gt = 62,
  Eq = 61,
  DQuote = 34,
  SQuote = 39,
}

function isSpace(c: number): boolean {
  return c === Char.Space || c === Char.Lf || c === Char.Tab || c === Char.Cr
}

export class XmlScanner {
  private buf = ''
  private readonly stack: string[] = []
  private roots = 0
  private started = false

  constructor(private readonly handler: XmlHandler) {}

  write(chunk: string): void {
    let s = this.buf + chunk
    if (!this.started && s.length > 0) {
      if (s.charCodeAt(0) === 0xfeff) s = s.slice(1)
      this.started = true
    }
    this.buf = s.slice(this.scan(s))
  }

  close(): void {
    if (this.buf.trim() !== '') {
      if (this.buf.includes('<')) throw new XmlError('the document ends inside a tag')
      this.textAt(this.buf)
    }
    this.buf = ''
    if (this.roots === 0) throw new XmlError('document must contain a root element')
    if (this.stack.length > 0) throw new XmlError(`unclosed tag <${this.stack[this.stack.length - 1]}>`)
  }

  /** Consumes complete constructs from `s`; returns where the unconsumed rest begins. */
  private scan(s: string): number {
    let pos = 0
    const n = s.length
    while (pos < n) {
      const lt = s.indexOf('<', pos)
      if (lt < 0) {
        // Text may continue in the next chunk; hand it over only when a tag follows.
        return pos
      }
      if (lt > pos) this.textAt(s.slice(pos, lt))
      const next = s.charCodeAt(lt + 1)
      if (Number.isNaN(next)) return lt
      if (next === 33 /* ! */) {
        if (s.startsWith('<!--', lt)) {
          const end = s.indexOf('-->', lt + 4)
          if (end < 0) return lt
          pos = end + 3
        } else if (s.startsWith('<![CDATA[', lt)) {
          const end = s.indexOf(']]>', lt + 9)
          if (end < 0) return lt
          this.inRoot('CDATA')
          this.handler.cdata?.(s.slice(lt + 9, end))
          pos = end + 3
        } else {
          if (lt + 9 > n) return lt
          const end = s.indexOf('>', lt + 2)
          if (end < 0) return lt
          pos = end + 1
        }
      } else if (next === 63 /* ? */) {
        const end = s.indexOf('?>', lt + 2)
        if (end < 0) return lt
        pos = end + 2
      } else if (next === Char.Slash) {
        const end = s.indexOf('>', lt + 2)
        if (end < 0) return lt
        const name = s.slice(lt + 2, end).trim()
        const open = this.stack.pop()
        if (open !== name) throw new XmlError(open ? `closing tag </${name}> does not match <${open}>` : `unexpected closing tag </${name}>`)
        this.handler.close(name)
        pos = end + 1
      } else {
        const end = this.openTag(s, lt)
        if (end < 0) return lt
        pos = end
      }
    }
    return pos
  }

  /** Parses `<name attr="v" ...>` at `lt`; returns the index after it, or -1 if incomplete. */
  private openTag(s: string, lt: number): number {
    const n = s.length
    let i = lt + 1
    while (i < n) {
      const c = s.charCodeAt(i)
      if (isSpace(c) || c === Char.Slash || c === Char.Gt) break
      i++
    }
    if (i >= n) return -1
    const name = s.slice(lt + 1, i)
    if (name === '') throw new XmlError('a tag without a name')
    const attrs: Record<string, string> = {}
    for (;;) {
      while (i < n && isSpace(s.charCodeAt(i))) i++
      if (i >= n) return -1
      const c = s.charCodeAt(i)
      if (c === Char.Gt) {
        this.start(name, attrs, false)
        return i + 1
      }
      if (c === Char.Slash) {
        if (i + 1 >= n) return -1
        if (s.charCodeAt(i + 1) !== Char.Gt) throw new XmlError(`a stray "/" in <${name}>`)
        this.start(name, attrs, true)
        return i + 2
      }
      const eq = s.indexOf('=', i)
      if (eq < 0) return -1
      const attr = s.slice(i, eq).trim()
      if (attr === '' || /[\s<>"']/.test(attr)) throw new XmlError(`a malformed attribute in <${name}>`)
      i = eq + 1
      while (i < n && isSpace(s.charCodeAt(i))) i++
      if (i >= n) return -1
      const quote = s.charCodeAt(i)
      if (quote !== Char.DQuote && quote !== Char.SQuote) throw new XmlError(`attribute ${attr} of <${name}> is not quoted`)
      const close = s.indexOf(quote === Char.DQuote ? '"' : "'", i + 1)
      if (close < 0) return -1
      const raw = s.slice(i + 1, close)
      if (raw.includes('<')) throw new XmlError(`attribute ${attr} of <${name}> contains "<"`)
      attrs[attr] = decodeEntities(raw)
      i = close + 1
    }
  }

  private start(name: string, attrs: Record<string, string>, selfClosing: boolean): void {
    if (this.stack.length === 0) {
      if (this.roots > 0) throw new XmlError(`a second root element <${name}>`)
      this.roots++
    }
    this.handler.open(name, attrs, selfClosing)
    if (selfClosing) this.handler.close(name)
    else this.stack.push(name)
  }

  private textAt(raw: string): void {
    if (this.stack.length === 0) {
      if (raw.trim() !== '') throw new XmlError('text outside the root element')
      return
    }
    this.handler.text?.(raw)
  }

  private inRoot(what: string): void {
    if (this.stack.length === 0) throw new XmlError(`${what} outside the root element`)
  }
}

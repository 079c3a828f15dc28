import { isAbsolute, posix, relative, sep } from 'node:path'

/**
 * Where a failure points, found in the text a tool wrote: a `file`/`line` pair, a stack
 * frame or a `path:line` in the message. Pure: mapping to a repository path is `toRepoPath`.
 */
export interface SourceLocation {
  file: string
  line: number
}

// Tried in order on each line; the first frame outside dependencies and the runtime wins.
const PATTERNS: RegExp[] = [
  // Python tracebacks: File "/w/tests/test_x.py", line 12, in test_x
  /File "([^"]+)", line (\d+)/,
  // JavaScript: at fn (/w/src/a.test.ts:12:5), at /w/src/a.ts:3:1, file:///w/a.js:3:1
  /\(?((?:file:\/\/)?(?:[A-Za-z]:)?[^\s():]*[^\s():/]\.[A-Za-z0-9]+):(\d+)(?::\d+)?\)?/,
]
// Java: at com.example.FooTest.bar(FooTest.java:42)
const JAVA_FRAME = /at (?:[\w.$-]+\/+)?([\w$.]+)\.[\w$<>]+\(([\w$]+\.(?:java|kt|scala|groovy)):(\d+)\)/

const IGNORED = /(^|[/\\])(node_modules|site-packages|dist-packages|\.pnpm)[/\\]|^node:|^internal[/\\]|<anonymous>|^\/usr\/lib\/|^java\.|^org\.junit\.|^jdk\./

/** The first location in `text` that points at the project's own code. `preferFile` wins when a frame names it. */
export function findLocation(text: string, preferFile?: string): SourceLocation | undefined {
  let first: SourceLocation | undefined
  for (const raw of text.split('\n')) {
    const line = raw.trim()
    if (line === '') continue
    const java = JAVA_FRAME.exec(line)
    if (java) {
      if (/^(java|javax|jdk|sun|org\.junit|org\.opentest4j|org\.apache\.maven|org\.gradle)\./.test(java[1]!)) continue
      // com.example.FooTest → com/example/FooTest.java: the package path of the source file.
      const pkg = java[1]!
        .split('.')
        .slice(0, -1)
        .filter((p) => /^[a-z_][\w]*$/.test(p))
      const found = { file: [...pkg, java[2]!].join('/'), line: Number(java[3]) }
      if (!first) first = found
      continue
    }
    for (const pattern of PATTERNS) {
      const m = pattern.exec(line)
      if (!m) continue
      const file = m[1]!.replace(/^file:\/\//, '')
      const lineNo = Number(m[2])
      if (IGNORED.test(file) || lineNo <= 0 || file.includes('://')) continue
      const found = { file, line: lineNo }
      if (preferFile && sameFile(file, preferFile)) return found
      if (!first) first = found
      break
    }
  }
  return first
}

export function sameFile(a: string, b: string): boolean {
  const na = a.replace(/\\/g, '/')
  const nb = b.replace(/\\/g, '/')
  return na === nb || na.endsWith(`/${nb}`) || nb.endsWith(`/${na}`)
}

/**
 * A path as GitHub annotates it: relative to the repository root, with `/`. Absolute paths
 * inside the workspace lose the workspace prefix; relative ones are taken from `base` (the
 * folder the tool ran in, relative to the workspace).
 */
export function toRepoPath(file: string, workspace: string, base = ''): string {
  const normal = file.replace(/\\/g, '/')
  const ws = workspace.replace(/\\/g, '/').replace(/\/+$/, '')
  if (isAbsolute(file) || normal.startsWith('/')) {
    if (ws && (normal === ws || normal.startsWith(`${ws}/`))) return normal.slice(ws.length + 1)
    const rel = relative(workspace, file).split(sep).join('/')
    return rel.startsWith('..') ? normal : rel
  }
  const joined = posix.normalize(posix.join(base.replace(/\\/g, '/'), normal))
  return joined.replace(/^\.\//, '')
}

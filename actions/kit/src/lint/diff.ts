/**
 * The lines a change adds, per file, from a unified diff (`git diff`, or GitHub's
 * `application/vnd.github.diff`). Renames are keyed by the new path; deleted files have none.
 */
export type AddedLines = Map<string, Set<number>>

export function addedLines(diff: string): AddedLines {
  const out: AddedLines = new Map()
  let current: Set<number> | undefined
  let line = 0
  for (const raw of diff.split('\n')) {
    if (raw.startsWith('diff --git ')) {
      current = undefined
      continue
    }
    if (raw.startsWith('+++ ')) {
      const target = raw.slice(4).replace(/\t.*$/, '')
      if (target === '/dev/null') current = undefined
      else {
        const path = unquote(target).replace(/^b\//, '')
        current = out.get(path) ?? new Set<number>()
        out.set(path, current)
      }
      continue
    }
    if (raw.startsWith('--- ')) continue
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(raw)
    if (hunk) {
      line = Number(hunk[1])
      continue
    }
    if (!current) continue
    if (raw.startsWith('+')) current.add(line++)
    else if (raw.startsWith(' ')) line++
    // '-' lines and '\ No newline at end of file' do not advance the new side.
  }
  return out
}

function unquote(path: string): string {
  if (!path.startsWith('"')) return path
  try {
    return JSON.parse(path) as string
  } catch {
    return path.slice(1, -1)
  }
}

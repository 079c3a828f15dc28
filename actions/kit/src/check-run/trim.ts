/**
 * Byte-exact trimming for the places GitHub limits by size: a check run's output summary
 * and text (65,535 bytes each) and the job summary (1 MiB). Cuts at a line boundary when
 * one is near, never inside a UTF-8 character, and says what was cut.
 */
export const CHECK_OUTPUT_LIMIT = 65_535
export const JOB_SUMMARY_LIMIT = 1024 * 1024

export interface Trimmed {
  text: string
  trimmed: boolean
  /** Bytes and lines of the original left out (0 when nothing was cut). */
  cutBytes: number
  cutLines: number
}

export function byteLength(text: string): number {
  return Buffer.byteLength(text, 'utf8')
}

/**
 * Trims `text` to at most `limit` UTF-8 bytes, note included. `where` names what the reader
 * should look at for the rest (e.g. "the job summary").
 */
export function trimToBytes(text: string, limit: number, where = ''): Trimmed {
  const total = byteLength(text)
  if (total <= limit) return { text, trimmed: false, cutBytes: 0, cutLines: 0 }
  const bytes = Buffer.from(text, 'utf8')
  // The note's length depends on the numbers in it; reserve for the longest it can be.
  const reserve = byteLength(note(total, total, where)) + 2
  let end = Math.max(0, limit - reserve)
  // Step back to a UTF-8 character start (continuation bytes are 10xxxxxx).
  while (end > 0 && (bytes[end]! & 0xc0) === 0x80) end--
  const newline = bytes.lastIndexOf(0x0a, end - 1)
  if (newline >= 0 && end - newline < 4096) end = newline + 1
  const kept = bytes.subarray(0, end).toString('utf8')
  const cut = bytes.subarray(end).toString('utf8')
  const cutLines = cut.split('\n').filter((line) => line !== '').length
  const cutBytes = total - end
  const out = `${kept}${kept.endsWith('\n') || kept === '' ? '' : '\n'}\n${note(cutBytes, cutLines, where)}`
  return { text: out, trimmed: true, cutBytes, cutLines }
}

function note(cutBytes: number, cutLines: number, where: string): string {
  return `> **Trimmed:** ${cutLines} line(s), ${cutBytes} bytes, were cut to fit GitHub's size limit${where ? `; see ${where} for the rest` : ''}.`
}

/** The job summary as GitHub accepts it (at most 1 MiB per step), with a note when cut. */
export function trimJobSummary(markdown: string): string {
  return trimToBytes(markdown, JOB_SUMMARY_LIMIT, 'the report files').text
}

import { checkOutcome, evaluateRequiredChecks, type CheckState, type CheckVerdict } from './checks.js'
import type { MergedPull } from './merged-pull.js'

/**
 * Gate evidence: the record build-image leaves on a commit of the base branch when it
 * adopts the image that the gates passed on the pull request head, and that promote reads
 * back and re-verifies. Anyone with checks: write can create a check run, so the record is
 * a pointer to facts that are checked again, never a verdict that is trusted. Pure.
 */
export const GATE_EVIDENCE_CHECK = 'gate-evidence'

export interface GateEvidence {
  pullRequest: number
  headSha: string
  tree: string
  digest: string
  checks: Record<string, string>
}

const short = (sha: string): string => sha.slice(0, 7)

export function evidenceTitle(e: Pick<GateEvidence, 'pullRequest' | 'headSha'>): string {
  return `Gated on #${e.pullRequest} (head ${short(e.headSha)}), same tree`
}

/** Title, markdown summary and the text that carries the one fenced JSON block promote parses. */
export function renderEvidence(e: GateEvidence, image: string): { title: string; summary: string; text: string } {
  const rows = [
    ['pull request', `#${e.pullRequest}`],
    ['head SHA', `\`${e.headSha}\``],
    ['tree', `\`${e.tree}\` (same on the head and on this commit)`],
    ['digest', `\`${image}@${e.digest}\``],
    ...Object.entries(e.checks).map(([name, conclusion]) => [`check \`${name}\``, conclusion]),
  ]
  const summary = [
    `The image of pull request #${e.pullRequest} was adopted for this commit instead of being rebuilt: this commit has the same git tree as the head the gates passed on.`,
    '',
    '| | |',
    '|---|---|',
    ...rows.map(([a, b]) => `| **${a}** | ${b} |`),
    '',
  ].join('\n')
  const text = ['```json', JSON.stringify(e, null, 2), '```', ''].join('\n')
  return { title: evidenceTitle(e), summary, text }
}

const SHA = /^[0-9a-f]{40}$/
const DIGEST = /^sha256:[a-f0-9]{64}$/

/** The evidence in a check run's `output.text`, or undefined when there is none or it is malformed. */
export function parseEvidence(text: string | null | undefined): GateEvidence | undefined {
  const blocks = [...(text ?? '').matchAll(/```json\s*\n([\s\S]*?)\n```/g)]
  if (blocks.length !== 1) return undefined
  let data: unknown
  try {
    data = JSON.parse(blocks[0]![1]!)
  } catch {
    return undefined
  }
  const e = data as Partial<GateEvidence>
  if (!Number.isInteger(e.pullRequest) || typeof e.headSha !== 'string' || !SHA.test(e.headSha) || typeof e.tree !== 'string' || !SHA.test(e.tree))
    return undefined
  if (typeof e.digest !== 'string' || !DIGEST.test(e.digest) || !e.checks || typeof e.checks !== 'object') return undefined
  const checks = Object.fromEntries(Object.entries(e.checks).filter((entry): entry is [string, string] => typeof entry[1] === 'string'))
  return { pullRequest: e.pullRequest!, headSha: e.headSha, tree: e.tree, digest: e.digest, checks }
}

/** What build-image knows about commit S of image I when `adopt` is on; gathered by a thin shell. */
export interface AdoptionFacts {
  sha: string
  required: readonly string[]
  /** Digest of I:S, when that tag exists. */
  shaDigest?: string
  checksOnSha: readonly CheckState[]
  /** The pull request merged as S; absent when there is none. */
  pull?: MergedPull
  shaTree?: string
  headTree?: string
  checksOnHead?: readonly CheckState[]
  /** Digest of I:H, when that tag exists. */
  headDigest?: string
}

export type AdoptionDecision =
  /** I:S exists and the gates passed on S itself: nothing to build or write. */
  | { kind: 'reuse'; digest: string; gatedSha: string; reason: string }
  /** Tag I:S onto the digest of I:H and record the evidence on S. */
  | { kind: 'adopt'; digest: string; gatedSha: string; evidence: GateEvidence; reason: string }
  /** I:S already names other content than I:H: tags are never moved. */
  | { kind: 'conflict'; existing: string; wanted: string; reason: string }
  /** Nothing provably gated: build S, and let the workflow gate it. */
  | { kind: 'build'; reason: string }

export function decideAdoption(f: AdoptionFacts): AdoptionDecision {
  const onSha = evaluateRequiredChecks(f.required, f.checksOnSha)
  if (f.shaDigest && onSha.ok) {
    return {
      kind: 'reuse',
      digest: f.shaDigest,
      gatedSha: f.sha,
      reason: `the image for ${short(f.sha)} exists and the required checks passed on ${short(f.sha)} itself`,
    }
  }
  const pull = f.pull
  if (!pull) return { kind: 'build', reason: `no pull request was merged as ${short(f.sha)}` }
  const head = `#${pull.number} head ${short(pull.headSha)}`
  if (!f.shaTree || !f.headTree || f.shaTree !== f.headTree) {
    return {
      kind: 'build',
      reason: `the tree of ${short(f.sha)} (${f.shaTree ?? 'unknown'}) differs from the tree of ${head} (${f.headTree ?? 'unknown'}): the branch was behind its base when it merged, so the merged content was never gated`,
    }
  }
  const onHead = evaluateRequiredChecks(f.required, f.checksOnHead ?? [])
  if (!onHead.ok) return { kind: 'build', reason: `the required checks did not all pass on ${head}: ${onHead.problems.join('; ')}` }
  if (!f.headDigest) return { kind: 'build', reason: `there is no image for ${head} (tag ${pull.headSha}) in the registry` }
  if (f.shaDigest && f.shaDigest !== f.headDigest) {
    return {
      kind: 'conflict',
      existing: f.shaDigest,
      wanted: f.headDigest,
      reason: `the tag ${f.sha} already names ${f.shaDigest}, not the gated image ${f.headDigest} of ${head}`,
    }
  }
  const checks = Object.fromEntries(f.required.map((name) => [name, checkOutcome(name, f.checksOnHead ?? [])]))
  return {
    kind: 'adopt',
    digest: f.headDigest,
    gatedSha: pull.headSha,
    evidence: { pullRequest: pull.number, headSha: pull.headSha, tree: f.headTree, digest: f.headDigest, checks },
    reason: `${f.sha.slice(0, 7)} is pull request ${head} merged with the same tree, every required check passed on the head, and its image exists`,
  }
}

/** What promote re-reads to check a gate-evidence record. */
export interface EvidenceFacts {
  evidence: GateEvidence
  /** The digest being promoted. */
  digest: string
  /** Tree of the source commit S, and of evidence.headSha, as GitHub reports them now. */
  shaTree: string
  headTree: string
  /** The required checks that are missing on S, and must have passed on the head instead. */
  required: readonly string[]
  checksOnHead: readonly CheckState[]
}

export function verifyEvidence(f: EvidenceFacts): CheckVerdict {
  const e = f.evidence
  const problems: string[] = []
  if (f.shaTree !== e.tree) problems.push(`tree: the source commit has tree ${f.shaTree}, the evidence claims ${e.tree}`)
  if (f.headTree !== e.tree) problems.push(`tree: head ${short(e.headSha)} of #${e.pullRequest} has tree ${f.headTree}, the evidence claims ${e.tree}`)
  const onHead = evaluateRequiredChecks(f.required, f.checksOnHead)
  for (const problem of onHead.problems) problems.push(`check on head ${short(e.headSha)}: ${problem}`)
  if (f.digest !== e.digest) problems.push(`digest: promoting ${f.digest}, the evidence names ${e.digest}`)
  return { ok: problems.length === 0, problems }
}

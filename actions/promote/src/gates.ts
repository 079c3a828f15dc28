import * as core from '@actions/core'
import { UserError } from '@cna/kit'
import {
  commitTree,
  evaluateRequiredChecks,
  GATE_EVIDENCE_CHECK,
  latestCheck,
  listChecks,
  readEvidence,
  verifyEvidence,
  type CheckState,
} from '@cna/kit/required-checks'
import type { PromoteGitHub, Repo } from './github.js'

/** Which required checks report on the commit itself (they decide there), and which are missing. Pure. */
export function splitRequired(required: readonly string[], checks: readonly CheckState[]): { present: string[]; missing: string[] } {
  const present = required.filter((name) => latestCheck(name, checks))
  return { present, missing: required.filter((name) => !present.includes(name)) }
}

/**
 * The gates of the source commit S. A required check on S decides there, as always. The
 * ones missing on S (a commit on main whose gates ran on its pull request) are accepted
 * only through a `gate-evidence` record that is re-verified against GitHub, never trusted:
 * same tree on S and on the head, the missing checks green on the head, the same digest.
 * Returns where the gates passed, for the summary.
 */
export async function checkGates(gh: PromoteGitHub, repo: Repo, required: readonly string[], sha: string, digest: string): Promise<string> {
  const checksOnSha = await listChecks(gh, repo, sha)
  const { present, missing } = splitRequired(required, checksOnSha)
  const onSha = evaluateRequiredChecks(present, checksOnSha)
  // A gate that ran on S and did not pass refuses, whatever any evidence says.
  if (!onSha.ok) throw refused(sha, evaluateRequiredChecks(required, checksOnSha).problems)
  if (missing.length === 0) {
    core.info(`required checks passed on ${sha}: ${required.join(', ')}`)
    return `passed on ${sha.slice(0, 7)}`
  }
  const missingProblems = evaluateRequiredChecks(missing, checksOnSha).problems
  const record = await readEvidence(gh, repo, sha)
  if (!record.found) throw refused(sha, [...missingProblems, `and no successful "${GATE_EVIDENCE_CHECK}" check run on it says where they passed`])
  if (!record.evidence)
    throw refused(sha, [
      ...missingProblems,
      `and the "${GATE_EVIDENCE_CHECK}" check run on it holds no valid evidence (one fenced JSON block with pullRequest, headSha, tree, digest, checks)`,
    ])
  const evidence = record.evidence
  const [shaTree, headTree, checksOnHead] = await Promise.all([
    commitTree(gh, repo, sha),
    commitTree(gh, repo, evidence.headSha),
    listChecks(gh, repo, evidence.headSha),
  ])
  const verdict = verifyEvidence({ evidence, digest, shaTree, headTree, required: missing, checksOnHead })
  const from = `#${evidence.pullRequest} head ${evidence.headSha.slice(0, 7)}`
  if (!verdict.ok) {
    throw new UserError(
      `Promotion refused: ${missing.join(', ')} did not run on ${sha}, and its "${GATE_EVIDENCE_CHECK}" (from ${from}) does not verify: ${verdict.problems.join('; ')}.`,
    )
  }
  const where = `passed on ${from}, same tree`
  core.info(`required checks: ${present.length ? `${present.join(', ')} passed on ${sha}; ` : ''}${missing.join(', ')} ${where} (gate evidence re-verified)`)
  return present.length ? `${present.join(', ')} passed on ${sha.slice(0, 7)}; ${missing.join(', ')} ${where}` : where
}

function refused(sha: string, problems: readonly string[]): UserError {
  return new UserError(`Promotion refused: required checks have not passed on ${sha}: ${problems.join('; ')}.`)
}

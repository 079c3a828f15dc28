import { bool, integer, InputError, list, readInputs, secret, text, type InputSource, type InputValues } from '@cna/kit'
import { parseReviewer, type Reviewer } from '@cna/kit/gates/review'

/** Every input of action.yml, and only those: a contract test compares the two. */
export const inputSpecs = {
  'required-approvals': integer({ default: 1, min: 0, max: 100 }),
  'security-paths': list(),
  'security-reviewers': {
    parse(raw: string, name: string): Reviewer[] {
      return list()
        .parse(raw, name)
        .map((item) => {
          const reviewer = parseReviewer(item)
          if (!reviewer)
            throw new InputError(
              name,
              `contains "${item}", which is neither a user nor a team`,
              'GitHub logins (alice) and teams as org/team-slug, one per line or comma-separated',
            )
          return reviewer
        })
    },
  },
  'use-codeowners': bool(false),
  'require-latest-commit': bool(true),
  'check-name': text({ default: 'peer-review', pattern: /^[^\n]{1,100}$/, accepted: 'a check name of at most 100 characters, such as peer-review' }),
  'github-token': secret(),
}

export type Inputs = InputValues<typeof inputSpecs>

export function getInputs(source?: InputSource): Inputs {
  const inputs = readInputs(inputSpecs, source)
  if ((inputs['security-paths'].length || inputs['use-codeowners']) && inputs['security-reviewers'].length === 0) {
    throw new InputError(
      'security-reviewers',
      'is empty while security-paths or use-codeowners is set',
      'the users or org/team of whom one must approve security-sensitive changes',
    )
  }
  return inputs
}

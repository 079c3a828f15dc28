import { describe, expect, test } from 'vitest'
import { COMMENT_LIMIT, COMMENT_MARKER, commentBody, type CommentInput } from '../src/comment.js'
import { diffEnvironment } from '../src/diff.js'
import { parseRendered } from '../src/objects.js'
import { DIGEST_A, DIGEST_B } from '../../../tools/story/gitops-fixture.js'
import { recorded, renderedObjects } from './rendered.js'

const input = (over: Partial<CommentInput>): CommentInput => ({
  checkName: 'config-gate',
  conclusion: 'success',
  baseSha: 'a'.repeat(40),
  headSha: 'b'.repeat(40),
  diffs: [],
  renderErrors: [],
  findingsLine: 'No problems.',
  terraform: '',
  ...over,
})

describe('the rendered difference, per environment and kind', () => {
  test('a digest moved in one environment: exactly that line, the others unchanged', () => {
    const moved = parseRendered(recorded('base', 'staging').replaceAll(DIGEST_A, DIGEST_B), 'environments/staging', false)
    const staging = diffEnvironment('staging', renderedObjects('base', 'staging'), moved)
    expect(staging.changes).toHaveLength(1)
    expect(staging.changes[0]).toMatchObject({ type: 'changed', kind: 'Deployment', name: 'sensor-api', namespace: 'sensor-api-staging' })
    const changed = staging.changes[0]!.patch.split('\n').filter((l) => /^[+-]/.test(l))
    expect(changed).toEqual([
      `-        - image: registry.example/octo-org/sensor-api@${DIGEST_A}`,
      `+        - image: registry.example/octo-org/sensor-api@${DIGEST_B}`,
    ])
    const dev = diffEnvironment('dev', renderedObjects('base', 'dev'), renderedObjects('base', 'dev'))
    expect(dev).toEqual({ environment: 'dev', changes: [], unchanged: 2 })
    const body = commentBody(input({ diffs: [dev, staging] }))
    expect(body.startsWith(COMMENT_MARKER)).toBe(true)
    expect(body).toContain('#### dev: no change, 2 unchanged')
    expect(body).toContain('#### staging: 1 object(s) changed, 1 unchanged\n\n**`Deployment`**')
  })

  test('added and removed objects', () => {
    const base = renderedObjects('base', 'dev')
    const d = diffEnvironment('dev', base.slice(0, 1), base.slice(1))
    expect(d.changes.map((c) => `${c.type} ${c.kind}`)).toEqual(['added Deployment', 'removed Service'])
  })
})

describe("GitHub's 65,536-character limit", () => {
  test('cut object by object, with a note of what was left out', () => {
    const objects = (image: string) =>
      Array.from(
        { length: 400 },
        (_, i) =>
          parseRendered(
            `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: cm-${i}, namespace: n}\ndata:\n${Array.from({ length: 10 }, (_, j) => `  k${j}: ${image}-${j}`).join('\n')}\n`,
            '',
            false,
          )[0]!,
      )
    const d = diffEnvironment('production', objects('old'), objects('new'))
    expect(d.changes).toHaveLength(400)
    const body = commentBody(input({ diffs: [d] }))
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT)
    const shown = body.split('<details open>').length - 1
    expect(shown).toBeGreaterThan(50)
    expect(body).toContain(`**Cut to GitHub's 65,536-character comment limit:** ${400 - shown} object difference(s) not shown (\`production: ConfigMap cm-`)
  })

  test('names from the YAML are never HTML or a link', () => {
    const evil = parseRendered('apiVersion: v1\nkind: "[x](https://evil.example)"\nmetadata: {name: "<img src=x>[y](https://evil.example)"}\n', '', false)
    const body = commentBody(input({ diffs: [diffEnvironment('dev', [], evil)] }))
    // Outside code (fences and code spans render text as it is), nothing is a link or a tag.
    const prose = body.replace(/`{3,}diff\n[\s\S]*?\n`{3,}/g, '').replace(/`[^`\n]*`/g, '')
    expect(prose).not.toMatch(/\]\(https|<img/)
    expect(prose).toContain('&#60;img src=x>&#91;y&#93;&#40;https://evil.example&#41;'.replace('>', '&#62;'))
    expect(body).toContain('**`[x](https://evil.example)`**')
  })

  test('a patch holding backticks cannot close its fence', () => {
    const a = parseRendered('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {x: "```"}\n', '', false)
    const b = parseRendered('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata: {x: "````"}\n', '', false)
    const body = commentBody(input({ diffs: [diffEnvironment('dev', a, b)] }))
    expect(body).toContain('`````diff\n')
  })
})

import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { branchSlug, isDnsLabel, previewNames, shortHash } from '../src/names/index.js'

const HOSTILE = [
  'Feature/A',
  'feature-a',
  'feature_a',
  'FEATURE-A',
  '$(rm -rf /)',
  'a;b',
  '...',
  '---',
  '🚀 launch',
  'ünïcödé/ブランチ',
  'x'.repeat(300),
  'refs/heads/main',
  '',
  ' ',
  '-lead',
  'trail-',
  'a..b',
  'dependabot/npm_and_yarn/@types/node-20.1.0',
]

describe('branchSlug', () => {
  test.each([
    ['main', 'main'],
    ['feature-a', 'feature-a'],
    ['refs/heads/fix-1', 'fix-1'],
    ['release-2024', 'release-2024'],
  ])('keeps a name that already is a DNS label: %s → %s', (branch, slug) => {
    expect(branchSlug(branch)).toBe(slug)
  })

  test('cleans and hashes other names, so similar names stay distinct', () => {
    const slugs = ['Feature/A', 'feature-a', 'feature_a', 'FEATURE-A'].map((b) => branchSlug(b))
    expect(new Set(slugs).size).toBe(4)
    expect(branchSlug('Feature/A')).toBe(`feature-a-${shortHash('Feature/A')}`)
    expect(branchSlug('feature_a')).toMatch(/^feature-a-[0-9a-f]{8}$/)
  })

  test('cuts long names and still fits', () => {
    const slug = branchSlug('x'.repeat(300), 40)
    expect(slug).toHaveLength(40)
    expect(slug).toMatch(/^x{31}-[0-9a-f]{8}$/)
  })

  test('a name with nothing usable becomes its hash', () => {
    expect(branchSlug('...')).toBe(shortHash('...'))
    expect(branchSlug('🚀')).toBe(shortHash('🚀'))
  })

  test.each(HOSTILE)('hostile name %j gives a valid label', (branch) => {
    expect(isDnsLabel(branchSlug(branch))).toBe(true)
  })
})

describe('branchSlug properties', () => {
  const branches = fc.oneof(
    fc.string({ maxLength: 300 }),
    fc.string({ unit: 'grapheme', maxLength: 80 }),
    fc.string({ unit: fc.constantFrom('a', 'B', '-', '_', '/', '.', '$', '(', ')', ';', ' ', '9', 'é', '🚀'), maxLength: 120 }),
    fc.constantFrom(...HOSTILE),
  )
  const prefixes = fc.constantFrom('dev', 'preview', 'p', 'x'.repeat(40), 'team-a-preview')

  test('always a valid label, and namespace and host label both fit 63', () => {
    fc.assert(
      fc.property(branches, prefixes, (branch, prefix) => {
        const names = previewNames(branch, prefix, 'dev.example.com')
        expect(isDnsLabel(names.slug)).toBe(true)
        expect(isDnsLabel(names.namespace)).toBe(true)
        expect(names.namespace.length).toBeLessThanOrEqual(63)
        expect(names.host).toBe(`${names.slug}.dev.example.com`)
      }),
      { numRuns: 2000 },
    )
  })

  test('deterministic', () => {
    fc.assert(
      fc.property(branches, (branch) => branchSlug(branch) === branchSlug(branch)),
      { numRuns: 1000 },
    )
  })

  test('distinct branches get distinct slugs', () => {
    fc.assert(
      fc.property(branches, branches, (a, b) => {
        const strip = (s: string): string => s.replace(/^refs\/heads\//, '')
        fc.pre(strip(a) !== strip(b))
        return branchSlug(a) !== branchSlug(b)
      }),
      { numRuns: 3000 },
    )
  })
})

describe('previewNames', () => {
  test('namespace and host', () => {
    expect(previewNames('feature-a', 'dev', 'dev.example.com')).toEqual({ slug: 'feature-a', namespace: 'dev-feature-a', host: 'feature-a.dev.example.com' })
    expect(previewNames('feature-a', 'dev').host).toBe('')
  })
  test('refuses a prefix that is not a label', () => {
    expect(() => previewNames('a', 'Dev_')).toThrow(RangeError)
    expect(() => previewNames('a', 'x'.repeat(41))).toThrow(RangeError)
  })
})

import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { ROOT } from '../../scripts/dist.js'
import { integrationTests, testFiles } from './tiers.js'

// The integration list names real test files where the suite looks for tests: a renamed or
// deleted file must leave the list too, or its successor would land in the unit tier unnoticed.
describe('the tier list', () => {
  const roots = testFiles.map((glob) => glob.slice(0, glob.indexOf('*')))

  test.each(integrationTests)('%s exists and is under a test root', (file) => {
    expect(existsSync(join(ROOT, file)), `${file} is listed in test/setup/tiers.ts but does not exist`).toBe(true)
    expect(file.endsWith('.test.ts') && roots.some((root) => file.startsWith(root)), `${file} is not where vitest looks (${testFiles.join(', ')})`).toBe(true)
  })

  test('no file is listed twice', () => {
    expect(integrationTests.filter((file, i) => integrationTests.indexOf(file) !== i)).toEqual([])
  })
})

import { describe, expect, test } from 'vitest'
import { fmtFiles, summarizePlan, terraformConfigurations, terraformMarkdown, validateProblems } from '../src/terraform.js'

// The shapes terraform 1.11 prints (recorded from `terraform validate -json` and `terraform show -json`).
const VALIDATE = JSON.stringify({
  format_version: '1.0',
  valid: false,
  error_count: 1,
  warning_count: 0,
  diagnostics: [
    {
      severity: 'error',
      summary: 'Reference to undeclared input variable',
      detail: 'An input variable with the name "y" has not been declared. Did you mean "x"?',
      range: { filename: 'main.tf', start: { line: 6, column: 11, byte: 91 }, end: { line: 6, column: 16, byte: 96 } },
    },
  ],
})
const PLAN = JSON.stringify({
  format_version: '1.2',
  resource_changes: [
    { address: 'terraform_data.a', change: { actions: ['create'] } },
    { address: 'terraform_data.b', change: { actions: ['delete', 'create'] } },
    { address: 'terraform_data.c', change: { actions: ['update'] } },
    { address: 'terraform_data.d', change: { actions: ['no-op'] } },
    { address: 'terraform_data.e', change: { actions: ['delete'] } },
  ],
})

describe('terraform', () => {
  test('configurations: folders with *.tf, not .terraform/', () => {
    expect(terraformConfigurations(['infra/main.tf', 'infra/vars.tf', 'infra/.terraform/modules/x/a.tf', 'main.tf'])).toEqual(['.', 'infra'])
  })
  test('fmt -list -diff: each file at the first line fmt would change', () => {
    // As terraform 1.11 prints it.
    const printed = [
      'd/ok.tf',
      '--- old/d/ok.tf',
      '+++ new/d/ok.tf',
      '@@ -1,3 +1,3 @@',
      ' variable "a" {',
      '-  type    = string',
      '+  type = string',
      ' }',
      'infra/main.tf',
      '--- old/infra/main.tf',
      '+++ new/infra/main.tf',
      '@@ -4,5 +4,5 @@',
      ' }',
      ' ',
      ' output "id" {',
      '-value = 1',
      '+  value = 1',
      ' }',
      '',
    ].join('\n')
    expect(fmtFiles(printed)).toEqual([
      { file: 'd/ok.tf', line: 2 },
      { file: 'infra/main.tf', line: 7 },
    ])
    expect(fmtFiles('x.tfvars\n')).toEqual([{ file: 'x.tfvars', line: 1 }])
  })

  test('validate -json diagnostics at their file and line', () => {
    expect(validateProblems(VALIDATE, 'infra')).toEqual([
      {
        file: 'infra/main.tf',
        line: 6,
        level: 'failure',
        title: 'terraform validate: Reference to undeclared input variable',
        message: 'Reference to undeclared input variable: An input variable with the name "y" has not been declared. Did you mean "x"?',
      },
    ])
  })
  test("the plan's summary: create, update, replace, delete; no-op not counted", () => {
    const plan = summarizePlan(PLAN)
    expect(plan).toMatchObject({ create: 1, update: 1, replace: 1, delete: 1 })
    expect(terraformMarkdown({ configurations: [], problems: [] }, plan)).toContain('Plan: **1 to add, 1 to change, 1 to replace, 1 to destroy.**')
  })
})

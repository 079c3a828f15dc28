/**
 * The reports the security-scan and code-quality gates read, written by the real tools on the
 * example service's sources: ESLint with eslint-plugin-security through the SARIF formatter
 * (@microsoft/eslint-formatter-sarif), and ESLint with the repository's own config as JSON.
 * Nothing here writes a finding itself.
 */
import { execFile } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

/** ESLint exits 1 when it found errors: the report is still written, which is what matters here. */
async function eslint(root: string, args: string[]): Promise<void> {
  await run(process.execPath, [join(root, 'node_modules', 'eslint', 'bin', 'eslint.js'), ...args], { cwd: root, maxBuffer: 64 * 1024 * 1024 }).catch((e: { code?: number; stderr?: string }) => {
    if (e.code !== 1) throw new Error(`eslint ${args.join(' ')} failed (exit ${e.code}): ${e.stderr ?? ''}`)
  })
}

export interface Reports {
  sarif: string
  eslintJson: string
  /** Results in each report, as the tools wrote them. */
  securityFindings: number
  lintMessages: number
}

export async function writeReports(root: string, sources: string, outDir: string): Promise<Reports> {
  // The security rule set: eslint-plugin-security's recommended rules, TypeScript parsed.
  const config = join(outDir, 'eslint-security.config.mjs')
  await writeFile(
    config,
    "import security from 'eslint-plugin-security'\nimport tseslint from 'typescript-eslint'\n\nexport default [\n  { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } },\n  security.configs.recommended,\n]\n",
  )
  const sarif = join(outDir, 'eslint-security.sarif')
  const eslintJson = join(outDir, 'eslint.json')
  await eslint(root, ['--no-config-lookup', '-c', config, '-f', '@microsoft/eslint-formatter-sarif', '-o', sarif, sources])
  await eslint(root, ['-f', 'json', '-o', eslintJson, sources])
  const sarifDoc = JSON.parse(await readFile(sarif, 'utf8')) as { runs: Array<{ results?: unknown[] }> }
  const lint = JSON.parse(await readFile(eslintJson, 'utf8')) as Array<{ messages: unknown[] }>
  return {
    sarif,
    eslintJson,
    securityFindings: sarifDoc.runs.reduce((n, r) => n + (r.results?.length ?? 0), 0),
    lintMessages: lint.reduce((n, f) => n + f.messages.length, 0),
  }
}

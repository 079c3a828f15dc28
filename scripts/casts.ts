/**
 * Counts type assertions (`x as T`, `<T>x`; not `as const`) in the TypeScript sources under the given folders,
 * per folder and per file: the figure issue 12 tracks for the typed GitHub port.
 *
 *   npx tsx scripts/casts.ts [--top N] [folder ...]     (default: the actions' src folders)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import ts from 'typescript'

export function countCasts(source: string, fileName = 'x.ts'): number {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS)
  let count = 0
  const visit = (node: ts.Node): void => {
    if ((ts.isAsExpression(node) || ts.isTypeAssertionExpression(node)) && !isAsConst(node)) count += 1
    ts.forEachChild(node, visit)
  }
  visit(file)
  return count
}

function isAsConst(node: ts.AsExpression | ts.TypeAssertion): boolean {
  const type = node.type
  return ts.isTypeReferenceNode(type) && ts.isIdentifier(type.typeName) && type.typeName.escapedText === 'const'
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (name === 'node_modules' || name === 'dist') return []
    if (statSync(path).isDirectory()) return sourceFiles(path)
    return /\.ts$/.test(name) && !name.endsWith('.d.ts') ? [path] : []
  })
}

function main(argv: string[]): void {
  const topIndex = argv.indexOf('--top')
  const top = topIndex >= 0 ? Number(argv[topIndex + 1]) : 0
  const folders = argv.filter((a, i) => i !== topIndex && i !== topIndex + 1)
  const roots =
    folders.length > 0
      ? folders
      : readdirSync('actions')
          .map((a) => join('actions', a, 'src'))
          .filter((p) => statSync(p, { throwIfNoEntry: false })?.isDirectory())
  const perFile = roots.flatMap(sourceFiles).map((path) => ({ path, casts: countCasts(readFileSync(path, 'utf8'), path) }))
  for (const root of roots) console.log(`${String(perFile.filter((f) => f.path.startsWith(root + '/')).reduce((n, f) => n + f.casts, 0)).padStart(5)}  ${root}`)
  console.log(`${String(perFile.reduce((n, f) => n + f.casts, 0)).padStart(5)}  total`)
  if (top > 0) for (const f of perFile.sort((a, b) => b.casts - a.casts).slice(0, top)) console.log(`  ${f.casts}\t${f.path}`)
}

if (import.meta.url === `file://${process.argv[1]}`) main(process.argv.slice(2))

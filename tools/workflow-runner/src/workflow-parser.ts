// GitHub's own workflow parser, loaded once for the whole runner. @actions/workflow-parser
// imports its JSON schemas without an import attribute, which Node 20 refuses; this loader
// hook supplies the attribute (the same hook test/workflows.test.ts uses).
import { register } from 'node:module'

register(
  'data:text/javascript,' +
    encodeURIComponent(
      `export async function load(url, context, nextLoad) {
        if (url.endsWith('.json')) return nextLoad(url, { ...context, format: 'json', importAttributes: { type: 'json' } })
        return nextLoad(url, context)
      }`,
    ),
)

const parser = await import('@actions/workflow-parser')

/** The parser's error messages for a workflow file (empty when it is valid). */
export function workflowErrors(name: string, content: string): string[] {
  const result = parser.parseWorkflow({ name, content }, new parser.NoOperationTraceWriter())
  return result.context.errors.getErrors().map((e) => e.message)
}

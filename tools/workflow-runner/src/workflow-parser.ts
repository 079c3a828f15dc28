// GitHub's own workflow parser, loaded once for the whole runner. @actions/workflow-parser
// imports its JSON schemas without an import attribute, which Node 20 refuses; this loader
// hook supplies the attribute (test/workflows.test.ts loads the parser from here).
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

/** The parser itself, for callers that need more than the errors (test/workflows.test.ts). */
export const workflowParser = parser
/** GitHub's action.yml parser, loaded through the same hook. */
export const actionParser = await import('@actions/workflow-parser/actions/action-parser')

/** The parser's error messages for a workflow file (empty when it is valid). */
export function workflowErrors(name: string, content: string): string[] {
  const result = parser.parseWorkflow({ name, content }, new parser.NoOperationTraceWriter())
  return result.context.errors.getErrors().map((e) => e.message)
}

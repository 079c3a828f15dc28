// A workflow file at a commit: read with git, checked by GitHub's parser (its messages fail the
// run), then read as plain YAML for the runner's own model.
import { parse as parseYaml } from 'yaml'
import { showFile } from './git.js'
import { workflowErrors } from './workflow-parser.js'

/** Where a workflow file lives: `./` references inside it resolve to the same repository and commit. */
export interface WorkflowSource {
  repository: string
  repoDir: string
  commit: string
  path: string
}

export type WorkflowDoc = Record<string, unknown> & { jobs: Record<string, Record<string, unknown>> }

export async function loadWorkflow(source: WorkflowSource): Promise<WorkflowDoc> {
  const content = await showFile(source.repoDir, source.commit, source.path)
  if (content === undefined) throw new Error(`${source.repository}/${source.path}@${source.commit}: workflow file not found`)
  return parseWorkflowText(source.path, content)
}

export function parseWorkflowText(path: string, content: string): WorkflowDoc {
  const errors = workflowErrors(path, content)
  if (errors.length) throw new Error(`The workflow is not valid. ${errors.join('; ')}`)
  const doc = parseYaml(content) as WorkflowDoc
  return doc
}

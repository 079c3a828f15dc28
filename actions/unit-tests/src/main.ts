import { exec, writeSummary } from '@cna/kit'
import { closeTestAction, openTestAction } from '@cna/kit/gates/test-action'
import { runShellCommand } from '@cna/kit/gates/test-run'
import { getInputs } from './inputs.js'
import { run } from './run.js'

/** The only place with process-level effects: inputs in, collaborators built, outputs out. */
export async function main(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const inputs = getInputs()
  const { context, cwd, publish } = openTestAction(inputs, env)
  const { result } = await run(
    inputs,
    { cwd, workspace: context.workspace },
    {
      runCommand: () => runShellCommand(exec, inputs.command, { cwd, env }),
      publish,
      writeSummary,
    },
  )
  closeTestAction(result, inputs['check-name'])
}

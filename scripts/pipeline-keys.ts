/**
 * The four keys of the pipeline's own run, printed at its end: delivery-metrics' reading and
 * computation (its sources, the same code as the bundle) over the deployments the story's
 * workflows recorded in the GitHub emulator, read through the emulator's API with a read-only
 * token, over the last day.
 */
import { createRestClient } from '@cna/kit/github'
import { markdownTable } from '@cna/kit'
import { ChangeReader, readDeployments } from '../actions/delivery-metrics/src/github.ts'
import { getInputs } from '../actions/delivery-metrics/src/inputs.ts'
import { run } from '../actions/delivery-metrics/src/run.ts'
import { fourKeys } from '../actions/delivery-metrics/src/summary.ts'
import { humanDuration, percent, perDay } from '../actions/delivery-metrics/src/format.ts'
import { READ_TOKEN } from '../tools/github-emulator/emulator.ts'

export async function pipelineKeys(github: { url: string }, repository: string): Promise<string> {
  const [owner = '', name = ''] = repository.split('/')
  const repo = { owner, repo: name }
  const gh = createRestClient(READ_TOKEN, { baseUrl: github.url, retryAfterBaseValue: 1 })
  const inputs = getInputs((input) => ({ 'github-token': READ_TOKEN, window: '1d' })[input])
  const changes = new ChangeReader(gh, repo, inputs['fix-labels'])
  const report = await run(inputs, {
    readDeployments: (window) => readDeployments(gh, repo, window),
    changesBetween: (base, head) => changes.between(base, head),
    now: () => Date.now(),
  })
  const perEnvironment = markdownTable(
    ['environment', 'service', 'deployments', 'frequency', 'lead time median', 'change failure rate', 'recovery median'],
    report.groups.map((g) => [
      g.environment,
      g.service,
      g.deployments,
      perDay(g.deploymentsPerDay),
      humanDuration(g.leadTime.median),
      percent(g.changeFailureRate),
      humanDuration(g.recovery.median),
    ]),
  )
  const skipped = Object.entries(report.skipped)
    .map(([why, n]) => `${n} ${why}`)
    .join('; ')
  return [
    `The four keys of this run's records (${report.production.environment}, last day; levels: ${report.source}):`,
    '',
    fourKeys(report.production),
    '',
    perEnvironment,
    ...(skipped ? ['', `Not counted: ${skipped}.`] : []),
  ].join('\n')
}

import { code, markdownTable } from '@cna/kit'
import { FREQUENCY_WORDS } from './bands.js'
import { bandLabel, humanDuration, percent, perDay, safeName } from './format.js'
import type { GroupMetrics, Metrics, Report, TrendPoint } from './model.js'

/** The job summary: the production figures, Mermaid trend charts, and a table per environment. Pure. */
export function metricsSummary(report: Report): string {
  const prod = report.production
  const lines = [
    `## Delivery metrics: ${safeName(prod.environment)}`,
    '',
    `${report.window.days} days to ${report.window.to.slice(0, 10)}, ${prod.services.length} service(s): ${prod.services.map(code).join(', ') || 'none'}. Levels: ${report.source}.`,
    '',
    fourKeys(prod),
  ]
  const prodGroups = report.groups.filter((g) => g.environment === prod.environment)
  const weeks = pooledTrend(prodGroups)
  if (weeks.length)
    lines.push('', `### Trends in ${safeName(prod.environment)}`, '', deploymentsChart(weeks, prod.environment), '', leadTimeChart(weeks, prod.environment))
  for (const environment of [...new Set(report.groups.map((g) => g.environment))]) {
    lines.push('', `### ${safeName(environment)}`, '', environmentTable(report.groups.filter((g) => g.environment === environment)))
  }
  const skipped = Object.entries(report.skipped)
  if (skipped.length) lines.push('', `Not counted: ${skipped.map(([why, n]) => `${n} ${why}`).join('; ')}.`)
  return lines.join('\n') + '\n'
}

export function fourKeys(m: Metrics): string {
  return markdownTable(
    ['metric', 'value', 'level'],
    [
      [
        'deployment frequency',
        `${perDay(m.deploymentsPerDay)} (${m.deployments} deployments)`,
        `${m.bands.deploymentFrequency}: ${FREQUENCY_WORDS[m.bands.deploymentFrequency]}`,
      ],
      [
        'lead time for changes',
        `median ${humanDuration(m.leadTime.median)}, p90 ${humanDuration(m.leadTime.p90)} (${m.leadTime.changes} changes)`,
        bandLabel(m.bands.leadTime),
      ],
      ['change failure rate', `${percent(m.changeFailureRate)} (${m.failedDeployments} of ${m.attempted})`, bandLabel(m.bands.changeFailureRate)],
      [
        'failed deployment recovery time',
        `median ${humanDuration(m.recovery.median)} (${m.recovery.recovered} recovered${m.recovery.unrecovered ? `, ${m.recovery.unrecovered} not yet` : ''})`,
        bandLabel(m.bands.recoveryTime),
      ],
    ],
  )
}

function environmentTable(groups: GroupMetrics[]): string {
  return markdownTable(
    ['service', 'deployments', 'frequency', 'lead time median', 'lead time p90', 'change failure rate', 'recovery median'],
    groups.map((g) => [
      code(g.service),
      g.deployments,
      `${perDay(g.deploymentsPerDay)} (${g.bands.deploymentFrequency})`,
      `${humanDuration(g.leadTime.median)} (${bandLabel(g.bands.leadTime)})`,
      humanDuration(g.leadTime.p90),
      `${percent(g.changeFailureRate)} (${bandLabel(g.bands.changeFailureRate)})`,
      `${humanDuration(g.recovery.median)} (${bandLabel(g.bands.recoveryTime)})`,
    ]),
  )
}

/** Weekly points over every service of an environment (the groups' weeks line up: same window). */
export function pooledTrend(groups: readonly GroupMetrics[]): TrendPoint[] {
  const first = groups[0]
  if (!first) return []
  return first.trend.map((point, i) => {
    const at = groups.map((g) => g.trend[i]!)
    const leads = at.map((p) => p.leadTimeHours).filter((h): h is number => h !== null)
    return {
      week: point.week,
      deployments: at.reduce((n, p) => n + p.deployments, 0),
      failures: at.reduce((n, p) => n + p.failures, 0),
      // A week's pooled lead time: the mean of the services' weekly medians (the chart shows a trend, the table the exact figure).
      leadTimeHours: leads.length ? Math.round((leads.reduce((a, b) => a + b, 0) / leads.length) * 100) / 100 : null,
    }
  })
}

const axis = (weeks: TrendPoint[]): string => `x-axis [${weeks.map((w) => `"${w.week.slice(5)}"`).join(', ')}]`

function deploymentsChart(weeks: TrendPoint[], environment: string): string {
  const top = Math.max(1, ...weeks.map((w) => w.deployments))
  return [
    '```mermaid',
    'xychart-beta',
    `  title "Deployments (bars) and failed deployments (line) per week, ${safeName(environment)}"`,
    `  ${axis(weeks)}`,
    `  y-axis "deployments" 0 --> ${top}`,
    `  bar [${weeks.map((w) => w.deployments).join(', ')}]`,
    `  line [${weeks.map((w) => w.failures).join(', ')}]`,
    '```',
  ].join('\n')
}

function leadTimeChart(weeks: TrendPoint[], environment: string): string {
  const top = Math.max(1, ...weeks.map((w) => Math.ceil(w.leadTimeHours ?? 0)))
  return [
    '```mermaid',
    'xychart-beta',
    `  title "Lead time for changes per week, hours (0: nothing delivered), ${safeName(environment)}"`,
    `  ${axis(weeks)}`,
    `  y-axis "hours" 0 --> ${top}`,
    `  line [${weeks.map((w) => w.leadTimeHours ?? 0).join(', ')}]`,
    '```',
  ].join('\n')
}

import { FREQUENCY_WORDS } from './bands.js'
import { bandLabel, humanDuration, percent, perDay } from './format.js'
import type { GroupMetrics, Metrics, Report, TrendPoint } from './model.js'
import { pooledTrend } from './summary.js'

/**
 * The dashboard: one static HTML file, its charts inline SVG drawn here, no script and nothing
 * fetched at view time (a Content-Security-Policy of default-src 'none' makes sure of it), so
 * GitHub Pages can serve it as it is. Every figure carries a data-metric attribute, which is
 * what a test reads back from the rendered page. Pure.
 */
export function dashboardHtml(report: Report): string {
  const prod = report.production
  const weeks = pooledTrend(report.groups.filter((g) => g.environment === prod.environment))
  const environments = [...new Set(report.groups.map((g) => g.environment))]
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Delivery metrics: ${esc(prod.environment)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>Delivery metrics <span class="env">${esc(prod.environment)}</span></h1>
<p class="window" data-metric="window" data-from="${esc(report.window.from)}" data-to="${esc(report.window.to)}">${report.window.days} days to ${esc(report.window.to.slice(0, 10))} · ${prod.services.length} service(s) · levels from ${esc(report.source)}</p>
</header>
<section class="cards">
${cards(prod)}
</section>
<section class="charts">
${barChart(
  weeks,
  'deployments',
  'Deployments per week',
  (w) => w.deployments,
  (w) => w.failures,
)}
${lineChart(weeks, 'lead-time', 'Lead time for changes per week (hours)', (w) => w.leadTimeHours)}
</section>
${environments
  .map((e) =>
    environmentTable(
      e,
      report.groups.filter((g) => g.environment === e),
    ),
  )
  .join('\n')}
<footer>Computed by delivery-metrics from the GitHub Deployments that promote, chatops and the deploy workflow record.</footer>
</body>
</html>
`
}

function cards(m: Metrics): string {
  const card = (metric: string, title: string, value: string, raw: number | null, detail: string, band: string): string =>
    `<div class="card band-${esc(band)}"><h2>${title}</h2><p class="value" data-metric="${metric}" data-value="${raw === null ? '' : raw}">${esc(value)}</p><p class="detail">${esc(detail)}</p><p class="band" data-metric="${metric}-band">${esc(band)}</p></div>`
  return [
    card(
      'deployment-frequency',
      'Deployment frequency',
      perDay(m.deploymentsPerDay),
      m.deploymentsPerDay,
      `${m.deployments} deployments · ${FREQUENCY_WORDS[m.bands.deploymentFrequency]}`,
      m.bands.deploymentFrequency,
    ),
    card(
      'lead-time-median',
      'Lead time for changes',
      `${humanDuration(m.leadTime.median)}`,
      m.leadTime.median === null ? null : m.leadTime.median / 1000,
      `median · p90 ${humanDuration(m.leadTime.p90)} · ${m.leadTime.changes} changes`,
      bandLabel(m.bands.leadTime),
    ),
    card(
      'change-failure-rate',
      'Change failure rate',
      percent(m.changeFailureRate),
      m.changeFailureRate,
      `${m.failedDeployments} of ${m.attempted} deployments`,
      bandLabel(m.bands.changeFailureRate),
    ),
    card(
      'recovery-time-median',
      'Failed deployment recovery time',
      humanDuration(m.recovery.median),
      m.recovery.median === null ? null : m.recovery.median / 1000,
      `median · ${m.recovery.recovered} recovered${m.recovery.unrecovered ? ` · ${m.recovery.unrecovered} not yet` : ''}`,
      bandLabel(m.bands.recoveryTime),
    ),
  ].join('\n')
}

const W = 960
const H = 260
const PAD = { left: 48, right: 16, top: 36, bottom: 40 }

function frame(id: string, title: string, top: number, weeks: TrendPoint[], body: string): string {
  const plotH = H - PAD.top - PAD.bottom
  const ticks = [0, 0.5, 1].map((f) => {
    const y = PAD.top + plotH * (1 - f)
    return `<line x1="${PAD.left}" x2="${W - PAD.right}" y1="${y}" y2="${y}" class="grid"/><text x="${PAD.left - 6}" y="${y + 4}" class="tick" text-anchor="end">${round(top * f)}</text>`
  })
  const step = (W - PAD.left - PAD.right) / Math.max(1, weeks.length)
  const labels = weeks
    .map((w, i) =>
      i % 2 === 0 ? `<text x="${PAD.left + step * (i + 0.5)}" y="${H - PAD.bottom + 16}" class="tick" text-anchor="middle">${esc(w.week.slice(5))}</text>` : '',
    )
    .join('')
  return `<figure><svg id="${id}" viewBox="0 0 ${W} ${H}" role="img" aria-label="${esc(title)}"><text x="${PAD.left}" y="20" class="title">${esc(title)}</text>${ticks.join('')}${body}${labels}</svg></figure>`
}

function barChart(weeks: TrendPoint[], id: string, title: string, value: (w: TrendPoint) => number, line: (w: TrendPoint) => number): string {
  const top = Math.max(1, ...weeks.map(value))
  const plotH = H - PAD.top - PAD.bottom
  const step = (W - PAD.left - PAD.right) / Math.max(1, weeks.length)
  const y = (v: number): number => PAD.top + plotH * (1 - v / top)
  const bars = weeks
    .map(
      (w, i) =>
        `<rect class="bar" data-week="${w.week}" data-value="${value(w)}" x="${PAD.left + step * i + step * 0.15}" y="${y(value(w))}" width="${step * 0.7}" height="${PAD.top + plotH - y(value(w))}"><title>${w.week}: ${value(w)}</title></rect>`,
    )
    .join('')
  const points = weeks.map((w, i) => `${PAD.left + step * (i + 0.5)},${y(line(w))}`).join(' ')
  const dots = weeks
    .map((w, i) => `<circle class="fail" data-week="${w.week}" data-value="${line(w)}" cx="${PAD.left + step * (i + 0.5)}" cy="${y(line(w))}" r="3"/>`)
    .join('')
  const legend = `<text x="${W - PAD.right}" y="20" class="legend" text-anchor="end">▮ deployments  ● failed deployments</text>`
  return frame(id, title, top, weeks, `${bars}<polyline class="fail-line" points="${points}"/>${dots}${legend}`)
}

function lineChart(weeks: TrendPoint[], id: string, title: string, value: (w: TrendPoint) => number | null): string {
  const top = Math.max(1, Math.ceil(Math.max(0, ...weeks.map((w) => value(w) ?? 0))))
  const plotH = H - PAD.top - PAD.bottom
  const step = (W - PAD.left - PAD.right) / Math.max(1, weeks.length)
  const y = (v: number): number => PAD.top + plotH * (1 - v / top)
  const known = weeks.map((w, i) => ({ w, i, v: value(w) })).filter((p): p is { w: TrendPoint; i: number; v: number } => p.v !== null)
  const points = known.map((p) => `${PAD.left + step * (p.i + 0.5)},${y(p.v)}`).join(' ')
  const dots = known
    .map(
      (p) =>
        `<circle class="point" data-week="${p.w.week}" data-value="${p.v}" cx="${PAD.left + step * (p.i + 0.5)}" cy="${y(p.v)}" r="3.5"><title>${p.w.week}: ${p.v} h</title></circle>`,
    )
    .join('')
  return frame(id, title, top, weeks, `<polyline class="line" points="${points}"/>${dots}`)
}

function environmentTable(environment: string, groups: GroupMetrics[]): string {
  const rows = groups
    .map(
      (g) =>
        `<tr data-service="${esc(g.service)}" data-environment="${esc(environment)}"><th scope="row">${esc(g.service)}</th><td data-metric="deployments">${g.deployments}</td><td>${esc(perDay(g.deploymentsPerDay))} <span class="tag band-${g.bands.deploymentFrequency}">${g.bands.deploymentFrequency}</span></td><td data-metric="lead-time-median" data-value="${g.leadTime.median === null ? '' : g.leadTime.median / 1000}">${esc(humanDuration(g.leadTime.median))}</td><td>${esc(humanDuration(g.leadTime.p90))}</td><td data-metric="change-failure-rate" data-value="${g.changeFailureRate ?? ''}">${esc(percent(g.changeFailureRate))}</td><td data-metric="recovery-time-median">${esc(humanDuration(g.recovery.median))}</td></tr>`,
    )
    .join('\n')
  return `<section class="env-table"><h2>${esc(environment)}</h2><table><thead><tr><th>service</th><th>deployments</th><th>frequency</th><th>lead time median</th><th>lead time p90</th><th>change failure rate</th><th>recovery median</th></tr></thead><tbody>
${rows}
</tbody></table></section>`
}

const round = (n: number): string => (Number.isInteger(n) ? String(n) : n.toFixed(1))

/** Text into HTML: names come from deployment payloads, which anybody with deployments: write can set. */
export function esc(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)
}

const STYLE = `
body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;padding:24px 32px;background:#f6f8fa;color:#1f2328}
h1{margin:0 0 4px;font-size:24px}.env{color:#57606a;font-weight:400}.window{margin:0 0 20px;color:#57606a}
.cards{display:grid;grid-template-columns:repeat(4,1fr);gap:16px;margin-bottom:20px}
.card{background:#fff;border:1px solid #d0d7de;border-radius:8px;padding:14px 16px;border-top-width:5px}
.card h2{font-size:13px;margin:0;color:#57606a;text-transform:uppercase;letter-spacing:.03em}
.value{font-size:30px;font-weight:600;margin:6px 0 2px}.detail{margin:0;color:#57606a;font-size:13px}.band{margin:8px 0 0;font-weight:600;text-transform:capitalize}
.band-elite{border-top-color:#1a7f37}.band-high{border-top-color:#4ac26b}.band-medium{border-top-color:#d4a72c}.band-low{border-top-color:#cf222e}.band-–{border-top-color:#d0d7de}
.charts figure{background:#fff;border:1px solid #d0d7de;border-radius:8px;margin:0 0 16px;padding:8px}
svg{width:100%;height:auto}.grid{stroke:#eaeef2}.tick{font-size:11px;fill:#57606a}.title{font-size:14px;font-weight:600;fill:#1f2328}.legend{font-size:12px;fill:#57606a}
.bar{fill:#54aeff}.fail-line{fill:none;stroke:#cf222e;stroke-width:2}.fail{fill:#cf222e}.line{fill:none;stroke:#8250df;stroke-width:2}.point{fill:#8250df}
table{border-collapse:collapse;width:100%;background:#fff;border:1px solid #d0d7de;border-radius:8px;margin-bottom:16px}
th,td{text-align:left;padding:6px 10px;border-bottom:1px solid #eaeef2}thead th{font-size:12px;color:#57606a;text-transform:uppercase}
.tag{font-size:11px;padding:1px 6px;border-radius:10px;background:#eaeef2}footer{color:#57606a;font-size:12px;margin-top:8px}
`

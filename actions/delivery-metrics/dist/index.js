import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 3887:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _cna_kit__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8244);
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1080);


await (0,_cna_kit__WEBPACK_IMPORTED_MODULE_0__/* .runMain */ .VN)(() => (0,_main_js__WEBPACK_IMPORTED_MODULE_1__/* .main */ .i)());

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 1080:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
// EXTERNAL MODULE: ../../node_modules/.pnpm/@actions+core@3.0.1_patch_hash=9b112b2e8afea31ab3564ad1e82f30cc25e3a12d31df5f2d490c87d9dd4297e9/node_modules/@actions/core/lib/core.js + 14 modules
var core = __nccwpck_require__(939);
// EXTERNAL MODULE: ../kit/src/index.ts + 9 modules
var src = __nccwpck_require__(8244);
;// CONCATENATED MODULE: ../kit/src/guards.ts
/**
 * Type guards for what arrives as untrusted JSON or YAML (event payloads, reports, API
 * answers, config files): checked at run time instead of asserted with `as`, so a file of
 * the wrong shape is reported, not misread.
 */
function guards_isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** Whether `value` is one of `values` (a union of string literals). */
function isOneOf(values, value) {
    return typeof value === 'string' && values.includes(value);
}
/** The value at `path` in a parsed document, or undefined where the path breaks off. */
function valueAt(doc, ...path) {
    let value = doc;
    for (const key of path) {
        if (!guards_isRecord(value))
            return undefined;
        value = value[key];
    }
    return value;
}
/** An error's message, whatever was thrown. */
function errorMessage(error) {
    return error instanceof Error ? error.message : String(error);
}

;// CONCATENATED MODULE: ../kit/src/github/rest.ts

/** `owner/name` (as in GITHUB_REPOSITORY) → `{owner, repo}`; undefined when it is not one. */
function parseRepo(value) {
    const m = /^([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+)$/.exec(value);
    return m ? { owner: m[1], repo: m[2] } : undefined;
}
/** A deployment payload as GitHub returns it: an object, or a JSON string from older clients. */
function deploymentPayload(payload) {
    if (typeof payload === 'string') {
        try {
            payload = JSON.parse(payload);
        }
        catch {
            return undefined;
        }
    }
    return guards_isRecord(payload) ? payload : undefined;
}
/** The HTTP status of an Octokit RequestError (or anything with a numeric `status`), else undefined. */
function errorStatus(error) {
    return isRecord(error) && typeof error.status === 'number' ? error.status : undefined;
}

;// CONCATENATED MODULE: ../kit/src/github/client.ts
/**
 * The RestClient of a run: Octokit, with its retry and throttling plugins, behind the typed
 * routes of `rest.ts`. Octokit's code is loaded at the first request, so a run that never
 * calls GitHub neither loads nor parses it (it sits in its own bundle chunk).
 *
 * The trust boundary: GitHub's answers are taken to match Octokit's endpoint types here, and
 * nowhere else, which is what lets the rest of the code read responses without casts.
 */
function createRestClient(token, options = {}) {
    let octokit;
    const load = () => (octokit ??= Promise.all(/* import() */[__nccwpck_require__.e(385), __nccwpck_require__.e(15), __nccwpck_require__.e(661)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7661)).then((m) => m.createOctokit(token, options)));
    return {
        request: async (route, params) => (await load()).request(route, params),
        paginate: async (route, params) => (await load()).paginate(route, params),
    };
}

;// CONCATENATED MODULE: ./src/bands.ts
/**
 * Performance levels from DORA's "Accelerate State of DevOps Report 2024" (Google Cloud, 2024),
 * the table of software delivery performance clusters (elite 19%, high 22%, medium 35%, low 25%
 * of respondents):
 *
 * | level  | deployment frequency                 | change lead time | change fail rate | recovery time    |
 * |--------|--------------------------------------|------------------|------------------|------------------|
 * | elite  | on demand (multiple deploys per day) | < 1 day          | 5%               | < 1 hour         |
 * | high   | once per day to once per week        | 1 day – 1 week   | 20%              | < 1 day          |
 * | medium | once per week to once per month      | 1 week – 1 month | 10%              | < 1 day          |
 * | low    | once per month to once per 6 months  | 1 – 6 months     | 40%              | 1 week – 1 month |
 *
 * Each metric gets the best level whose figure it meets. The 2024 clusters are not ordered on
 * change fail rate (medium 10% is better than high 20%), so a rate up to 5% is elite, up to 20%
 * high, and above that low; recovery under a day is high (high and medium share "< 1 day").
 */
const BAND_SOURCE = 'DORA, Accelerate State of DevOps Report 2024 (software delivery performance levels)';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
function frequencyBand(perDay) {
    if (perDay > 1)
        return 'elite';
    if (perDay * 7 >= 1)
        return 'high';
    if (perDay * 30 >= 1)
        return 'medium';
    return 'low';
}
function leadTimeBand(ms) {
    if (ms === null)
        return null;
    if (ms < DAY)
        return 'elite';
    if (ms <= 7 * DAY)
        return 'high';
    if (ms <= 30 * DAY)
        return 'medium';
    return 'low';
}
function changeFailureBand(rate) {
    if (rate === null)
        return null;
    if (rate <= 0.05)
        return 'elite';
    if (rate <= 0.2)
        return 'high';
    return 'low';
}
function recoveryBand(ms) {
    if (ms === null)
        return null;
    if (ms < HOUR)
        return 'elite';
    if (ms < DAY)
        return 'high';
    return 'low';
}
/** How a level reads in a table: the report's wording for deployment frequency. */
const FREQUENCY_WORDS = {
    elite: 'on demand (several a day)',
    high: 'daily to weekly',
    medium: 'weekly to monthly',
    low: 'less than monthly',
};

;// CONCATENATED MODULE: ./src/format.ts
const MIN = 60_000;
const format_HOUR = 60 * MIN;
const format_DAY = 24 * format_HOUR;
/** A duration as people read it: minutes under an hour, hours under two days, else days. Pure. */
function humanDuration(ms) {
    if (ms === null)
        return '–';
    if (ms < format_HOUR)
        return `${Math.round(ms / MIN)} min`;
    if (ms < 2 * format_DAY)
        return `${(ms / format_HOUR).toFixed(1)} h`;
    return `${(ms / format_DAY).toFixed(1)} d`;
}
const percent = (rate) => (rate === null ? '–' : `${(rate * 100).toFixed(1)}%`);
const perDay = (n) => (n >= 1 ? `${n.toFixed(2)} a day` : `${(n * 7).toFixed(2)} a week`);
const bandLabel = (band) => (band === null ? '–' : band);
/** Names from deployment payloads are anybody's text: only these characters reach a chart or a page id. */
const safeName = (name) => name.replace(/[^A-Za-z0-9._ /-]/g, '_').slice(0, 80);

;// CONCATENATED MODULE: ./src/summary.ts



/** The job summary: the production figures, Mermaid trend charts, and a table per environment. Pure. */
function metricsSummary(report) {
    const prod = report.production;
    const lines = [
        `## Delivery metrics: ${safeName(prod.environment)}`,
        '',
        `${report.window.days} days to ${report.window.to.slice(0, 10)}, ${prod.services.length} service(s): ${prod.services.map(src/* code */.aY).join(', ') || 'none'}. Levels: ${report.source}.`,
        '',
        fourKeys(prod),
    ];
    const prodGroups = report.groups.filter((g) => g.environment === prod.environment);
    const weeks = pooledTrend(prodGroups);
    if (weeks.length)
        lines.push('', `### Trends in ${safeName(prod.environment)}`, '', deploymentsChart(weeks, prod.environment), '', leadTimeChart(weeks, prod.environment));
    for (const environment of [...new Set(report.groups.map((g) => g.environment))]) {
        lines.push('', `### ${safeName(environment)}`, '', environmentTable(report.groups.filter((g) => g.environment === environment)));
    }
    const skipped = Object.entries(report.skipped);
    if (skipped.length)
        lines.push('', `Not counted: ${skipped.map(([why, n]) => `${n} ${why}`).join('; ')}.`);
    return lines.join('\n') + '\n';
}
function fourKeys(m) {
    return (0,src/* markdownTable */.Qj)(['metric', 'value', 'level'], [
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
    ]);
}
function environmentTable(groups) {
    return (0,src/* markdownTable */.Qj)(['service', 'deployments', 'frequency', 'lead time median', 'lead time p90', 'change failure rate', 'recovery median'], groups.map((g) => [
        (0,src/* code */.aY)(g.service),
        g.deployments,
        `${perDay(g.deploymentsPerDay)} (${g.bands.deploymentFrequency})`,
        `${humanDuration(g.leadTime.median)} (${bandLabel(g.bands.leadTime)})`,
        humanDuration(g.leadTime.p90),
        `${percent(g.changeFailureRate)} (${bandLabel(g.bands.changeFailureRate)})`,
        `${humanDuration(g.recovery.median)} (${bandLabel(g.bands.recoveryTime)})`,
    ]));
}
/** Weekly points over every service of an environment (the groups' weeks line up: same window). */
function pooledTrend(groups) {
    const first = groups[0];
    if (!first)
        return [];
    return first.trend.map((point, i) => {
        const at = groups.map((g) => g.trend[i]);
        const leads = at.map((p) => p.leadTimeHours).filter((h) => h !== null);
        return {
            week: point.week,
            deployments: at.reduce((n, p) => n + p.deployments, 0),
            failures: at.reduce((n, p) => n + p.failures, 0),
            // A week's pooled lead time: the mean of the services' weekly medians (the chart shows a trend, the table the exact figure).
            leadTimeHours: leads.length ? Math.round((leads.reduce((a, b) => a + b, 0) / leads.length) * 100) / 100 : null,
        };
    });
}
const axis = (weeks) => `x-axis [${weeks.map((w) => `"${w.week.slice(5)}"`).join(', ')}]`;
function deploymentsChart(weeks, environment) {
    const top = Math.max(1, ...weeks.map((w) => w.deployments));
    return [
        '```mermaid',
        'xychart-beta',
        `  title "Deployments (bars) and failed deployments (line) per week, ${safeName(environment)}"`,
        `  ${axis(weeks)}`,
        `  y-axis "deployments" 0 --> ${top}`,
        `  bar [${weeks.map((w) => w.deployments).join(', ')}]`,
        `  line [${weeks.map((w) => w.failures).join(', ')}]`,
        '```',
    ].join('\n');
}
function leadTimeChart(weeks, environment) {
    const top = Math.max(1, ...weeks.map((w) => Math.ceil(w.leadTimeHours ?? 0)));
    return [
        '```mermaid',
        'xychart-beta',
        `  title "Lead time for changes per week, hours (0: nothing delivered), ${safeName(environment)}"`,
        `  ${axis(weeks)}`,
        `  y-axis "hours" 0 --> ${top}`,
        `  line [${weeks.map((w) => w.leadTimeHours ?? 0).join(', ')}]`,
        '```',
    ].join('\n');
}

;// CONCATENATED MODULE: ./src/dashboard.ts



/**
 * The dashboard: one static HTML file, its charts inline SVG drawn here, no script and nothing
 * fetched at view time (a Content-Security-Policy of default-src 'none' makes sure of it), so
 * GitHub Pages can serve it as it is. Every figure carries a data-metric attribute, which is
 * what a test reads back from the rendered page. Pure.
 */
function dashboardHtml(report) {
    const prod = report.production;
    const weeks = pooledTrend(report.groups.filter((g) => g.environment === prod.environment));
    const environments = [...new Set(report.groups.map((g) => g.environment))];
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
${barChart(weeks, 'deployments', 'Deployments per week', (w) => w.deployments, (w) => w.failures)}
${lineChart(weeks, 'lead-time', 'Lead time for changes per week (hours)', (w) => w.leadTimeHours)}
</section>
${environments
        .map((e) => dashboard_environmentTable(e, report.groups.filter((g) => g.environment === e)))
        .join('\n')}
<footer>Computed by delivery-metrics from the GitHub Deployments that promote, chatops and the deploy workflow record.</footer>
</body>
</html>
`;
}
function cards(m) {
    const card = (metric, title, value, raw, detail, band) => `<div class="card band-${esc(band)}"><h2>${title}</h2><p class="value" data-metric="${metric}" data-value="${raw === null ? '' : raw}">${esc(value)}</p><p class="detail">${esc(detail)}</p><p class="band" data-metric="${metric}-band">${esc(band)}</p></div>`;
    return [
        card('deployment-frequency', 'Deployment frequency', perDay(m.deploymentsPerDay), m.deploymentsPerDay, `${m.deployments} deployments · ${FREQUENCY_WORDS[m.bands.deploymentFrequency]}`, m.bands.deploymentFrequency),
        card('lead-time-median', 'Lead time for changes', `${humanDuration(m.leadTime.median)}`, m.leadTime.median === null ? null : m.leadTime.median / 1000, `median · p90 ${humanDuration(m.leadTime.p90)} · ${m.leadTime.changes} changes`, bandLabel(m.bands.leadTime)),
        card('change-failure-rate', 'Change failure rate', percent(m.changeFailureRate), m.changeFailureRate, `${m.failedDeployments} of ${m.attempted} deployments`, bandLabel(m.bands.changeFailureRate)),
        card('recovery-time-median', 'Failed deployment recovery time', humanDuration(m.recovery.median), m.recovery.median === null ? null : m.recovery.median / 1000, `median · ${m.recovery.recovered} recovered${m.recovery.unrecovered ? ` · ${m.recovery.unrecovered} not yet` : ''}`, bandLabel(m.bands.recoveryTime)),
    ].join('\n');
}
const W = 960;
const H = 260;
const PAD = { left: 48, right: 16, top: 36, bottom: 40 };
function dashboard_frame(id, title, top, weeks, body) {
    const plotH = H - PAD.top - PAD.bottom;
    const ticks = [0, 0.5, 1].map((f) => {
        const y = PAD.top + plotH * (1 - f);
        return `<line x1="${PAD.left}" x2="${W - PAD.right}" y1="${y}" y2="${y}" class="grid"/><text x="${PAD.left - 6}" y="${y + 4}" class="tick" text-anchor="end">${round(top * f)}</text>`;
    });
    const step = (W - PAD.left - PAD.right) / Math.max(1, weeks.length);
    const labels = weeks
        .map((w, i) => i % 2 === 0 ? `<text x="${PAD.left + step * (i + 0.5)}" y="${H - PAD.bottom + 16}" class="tick" text-anchor="middle">${esc(w.week.slice(5))}</text>` : '')
        .join('');
    return `<figure><svg id="${id}" viewBox="0 0 ${W} ${H}" role="img" aria-label="${esc(title)}"><text x="${PAD.left}" y="20" class="title">${esc(title)}</text>${ticks.join('')}${body}${labels}</svg></figure>`;
}
function barChart(weeks, id, title, value, line) {
    const top = Math.max(1, ...weeks.map(value));
    const plotH = H - PAD.top - PAD.bottom;
    const step = (W - PAD.left - PAD.right) / Math.max(1, weeks.length);
    const y = (v) => PAD.top + plotH * (1 - v / top);
    const bars = weeks
        .map((w, i) => `<rect class="bar" data-week="${w.week}" data-value="${value(w)}" x="${PAD.left + step * i + step * 0.15}" y="${y(value(w))}" width="${step * 0.7}" height="${PAD.top + plotH - y(value(w))}"><title>${w.week}: ${value(w)}</title></rect>`)
        .join('');
    const points = weeks.map((w, i) => `${PAD.left + step * (i + 0.5)},${y(line(w))}`).join(' ');
    const dots = weeks
        .map((w, i) => `<circle class="fail" data-week="${w.week}" data-value="${line(w)}" cx="${PAD.left + step * (i + 0.5)}" cy="${y(line(w))}" r="3"/>`)
        .join('');
    const legend = `<text x="${W - PAD.right}" y="20" class="legend" text-anchor="end">▮ deployments  ● failed deployments</text>`;
    return dashboard_frame(id, title, top, weeks, `${bars}<polyline class="fail-line" points="${points}"/>${dots}${legend}`);
}
function lineChart(weeks, id, title, value) {
    const top = Math.max(1, Math.ceil(Math.max(0, ...weeks.map((w) => value(w) ?? 0))));
    const plotH = H - PAD.top - PAD.bottom;
    const step = (W - PAD.left - PAD.right) / Math.max(1, weeks.length);
    const y = (v) => PAD.top + plotH * (1 - v / top);
    const known = weeks.map((w, i) => ({ w, i, v: value(w) })).filter((p) => p.v !== null);
    const points = known.map((p) => `${PAD.left + step * (p.i + 0.5)},${y(p.v)}`).join(' ');
    const dots = known
        .map((p) => `<circle class="point" data-week="${p.w.week}" data-value="${p.v}" cx="${PAD.left + step * (p.i + 0.5)}" cy="${y(p.v)}" r="3.5"><title>${p.w.week}: ${p.v} h</title></circle>`)
        .join('');
    return dashboard_frame(id, title, top, weeks, `<polyline class="line" points="${points}"/>${dots}`);
}
function dashboard_environmentTable(environment, groups) {
    const rows = groups
        .map((g) => `<tr data-service="${esc(g.service)}" data-environment="${esc(environment)}"><th scope="row">${esc(g.service)}</th><td data-metric="deployments">${g.deployments}</td><td>${esc(perDay(g.deploymentsPerDay))} <span class="tag band-${g.bands.deploymentFrequency}">${g.bands.deploymentFrequency}</span></td><td data-metric="lead-time-median" data-value="${g.leadTime.median === null ? '' : g.leadTime.median / 1000}">${esc(humanDuration(g.leadTime.median))}</td><td>${esc(humanDuration(g.leadTime.p90))}</td><td data-metric="change-failure-rate" data-value="${g.changeFailureRate ?? ''}">${esc(percent(g.changeFailureRate))}</td><td data-metric="recovery-time-median">${esc(humanDuration(g.recovery.median))}</td></tr>`)
        .join('\n');
    return `<section class="env-table"><h2>${esc(environment)}</h2><table><thead><tr><th>service</th><th>deployments</th><th>frequency</th><th>lead time median</th><th>lead time p90</th><th>change failure rate</th><th>recovery median</th></tr></thead><tbody>
${rows}
</tbody></table></section>`;
}
const round = (n) => (Number.isInteger(n) ? String(n) : n.toFixed(1));
/** Text into HTML: names come from deployment payloads, which anybody with deployments: write can set. */
function esc(value) {
    return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
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
`;

;// CONCATENATED MODULE: ./src/github.ts

const PAGE = 100;
/** How many deployments before the window are read, at most, to find each group's previous success. */
const LOOKBACK = 300;
/** Parallel requests: the throttling plugin queues beyond its own limit, this keeps memory flat. */
const PARALLEL = 8;
/**
 * The deployments of the window (newest first, as GitHub lists them; the list has no date
 * filter, so reading stops at the first page past the window's start), each with its statuses,
 * plus enough earlier ones that each service and environment has its previous success.
 */
async function readDeployments(gh, repo, window) {
    const records = [];
    const needsBase = new Set();
    let before = 0;
    for (let page = 1;; page++) {
        const { data } = await gh.request('GET /repos/{owner}/{repo}/deployments', { ...repo, per_page: PAGE, page });
        const list = data;
        const wanted = [];
        for (const d of list) {
            const at = Date.parse(d.created_at);
            if (at >= window.to)
                continue;
            if (at >= window.from) {
                wanted.push(d);
                needsBase.add(groupKey(d));
            }
            else if (needsBase.has(groupKey(d)) && before < LOOKBACK) {
                before++;
                wanted.push(d);
            }
        }
        const read = await mapParallel(wanted, (d) => withStatuses(gh, repo, d));
        for (const r of read) {
            records.push(r);
            if (r.createdAt < window.from && r.statuses.some((s) => s.state === 'success') && !isLock(r))
                needsBase.delete(groupKey(r));
        }
        const oldest = list.at(-1);
        if (list.length < PAGE || !oldest)
            break;
        if (Date.parse(oldest.created_at) < window.from && (needsBase.size === 0 || before >= LOOKBACK))
            break;
    }
    return records;
}
async function withStatuses(gh, repo, d) {
    const payload = deploymentPayload(d.payload);
    // Previews (transient, no service in the payload) are not rollouts: no request for their statuses.
    if (typeof payload?.service !== 'string' || d.transient_environment)
        return { id: Number(d.id), sha: d.sha, environment: d.environment, createdAt: Date.parse(d.created_at), payload: undefined, statuses: [] };
    // Newest first, at most 100 per deployment: more than GitHub's own status history shows.
    const { data } = await gh.request('GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', { ...repo, deployment_id: Number(d.id), per_page: PAGE });
    const statuses = data
        .map((s) => ({ state: s.state, at: Date.parse(s.created_at), ...(s.description ? { description: s.description } : {}) }))
        .reverse();
    return { id: Number(d.id), sha: d.sha, environment: d.environment, createdAt: Date.parse(d.created_at), payload, statuses };
}
const isLock = (r) => typeof r.payload?.request === 'string';
function groupKey(d) {
    const payload = 'statuses' in d ? d.payload : deploymentPayload(d.payload);
    return `${typeof payload?.service === 'string' ? payload.service : ''}\u0000${d.environment}`;
}
/**
 * The changes a deployment brought, reading commits and pull requests once each however many
 * deployments and environments they pass through: `compare` for the commits between two
 * deployments, each commit's pull request (`commits/{sha}/pulls`), and that pull request's
 * commits for its first-commit time (a squash merge's own commit is only as old as the merge).
 */
class ChangeReader {
    gh;
    repo;
    fixLabels;
    pullOfCommit = new Map();
    pullChanges = new Map();
    constructor(gh, repo, fixLabels) {
        this.gh = gh;
        this.repo = repo;
        this.fixLabels = fixLabels;
    }
    async between(base, head) {
        const commits = await this.compare(base, head);
        const changes = new Map();
        // Newest first: a merge commit names its pull request, whose own commits then need no lookup.
        for (const commit of [...commits].reverse()) {
            const pull = await this.pullOf(commit);
            const change = pull ? await this.pullChange(pull) : lone(commit);
            if (!changes.has(change.key))
                changes.set(change.key, change);
        }
        return [...changes.values()];
    }
    /** Every commit of `base...head`, paginated (GitHub pages compare's commits, 100 at most per page). */
    async compare(base, head) {
        const commits = [];
        for (let page = 1;; page++) {
            const { data } = await this.gh.request('GET /repos/{owner}/{repo}/compare/{basehead}', {
                ...this.repo,
                basehead: `${base}...${head}`,
                per_page: PAGE,
                page,
            });
            commits.push(...data.commits);
            if (data.commits.length < PAGE || commits.length >= data.total_commits)
                return commits;
        }
    }
    pullOf(commit) {
        let found = this.pullOfCommit.get(commit.sha);
        if (!found) {
            found = this.gh
                .request('GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls', { ...this.repo, commit_sha: commit.sha, per_page: PAGE })
                .then(({ data }) => data.filter((p) => p.merged_at).sort((a, b) => Number(b.merge_commit_sha === commit.sha) - Number(a.merge_commit_sha === commit.sha))[0]);
            this.pullOfCommit.set(commit.sha, found);
        }
        return found;
    }
    pullChange(pull) {
        let change = this.pullChanges.get(pull.number);
        if (!change) {
            change = this.gh
                .paginate('GET /repos/{owner}/{repo}/pulls/{pull_number}/commits', { ...this.repo, pull_number: pull.number, per_page: PAGE })
                .then((commits) => {
                for (const c of commits)
                    if (!this.pullOfCommit.has(c.sha))
                        this.pullOfCommit.set(c.sha, Promise.resolve(pull));
                const dates = commits.map(authorDate).filter((t) => !Number.isNaN(t));
                return {
                    key: `#${pull.number}`,
                    firstCommitAt: dates.length ? Math.min(...dates) : Date.parse(pull.merged_at),
                    ...fixOf(pull.labels.map((l) => l.name ?? ''), this.fixLabels, commits.some(isRevert)),
                };
            });
            this.pullChanges.set(pull.number, change);
        }
        return change;
    }
}
const authorDate = (c) => Date.parse(c.commit.author?.date ?? '');
const isRevert = (c) => /^Revert "/.test(c.commit.message);
/**
 * Whether a pull request is a fix, and for which services: a label of fix-labels fixes every
 * service it reaches, `<label>:<service>` only that one (in a repository of several services,
 * a hotfix of one is not a failure of the others); a revert commit fixes every service. Pure.
 */
function fixOf(labels, fixLabels, revert) {
    const names = labels.map((l) => l.toLowerCase());
    if (revert || names.some((n) => fixLabels.includes(n)))
        return { fix: true };
    const fixes = names.flatMap((n) => fixLabels.filter((f) => n.startsWith(`${f}:`)).map((f) => n.slice(f.length + 1)));
    return fixes.length ? { fix: true, fixes } : { fix: false };
}
/** A commit that came without a pull request: its own author date starts its lead time. */
function lone(commit) {
    return { key: commit.sha, firstCommitAt: authorDate(commit), fix: isRevert(commit) };
}
/** Runs `fn` over `items`, at most PARALLEL at a time, keeping the order. */
async function mapParallel(items, fn) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            results[i] = await fn(items[i]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(PARALLEL, items.length) }, worker));
    return results;
}

;// CONCATENATED MODULE: ./src/inputs.ts


const inputs_DAY = 86_400_000;
/** Labels are compared lower-case, as GitHub matches label names. */
function labels(defaultValue) {
    return { parse: (raw) => (0,src/* splitList */.ry)(raw === '' ? defaultValue : raw).map((l) => l.toLowerCase()) };
}
/** Every input of action.yml, and only those: a contract test compares the two. */
const inputSpecs = {
    'github-token': (0,src/* secret */.rJ)({ required: true }),
    repository: {
        parse(raw, name) {
            if (raw === '')
                return undefined;
            const repo = parseRepo(raw);
            if (!repo)
                throw new src/* InputError */.dz(name, `has an invalid value "${raw}"`, 'owner/name, such as octo-org/sensor-api (empty: this repository)');
            return repo;
        },
    },
    window: {
        parse(raw, name) {
            const ms = (0,src/* duration */.p0)('90d').parse(raw, name);
            if (ms < inputs_DAY || ms > 366 * inputs_DAY)
                throw new src/* InputError */.dz(name, `is "${raw}", outside one day to a year`, 'a duration from 1d to 366d, such as 90d');
            return ms;
        },
    },
    'production-environment': (0,src/* text */.Qq)({ default: 'production', pattern: /^[^\n]{1,255}$/, accepted: 'an environment name, such as production' }),
    'failure-window': (0,src/* duration */.p0)('1d'),
    'fix-labels': labels('hotfix'),
    dashboard: (0,src/* text */.Qq)({ pattern: /^[^\n\0]+$/, accepted: 'a file path for the HTML dashboard, such as _site/index.html (empty: none)' }),
};
function getInputs(source) {
    return (0,src/* readInputs */.Ko)(inputSpecs, source);
}

;// CONCATENATED MODULE: ./src/stats.ts
/**
 * Nearest-rank percentile (the p-th percentile is the smallest value with at least p% of the
 * values at or below it): always one of the observed values, so a figure in the summary can be
 * traced to one change. The median is the 50th. Null for no values. Pure.
 */
function percentile(values, p) {
    if (values.length === 0)
        return null;
    const sorted = [...values].sort((a, b) => a - b);
    const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
    return sorted[rank - 1];
}
const median = (values) => percentile(values, 50);

;// CONCATENATED MODULE: ./src/metrics.ts


const metrics_DAY = 86_400_000;
/** When a rollout counts in the window: when it went live, else when it failed. */
const timeOf = (r) => r.liveAt ?? r.failedAt ?? r.createdAt;
/** Rollouts of one service and environment, grouped and in time order. Pure. */
function groupRollouts(rollouts) {
    const groups = new Map();
    for (const r of [...rollouts].sort((a, b) => a.createdAt - b.createdAt || a.id - b.id)) {
        const key = `${r.service}\u0000${r.environment}`;
        groups.set(key, [...(groups.get(key) ?? []), r]);
    }
    return groups;
}
/**
 * The commit ranges to read: each successful deployment in the window against the previous
 * successful deployment of its service and environment (`compare base...head`). Pure.
 */
function comparePairs(rollouts, window) {
    const pairs = [];
    for (const group of groupRollouts(rollouts).values()) {
        let base = '';
        for (const r of group) {
            if (r.outcome !== 'success' || !r.sha)
                continue;
            if (base && base !== r.sha && inWindow(r, window))
                pairs.push({ id: r.id, base, head: r.sha });
            base = r.sha;
        }
    }
    return pairs;
}
const inWindow = (r, w) => timeOf(r) >= w.from && timeOf(r) < w.to;
/**
 * What one service's rollouts to one environment show over the window. A deployment is a
 * change failure when it failed (its rollout or a later verification), when the next
 * deployment rolled it back, or when the next one, within `failureWindow`, delivered a fix.
 * Recovery runs from the failed deployment (when it went live, else when it failed) to the
 * next successful deployment. A change (pull request or lone commit) counts once, at its first
 * successful deployment, from its first commit. Pure.
 */
function observe(group, changes, window, opts) {
    const obs = { deployed: [], failed: [], attempted: 0, leadTimes: [], recoveries: [], unrecovered: 0 };
    const delivered = new Set();
    const live = group.filter((r) => r.liveAt !== undefined);
    group.forEach((r) => {
        const fresh = r.outcome === 'success' ? (changes.get(r.id) ?? []).filter((c) => !delivered.has(c.key)) : [];
        for (const c of fresh)
            delivered.add(c.key);
        if (!inWindow(r, window))
            return;
        obs.attempted++;
        if (r.outcome === 'success') {
            obs.deployed.push(r.liveAt);
            for (const c of fresh)
                obs.leadTimes.push({ at: r.liveAt, ms: r.liveAt - c.firstCommitAt });
        }
        if (!isChangeFailure(r, live, changes, opts))
            return;
        obs.failed.push(timeOf(r));
        if (r.restored) {
            obs.recoveries.push(r.restored.at - r.restored.from);
            return;
        }
        const start = r.liveAt ?? r.failedAt;
        const next = group.find((s) => s !== r && s.outcome === 'success' && s.liveAt > start);
        if (next)
            obs.recoveries.push(next.liveAt - start);
        else
            obs.unrecovered++;
    });
    return obs;
}
function isChangeFailure(r, live, changes, opts) {
    if (r.outcome === 'failure')
        return true;
    const next = live[live.indexOf(r) + 1];
    if (!next)
        return false;
    if (next.rollback)
        return true;
    return (next.liveAt - r.liveAt <= opts.failureWindow && (changes.get(next.id) ?? []).some((c) => c.fix && (!c.fixes || c.fixes.includes(r.service.toLowerCase()))));
}
/** Observations → the four keys and their levels. Pure. */
function summarize(obs, window) {
    const days = (window.to - window.from) / metrics_DAY;
    const perDay = obs.deployed.length / days;
    const leads = obs.leadTimes.map((l) => l.ms);
    const leadMedian = median(leads);
    const rate = obs.attempted ? obs.failed.length / obs.attempted : null;
    const recoveryMedian = median(obs.recoveries);
    return {
        deployments: obs.deployed.length,
        deploymentsPerDay: perDay,
        deploymentsPerWeek: perDay * 7,
        leadTime: { median: leadMedian, p90: percentile(leads, 90), changes: leads.length },
        changeFailureRate: rate,
        failedDeployments: obs.failed.length,
        attempted: obs.attempted,
        recovery: { median: recoveryMedian, recovered: obs.recoveries.length, unrecovered: obs.unrecovered },
        bands: {
            deploymentFrequency: frequencyBand(perDay),
            leadTime: leadTimeBand(leadMedian),
            changeFailureRate: changeFailureBand(rate),
            recoveryTime: recoveryBand(recoveryMedian),
        },
    };
}
function pool(all) {
    return {
        deployed: all.flatMap((o) => o.deployed),
        failed: all.flatMap((o) => o.failed),
        attempted: all.reduce((n, o) => n + o.attempted, 0),
        leadTimes: all.flatMap((o) => o.leadTimes),
        recoveries: all.flatMap((o) => o.recoveries),
        unrecovered: all.reduce((n, o) => n + o.unrecovered, 0),
    };
}
/** Weekly points (weeks start on Monday, UTC) from the window's first week to its last. Pure. */
function trend(obs, window) {
    const weeks = [];
    for (let start = mondayOf(window.from); start < window.to; start += 7 * metrics_DAY) {
        const end = start + 7 * metrics_DAY;
        const within = (t) => t >= start && t < end;
        const lead = median(obs.leadTimes.filter((l) => within(l.at)).map((l) => l.ms));
        weeks.push({
            week: new Date(start).toISOString().slice(0, 10),
            deployments: obs.deployed.filter(within).length,
            failures: obs.failed.filter(within).length,
            leadTimeHours: lead === null ? null : metrics_round(lead / 3_600_000, 2),
        });
    }
    return weeks;
}
function mondayOf(t) {
    const day = Math.floor(t / metrics_DAY) * metrics_DAY;
    // 1970-01-01 was a Thursday: day index 0 → Thursday.
    const weekday = (Math.floor(day / metrics_DAY) + 3) % 7;
    return day - weekday * metrics_DAY;
}
const metrics_round = (n, digits) => Math.round(n * 10 ** digits) / 10 ** digits;
/** Every group's metrics and trend. Pure. */
function groupMetrics(rollouts, changes, window, opts) {
    return [...groupRollouts(rollouts).values()]
        .map((group) => {
        const observations = observe(group, changes, window, opts);
        return {
            service: group[0].service,
            environment: group[0].environment,
            ...summarize(observations, window),
            trend: trend(observations, window),
            observations,
        };
    })
        .filter((g) => g.attempted > 0)
        .sort((a, b) => a.environment.localeCompare(b.environment) || a.service.localeCompare(b.service));
}

;// CONCATENATED MODULE: ./src/report.ts


const report_DAY = 86_400_000;
/** The whole report: every service and environment, and the pooled production figures the outputs carry. Pure. */
function buildReport(rollouts, changes, window, opts) {
    const groups = groupMetrics(rollouts, changes, window, opts);
    const production = groups.filter((g) => g.environment === opts.production);
    return {
        source: BAND_SOURCE,
        window: { from: new Date(window.from).toISOString(), to: new Date(window.to).toISOString(), days: (window.to - window.from) / report_DAY },
        production: { environment: opts.production, services: production.map((g) => g.service), ...summarize(pool(production.map((g) => g.observations)), window) },
        groups: groups.map(({ observations: _, ...g }) => g),
        skipped: opts.skipped,
    };
}

;// CONCATENATED MODULE: ./src/rollouts.ts
/**
 * Deployment records → rollouts. Promote records every promotion (payload service, version,
 * digest, image; ref = the image's commit). A chatops command adds a lock deployment (payload
 * with `request` and `command`; ref = the default branch) that the deploy workflow then
 * promotes: the two are one rollout, so the lock is merged into the promote record it covers
 * and only says whether it was a `/rollback`. Pure.
 */
function toRollouts(records) {
    const skipped = {};
    const skip = (why) => {
        skipped[why] = (skipped[why] ?? 0) + 1;
    };
    const plain = [];
    const locks = [];
    for (const record of [...records].sort((a, b) => a.createdAt - b.createdAt || a.id - b.id)) {
        const payload = record.payload ?? {};
        const service = str(payload.service);
        if (!service) {
            skip('previews and records without a service');
            continue;
        }
        const rollout = {
            id: record.id,
            service,
            environment: record.environment,
            sha: record.sha,
            digest: str(payload.digest),
            version: str(payload.version),
            createdAt: record.createdAt,
            ...outcomeOf(record.statuses),
            rollback: false,
            redeploy: false,
        };
        if (typeof payload.request === 'string')
            locks.push({ record, rollout: { ...rollout, sha: '' }, command: str(payload.command) });
        else
            plain.push(rollout);
    }
    const claimed = new Set();
    for (const lock of locks) {
        const covered = coveredBy(lock.record, lock.rollout, plain, claimed);
        const rollback = /^\/rollback\b/.test(lock.command);
        if (covered) {
            claimed.add(covered.id);
            covered.rollback ||= rollback;
        }
        else if (lock.rollout.outcome === 'success')
            plain.push({ ...lock.rollout, rollback });
        else
            skip('chatops request that deployed nothing');
    }
    const rollouts = [];
    for (const r of markRollbacks(plain)) {
        if (r.outcome === 'error')
            skip('errored before deploying');
        else if (r.outcome === 'pending')
            skip('still in progress');
        else if (r.redeploy)
            skip('the live digest deployed again');
        else
            rollouts.push(r);
    }
    return { rollouts, skipped };
}
/**
 * The outcome from the statuses: success once any success was set, unless a failure or error
 * came after it (a failed verification); `inactive` only retires a success. Pure.
 */
function outcomeOf(statuses) {
    const live = statuses.find((s) => s.state === 'success');
    const last = [...statuses].reverse().find((s) => s.state !== 'inactive');
    if (last && (last.state === 'failure' || last.state === 'error')) {
        if (live)
            return { outcome: 'failure', liveAt: live.at, failedAt: last.at };
        if (last.state === 'failure' && last.description?.startsWith(PROMOTE_REJECTED)) {
            // promote's own rollback: it ran, failed to confirm, and the previous digest was restored before this status.
            return { outcome: 'failure', failedAt: last.at, restored: { from: (statuses.find((s) => s.state === 'in_progress') ?? last).at, at: last.at } };
        }
        return { outcome: last.state, failedAt: last.at };
    }
    if (live)
        return { outcome: 'success', liveAt: live.at };
    return { outcome: 'pending' };
}
/** The promote record a chatops lock led to: same service, environment and digest, created while the lock was held. */
function coveredBy(lock, rollout, plain, claimed) {
    const released = lock.statuses.filter((s) => s.state !== 'inactive' && s.state !== 'in_progress' && s.state !== 'queued' && s.state !== 'pending').at(-1)?.at ?? Infinity;
    return plain.find((p) => !claimed.has(p.id) &&
        p.service === rollout.service &&
        p.environment === rollout.environment &&
        p.digest === rollout.digest &&
        p.createdAt >= lock.createdAt &&
        p.createdAt <= released);
}
/** In time order per service and environment: an earlier live digest again is a rollback; the live one again, a redeploy. */
function markRollbacks(rollouts) {
    const state = new Map();
    const sorted = [...rollouts].sort((a, b) => a.createdAt - b.createdAt || a.id - b.id);
    for (const r of sorted) {
        const key = `${r.service}\u0000${r.environment}`;
        const s = state.get(key) ?? { live: '', seen: new Set() };
        state.set(key, s);
        if (r.liveAt === undefined || !r.digest)
            continue;
        if (r.digest === s.live)
            r.redeploy = r.outcome === 'success';
        else if (s.seen.has(r.digest))
            r.rollback = true;
        s.live = r.digest;
        s.seen.add(r.digest);
    }
    return sorted;
}
/** How promote's failure status starts when it rolled the environment back to the previous digest (actions/promote/src/rejected.ts). */
const PROMOTE_REJECTED = 'rejected: ';
const str = (v) => (typeof v === 'string' ? v : '');

;// CONCATENATED MODULE: ./src/run.ts





/** Read the records, merge them into rollouts, read the change sets, compute. */
async function run(inputs, deps) {
    const to = deps.now();
    const window = { from: to - inputs.window, to };
    const records = await deps.readDeployments(window);
    const { rollouts, skipped } = toRollouts(records);
    const pairs = comparePairs(rollouts, window);
    core/* info */.pq(`read ${records.length} deployment(s): ${rollouts.length} rollout(s); reading the changes of ${pairs.length} deployment(s)`);
    const changes = new Map();
    const sets = await mapParallel(pairs, (p) => deps.changesBetween(p.base, p.head));
    pairs.forEach((p, i) => changes.set(p.id, sets[i]));
    return buildReport(rollouts, changes, window, { failureWindow: inputs['failure-window'], production: inputs['production-environment'], skipped });
}

;// CONCATENATED MODULE: ./src/main.ts










/** The only place with process-level effects: inputs in, the GitHub client, outputs, summary and the dashboard file out. */
async function main(env = process.env) {
    const inputs = getInputs();
    (0,src/* registerSecret */.cl)(inputs['github-token']);
    const context = (0,src/* readRunContext */.$p)(env);
    const repo = inputs.repository ?? parseRepo(context.repository);
    if (!repo)
        throw new src/* UserError */.yo(`No repository to read: GITHUB_REPOSITORY is "${context.repository}" and the repository input is empty. Expected repository: owner/name.`);
    const gh = createRestClient(inputs['github-token']);
    const changes = new ChangeReader(gh, repo, inputs['fix-labels']);
    const report = await run(inputs, {
        readDeployments: (window) => readDeployments(gh, repo, window),
        changesBetween: (base, head) => changes.between(base, head),
        now: () => Date.now(),
    });
    const prod = report.production;
    core/* setOutput */.uH('deployments', String(prod.deployments));
    core/* setOutput */.uH('deployment-frequency', String(prod.deploymentsPerDay));
    core/* setOutput */.uH('lead-time-median', seconds(prod.leadTime.median));
    core/* setOutput */.uH('lead-time-p90', seconds(prod.leadTime.p90));
    core/* setOutput */.uH('change-failure-rate', prod.changeFailureRate === null ? '' : String(prod.changeFailureRate));
    core/* setOutput */.uH('recovery-time-median', seconds(prod.recovery.median));
    core/* setOutput */.uH('metrics', JSON.stringify(report));
    let dashboard = '';
    if (inputs.dashboard) {
        dashboard = (0,external_node_path_namespaceObject.resolve)(context.workspace, inputs.dashboard);
        await (0,promises_namespaceObject.mkdir)((0,external_node_path_namespaceObject.dirname)(dashboard), { recursive: true });
        await (0,promises_namespaceObject.writeFile)(dashboard, dashboardHtml(report));
        core/* info */.pq(`dashboard written to ${dashboard}`);
    }
    core/* setOutput */.uH('dashboard', dashboard);
    await (0,src/* writeSummary */.Sy)(metricsSummary(report));
}
/** Durations go out in whole seconds; empty when there was nothing to measure. */
const seconds = (ms) => (ms === null ? '' : String(Math.round(ms / 1000)));


/***/ }),

/***/ 8244:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  dz: () => (/* reexport */ errors_InputError),
  yo: () => (/* reexport */ UserError),
  aY: () => (/* reexport */ code),
  p0: () => (/* reexport */ duration),
  Qj: () => (/* reexport */ markdownTable),
  Ko: () => (/* reexport */ readInputs),
  $p: () => (/* reexport */ readRunContext),
  cl: () => (/* reexport */ registerSecret),
  VN: () => (/* reexport */ runMain),
  rJ: () => (/* reexport */ secret),
  ry: () => (/* reexport */ splitList),
  Qq: () => (/* reexport */ inputs_text),
  Sy: () => (/* reexport */ writeSummary)
});

// UNUSED EXPORTS: ExecError, bool, canRun, derivedForms, envInputSource, errorMessage, escapeCell, exec, formatCommand, integer, isOneOf, isRecord, isUserError, keyValues, list, oneOf, parseDuration, payloadNumber, payloadString, redact, registerCredentials, reportFailure, resetSecrets, valueAt

;// CONCATENATED MODULE: ../kit/src/errors.ts
/**
 * Errors a user can act on. `runMain` prints their message as one `::error::` line and
 * never a stack trace: the message already says what was wrong, where, and what is accepted.
 */
class UserError extends Error {
    name = 'UserError';
}
/** Bad input: names the input, what was wrong with it, and the accepted form. */
class errors_InputError extends UserError {
    input;
    problem;
    accepted;
    name = 'InputError';
    constructor(input, problem, accepted) {
        super(`Input "${input}" ${problem}. Expected ${accepted}.`);
        this.input = input;
        this.problem = problem;
        this.accepted = accepted;
    }
}
function isUserError(error) {
    return error instanceof UserError;
}

;// CONCATENATED MODULE: ../kit/src/inputs.ts


const envInputSource = (env = process.env) => (name) => env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`];
function readInputs(specs, source = envInputSource()) {
    const values = {};
    for (const [name, spec] of Object.entries(specs)) {
        values[name] = spec.parse((source(name) ?? '').trim(), name);
    }
    return values;
}
function inputs_text(opts = {}) {
    return {
        parse(raw, name) {
            const value = raw === '' ? (opts.default ?? '') : raw;
            if (value === '' && opts.required) {
                throw new errors_InputError(name, 'is required but was empty', opts.accepted ?? 'a non-empty value');
            }
            if (value !== '' && opts.pattern && !opts.pattern.test(value)) {
                throw new errors_InputError(name, `has an invalid value "${value}"`, opts.accepted ?? `a value matching ${opts.pattern}`);
            }
            return value;
        },
    };
}
/** A secret: like text, but never echoed back in an error message. */
function secret(opts = {}) {
    return {
        parse(raw, name) {
            if (raw === '' && opts.required)
                throw new errors_InputError(name, 'is required but was empty', 'a non-empty secret');
            return raw;
        },
    };
}
const TRUE = (/* unused pure expression or super */ null && (['true', 'True', 'TRUE']));
const FALSE = (/* unused pure expression or super */ null && (['false', 'False', 'FALSE']));
/** The YAML 1.2 core-schema booleans, as `core.getBooleanInput` accepts them. */
function bool(defaultValue) {
    return {
        parse(raw, name) {
            if (raw === '')
                return defaultValue;
            if (TRUE.includes(raw))
                return true;
            if (FALSE.includes(raw))
                return false;
            throw new InputError(name, `has an invalid value "${raw}"`, '"true" or "false"');
        },
    };
}
function oneOf(values, defaultValue) {
    return {
        parse(raw, name) {
            const value = raw === '' ? defaultValue : raw.toLowerCase();
            if (!isOneOf(values, value))
                throw new InputError(name, `has an invalid value "${raw}"`, `one of: ${values.join(', ')}`);
            return value;
        },
    };
}
/** Splits a list given one per line or comma-separated, dropping blanks and `#` comments. */
function splitList(raw, separators = /[\n,]/) {
    return raw
        .split(separators)
        .map((item) => item.trim())
        .filter((item) => item !== '' && !item.startsWith('#'));
}
function list(opts = {}) {
    return {
        parse(raw, name) {
            const items = splitList(raw, opts.separators);
            return opts.item ? items.map((item) => opts.item(item, name)) : items;
        },
    };
}
/**
 * KEY=VALUE pairs, one per line (values may contain `=` and commas, so lines only).
 * The value goes to a process as one argv element, never through a shell.
 */
function keyValues(opts = {}) {
    const keyPattern = opts.keyPattern ?? /^[A-Za-z_][A-Za-z0-9_.\-/]*$/;
    return {
        parse(raw, name) {
            return splitList(raw, /\n/).map((line) => {
                const eq = line.indexOf('=');
                const key = eq < 0 ? line : line.slice(0, eq).trim();
                if (eq < 0 || !keyPattern.test(key)) {
                    throw new InputError(name, `has an invalid line "${line}"`, opts.accepted ?? 'one KEY=VALUE pair per line');
                }
                const pair = [key, line.slice(eq + 1)];
                return pair;
            });
        },
    };
}
function integer(opts) {
    return {
        parse(raw, name) {
            if (raw === '')
                return opts.default;
            const value = Number(raw);
            const min = opts.min ?? Number.MIN_SAFE_INTEGER;
            const max = opts.max ?? Number.MAX_SAFE_INTEGER;
            if (!/^-?\d+$/.test(raw) || value < min || value > max) {
                throw new InputError(name, `has an invalid value "${raw}"`, `a whole number from ${min} to ${max}`);
            }
            return value;
        },
    };
}
const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
/** Parses `90s`, `5m`, `1h30m`, `2d` or a bare number of seconds into milliseconds. Pure. */
function parseDuration(raw) {
    if (/^\d+$/.test(raw))
        return Number(raw) * 1000;
    const parts = [...raw.matchAll(/(\d+)(ms|s|m|h|d)/g)];
    if (parts.length === 0 || parts.map((p) => p[0]).join('') !== raw)
        return undefined;
    return parts.reduce((total, p) => total + Number(p[1]) * UNIT_MS[p[2]], 0);
}
function duration(defaultValue) {
    return {
        parse(raw, name) {
            const ms = parseDuration(raw === '' ? defaultValue : raw);
            if (ms === undefined)
                throw new errors_InputError(name, `has an invalid duration "${raw}"`, 'a duration such as 90s, 5m, 1h30m or 2d');
            return ms;
        },
    };
}

// EXTERNAL MODULE: ../../node_modules/.pnpm/@actions+core@3.0.1_patch_hash=9b112b2e8afea31ab3564ad1e82f30cc25e3a12d31df5f2d490c87d9dd4297e9/node_modules/@actions/core/lib/core.js + 14 modules
var lib_core = __nccwpck_require__(939);
;// CONCATENATED MODULE: ../kit/src/secrets.ts

/**
 * Every credential an action is given or derives is registered here: the runner masks it
 * in the log (`::add-mask::`), and `redact` removes it from any text we build ourselves
 * (error messages, summaries, comments), which the runner's mask does not reach.
 */
const known = new Set();
/** The forms a secret commonly reappears in: base64 (Docker `auth`), URL- and JSON-escaped. */
function derivedForms(value) {
    const forms = [value, Buffer.from(value).toString('base64'), encodeURIComponent(value), JSON.stringify(value).slice(1, -1)];
    return [...new Set(forms)].filter((form) => form.length >= 3);
}
function registerSecret(value, mask = lib_core/* setSecret */.Pq) {
    if (!value)
        return;
    for (const form of derivedForms(value)) {
        if (known.has(form))
            continue;
        known.add(form);
        mask(form);
    }
}
/** Registers a username/password pair and the base64 `user:pass` that Docker configs hold. */
function registerCredentials(username, password, mask) {
    registerSecret(password, mask);
    if (username && password)
        registerSecret(`${username}:${password}`, mask);
}
function secrets_redact(text) {
    let out = text;
    // Longest first, so a secret that contains another is removed whole.
    for (const secret of [...known].sort((a, b) => b.length - a.length)) {
        out = out.split(secret).join('***');
    }
    return out;
}
/** For tests: forget what was registered. */
function resetSecrets() {
    known.clear();
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: ../kit/src/exec.ts




class ExecError extends Error {
    command;
    result;
    name = 'ExecError';
    constructor(command, result) {
        const tail = secrets_redact((result.stderr || result.stdout).trim().split('\n').slice(-5).join(' | '));
        super(`${command} exited with code ${result.exitCode}${tail ? `: ${tail}` : ''}`);
        this.command = command;
        this.result = result;
    }
}
function formatCommand(file, args) {
    return redact([file, ...args].map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : JSON.stringify(a))).join(' '));
}
const exec = (file, args, options = {}) => {
    const { stream = true, check = true } = options;
    const command = formatCommand(file, args);
    core.info(`[command]${command}`);
    return new Promise((resolve, reject) => {
        const child = spawn(file, [...args], {
            cwd: options.cwd,
            env: options.env ?? process.env,
            shell: false,
            stdio: ['pipe', 'pipe', 'pipe'],
        });
        const out = [];
        const err = [];
        const echo = (chunk) => {
            if (stream)
                process.stdout.write(redact(chunk.toString()));
        };
        child.stdout.on('data', (chunk) => (out.push(chunk), echo(chunk)));
        child.stderr.on('data', (chunk) => (err.push(chunk), echo(chunk)));
        child.on('error', (error) => {
            // spawn reports a missing cwd as ENOENT too, naming the program.
            if (error.code === 'ENOENT' && options.cwd && !existsSync(options.cwd))
                reject(new Error(`working directory ${options.cwd} does not exist`));
            else
                reject(error.code === 'ENOENT' ? new Error(`${file} was not found on PATH`) : error);
        });
        child.on('close', (code) => {
            const result = { exitCode: code ?? 1, stdout: Buffer.concat(out).toString(), stderr: Buffer.concat(err).toString() };
            if (check && result.exitCode !== 0)
                reject(new ExecError(command, result));
            else
                resolve(result);
        });
        // A program that exits without reading its input breaks the pipe (EPIPE); its exit code
        // tells what happened, so the error must not escape as an uncaught exception.
        child.stdin.on('error', () => undefined);
        child.stdin.end(options.input ?? '');
    });
};
/** Whether a program can be started at all (on PATH and executable). */
async function canRun(file, args = ['--version'], env) {
    return new Promise((resolve) => {
        const child = spawn(file, [...args], { shell: false, stdio: 'ignore', env: env ?? process.env });
        child.on('error', () => resolve(false));
        child.on('close', (code) => resolve(code === 0));
    });
}

;// CONCATENATED MODULE: ../kit/src/summary.ts


function escapeCell(value) {
    return String(value ?? '')
        .replace(/\|/g, '\\|')
        .replace(/\r?\n/g, '<br>');
}
function markdownTable(header, rows) {
    const line = (cells) => `| ${cells.map(escapeCell).join(' | ')} |`;
    return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
function code(value) {
    return `\`${value.replace(/`/g, "'")}\``;
}
async function writeSummary(markdown) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    await lib_core/* summary */.z.addRaw(secrets_redact(markdown), true).write();
}

;// CONCATENATED MODULE: ../kit/src/main.ts



/**
 * The one place an action turns a failure into its exit: a single `::error::` line, the
 * message redacted of every registered secret. The stack trace of an unexpected error is
 * shown only when step debug logging is on (ACTIONS_STEP_DEBUG → RUNNER_DEBUG / isDebug).
 */
async function runMain(action) {
    try {
        await action();
    }
    catch (error) {
        reportFailure(error);
    }
}
function reportFailure(error) {
    const message = error instanceof Error ? error.message : String(error);
    if (!isUserError(error) && error instanceof Error && error.stack && isStepDebug()) {
        lib_core/* debug */.Yz(secrets_redact(error.stack));
    }
    lib_core/* setFailed */.C1(secrets_redact(message).split('\n').join(' '));
}
function isStepDebug() {
    return lib_core/* isDebug */._o() || process.env.ACTIONS_STEP_DEBUG === 'true';
}

;// CONCATENATED MODULE: ../kit/src/context.ts


function readRunContext(env = process.env) {
    let payload = {};
    if (env.GITHUB_EVENT_PATH) {
        try {
            payload = JSON.parse((0,external_node_fs_namespaceObject.readFileSync)(env.GITHUB_EVENT_PATH, 'utf8'));
        }
        catch {
            payload = {};
        }
    }
    const serverUrl = env.GITHUB_SERVER_URL ?? 'https://github.com';
    const repository = env.GITHUB_REPOSITORY ?? '';
    return {
        eventName: env.GITHUB_EVENT_NAME ?? '',
        payload,
        sha: env.GITHUB_SHA ?? '',
        ref: env.GITHUB_REF ?? '',
        repository,
        serverUrl,
        runUrl: env.GITHUB_RUN_ID ? `${serverUrl}/${repository}/actions/runs/${env.GITHUB_RUN_ID}` : '',
        workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
        tempDir: env.RUNNER_TEMP ?? '',
    };
}
/** The string at `path` in an event payload; undefined when absent or not a string. */
function payloadString(payload, ...path) {
    const value = valueAt(payload, ...path);
    return typeof value === 'string' ? value : undefined;
}
/** The number at `path` in an event payload; undefined when absent or not a number. */
function payloadNumber(payload, ...path) {
    const value = valueAt(payload, ...path);
    return typeof value === 'number' ? value : undefined;
}

;// CONCATENATED MODULE: ../kit/src/index.ts










/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 939:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Yz: () => (/* binding */ debug),
  pq: () => (/* binding */ info),
  _o: () => (/* binding */ isDebug),
  C1: () => (/* binding */ setFailed),
  uH: () => (/* binding */ setOutput),
  Pq: () => (/* binding */ setSecret),
  z: () => (/* reexport */ summary),
  $e: () => (/* binding */ warning)
});

// UNUSED EXPORTS: ExitCode, addPath, endGroup, error, exportVariable, getBooleanInput, getIDToken, getInput, getMultilineInput, getState, group, markdownSummary, notice, platform, saveState, setCommandEcho, startGroup, toPlatformPath, toPosixPath, toWin32Path

// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(857);
;// CONCATENATED MODULE: ../../node_modules/.pnpm/@actions+core@3.0.1_patch_hash=9b112b2e8afea31ab3564ad1e82f30cc25e3a12d31df5f2d490c87d9dd4297e9/node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function utils_toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function utils_toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ../../node_modules/.pnpm/@actions+core@3.0.1_patch_hash=9b112b2e8afea31ab3564ad1e82f30cc25e3a12d31df5f2d490c87d9dd4297e9/node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function command_issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_.EOL);
}
function command_issue(name, message = '') {
    command_issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
;// CONCATENATED MODULE: external "crypto"
const external_crypto_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(9896);
;// CONCATENATED MODULE: ../../node_modules/.pnpm/@actions+core@3.0.1_patch_hash=9b112b2e8afea31ab3564ad1e82f30cc25e3a12d31df5f2d490c87d9dd4297e9/node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function file_command_issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_.appendFileSync(filePath, `${utils_toCommandValue(message)}${external_os_.EOL}`, {
        encoding: 'utf8'
    });
}
function file_command_prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_namespaceObject.randomUUID()}`;
    const convertedValue = utils_toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_.EOL}${convertedValue}${external_os_.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
;// CONCATENATED MODULE: external "path"
const external_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");
;// CONCATENATED MODULE: ../../node_modules/.pnpm/@actions+core@3.0.1_patch_hash=9b112b2e8afea31ab3564ad1e82f30cc25e3a12d31df5f2d490c87d9dd4297e9/node_modules/@actions/core/lib/summary.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = external_fs_.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return __awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_.constants.R_OK | external_fs_.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return __awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return __awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = (/* unused pure expression or super */ null && (_summary));
const summary = _summary;
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ../../node_modules/.pnpm/@actions+core@3.0.1_patch_hash=9b112b2e8afea31ab3564ad1e82f30cc25e3a12d31df5f2d490c87d9dd4297e9/node_modules/@actions/core/lib/path-utils.js

/**
 * toPosixPath converts the given path to the posix form. On Windows, \\ will be
 * replaced with /.
 *
 * @param pth. Path to transform.
 * @return string Posix path.
 */
function toPosixPath(pth) {
    return pth.replace(/[\\]/g, '/');
}
/**
 * toWin32Path converts the given path to the win32 form. On Linux, / will be
 * replaced with \\.
 *
 * @param pth. Path to transform.
 * @return string Win32 path.
 */
function toWin32Path(pth) {
    return pth.replace(/[/]/g, '\\');
}
/**
 * toPlatformPath converts the given path to a platform-specific path. It does
 * this by replacing instances of / and \ with the platform-specific path
 * separator.
 *
 * @param pth The path to platformize.
 * @return string The platform-specific path.
 */
function toPlatformPath(pth) {
    return pth.replace(/[/\\]/g, path.sep);
}
//# sourceMappingURL=path-utils.js.map
// EXTERNAL MODULE: external "string_decoder"
var external_string_decoder_ = __nccwpck_require__(3193);
// EXTERNAL MODULE: external "events"
var external_events_ = __nccwpck_require__(4434);
;// CONCATENATED MODULE: external "child_process"
const external_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");
// EXTERNAL MODULE: external "assert"
var external_assert_ = __nccwpck_require__(2613);
;// CONCATENATED MODULE: ../../node_modules/.pnpm/@actions+io@3.0.2/node_modules/@actions/io/lib/io-util.js
var io_util_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { chmod, copyFile, lstat, mkdir, open: io_util_open, readdir, rename, rm, rmdir, stat, symlink, unlink } = external_fs_.promises;
// export const {open} = 'fs'
const IS_WINDOWS = process.platform === 'win32';
/**
 * Custom implementation of readlink to ensure Windows junctions
 * maintain trailing backslash for backward compatibility with Node.js < 24
 *
 * In Node.js 20, Windows junctions (directory symlinks) always returned paths
 * with trailing backslashes. Node.js 24 removed this behavior, which breaks
 * code that relied on this format for path operations.
 *
 * This implementation restores the Node 20 behavior by adding a trailing
 * backslash to all junction results on Windows.
 */
function readlink(fsPath) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        const result = yield fs.promises.readlink(fsPath);
        // On Windows, restore Node 20 behavior: add trailing backslash to all results
        // since junctions on Windows are always directory links
        if (IS_WINDOWS && !result.endsWith('\\')) {
            return `${result}\\`;
        }
        return result;
    });
}
// See https://github.com/nodejs/node/blob/d0153aee367422d0858105abec186da4dff0a0c5/deps/uv/include/uv/win.h#L691
const UV_FS_O_EXLOCK = 0x10000000;
const READONLY = external_fs_.constants.O_RDONLY;
function exists(fsPath) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        try {
            yield stat(fsPath);
        }
        catch (err) {
            if (err.code === 'ENOENT') {
                return false;
            }
            throw err;
        }
        return true;
    });
}
function isDirectory(fsPath_1) {
    return io_util_awaiter(this, arguments, void 0, function* (fsPath, useStat = false) {
        const stats = useStat ? yield stat(fsPath) : yield lstat(fsPath);
        return stats.isDirectory();
    });
}
/**
 * On OSX/Linux, true if path starts with '/'. On Windows, true for paths like:
 * \, \hello, \\hello\share, C:, and C:\hello (and corresponding alternate separator cases).
 */
function isRooted(p) {
    p = normalizeSeparators(p);
    if (!p) {
        throw new Error('isRooted() parameter "p" cannot be empty');
    }
    if (IS_WINDOWS) {
        return (p.startsWith('\\') || /^[A-Z]:/i.test(p) // e.g. \ or \hello or \\hello
        ); // e.g. C: or C:\hello
    }
    return p.startsWith('/');
}
/**
 * Best effort attempt to determine whether a file exists and is executable.
 * @param filePath    file path to check
 * @param extensions  additional file extensions to try
 * @return if file exists and is executable, returns the file path. otherwise empty string.
 */
function tryGetExecutablePath(filePath, extensions) {
    return io_util_awaiter(this, void 0, void 0, function* () {
        let stats = undefined;
        try {
            // test file exists
            stats = yield stat(filePath);
        }
        catch (err) {
            if (err.code !== 'ENOENT') {
                // eslint-disable-next-line no-console
                console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
            }
        }
        if (stats && stats.isFile()) {
            if (IS_WINDOWS) {
                // on Windows, test for valid extension
                const upperExt = external_path_namespaceObject.extname(filePath).toUpperCase();
                if (extensions.some(validExt => validExt.toUpperCase() === upperExt)) {
                    return filePath;
                }
            }
            else {
                if (isUnixExecutable(stats)) {
                    return filePath;
                }
            }
        }
        // try each extension
        const originalFilePath = filePath;
        for (const extension of extensions) {
            filePath = originalFilePath + extension;
            stats = undefined;
            try {
                stats = yield stat(filePath);
            }
            catch (err) {
                if (err.code !== 'ENOENT') {
                    // eslint-disable-next-line no-console
                    console.log(`Unexpected error attempting to determine if executable file exists '${filePath}': ${err}`);
                }
            }
            if (stats && stats.isFile()) {
                if (IS_WINDOWS) {
                    // preserve the case of the actual file (since an extension was appended)
                    try {
                        const directory = external_path_namespaceObject.dirname(filePath);
                        const upperName = external_path_namespaceObject.basename(filePath).toUpperCase();
                        for (const actualName of yield readdir(directory)) {
                            if (upperName === actualName.toUpperCase()) {
                                filePath = external_path_namespaceObject.join(directory, actualName);
                                break;
                            }
                        }
                    }
                    catch (err) {
                        // eslint-disable-next-line no-console
                        console.log(`Unexpected error attempting to determine the actual case of the file '${filePath}': ${err}`);
                    }
                    return filePath;
                }
                else {
                    if (isUnixExecutable(stats)) {
                        return filePath;
                    }
                }
            }
        }
        return '';
    });
}
function normalizeSeparators(p) {
    p = p || '';
    if (IS_WINDOWS) {
        // convert slashes on Windows
        p = p.replace(/\//g, '\\');
        // remove redundant slashes
        return p.replace(/\\\\+/g, '\\');
    }
    // remove redundant slashes
    return p.replace(/\/\/+/g, '/');
}
// on Mac/Linux, test the execute bit
//     R   W  X  R  W X R W X
//   256 128 64 32 16 8 4 2 1
function isUnixExecutable(stats) {
    return ((stats.mode & 1) > 0 ||
        ((stats.mode & 8) > 0 &&
            process.getgid !== undefined &&
            stats.gid === process.getgid()) ||
        ((stats.mode & 64) > 0 &&
            process.getuid !== undefined &&
            stats.uid === process.getuid()));
}
// Get the path of cmd.exe in windows
function getCmdPath() {
    var _a;
    return (_a = process.env['COMSPEC']) !== null && _a !== void 0 ? _a : `cmd.exe`;
}
//# sourceMappingURL=io-util.js.map
;// CONCATENATED MODULE: ../../node_modules/.pnpm/@actions+io@3.0.2/node_modules/@actions/io/lib/io.js
var io_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



/**
 * Copies a file or folder.
 * Based off of shelljs - https://github.com/shelljs/shelljs/blob/9237f66c52e5daa40458f94f9565e18e8132f5a6/src/cp.js
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See CopyOptions.
 */
function cp(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        const { force, recursive, copySourceDirectory } = readCopyOptions(options);
        const destStat = (yield ioUtil.exists(dest)) ? yield ioUtil.stat(dest) : null;
        // Dest is an existing file, but not forcing
        if (destStat && destStat.isFile() && !force) {
            return;
        }
        // If dest is an existing directory, should copy inside.
        const newDest = destStat && destStat.isDirectory() && copySourceDirectory
            ? path.join(dest, path.basename(source))
            : dest;
        if (!(yield ioUtil.exists(source))) {
            throw new Error(`no such file or directory: ${source}`);
        }
        const sourceStat = yield ioUtil.stat(source);
        if (sourceStat.isDirectory()) {
            if (!recursive) {
                throw new Error(`Failed to copy. ${source} is a directory, but tried to copy without recursive flag.`);
            }
            else {
                yield cpDirRecursive(source, newDest, 0, force);
            }
        }
        else {
            if (path.relative(source, newDest) === '') {
                // a file cannot be copied to itself
                throw new Error(`'${newDest}' and '${source}' are the same file`);
            }
            yield io_copyFile(source, newDest, force);
        }
    });
}
/**
 * Moves a path.
 *
 * @param     source    source path
 * @param     dest      destination path
 * @param     options   optional. See MoveOptions.
 */
function mv(source_1, dest_1) {
    return io_awaiter(this, arguments, void 0, function* (source, dest, options = {}) {
        if (yield ioUtil.exists(dest)) {
            let destExists = true;
            if (yield ioUtil.isDirectory(dest)) {
                // If dest is directory copy src into dest
                dest = path.join(dest, path.basename(source));
                destExists = yield ioUtil.exists(dest);
            }
            if (destExists) {
                if (options.force == null || options.force) {
                    yield rmRF(dest);
                }
                else {
                    throw new Error('Destination already exists');
                }
            }
        }
        yield mkdirP(path.dirname(dest));
        yield ioUtil.rename(source, dest);
    });
}
/**
 * Remove a path recursively with force
 *
 * @param inputPath path to remove
 */
function rmRF(inputPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (ioUtil.IS_WINDOWS) {
            // Check for invalid characters
            // https://docs.microsoft.com/en-us/windows/win32/fileio/naming-a-file
            if (/[*"<>|]/.test(inputPath)) {
                throw new Error('File path must not contain `*`, `"`, `<`, `>` or `|` on Windows');
            }
        }
        try {
            // note if path does not exist, error is silent
            yield ioUtil.rm(inputPath, {
                force: true,
                maxRetries: 3,
                recursive: true,
                retryDelay: 300
            });
        }
        catch (err) {
            throw new Error(`File was unable to be removed ${err}`);
        }
    });
}
/**
 * Make a directory.  Creates the full path with folders in between
 * Will throw if it fails
 *
 * @param   fsPath        path to create
 * @returns Promise<void>
 */
function mkdirP(fsPath) {
    return io_awaiter(this, void 0, void 0, function* () {
        ok(fsPath, 'a path argument must be provided');
        yield ioUtil.mkdir(fsPath, { recursive: true });
    });
}
/**
 * Returns path of a tool had the tool actually been invoked.  Resolves via paths.
 * If you check and the tool does not exist, it will throw.
 *
 * @param     tool              name of the tool
 * @param     check             whether to check if tool exists
 * @returns   Promise<string>   path to tool
 */
function which(tool, check) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // recursive when check=true
        if (check) {
            const result = yield which(tool, false);
            if (!result) {
                if (IS_WINDOWS) {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also verify the file has a valid extension for an executable file.`);
                }
                else {
                    throw new Error(`Unable to locate executable file: ${tool}. Please verify either the file path exists or the file can be found within a directory specified by the PATH environment variable. Also check the file mode to verify the file is executable.`);
                }
            }
            return result;
        }
        const matches = yield findInPath(tool);
        if (matches && matches.length > 0) {
            return matches[0];
        }
        return '';
    });
}
/**
 * Returns a list of all occurrences of the given tool on the system path.
 *
 * @returns   Promise<string[]>  the paths of the tool
 */
function findInPath(tool) {
    return io_awaiter(this, void 0, void 0, function* () {
        if (!tool) {
            throw new Error("parameter 'tool' is required");
        }
        // build the list of extensions to try
        const extensions = [];
        if (IS_WINDOWS && process.env['PATHEXT']) {
            for (const extension of process.env['PATHEXT'].split(external_path_namespaceObject.delimiter)) {
                if (extension) {
                    extensions.push(extension);
                }
            }
        }
        // if it's rooted, return it if exists. otherwise return empty.
        if (isRooted(tool)) {
            const filePath = yield tryGetExecutablePath(tool, extensions);
            if (filePath) {
                return [filePath];
            }
            return [];
        }
        // if any path separators, return empty
        if (tool.includes(external_path_namespaceObject.sep)) {
            return [];
        }
        // build the list of directories
        //
        // Note, technically "where" checks the current directory on Windows. From a toolkit perspective,
        // it feels like we should not do this. Checking the current directory seems like more of a use
        // case of a shell, and the which() function exposed by the toolkit should strive for consistency
        // across platforms.
        const directories = [];
        if (process.env.PATH) {
            for (const p of process.env.PATH.split(external_path_namespaceObject.delimiter)) {
                if (p) {
                    directories.push(p);
                }
            }
        }
        // find all matches
        const matches = [];
        for (const directory of directories) {
            const filePath = yield tryGetExecutablePath(external_path_namespaceObject.join(directory, tool), extensions);
            if (filePath) {
                matches.push(filePath);
            }
        }
        return matches;
    });
}
function readCopyOptions(options) {
    const force = options.force == null ? true : options.force;
    const recursive = Boolean(options.recursive);
    const copySourceDirectory = options.copySourceDirectory == null
        ? true
        : Boolean(options.copySourceDirectory);
    return { force, recursive, copySourceDirectory };
}
function cpDirRecursive(sourceDir, destDir, currentDepth, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        // Ensure there is not a run away recursive copy
        if (currentDepth >= 255)
            return;
        currentDepth++;
        yield mkdirP(destDir);
        const files = yield ioUtil.readdir(sourceDir);
        for (const fileName of files) {
            const srcFile = `${sourceDir}/${fileName}`;
            const destFile = `${destDir}/${fileName}`;
            const srcFileStat = yield ioUtil.lstat(srcFile);
            if (srcFileStat.isDirectory()) {
                // Recurse
                yield cpDirRecursive(srcFile, destFile, currentDepth, force);
            }
            else {
                yield io_copyFile(srcFile, destFile, force);
            }
        }
        // Change the mode for the newly created directory
        yield ioUtil.chmod(destDir, (yield ioUtil.stat(sourceDir)).mode);
    });
}
// Buffered file copy
function io_copyFile(srcFile, destFile, force) {
    return io_awaiter(this, void 0, void 0, function* () {
        if ((yield ioUtil.lstat(srcFile)).isSymbolicLink()) {
            // unlink/re-link it
            try {
                yield ioUtil.lstat(destFile);
                yield ioUtil.unlink(destFile);
            }
            catch (e) {
                // Try to override file permission
                if (e.code === 'EPERM') {
                    yield ioUtil.chmod(destFile, '0666');
                    yield ioUtil.unlink(destFile);
                }
                // other errors = it doesn't exist, no work to do
            }
            // Copy over symlink
            const symlinkFull = yield ioUtil.readlink(srcFile);
            yield ioUtil.symlink(symlinkFull, destFile, ioUtil.IS_WINDOWS ? 'junction' : null);
        }
        else if (!(yield ioUtil.exists(destFile)) || force) {
            yield ioUtil.copyFile(srcFile, destFile);
        }
    });
}
//# sourceMappingURL=io.js.map
;// CONCATENATED MODULE: external "timers"
const external_timers_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");
;// CONCATENATED MODULE: ../../node_modules/.pnpm/@actions+exec@3.0.0/node_modules/@actions/exec/lib/toolrunner.js
var toolrunner_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};







/* eslint-disable @typescript-eslint/unbound-method */
const toolrunner_IS_WINDOWS = process.platform === 'win32';
/*
 * Class for running command line tools. Handles quoting and arg parsing in a platform agnostic way.
 */
class ToolRunner extends external_events_.EventEmitter {
    constructor(toolPath, args, options) {
        super();
        if (!toolPath) {
            throw new Error("Parameter 'toolPath' cannot be null or empty.");
        }
        this.toolPath = toolPath;
        this.args = args || [];
        this.options = options || {};
    }
    _debug(message) {
        if (this.options.listeners && this.options.listeners.debug) {
            this.options.listeners.debug(message);
        }
    }
    _getCommandString(options, noPrefix) {
        const toolPath = this._getSpawnFileName();
        const args = this._getSpawnArgs(options);
        let cmd = noPrefix ? '' : '[command]'; // omit prefix when piped to a second tool
        if (toolrunner_IS_WINDOWS) {
            // Windows + cmd file
            if (this._isCmdFile()) {
                cmd += toolPath;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows + verbatim
            else if (options.windowsVerbatimArguments) {
                cmd += `"${toolPath}"`;
                for (const a of args) {
                    cmd += ` ${a}`;
                }
            }
            // Windows (regular)
            else {
                cmd += this._windowsQuoteCmdArg(toolPath);
                for (const a of args) {
                    cmd += ` ${this._windowsQuoteCmdArg(a)}`;
                }
            }
        }
        else {
            // OSX/Linux - this can likely be improved with some form of quoting.
            // creating processes on Unix is fundamentally different than Windows.
            // on Unix, execvp() takes an arg array.
            cmd += toolPath;
            for (const a of args) {
                cmd += ` ${a}`;
            }
        }
        return cmd;
    }
    _processLineBuffer(data, strBuffer, onLine) {
        try {
            let s = strBuffer + data.toString();
            let n = s.indexOf(external_os_.EOL);
            while (n > -1) {
                const line = s.substring(0, n);
                onLine(line);
                // the rest of the string ...
                s = s.substring(n + external_os_.EOL.length);
                n = s.indexOf(external_os_.EOL);
            }
            return s;
        }
        catch (err) {
            // streaming lines to console is best effort.  Don't fail a build.
            this._debug(`error processing line. Failed with error ${err}`);
            return '';
        }
    }
    _getSpawnFileName() {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                return process.env['COMSPEC'] || 'cmd.exe';
            }
        }
        return this.toolPath;
    }
    _getSpawnArgs(options) {
        if (toolrunner_IS_WINDOWS) {
            if (this._isCmdFile()) {
                let argline = `/D /S /C "${this._windowsQuoteCmdArg(this.toolPath)}`;
                for (const a of this.args) {
                    argline += ' ';
                    argline += options.windowsVerbatimArguments
                        ? a
                        : this._windowsQuoteCmdArg(a);
                }
                argline += '"';
                return [argline];
            }
        }
        return this.args;
    }
    _endsWith(str, end) {
        return str.endsWith(end);
    }
    _isCmdFile() {
        const upperToolPath = this.toolPath.toUpperCase();
        return (this._endsWith(upperToolPath, '.CMD') ||
            this._endsWith(upperToolPath, '.BAT'));
    }
    _windowsQuoteCmdArg(arg) {
        // for .exe, apply the normal quoting rules that libuv applies
        if (!this._isCmdFile()) {
            return this._uvQuoteCmdArg(arg);
        }
        // otherwise apply quoting rules specific to the cmd.exe command line parser.
        // the libuv rules are generic and are not designed specifically for cmd.exe
        // command line parser.
        //
        // for a detailed description of the cmd.exe command line parser, refer to
        // http://stackoverflow.com/questions/4094699/how-does-the-windows-command-interpreter-cmd-exe-parse-scripts/7970912#7970912
        // need quotes for empty arg
        if (!arg) {
            return '""';
        }
        // determine whether the arg needs to be quoted
        const cmdSpecialChars = [
            ' ',
            '\t',
            '&',
            '(',
            ')',
            '[',
            ']',
            '{',
            '}',
            '^',
            '=',
            ';',
            '!',
            "'",
            '+',
            ',',
            '`',
            '~',
            '|',
            '<',
            '>',
            '"'
        ];
        let needsQuotes = false;
        for (const char of arg) {
            if (cmdSpecialChars.some(x => x === char)) {
                needsQuotes = true;
                break;
            }
        }
        // short-circuit if quotes not needed
        if (!needsQuotes) {
            return arg;
        }
        // the following quoting rules are very similar to the rules that by libuv applies.
        //
        // 1) wrap the string in quotes
        //
        // 2) double-up quotes - i.e. " => ""
        //
        //    this is different from the libuv quoting rules. libuv replaces " with \", which unfortunately
        //    doesn't work well with a cmd.exe command line.
        //
        //    note, replacing " with "" also works well if the arg is passed to a downstream .NET console app.
        //    for example, the command line:
        //          foo.exe "myarg:""my val"""
        //    is parsed by a .NET console app into an arg array:
        //          [ "myarg:\"my val\"" ]
        //    which is the same end result when applying libuv quoting rules. although the actual
        //    command line from libuv quoting rules would look like:
        //          foo.exe "myarg:\"my val\""
        //
        // 3) double-up slashes that precede a quote,
        //    e.g.  hello \world    => "hello \world"
        //          hello\"world    => "hello\\""world"
        //          hello\\"world   => "hello\\\\""world"
        //          hello world\    => "hello world\\"
        //
        //    technically this is not required for a cmd.exe command line, or the batch argument parser.
        //    the reasons for including this as a .cmd quoting rule are:
        //
        //    a) this is optimized for the scenario where the argument is passed from the .cmd file to an
        //       external program. many programs (e.g. .NET console apps) rely on the slash-doubling rule.
        //
        //    b) it's what we've been doing previously (by deferring to node default behavior) and we
        //       haven't heard any complaints about that aspect.
        //
        // note, a weakness of the quoting rules chosen here, is that % is not escaped. in fact, % cannot be
        // escaped when used on the command line directly - even though within a .cmd file % can be escaped
        // by using %%.
        //
        // the saving grace is, on the command line, %var% is left as-is if var is not defined. this contrasts
        // the line parsing rules within a .cmd file, where if var is not defined it is replaced with nothing.
        //
        // one option that was explored was replacing % with ^% - i.e. %var% => ^%var^%. this hack would
        // often work, since it is unlikely that var^ would exist, and the ^ character is removed when the
        // variable is used. the problem, however, is that ^ is not removed when %* is used to pass the args
        // to an external program.
        //
        // an unexplored potential solution for the % escaping problem, is to create a wrapper .cmd file.
        // % can be escaped within a .cmd file.
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\'; // double the slash
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '"'; // double the quote
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _uvQuoteCmdArg(arg) {
        // Tool runner wraps child_process.spawn() and needs to apply the same quoting as
        // Node in certain cases where the undocumented spawn option windowsVerbatimArguments
        // is used.
        //
        // Since this function is a port of quote_cmd_arg from Node 4.x (technically, lib UV,
        // see https://github.com/nodejs/node/blob/v4.x/deps/uv/src/win/process.c for details),
        // pasting copyright notice from Node within this function:
        //
        //      Copyright Joyent, Inc. and other Node contributors. All rights reserved.
        //
        //      Permission is hereby granted, free of charge, to any person obtaining a copy
        //      of this software and associated documentation files (the "Software"), to
        //      deal in the Software without restriction, including without limitation the
        //      rights to use, copy, modify, merge, publish, distribute, sublicense, and/or
        //      sell copies of the Software, and to permit persons to whom the Software is
        //      furnished to do so, subject to the following conditions:
        //
        //      The above copyright notice and this permission notice shall be included in
        //      all copies or substantial portions of the Software.
        //
        //      THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
        //      IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
        //      FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
        //      AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
        //      LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING
        //      FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS
        //      IN THE SOFTWARE.
        if (!arg) {
            // Need double quotation for empty argument
            return '""';
        }
        if (!arg.includes(' ') && !arg.includes('\t') && !arg.includes('"')) {
            // No quotation needed
            return arg;
        }
        if (!arg.includes('"') && !arg.includes('\\')) {
            // No embedded double quotes or backslashes, so I can just wrap
            // quote marks around the whole thing.
            return `"${arg}"`;
        }
        // Expected input/output:
        //   input : hello"world
        //   output: "hello\"world"
        //   input : hello""world
        //   output: "hello\"\"world"
        //   input : hello\world
        //   output: hello\world
        //   input : hello\\world
        //   output: hello\\world
        //   input : hello\"world
        //   output: "hello\\\"world"
        //   input : hello\\"world
        //   output: "hello\\\\\"world"
        //   input : hello world\
        //   output: "hello world\\" - note the comment in libuv actually reads "hello world\"
        //                             but it appears the comment is wrong, it should be "hello world\\"
        let reverse = '"';
        let quoteHit = true;
        for (let i = arg.length; i > 0; i--) {
            // walk the string in reverse
            reverse += arg[i - 1];
            if (quoteHit && arg[i - 1] === '\\') {
                reverse += '\\';
            }
            else if (arg[i - 1] === '"') {
                quoteHit = true;
                reverse += '\\';
            }
            else {
                quoteHit = false;
            }
        }
        reverse += '"';
        return reverse.split('').reverse().join('');
    }
    _cloneExecOptions(options) {
        options = options || {};
        const result = {
            cwd: options.cwd || process.cwd(),
            env: options.env || process.env,
            silent: options.silent || false,
            windowsVerbatimArguments: options.windowsVerbatimArguments || false,
            failOnStdErr: options.failOnStdErr || false,
            ignoreReturnCode: options.ignoreReturnCode || false,
            delay: options.delay || 10000
        };
        result.outStream = options.outStream || process.stdout;
        result.errStream = options.errStream || process.stderr;
        return result;
    }
    _getSpawnOptions(options, toolPath) {
        options = options || {};
        const result = {};
        result.cwd = options.cwd;
        result.env = options.env;
        result['windowsVerbatimArguments'] =
            options.windowsVerbatimArguments || this._isCmdFile();
        if (options.windowsVerbatimArguments) {
            result.argv0 = `"${toolPath}"`;
        }
        return result;
    }
    /**
     * Exec a tool.
     * Output will be streamed to the live console.
     * Returns promise with return code
     *
     * @param     tool     path to tool to exec
     * @param     options  optional exec options.  See ExecOptions
     * @returns   number
     */
    exec() {
        return toolrunner_awaiter(this, void 0, void 0, function* () {
            // root the tool path if it is unrooted and contains relative pathing
            if (!isRooted(this.toolPath) &&
                (this.toolPath.includes('/') ||
                    (toolrunner_IS_WINDOWS && this.toolPath.includes('\\')))) {
                // prefer options.cwd if it is specified, however options.cwd may also need to be rooted
                this.toolPath = external_path_namespaceObject.resolve(process.cwd(), this.options.cwd || process.cwd(), this.toolPath);
            }
            // if the tool is only a file name, then resolve it from the PATH
            // otherwise verify it exists (add extension on Windows if necessary)
            this.toolPath = yield which(this.toolPath, true);
            return new Promise((resolve, reject) => toolrunner_awaiter(this, void 0, void 0, function* () {
                this._debug(`exec tool: ${this.toolPath}`);
                this._debug('arguments:');
                for (const arg of this.args) {
                    this._debug(`   ${arg}`);
                }
                const optionsNonNull = this._cloneExecOptions(this.options);
                if (!optionsNonNull.silent && optionsNonNull.outStream) {
                    optionsNonNull.outStream.write(this._getCommandString(optionsNonNull) + external_os_.EOL);
                }
                const state = new ExecState(optionsNonNull, this.toolPath);
                state.on('debug', (message) => {
                    this._debug(message);
                });
                if (this.options.cwd && !(yield exists(this.options.cwd))) {
                    return reject(new Error(`The cwd: ${this.options.cwd} does not exist!`));
                }
                const fileName = this._getSpawnFileName();
                const cp = external_child_process_namespaceObject.spawn(fileName, this._getSpawnArgs(optionsNonNull), this._getSpawnOptions(this.options, fileName));
                let stdbuffer = '';
                if (cp.stdout) {
                    cp.stdout.on('data', (data) => {
                        if (this.options.listeners && this.options.listeners.stdout) {
                            this.options.listeners.stdout(data);
                        }
                        if (!optionsNonNull.silent && optionsNonNull.outStream) {
                            optionsNonNull.outStream.write(data);
                        }
                        stdbuffer = this._processLineBuffer(data, stdbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.stdline) {
                                this.options.listeners.stdline(line);
                            }
                        });
                    });
                }
                let errbuffer = '';
                if (cp.stderr) {
                    cp.stderr.on('data', (data) => {
                        state.processStderr = true;
                        if (this.options.listeners && this.options.listeners.stderr) {
                            this.options.listeners.stderr(data);
                        }
                        if (!optionsNonNull.silent &&
                            optionsNonNull.errStream &&
                            optionsNonNull.outStream) {
                            const s = optionsNonNull.failOnStdErr
                                ? optionsNonNull.errStream
                                : optionsNonNull.outStream;
                            s.write(data);
                        }
                        errbuffer = this._processLineBuffer(data, errbuffer, (line) => {
                            if (this.options.listeners && this.options.listeners.errline) {
                                this.options.listeners.errline(line);
                            }
                        });
                    });
                }
                cp.on('error', (err) => {
                    state.processError = err.message;
                    state.processExited = true;
                    state.processClosed = true;
                    state.CheckComplete();
                });
                cp.on('exit', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    this._debug(`Exit code ${code} received from tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                cp.on('close', (code) => {
                    state.processExitCode = code;
                    state.processExited = true;
                    state.processClosed = true;
                    this._debug(`STDIO streams have closed for tool '${this.toolPath}'`);
                    state.CheckComplete();
                });
                state.on('done', (error, exitCode) => {
                    if (stdbuffer.length > 0) {
                        this.emit('stdline', stdbuffer);
                    }
                    if (errbuffer.length > 0) {
                        this.emit('errline', errbuffer);
                    }
                    cp.removeAllListeners();
                    if (error) {
                        reject(error);
                    }
                    else {
                        resolve(exitCode);
                    }
                });
                if (this.options.input) {
                    if (!cp.stdin) {
                        throw new Error('child process missing stdin');
                    }
                    cp.stdin.end(this.options.input);
                }
            }));
        });
    }
}
/**
 * Convert an arg string to an array of args. Handles escaping
 *
 * @param    argString   string of arguments
 * @returns  string[]    array of arguments
 */
function argStringToArray(argString) {
    const args = [];
    let inQuotes = false;
    let escaped = false;
    let arg = '';
    function append(c) {
        // we only escape double quotes.
        if (escaped && c !== '"') {
            arg += '\\';
        }
        arg += c;
        escaped = false;
    }
    for (let i = 0; i < argString.length; i++) {
        const c = argString.charAt(i);
        if (c === '"') {
            if (!escaped) {
                inQuotes = !inQuotes;
            }
            else {
                append(c);
            }
            continue;
        }
        if (c === '\\' && escaped) {
            append(c);
            continue;
        }
        if (c === '\\' && inQuotes) {
            escaped = true;
            continue;
        }
        if (c === ' ' && !inQuotes) {
            if (arg.length > 0) {
                args.push(arg);
                arg = '';
            }
            continue;
        }
        append(c);
    }
    if (arg.length > 0) {
        args.push(arg.trim());
    }
    return args;
}
class ExecState extends external_events_.EventEmitter {
    constructor(options, toolPath) {
        super();
        this.processClosed = false; // tracks whether the process has exited and stdio is closed
        this.processError = '';
        this.processExitCode = 0;
        this.processExited = false; // tracks whether the process has exited
        this.processStderr = false; // tracks whether stderr was written to
        this.delay = 10000; // 10 seconds
        this.done = false;
        this.timeout = null;
        if (!toolPath) {
            throw new Error('toolPath must not be empty');
        }
        this.options = options;
        this.toolPath = toolPath;
        if (options.delay) {
            this.delay = options.delay;
        }
    }
    CheckComplete() {
        if (this.done) {
            return;
        }
        if (this.processClosed) {
            this._setResult();
        }
        else if (this.processExited) {
            this.timeout = (0,external_timers_namespaceObject.setTimeout)(ExecState.HandleTimeout, this.delay, this);
        }
    }
    _debug(message) {
        this.emit('debug', message);
    }
    _setResult() {
        // determine whether there is an error
        let error;
        if (this.processExited) {
            if (this.processError) {
                error = new Error(`There was an error when attempting to execute the process '${this.toolPath}'. This may indicate the process failed to start. Error: ${this.processError}`);
            }
            else if (this.processExitCode !== 0 && !this.options.ignoreReturnCode) {
                error = new Error(`The process '${this.toolPath}' failed with exit code ${this.processExitCode}`);
            }
            else if (this.processStderr && this.options.failOnStdErr) {
                error = new Error(`The process '${this.toolPath}' failed because one or more lines were written to the STDERR stream`);
            }
        }
        // clear the timeout
        if (this.timeout) {
            clearTimeout(this.timeout);
            this.timeout = null;
        }
        this.done = true;
        this.emit('done', error, this.processExitCode);
    }
    static HandleTimeout(state) {
        if (state.done) {
            return;
        }
        if (!state.processClosed && state.processExited) {
            const message = `The STDIO streams did not close within ${state.delay / 1000} seconds of the exit event from process '${state.toolPath}'. This may indicate a child process inherited the STDIO streams and has not yet exited.`;
            state._debug(message);
        }
        state._setResult();
    }
}
//# sourceMappingURL=toolrunner.js.map
;// CONCATENATED MODULE: ../../node_modules/.pnpm/@actions+exec@3.0.0/node_modules/@actions/exec/lib/exec.js
var exec_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


/**
 * Exec a command.
 * Output will be streamed to the live console.
 * Returns promise with return code
 *
 * @param     commandLine        command to execute (can include additional args). Must be correctly escaped.
 * @param     args               optional arguments for tool. Escaping is handled by the lib.
 * @param     options            optional exec options.  See ExecOptions
 * @returns   Promise<number>    exit code
 */
function exec_exec(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        const commandArgs = tr.argStringToArray(commandLine);
        if (commandArgs.length === 0) {
            throw new Error(`Parameter 'commandLine' cannot be null or empty.`);
        }
        // Path to tool to execute should be first arg
        const toolPath = commandArgs[0];
        args = commandArgs.slice(1).concat(args || []);
        const runner = new tr.ToolRunner(toolPath, args, options);
        return runner.exec();
    });
}
/**
 * Exec a command and get the output.
 * Output will be streamed to the live console.
 * Returns promise with the exit code and collected stdout and stderr
 *
 * @param     commandLine           command to execute (can include additional args). Must be correctly escaped.
 * @param     args                  optional arguments for tool. Escaping is handled by the lib.
 * @param     options               optional exec options.  See ExecOptions
 * @returns   Promise<ExecOutput>   exit code, stdout, and stderr
 */
function getExecOutput(commandLine, args, options) {
    return exec_awaiter(this, void 0, void 0, function* () {
        var _a, _b;
        let stdout = '';
        let stderr = '';
        //Using string decoder covers the case where a mult-byte character is split
        const stdoutDecoder = new StringDecoder('utf8');
        const stderrDecoder = new StringDecoder('utf8');
        const originalStdoutListener = (_a = options === null || options === void 0 ? void 0 : options.listeners) === null || _a === void 0 ? void 0 : _a.stdout;
        const originalStdErrListener = (_b = options === null || options === void 0 ? void 0 : options.listeners) === null || _b === void 0 ? void 0 : _b.stderr;
        const stdErrListener = (data) => {
            stderr += stderrDecoder.write(data);
            if (originalStdErrListener) {
                originalStdErrListener(data);
            }
        };
        const stdOutListener = (data) => {
            stdout += stdoutDecoder.write(data);
            if (originalStdoutListener) {
                originalStdoutListener(data);
            }
        };
        const listeners = Object.assign(Object.assign({}, options === null || options === void 0 ? void 0 : options.listeners), { stdout: stdOutListener, stderr: stdErrListener });
        const exitCode = yield exec_exec(commandLine, args, Object.assign(Object.assign({}, options), { listeners }));
        //flush any remaining characters
        stdout += stdoutDecoder.end();
        stderr += stderrDecoder.end();
        return {
            exitCode,
            stdout,
            stderr
        };
    });
}
//# sourceMappingURL=exec.js.map
;// CONCATENATED MODULE: ../../node_modules/.pnpm/@actions+core@3.0.1_patch_hash=9b112b2e8afea31ab3564ad1e82f30cc25e3a12d31df5f2d490c87d9dd4297e9/node_modules/@actions/core/lib/platform.js
var platform_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const getWindowsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout: version } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Version"', undefined, {
        silent: true
    });
    const { stdout: name } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Caption"', undefined, {
        silent: true
    });
    return {
        name: name.trim(),
        version: version.trim()
    };
});
const getMacOsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    var _a, _b, _c, _d;
    const { stdout } = yield exec.getExecOutput('sw_vers', undefined, {
        silent: true
    });
    const version = (_b = (_a = stdout.match(/ProductVersion:\s*(.+)/)) === null || _a === void 0 ? void 0 : _a[1]) !== null && _b !== void 0 ? _b : '';
    const name = (_d = (_c = stdout.match(/ProductName:\s*(.+)/)) === null || _c === void 0 ? void 0 : _c[1]) !== null && _d !== void 0 ? _d : '';
    return {
        name,
        version
    };
});
const getLinuxInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout } = yield exec.getExecOutput('lsb_release', ['-i', '-r', '-s'], {
        silent: true
    });
    const [name, version] = stdout.trim().split('\n');
    return {
        name,
        version
    };
});
const platform = external_os_.platform();
const arch = external_os_.arch();
const isWindows = platform === 'win32';
const isMacOS = platform === 'darwin';
const isLinux = platform === 'linux';
function getDetails() {
    return platform_awaiter(this, void 0, void 0, function* () {
        return Object.assign(Object.assign({}, (yield (isWindows
            ? getWindowsInfo()
            : isMacOS
                ? getMacOsInfo()
                : getLinuxInfo()))), { platform,
            arch,
            isWindows,
            isMacOS,
            isLinux });
    });
}
//# sourceMappingURL=platform.js.map
;// CONCATENATED MODULE: ../../node_modules/.pnpm/@actions+core@3.0.1_patch_hash=9b112b2e8afea31ab3564ad1e82f30cc25e3a12d31df5f2d490c87d9dd4297e9/node_modules/@actions/core/lib/core.js
var core_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};





/**
 * The code to exit an action
 */
var ExitCode;
(function (ExitCode) {
    /**
     * A code indicating that the action was successful
     */
    ExitCode[ExitCode["Success"] = 0] = "Success";
    /**
     * A code indicating that the action was a failure
     */
    ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
//-----------------------------------------------------------------------
// Variables
//-----------------------------------------------------------------------
/**
 * Sets env variable for this action and future actions in the job
 * @param name the name of the variable to set
 * @param val the value of the variable. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function exportVariable(name, val) {
    const convertedVal = toCommandValue(val);
    process.env[name] = convertedVal;
    const filePath = process.env['GITHUB_ENV'] || '';
    if (filePath) {
        return issueFileCommand('ENV', prepareKeyValueMessage(name, val));
    }
    issueCommand('set-env', { name }, convertedVal);
}
/**
 * Registers a secret which will get masked from logs
 *
 * @param secret - Value of the secret to be masked
 * @remarks
 * This function instructs the Actions runner to mask the specified value in any
 * logs produced during the workflow run. Once registered, the secret value will
 * be replaced with asterisks (***) whenever it appears in console output, logs,
 * or error messages.
 *
 * This is useful for protecting sensitive information such as:
 * - API keys
 * - Access tokens
 * - Authentication credentials
 * - URL parameters containing signatures (SAS tokens)
 *
 * Note that masking only affects future logs; any previous appearances of the
 * secret in logs before calling this function will remain unmasked.
 *
 * @example
 * ```typescript
 * // Register an API token as a secret
 * const apiToken = "abc123xyz456";
 * setSecret(apiToken);
 *
 * // Now any logs containing this value will show *** instead
 * console.log(`Using token: ${apiToken}`); // Outputs: "Using token: ***"
 * ```
 */
function setSecret(secret) {
    command_issueCommand('add-mask', {}, secret);
}
/**
 * Prepends inputPath to the PATH (for this action and future actions)
 * @param inputPath
 */
function addPath(inputPath) {
    const filePath = process.env['GITHUB_PATH'] || '';
    if (filePath) {
        issueFileCommand('PATH', inputPath);
    }
    else {
        issueCommand('add-path', {}, inputPath);
    }
    process.env['PATH'] = `${inputPath}${path.delimiter}${process.env['PATH']}`;
}
/**
 * Gets the value of an input.
 * Unless trimWhitespace is set to false in InputOptions, the value is also trimmed.
 * Returns an empty string if the value is not defined.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string
 */
function getInput(name, options) {
    const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options && options.required && !val) {
        throw new Error(`Input required and not supplied: ${name}`);
    }
    if (options && options.trimWhitespace === false) {
        return val;
    }
    return val.trim();
}
/**
 * Gets the values of an multiline input.  Each value is also trimmed.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string[]
 *
 */
function getMultilineInput(name, options) {
    const inputs = getInput(name, options)
        .split('\n')
        .filter(x => x !== '');
    if (options && options.trimWhitespace === false) {
        return inputs;
    }
    return inputs.map(input => input.trim());
}
/**
 * Gets the input value of the boolean type in the YAML 1.2 "core schema" specification.
 * Support boolean input list: `true | True | TRUE | false | False | FALSE` .
 * The return value is also in boolean type.
 * ref: https://yaml.org/spec/1.2/spec.html#id2804923
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   boolean
 */
function getBooleanInput(name, options) {
    const trueValue = ['true', 'True', 'TRUE'];
    const falseValue = ['false', 'False', 'FALSE'];
    const val = getInput(name, options);
    if (trueValue.includes(val))
        return true;
    if (falseValue.includes(val))
        return false;
    throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
        `Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
/**
 * Sets the value of an output.
 *
 * @param     name     name of the output to set
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function setOutput(name, value) {
    const filePath = process.env['GITHUB_OUTPUT'] || '';
    if (filePath) {
        return file_command_issueFileCommand('OUTPUT', file_command_prepareKeyValueMessage(name, value));
    }
    process.stdout.write(external_os_.EOL);
    command_issueCommand('set-output', { name }, utils_toCommandValue(value));
}
/**
 * Enables or disables the echoing of commands into stdout for the rest of the step.
 * Echoing is disabled by default if ACTIONS_STEP_DEBUG is not set.
 *
 */
function setCommandEcho(enabled) {
    issue('echo', enabled ? 'on' : 'off');
}
//-----------------------------------------------------------------------
// Results
//-----------------------------------------------------------------------
/**
 * Sets the action status to failed.
 * When the action exits it will be with an exit code of 1
 * @param message add error issue message
 */
function setFailed(message) {
    process.exitCode = ExitCode.Failure;
    error(message);
}
//-----------------------------------------------------------------------
// Logging Commands
//-----------------------------------------------------------------------
/**
 * Gets whether Actions Step Debug is on or not
 */
function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
/**
 * Writes debug message to user log
 * @param message debug message
 */
function debug(message) {
    command_issueCommand('debug', {}, message);
}
/**
 * Adds an error issue
 * @param message error issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function error(message, properties = {}) {
    command_issueCommand('error', utils_toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function warning(message, properties = {}) {
    command_issueCommand('warning', utils_toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a notice issue
 * @param message notice issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function notice(message, properties = {}) {
    issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Writes info to log with console.log.
 * @param message info message
 */
function info(message) {
    process.stdout.write(message + external_os_.EOL);
}
/**
 * Begin an output group.
 *
 * Output until the next `groupEnd` will be foldable in this group
 *
 * @param name The name of the output group
 */
function startGroup(name) {
    issue('group', name);
}
/**
 * End an output group.
 */
function endGroup() {
    issue('endgroup');
}
/**
 * Wrap an asynchronous function call in a group.
 *
 * Returns the same type as the function itself.
 *
 * @param name The name of the group
 * @param fn The function to wrap in the group
 */
function group(name, fn) {
    return core_awaiter(this, void 0, void 0, function* () {
        startGroup(name);
        let result;
        try {
            result = yield fn();
        }
        finally {
            endGroup();
        }
        return result;
    });
}
//-----------------------------------------------------------------------
// Wrapper action state
//-----------------------------------------------------------------------
/**
 * Saves state for current action, the state can only be retrieved by this action's post job execution.
 *
 * @param     name     name of the state to store
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function saveState(name, value) {
    const filePath = process.env['GITHUB_STATE'] || '';
    if (filePath) {
        return issueFileCommand('STATE', prepareKeyValueMessage(name, value));
    }
    issueCommand('save-state', { name }, toCommandValue(value));
}
/**
 * Gets the value of an state set by this action's main execution.
 *
 * @param     name     name of the state to get
 * @returns   string
 */
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
function getIDToken(aud) {
    return core_awaiter(this, void 0, void 0, function* () {
        const { OidcClient } = yield Promise.all(/* import() */[__nccwpck_require__.e(385), __nccwpck_require__.e(684)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5684));
        return yield OidcClient.getIDToken(aud);
    });
}
/**
 * Summary exports
 */

/**
 * @deprecated use core.summary
 */

/**
 * Path exports
 */

/**
 * Platform utilities exports
 */

//# sourceMappingURL=core.js.map

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat */
/******/ 
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = new URL('.', import.meta.url).pathname.slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(3887);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 

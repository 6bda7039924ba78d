import type { SimulationSummary } from '../../engine/api';
import type { Scenario } from '../../model';
import type { Finding } from '../types';
import { RULES } from '../rules';
import { barChartSvg } from './barChart';
import { chartCsv, chartRows } from './chartData';
import { settingsDifferingFromDefaults } from './defaultsDiff';
import { diagramSvg } from './diagramSvg';
import { esc } from './escape';
import { infracostUsageYaml } from './infracost';
import { EMBEDDED_SCENARIO_ID } from '../../io/reportFile';

export { EMBEDDED_SCENARIO_ID, extractEmbeddedScenario } from '../../io/reportFile';

export interface ReviewReportInput {
  scenario: Scenario;
  findings: readonly Finding[];
  summary: SimulationSummary;
}

const usd = (v: number): string => `$${v < 1 ? v.toFixed(4) : v.toFixed(2)}`;

/** JSON inside a <script> element: `<` escaped so no `</script>` can close it early. */
const scriptJson = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');

/** A single self-contained HTML file: no request leaves it, and it prints. */
export function buildReviewReport({ scenario, findings, summary }: ReviewReportInput): string {
  const rules = new Map(RULES.map((r) => [r.id, r]));
  const hot = new Set(findings.flatMap((f) => f.nodes));
  const rows = chartRows(summary);
  const findingRows = findings
    .map((f) => {
      const rule = rules.get(f.id);
      const source = rule ? `<a href="${esc(rule.sourceUrl)}">${esc(rule.sourceUrl.replace('https://docs.aws.amazon.com/', ''))}</a>` : '';
      return `<tr class="sev-${f.severity}"><td>${f.severity}</td><td><code>${esc(f.id)}</code><br><small>${esc(rule?.awsRule ?? '')} ${source}</small></td><td>${esc(f.nodes.join(', '))}</td><td>${esc(f.message)}</td><td>${esc(f.fix)}</td></tr>`;
    })
    .join('');
  const figureRows = Object.entries(summary.functions)
    .map(([id, f]) => `<tr><td>${esc(id)}</td><td>${f.invocations}</td><td>${f.coldStarts}</td><td>${f.throttles}</td><td>${f.errors}</td><td>${f.timeouts}</td><td>${f.maxConcurrency}</td><td>${f.durationMs.p50.toFixed(0)} / ${f.durationMs.p99.toFixed(0)}</td><td>${usd(f.cost.totalUSD)}</td></tr>`)
    .join('');
  const settings = settingsDifferingFromDefaults(scenario)
    .map((c) => `<tr><td><code>${esc(c.path)}</code></td><td>${esc(c.value)}</td><td>${esc(c.awsDefault)}</td></tr>`)
    .join('');
  const m = summary.monthlyProjection;
  const charts = [
    barChartSvg('Invocations', rows.map((r) => ({ label: r.functionId, value: r.invocations }))),
    barChartSvg('Cold starts', rows.map((r) => ({ label: r.functionId, value: r.coldStarts }))),
    barChartSvg('Throttles', rows.map((r) => ({ label: r.functionId, value: r.throttles }))),
    barChartSvg('Errors', rows.map((r) => ({ label: r.functionId, value: r.errors }))),
    barChartSvg('Cost of the run', rows.map((r) => ({ label: r.functionId, value: r.costUSD })), usd),
  ].join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>Review: ${esc(scenario.name)}</title>
<style>
body{font:14px/1.45 system-ui,sans-serif;margin:2rem;color:#101828;max-width:1100px}
h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #d0d5dd}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #d0d5dd;padding:4px 6px;text-align:left;vertical-align:top}
.sev-high td:first-child{color:#b42318;font-weight:700}.sev-medium td:first-child{color:#b54708;font-weight:700}
.diagram svg,.charts svg{max-width:100%;height:auto}small{color:#475467}
@media print{body{margin:0}section{break-inside:avoid}a{color:inherit}}
</style></head><body>
<h1>Architecture review: ${esc(scenario.name)}</h1>
<p>${esc(scenario.description)}</p>
<section id="diagram"><h2>Diagram</h2><div class="diagram">${diagramSvg(scenario, hot)}</div></section>
<section id="findings"><h2>Findings (${findings.length})</h2>${
    findings.length ? `<table><thead><tr><th>Severity</th><th>Rule</th><th>Nodes</th><th>What</th><th>Fix</th></tr></thead><tbody>${findingRows}</tbody></table>` : '<p>No findings.</p>'
  }</section>
<section id="figures"><h2>The run</h2><p>Seed ${summary.seed}, ${summary.simulatedSeconds} simulated seconds; account peak concurrency ${summary.account.maxConcurrency}.</p>
<table><thead><tr><th>Function</th><th>Invocations</th><th>Cold starts</th><th>Throttles</th><th>Errors</th><th>Timeouts</th><th>Peak concurrency</th><th>p50 / p99 ms</th><th>Cost</th></tr></thead><tbody>${figureRows}</tbody></table></section>
<section id="charts"><h2>Charts</h2><div class="charts">${charts}</div></section>
<section id="cost"><h2>Cost</h2><p>This run: <strong>${usd(summary.account.totalCostUSD)}</strong> (US East prices, no free tier).</p>
<p>Monthly projection (this run's traffic over 30 days, free tier applied): requests ${usd(m.requestsUSD)}, compute ${usd(m.computeUSD)}, provisioned ${usd(m.provisionedUSD)}, <strong>total ${usd(m.totalUSD)}</strong>.</p></section>
<section id="settings"><h2>Settings that differ from AWS defaults</h2>${
    settings ? `<table><thead><tr><th>Setting</th><th>Value</th><th>Default</th></tr></thead><tbody>${settings}</tbody></table>` : '<p>None: every setting is the AWS default.</p>'
  }</section>
<section id="data"><h2>Data</h2><p>The charts' data as CSV and an Infracost usage file are embedded below (and written beside the report by the command line).</p>
<pre id="csv">${esc(chartCsv(summary))}</pre><pre id="infracost">${esc(infracostUsageYaml(summary))}</pre></section>
<script type="application/json" id="${EMBEDDED_SCENARIO_ID}">${scriptJson(scenario)}</script>
</body></html>
`;
}

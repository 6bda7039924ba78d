import { runToEnd } from '../engine';
import { findingJson, reviewScenario, RUN_RULES } from '../review';
import { buildReviewReport } from '../review/report/html';
import { chartCsv } from '../review/report/chartData';
import { infracostUsageYaml } from '../review/report/infracost';
import { loadScenario } from './loadScenario';

export interface ReviewCliIo {
  readFile(path: string): string;
  writeFile(path: string, text: string): void;
  stdout(text: string): void;
  stderr(text: string): void;
}

export const REVIEW_USAGE = 'usage: npm run -s review -- path/to/scenario.json|template.yaml|report.html [--json] [--run] [--report out.html]';

/** `review FILE [--json] [--report out.html]`: prints the findings and exits 0; 2 on a bad file or usage. */
export function runReviewCli(args: readonly string[], io: ReviewCliIo): number {
  const json = args.includes('--json');
  // --run: run the scenario once, so the rules that read a run's figures take part (--report runs it anyway).
  const withRun = args.includes('--run');
  const reportAt = args.indexOf('--report');
  const reportPath = reportAt >= 0 ? args[reportAt + 1] : undefined;
  if (reportAt >= 0 && (!reportPath || reportPath.startsWith('--'))) {
    io.stderr(`--report: needs the path of the HTML file to write\n${REVIEW_USAGE}\n`);
    return 2;
  }
  const rest = args.filter((a, i) => a !== '--json' && a !== '--run' && (reportAt < 0 || (i !== reportAt && i !== reportAt + 1)));
  const unknown = rest.filter((a) => a.startsWith('--'));
  if (rest.length !== 1 || unknown.length > 0) {
    io.stderr(`${unknown.length > 0 ? `unknown option ${unknown[0]}\n` : ''}${REVIEW_USAGE}\n`);
    return 2;
  }
  const file = rest[0];
  const scenario = loadScenario(io, file);
  if (!scenario) return 2;
  const summary = reportPath || withRun ? runToEnd(scenario) : undefined;
  const findings = reviewScenario(scenario, summary);
  if (reportPath && summary) {
    try {
      io.writeFile(reportPath, buildReviewReport({ scenario: scenario, findings, summary }));
      const base = reportPath.replace(/\.html?$/i, '');
      io.writeFile(`${base}.csv`, chartCsv(summary));
      io.writeFile(`${base}.infracost-usage.yml`, infracostUsageYaml(summary));
    } catch (e) {
      io.stderr(`${reportPath}: cannot write the report (${e instanceof Error ? e.message : String(e)})\n`);
      return 2;
    }
  }
  if (json) io.stdout(`${JSON.stringify({ findings: findings.map(findingJson), ran: summary !== undefined }, null, 2)}\n`);
  else {
    if (findings.length === 0) io.stdout(`${scenario.name}: no findings.\n`);
    else {
      io.stdout(`${scenario.name}: ${findings.length} finding${findings.length === 1 ? '' : 's'}\n\n`);
      for (const f of findings) io.stdout(`[${f.severity}] ${f.id} (${f.nodes.join(', ')})\n  ${f.message}\n  fix: ${f.fix}\n\n`);
    }
    if (!summary) io.stdout(`${RUN_RULES.length} more rules read a run's figures (${RUN_RULES.map((r) => r.id).join(', ')}): add --run to include them.\n`);
  }
  if (reportPath && !json) io.stdout(`report written to ${reportPath} (with its .csv and .infracost-usage.yml beside it)\n`);
  return 0;
}

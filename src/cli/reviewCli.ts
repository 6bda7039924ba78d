import { runToEnd } from '../engine';
import { openScenarioText, type OpenResult } from '../io/scenarioFile';
import { isTemplateJson, looksLikeTemplate } from '../io/templateDetect';
import { openTemplateText } from '../io/templateImport';
import { findingJson, reviewScenario, RUN_RULES } from '../review';
import { buildReviewReport } from '../review/report/html';
import { chartCsv } from '../review/report/chartData';
import { infracostUsageYaml } from '../review/report/infracost';
import { readInput } from './readInput';

export interface ReviewCliIo {
  readFile(path: string): string;
  writeFile(path: string, text: string): void;
  stdout(text: string): void;
  stderr(text: string): void;
}

export const REVIEW_USAGE = 'usage: npm run -s review -- path/to/scenario.json|template.yaml|report.html [--json] [--run] [--report out.html]';

function isTemplate(text: string): boolean {
  try {
    return isTemplateJson(JSON.parse(text));
  } catch {
    return looksLikeTemplate(text);
  }
}

/** Opens a scenario or a SAM/CloudFormation template. */
export function openForReview(text: string, fileName: string): OpenResult {
  return isTemplate(text) ? openTemplateText(text, fileName) : openScenarioText(text, fileName);
}

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
  const text = readInput(io, file);
  if (text === null) return 2;
  const opened = openForReview(text, file);
  if (!opened.ok) {
    const lines = opened.issues.length > 0 ? opened.issues.map((i) => `${file}: ${i.path}: ${i.message}`).join('\n') : `${file}: ${opened.message}`;
    io.stderr(`${lines}\n`);
    return 2;
  }
  const summary = reportPath || withRun ? runToEnd(opened.scenario) : undefined;
  const findings = reviewScenario(opened.scenario, summary);
  if (reportPath && summary) {
    try {
      io.writeFile(reportPath, buildReviewReport({ scenario: opened.scenario, findings, summary }));
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
    if (findings.length === 0) io.stdout(`${opened.scenario.name}: no findings.\n`);
    else {
      io.stdout(`${opened.scenario.name}: ${findings.length} finding${findings.length === 1 ? '' : 's'}\n\n`);
      for (const f of findings) io.stdout(`[${f.severity}] ${f.id} (${f.nodes.join(', ')})\n  ${f.message}\n  fix: ${f.fix}\n\n`);
    }
    if (!summary) io.stdout(`${RUN_RULES.length} more rules read a run's figures (${RUN_RULES.map((r) => r.id).join(', ')}): add --run to include them.\n`);
  }
  if (reportPath && !json) io.stdout(`report written to ${reportPath} (with its .csv and .infracost-usage.yml beside it)\n`);
  return 0;
}

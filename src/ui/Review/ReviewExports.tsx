/**
 * The review's take-away files, from the diagram and its last finished run:
 * the report (one self-contained HTML file that reopens as the scenario), the
 * charts' data as CSV, an Infracost usage file, and PNGs of the diagram and
 * of each chart on screen.
 */
import { useState } from 'react';
import type { SimulationSummary } from '../../engine/api';
import { fileNameFor } from '../../io/scenarioFile';
import type { Scenario } from '../../model';
import type { Finding } from '../../review';
import { downloadBlob, downloadText } from '../download';
import { standaloneSvg, svgToPng } from './svgToPng';

interface Props {
  scenario: Scenario;
  findings: readonly Finding[];
  /** The last finished run of this diagram, or null. */
  run: SimulationSummary | null;
}

const pageBackground = () => getComputedStyle(document.body).backgroundColor || '#ffffff';

export function ReviewExports({ scenario, findings, run }: Props) {
  const [status, setStatus] = useState<string | null>(null);
  const base = fileNameFor(scenario).replace(/\.json$/, '');
  const guard = (what: string, work: () => Promise<string>) => async () => {
    setStatus(`Preparing ${what}…`);
    try {
      setStatus(await work());
    } catch (error) {
      setStatus(`Could not export ${what}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  const report = guard('the report', async () => {
    const { buildReviewReport } = await import('../../review/report/html');
    downloadText(`${base}-review.html`, buildReviewReport({ scenario, findings, summary: run! }), 'text/html');
    return `Saved ${base}-review.html to your downloads; open it in a browser, print it to PDF, or open it here as a scenario.`;
  });
  const csv = guard("the charts' data", async () => {
    const { chartCsv } = await import('../../review/report/chartData');
    downloadText(`${base}-figures.csv`, chartCsv(run!), 'text/csv');
    return `Saved ${base}-figures.csv to your downloads.`;
  });
  const infracost = guard('the Infracost usage file', async () => {
    const { infracostUsageYaml } = await import('../../review/report/infracost');
    downloadText(`${base}.infracost-usage.yml`, infracostUsageYaml(run!), 'text/yaml');
    return `Saved ${base}.infracost-usage.yml to your downloads.`;
  });
  const diagram = guard('the diagram', async () => {
    const { diagramSvg } = await import('../../review/report/diagramSvg');
    const hot = new Set(findings.flatMap((f) => f.nodes));
    downloadBlob(`${base}-diagram.png`, await svgToPng(diagramSvg(scenario, hot)));
    return `Saved ${base}-diagram.png to your downloads.`;
  });
  const charts = guard('the charts', async () => {
    const figures = [...document.querySelectorAll<HTMLElement>('figure.lp-chart[data-has-data="true"]')];
    const names: string[] = [];
    for (const figure of figures) {
      const svg = figure.querySelector<SVGSVGElement>('svg.recharts-surface');
      if (!svg) continue;
      const id = (figure.dataset.testid ?? 'chart').replace(/^chart-/, '');
      const name = `${base}-chart-${id}.png`;
      downloadBlob(name, await svgToPng(standaloneSvg(svg, pageBackground(), figure.getAttribute('aria-label') ?? id)));
      names.push(name);
    }
    return names.length ? `Saved ${names.length} chart${names.length === 1 ? '' : 's'} to your downloads (${names.join(', ')}).` : 'No chart has data yet: run the diagram first.';
  });

  return (
    <section className="lp-review-exports" aria-label="Export the review">
      <h4>Take away</h4>
      {!run && <p className="lp-review-hint">Run the diagram to the end to export the report, its data and the charts.</p>}
      <div className="lp-review-actions">
        <button type="button" disabled={!run} onClick={report}>
          Report (HTML)
        </button>
        <button type="button" disabled={!run} onClick={csv}>
          Figures (CSV)
        </button>
        <button type="button" disabled={!run} onClick={infracost}>
          Infracost usage
        </button>
        <button type="button" onClick={diagram}>
          Diagram (PNG)
        </button>
        <button type="button" onClick={charts}>
          Charts (PNG)
        </button>
      </div>
      {status && (
        <p className="lp-review-status" role="status">
          {status}
        </p>
      )}
    </section>
  );
}

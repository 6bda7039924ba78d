/** Replicate: N runs of one design under derived seeds, each figure's mean and 95 % interval. */
import { useMemo, useState } from 'react';
import { replicationScenarios } from '../../analysis/replicate';
import { poolSizeFor } from '../../worker/browserPool';
import { BandCharts } from './SeriesCharts';
import { DiagramProblem, JobStatus, useDiagramScenario } from './common';
import { designsOf, replicationView } from './decideModel';
import { anyRunning, useDecideStore } from './decideStore';

const MAX_REPLICATIONS = 200;

export function ReplicatePanel() {
  const parsed = useDiagramScenario();
  const job = useDecideStore((s) => s.replicate);
  const busy = useDecideStore(anyRunning);
  const start = useDecideStore((s) => s.start);
  const [countText, setCountText] = useState('10');
  const [designLetter, setDesignLetter] = useState('A');
  const scenario = parsed.ok ? parsed.scenario : null;
  const designs = useMemo(() => (scenario ? designsOf(scenario) : []), [scenario]);
  const design = designs.find((d) => d.letter === designLetter) ?? designs[0];
  const n = Number(countText);
  const countError = !Number.isInteger(n) || n < 2 || n > MAX_REPLICATIONS ? `Replications: a whole number from 2 to ${MAX_REPLICATIONS}` : null;
  const key = design ? `${design.letter}:${JSON.stringify(design.scenario)}` : '';
  const rows = useMemo(() => (job.result ? replicationView(job.result.summaries) : null), [job.result]);
  const series = job.result && job.result.series.length === job.result.summaries.length ? job.result.series : null;
  const cores = navigator.hardwareConcurrency || 1;
  const workers = poolSizeFor(cores);

  const run = () => {
    if (!design || countError) return;
    void start(
      'replicate',
      replicationScenarios(design.scenario, n),
      key,
      (results) => ({
        design: `${design.letter}: ${design.name}`,
        summaries: results.map((r) => r.summary),
        series: results.flatMap((r) => (r.series ? [r.series] : [])),
        seed: design.scenario.seed,
      }),
      true,
    );
  };

  return (
    <div className="lp-decide-tab">
      <p className="lp-decide-intro">
        One run is one sample of random arrivals. Replications run the same design under other seeds (replication 1 uses the scenario's seed) and give
        each figure's mean with its 95 % confidence interval. They run on {workers} worker{workers === 1 ? '' : 's'} ({cores} logical processor
        {cores === 1 ? '' : 's'} here, one left to the page); the figures do not depend on that number.
      </p>
      <DiagramProblem parsed={parsed} />
      {scenario && (
        <div className="lp-decide-actions">
          {designs.length > 1 && (
            <label className="lp-decide-inline">
              Design
              <select value={design?.letter} onChange={(e) => setDesignLetter(e.target.value)}>
                {designs.map((d) => (
                  <option key={d.letter} value={d.letter}>
                    {d.letter}: {d.name}
                  </option>
                ))}
              </select>
            </label>
          )}
          <label className="lp-decide-inline">
            Replications
            <input
              className="lp-decide-count"
              inputMode="numeric"
              value={countText}
              aria-invalid={countError !== null}
              onChange={(e) => setCountText(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') run();
              }}
            />
          </label>
          <button type="button" className="lp-decide-primary" disabled={busy || countError !== null} onClick={run}>
            Run replications
          </button>
          {busy && job.status !== 'running' && <span className="lp-decide-muted">Another analysis is running.</span>}
        </div>
      )}
      {countError && (
        <p className="lp-decide-error" role="alert">
          {countError}
        </p>
      )}
      <JobStatus kind="replicate" job={job} label="Replications" stale={job.key !== key} />
      {!rows && job.status === 'idle' && <p className="lp-decide-empty">No replications yet.</p>}
      {rows && job.result && (
        <div className="lp-decide-table-wrap">
          <table className="lp-decide-table" aria-label="Replication results">
            <caption>
              {job.result.summaries.length} replications of {job.result.design}, seeds derived from {job.result.seed}
            </caption>
            <thead>
              <tr>
                <th scope="col">Figure</th>
                <th scope="col">Mean</th>
                <th scope="col">95 % interval</th>
                <th scope="col">±</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.figure} data-testid={`replicate-${r.figure}`}>
                  <th scope="row">{r.label}</th>
                  <td>{r.mean}</td>
                  <td>{r.range}</td>
                  <td>{r.halfWidth}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {series && <BandCharts series={series} />}
    </div>
  );
}

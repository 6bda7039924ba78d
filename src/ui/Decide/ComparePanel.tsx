/** Compare: the diagram (A) and up to three variants, run on the same random arrivals, figure by figure. */
import { useMemo } from 'react';
import { MAX_VARIANTS, designLetter, type Scenario, type Variant } from '../../model';
import { useScenarioStore } from '../../store/useScenarioStore';
import { CompareCharts } from './SeriesCharts';
import { DiagramProblem, JobStatus, useDiagramScenario } from './common';
import { compareView, designsOf } from './decideModel';
import { anyRunning, useDecideStore } from './decideStore';
import { addVariant, withVariants } from './variantEdits';
import { VariantEditor } from './VariantEditor';

/** Puts the variants into the diagram (an undoable edit) when the schema accepts them; else says why. */
function commit(base: Scenario, next: Variant[]): string | null {
  const checked = withVariants(base, next);
  if (!checked.ok) return checked.message;
  useScenarioStore.getState().setMeta({ variants: next.length > 0 ? checked.scenario.variants : undefined });
  return null;
}

export function ComparePanel() {
  const parsed = useDiagramScenario();
  const job = useDecideStore((s) => s.compare);
  const busy = useDecideStore(anyRunning);
  const start = useDecideStore((s) => s.start);
  const scenario = parsed.ok ? parsed.scenario : null;
  const variants = scenario?.variants ?? [];
  const key = scenario ? JSON.stringify(scenario) : '';
  const view = useMemo(() => (job.result ? compareView(job.result.designs, job.result.summaries) : null), [job.result]);

  const run = () => {
    if (!scenario) return;
    const designs = designsOf(scenario);
    void start(
      'compare',
      designs.map((d) => d.scenario),
      key,
      (results) => ({
        designs: designs.map(({ letter, name }) => ({ letter, name })),
        summaries: results.map((r) => r.summary),
        series: results.flatMap((r) => (r.series ? [r.series] : [])),
        seed: scenario.seed,
      }),
      true,
    );
  };

  return (
    <div className="lp-decide-tab">
      <p className="lp-decide-intro">
        A is the diagram as it is. Make a variant, change its settings, and run them side by side: every design runs under the same seed
        {scenario ? ` (${scenario.seed})` : ''}, so each draws the same random arrivals where it agrees with A (common random numbers). Variants are saved
        in the scenario file and the share link.
      </p>
      <DiagramProblem parsed={parsed} />
      {scenario && (
        <>
          {variants.length === 0 && <p className="lp-decide-empty">No variants yet. Make one to compare a change of memory, limits or traffic with the diagram.</p>}
          {variants.map((_variant, i) => (
            <VariantEditor key={i} scenario={scenario} index={i} letter={designLetter(i + 1)} commit={(next) => commit(scenario, next)} />
          ))}
          <div className="lp-decide-actions">
            <button
              type="button"
              disabled={variants.length >= MAX_VARIANTS}
              title={variants.length >= MAX_VARIANTS ? 'At most three variants: A and B, C, D' : undefined}
              onClick={() => {
                const next = addVariant(variants);
                if (next) commit(scenario, next);
              }}
            >
              Make a variant
            </button>
            <button type="button" className="lp-decide-primary" disabled={variants.length === 0 || busy} onClick={run}>
              Run compare
            </button>
            {busy && job.status !== 'running' && <span className="lp-decide-muted">Another analysis is running.</span>}
          </div>
        </>
      )}
      <JobStatus kind="compare" job={job} label="Compare" stale={job.key !== key} />
      {view && job.result && (
        <>
          <ul className="lp-decide-sentences" aria-label="What changed">
            {view.sentences.map((s, i) => (
              <li key={i} data-testid="compare-sentence">
                {s}
              </li>
            ))}
          </ul>
          <div className="lp-decide-table-wrap">
            <table className="lp-decide-table" aria-label="Compare results">
              <caption>
                {job.result.designs.length} designs, seed {job.result.seed}; differences are against A
              </caption>
              <thead>
                <tr>
                  <th scope="col">Figure</th>
                  {view.designs.map((d) => (
                    <th scope="col" key={d.letter}>
                      {d.letter}: {d.name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {view.rows.map((r) => (
                  <tr key={r.figure}>
                    <th scope="row">{r.label}</th>
                    {r.cells.map((c, i) => (
                      <td key={i} data-testid={`compare-${r.figure}-${view.designs[i].letter}`}>
                        {c.value}
                        {c.difference !== null && <span className={`lp-decide-diff lp-decide-${c.verdict}`}> ({c.difference})</span>}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {job.result.series.length === job.result.designs.length && <CompareCharts designs={job.result.designs} series={job.result.series} />}
        </>
      )}
    </div>
  );
}

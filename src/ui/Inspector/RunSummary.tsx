/** After a run ends: what each function did and cost, as the command line's summary reports it. */
import { useRunStore } from '../../store/useRunStore';

const count = (n: number) => Math.round(n).toLocaleString('en-US');

export function RunSummary() {
  const summary = useRunStore((s) => s.summary);
  if (!summary) return null;
  const functions = Object.entries(summary.functions);
  return (
    <section className="lp-summary" aria-label="Run summary">
      <h3>Run summary ({count(summary.simulatedSeconds)} s simulated)</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">Function</th>
            <th scope="col">Invocations</th>
            <th scope="col">Cold</th>
            <th scope="col">Throttles</th>
            <th scope="col">Errors</th>
            <th scope="col">Max conc.</th>
            <th scope="col">p99 ms</th>
            <th scope="col">Cost $</th>
          </tr>
        </thead>
        <tbody>
          {functions.map(([id, f]) => (
            <tr key={id}>
              <th scope="row">{id}</th>
              <td>{count(f.invocations)}</td>
              <td>{count(f.coldStarts)}</td>
              <td>{count(f.throttles)}</td>
              <td>{count(f.errors)}</td>
              <td>{count(f.maxConcurrency)}</td>
              <td>{count(f.durationMs.p99)}</td>
              <td>{f.cost.totalUSD.toFixed(4)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="lp-field-help">
        Total ${summary.account.totalCostUSD.toFixed(4)} for this window (no free tier); this traffic for a 30-day month: $
        {summary.monthlyProjection.totalUSD.toFixed(2)} with the free tier applied.
      </p>
    </section>
  );
}

/**
 * After a run ends: what each function did and cost, as the command line's summary reports it.
 * One row per function, its figures laid out as a small card under the name (each with its
 * label), so every figure shows in the inspector's width without scrolling sideways.
 */
import { useRunStore } from '../../store/useRunStore';
import { formatCount, formatDurationMs, formatUSD } from '../format';

/** Counts stay exact up to ten million: a summary is read to compare with the command line. */
const EXACT_BELOW = 10_000_000;
const count = (n: number) => formatCount(n, EXACT_BELOW);

export function RunSummary() {
  const summary = useRunStore((s) => s.summary);
  if (!summary) return null;
  const functions = Object.entries(summary.functions);
  return (
    <section className="lp-summary" aria-label="Run summary">
      <h3>Run summary ({count(summary.simulatedSeconds)} s simulated)</h3>
      <table>
        {/* Column names are read by screen readers; on screen each figure carries its own label (see td::before). */}
        <thead className="lp-visually-hidden">
          <tr>
            <th scope="col">Function</th>
            <th scope="col">Invocations</th>
            <th scope="col">Cold</th>
            <th scope="col">Throttles</th>
            <th scope="col">Errors</th>
            <th scope="col">Max conc.</th>
            <th scope="col">p99</th>
            <th scope="col">Cost</th>
          </tr>
        </thead>
        <tbody>
          {functions.map(([id, f]) => (
            <tr key={id}>
              <th scope="row">{id}</th>
              <td data-label="Invocations">{count(f.invocations)}</td>
              <td data-label="Cold">{count(f.coldStarts)}</td>
              <td data-label="Throttles">{count(f.throttles)}</td>
              <td data-label="Errors">{count(f.errors)}</td>
              <td data-label="Max conc.">{count(f.maxConcurrency)}</td>
              <td data-label="p99">{formatDurationMs(f.durationMs.p99)}</td>
              <td data-label="Cost">{formatUSD(f.cost.totalUSD)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="lp-field-help">
        Total {formatUSD(summary.account.totalCostUSD)} for this window (no free tier); this traffic for a 30-day month:{' '}
        {formatUSD(summary.monthlyProjection.totalUSD)} with the free tier applied.
      </p>
    </section>
  );
}

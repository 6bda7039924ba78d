/** The bottom panel: live charts (filtered by function, windowed) and the event log. Loaded lazily with Recharts. */
import { useState } from 'react';
import type { RunState } from '../../store/runStore';
import type { ServiceNode } from '../../store/diagram';
import { runStore, useRunStore } from '../../store/useRunStore';
import { useScenarioStore } from '../../store/useScenarioStore';
import { useUiStore } from '../uiStore';
import { ChartCard } from './ChartCard';
import { chartKey, chartSpecs, type LegendEntry } from './chartSpecs';
import { EventLog } from './EventLog';
import { useThrottledRun } from './useThrottledRun';
// Styles load with the component; Vite bundles the file.
// oxlint-disable-next-line import/no-unassigned-import
import './dashboard.css';

const WINDOWS: readonly { label: string; ms: number | null }[] = [
  { label: 'whole run', ms: null },
  { label: 'last 1 min', ms: 60_000 },
  { label: 'last 10 min', ms: 600_000 },
  { label: 'last 1 h', ms: 3_600_000 },
];

const MONTH_SECONDS = 30 * 24 * 3600;

const clockOf = (s: RunState) => s.clockMs;

function CostFooter({ functionIds }: { functionIds: readonly string[] }) {
  const clockMs = useThrottledRun(clockOf, 1000);
  const summary = useRunStore((s) => s.summary);
  const table = runStore.getState().table;
  const costUSD = functionIds.reduce((sum, id) => sum + (table.total(`${id}/CostUSD`) ?? 0), 0);
  // The window's cost scaled to a 30-day month (free tier not applied) until the engine's own projection arrives.
  const projection = summary ? summary.monthlyProjection.totalUSD : clockMs > 0 ? (costUSD / clockMs) * 1000 * MONTH_SECONDS : 0;
  return (
    <p className="lp-cost" data-testid="cost-so-far">
      So far ${costUSD.toFixed(4)} · monthly projection ${projection.toFixed(2)}
      {summary ? ' (free tier applied)' : ''}
    </p>
  );
}

/**
 * The same spec objects while only positions change (a drag), so memoized
 * charts do not redraw: they depend on the nodes' ids, kinds, labels and configs.
 */
let cache: { key: unknown[]; specs: ReturnType<typeof chartSpecs>; colors: LegendEntry[] } | null = null;

function stableSpecs(nodes: readonly ServiceNode[], filter: string | null, accountLimit: number) {
  const key: unknown[] = [filter, accountLimit, ...nodes.flatMap((n) => [n.id, n.data.kind, n.data.label, n.data.config])];
  if (cache && cache.key.length === key.length && cache.key.every((v, i) => v === key[i])) return cache;
  cache = { key, specs: chartSpecs(nodes, filter, accountLimit), colors: chartKey(nodes, filter) };
  return cache;
}

/** Which colour is which function, queue or stream: one key for every chart, so no chart's legend grows with the diagram. */
function ColorKey({ entries }: { entries: readonly LegendEntry[] }) {
  if (entries.length === 0) return null;
  return (
    <ul className="lp-chart-key" aria-label="Line colours">
      {entries.map((entry) => (
        <li key={entry.label}>
          <span className="lp-swatch" style={{ background: entry.color }} />
          {entry.label}
        </li>
      ))}
    </ul>
  );
}

export default function Dashboard() {
  const nodes = useScenarioStore((s) => s.nodes);
  const accountLimit = useScenarioStore((s) => s.meta.account.concurrencyLimit);
  const functionFilter = useUiStore((s) => s.functionFilter);
  const setFunctionFilter = useUiStore((s) => s.setFunctionFilter);
  const [windowIndex, setWindowIndex] = useState(0);
  const functions = nodes.filter((n) => n.data.kind === 'function');
  const filter = functionFilter && functions.some((f) => f.id === functionFilter) ? functionFilter : null;
  const { specs, colors } = stableSpecs(nodes, filter, accountLimit);
  const costIds = functions.filter((f) => !filter || f.id === filter).map((f) => f.id);

  return (
    <section className="lp-dashboard" aria-label="Dashboard">
      <div className="lp-charts">
        <div className="lp-dashboard-head">
          <label>
            <span>Function</span>
            <select aria-label="Show charts for function" value={filter ?? ''} onChange={(e) => setFunctionFilter(e.target.value || null)}>
              <option value="">all functions</option>
              {functions.map((f) => (
                <option key={f.id} value={f.id}>
                  {f.data.label || f.id}
                </option>
              ))}
            </select>
          </label>
          <CostFooter functionIds={costIds} />
          <label>
            <span>Window</span>
            <select aria-label="Chart time window" value={windowIndex} onChange={(e) => setWindowIndex(Number(e.target.value))}>
              {WINDOWS.map((w, i) => (
                <option key={w.label} value={i}>
                  {w.label}
                </option>
              ))}
            </select>
          </label>
        </div>
        <ColorKey entries={colors} />
        {/* One keyboard stop for all the charts: the scrolling grid, which arrow keys scroll; the charts inside are images. */}
        <div className="lp-chart-grid" role="region" aria-label="Charts" tabIndex={0}>
          {specs.map((spec) => (
            <ChartCard key={spec.id} spec={spec} windowMs={WINDOWS[windowIndex].ms} />
          ))}
        </div>
      </div>
      <EventLog functionFilter={filter} />
    </section>
  );
}

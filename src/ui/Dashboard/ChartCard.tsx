/** One live chart: Recharts without animation, fed windowed and thinned rows from the run store. */
import { memo, useRef } from 'react';
import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { RunState } from '../../store/runStore';
import { runStore } from '../../store/useRunStore';
import { formatClock } from '../Toolbar/formatClock';
import { chartRows } from './chartData';
import type { ChartSpec } from './chartSpecs';
import { useOnScreen, useThrottledRun } from './useThrottledRun';

/** Charts redraw about twice a second. */
const CHART_REDRAW_MS = 500;
const versionOf = (s: RunState) => s.version;

const COLORS = ['#4f9cf9', '#f5a524', '#17c964', '#f31260', '#9353d3', '#06b6d4', '#ff7a45', '#a3e635'];

function formatValue(value: number): string {
  if (!Number.isFinite(value)) return '–';
  const abs = Math.abs(value);
  if (abs >= 1e6) return `${(value / 1e6).toFixed(1)}M`;
  if (abs >= 1e3) return `${(value / 1e3).toFixed(1)}k`;
  if (abs >= 10 || Number.isInteger(value)) return value.toFixed(0);
  if (abs >= 0.01) return value.toFixed(2);
  return value.toExponential(1);
}

function ChartCardView({ spec, windowMs }: { spec: ChartSpec; windowMs: number | null }) {
  const figure = useRef<HTMLElement>(null);
  const onScreen = useOnScreen(figure);
  // The table is mutable: `version` says when it changed.
  useThrottledRun(versionOf, CHART_REDRAW_MS, onScreen);
  const rows = chartRows(runStore.getState().table, spec.lines.map((l) => l.key), windowMs);
  const hasRight = spec.lines.some((l) => l.right);
  const hasData = rows.some((row) => spec.lines.some((l) => row[l.key] !== null));

  return (
    <figure ref={figure} className="lp-chart" data-testid={`chart-${spec.id}`} data-has-data={hasData} aria-label={spec.title}>
      <figcaption>{spec.title}</figcaption>
      {spec.empty ? (
        <p className="lp-chart-empty">{spec.empty}</p>
      ) : (
        <div className="lp-chart-body">
          <ResponsiveContainer width="100%" height="100%">
            <LineChart data={rows} margin={{ top: 4, right: 8, bottom: 0, left: 0 }}>
              <CartesianGrid strokeDasharray="3 3" stroke="var(--lp-grid)" />
              <XAxis
                dataKey="t"
                type="number"
                domain={['dataMin', 'dataMax']}
                tickFormatter={(t: number) => formatClock(t * 1000)}
                tick={{ fontSize: 10, fill: 'var(--lp-muted)' }}
                minTickGap={24}
              />
              <YAxis yAxisId="left" width={44} tick={{ fontSize: 10, fill: 'var(--lp-muted)' }} tickFormatter={formatValue} />
              {hasRight && <YAxis yAxisId="right" orientation="right" width={44} tick={{ fontSize: 10, fill: 'var(--lp-muted)' }} tickFormatter={formatValue} />}
              <Tooltip
                isAnimationActive={false}
                labelFormatter={(t) => `t = ${formatClock(Number(t) * 1000)}`}
                formatter={(value) => (typeof value === 'number' ? formatValue(value) : String(value))}
                contentStyle={{ background: 'var(--lp-panel)', border: '1px solid var(--lp-border)', fontSize: 11 }}
              />
              {spec.refs.map((ref) => (
                <ReferenceLine
                  key={ref.label}
                  yAxisId="left"
                  y={ref.y}
                  stroke="var(--lp-warn)"
                  strokeDasharray="4 3"
                  ifOverflow={ref.overflow}
                  label={{ value: ref.label, fontSize: 10, fill: 'var(--lp-muted)', position: 'insideTopRight' }}
                />
              ))}
              {spec.lines.map((line, i) => (
                <Line
                  key={line.key}
                  yAxisId={line.right ? 'right' : 'left'}
                  dataKey={line.key}
                  name={line.name}
                  stroke={COLORS[i % COLORS.length]}
                  dot={false}
                  strokeWidth={1.5}
                  isAnimationActive={false}
                  connectNulls
                />
              ))}
            </LineChart>
          </ResponsiveContainer>
        </div>
      )}
      {spec.note && <p className="lp-chart-footer">{spec.note}</p>}
      {!spec.empty && (
        <ul className="lp-chart-legend">
          {spec.lines.map((line, i) => (
            <li key={line.key}>
              <span className="lp-swatch" style={{ background: COLORS[i % COLORS.length] }} />
              {line.name}
            </li>
          ))}
        </ul>
      )}
    </figure>
  );
}

export const ChartCard = memo(ChartCardView);

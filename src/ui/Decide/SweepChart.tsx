/** Cost against p50, p95 and p99 duration, one point a memory size, with the three choices marked. */
import { CartesianGrid, LabelList, Legend, ReferenceDot, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts';
import { formatDurationMs, formatUSD } from '../format';
import { sweepPointLabels, type SweepView } from './decideModel';

const SERIES = [
  { key: 'p50Ms', name: 'p50', color: '#17c964' },
  { key: 'p95Ms', name: 'p95', color: '#4f9cf9' },
  { key: 'p99Ms', name: 'p99', color: '#f5a524' },
] as const;

const tick = (format: (v: number) => string, dy: string) =>
  function Tick({ x, y, textAnchor, payload }: { x?: number | string; y?: number | string; textAnchor?: 'start' | 'middle' | 'end' | 'inherit'; payload?: { value?: unknown } }) {
    return (
      <text x={x} y={y} dy={dy} textAnchor={textAnchor} fontSize={10} fill="var(--lp-muted)">
        {format(Number(payload?.value))}
      </text>
    );
  };
const CostTick = tick(formatUSD, '0.71em');
const MsTick = tick(formatDurationMs, '0.355em');

/** A memory size over its p95 point, as plain SVG text (never wrapped); blank where it would crowd the one before. */
function SizeLabel({ x, y, value }: { x?: number | string; y?: number | string; value?: unknown }) {
  if (typeof value !== 'string' || value === '') return null;
  return (
    <text x={Number(x)} y={Number(y) - 8} textAnchor="middle" fontSize={10} fill="var(--lp-muted)">
      {value}
    </text>
  );
}

export function SweepChart({ view }: { view: SweepView }) {
  const { balanced, cheapest, fastest } = view.choice;
  const labels = sweepPointLabels(view.rows);
  return (
    <figure className="lp-decide-chart" aria-label="Cost against duration, one point a memory size">
      <ResponsiveContainer width="100%" height="100%">
        <ScatterChart margin={{ top: 16, right: 24, bottom: 8, left: 8 }}>
          <CartesianGrid stroke="var(--lp-grid)" />
          <XAxis type="number" dataKey="costUSD" name="Cost" domain={['auto', 'auto']} tick={CostTick} stroke="var(--lp-border)" height={24} />
          <YAxis type="number" dataKey="ms" name="Duration" domain={[0, 'auto']} tick={MsTick} stroke="var(--lp-border)" width={56} />
          <Tooltip
            isAnimationActive={false}
            contentStyle={{ background: 'var(--lp-panel)', border: '1px solid var(--lp-border)', color: 'var(--lp-text)' }}
            formatter={(value, name) => (name === 'Cost' ? formatUSD(Number(value)) : formatDurationMs(Number(value)))}
          />
          <Legend verticalAlign="top" height={20} wrapperStyle={{ fontSize: 11 }} />
          {SERIES.map((s) => (
            <Scatter
              key={s.key}
              name={s.name}
              // In order of cost, so that the line of each percentile runs left to right across architectures too.
              data={view.rows.map((r, i) => ({ costUSD: r.costUSD, ms: r[s.key], label: labels[i] })).sort((a, b) => a.costUSD - b.costUSD)}
              fill={s.color}
              line={{ stroke: s.color, strokeWidth: 1 }}
              isAnimationActive={false}
            >
              {s.key === 'p95Ms' && <LabelList dataKey="label" content={SizeLabel} />}
            </Scatter>
          ))}
          <ReferenceDot x={cheapest.costUSD} y={cheapest.p95Ms} r={7} fill="none" stroke="var(--lp-ok)" strokeWidth={2} />
          <ReferenceDot x={fastest.costUSD} y={fastest.p95Ms} r={7} fill="none" stroke="var(--lp-accent)" strokeWidth={2} />
          <ReferenceDot x={balanced.costUSD} y={balanced.p95Ms} r={10} fill="none" stroke="var(--lp-warn)" strokeWidth={2} />
        </ScatterChart>
      </ResponsiveContainer>
      <figcaption className="lp-decide-muted">
        Labels: memory in MB. Circles on the p95 line: <span className="lp-decide-key-ok">cheapest</span>, <span className="lp-decide-key-fast">fastest</span>,{' '}
        <span className="lp-decide-key-bal">balanced</span>.
      </figcaption>
    </figure>
  );
}

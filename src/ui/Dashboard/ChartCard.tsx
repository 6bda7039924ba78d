/** One live chart: Recharts without animation, fed windowed and thinned rows from the run store. */
import { memo, useMemo, useRef, type ReactNode } from 'react';
import { CartesianGrid, Curve, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis, type LineDrawShapeProps } from 'recharts';
import { runStore } from '../../store/useRunStore';
import { formatClock, formatRunTime } from '../Toolbar/formatClock';
import { chartRows, MAX_CHART_POINTS, type ChartRow } from './chartData';
import { timeTicks } from './timeTicks';
import type { ChartSpec } from './chartSpecs';
import { LINES_AT_FULL_RATE, useChartTurn } from './chartTurns';
import { useOnScreen } from './useThrottledRun';

/** A chart of many lines draws fewer points, so that no redraw holds the main thread for long. */
const POINTS_PER_CHART = 400;
/** Points a chart of many lines draws in all: Recharts' redraw grows with points, and holds the main thread for all of it. */
const POINTS_PER_BUSY_CHART = 240;
const FEWEST_POINTS_PER_LINE = 30;

function pointsFor(lines: number): number {
  const budget = lines > LINES_AT_FULL_RATE ? POINTS_PER_BUSY_CHART : POINTS_PER_CHART;
  return Math.max(FEWEST_POINTS_PER_LINE, Math.min(MAX_CHART_POINTS, Math.floor(budget / Math.max(1, lines))));
}

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

interface TickProps {
  x?: number | string;
  y?: number | string;
  textAnchor?: 'start' | 'middle' | 'end' | 'inherit';
  payload?: { value?: unknown };
}

/**
 * Axis labels drawn as plain SVG text. Recharts' own tick text measures every
 * new label in the DOM to wrap it, which forces a layout of the whole page
 * (a large diagram included) on each redraw; these short labels never wrap.
 */
function tickOf(format: (value: number) => string, dy: string) {
  return function Tick({ x, y, textAnchor, payload }: TickProps) {
    return (
      <text x={x} y={y} dy={dy} textAnchor={textAnchor} fontSize={10} fill="var(--lp-muted)">
        {format(Number(payload?.value))}
      </text>
    );
  };
}

// Ticks fall on whole seconds (timeTicks.ts).
const TimeTick = tickOf(formatRunTime, '0.71em');
const ValueTick = tickOf(formatValue, '0.355em');

/**
 * The line as a plain curve, without the path ref of Recharts' own shape: the
 * Line reads that path's length on every redraw (for an entrance animation we
 * never play), and the read forces a style and layout of the whole page.
 */
function StreamingCurve({ pathRef: _measured, visibleLength: _reveal, animationElapsedTime: _elapsed, isAnimating: _animating, isEntrance: _entrance, ...curve }: LineDrawShapeProps) {
  return <Curve {...curve} />;
}

/**
 * Props Recharts keeps in its own store are built once: a new object on each
 * redraw (a margin, a domain) makes the chart store the same value again and
 * recompute every selector of the chart.
 */
const TIME_DOMAIN = ['dataMin', 'dataMax'];
const MARGIN = { top: 4, right: 20, bottom: 0, left: 0 };
const TOOLTIP_STYLE = { background: 'var(--lp-panel)', border: '1px solid var(--lp-border)', fontSize: 11 };
const formatTooltipLabel = (t: unknown) => `t = ${formatClock(Number(t) * 1000)}`;
const formatTooltipValue = (value: unknown) => (typeof value === 'number' ? formatValue(value) : String(value));

/**
 * Everything in a chart but its data and time axis, built once per spec:
 * Recharts re-registers a reference line each time it renders (an effect
 * without dependencies, two store updates that recompute every selector of
 * the chart), so these elements are kept the same from redraw to redraw and
 * React skips them.
 */
function chartParts(spec: ChartSpec): ReactNode {
  const hasRight = spec.lines.some((l) => l.right);
  return (
    <>
      <CartesianGrid strokeDasharray="3 3" stroke="var(--lp-grid)" />
      <YAxis yAxisId="left" width={44} tick={ValueTick} interval={0} tickCount={5} />
      {hasRight && (
        <YAxis
          yAxisId="right"
          orientation="right"
          width={44}
          tick={ValueTick}
          interval={0}
          tickCount={5}
        />
      )}
      <Tooltip
        isAnimationActive={false}
        labelFormatter={formatTooltipLabel}
        formatter={formatTooltipValue}
        contentStyle={TOOLTIP_STYLE}
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
          shape={StreamingCurve}
          connectNulls
        />
      ))}
    </>
  );
}

/** The rows' round-time ticks as a string: the same string while the run moves between two ticks. */
function timeTicksKey(rows: readonly ChartRow[]): string {
  return rows.length < 2 ? '' : timeTicks(rows[0].t ?? 0, rows[rows.length - 1].t ?? 0).join(' ');
}

/**
 * The time axis, drawn again only when its ticks move: Recharts stores an
 * axis's props anew each time the axis renders, and every selector of the
 * chart then runs again. With the ticks given and interval 0, Recharts draws
 * them as they are instead of measuring label widths (a forced page layout).
 */
const TimeAxis = memo(function TimeAxis({ ticksKey }: { ticksKey: string }) {
  const ticks = ticksKey ? ticksKey.split(' ').map(Number) : [];
  return <XAxis dataKey="t" type="number" domain={TIME_DOMAIN} tick={TimeTick} ticks={ticks} interval={0} />;
});

function ChartCardView({ spec, windowMs }: { spec: ChartSpec; windowMs: number | null }) {
  const figure = useRef<HTMLElement>(null);
  const onScreen = useOnScreen(figure);
  // The table is mutable: `version` says when it changed; the chart redraws on its turn.
  const lineCount = spec.lines.length;
  useChartTurn(onScreen, lineCount);
  const rows = chartRows(runStore.getState().table, spec.lines.map((l) => l.key), windowMs, pointsFor(lineCount));
  const parts = useMemo(() => chartParts(spec), [spec]);
  const hasData = rows.some((row) => spec.lines.some((l) => row[l.key] !== null));

  return (
    <figure ref={figure} className="lp-chart" data-testid={`chart-${spec.id}`} data-has-data={hasData} aria-label={spec.title}>
      <figcaption>{spec.title}</figcaption>
      {spec.empty ? (
        <p className="lp-chart-empty">{spec.empty}</p>
      ) : (
        <div className="lp-chart-body">
          <ResponsiveContainer width="100%" height="100%">
            <LineChart data={rows} margin={MARGIN}>
              <TimeAxis ticksKey={timeTicksKey(rows)} />
              {parts}
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

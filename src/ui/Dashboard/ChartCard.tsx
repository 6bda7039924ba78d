/** One live chart: Recharts without animation, fed windowed and thinned rows of the dashboard's shared frame. */
import { memo, useId, useMemo, useRef, type ReactNode } from 'react';
import { CartesianGrid, Curve, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis, type LineDrawShapeProps } from 'recharts';
import { runStore } from '../../store/useRunStore';
import { formatClock, formatRunTime } from '../Toolbar/formatClock';
import { chartRows, MAX_CHART_POINTS } from './chartData';
import { legendOf, type ChartSpec, type LegendEntry, type Stroke } from './chartSpecs';
import { axisMax, chartText } from './chartText';
import { timeDomain } from './timeTicks';
import { LINES_AT_FULL_RATE, useChartFrame } from './chartTurns';
import { useOnScreen } from './useThrottledRun';
import { axisFormatter, axisTicks, formatValue, type ValueKind } from './valueAxis';

/** A chart of many lines draws fewer points, so that no redraw holds the main thread for long. */
const POINTS_PER_CHART = 400;
/** Points a chart of many lines draws in all: Recharts' redraw grows with points, and holds the main thread for all of it. */
const POINTS_PER_BUSY_CHART = 240;
const FEWEST_POINTS_PER_LINE = 30;

function pointsFor(lines: number): number {
  const budget = lines > LINES_AT_FULL_RATE ? POINTS_PER_BUSY_CHART : POINTS_PER_CHART;
  return Math.max(FEWEST_POINTS_PER_LINE, Math.min(MAX_CHART_POINTS, Math.floor(budget / Math.max(1, lines))));
}

const DASHES: Readonly<Record<Stroke, string | undefined>> = { solid: undefined, dashed: '6 3', dotted: '1.5 2.5' };

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
// On the right, room for half of the last time label ("1:00:00") when no right axis is drawn.
const MARGIN = { top: 6, right: 22, bottom: 0, left: 0 };
const TOOLTIP_STYLE = { background: 'var(--lp-panel)', border: '1px solid var(--lp-border)', fontSize: 11 };
const formatTooltipLabel = (t: unknown) => `t = ${formatClock(Number(t) * 1000)}`;
/** Limits sit behind the measured lines (Recharts draws lines at 400): a wide pale band, so a line on its limit shows over it. */
const LIMIT_Z = 350;
const LINE_Z = 450;

/**
 * Everything in a chart but its data and axes, built once per spec:
 * Recharts re-registers a reference line each time it renders (an effect
 * without dependencies, two store updates that recompute every selector of
 * the chart), so these elements are kept the same from redraw to redraw and
 * React skips them.
 */
function chartParts(spec: ChartSpec): ReactNode {
  const kindOf = new Map<unknown, ValueKind>(spec.lines.map((l) => [l.key, l.kind]));
  const formatTooltipValue = (value: unknown, _name: unknown, item: { dataKey?: unknown }) =>
    typeof value === 'number' ? formatValue(value, kindOf.get(item.dataKey) ?? 'count') : String(value);
  return (
    <>
      <CartesianGrid strokeDasharray="3 3" stroke="var(--lp-grid)" />
      <Tooltip isAnimationActive={false} labelFormatter={formatTooltipLabel} formatter={formatTooltipValue} contentStyle={TOOLTIP_STYLE} />
      {spec.refs.map((ref) => (
        <ReferenceLine
          key={ref.label}
          yAxisId="left"
          y={ref.y}
          stroke="var(--lp-limit)"
          strokeWidth={5}
          strokeOpacity={0.45}
          strokeDasharray="8 4"
          zIndex={LIMIT_Z}
          ifOverflow={ref.overflow}
          label={{ value: ref.label, fontSize: 10, fill: 'var(--lp-muted)', position: 'insideBottomRight', offset: 5 }}
        />
      ))}
      {spec.lines.map((line) => (
        <Line
          key={line.key}
          yAxisId={line.right ? 'right' : 'left'}
          dataKey={line.key}
          name={line.name}
          stroke={line.color}
          strokeDasharray={DASHES[line.stroke]}
          dot={false}
          strokeWidth={1.5}
          zIndex={LINE_Z}
          isAnimationActive={false}
          shape={StreamingCurve}
          connectNulls
        />
      ))}
    </>
  );
}

/**
 * The time axis, drawn again only when its domain moves: Recharts stores an
 * axis's props anew each time the axis renders, and every selector of the
 * chart then runs again. Every chart's domain is the frame's, from the run's
 * clock. With the ticks given and interval 0, Recharts draws them as they
 * are instead of measuring label widths (a forced page layout).
 */
const TimeAxis = memo(function TimeAxis({ fromS, toS, ticksKey }: { fromS: number; toS: number; ticksKey: string }) {
  const ticks = ticksKey ? ticksKey.split(' ').map(Number) : [];
  const domain = useMemo(() => [fromS, toS], [fromS, toS]);
  return <XAxis dataKey="t" type="number" domain={domain} allowDataOverflow tick={TimeTick} ticks={ticks} interval={0} />;
});

/** A value axis, drawn again only when its round ticks change (valueAxis.ts chooses them and their unit). */
const ValueAxis = memo(function ValueAxis({ side, kind, ticksKey }: { side: 'left' | 'right'; kind: ValueKind; ticksKey: string }) {
  const { ticks, domain, tick } = useMemo(() => {
    const values = ticksKey.split(' ').map(Number);
    return { ticks: values, domain: [0, values[values.length - 1]], tick: tickOf(axisFormatter(kind, values), '0.355em') };
  }, [kind, ticksKey]);
  return <YAxis yAxisId={side} orientation={side} width={50} domain={domain} ticks={ticks} tick={tick} interval={0} allowDataOverflow />;
});

function LegendSample({ entry }: { entry: LegendEntry }) {
  if (entry.color) return <span className="lp-swatch" style={{ background: entry.color }} />;
  return (
    <svg className="lp-stroke" width="18" height="6" aria-hidden="true">
      <line x1="0" y1="3" x2="18" y2="3" stroke="currentColor" strokeWidth="1.5" strokeDasharray={DASHES[entry.stroke ?? 'solid']} />
    </svg>
  );
}

function ChartCardView({ spec, windowMs }: { spec: ChartSpec; windowMs: number | null }) {
  const figure = useRef<HTMLElement>(null);
  const textId = useId();
  const onScreen = useOnScreen(figure);
  // The table is mutable: the frame says which version and clock to draw; it changes on this chart's turn.
  const lineCount = spec.lines.length;
  const frame = useChartFrame(onScreen, lineCount);
  const rows = chartRows(runStore.getState().table, spec.lines.map((l) => l.key), windowMs, pointsFor(lineCount), frame.clockMs);
  const parts = useMemo(() => chartParts(spec), [spec]);
  const legend = useMemo(() => legendOf(spec), [spec]);
  const hasData = rows.some((row) => spec.lines.some((l) => row[l.key] !== null));
  const time = timeDomain(frame.clockMs, windowMs);
  const hasRight = spec.lines.some((l) => l.right);
  const leftTicks = axisTicks(axisMax(spec, rows, false), spec.kind).join(' ');
  const rightTicks = hasRight ? axisTicks(axisMax(spec, rows, true), spec.rightKind ?? 'count').join(' ') : '';

  return (
    <figure ref={figure} className="lp-chart" data-testid={`chart-${spec.id}`} data-has-data={hasData}>
      <figcaption>{spec.title}</figcaption>
      {spec.empty ? (
        <p className="lp-chart-empty">{spec.empty}</p>
      ) : (
        <>
          <div className="lp-chart-body" role="img" aria-label={spec.title} aria-describedby={textId}>
            {/* The drawing itself is hidden from assistive technology: the image's name and description say what it shows. */}
            <ResponsiveContainer width="100%" height="100%" aria-hidden="true">
              {/* Not a keyboard stop of its own: the chart's values are read from its text alternative. */}
              <LineChart data={rows} margin={MARGIN} accessibilityLayer={false}>
                <TimeAxis fromS={time.domain[0]} toS={time.domain[1]} ticksKey={time.ticks.join(' ')} />
                <ValueAxis side="left" kind={spec.kind} ticksKey={leftTicks} />
                {hasRight && <ValueAxis side="right" kind={spec.rightKind ?? 'count'} ticksKey={rightTicks} />}
                {parts}
              </LineChart>
            </ResponsiveContainer>
          </div>
          <p id={textId} className="lp-visually-hidden">
            {chartText(spec, rows, frame.clockMs)}
          </p>
          <ul className="lp-chart-legend" aria-label={`${spec.title}: lines`}>
            {legend.map((entry) => (
              <li key={`${entry.label} ${entry.color ?? entry.stroke}`}>
                <LegendSample entry={entry} />
                {entry.label}
              </li>
            ))}
          </ul>
        </>
      )}
      {spec.note && <p className="lp-chart-footer">{spec.note}</p>}
    </figure>
  );
}

export const ChartCard = memo(ChartCardView);

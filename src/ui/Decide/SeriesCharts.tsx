/**
 * The Decide panel's time-series charts: in Compare, one line a design on the
 * same axes; in Replicate, the mean of the replications in a shaded 95 % band.
 * Each is an image named by its latest values (the dashboard's charts do the same).
 */
import type { ReactElement, ReactNode } from 'react';
import { Area, CartesianGrid, ComposedChart, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { RunSeries } from '../../analysis/series';
import { timeTicks } from '../Dashboard/timeTicks';
import { formatValue, valueAxis, type ValueKind } from '../Dashboard/valueAxis';
import { formatClock, formatRunTime } from '../Toolbar/formatClock';
import { bandRows, bandText, DECIDE_CHARTS, designLines, overlayRows, overlayText, p99Note, rowsMax, type DecideChart, type DesignLine } from './decideCharts';

interface TickProps {
  x?: number | string;
  y?: number | string;
  textAnchor?: 'start' | 'middle' | 'end' | 'inherit';
  payload?: { value?: unknown };
}

/** Axis labels as plain SVG text: short words that never wrap. */
const tickOf = (format: (value: number) => string, dy: string) =>
  function Tick({ x, y, textAnchor, payload }: TickProps) {
    return (
      <text x={x} y={y} dy={dy} textAnchor={textAnchor} fontSize={10} fill="var(--lp-muted)">
        {format(Number(payload?.value))}
      </text>
    );
  };
const TimeTick = tickOf(formatRunTime, '0.71em');
const MARGIN = { top: 8, right: 18, bottom: 0, left: 0 };
const TOOLTIP_STYLE = { background: 'var(--lp-panel)', border: '1px solid var(--lp-border)', color: 'var(--lp-text)', fontSize: 11 };
const tooltipLabel = (t: unknown) => `t = ${formatClock(Number(t) * 1000)}`;
const BAND_COLOR = '#3b82f6';

/** The axes every chart of a tab shares: time from 0 to the run's end, values on round ticks of the chart's unit. */
function axes(endS: number, max: number, kind: ValueKind): ReactNode {
  const value = valueAxis(max, kind);
  return [
    <CartesianGrid key="grid" strokeDasharray="3 3" stroke="var(--lp-grid)" />,
    <XAxis key="x" dataKey="t" type="number" domain={[0, endS]} ticks={timeTicks(0, endS)} interval={0} tick={TimeTick} stroke="var(--lp-border)" />,
    <YAxis
      key="y"
      type="number"
      width={54}
      domain={[0, value.ticks[value.ticks.length - 1]]}
      ticks={value.ticks}
      interval={0}
      tick={tickOf(value.format, '0.355em')}
      stroke="var(--lp-border)"
      allowDataOverflow
    />,
  ];
}

function ChartFigure({ chart, label, testId, children }: { chart: DecideChart; label: string; testId: string; children: ReactElement }) {
  return (
    <figure className="lp-decide-series-chart" data-testid={testId}>
      <figcaption>{chart.title}</figcaption>
      <div className="lp-decide-series-body" role="img" aria-label={label}>
        {/* The drawing is hidden from assistive technology: the image's name says what it shows. */}
        <ResponsiveContainer width="100%" height="100%" aria-hidden="true">
          {children}
        </ResponsiveContainer>
      </div>
    </figure>
  );
}

/** One key for the four charts: which line is which design. */
function DesignLegend({ lines }: { lines: readonly DesignLine[] }) {
  return (
    <ul className="lp-decide-series-legend" aria-label="Designs in the charts">
      {lines.map((line) => (
        <li key={line.key}>
          <svg width="20" height="6" aria-hidden="true">
            <line x1="0" y1="3" x2="20" y2="3" stroke={line.color} strokeWidth="2" strokeDasharray={line.dash} />
          </svg>
          {line.label}
        </li>
      ))}
    </ul>
  );
}

function OverlayChart({ chart, lines, series, endS }: { chart: DecideChart; lines: readonly DesignLine[]; series: readonly RunSeries[]; endS: number }) {
  const keys = lines.map((l) => l.key);
  const rows = overlayRows(series, keys, chart.figure);
  const format = (value: unknown) => (typeof value === 'number' ? formatValue(value, chart.kind) : String(value));
  return (
    <ChartFigure chart={chart} label={overlayText(chart, rows, keys)} testId={`compare-chart-${chart.figure}`}>
      <LineChart data={rows} margin={MARGIN} accessibilityLayer={false}>
        {axes(endS, rowsMax(rows, keys), chart.kind)}
        <Tooltip isAnimationActive={false} labelFormatter={tooltipLabel} formatter={format} contentStyle={TOOLTIP_STYLE} />
        {lines.map((line) => (
          <Line
            key={line.key}
            dataKey={line.key}
            name={line.label}
            stroke={line.color}
            strokeDasharray={line.dash}
            strokeWidth={1.75}
            dot={false}
            isAnimationActive={false}
            connectNulls
          />
        ))}
      </LineChart>
    </ChartFigure>
  );
}

/** Compare: each design's line over the same axes, one chart a figure. */
export function CompareCharts({ designs, series }: { designs: readonly { letter: string; name: string }[]; series: readonly RunSeries[] }) {
  const lines = designLines(designs);
  const endS = Math.max(...series.map((s) => s.endS.at(-1) ?? 0));
  return (
    <section className="lp-decide-series-wrap" aria-label="Designs over time">
      <DesignLegend lines={lines} />
      <div className="lp-decide-series">
        {DECIDE_CHARTS.map((chart) => (
          <OverlayChart key={chart.figure} chart={chart} lines={lines} series={series} endS={endS} />
        ))}
      </div>
      {series[0] && <p className="lp-decide-muted">{p99Note(series[0])}</p>}
    </section>
  );
}

function BandLegend() {
  return (
    <ul className="lp-decide-series-legend" aria-label="Lines in the charts">
      <li>
        <svg width="20" height="6" aria-hidden="true">
          <line x1="0" y1="3" x2="20" y2="3" stroke={BAND_COLOR} strokeWidth="2" />
        </svg>
        mean
      </li>
      <li>
        <span className="lp-decide-band-swatch" style={{ background: BAND_COLOR }} />
        95 % interval
      </li>
    </ul>
  );
}

function BandChart({ chart, series, endS }: { chart: DecideChart; series: readonly RunSeries[]; endS: number }) {
  const rows = bandRows(series, chart.figure);
  const f = (value: unknown) => formatValue(Number(value), chart.kind);
  const format = (value: unknown) => (Array.isArray(value) ? `${f(value[0])} to ${f(value[1])}` : f(value));
  return (
    <ChartFigure chart={chart} label={bandText(chart, rows, series.length)} testId={`replicate-chart-${chart.figure}`}>
      <ComposedChart data={rows} margin={MARGIN} accessibilityLayer={false}>
        {axes(endS, rowsMax(rows, ['mean', 'band']), chart.kind)}
        <Tooltip isAnimationActive={false} labelFormatter={tooltipLabel} formatter={format} contentStyle={TOOLTIP_STYLE} />
        {/* A range area: its dataKey holds [low, high], so the shade runs between the interval's ends. */}
        <Area dataKey="band" name="95 % interval" stroke="none" fill={BAND_COLOR} fillOpacity={0.28} isAnimationActive={false} activeDot={false} />
        <Line dataKey="mean" name="mean" stroke={BAND_COLOR} strokeWidth={1.75} dot={false} isAnimationActive={false} />
      </ComposedChart>
    </ChartFigure>
  );
}

/** Replicate: the replications' mean, interval by interval, in its shaded 95 % band. */
export function BandCharts({ series }: { series: readonly RunSeries[] }) {
  const endS = series[0]?.endS.at(-1) ?? 0;
  return (
    <section className="lp-decide-series-wrap" aria-label="Replications over time">
      <BandLegend />
      <div className="lp-decide-series">
        {DECIDE_CHARTS.map((chart) => (
          <BandChart key={chart.figure} chart={chart} series={series} endS={endS} />
        ))}
      </div>
      {series[0] && <p className="lp-decide-muted">{p99Note(series[0])}</p>}
    </section>
  );
}

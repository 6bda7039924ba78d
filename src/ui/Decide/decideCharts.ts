/**
 * What the Decide charts draw, from the runs' series in intervals: the
 * designs of a compare overlaid on the same axes, and the band of
 * replications around their mean. Pure, so it is tested in Node; the
 * component only lays it out.
 */
import type { RunSeries, SeriesFigure } from '../../analysis/series';
import { seriesBand } from '../../analysis/seriesBand';
import { entityColor } from '../Dashboard/palette';
import { formatValue, type ValueKind } from '../Dashboard/valueAxis';
import { formatDurationMs } from '../format';
import { formatRunTime } from '../Toolbar/formatClock';

export interface DecideChart {
  figure: SeriesFigure;
  title: string;
  kind: ValueKind;
}

/** The four charts of issue 13: how busy, how refused, how slow, how dear. */
export const DECIDE_CHARTS: readonly DecideChart[] = [
  { figure: 'concurrency', title: 'Concurrency (peak)', kind: 'count' },
  { figure: 'throttlesPerSecond', title: 'Throttles per second', kind: 'count' },
  { figure: 'p99Ms', title: 'Duration p99', kind: 'ms' },
  { figure: 'costUSD', title: 'Cost so far', kind: 'USD' },
];

/** How each design's line is drawn: its colour, and a stroke of its own, so lines that coincide still show which is which. */
export const DESIGN_DASHES: readonly (string | undefined)[] = [undefined, '7 3', '2 2', '9 3 2 3'];

export interface DesignLine {
  /** The row key: the design's letter. */
  key: string;
  label: string;
  color: string;
  dash: string | undefined;
}

export const designLines = (designs: readonly { letter: string; name: string }[]): DesignLine[] =>
  designs.map((d, i) => ({ key: d.letter, label: `${d.letter}: ${d.name}`, color: entityColor(i), dash: DESIGN_DASHES[i % DESIGN_DASHES.length] }));

export type ChartRow = { t: number } & Record<string, number | null>;

/** One row an interval end, one value a design (null where a design has no interval ending then). */
export function overlayRows(runs: readonly RunSeries[], keys: readonly string[], figure: SeriesFigure): ChartRow[] {
  const byTime = new Map<number, ChartRow>();
  runs.forEach((run, d) =>
    run.endS.forEach((t, i) => {
      let row = byTime.get(t);
      if (!row) {
        row = { t } as ChartRow;
        for (const key of keys) row[key] = null;
        byTime.set(t, row);
      }
      row[keys[d]] = run[figure][i];
    }),
  );
  return [...byTime.values()].sort((a, b) => a.t - b.t);
}

function latest(rows: readonly ChartRow[], key: string): { t: number; value: number } | null {
  for (let i = rows.length - 1; i >= 0; i--) {
    const value = rows[i][key];
    if (value !== null && value !== undefined) return { t: rows[i].t, value };
  }
  return null;
}

/** "Cost so far at 10:00: A $0.0941, B $0.105." (each design's last value, at the end of the run). */
export function overlayText(chart: DecideChart, rows: readonly ChartRow[], keys: readonly string[]): string {
  const values = keys.flatMap((key) => {
    const last = latest(rows, key);
    return last ? [{ key, ...last }] : [];
  });
  if (values.length === 0) return `${chart.title}: no data.`;
  const endS = Math.max(...values.map((v) => v.t));
  return `${chart.title} at ${formatRunTime(endS)}: ${values.map((v) => `${v.key} ${formatValue(v.value, chart.kind)}`).join(', ')}.`;
}

export interface BandRow {
  t: number;
  mean: number;
  /** The 95 % interval, cut at 0 below: none of these figures is ever negative. */
  band: [number, number];
}

export function bandRows(runs: readonly RunSeries[], figure: SeriesFigure): BandRow[] {
  return seriesBand(runs, figure).map((p) => ({ t: p.endS, mean: p.mean, band: [Math.max(0, p.low), p.high] }));
}

/** "Concurrency (peak), mean of 3 replications, at 10:00: 20, 95 % interval 18 to 22." */
export function bandText(chart: DecideChart, rows: readonly BandRow[], replications: number): string {
  const last = rows.at(-1);
  if (!last) return `${chart.title}: no data.`;
  const f = (v: number) => formatValue(v, chart.kind);
  return `${chart.title}, mean of ${replications} replications, at ${formatRunTime(last.t)}: ${f(last.mean)}, 95 % interval ${f(last.band[0])} to ${f(last.band[1])}.`;
}

/** The largest value drawn (a band's top included), for the value axis. */
export function rowsMax(rows: readonly object[], keys: readonly string[]): number {
  let max = 0;
  for (const row of rows)
    for (const key of keys) {
      const v = (row as Record<string, unknown>)[key];
      const top = Array.isArray(v) ? Number(v[1]) : typeof v === 'number' ? v : 0;
      if (top > max) max = top;
    }
  return max;
}

/** "1 s", "5 s", "2 min", or the general form for a length that is not a whole number of seconds. */
function lengthWords(ms: number): string {
  if (ms >= 3_600_000 && ms % 3_600_000 === 0) return `${ms / 3_600_000} h`;
  if (ms >= 60_000 && ms % 60_000 === 0) return `${ms / 60_000} min`;
  if (ms % 1000 === 0) return `${ms / 1000} s`;
  return formatDurationMs(ms);
}

/**
 * What a point of the p99 chart is: the slowest tick's p99 in its interval,
 * as the dashboard thins its lines. A p99 over a tick's few invocations runs
 * above the run's own p99, which the table gives.
 */
export function p99Note(run: RunSeries): string {
  const count = run.endS.length;
  if (count === 0) return '';
  const ticks = Math.ceil(((run.endS.at(-1) ?? 0) * 1000) / run.tickMs - 1e-9);
  const perInterval = ticks / count;
  const interval = Number.isInteger(perInterval) ? `its ${lengthWords(perInterval * run.tickMs)} interval` : `its interval of about ${lengthWords(Math.round(perInterval) * run.tickMs)}`;
  const tick = lengthWords(run.tickMs);
  if (perInterval === 1) return `Duration p99: each point is the p99 of the invocations that ended in one ${tick} tick; the run's own p99 is in the table.`;
  return `Duration p99: each point is the highest p99 of one ${tick} tick in ${interval}, so it reads above the run's own p99 in the table.`;
}

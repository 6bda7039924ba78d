/** A chart in words, for a screen reader: each line's latest value at the frame's time, and the limits drawn. */
import { formatRunTime } from '../Toolbar/formatClock';
import type { ChartRow } from './chartData';
import type { ChartSpec } from './chartSpecs';
import { formatValue } from './valueAxis';

/** The latest value of `key` in the rows (a line that has stopped keeps its last value), or null. */
function latest(rows: readonly ChartRow[], key: string): number | null {
  for (let i = rows.length - 1; i >= 0; i--) {
    const value = rows[i][key];
    if (value !== null && value !== undefined) return value;
  }
  return null;
}

/**
 * "At 1:02: orders-api concurrency 10, thumbnailer concurrency 6. Limits: orders-api reserved 10."
 * The time is the run's clock the chart is drawn at, the right end of its time axis.
 */
export function chartText(spec: ChartSpec, rows: readonly ChartRow[], clockMs: number): string {
  if (spec.empty) return spec.empty;
  const values = spec.lines.flatMap((line) => {
    const value = latest(rows, line.key);
    return value === null ? [] : [`${line.name} ${formatValue(value, line.kind)}`];
  });
  if (values.length === 0) return 'No data yet.';
  const limits = spec.refs.length > 0 ? ` Limits: ${spec.refs.map((r) => r.label).join(', ')}.` : '';
  return `At ${formatRunTime(Math.floor(clockMs / 1000))}: ${values.join(', ')}.${limits}`;
}

/** The largest value on one axis of a chart, limit lines that extend it included. */
export function axisMax(spec: ChartSpec, rows: readonly ChartRow[], right: boolean): number {
  let max = 0;
  for (const line of spec.lines) {
    if (Boolean(line.right) !== right) continue;
    for (const row of rows) {
      const value = row[line.key];
      if (value !== null && value !== undefined && value > max) max = value;
    }
  }
  if (!right) for (const ref of spec.refs) if (ref.overflow === 'extendDomain' && ref.y > max) max = ref.y;
  return max;
}

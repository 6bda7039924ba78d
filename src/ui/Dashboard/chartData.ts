/** Rows for a chart from the run's series table: windowed, and thinned to a few hundred points. */
import type { SeriesTable } from '../../store/seriesTable';

export type ChartRow = Record<string, number | null>;

/** Points drawn per chart at most: enough for a smooth line, few enough to redraw ten times a second. */
export const MAX_CHART_POINTS = 120;

/**
 * `keys` are series keys (`api/Invocations`); rows hold `t` in simulated
 * seconds and one value per key (null where the series has no value).
 * Thinning keeps each bucket's largest value, so spikes are never lost.
 * Points after `untilMs` (the dashboard's frame, the same for every chart)
 * are left out, so that a chart drawn later than another shows the same time.
 */
export function chartRows(
  table: SeriesTable,
  keys: readonly string[],
  windowMs: number | null,
  maxPoints = MAX_CHART_POINTS,
  untilMs = Number.POSITIVE_INFINITY,
): ChartRow[] {
  const length = table.firstIndexAfter(untilMs);
  if (length === 0) return [];
  const lastMs = Math.min(untilMs, table.endMs[length - 1]);
  const from = windowMs === null ? 0 : table.firstIndexAfter(lastMs - windowMs);
  const count = length - from;
  const perRow = Math.max(1, Math.ceil(count / maxPoints));
  const columns = keys.map((key) => table.column(key));
  const rows: ChartRow[] = [];
  for (let start = from; start < length; start += perRow) {
    const end = Math.min(length, start + perRow);
    const row: ChartRow = { t: table.endMs[end - 1] / 1000 };
    keys.forEach((key, k) => {
      const column = columns[k];
      let best: number | null = null;
      if (column) for (let i = start; i < end; i++) if (!Number.isNaN(column[i]) && (best === null || column[i] > best)) best = column[i];
      row[key] = best;
    });
    rows.push(row);
  }
  return rows;
}

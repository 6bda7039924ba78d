import { expect, it } from 'vitest';
import { SeriesTable } from '../../store/seriesTable';
import { chartRows, MAX_CHART_POINTS } from './chartData';

function tableOf(values: number[]): SeriesTable {
  const table = new SeriesTable(2048);
  table.append({ tickMs: 1000, firstTick: 0, count: values.length, series: { 'f/ConcurrentExecutions': Float64Array.from(values) } });
  return table;
}

it('gives one row per point with time in seconds, null for a missing series', () => {
  const rows = chartRows(tableOf([3, 5]), ['f/ConcurrentExecutions', 'g/ConcurrentExecutions'], null);
  expect(rows).toEqual([
    { t: 1, 'f/ConcurrentExecutions': 3, 'g/ConcurrentExecutions': null },
    { t: 2, 'f/ConcurrentExecutions': 5, 'g/ConcurrentExecutions': null },
  ]);
});

it('thins long series to at most MAX_CHART_POINTS rows, keeping each bucket’s peak', () => {
  const values = Array.from({ length: 1000 }, (_, i) => (i === 777 ? 99 : 1));
  const rows = chartRows(tableOf(values), ['f/ConcurrentExecutions'], null);
  expect(rows.length).toBeLessThanOrEqual(MAX_CHART_POINTS);
  expect(Math.max(...rows.map((r) => r['f/ConcurrentExecutions'] ?? 0))).toBe(99);
});

it('shows only the window at the end of the run', () => {
  const rows = chartRows(tableOf(Array(100).fill(2)), ['f/ConcurrentExecutions'], 10_000);
  expect(rows.map((r) => r.t)).toEqual([91, 92, 93, 94, 95, 96, 97, 98, 99, 100]);
});

it('leaves out points after the frame every chart draws', () => {
  const rows = chartRows(tableOf(Array(100).fill(2)), ['f/ConcurrentExecutions'], 10_000, MAX_CHART_POINTS, 50_500);
  // Points end at 1 s, 2 s, ...; up to 50.5 s the last is 50 s, and the window holds the 10 s before it.
  expect(rows.map((r) => r.t)).toEqual([41, 42, 43, 44, 45, 46, 47, 48, 49, 50]);
});

import { describe, expect, it } from 'vitest';
import type { RunSeries } from '../../analysis/series';
import { bandRows, bandText, DECIDE_CHARTS, designLines, overlayRows, overlayText, p99Note, rowsMax } from './decideCharts';

const run = (concurrency: number[], costUSD = concurrency.map(() => 0)): RunSeries => ({
  tickMs: 1000,
  endS: concurrency.map((_, i) => (i + 1) * 300),
  concurrency,
  throttles: concurrency.map(() => 0),
  throttlesPerSecond: concurrency.map(() => 0),
  p99Ms: concurrency.map(() => 0),
  costUSD,
});
const [concurrency, , , cost] = DECIDE_CHARTS;

describe('the Decide charts', () => {
  it('overlay: one row an interval end, one value a design, named by each design at the run end', () => {
    const rows = overlayRows([run([3, 20]), run([3, 60])], ['A', 'B'], 'concurrency');
    expect(rows).toEqual([
      { t: 300, A: 3, B: 3 },
      { t: 600, A: 20, B: 60 },
    ]);
    expect(overlayText(concurrency, rows, ['A', 'B'])).toBe('Concurrency (peak) at 10:00: A 20, B 60.');
    expect(rowsMax(rows, ['A', 'B'])).toBe(60);
    const costRows = overlayRows([run([1, 1], [0.01, 0.0941])], ['A'], 'costUSD');
    expect(overlayText(cost, costRows, ['A'])).toBe('Cost so far at 10:00: A $0.0941.');
  });

  it('each design has its own colour and stroke', () => {
    const lines = designLines(['A', 'B', 'C', 'D'].map((letter) => ({ letter, name: letter === 'A' ? 'The diagram' : `Variant ${letter}` })));
    expect(lines.map((l) => l.label)).toEqual(['A: The diagram', 'B: Variant B', 'C: Variant C', 'D: Variant D']);
    expect(new Set(lines.map((l) => l.color)).size).toBe(4);
    expect(new Set(lines.map((l) => l.dash)).size).toBe(4);
  });

  it('band: mean and 95 % interval an interval, cut at 0, named by the last one', () => {
    // 10, 12, 14: mean 12, half-width 4.303 · 2 / √3 = 4.97; 0, 0, 3: mean 1, half-width 4.303 · √3 / √3 = 4.303, so the low end is cut at 0.
    const rows = bandRows([run([0, 10]), run([0, 12]), run([3, 14])], 'concurrency');
    const half = (4.303 * 2) / Math.sqrt(3);
    expect(rows[0].mean).toBe(1);
    expect(rows[0].band[0]).toBe(0);
    expect(rows[0].band[1]).toBeCloseTo(1 + 4.303, 12);
    expect(rows[1].band[0]).toBeCloseTo(12 - half, 12);
    expect(rows[1].band[1]).toBeCloseTo(12 + half, 12);
    expect(bandText(concurrency, rows, 3)).toBe('Concurrency (peak), mean of 3 replications, at 10:00: 12, 95 % interval 7.03 to 17.');
    expect(rowsMax(rows, ['mean', 'band'])).toBeCloseTo(12 + half, 12);
  });

  it('says what a point of the p99 chart is: 600 ticks of 1 s in 120 intervals of 5 s; 60 ticks, one an interval', () => {
    const long = { ...run(Array.from({ length: 120 }, () => 0)), endS: Array.from({ length: 120 }, (_, i) => (i + 1) * 5) };
    expect(p99Note(long)).toBe("Duration p99: each point is the highest p99 of one 1 s tick in its 5 s interval, so it reads above the run's own p99 in the table.");
    const short = { ...run(Array.from({ length: 60 }, () => 0)), endS: Array.from({ length: 60 }, (_, i) => i + 1) };
    expect(p99Note(short)).toBe("Duration p99: each point is the p99 of the invocations that ended in one 1 s tick; the run's own p99 is in the table.");
  });
});

import { describe, expect, it } from 'vitest';
import { runToEnd } from '../engine';
import type { Scenario } from '../model';
import { findPreset, loadPreset } from '../scenarios';
import { bucketTicks, runWithSeries, SERIES_BUCKETS, type RunSeries } from './series';
import { seriesBand } from './seriesBand';

function preset(id: string): Scenario {
  const parsed = loadPreset(findPreset(id)!);
  if (!parsed.ok) throw new Error(`preset ${id} does not parse`);
  return parsed.scenario;
}

describe('a run reduced to intervals (bucketTicks)', () => {
  it('groups 5 ticks of 2 s into intervals of 2 and 3 ticks: peak, sum, per second, highest p99, cost so far', () => {
    const series = bucketTicks(
      {
        tickMs: 2000,
        endMs: 10_000,
        concurrency: [3, 7, 1, 4, 2],
        throttles: [0, 4, 6, 0, 3],
        p99Ms: [120, 0, 80, 300, 90],
        costUSD: [0.5, 0.25, 1, 0, 0.25],
      },
      2,
    );
    // Interval 0 holds ticks 0 and 1 (0 to 4 s), interval 1 ticks 2 to 4 (4 to 10 s).
    expect(series).toEqual({
      tickMs: 2000,
      endS: [4, 10],
      concurrency: [7, 4],
      throttles: [4, 9],
      throttlesPerSecond: [4 / 4, 9 / 6],
      p99Ms: [120, 300],
      costUSD: [0.75, 2],
    });
  });

  it('a run shorter than the intervals keeps one interval a tick; the last tick ends at the run end', () => {
    const series = bucketTicks({ tickMs: 1000, endMs: 2500, concurrency: [1, 2, 3], throttles: [1, 1, 1], p99Ms: [0, 0, 0], costUSD: [0, 0, 0] }, 120);
    expect(series.endS).toEqual([1, 2, 2.5]);
    // The last tick covers half a second of the run: one throttle in it is two a second.
    expect(series.throttlesPerSecond).toEqual([1, 1, 2]);
  });
});

describe('runWithSeries: the summary and the series of one run', () => {
  const scenario = preset('alb-reserved-concurrency');
  const { summary, series } = runWithSeries(scenario);

  it('gives the summary runToEnd gives', () => {
    expect(summary).toEqual(runToEnd(scenario));
  });

  it('its intervals add up to the summary: throttles, peak concurrency, cost', () => {
    const throttles = Object.values(summary.functions).reduce((t, f) => t + f.throttles, 0);
    expect(throttles).toBeGreaterThan(0);
    expect(series.endS).toHaveLength(SERIES_BUCKETS);
    expect(series.endS.at(-1)).toBe(scenario.durationSeconds);
    expect(series.throttles.reduce((a, b) => a + b, 0)).toBe(throttles);
    expect(Math.max(...series.concurrency)).toBe(summary.account.maxConcurrency);
    expect(series.costUSD.at(-1)).toBeCloseTo(summary.account.totalCostUSD, 12);
    // Cost so far never falls.
    expect(series.costUSD.every((c, i) => i === 0 || c >= series.costUSD[i - 1])).toBe(true);
    // 600 s in 120 intervals of 5 s: throttles per second are the count over 5 s.
    series.throttles.forEach((t, i) => expect(series.throttlesPerSecond[i]).toBeCloseTo(t / 5, 12));
    // The reserved 20 of the api function's 200 ms: p99 is within the stated duration's spread, never 0 while it serves.
    expect(Math.max(...series.p99Ms)).toBeGreaterThanOrEqual(summary.functions.api.durationMs.p99);
  });
});

/** A run of 5 s intervals whose concurrency is given (the other figures 0). */
const run = (concurrency: number[]): RunSeries => ({
  tickMs: 5000,
  endS: concurrency.map((_, i) => (i + 1) * 5),
  concurrency,
  throttles: concurrency.map(() => 0),
  throttlesPerSecond: concurrency.map(() => 0),
  p99Ms: concurrency.map(() => 0),
  costUSD: concurrency.map(() => 0),
});

describe('the band of replications (seriesBand)', () => {
  it('three replications at 10, 12 and 14: mean 12, half-width t(0.975, 2) · s / √3 = 4.303 · 2 / √3', () => {
    const band = seriesBand([run([10, 5]), run([12, 5]), run([14, 5])], 'concurrency');
    const half = (4.303 * 2) / Math.sqrt(3);
    expect(band[0].endS).toBe(5);
    expect(band[0].mean).toBe(12);
    expect(band[0].low).toBeCloseTo(12 - half, 12);
    expect(band[0].high).toBeCloseTo(12 + half, 12);
    // Replications that agree have no band.
    expect(band[1]).toEqual({ endS: 10, mean: 5, low: 5, high: 5 });
  });

  it('refuses runs whose intervals differ', () => {
    expect(() => seriesBand([run([1, 2]), run([1, 2, 3])], 'concurrency')).toThrow('share their intervals');
  });
});

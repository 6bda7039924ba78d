import { describe, expect, it } from 'vitest';
import { trafficRateAt, trafficSchema, type TrafficInput } from '../../model';
import { startArrivals } from './arrivals';
import { SimKernel } from './kernel';
import { SeededRng } from './rng';

function arrivalTimes(input: TrafficInput, endMs: number, seed = 1): number[] {
  const kernel = new SimKernel();
  const times: number[] = [];
  startArrivals(kernel, new SeededRng(seed), trafficSchema.parse(input), endMs, (count) => {
    for (let i = 0; i < count; i++) times.push(kernel.now);
  });
  while (kernel.step(endMs));
  return times;
}

describe('arrivals', () => {
  it('spaces constant traffic evenly, from t = 0', () => {
    const times = arrivalTimes({ pattern: 'constant', ratePerSecond: 4 }, 10_000);
    expect(times.length).toBe(40);
    expect(times.slice(0, 3)).toEqual([0, 250, 500]);
  });

  it('gives Poisson traffic the Poisson count mean and variance, and exponential gaps', () => {
    // 400 windows of 10 s at 5/s: each count is Poisson(50), so mean 50 and variance 50.
    const times = arrivalTimes({ pattern: 'poisson', ratePerSecond: 5 }, 4_000_000, 9);
    const counts: number[] = Array.from({ length: 400 }, () => 0);
    for (const t of times) counts[Math.floor(t / 10_000)]++;
    const m = counts.reduce((a, b) => a + b, 0) / counts.length;
    const v = counts.reduce((a, b) => a + (b - m) ** 2, 0) / counts.length;
    expect(m).toBeGreaterThan(48.5);
    expect(m).toBeLessThan(51.5);
    expect(v / 50).toBeGreaterThan(0.8);
    expect(v / 50).toBeLessThan(1.2);
  });

  it('follows steps and ramps by thinning: arrivals in each window match the integral of the rate', () => {
    const times = arrivalTimes(
      { pattern: 'poisson', ratePerSecond: 10, steps: [{ atSeconds: 1000, ratePerSecond: 50 }], ramp: null },
      2_000_000,
      3,
    );
    const before = times.filter((t) => t < 1_000_000).length;
    const after = times.length - before;
    // Expected 10,000 and 50,000; 4 standard deviations of a Poisson count.
    expect(Math.abs(before - 10_000)).toBeLessThan(4 * Math.sqrt(10_000));
    expect(Math.abs(after - 50_000)).toBeLessThan(4 * Math.sqrt(50_000));
  });

  it('follows a daily cycle and a ramp: each hour holds the integral of the rate', () => {
    const traffic = { pattern: 'poisson', ratePerSecond: 2, dailyCycle: { amplitude: 0.8, peakHourUTC: 15 } } as const;
    const times = arrivalTimes(traffic, 86_400_000, 4);
    const parsed = trafficSchema.parse(traffic);
    for (const hour of [3, 9, 15, 21]) {
      let expected = 0;
      for (let s = hour * 3600; s < (hour + 1) * 3600; s += 10) expected += trafficRateAt(parsed, s + 5) * 10;
      const got = times.filter((t) => t >= hour * 3_600_000 && t < (hour + 1) * 3_600_000).length;
      expect(Math.abs(got - expected)).toBeLessThan(4 * Math.sqrt(expected));
    }
    const ramp = arrivalTimes({ pattern: 'constant', ratePerSecond: 0, ramp: { startSeconds: 0, endSeconds: 100, toRatePerSecond: 10 } }, 100_000);
    // A rate rising linearly from 0 to 10/s over 100 s: 500 arrivals, the second half holding three times the first (375 and 125).
    const firstHalf = ramp.filter((t) => t < 50_000).length;
    expect(Math.abs(ramp.length - 500)).toBeLessThan(15);
    expect(Math.abs((ramp.length - firstHalf) / firstHalf - 3)).toBeLessThan(0.3);
  });

  it('adds bursts at their instant, all at once or spread evenly', () => {
    const atOnce = arrivalTimes(
      { pattern: 'constant', ratePerSecond: 0, bursts: [{ atSeconds: 5, count: 1000, spreadSeconds: 0 }] },
      10_000,
    );
    expect(atOnce.length).toBe(1000);
    expect(new Set(atOnce)).toEqual(new Set([5000]));
    const spread = arrivalTimes(
      { pattern: 'constant', ratePerSecond: 0, bursts: [{ atSeconds: 1, count: 4, spreadSeconds: 2 }] },
      10_000,
    );
    expect(spread).toEqual([1000, 1500, 2000, 2500]);
  });
});

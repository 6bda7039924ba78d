import { describe, expect, it } from 'vitest';
import { SeededRng } from '../kernel/rng';
import { DurationHistogram } from './durationHistogram';

describe('DurationHistogram', () => {
  it('gives percentiles of exponential durations within 1 % of −mean·ln(1 − q)', () => {
    const rng = new SeededRng(3);
    const h = new DurationHistogram();
    for (let i = 0; i < 400_000; i++) h.add(rng.exponential(200));
    const all = h.percentiles();
    for (const [q, viaPass] of [[0.5, all.p50], [0.95, all.p95], [0.99, all.p99]]) {
      expect(viaPass).toBe(h.quantile(q));
      const truth = -200 * Math.log(1 - q);
      // Half a bucket (1 %) plus the sampling error of 400,000 draws (under 1 % at q = 0.99).
      expect(Math.abs(h.quantile(q) - truth) / truth).toBeLessThan(0.02);
    }
  });

  it('is exact for a single repeated value and empty after reset', () => {
    const h = new DurationHistogram();
    for (let i = 0; i < 10; i++) h.add(3000);
    expect(h.quantile(0.99)).toBe(3000);
    h.reset();
    expect(h.count).toBe(0);
    expect(h.quantile(0.5)).toBe(0);
  });
});

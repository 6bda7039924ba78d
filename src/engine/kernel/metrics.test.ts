import { describe, expect, it } from 'vitest';
import { defaultTickMs, Metrics } from './metrics';

describe('Metrics', () => {
  it('sums, maxes, keeps the last value and time-averages per tick', () => {
    const clock = { now: 0 };
    const m = new Metrics(1000, clock);
    const sum = m.series('f', 'Invocations', 'sum');
    const max = m.series('f', 'ConcurrentExecutions', 'max');
    const last = m.series('f', 'Backlog', 'last');
    const mean = m.series('f', 'Environments', 'mean');
    sum.add(3);
    max.set(5);
    max.set(2);
    last.set(7);
    mean.set(4);
    clock.now = 250;
    mean.set(8); // 4 for 250 ms then 8 for 750 ms: 7
    sum.add(1);
    clock.now = 1000;
    m.closeTick();
    clock.now = 2000;
    m.closeTick(); // nothing changes in the second tick: gauges carry over, sums are 0
    const batch = m.take()!;
    expect(batch.count).toBe(2);
    expect(Array.from(batch.series['f/Invocations'])).toEqual([4, 0]);
    expect(Array.from(batch.series['f/ConcurrentExecutions'])).toEqual([5, 2]);
    expect(Array.from(batch.series['f/Backlog'])).toEqual([7, 7]);
    expect(Array.from(batch.series['f/Environments'])).toEqual([7, 8]);
    expect(m.take()).toBeNull();
  });

  it('picks 1 s ticks, coarser so a run has at most 20,000', () => {
    expect(defaultTickMs(600_000)).toBe(1000);
    expect(defaultTickMs(20_000_000)).toBe(1000);
    expect(defaultTickMs(86_400_000)).toBe(5000);
    expect(86_400_000 / defaultTickMs(30 * 86_400_000)).toBeLessThanOrEqual(20_000);
  });
});

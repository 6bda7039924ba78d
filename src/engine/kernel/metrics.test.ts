import { describe, expect, it } from 'vitest';
import type { Aggregation } from '../ports';
import { defaultTickMs, Metrics } from './metrics';
import { SeededRng } from './rng';

/** The plain definition: every series closes every tick. What Metrics writes lazily must equal it to the bit. */
class EagerSeries {
  value = 0;
  tickSum = 0;
  tickMax = 0;
  integral = 0;
  lastChangeMs = 0;
  out: number[] = [];
  constructor(readonly aggregation: Aggregation) {}
  add(v: number) {
    this.tickSum += v;
  }
  set(v: number, now: number) {
    if (this.aggregation === 'mean') {
      this.integral += this.value * (now - this.lastChangeMs);
      this.lastChangeMs = now;
    }
    this.value = v;
    if (v > this.tickMax) this.tickMax = v;
  }
  close(endMs: number, tickMs: number) {
    const a = this.aggregation;
    let out = a === 'sum' ? this.tickSum : a === 'max' ? this.tickMax : this.value;
    if (a === 'mean') {
      const from = Math.max(this.lastChangeMs, endMs - tickMs);
      out = (this.integral + this.value * (endMs - from)) / tickMs;
      this.lastChangeMs = endMs;
    }
    this.tickSum = 0;
    this.integral = 0;
    this.tickMax = this.value;
    this.out.push(out);
  }
}

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

  it('writes untouched ticks lazily, to the bit what closing every series every tick gives', () => {
    const rng = new SeededRng(3);
    const clock = { now: 0 };
    const tickMs = 1000;
    const m = new Metrics(tickMs, clock);
    const aggregations: Aggregation[] = ['sum', 'max', 'last', 'mean'];
    const eager = new Map<string, EagerSeries>();
    const handles = new Map<string, ReturnType<Metrics['series']>>();
    const taken = new Map<string, number[]>();
    const take = () => {
      const batch = m.take();
      if (!batch) return;
      for (const [key, column] of Object.entries(batch.series)) {
        expect(column.length).toBe(batch.count);
        taken.set(key, [...(taken.get(key) ?? Array.from({ length: batch.firstTick }, () => 0)), ...column]);
      }
    };
    for (let tick = 0; tick < 300; tick++) {
      // Now and then a series appears late; most ticks touch only a few series, some none.
      if (tick % 40 === 0) {
        for (const a of aggregations) {
          const key = `n${tick}/${a}`;
          handles.set(key, m.series(`n${tick}`, a, a));
          const e = new EagerSeries(a);
          e.lastChangeMs = clock.now;
          for (let t = 0; t < tick; t++) e.out.push(0);
          eager.set(key, e);
        }
      }
      const touches = rng.next() < 0.3 ? 0 : Math.floor(rng.next() * 4);
      for (let k = 0; k < touches; k++) {
        clock.now = tick * tickMs + Math.floor(rng.next() * tickMs);
        const keys = [...handles.keys()];
        const key = keys[Math.floor(rng.next() * keys.length)];
        const v = Math.floor(rng.next() * 5) / 3;
        if (key.endsWith('/sum')) {
          handles.get(key)!.add(v);
          eager.get(key)!.add(v);
        } else {
          handles.get(key)!.set(v);
          eager.get(key)!.set(v, clock.now);
        }
      }
      clock.now = (tick + 1) * tickMs;
      m.closeTick();
      for (const e of eager.values()) e.close(clock.now, tickMs);
      if (rng.next() < 0.1) take();
    }
    take();
    for (const [key, e] of eager) expect({ key, out: taken.get(key) }).toEqual({ key, out: e.out });
  });

  it('picks 1 s ticks, coarser so a run has at most 20,000', () => {
    expect(defaultTickMs(600_000)).toBe(1000);
    expect(defaultTickMs(20_000_000)).toBe(1000);
    expect(defaultTickMs(86_400_000)).toBe(5000);
    expect(86_400_000 / defaultTickMs(30 * 86_400_000)).toBeLessThanOrEqual(20_000);
  });
});

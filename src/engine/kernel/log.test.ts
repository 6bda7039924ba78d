import { describe, expect, it } from 'vitest';
import { BoundedLog } from './log';

describe('BoundedLog', () => {
  it('keeps at most reportLinesPerSecond REPORT lines per simulated second', () => {
    const clock = { now: 0 };
    const log = new BoundedLog(clock, 3);
    for (let t = 0; t < 2000; t += 10) {
      clock.now = t;
      log.push({ nodeId: 'f', level: 'info', category: 'report', message: `at ${t}` });
    }
    const lines = log.take();
    expect(lines.map((l) => l.tMs)).toEqual([0, 10, 20, 1000, 1010, 1020]);
  });

  it('keeps notable entries of each category separately, and stays bounded under a storm', () => {
    const clock = { now: 0 };
    const log = new BoundedLog(clock, 5);
    for (let second = 0; second < 1000; second++) {
      clock.now = second * 1000;
      for (let i = 0; i < 100; i++) log.push({ nodeId: 'f', level: 'warn', category: 'throttle', message: 'throttled' });
      log.push({ nodeId: 'f', level: 'info', category: 'coldStart', message: 'cold' });
    }
    const entries = log.take();
    expect(entries.length).toBeLessThanOrEqual(5000);
    // The newest are kept: the last second holds its cold start.
    expect(entries.at(-1)).toMatchObject({ tMs: 999_000, category: 'coldStart' });
    expect(log.take()).toEqual([]);
  });
});

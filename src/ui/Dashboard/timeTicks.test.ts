import { describe, expect, it } from 'vitest';
import { timeDomain, timeTicks } from './timeTicks';

describe('timeTicks', () => {
  it('puts ticks on round times: 1,000 s of run gives every 5 minutes', () => {
    // 1000 / 300 = 3.3 ticks; 1000 / 120 = 8.3 would be too many.
    expect(timeTicks(0, 1000)).toEqual([0, 300, 600, 900]);
  });

  it('starts at the first round time inside a window', () => {
    // A one-minute window: 60 / 15 = 4 ticks fit.
    expect(timeTicks(35, 95)).toEqual([45, 60, 75, 90]);
    // 65 s: 65 / 15 = 4.3 are too many, 65 / 30 = 2.2 fit.
    expect(timeTicks(30, 95)).toEqual([30, 60, 90]);
  });

  it('uses hours and days for long runs', () => {
    expect(timeTicks(0, 6 * 3600)).toEqual([0, 7200, 14_400, 21_600]);
    // 30 days: 30 / 7 = 4.3 weekly ticks are too many; every 14 days.
    expect(timeTicks(0, 30 * 86_400)).toEqual([0, 1_209_600, 2_419_200]);
  });

  it('keeps the same ticks while the run moves between round times', () => {
    expect(timeTicks(0, 1150)).toEqual(timeTicks(0, 1000));
    expect(timeTicks(0, 1200)).toEqual([0, 300, 600, 900, 1200]);
  });

  it('has no ticks for an empty or single-point range', () => {
    expect(timeTicks(10, 10)).toEqual([]);
    expect(timeTicks(10, 5)).toEqual([]);
  });
});

describe('timeDomain', () => {
  it('runs from the start to the run clock, whatever the data', () => {
    // 62 s: 62 / 15 = 4.1 are too many ticks, 62 / 30 = 2.1 fit.
    expect(timeDomain(62_000, null)).toEqual({ domain: [0, 62], ticks: [0, 30, 60] });
  });

  it('holds the window before the clock', () => {
    expect(timeDomain(7 * 3_600_000, 3_600_000)).toEqual({ domain: [21_600, 25_200], ticks: [21_600, 22_500, 23_400, 24_300, 25_200] });
  });

  it('has a placeholder axis before the run', () => {
    expect(timeDomain(0, null)).toEqual({ domain: [0, 1], ticks: [] });
  });
});

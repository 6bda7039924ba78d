import { describe, expect, it } from 'vitest';
import { expectedTrafficCount, trafficPeakRate, trafficRateAt, trafficSchema } from './traffic';

describe('traffic rate over time', () => {
  it('steps replace the base rate from their time on', () => {
    const t = trafficSchema.parse({ ratePerSecond: 10, steps: [{ atSeconds: 60, ratePerSecond: 50 }] });
    expect(trafficRateAt(t, 59.9)).toBe(10);
    expect(trafficRateAt(t, 60)).toBe(50);
    expect(expectedTrafficCount(t, 120)).toBeCloseTo(10 * 60 + 50 * 60, 0);
  });

  it('a ramp moves linearly from the rate in force at its start', () => {
    const t = trafficSchema.parse({ ratePerSecond: 0, ramp: { startSeconds: 0, endSeconds: 100, toRatePerSecond: 100 } });
    expect(trafficRateAt(t, 25)).toBeCloseTo(25);
    expect(trafficRateAt(t, 200)).toBe(100);
    // The area under a 0 -> 100 ramp over 100 s is 5,000.
    expect(expectedTrafficCount(t, 100)).toBeCloseTo(5000, 0);
  });

  it('the daily cycle peaks at its hour and averages out over a day', () => {
    const t = trafficSchema.parse({ ratePerSecond: 10, dailyCycle: { amplitude: 0.5, peakHourUTC: 14 } });
    expect(trafficRateAt(t, 14 * 3600)).toBeCloseTo(15);
    expect(trafficRateAt(t, 2 * 3600)).toBeCloseTo(5);
    expect(expectedTrafficCount(t, 86_400)).toBeCloseTo(864_000, -2);
    expect(trafficPeakRate(t)).toBe(15);
  });

  it('bursts add their count', () => {
    const t = trafficSchema.parse({ ratePerSecond: 0, bursts: [{ atSeconds: 5, count: 10_000 }] });
    expect(expectedTrafficCount(t, 60)).toBe(10_000);
  });
});

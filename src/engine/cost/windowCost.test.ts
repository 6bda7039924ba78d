import { describe, expect, it } from 'vitest';
import { runToEnd } from '..';
import { callerToFunction } from '../testing/scenarioBuilder';

describe('the bill of a simulated run (§10)', () => {
  it("projects AWS's On-demand Example 1 from one simulated day: 3 M requests a month of 120 ms at 1,536 MB is $2.73", () => {
    // 100,000 requests evenly spaced over a day is 3,000,000 in a 30-day month.
    const s = runToEnd(
      callerToFunction({
        seconds: 86_400,
        callerConfig: { traffic: { pattern: 'constant', ratePerSecond: 100_000 / 86_400 } },
        fn: { memoryMB: 1536, durationMs: { distribution: 'fixed', value: 120 }, initDurationMs: { distribution: 'fixed', value: 0 } },
      }),
    );
    expect(s.functions.fn.invocations).toBe(100_000);
    expect(Math.round(s.monthlyProjection.totalUSD * 100) / 100).toBe(2.73);
    // The window itself never gets the free tier: 100,000 × 0.12 s × 1.5 GB at the tier-1 rate, plus requests.
    expect(s.functions.fn.cost.computeUSD).toBeCloseTo(100_000 * 0.12 * 1.5 * 0.0000166667, 9);
    expect(s.functions.fn.cost.requestsUSD).toBeCloseTo(100_000 * 0.0000002, 12);
  });

  it('bills ephemeral storage above 512 MB and the Arm rate', () => {
    const s = runToEnd(
      callerToFunction({
        seconds: 100,
        callerConfig: { traffic: { pattern: 'constant', ratePerSecond: 10 } },
        fn: {
          architecture: 'arm64',
          memoryMB: 2048,
          ephemeralStorageMB: 2560,
          durationMs: { distribution: 'fixed', value: 500 },
          initDurationMs: { distribution: 'fixed', value: 0 },
        },
      }),
    );
    const seconds = 1000 * 0.5;
    expect(s.functions.fn.cost.computeUSD).toBeCloseTo(seconds * 2 * 0.0000133334, 12);
    expect(s.functions.fn.cost.ephemeralUSD).toBeCloseTo(seconds * 2 * 0.0000000309, 14);
  });
});

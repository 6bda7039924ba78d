import { describe, expect, it } from 'vitest';
import { runToEnd } from '..';
import { callerToFunction } from '../testing/scenarioBuilder';
import { erlangB } from '../testing/erlangB';


describe('reserved concurrency under Poisson traffic matches Erlang B (M/M/c/c)', () => {
  // A sync function with reserved concurrency c is a loss system: a request
  // that finds all c environments busy is throttled, never queued.
  it.each([
    [5, 3],
    [10, 10],
    [20, 15],
  ])('c = %i, offered load %i Erlangs', (c, load) => {
    const meanMs = 100;
    const ratePerSecond = load / (meanMs / 1000);
    const s = runToEnd(
      callerToFunction({
        seconds: 1500,
        seed: 11,
        callerConfig: { traffic: { pattern: 'poisson', ratePerSecond } },
        fn: {
          reservedConcurrency: c,
          durationMs: { distribution: 'exponential', mean: meanMs },
          initDurationMs: { distribution: 'fixed', value: 0 },
          timeoutSeconds: 900,
        },
        account: { idleKeepAliveSeconds: 21_600, maxEnvironmentLifetimeSeconds: null },
      }),
    );
    const alb = s.resources.caller;
    const share = alb.metrics.Status429 / alb.arrived;
    const expected = erlangB(c, load);
    // About 150,000 requests: the standard error of the share is below 0.002.
    expect(Math.abs(share - expected)).toBeLessThan(0.01);
    expect(s.functions.fn.maxConcurrency).toBe(c);
  });
});

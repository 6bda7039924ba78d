/**
 * Issue 13, item 5: the 95 % interval of replications covers the true value in
 * about 95 % of repeated experiments. The truth is Erlang B: a synchronous
 * function with reserved concurrency c under Poisson traffic is a loss system
 * (M/M/c/c), so the expected throttles over T seconds are B(c, a) × λ × T.
 */
import { describe, expect, it } from 'vitest';
import { runToEnd } from '../engine';
import { callerToFunction } from '../engine/testing/scenarioBuilder';
import { replicate } from './replicate';
import { erlangB } from '../engine/testing/erlangB';


describe('replication intervals against Erlang B', () => {
  it('cover the expected throttles in about 95 % of 100 experiments of 8 replications', async () => {
    const c = 5;
    const meanMs = 100;
    const load = 3;
    const ratePerSecond = load / (meanMs / 1000);
    const seconds = 60;
    const expected = erlangB(c, load) * ratePerSecond * seconds;
    let covered = 0;
    const experiments = 100;
    for (let e = 0; e < experiments; e++) {
      const scenario = callerToFunction({
        seconds,
        seed: 1000 + e,
        callerConfig: { traffic: { pattern: 'poisson', ratePerSecond } },
        fn: {
          reservedConcurrency: c,
          durationMs: { distribution: 'exponential', mean: meanMs },
          initDurationMs: { distribution: 'fixed', value: 0 },
          timeoutSeconds: 900,
        },
        account: { idleKeepAliveSeconds: 21_600, maxEnvironmentLifetimeSeconds: null },
      });
      const result = await replicate(scenario, 8, async (s) => runToEnd(s));
      const t = result.summary.functions.fn.throttles;
      if (t.low <= expected && expected <= t.high) covered++;
    }
    // Binomial(100, 0.95): 88 … 99 holds with probability above 99.7 %; a biased engine or a too-narrow interval falls below.
    expect(covered).toBeGreaterThanOrEqual(88);
    expect(covered).toBeLessThanOrEqual(99);
  }, 60_000);
});

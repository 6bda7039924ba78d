import { describe, expect, it } from 'vitest';
import { createSimulation, runToEnd } from '..';
import { callerToFunction } from '../testing/scenarioBuilder';

describe('scaling rate', () => {
  it('current model: a step to 5,000 needed concurrency grows 1,000 at once, then exactly 100 per second (1,000 per 10 s)', () => {
    // 5,000 requests a second of 60 s each, capped by a reservation of 5,000: nothing frees during
    // the first minute, so every new request needs a new environment.
    const sim = createSimulation(
      callerToFunction({
        seconds: 60,
        callerConfig: { traffic: { pattern: 'constant', ratePerSecond: 5000 } },
        fn: {
          reservedConcurrency: 5000,
          durationMs: { distribution: 'fixed', value: 60_000 },
          initDurationMs: { distribution: 'fixed', value: 0 },
          timeoutSeconds: 900,
        },
        account: { concurrencyLimit: 5100 },
      }),
    );
    const environmentsAt = (seconds: number) => {
      sim.advanceTo(seconds * 1000);
      return sim.live().fn.environments;
    };
    // The bucket holds 1,000 tokens at t = 0 and refills 100 per second, never accruing past 1,000.
    // (Read 5 ms past each instant, away from the moment a token completes.)
    expect(environmentsAt(0.505)).toBe(1050);
    expect(environmentsAt(10.005)).toBe(2000);
    expect(environmentsAt(20.005)).toBe(3000);
    expect(environmentsAt(30.005)).toBe(4000);
    expect(environmentsAt(39.505)).toBe(4950);
    expect(environmentsAt(50)).toBe(5000);
    const s = sim.summary();
    expect(s.functions.fn.maxConcurrency).toBe(5000);
  });

  it('current model: once scaled, the budget refills to 1,000 but no more', () => {
    // Demand 500 environments for 30 s, then a jump to 5,000: 1,000 at once again, then +100 per second.
    const sim = createSimulation(
      callerToFunction({
        seconds: 60,
        callerConfig: {
          traffic: { pattern: 'constant', ratePerSecond: 500, steps: [{ atSeconds: 30, ratePerSecond: 5000 }] },
        },
        fn: {
          reservedConcurrency: 5000,
          durationMs: { distribution: 'fixed', value: 1000 },
          initDurationMs: { distribution: 'fixed', value: 0 },
          timeoutSeconds: 10,
        },
        account: { concurrencyLimit: 5100 },
      }),
    );
    sim.advanceTo(29_990);
    expect(sim.live().fn.environments).toBe(500);
    sim.advanceTo(30_500);
    // Arrivals after the step find the 500 busy, take the 1,000 tokens, then 100/s. A token is spent
    // only when a request finds no idle environment, so the count may trail the bucket by one.
    const environments = sim.live().fn.environments;
    expect(environments).toBeLessThanOrEqual(500 + 1000 + 50);
    expect(environments).toBeGreaterThanOrEqual(500 + 1000 + 50 - 1);
  });

  it('legacy model: the AWS Operator Guide example, 10,000 requests at once: 3,000 served, 7,000 throttled', () => {
    const s = runToEnd(
      callerToFunction({
        seconds: 30,
        callerConfig: { traffic: { pattern: 'constant', ratePerSecond: 0, bursts: [{ atSeconds: 1, count: 10_000 }] } },
        fn: { durationMs: { distribution: 'fixed', value: 20_000 }, timeoutSeconds: 60 },
        account: { concurrencyLimit: 10_000, scalingModel: 'legacy', legacyBurstConcurrency: 3000 },
      }),
    );
    expect(s.functions.fn.invocations).toBe(3000);
    expect(s.functions.fn.throttles).toBe(7000);
  });

  it('legacy model: after the burst, +500 environments per minute', () => {
    // 3,000 at once, then a steady demand: 60 s later the account has scaled by 500 more.
    const sim = createSimulation(
      callerToFunction({
        seconds: 200,
        callerConfig: { traffic: { pattern: 'constant', ratePerSecond: 1000 } },
        fn: { durationMs: { distribution: 'fixed', value: 100_000 }, initDurationMs: { distribution: 'fixed', value: 0 }, timeoutSeconds: 900 },
        account: { concurrencyLimit: 10_000, scalingModel: 'legacy', legacyBurstConcurrency: 3000 },
      }),
    );
    sim.advanceTo(10_000);
    const early = sim.live().fn.environments;
    sim.advanceTo(70_000);
    expect(early).toBe(3000 + Math.floor((10 * 500) / 60));
    expect(sim.live().fn.environments - early).toBe(500);
  });
});

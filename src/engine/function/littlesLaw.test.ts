import { describe, expect, it } from 'vitest';
import { runToEnd } from '..';
import { callerToFunction } from '../testing/scenarioBuilder';

describe("mean concurrency follows Little's law (L = λ·W)", () => {
  it.each([
    ['exponential', { distribution: 'exponential', mean: 50 }, 50],
    ['uniform', { distribution: 'uniform', min: 100, max: 300 }, 200],
    ['lognormal', { distribution: 'lognormal', p50: 80, p99: 400 }, 80 * Math.exp((Math.log(400 / 80) / 2.3263) ** 2 / 2)],
  ])('%s durations', (_, durationMs, meanMs) => {
    const ratePerSecond = 200;
    const seconds = 600;
    const s = runToEnd(
      callerToFunction({
        seconds,
        seed: 5,
        callerConfig: { traffic: { pattern: 'poisson', ratePerSecond } },
        fn: { durationMs, initDurationMs: { distribution: 'fixed', value: 0 }, timeoutSeconds: 60 },
      }),
    );
    const f = s.functions.fn;
    expect(f.throttles).toBe(0);
    const expected = ratePerSecond * (meanMs / 1000);
    expect(Math.abs(f.meanConcurrency - expected) / expected).toBeLessThan(0.03);
    expect(Math.abs(s.account.meanConcurrency - expected) / expected).toBeLessThan(0.03);
  });
});

import { describe, expect, it } from 'vitest';
import { createSimulation, runToEnd } from '..';
import { callerToFunction } from '../testing/scenarioBuilder';

const fixed = (value: number) => ({ distribution: 'fixed', value });
const bursts = (...atSeconds: number[]) => ({ pattern: 'constant', ratePerSecond: 0, bursts: atSeconds.map((at) => ({ atSeconds: at, count: 1 })) });

/** One request a second, plus a burst of 4 at 0.5 s that creates surplus environments. */
function environmentsAfter800s(routing: string): number {
  const sim = createSimulation(
    callerToFunction({
      seconds: 900,
      callerConfig: { traffic: { pattern: 'constant', ratePerSecond: 1, bursts: [{ atSeconds: 0.5, count: 4 }] } },
      fn: { durationMs: fixed(100), initDurationMs: fixed(0) },
      account: { routing, idleKeepAliveSeconds: 600 },
    }),
  );
  sim.advanceTo(800_000);
  return sim.live().fn.environments;
}

describe('execution environments (§2.2, §2.3)', () => {
  it.each([
    ['a number', 600],
    ['a distribution', { distribution: 'uniform', min: 599.5, max: 600.5 }],
  ])('stay warm for the idle keep-alive after their last request, then are reaped (keep-alive as %s)', (_, idleKeepAliveSeconds) => {
    const s = runToEnd(
      callerToFunction({
        seconds: 2000,
        callerConfig: { traffic: bursts(0, 599, 1300) },
        fn: { durationMs: fixed(1000), initDurationMs: fixed(0) },
        account: { idleKeepAliveSeconds },
      }),
    );
    // t = 599 s: idle since 1 s, within 600 s: warm. t = 1,300 s: idle since 600 s, reaped at 1,200 s: cold.
    expect(s.functions.fn.coldStarts).toBe(2);
  });

  it('count idle time in meanEnvironments exactly, up to the keep-alive', () => {
    const s = runToEnd(
      callerToFunction({
        seconds: 1200,
        callerConfig: { traffic: bursts(0) },
        fn: { durationMs: fixed(100), initDurationMs: fixed(0) },
        account: { idleKeepAliveSeconds: 600 },
      }),
    );
    // One environment alive from 0 to 0.1 s + 600 s, in a 1,200 s window.
    expect(s.functions.fn.meanEnvironments).toBeCloseTo(600.1 / 1200, 9);
  });

  it('are recycled after the maximum lifetime, after the request in hand, even under steady load', () => {
    const s = runToEnd(
      callerToFunction({
        seconds: 1000,
        callerConfig: { traffic: { pattern: 'constant', ratePerSecond: 1 } },
        fn: { durationMs: fixed(100), initDurationMs: fixed(0) },
        account: { maxEnvironmentLifetimeSeconds: 100 },
      }),
    );
    // A new environment every 100 s: at 0, 100, 200, ... 900 s.
    expect(s.functions.fn.coldStarts).toBe(10);
  });

  it('newest-first routing lets surplus environments expire; random routing keeps them all warm', () => {
    expect(environmentsAfter800s('newest')).toBe(1);
    expect(environmentsAfter800s('mostRecentlyUsed')).toBe(1);
    expect(environmentsAfter800s('random')).toBe(4);
  });

  it('a timeout resets the environment: the next request pays INIT again inside its invoke', () => {
    const s = runToEnd(
      callerToFunction({
        seconds: 60,
        callerConfig: { traffic: bursts(0, 10, 20) },
        fn: { durationMs: fixed(5000), initDurationMs: fixed(300), timeoutSeconds: 3, memoryMB: 1024 },
      }),
    );
    const f = s.functions.fn;
    expect(f.timeouts).toBe(3);
    expect(f.errors).toBe(3);
    expect(f.coldStarts).toBe(3);
    // Billed: (300 INIT + 3,000) for the first, 3,000 (the suppressed init inside the timeout) for the others, at 1 GB.
    expect(f.cost.computeUSD).toBeCloseTo(((3300 + 3000 + 3000) / 1000) * 0.0000166667, 12);
    expect(s.resources.caller.metrics.Status502).toBe(3);
  });
});

import { describe, expect, it } from 'vitest';
import { runToEnd } from '..';
import { callerToFunction } from '../testing/scenarioBuilder';

/**
 * AWS docs, "Enable internet access for VPC-connected Lambda functions": a function attached to a VPC has no
 * internet access by default; it reaches the internet through a NAT gateway. Without one, a call to an internet
 * endpoint gets no answer, so the handler waits until the function's timeout (§2.5: a timeout is an error,
 * billed to the timeout, and resets the environment).
 */
const fixed = (value: number) => ({ distribution: 'fixed', value });

function run(fn: Record<string, unknown>) {
  return runToEnd(
    callerToFunction({
      seconds: 120,
      seed: 9,
      caller: 'apiGateway',
      callerConfig: { traffic: { pattern: 'constant', ratePerSecond: 2 } },
      fn: { memoryMB: 1024, durationMs: fixed(100), initDurationMs: fixed(200), timeoutSeconds: 3, ...fn },
    }),
  );
}

describe('a VPC function reaches the internet only through a NAT gateway', () => {
  it('in a VPC without a NAT gateway every internet-calling invocation runs to its 3 s timeout and ends as a timeout', () => {
    const s = run({ vpc: { natGateway: false }, callsInternet: true });
    const f = s.functions.fn;
    expect(f.invocations).toBe(240);
    expect(f.timeouts).toBe(f.invocations);
    expect(f.errors).toBe(f.invocations);
    expect(f.durationMs.p50).toBeCloseTo(3000, 6);
    // Each timeout resets its environment: every invoke is a cold start (suppressed init after the first).
    expect(f.coldStarts).toBe(f.invocations);
    // Billed to the timeout: 3 s (a suppressed init runs inside it) plus the first INIT of each new environment at most.
    expect(f.cost.computeUSD).toBeGreaterThanOrEqual(240 * 3 * 0.0000166667 - 1e-9);
    expect(f.cost.computeUSD).toBeLessThanOrEqual(240 * 3.2 * 0.0000166667 + 1e-9);
  });

  it('with a NAT gateway, or without internet calls, the VPC changes no number (its ENIs are made at configuration, not per cold start)', () => {
    const plain = run({});
    for (const fn of [{ vpc: { natGateway: true }, callsInternet: true }, { vpc: { natGateway: false }, callsInternet: false }, { callsInternet: true }]) {
      expect({ ...run(fn), wallMs: 0 }).toEqual({ ...plain, wallMs: 0 });
    }
    expect(plain.functions.fn.timeouts).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { runToEnd } from '../..';
import { callerToFunction, scenario } from '../../testing/scenarioBuilder';

const fixed = (value: number) => ({ distribution: 'fixed', value });
const once = { pattern: 'constant', ratePerSecond: 0, bursts: [{ atSeconds: 0, count: 1 }] };

describe('synchronous callers (§4)', () => {
  it('ALB: a function error becomes 502, a throttle 429, no retries', () => {
    const s = runToEnd(
      callerToFunction({
        seconds: 60,
        callerConfig: { traffic: { pattern: 'constant', ratePerSecond: 10 } },
        fn: { errorRate: 1, durationMs: fixed(50), reservedConcurrency: 1, initDurationMs: fixed(0) },
      }),
    );
    const m = s.resources.caller.metrics;
    // Every 100 ms a request of 50 ms: the single environment is always free again.
    expect(m.Status502).toBe(600);
    expect(m.Status429).toBe(0);
    expect(s.functions.fn.invocations).toBe(600);
  });

  it('API Gateway: 504 after the 29 s integration timeout while the function runs on and is billed', () => {
    const s = runToEnd(
      callerToFunction({
        seconds: 100,
        caller: 'apiGateway',
        callerConfig: { traffic: once },
        fn: { durationMs: fixed(40_000), initDurationMs: fixed(0), timeoutSeconds: 60, memoryMB: 1024 },
      }),
    );
    expect(s.resources.caller.metrics.Status504).toBe(1);
    expect(s.resources.caller.metrics.Status200).toBe(0);
    expect(s.functions.fn.invocations).toBe(1);
    // Billed the full 40 s at 1 GB.
    expect(s.functions.fn.cost.computeUSD).toBeCloseTo(40 * 0.0000166667, 12);
  });

  it('API Gateway: a cold start whose INIT pushes it past 29 s is a 504 at 29 s, even when the function timeout is 29 s', () => {
    // §4: INIT (up to 10 s) runs before the invoke, so timeout 29 s + INIT 5 s can outlive the integration timeout.
    // The run ends at 31 s: the 504 must come at 29 s, not when the function ends at 5 + 27 = 32 s.
    const s = runToEnd(
      callerToFunction({
        seconds: 31,
        caller: 'apiGateway',
        callerConfig: { traffic: once },
        fn: { durationMs: fixed(27_000), initDurationMs: fixed(5000), timeoutSeconds: 29, memoryMB: 1024 },
      }),
    );
    const m = s.resources.caller.metrics;
    expect(m.Status504).toBe(1);
    expect(m.Status200).toBe(0);
    expect(m.InFlight).toBe(0);
    // The function runs on and is billed INIT + invoke: 32 s at 1 GB.
    expect(s.functions.fn.cost.computeUSD).toBeCloseTo(32 * 0.0000166667, 12);
  });

  it('API Gateway: a cold start that ends within 29 s is a 200', () => {
    // INIT 9 s + handler 15 s = 24 s < 29 s.
    const s = runToEnd(
      callerToFunction({
        seconds: 60,
        caller: 'apiGateway',
        callerConfig: { traffic: once },
        fn: { durationMs: fixed(15_000), initDurationMs: fixed(9000), timeoutSeconds: 20 },
      }),
    );
    expect(s.resources.caller.metrics.Status200).toBe(1);
    expect(s.resources.caller.metrics.InFlight).toBe(0);
  });

  it('API Gateway: its own throttle (burst then rate) answers 429; a Lambda throttle is 500', () => {
    const s = runToEnd(
      callerToFunction({
        seconds: 10,
        caller: 'apiGateway',
        callerConfig: {
          traffic: { pattern: 'constant', ratePerSecond: 0, bursts: [{ atSeconds: 1, count: 30 }] },
          throttleBurst: 20,
          throttleRatePerSecond: 5,
        },
        fn: { durationMs: fixed(5000), reservedConcurrency: 15 },
      }),
    );
    const m = s.resources.caller.metrics;
    // 30 at once: the bucket holds 20 (10 refused: 429); Lambda takes 15 of those 20 (5 refused: 500).
    expect(m.Status429).toBe(10);
    expect(m.Status500).toBe(5);
    expect(s.functions.fn.throttles).toBe(5);
  });

  it('SDK client: a sync invoke longer than the 60 s read timeout is retried and the function runs 3 times', () => {
    const s = runToEnd(
      callerToFunction({
        seconds: 600,
        caller: 'client',
        callerConfig: { traffic: once },
        fn: { durationMs: fixed(90_000), initDurationMs: fixed(0), timeoutSeconds: 120 },
      }),
    );
    expect(s.functions.fn.invocations).toBe(3);
    expect(s.resources.caller.metrics.ReadTimeouts).toBe(3);
    expect(s.resources.caller.metrics.Status504).toBe(1);
  });

  it('SDK client: a 60 s function whose cold start answers after 60.5 s hits the 60 s read timeout', () => {
    // INIT 1 s + handler 59.5 s = 60.5 s > readTimeoutSeconds 60 (§4): a read timeout, not a 200.
    const s = runToEnd(
      callerToFunction({
        seconds: 120,
        caller: 'client',
        callerConfig: { traffic: once, maxAttempts: 1 },
        fn: { durationMs: fixed(59_500), initDurationMs: fixed(1000), timeoutSeconds: 60 },
      }),
    );
    const m = s.resources.caller.metrics;
    expect(m.ReadTimeouts).toBe(1);
    expect(m.Status504).toBe(1);
    expect(m.Status200).toBe(0);
    expect(m.InFlight).toBe(0);
    expect(s.functions.fn.invocations).toBe(1);
  });

  it('SDK client: throttles are retried with jittered backoff, at most 3 attempts; function errors are not retried', () => {
    const throttled = runToEnd(
      callerToFunction({ seconds: 60, caller: 'client', callerConfig: { traffic: once }, fn: { reservedConcurrency: 0 } }),
    );
    expect(throttled.functions.fn.throttles).toBe(3);
    expect(throttled.resources.caller.metrics.Status429).toBe(1);
    expect(throttled.resources.caller.metrics.ClientRetries).toBe(2);
    const failing = runToEnd(
      callerToFunction({ seconds: 60, caller: 'client', callerConfig: { traffic: once }, fn: { errorRate: 1 } }),
    );
    expect(failing.functions.fn.invocations).toBe(1);
    expect(failing.resources.caller.metrics.FunctionErrors).toBe(1);
  });

  it('a caller with several trigger edges splits its requests evenly at random', () => {
    const s = runToEnd(
      scenario({
        durationSeconds: 100,
        nodes: [
          { id: 'alb', kind: 'alb', config: { traffic: { pattern: 'constant', ratePerSecond: 100 } } },
          { id: 'a', kind: 'function', config: {} },
          { id: 'b', kind: 'function', config: {} },
        ],
        edges: [
          { id: 'ea', source: 'alb', target: 'a', kind: 'trigger' },
          { id: 'eb', source: 'alb', target: 'b', kind: 'trigger' },
        ],
      }),
    );
    const a = s.functions.a.invocations;
    const b = s.functions.b.invocations;
    expect(a + b).toBe(10_000);
    // Binomial(10,000, 1/2): standard deviation 50.
    expect(Math.abs(a - 5000)).toBeLessThan(200);
  });
});

import { describe, expect, it } from 'vitest';
import { runToEnd } from '..';
import { SimulationRun } from '../simulation';
import { callerToFunction, scenario } from '../testing/scenarioBuilder';

/**
 * lambda-model.md §2.1: "If the Lambda function crashes or times out during the Invoke phase, Lambda resets
 * the execution environment … If this environment is used for a new invocation, Lambda re-initializes the
 * extension and runtime together with the next invocation" (causes listed include "memory exhaustion"); a
 * handled error does not reset it. The next invoke on a reset environment is a (suppressed-init) cold start.
 */
const fixed = (value: number) => ({ distribution: 'fixed', value });

function steady(fn: Record<string, unknown>, opts: { rate?: number; seconds?: number; caller?: 'alb' | 'apiGateway' } = {}) {
  return callerToFunction({
    seconds: opts.seconds ?? 300,
    seed: 11,
    caller: opts.caller,
    callerConfig: { traffic: { pattern: 'constant', ratePerSecond: opts.rate ?? 10 } },
    fn: { memoryMB: 128, durationMs: fixed(50), initDurationMs: fixed(100), timeoutSeconds: 10, ...fn },
  });
}

describe('crashes and out-of-memory errors reset the environment (§2.1)', () => {
  it('with crashRate 1 every invocation crashes, is an error, and is a cold start', () => {
    const f = runToEnd(steady({ crashRate: 1 })).functions.fn;
    expect(f.invocations).toBe(3000);
    expect(f.crashes).toBe(f.invocations);
    expect(f.errors).toBe(f.invocations);
    expect(f.coldStarts).toBe(f.invocations);
    expect(f.outOfMemory).toBe(0);
  });

  it('a handled error (errorRate 1) does not reset it: only the first invocations are cold', () => {
    const f = runToEnd(steady({ errorRate: 1 })).functions.fn;
    expect(f.errors).toBe(f.invocations);
    expect(f.crashes).toBe(0);
    expect(f.coldStarts).toBeLessThanOrEqual(2);
  });

  it('with memoryUsedMB fixed above memoryMB every invocation is out of memory, an error and a cold start', () => {
    const f = runToEnd(steady({ memoryUsedMB: fixed(200) })).functions.fn;
    expect(f.outOfMemory).toBe(f.invocations);
    expect(f.errors).toBe(f.invocations);
    expect(f.coldStarts).toBe(f.invocations);
    expect(f.crashes).toBe(0);
  });

  it('memory use at or below memoryMB never fails, and leaves every number as without it (its own random stream)', () => {
    const plain = runToEnd(steady({ durationMs: { distribution: 'exponential', mean: 120 } }));
    const within = runToEnd(steady({ durationMs: { distribution: 'exponential', mean: 120 }, memoryUsedMB: { distribution: 'uniform', min: 60, max: 128 }, crashRate: 0 }));
    expect(within.functions.fn.outOfMemory).toBe(0);
    expect({ ...within, wallMs: 0 }).toEqual({ ...plain, wallMs: 0 });
  });

  it('with crashRate 0.5 at steady load, cold starts = crashes + the cold starts without crashes (each crash makes the next invoke there cold)', () => {
    const base = runToEnd(steady({}, { seconds: 600 })).functions.fn;
    const f = runToEnd(steady({ crashRate: 0.5 }, { seconds: 600 })).functions.fn;
    const n = f.invocations;
    expect(n).toBe(6000);
    // Bernoulli(0.5): within 4 standard deviations of n/2.
    expect(Math.abs(f.crashes - n / 2)).toBeLessThan(4 * Math.sqrt(n * 0.25));
    expect(f.errors).toBe(f.crashes);
    // Every crash is followed by a suppressed init on that environment, except a crash in the last
    // invocation an environment runs; new environments are the few cold starts of the run without crashes.
    expect(Math.abs(f.coldStarts - (f.crashes + base.coldStarts))).toBeLessThanOrEqual(3);
  });

  it('an out-of-memory invocation is billed up to the point the runtime died (uniform over the handler run), a suppressed init included', () => {
    // 1,000 ms handler, 100 ms INIT, 128 MB; the reset environment's next invoke runs the INIT inside it.
    const f = runToEnd(steady({ durationMs: fixed(1000), memoryUsedMB: fixed(129) }, { rate: 2, seconds: 600 })).functions.fn;
    const n = f.invocations;
    const meanBilledS = 0.1 + 0.5; // INIT + half the handler on average
    const expected = n * meanBilledS * (128 / 1024) * 0.0000166667;
    expect(Math.abs(f.cost.computeUSD - expected) / expected).toBeLessThan(0.03);
    // Against the same function without the memory problem (the full second every time).
    const whole = runToEnd(steady({ durationMs: fixed(1000) }, { rate: 2, seconds: 600 })).functions.fn;
    expect(f.cost.computeUSD).toBeLessThan(whole.cost.computeUSD * 0.6);
  });

  it('a timeout that comes first stays a timeout', () => {
    const f = runToEnd(steady({ durationMs: fixed(5000), timeoutSeconds: 1, memoryUsedMB: fixed(500) }, { rate: 1, seconds: 120 })).functions.fn;
    // The runtime would die at a uniform point of 5 s; before 1 s (one in five) it is out of memory, else a timeout.
    expect(f.timeouts + f.outOfMemory).toBe(f.invocations);
    expect(f.outOfMemory / f.invocations).toBeGreaterThan(0.08);
    expect(f.outOfMemory / f.invocations).toBeLessThan(0.35);
  });

  it('a sync caller sees a function error: API Gateway answers 502 (§4)', () => {
    const s = runToEnd(steady({ crashRate: 1 }, { caller: 'apiGateway', seconds: 60 }));
    const m = s.resources.caller.metrics;
    // Every invocation that ended answered 502; one may still run at the end.
    expect(m.Status502 + m.InFlight).toBe(s.functions.fn.invocations);
    expect(m.Status200).toBe(0);
  });

  it('an async event whose invocation crashes is retried twice, as any function error (§5)', () => {
    const s = runToEnd(
      scenario({
        durationSeconds: 900,
        nodes: [
          { id: 'cli', kind: 'client', config: { invocationType: 'async', traffic: { pattern: 'constant', ratePerSecond: 0, bursts: [{ atSeconds: 1, count: 10 }] } } },
          { id: 'fn', kind: 'function', config: { crashRate: 1, durationMs: fixed(50) } },
        ],
        edges: [{ id: 't', source: 'cli', target: 'fn', kind: 'trigger' }],
      }),
    );
    expect(s.functions.fn.invocations).toBe(30);
    expect(s.functions.fn.crashes).toBe(30);
    expect(s.functions.fn.asyncEventsDropped).toBe(10);
  });

  it('logs what Lambda logs: the runtime exit, REPORT with the error type, then the suppressed init', () => {
    const run = new SimulationRun(steady({ memoryUsedMB: fixed(300) }, { rate: 1, seconds: 3 }));
    run.advanceTo(run.endMs);
    const log = run.takeLog().map((e) => e.message);
    expect(log).toContain(
      'Error: Runtime exited with error: signal: killed Runtime.OutOfMemory: the invocation needed 300 MB of 128 MB; the environment is reset, the next invoke on it runs INIT again',
    );
    expect(log.some((m) => /^REPORT .* Memory Size: 128 MB Max Memory Used: 128 MB .*Status: error Error Type: Runtime\.OutOfMemory$/.test(m))).toBe(true);
    expect(log).toContain('Suppressed init: the environment was reset after an out-of-memory error, INIT runs again inside this invoke');

    const crash = new SimulationRun(steady({ crashRate: 1 }, { rate: 1, seconds: 3 }));
    crash.advanceTo(crash.endMs);
    const lines = crash.takeLog().map((e) => e.message);
    expect(lines.some((m) => m.startsWith('Error: Runtime exited with error: exit status 1 Runtime.ExitError'))).toBe(true);
    expect(lines.some((m) => m.endsWith('Status: error Error Type: Runtime.ExitError'))).toBe(true);
  });
});

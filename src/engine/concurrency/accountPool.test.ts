import { describe, expect, it } from 'vitest';
import { runToEnd } from '..';
import { scenario } from '../testing/scenarioBuilder';

const oneSecond = { distribution: 'fixed', value: 1000 };
const noInit = { distribution: 'fixed', value: 0 };

function caller(id: string, target: string, ratePerSecond: number) {
  return {
    node: { id, kind: 'alb', config: { traffic: { pattern: 'constant', ratePerSecond } } },
    edge: { id: `e-${id}`, source: id, target, kind: 'trigger' },
  };
}

describe('the account pool (§1.1, §1.2)', () => {
  it("AWS's example: 400 + 400 reserved leave 200 to share; a reserved function throttles at its reservation even with the account idle", () => {
    // Each function gets requests of 1 s at a rate equal to the concurrency it would need.
    const callers = [caller('c-orange', 'orange', 600), caller('c-other', 'other', 300)];
    const s = runToEnd(
      scenario({
        durationSeconds: 30,
        account: { concurrencyLimit: 1000 },
        nodes: [
          ...callers.map((c) => c.node),
          { id: 'orange', kind: 'function', config: { reservedConcurrency: 400, durationMs: oneSecond, initDurationMs: noInit } },
          { id: 'blue', kind: 'function', config: { reservedConcurrency: 400 } },
          { id: 'other', kind: 'function', config: { durationMs: oneSecond, initDurationMs: noInit } },
        ],
        edges: callers.map((c) => c.edge),
      }),
    );
    expect(s.functions.orange.maxConcurrency).toBe(400);
    expect(s.functions.other.maxConcurrency).toBe(200);
    // Steady state: 200 of 600 and 100 of 300 requests a second are refused.
    expect(Math.abs(s.functions.orange.throttles / (600 * 30) - 200 / 600)).toBeLessThan(0.01);
    expect(Math.abs(s.functions.other.throttles / (300 * 30) - 100 / 300)).toBeLessThan(0.01);
    expect(s.account.maxConcurrency).toBe(600);
  });

  it('an account limit of 50 (a new account, nothing reserved) caps the account at 50 concurrent and throttles the rest (§1.1)', () => {
    // 100 requests a second of 1 s each need 100 environments; 50 are allowed, so in steady state half are refused.
    const c = caller('c', 'busy', 100);
    const s = runToEnd(
      scenario({
        durationSeconds: 30,
        account: { concurrencyLimit: 50 },
        nodes: [c.node, { id: 'busy', kind: 'function', config: { durationMs: oneSecond, initDurationMs: noInit } }],
        edges: [c.edge],
      }),
    );
    expect(s.functions.busy.maxConcurrency).toBe(50);
    expect(s.account.maxConcurrency).toBe(50);
    expect(s.functions.busy.invocations + s.functions.busy.throttles).toBe(100 * 30);
    expect(Math.abs(s.functions.busy.throttles / (100 * 30) - 50 / 100)).toBeLessThan(0.01);
  });

  it('provisioned concurrency of a function without reservation is claimed from the unreserved pool', () => {
    const c = caller('c', 'busy', 500);
    const s = runToEnd(
      scenario({
        durationSeconds: 20,
        account: { concurrencyLimit: 300 },
        nodes: [
          c.node,
          { id: 'busy', kind: 'function', config: { durationMs: oneSecond, initDurationMs: noInit } },
          { id: 'warm', kind: 'function', config: { provisionedConcurrency: 120 } },
        ],
        edges: [c.edge],
      }),
    );
    expect(s.functions.busy.maxConcurrency).toBe(300 - 120);
  });

  it('caps synchronous requests per second at 10 × the account concurrency', () => {
    const c = caller('c', 'fast', 2000);
    const s = runToEnd(
      scenario({
        durationSeconds: 20,
        account: { concurrencyLimit: 100 },
        nodes: [c.node, { id: 'fast', kind: 'function', config: { durationMs: { distribution: 'fixed', value: 1 }, initDurationMs: noInit } }],
        edges: [c.edge],
      }),
    );
    // 2,000 a second asked, 1,000 a second allowed (the last token may land after the end).
    const allowed = 1000 * 20;
    expect(Math.abs(s.functions.fast.invocations - allowed)).toBeLessThanOrEqual(1);
    expect(s.functions.fast.invocations + s.functions.fast.throttles).toBe(2000 * 20);
  });

  it('admits exactly 10 × the account concurrency in the first second', () => {
    const fast = { durationMs: { distribution: 'fixed', value: 1 }, initDurationMs: noInit };
    const run = (traffic: Record<string, unknown>) => {
      const c = { node: { id: 'c', kind: 'alb', config: { traffic } }, edge: { id: 'e', source: 'c', target: 'fast', kind: 'trigger' } };
      return runToEnd(
        scenario({ durationSeconds: 1, account: { concurrencyLimit: 100 }, nodes: [c.node, { id: 'fast', kind: 'function', config: fast }], edges: [c.edge] }),
      ).functions.fast;
    };
    // 2,000 requests spread over the first second (1 ms each, so concurrency stays far below 100): 1,000 admitted.
    const first = run({ pattern: 'constant', ratePerSecond: 2000 });
    expect(first.invocations).toBe(1000);
    expect(first.throttles).toBe(1000);
  });
});

import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSimulation, runToEnd } from '.';
import type { Scenario } from '../model';
import { scenario } from './testing/scenarioBuilder';

type CallerKind = 'alb' | 'apiGateway' | 'functionUrl' | 'clientAsync';

const functionArb = fc.record({
  caller: fc.constantFrom<CallerKind>('alb', 'apiGateway', 'functionUrl', 'clientAsync'),
  ratePerSecond: fc.integer({ min: 1, max: 150 }),
  meanMs: fc.integer({ min: 10, max: 600 }),
  initMs: fc.integer({ min: 0, max: 800 }),
  errorRate: fc.constantFrom(0, 0.05, 0.3),
  timeoutSeconds: fc.integer({ min: 1, max: 3 }),
  reserved: fc.option(fc.integer({ min: 0, max: 30 }), { nil: null }),
  provisioned: fc.integer({ min: 0, max: 5 }),
  maxRetries: fc.integer({ min: 0, max: 2 }),
});

const scenarioArb = fc
  .record({
    seed: fc.integer({ min: 0, max: 1000 }),
    seconds: fc.integer({ min: 20, max: 90 }),
    limit: fc.constantFrom(120, 200, 1000),
    legacy: fc.boolean(),
    functions: fc.array(functionArb, { minLength: 1, maxLength: 3 }),
  })
  .map((g): Scenario => {
    let reservedLeft = g.limit - 100;
    const nodes: unknown[] = [];
    const edges: unknown[] = [];
    g.functions.forEach((f, i) => {
      // Reserved concurrency, and the provisioned concurrency of functions without a reservation,
      // may together set aside at most the account limit minus 100 (§1.2).
      const reserved = f.reserved === null ? null : Math.min(f.reserved, reservedLeft);
      if (reserved !== null) reservedLeft -= reserved;
      const provisioned = reserved === null ? Math.min(f.provisioned, reservedLeft) : Math.min(f.provisioned, reserved);
      if (reserved === null) reservedLeft -= provisioned;
      const traffic = { pattern: 'poisson', ratePerSecond: f.ratePerSecond };
      const callerKind = f.caller === 'clientAsync' ? 'client' : f.caller;
      const callerConfig = f.caller === 'clientAsync' ? { traffic, invocationType: 'async' } : { traffic };
      nodes.push({ id: `c${i}`, kind: callerKind, config: callerConfig });
      nodes.push({
        id: `f${i}`,
        kind: 'function',
        config: {
          durationMs: { distribution: 'exponential', mean: f.meanMs },
          initDurationMs: { distribution: 'fixed', value: f.initMs },
          errorRate: f.errorRate,
          timeoutSeconds: f.timeoutSeconds,
          reservedConcurrency: reserved,
          provisionedConcurrency: provisioned,
          async: { maximumRetryAttempts: f.maxRetries, maximumEventAgeSeconds: 60 },
        },
      });
      edges.push({ id: `e${i}`, source: `c${i}`, target: `f${i}`, kind: 'trigger' });
    });
    return scenario({
      seed: g.seed,
      durationSeconds: g.seconds,
      account: { concurrencyLimit: g.limit, scalingModel: g.legacy ? 'legacy' : 'current', legacyBurstConcurrency: 40 },
      nodes,
      edges,
    });
  });

describe('properties over random scenarios', () => {
  it('every request ends counted exactly once, and no limit is ever exceeded', () => {
    fc.assert(
      fc.property(scenarioArb, (sc) => {
        const sim = createSimulation(sc);
        const maxOf = new Map<string, number>();
        while (!sim.done) {
          sim.advanceTo(sim.nowMs + 5000);
          const batch = sim.takeTicks();
          if (!batch) continue;
          for (const [key, column] of Object.entries(batch.series))
            if (key.endsWith('/ConcurrentExecutions') || key.endsWith('/ClaimedAccountConcurrency'))
              maxOf.set(key, Math.max(maxOf.get(key) ?? 0, ...column));
        }
        const s = sim.summary();
        const live = sim.live();
        for (const node of sc.nodes) {
          if (node.kind !== 'function') continue;
          const reserved = node.config.reservedConcurrency;
          // Limits, at every instant (the per-tick series hold the peaks).
          if (reserved !== null) expect(maxOf.get(`${node.id}/ConcurrentExecutions`) ?? 0).toBeLessThanOrEqual(reserved);
        }
        expect(maxOf.get('account/ConcurrentExecutions') ?? 0).toBeLessThanOrEqual(sc.account.concurrencyLimit);
        expect(maxOf.get('account/ClaimedAccountConcurrency') ?? 0).toBeLessThanOrEqual(sc.account.concurrencyLimit);

        // Conservation: each caller feeds one function, so its in-flight requests are that function's busy environments.
        for (const node of sc.nodes) {
          if (node.kind === 'function') continue;
          const fnId = `f${node.id.slice(1)}`;
          const f = s.functions[fnId];
          const r = s.resources[node.id];
          const m = r.metrics;
          const busy = live[fnId].concurrency;
          if (node.kind === 'client') {
            expect(f.asyncEventsReceived).toBe(r.arrived);
            expect(f.asyncEventsSucceeded + f.asyncEventsDropped + f.asyncEventsQueued + f.asyncEventsInFlight).toBe(f.asyncEventsReceived);
            expect(f.asyncEventsInFlight).toBe(busy);
          } else {
            expect(m.Status200 + m.Status502 + m.Status500 + m.Status429 + m.Status504 + busy).toBe(r.arrived);
            expect(m.Status200 + m.Status502 + busy).toBe(f.invocations);
            const lambdaRefusals = node.kind === 'apiGateway' ? m.Status500 : m.Status429;
            expect(lambdaRefusals).toBe(f.throttles);
          }
          // Errors are dated when the invocation starts (as in CloudWatch): every 502 is one, and the rest are still running.
          if (node.kind !== 'client') {
            expect(f.errors).toBeGreaterThanOrEqual(m.Status502);
            expect(f.errors - m.Status502).toBeLessThanOrEqual(busy);
          }
        }
      }),
      { numRuns: 25 },
    );
  });

  it('the same seed gives the same summary, to the last digit', () => {
    fc.assert(
      fc.property(scenarioArb, (sc) => {
        expect(JSON.stringify(runToEnd(sc))).toBe(JSON.stringify(runToEnd(sc)));
      }),
      { numRuns: 10 },
    );
  });
});

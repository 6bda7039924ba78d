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

/** What the generated functions share: how much each sets aside, and its node. */
interface GeneratedFunction {
  meanMs: number;
  initMs: number;
  errorRate: number;
  timeoutSeconds: number;
  reserved: number | null;
  provisioned: number;
  maxRetries: number;
}

/**
 * Reserved concurrency, and the provisioned concurrency of functions without a reservation,
 * may together set aside at most the account limit minus 100 (§1.2): what this function
 * takes of what is left, and what is left after it.
 */
function setAside(f: GeneratedFunction, left: number): { reserved: number | null; provisioned: number; left: number } {
  const reserved = f.reserved === null ? null : Math.min(f.reserved, left);
  const provisioned = reserved === null ? Math.min(f.provisioned, left) : Math.min(f.provisioned, reserved);
  return { reserved, provisioned, left: left - (reserved ?? provisioned) };
}

function functionNode(id: string, f: GeneratedFunction, share: { reserved: number | null; provisioned: number }, durationMs: unknown) {
  return {
    id,
    kind: 'function',
    config: {
      durationMs,
      initDurationMs: { distribution: 'fixed', value: f.initMs },
      errorRate: f.errorRate,
      timeoutSeconds: f.timeoutSeconds,
      reservedConcurrency: share.reserved,
      provisionedConcurrency: share.provisioned,
      async: { maximumRetryAttempts: f.maxRetries, maximumEventAgeSeconds: 60 },
    },
  };
}

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
      const share = setAside(f, reservedLeft);
      reservedLeft = share.left;
      const traffic = { pattern: 'poisson', ratePerSecond: f.ratePerSecond };
      const callerKind = f.caller === 'clientAsync' ? 'client' : f.caller;
      const callerConfig = f.caller === 'clientAsync' ? { traffic, invocationType: 'async' } : { traffic };
      nodes.push({ id: `c${i}`, kind: callerKind, config: callerConfig });
      nodes.push(functionNode(`f${i}`, f, share, { distribution: 'exponential', mean: f.meanMs }));
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

type SourceKind = CallerKind | 'clientSync' | 'sqs';

/**
 * Scenarios whose events fall on whole seconds as often as not: constant traffic (the first arrival
 * at t = 0), bursts at t = 0, fixed durations, async backoff from a throttle at t = 0 (1, 3, 7, 15,
 * 31, 63 s), SQS pollers that scale on the minute, and ticks that do not divide the run.
 */
const countingScenarioArb = fc
  .record({
    seed: fc.integer({ min: 0, max: 100_000 }),
    seconds: fc.oneof(fc.integer({ min: 3, max: 90 }), fc.constantFrom(3, 7, 15, 31, 60, 63)),
    tickMs: fc.constantFrom(1000, 1000, 1000, 2000, 5000, 7000),
    limit: fc.constantFrom(120, 200, 1000),
    legacy: fc.boolean(),
    functions: fc.array(
      fc.record({
        source: fc.constantFrom<SourceKind>('alb', 'apiGateway', 'functionUrl', 'clientAsync', 'clientSync', 'sqs'),
        pattern: fc.constantFrom('poisson', 'constant'),
        ratePerSecond: fc.integer({ min: 1, max: 150 }),
        burstAtStart: fc.constantFrom(0, 0, 50, 400),
        fixedDuration: fc.boolean(),
        meanMs: fc.integer({ min: 10, max: 2000 }),
        initMs: fc.integer({ min: 0, max: 1500 }),
        errorRate: fc.constantFrom(0, 0.05, 0.3),
        timeoutSeconds: fc.integer({ min: 1, max: 3 }),
        reserved: fc.option(fc.integer({ min: 0, max: 30 }), { nil: null }),
        provisioned: fc.integer({ min: 0, max: 5 }),
        maxRetries: fc.integer({ min: 0, max: 2 }),
      }),
      { minLength: 1, maxLength: 3 },
    ),
  })
  .map((g) => {
    let reservedLeft = g.limit - 100;
    const nodes: unknown[] = [];
    const edges: unknown[] = [];
    g.functions.forEach((f, i) => {
      const share = setAside(f, reservedLeft);
      reservedLeft = share.left;
      const bursts = f.burstAtStart > 0 ? [{ atSeconds: 0, count: f.burstAtStart, spreadSeconds: 0 }] : [];
      const traffic = { pattern: f.pattern, ratePerSecond: f.ratePerSecond, bursts };
      if (f.source === 'sqs') nodes.push({ id: `c${i}`, kind: 'sqs', config: { traffic, visibilityTimeoutSeconds: 30 } });
      else if (f.source === 'clientAsync' || f.source === 'clientSync')
        nodes.push({ id: `c${i}`, kind: 'client', config: { traffic, invocationType: f.source === 'clientAsync' ? 'async' : 'sync' } });
      else nodes.push({ id: `c${i}`, kind: f.source, config: { traffic } });
      nodes.push(functionNode(`f${i}`, f, share, f.fixedDuration ? { distribution: 'fixed', value: f.meanMs } : { distribution: 'exponential', mean: f.meanMs }));
      edges.push({ id: `e${i}`, source: `c${i}`, target: `f${i}`, kind: 'trigger' });
    });
    const sc = scenario({
      seed: g.seed,
      durationSeconds: g.seconds,
      account: { concurrencyLimit: g.limit, scalingModel: g.legacy ? 'legacy' : 'current', legacyBurstConcurrency: 40 },
      nodes,
      edges,
    });
    return { sc, tickMs: g.tickMs };
  });

/** Relative agreement of two sums of money computed in different orders (per invocation and per tick, or per usage line). */
function expectSameMoney(label: string, perTick: number, summary: number): void {
  const scale = Math.max(Math.abs(summary), 1e-9);
  expect({ label, agrees: Math.abs(perTick - summary) / scale <= 1e-11 }).toEqual({ label, agrees: true });
}

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

  /**
   * Which tick a count belongs to (CloudWatch dates each datapoint by its event, §12): tick k holds
   * what happened in [k·T, (k+1)·T). An invocation counts (Invocations, ColdStarts, Errors, Timeouts,
   * provisioned or spillover, its cost) when it starts, even if it is still in INIT or running at the
   * end; a throttle when Lambda refuses the request; an async event when it is queued
   * (AsyncEventsReceived) and when it gives up (AsyncEventsDropped); a caller's status when it answers.
   * The run's last instant belongs to its last tick: events due exactly at the end (a poller scaling on
   * the minute, an async retry after backoff) are in the summary, so they are in the series too. A
   * run that is not a whole number of ticks ends with a shorter tick.
   */
  it('the per-tick series, summed over the run, equal the summary, to the request', () => {
    fc.assert(
      fc.property(countingScenarioArb, ({ sc, tickMs }) => {
        const sim = createSimulation(sc, { tickMs });
        const sums = new Map<string, number>();
        const peaks = new Map<string, number>();
        const collect = () => {
          const batch = sim.takeTicks();
          if (!batch) return;
          for (const [key, column] of Object.entries(batch.series)) {
            let sum = sums.get(key) ?? 0;
            let peak = peaks.get(key) ?? 0;
            for (const v of column) {
              sum += v;
              if (v > peak) peak = v;
            }
            sums.set(key, sum);
            peaks.set(key, peak);
          }
        };
        // Uneven steps and an event budget, as the worker advances a run.
        while (!sim.done) {
          sim.advanceTo(sim.nowMs + 7000, 333);
          collect();
        }
        collect();
        const s = sim.summary();
        const sum = (key: string) => sums.get(key) ?? 0;
        const same = (key: string, summary: number, series = sum(key)) => expect({ key, series }).toEqual({ key, series: summary });
        let throttles = 0;
        for (const [id, f] of Object.entries(s.functions)) {
          same(`${id}/Invocations`, f.invocations);
          same(`${id}/Errors`, f.errors);
          same(`${id}/Timeouts`, f.timeouts);
          same(`${id}/Throttles`, f.throttles);
          same(`${id}/ColdStarts`, f.coldStarts);
          same(`${id}/ProvisionedConcurrencyInvocations`, f.provisionedConcurrencyInvocations);
          same(`${id}/ProvisionedConcurrencySpilloverInvocations`, f.provisionedConcurrencySpilloverInvocations);
          same(`${id}/AsyncEventsReceived`, f.asyncEventsReceived);
          same(`${id}/AsyncEventsDropped`, f.asyncEventsDropped);
          same(`${id}/RecursiveInvocationsDropped`, f.recursiveInvocationsDropped);
          same(`${id}/ConcurrentExecutions (peak)`, f.maxConcurrency, peaks.get(`${id}/ConcurrentExecutions`) ?? 0);
          expectSameMoney(`${id}/CostUSD`, sum(`${id}/CostUSD`), f.cost.totalUSD);
          throttles += f.throttles;
        }
        for (const [id, r] of Object.entries(s.resources)) {
          if (r.kind === 'sqs') continue;
          same(`${id}/Requests`, r.arrived);
          for (const name of ['Status200', 'Status202', 'Status429', 'Status500', 'Status502', 'Status504', 'ClientRetries'])
            same(`${id}/${name}`, r.metrics[name] ?? 0);
        }
        same('account/Throttles', throttles);
        same('account/ConcurrentExecutions (peak)', s.account.maxConcurrency, peaks.get('account/ConcurrentExecutions') ?? 0);
        expectSameMoney('account/CostUSD', sum('account/CostUSD'), s.account.totalCostUSD);
      }),
      { numRuns: 2000 },
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

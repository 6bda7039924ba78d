import { describe, expect, it } from 'vitest';
import { createSimulation, runToEnd } from '..';
import { callerToFunction, scenario } from '../testing/scenarioBuilder';
import { PROVISIONING_PER_SECOND, PROVISIONING_PREPARATION_MS } from './provisionedConcurrency';

/** Requests of exactly 1 s, evenly spaced: concurrency equals the rate per second. */
const run = (ratePerSecond: number, fn: Record<string, unknown>) =>
  runToEnd(
    callerToFunction({
      seconds: 120,
      callerConfig: { traffic: { pattern: 'constant', ratePerSecond } },
      fn: { durationMs: { distribution: 'fixed', value: 1000 }, initDurationMs: { distribution: 'fixed', value: 200 }, timeoutSeconds: 10, ...fn },
    }),
  ).functions.fn;

describe('provisioned concurrency (§1.3)', () => {
  it('serves up to its value without a cold start', () => {
    const f = run(10, { provisionedConcurrency: 10, reservedConcurrency: 20 });
    expect(f.coldStarts).toBe(0);
    expect(f.provisionedConcurrencyInvocations).toBe(f.invocations);
    expect(f.provisionedConcurrencySpilloverInvocations).toBe(0);
  });

  it('spills over to on-demand above its value, with cold starts for the new environments', () => {
    // 15 concurrent on 10 provisioned: at least 5 on-demand environments, each cold once; their
    // INIT (0.2 s) lengthens the first requests, so a few more may be needed while they warm up.
    const f = run(15, { provisionedConcurrency: 10, reservedConcurrency: 20 });
    expect(f.provisionedConcurrencySpilloverInvocations).toBeGreaterThan(0);
    expect(f.coldStarts).toBeGreaterThanOrEqual(5);
    expect(f.coldStarts).toBeLessThanOrEqual(10);
    // Every request above the 10 provisioned spills over: 5 of every 15.
    expect(Math.abs(f.provisionedConcurrencySpilloverInvocations / f.invocations - 5 / 15)).toBeLessThan(0.02);
    expect(f.throttles).toBe(0);
    expect(f.provisionedConcurrencyInvocations + f.provisionedConcurrencySpilloverInvocations).toBe(f.invocations);
  });

  it('throttles above reserved concurrency', () => {
    const f = run(30, { provisionedConcurrency: 10, reservedConcurrency: 20 });
    expect(f.maxConcurrency).toBe(20);
    expect(f.throttles).toBeGreaterThan(0);
  });

  it('bills the configured provisioned concurrency for the whole window, rounded up to 5 minutes', () => {
    const f = run(1, { provisionedConcurrency: 10, memoryMB: 1024 });
    // §10.1: a 120 s window is billed as one 5-minute block: 10 environments × 1 GB × 300 s at $0.0000041667 per GB-s.
    expect(f.cost.provisionedUSD).toBeCloseTo(10 * 1 * 300 * 0.0000041667, 10);
  });

  it('raised during a run, becomes usable all at once after the preparation delay', () => {
    const sim = createSimulation(
      callerToFunction({
        seconds: 400,
        callerConfig: { traffic: { pattern: 'constant', ratePerSecond: 1 } },
        fn: { durationMs: { distribution: 'fixed', value: 100 }, provisionedConcurrency: 0 },
      }),
    );
    sim.advanceTo(100_000);
    const config = { ...sim.scenario.nodes[1].config, provisionedConcurrency: 50 };
    expect(sim.applyPatch({ type: 'nodeConfig', nodeId: 'fn', config })).toEqual({ ok: true });
    const readyAtMs = 100_000 + PROVISIONING_PREPARATION_MS + (50 / PROVISIONING_PER_SECOND) * 1000;
    sim.advanceTo(readyAtMs - 1);
    expect(sim.live().fn.provisionedConcurrency).toBe(0);
    sim.advanceTo(readyAtMs);
    expect(sim.live().fn.provisionedConcurrency).toBe(50);
  });

  it('refuses a patch that would put provisioned above reserved concurrency', () => {
    const sim = createSimulation(
      callerToFunction({ seconds: 10, callerConfig: {}, fn: { reservedConcurrency: 5 } }),
    );
    const config = { ...sim.scenario.nodes[1].config, provisionedConcurrency: 6 };
    const r = sim.applyPatch({ type: 'nodeConfig', nodeId: 'fn', config });
    expect(r.ok).toBe(false);
  });
});

describe('provisioned concurrency spills over on rate too (§1.3)', () => {
  it('10 provisioned environments take at most 100 requests a second; the rest run on demand', () => {
    // 200 requests a second of 10 ms: 2 concurrent, far below 10, but twice the rate PC serves.
    const f = runToEnd(
      callerToFunction({
        seconds: 60,
        callerConfig: { traffic: { pattern: 'constant', ratePerSecond: 200 } },
        fn: { durationMs: { distribution: 'fixed', value: 10 }, provisionedConcurrency: 10 },
      }),
    ).functions.fn;
    // The bucket starts full (100) and then gives 100 a second.
    const onPc = 100 * 60 + 100;
    expect(Math.abs(f.provisionedConcurrencyInvocations - onPc)).toBeLessThanOrEqual(1);
    expect(f.provisionedConcurrencyInvocations + f.provisionedConcurrencySpilloverInvocations).toBe(200 * 60);
  });
});

describe('ProvisionedConcurrencyUtilization (§12)', () => {
  it('is busy provisioned environments over those allocated: 5 of 10 in steady state', () => {
    const sim = createSimulation(
      callerToFunction({
        seconds: 30,
        callerConfig: { traffic: { pattern: 'constant', ratePerSecond: 5 } },
        fn: { durationMs: { distribution: 'fixed', value: 999 }, provisionedConcurrency: 10 },
      }),
    );
    sim.advanceTo(30_000);
    const utilization = Array.from(sim.takeTicks()!.series['fn/ProvisionedConcurrencyUtilization']);
    expect(utilization.slice(5, 25).every((u) => u === 0.5)).toBe(true);
  });
});

describe('a live raise of provisioned concurrency of a function without reservation (§1.2, §1.3)', () => {
  it('is claimed from the unreserved pool when configured, not only once allocated', () => {
    const oneSecond = { distribution: 'fixed', value: 1000 };
    const noInit = { distribution: 'fixed', value: 0 };
    const sim = createSimulation(
      scenario({
        durationSeconds: 60,
        account: { concurrencyLimit: 300 },
        nodes: [
          { id: 'c', kind: 'alb', config: { traffic: { pattern: 'constant', ratePerSecond: 500 } } },
          { id: 'busy', kind: 'function', config: { durationMs: oneSecond, initDurationMs: noInit } },
          { id: 'warm', kind: 'function', config: {} },
        ],
        edges: [{ id: 'e', source: 'c', target: 'busy', kind: 'trigger' }],
      }),
    );
    sim.advanceTo(10_000);
    const first = sim.takeTicks();
    expect(first && Math.max(...Array.from(first.series['busy/ConcurrentExecutions'] ?? []))).toBe(300);
    const warm = sim.scenario.nodes[2].config;
    expect(sim.applyPatch({ type: 'nodeConfig', nodeId: 'warm', config: { ...warm, provisionedConcurrency: 120 } })).toEqual({ ok: true });
    // Allocation takes 90 s + 1.2 s; meanwhile the 120 are already set aside: busy gets 300 − 120 once its running requests end.
    sim.advanceTo(60_000);
    const after = sim.takeTicks();
    const peaks = Array.from(after?.series['busy/ConcurrentExecutions'] ?? []);
    expect(peaks.length).toBeGreaterThan(45);
    expect(Math.max(...peaks.slice(2))).toBe(180);
    expect(sim.live().warm.provisionedConcurrency).toBe(0);
    expect(sim.live().account.unreservedCapacity).toBe(180);
  });
});

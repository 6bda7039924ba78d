import { describe, expect, it } from 'vitest';
import { createSimulation } from '.';
import type { Simulation, TickBatch } from './api';
import { callerToFunction, scenario } from './testing/scenarioBuilder';

const fixed = (value: number) => ({ distribution: 'fixed', value });

function collect(sim: Simulation, untilMs: number, into: TickBatch[]): void {
  sim.advanceTo(untilMs);
  const batch = sim.takeTicks();
  if (batch) into.push(batch);
}
const column = (batches: TickBatch[], key: string) => batches.flatMap((b) => Array.from(b.series[key] ?? new Float64Array(b.count)));

describe('live patches (design.md "Data flow" 5)', () => {
  it('raising reserved concurrency stops throttles from that moment', () => {
    const sim = createSimulation(
      callerToFunction({
        seconds: 120,
        callerConfig: { traffic: { pattern: 'constant', ratePerSecond: 100 } },
        fn: { durationMs: fixed(200), initDurationMs: fixed(0), reservedConcurrency: 5 },
      }),
    );
    const ticks: TickBatch[] = [];
    collect(sim, 60_000, ticks);
    const fnConfig = sim.scenario.nodes[1].config;
    expect(sim.applyPatch({ type: 'nodeConfig', nodeId: 'fn', config: { ...fnConfig, reservedConcurrency: 50 } })).toEqual({ ok: true });
    collect(sim, 120_000, ticks);
    const throttles = column(ticks, 'fn/Throttles');
    expect(throttles.slice(0, 60).every((t) => t > 0)).toBe(true);
    expect(throttles.slice(60).every((t) => t === 0)).toBe(true);
    expect(sim.live().fn.reservedConcurrency).toBe(50);
  });

  it('logs which setting changed, from what to what', () => {
    const sim = createSimulation(
      callerToFunction({ seconds: 60, callerConfig: { traffic: { pattern: 'constant', ratePerSecond: 10 } }, fn: { reservedConcurrency: 5 } }),
    );
    sim.advanceTo(39_900);
    const fnConfig = sim.scenario.nodes[1].config;
    sim.applyPatch({ type: 'nodeConfig', nodeId: 'fn', config: { ...fnConfig, reservedConcurrency: 50 } });
    const callerConfig = sim.scenario.nodes[0].config as Record<string, unknown>;
    sim.applyPatch({ type: 'nodeConfig', nodeId: 'caller', config: { ...callerConfig, traffic: { pattern: 'constant', ratePerSecond: 25 } } });
    sim.applyPatch({ type: 'nodeConfig', nodeId: 'caller', config: { ...callerConfig, traffic: { pattern: 'constant', ratePerSecond: 40 } } });
    const patches = sim.takeLog().filter((e) => e.category === 'patch').map((e) => e.message);
    expect(patches).toEqual([
      'Changed during the run at 39.9 s: reservedConcurrency 5 → 50; effective now',
      'Changed during the run at 39.9 s: traffic.ratePerSecond 10 → 25; effective now',
      // The second change is described against the first, not against the scenario.
      'Changed during the run at 39.9 s: traffic.ratePerSecond 25 → 40; effective now',
    ]);
  });

  it("changes a caller's traffic at the current time", () => {
    const sim = createSimulation(
      callerToFunction({ seconds: 60, callerConfig: { traffic: { pattern: 'constant', ratePerSecond: 10 } }, fn: {} }),
    );
    sim.advanceTo(30_000);
    const before = sim.summary().resources.caller.arrived;
    const r = sim.applyPatch({ type: 'nodeConfig', nodeId: 'caller', config: { traffic: { pattern: 'constant', ratePerSecond: 20 } } });
    expect(r).toEqual({ ok: true });
    sim.advanceTo(60_000);
    const after = sim.summary().resources.caller.arrived - before;
    // 10/s for the first 30 s, 20/s for the next 30 s (one either way for an arrival on the boundary).
    expect(Math.abs(before - 300)).toBeLessThanOrEqual(1);
    expect(Math.abs(after - 600)).toBeLessThanOrEqual(1);
  });

  it('a memory change scales the CPU-bound part of the duration from that moment', () => {
    const sim = createSimulation(
      callerToFunction({
        seconds: 20,
        callerConfig: { traffic: { pattern: 'constant', ratePerSecond: 1 } },
        fn: { memoryMB: 1024, cpuBoundFraction: 1, durationMs: fixed(400), initDurationMs: fixed(0) },
      }),
    );
    const ticks: TickBatch[] = [];
    collect(sim, 9_500, ticks);
    const config = sim.scenario.nodes[1].config;
    // Half the memory, half the CPU share (below one vCPU, §3): twice the time.
    expect(sim.applyPatch({ type: 'nodeConfig', nodeId: 'fn', config: { ...config, memoryMB: 512 } })).toEqual({ ok: true });
    collect(sim, 20_000, ticks);
    const max = column(ticks, 'fn/DurationMax');
    expect(max[5]).toBeCloseTo(400, 6);
    expect(max[15]).toBeCloseTo(800, 6);
    // The memory update replaced the environment: one more cold start.
    expect(sim.summary().functions.fn.coldStarts).toBe(2);
  });

  it('changes a writes edge: from then on each invocation emits the new number of messages', () => {
    const sim = createSimulation(
      scenario({
        durationSeconds: 20,
        nodes: [
          { id: 'alb', kind: 'alb', config: { traffic: { pattern: 'constant', ratePerSecond: 10 } } },
          { id: 'producer', kind: 'function', config: { durationMs: fixed(10), initDurationMs: fixed(0) } },
          { id: 'consumer', kind: 'function', config: { durationMs: fixed(10) } },
        ],
        edges: [
          { id: 't', source: 'alb', target: 'producer', kind: 'trigger' },
          { id: 'w', source: 'producer', target: 'consumer', kind: 'writes', config: { perInvocation: 1 } },
        ],
      }),
    );
    sim.advanceTo(10_005);
    const before = sim.summary().functions.consumer.asyncEventsReceived;
    expect(sim.applyPatch({ type: 'edgeConfig', edgeId: 'w', config: { perInvocation: 3 } })).toEqual({ ok: true });
    sim.advanceTo(20_000);
    const s = sim.summary();
    // 100 requests (0 to 9.9 s) wrote 1 each; the ~100 after the change write 3 each.
    expect(before).toBe(100);
    expect(s.functions.consumer.asyncEventsReceived - before).toBe(3 * (s.functions.producer.invocations - 100));
  });

  it('refuses invalid patches with a message and changes nothing', () => {
    const sim = createSimulation(callerToFunction({ seconds: 10, callerConfig: {}, fn: { reservedConcurrency: 10 } }));
    const config = sim.scenario.nodes[1].config;
    const bad = sim.applyPatch({ type: 'nodeConfig', nodeId: 'fn', config: { ...config, memoryMB: 64 } });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.message).toContain('memoryMB');
    const tooMuch = sim.applyPatch({ type: 'nodeConfig', nodeId: 'fn', config: { ...config, reservedConcurrency: 950 } });
    expect(tooMuch.ok).toBe(false);
    if (!tooMuch.ok) expect(tooMuch.message).toContain('100');
    expect(sim.applyPatch({ type: 'nodeConfig', nodeId: 'nope', config: {} }).ok).toBe(false);
    expect(sim.applyPatch({ type: 'edgeConfig', edgeId: 'e', config: { batchSize: 0 } }).ok).toBe(false);
    expect(sim.live().fn.reservedConcurrency).toBe(10);
  });

  it('changes the account limit, keeping 100 unreserved', () => {
    const sim = createSimulation(callerToFunction({ seconds: 10, callerConfig: {}, fn: { reservedConcurrency: 500 } }));
    const account = sim.scenario.account;
    expect(sim.applyPatch({ type: 'account', account: { ...account, concurrencyLimit: 550 } }).ok).toBe(false);
    expect(sim.applyPatch({ type: 'account', account: { ...account, concurrencyLimit: 2000 } })).toEqual({ ok: true });
    expect(sim.live().account.concurrencyLimit).toBe(2000);
  });

  it('an account limit of 50 with nothing reserved takes live changes; reserving anything under it is refused (§1.2)', () => {
    const sim = createSimulation(
      callerToFunction({ seconds: 10, account: { concurrencyLimit: 50 }, callerConfig: {}, fn: { memoryMB: 128 } }),
    );
    const config = sim.scenario.nodes[1].config;
    expect(sim.applyPatch({ type: 'nodeConfig', nodeId: 'fn', config: { ...config, memoryMB: 256 } })).toEqual({ ok: true });
    expect(sim.applyPatch({ type: 'account', account: { ...sim.scenario.account, concurrencyLimit: 40 } })).toEqual({ ok: true });
    const reserve = sim.applyPatch({ type: 'nodeConfig', nodeId: 'fn', config: { ...config, reservedConcurrency: 5 } });
    expect(reserve.ok).toBe(false);
    if (!reserve.ok) expect(reserve.message).toMatch(/nothing can be reserved in an account whose concurrency limit is 40/);
    expect(sim.live().fn.reservedConcurrency).toBe(-1);
    expect(sim.live().account.concurrencyLimit).toBe(40);
  });

  it('counts provisioned concurrency of functions without reservation toward the 100 unreserved, as the scenario file does (§1.2, §1.3)', () => {
    const sim = createSimulation(
      scenario({
        durationSeconds: 10,
        account: { concurrencyLimit: 1000 },
        nodes: [
          { id: 'reserved', kind: 'function', config: { reservedConcurrency: 400 } },
          { id: 'warm', kind: 'function', config: { provisionedConcurrency: 300 } },
        ],
        edges: [],
      }),
    );
    const warm = sim.scenario.nodes[1].config;
    const reserved = sim.scenario.nodes[0].config;
    // 400 reserved + 600 provisioned without reservation = 1,000 > 1,000 − 100.
    const pc = sim.applyPatch({ type: 'nodeConfig', nodeId: 'warm', config: { ...warm, provisionedConcurrency: 600 } });
    expect(pc.ok).toBe(false);
    if (!pc.ok) expect(pc.message).toContain('100');
    // 550 reserved + 300 provisioned = 850 ≤ 900: allowed; 650 + 300 = 950: refused.
    expect(sim.applyPatch({ type: 'nodeConfig', nodeId: 'reserved', config: { ...reserved, reservedConcurrency: 550 } })).toEqual({ ok: true });
    expect(sim.applyPatch({ type: 'nodeConfig', nodeId: 'reserved', config: { ...reserved, reservedConcurrency: 650 } }).ok).toBe(false);
    // An account limit of 900 would leave 900 − 850 = 50 < 100 unreserved.
    expect(sim.applyPatch({ type: 'account', account: { ...sim.scenario.account, concurrencyLimit: 900 } }).ok).toBe(false);
    expect(sim.live().reserved.reservedConcurrency).toBe(550);
    expect(sim.live().warm.provisionedConcurrency).toBe(300);
  });
});

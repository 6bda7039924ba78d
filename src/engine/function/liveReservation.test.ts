import { describe, expect, it } from 'vitest';
import { createSimulation } from '..';
import { scenario } from '../testing/scenarioBuilder';

const fixed = (value: number) => ({ distribution: 'fixed', value });
const burstAt = (atSeconds: number, count: number) => ({ pattern: 'constant', ratePerSecond: 0, bursts: [{ atSeconds, count }] });

/** Account 200; `f` gets 50 requests of 10 s at t = 0, `g` 200 requests of 10 s at t = 20 s. */
function twoFunctions(fReserved: number | null) {
  return createSimulation(
    scenario({
      durationSeconds: 40,
      account: { concurrencyLimit: 200 },
      nodes: [
        { id: 'cf', kind: 'alb', config: { traffic: burstAt(0, 50) } },
        { id: 'cg', kind: 'alb', config: { traffic: burstAt(20, 200) } },
        { id: 'f', kind: 'function', config: { durationMs: fixed(10_000), initDurationMs: fixed(0), timeoutSeconds: 30, reservedConcurrency: fReserved } },
        { id: 'g', kind: 'function', config: { durationMs: fixed(10_000), initDurationMs: fixed(0), timeoutSeconds: 30 } },
      ],
      edges: [
        { id: 'ef', source: 'cf', target: 'f', kind: 'trigger' },
        { id: 'eg', source: 'cg', target: 'g', kind: 'trigger' },
      ],
    }),
  );
}

describe('a live change of reserved concurrency while environments are busy (§1.2)', () => {
  it('unreserved to reserved 60: the 50 that ran unreserved leave the unreserved pool when they end', () => {
    const sim = twoFunctions(null);
    sim.advanceTo(5000);
    expect(sim.live().account.unreservedConcurrency).toBe(50);
    const config = sim.scenario.nodes[2].config;
    expect(sim.applyPatch({ type: 'nodeConfig', nodeId: 'f', config: { ...config, reservedConcurrency: 60 } })).toEqual({ ok: true });
    sim.advanceTo(15_000);
    expect(sim.live().account.concurrency).toBe(0);
    expect(sim.live().account.unreservedConcurrency).toBe(0);
    sim.advanceTo(40_000);
    // 200 − 60 reserved for f = 140 for g.
    expect(sim.summary().functions.g.maxConcurrency).toBe(140);
  });

  it('reserved 60 to unreserved: the 50 that ran reserved do not drive the unreserved count below zero', () => {
    const sim = twoFunctions(60);
    sim.advanceTo(5000);
    expect(sim.live().account.unreservedConcurrency).toBe(0);
    const config = sim.scenario.nodes[2].config;
    expect(sim.applyPatch({ type: 'nodeConfig', nodeId: 'f', config: { ...config, reservedConcurrency: null } })).toEqual({ ok: true });
    sim.advanceTo(15_000);
    expect(sim.live().account.unreservedConcurrency).toBe(0);
    sim.advanceTo(40_000);
    // Nothing reserved and f idle: g may use the whole 200, and no more.
    expect(sim.summary().functions.g.maxConcurrency).toBe(200);
    expect(sim.summary().account.maxConcurrency).toBe(200);
  });

  it('never lets the account run more than its limit while invocations started under the old reservation finish', () => {
    // f: reserved 60, 50 busy until 10 s; at 5 s it loses its reservation; g asks for 200 at 6 s (burst moved by a patch of its caller).
    const sim = twoFunctions(60);
    sim.advanceTo(5000);
    const f = sim.scenario.nodes[2].config;
    expect(sim.applyPatch({ type: 'nodeConfig', nodeId: 'f', config: { ...f, reservedConcurrency: null } })).toEqual({ ok: true });
    expect(sim.applyPatch({ type: 'nodeConfig', nodeId: 'cg', config: { traffic: burstAt(6, 200) } })).toEqual({ ok: true });
    sim.advanceTo(8000);
    // 50 of f still running: 200 − 50 = 150 for g.
    expect(sim.live().account.concurrency).toBe(200);
    expect(sim.live().g.concurrency).toBe(150);
  });
});

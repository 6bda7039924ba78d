import { describe, expect, it } from 'vitest';
import { parseScenario } from '../model';
import { runToEnd } from '../engine';
import { interval95 } from './interval';
import { replicate } from './replicate';
import { SeededRng } from '../engine/kernel/rng';

const scenario = (() => {
  const p = parseScenario({
    schemaVersion: 2,
    name: 'tiny',
    durationSeconds: 20,
    nodes: [
      { id: 'lb', kind: 'alb', config: { traffic: { pattern: 'constant', ratePerSecond: 20 } } },
      { id: 'api', kind: 'function', config: { durationMs: { distribution: 'exponential', mean: 100 } } },
    ],
    edges: [{ id: 'e', source: 'lb', target: 'api', kind: 'trigger' }],
  });
  if (!p.ok) throw new Error('bad scenario');
  return p.scenario;
})();

describe('95 % intervals', () => {
  it('cover the true mean of normal samples in about 95 % of 2,000 experiments of 5 values', () => {
    const rng = new SeededRng(7);
    let covered = 0;
    for (let k = 0; k < 2000; k++) {
      const xs = Array.from({ length: 5 }, () => 10 + 3 * rng.normal());
      const { low, high } = interval95(xs);
      if (low <= 10 && 10 <= high) covered++;
    }
    expect(covered / 2000).toBeGreaterThan(0.935);
    expect(covered / 2000).toBeLessThan(0.965);
  });
  it('of 2, 4, 6 is 4 ± 12.706·2/√3', () => {
    const i = interval95([2, 4, 6]);
    expect(i.mean).toBe(4);
    expect(i.high - 4).toBeCloseTo((4.303 * 2) / Math.sqrt(3), 10);
  });
});

const run = (s: typeof scenario) => Promise.resolve(runToEnd(s));
describe('replications', () => {
  it('give every number of the summary a mean and interval, the first replication being the scenario itself', async () => {
    const one = await replicate(scenario, 1, run);
    const direct = runToEnd(scenario);
    expect(one.summary.functions.api.invocations).toEqual({ mean: direct.functions.api.invocations, low: direct.functions.api.invocations, high: direct.functions.api.invocations });
    const r = await replicate(scenario, 6, run);
    const inv = r.summary.functions.api.invocations;
    expect(r.replications).toBe(6);
    // A constant 20 per second for 20 s: 400 arrivals in every replication, so no spread.
    expect(inv).toEqual({ mean: 400, low: 400, high: 400 });
    // Exponential durations of mean 100 ms: median 100·ln 2 = 69.3 ms, and replications differ.
    const p50 = r.summary.functions.api.durationMs.p50;
    expect(p50.low).toBeLessThan(p50.high);
    expect(Math.abs(p50.mean - 100 * Math.LN2)).toBeLessThan(7);
    expect(r.summary.scenarioName).toBe('tiny');
  });
  it('do not depend on the order the runs finish in', async () => {
    let k = 0;
    const shuffled = (s: typeof scenario) => new Promise<ReturnType<typeof runToEnd>>((res) => setTimeout(() => res(runToEnd(s)), (k++ * 7) % 5));
    expect(await replicate(scenario, 5, shuffled)).toEqual(await replicate(scenario, 5, run));
  });
});
